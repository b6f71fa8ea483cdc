package timex

import (
	"strings"
	"time"

	"factcheck/checker/text"
)

// Sentence is what the resolver needs of one sentence: its tokens, the folded text they
// index, and whether it opens a new paragraph (a blank line, a list item, a timeline
// line), where anchors from earlier sentences stop holding.
type Sentence struct {
	Toks []text.Token
	// Text is the folded text the tokens' offsets refer to.
	Text string
	// NewParagraph marks the first sentence of a paragraph.
	NewParagraph bool
	// Skip marks a sentence whose expressions nobody needs and that names no calendar
	// date (no month name, no year or numeric date): it is not tagged, and cannot anchor
	// the sentences after it.
	Skip bool
}

// Resolve tags the sentences of one article in order and resolves every expression:
// year-less dates take the year nearest their anchor, weekdays the day their sentence's
// tense points to (see weekday), relative expressions count from the anchor. The anchor
// is the last explicit date of the paragraph so far, or else published; a forward count
// from a day of the story ("the next day") with published as its only anchor is left
// unresolved unless its sentence reads future. It returns the expressions of each
// sentence.
func Resolve(sents []Sentence, published Day) [][]Expr {
	return ResolveInto(nil, sents, published)
}

// ResolveInto is Resolve reusing dst's memory: a reader that resolves many articles in turn
// passes the previous result back. The expressions it returned before are overwritten.
func ResolveInto(dst [][]Expr, sents []Sentence, published Day) [][]Expr {
	out := dst[:0]
	for range sents {
		if len(out) < cap(out) {
			out = out[:len(out)+1]
			out[len(out)-1] = out[len(out)-1][:0]
		} else {
			out = append(out, nil)
		}
	}
	anchor := published
	anchored := false // whether anchor is a date of the text, not the publication date
	for si, s := range sents {
		if s.NewParagraph {
			anchor, anchored = published, false
		}
		// "Fri. 4 October 2025": the splitter ended a sentence after "Fri.", and the date
		// that opens this one carries its weekday. The weekday check needs such a date even
		// where the sentence was to be skipped.
		carried := time.Weekday(-1)
		if si > 0 && !s.NewParagraph {
			carried = carriedWeekday(sents[si-1].Toks, s.Toks, s.Text)
		}
		if s.Skip && carried < 0 {
			continue
		}
		specs := tag(s.Toks)
		if carried >= 0 && len(specs) > 0 && specs[0].start == 0 && specs[0].gran == GranDay && specs[0].weekday < 0 &&
			(specs[0].kind == Absolute || specs[0].kind == Range || specs[0].kind == List) {
			specs[0].weekday = carried
		}
		for _, sp := range specs {
			e := resolveOne(s, sp, anchor, anchored)
			out[si] = append(out[si], e)
			if e.Resolved && explicit(sp) {
				anchor, anchored = e.Value.From, true
			}
		}
		// A time of day is on the date its sentence gives, before or after it.
		for k := range out[si] {
			c := &out[si][k]
			if c.Kind != Clock {
				continue
			}
			best := -1
			for j, o := range out[si] {
				if o.Kind != Clock && o.Resolved && explicit(specs[j]) && (best < 0 || dist(o, *c) < dist(out[si][best], *c)) {
					best = j
				}
			}
			if best >= 0 {
				c.Value = Interval{out[si][best].Value.From, out[si][best].Value.From}
			}
		}
	}
	return out
}

// dist is the distance in bytes between two expressions of a sentence.
func dist(a, b Expr) int {
	if a.End <= b.Start {
		return b.Start - a.End
	}
	return a.Start - b.End
}

// explicit reports whether an expression names calendar days itself, so that it can
// anchor the expressions after it.
func explicit(sp spec) bool {
	return (sp.kind == Absolute || sp.kind == Range || sp.kind == List) && sp.gran == GranDay && sp.partsHaveDays()
}

func (sp spec) partsHaveDays() bool {
	for _, p := range sp.parts {
		if p.kind == Weekday {
			return false
		}
	}
	return true
}

// TagText folds src, splits it into sentences and paragraphs, and resolves its
// expressions against published. Offsets are into the folded text.
func TagText(src string, published Day) []Expr { return TagTextWith(src, published, nil) }

// TagTextWith is TagText with tokens classified by classify first, as the engine does
// (lexicon.Classify): the tagger then skips words on their classes alone.
func TagTextWith(src string, published Day, classify func([]text.Token)) []Expr {
	folded := foldedOf(src)
	var sents []Sentence
	prevEnd := 0
	for _, sp := range text.Sentences(folded) {
		gap := folded[prevEnd:sp.Start]
		toks := text.Tokenize(folded, sp.Start, sp.End)
		if classify != nil {
			classify(toks)
		}
		sents = append(sents, Sentence{
			Toks:         toks,
			Text:         folded,
			NewParagraph: len(sents) == 0 || strings.Contains(gap, "\n"),
		})
		prevEnd = sp.End
	}
	var out []Expr
	for _, es := range Resolve(sents, published) {
		out = append(out, es...)
	}
	return out
}

func foldedOf(src string) string { return text.FoldString(src) }

// resolveOne turns a spec into an expression, resolved against anchor; anchored tells an
// anchor the text gave (a date earlier in the paragraph) from the publication date.
func resolveOne(s Sentence, sp spec, anchor Day, anchored bool) Expr {
	toks := s.Toks
	e := Expr{
		Start: toks[sp.start].Start, End: toks[sp.end-1].End, Kind: sp.kind, Gran: sp.gran,
		Weekday: sp.weekday, Ambiguous: sp.ambiguous, Anchor: anchor,
	}
	if strings.HasSuffix(s.Text[e.Start:e.End], "'s") {
		e.End -= 2 // "Wednesday's quake": the day, without the possessive
	}
	e.Text = s.Text[e.Start:e.End]
	switch sp.kind {
	case Absolute:
		e.Value, e.Resolved = absolute(sp, anchor)
	case Range, List:
		var all []Interval
		for _, p := range sp.parts {
			var iv Interval
			var ok bool
			if p.kind == Weekday {
				iv, ok, _ = weekday(p.weekday, "", tenseOf(toks, sp.start), anchor)
			} else {
				iv, ok = absolute(p, anchor)
			}
			if !ok {
				return e
			}
			all = append(all, iv)
		}
		e.Value, e.Resolved = Interval{all[0].From, all[0].To}, true
		for _, iv := range all[1:] {
			e.Value.From, e.Value.To = min(e.Value.From, iv.From), max(e.Value.To, iv.To)
		}
		if sp.kind == List {
			e.Parts = all
		}
		for _, p := range sp.parts {
			e.Ambiguous = e.Ambiguous || p.ambiguous
		}
		if e.Value.From > e.Value.To || e.Value.Days() > 366 {
			e.Resolved = false
		}
	case Weekday:
		var amb bool
		tense := 0
		if sp.mod == "" || sp.mod == "this" {
			tense = tenseOf(toks, sp.start)
		}
		e.Value, e.Resolved, amb = weekday(sp.weekday, sp.mod, tense, anchor)
		e.Ambiguous = e.Ambiguous || amb
	case Relative, Vague:
		if sp.anaphoric && !anchored && forward(sp) && tenseAt(toks, sp.start) <= 0 {
			// "Spain's semifinal, played the following day, ended 2-0." in a paragraph
			// with no date before it: the day it counts from is an event of the story,
			// not the day of writing, and counted from the publication date it falls
			// after the article, which a past event cannot. No value rather than that
			// one. Only a sentence that reads future keeps the count: its event is still
			// ahead, and the day after the story the likeliest reading left. A sentence
			// with no tense cue is left too: the cues miss most irregular past verbs
			// ("Two days later, the rebels withdrew"), and a narrative "two days later"
			// is past far more often than present.
			return e
		}
		e.Value, e.Resolved = relative(sp, anchor)
	case Clock:
		e.Value, e.Resolved = Interval{anchor, anchor}, true
	}
	return e
}

// absolute resolves a calendar date, month or year; a year-less one takes the year that
// puts it nearest the anchor.
func absolute(sp spec, anchor Day) (Interval, bool) {
	y := sp.y
	if y == 0 && sp.m > 0 {
		ay, _, _ := anchor.Date()
		best, bestDist := 0, int(^uint(0)>>1)
		for _, cand := range []int{ay - 1, ay, ay + 1} {
			probe := sp
			probe.y = cand
			if !valid(probe) {
				continue
			}
			iv := spanOf(probe)
			dist := 0
			switch {
			case anchor < iv.From:
				dist = int(iv.From - anchor)
			case anchor > iv.To:
				dist = int(anchor - iv.To)
			}
			if dist < bestDist {
				best, bestDist = cand, dist
			}
		}
		if best == 0 {
			return Interval{}, false
		}
		y = best
	}
	if y == 0 {
		return Interval{}, false
	}
	sp.y = y
	if !valid(sp) {
		return Interval{}, false
	}
	return spanOf(sp), true
}

// spanOf is the interval of a spec with its year.
func spanOf(sp spec) Interval {
	switch {
	case sp.m == 0:
		return Interval{DayOf(sp.y, 1, 1), DayOf(sp.y, 12, 31)}
	case sp.d == 0:
		return Interval{DayOf(sp.y, sp.m, 1), DayOf(sp.y, sp.m, daysIn(sp.y, sp.m))}
	}
	d := DayOf(sp.y, sp.m, sp.d)
	return Interval{d, d}
}

// weekday resolves a day of the week against its anchor, by the word before it (mod:
// "last", "next", "this" or none) and the tense of its sentence (-1 past, +1 future, 0
// unknown). It returns the day, true, and whether the text leaves it ambiguous.
//
// A bare weekday ("on Tuesday") is what news copy writes for a day within a week of the
// story (AP style: the verb's tense tells which Tuesday). Past: the latest such day on or
// before the anchor, the anchor itself when it is that weekday ("resigned on Thursday" in
// Thursday's paper). Future: the first one after the anchor; when that is the anchor's own
// weekday, a week on, marked ambiguous (that day or the next week's). No cue: the nearest.
//
// "last", "next" and "this" are rarer in news copy (style guides call "last Tuesday"
// redundant) and readers split over them; they are read the way most writers use them:
//
//   - "last Monday": the latest Monday strictly before the anchor, 1 to 7 days back. Said on
//     a Monday it is the Monday a week before: the day itself would be "Monday" or
//     "today". Said on a Friday it is four days back, not the previous week's Monday.
//   - "next Monday", "this coming Monday": the first Monday strictly after the anchor, 1 to
//     7 days ahead. Said on a Monday it is a week on, and not ambiguous: "next" rules the
//     day itself out. Said early in a week, "next Friday" is this week's Friday for some
//     readers and the following week's for others; the nearer one is taken, as for "on
//     Friday".
//   - "this Monday": the Monday nearest the anchor in the sentence's tense. Past ("met this
//     Monday"): the latest on or before the anchor. Otherwise the first on or after it: the
//     anchor itself when it is a Monday ("this Thursday" in Thursday's paper is that day).
func weekday(wd time.Weekday, mod string, tense int, anchor Day) (Interval, bool, bool) {
	back := (int(anchor.Weekday()) - int(wd) + 7) % 7 // days back to the last such weekday
	fwd := (int(wd) - int(anchor.Weekday()) + 7) % 7  // days forward to the next
	var d Day
	amb := false
	switch {
	case mod == "last":
		if back == 0 {
			back = 7
		}
		d = anchor - Day(back)
	case mod == "next":
		if fwd == 0 {
			fwd = 7
		}
		d = anchor + Day(fwd)
	case mod == "this" && tense < 0:
		d = anchor - Day(back)
	case mod == "this":
		d = anchor + Day(fwd)
	case tense < 0:
		d = anchor - Day(back)
	case tense > 0:
		if fwd == 0 {
			fwd, amb = 7, true
		}
		d = anchor + Day(fwd)
	default:
		if back <= fwd {
			d = anchor - Day(back)
		} else {
			d = anchor + Day(fwd)
		}
	}
	return Interval{d, d}, true, amb
}

// monday returns the Monday of d's week.
func monday(d Day) Day { return d - Day((int(d.Weekday())+6)%7) }

// relative resolves relative and vague expressions.
func relative(sp spec, anchor Day) (Interval, bool) {
	one := func(d Day) (Interval, bool) { return Interval{d, d}, true }
	ay, am, _ := anchor.Date()
	switch sp.rel {
	case "day":
		return one(anchor + Day(sp.n))
	case "past-days":
		return Interval{anchor - Day(sp.n-1), anchor}, true
	case "week":
		m := monday(anchor) + Day(7*sp.n)
		return Interval{m, m + 6}, true
	case "coming-week":
		return Interval{anchor + 1, anchor + 7}, true
	case "weekend":
		m := monday(anchor) + Day(7*sp.n)
		return Interval{m + 5, m + 6}, true
	case "month":
		y, m := ay, am+sp.n
		if m < 1 {
			y, m = y-1, m+12
		} else if m > 12 {
			y, m = y+1, m-12
		}
		return Interval{DayOf(y, m, 1), DayOf(y, m, daysIn(y, m))}, true
	case "year":
		return Interval{DayOf(ay+sp.n, 1, 1), DayOf(ay+sp.n, 12, 31)}, true
	case "earlier-week":
		if m := monday(anchor); m < anchor {
			return Interval{m, anchor - 1}, true
		}
		return Interval{}, false
	case "later-week":
		if s := monday(anchor) + 6; anchor < s {
			return Interval{anchor + 1, s}, true
		}
		return Interval{}, false
	case "earlier-month":
		if f := DayOf(ay, am, 1); f < anchor {
			return Interval{f, anchor - 1}, true
		}
		return Interval{}, false
	case "later-month":
		if l := DayOf(ay, am, daysIn(ay, am)); anchor < l {
			return Interval{anchor + 1, l}, true
		}
		return Interval{}, false
	case "earlier-year":
		if f := DayOf(ay, 1, 1); f < anchor {
			return Interval{f, anchor - 1}, true
		}
		return Interval{}, false
	case "later-year":
		if l := DayOf(ay, 12, 31); anchor < l {
			return Interval{anchor + 1, l}, true
		}
		return Interval{}, false
	}
	if sp.kind == Vague && sp.part != "" {
		base := sp
		base.kind, base.d = Absolute, 0
		iv, ok := absolute(base, anchor)
		if !ok {
			return Interval{}, false
		}
		y, m, _ := iv.From.Date()
		if sp.m == 0 { // a year in thirds
			switch sp.part {
			case "early":
				return Interval{DayOf(y, 1, 1), DayOf(y, 4, 30)}, true
			case "mid":
				return Interval{DayOf(y, 5, 1), DayOf(y, 8, 31)}, true
			default:
				return Interval{DayOf(y, 9, 1), DayOf(y, 12, 31)}, true
			}
		}
		switch sp.part { // a month in thirds
		case "early":
			return Interval{DayOf(y, m, 1), DayOf(y, m, 10)}, true
		case "mid":
			return Interval{DayOf(y, m, 11), DayOf(y, m, 20)}, true
		default:
			return Interval{DayOf(y, m, 21), DayOf(y, m, daysIn(y, m))}, true
		}
	}
	return Interval{}, false
}

// forward reports a relative expression that counts forward from its anchor: "the next
// day", "three days later", "later that week".
func forward(sp spec) bool {
	switch sp.rel {
	case "day":
		return sp.n > 0
	case "later-week", "later-month", "later-year":
		return true
	}
	return false
}

// tenseOf is the time direction of a weekday at token i: ahead when a date is moved to it
// (see movedTo), else the tense of its clause (tenseAt).
func tenseOf(toks []text.Token, i int) int {
	if movedTo(toks, i) {
		return 1
	}
	return tenseAt(toks, i)
}

// movedTo reports a weekday at i that a date is moved to: "the hearing was postponed to
// Friday", "moved to", "pushed back to", "delayed until", "adjourned the case until",
// "put off until", "brought forward to", "rescheduled for". The verb is in the past, but
// the day it names is the new date, still ahead when the story is written: a tense cue
// would send it back a week.
func movedTo(toks []text.Token, i int) bool {
	if !is(toks, i-1, "to", "until", "till", "for") {
		return false
	}
	prep := lower(&toks[i-1])
	// The verb, within a few words before the preposition in the same clause: "postponed
	// to", "adjourned the trial until", "pushed the vote back to".
	for j := i - 2; j >= 0 && j >= i-7; j-- {
		t := &toks[j]
		if t.Kind == text.Punct {
			return false
		}
		if t.Kind != text.Word {
			continue
		}
		w := lower(t)
		if strings.HasPrefix(w, "reschedul") {
			return true // "rescheduled for Friday", "rescheduled to Friday"
		}
		if prep == "for" {
			continue // "jailed for Friday's attack", "delayed for Friday's match"
		}
		switch {
		case strings.HasPrefix(w, "postpon"), strings.HasPrefix(w, "adjourn"), strings.HasPrefix(w, "delay"),
			strings.HasPrefix(w, "defer"), moveVerbs[w]:
			return true
		case w == "off" && is(toks, j-1, "put", "puts", "putting"):
			return true
		case w == "forward" && is(toks, j-1, "brought", "bring", "brings", "bringing"):
			return true
		}
	}
	return false
}

// moveVerbs are the forms of the plain verbs that move a date ("moved to Friday", "pushed
// back to Monday"); the others are matched on their stems in movedTo.
var moveVerbs = map[string]bool{
	"move": true, "moves": true, "moved": true, "moving": true, "push": true, "pushes": true,
	"pushed": true, "pushing": true, "shift": true, "shifts": true, "shifted": true, "bumped": true,
}

// tenseAt reads the time direction of the clause around token i: future cues ("will",
// "scheduled", "next", "follow-up") and past cues ("said", "met", "-ed", "last"), the
// nearest one winning, the one before i on a tie.
func tenseAt(toks []text.Token, i int) int {
	for d := 1; d < len(toks); d++ {
		l, r := i-d, i+d
		if l >= 0 {
			if c := cue(toks, l); c != 0 {
				return c
			}
		}
		if r < len(toks) && r > i {
			if c := cue(toks, r); c != 0 {
				return c
			}
		}
		if l < 0 && r >= len(toks) {
			break
		}
	}
	return 0
}

var futureCues = map[string]bool{
	"will": true, "would": true, "shall": true, "'ll": true, "scheduled": true, "schedules": true,
	"schedule": true, "plans": true, "planned": true, "plan": true, "expected": true, "expects": true,
	"upcoming": true, "next": true, "coming": true, "due": true, "going": true, "set": true,
}

var pastCues = map[string]bool{
	"said": true, "met": true, "held": true, "was": true, "were": true, "had": true, "did": true,
	"told": true, "took": true, "made": true, "went": true, "came": true, "began": true, "last": true,
	"ago": true, "saw": true, "spoke": true, "gave": true, "left": true, "won": true, "lost": true,
	"sat": true, "ran": true, "fell": true, "struck": true, "killed": true,
}

// cue returns +1 for a future cue at i, -1 for a past one, 0 otherwise.
func cue(toks []text.Token, i int) int {
	t := &toks[i]
	if t.Kind != text.Word {
		return 0
	}
	w := lower(t)
	if strings.HasSuffix(w, "'ll") {
		return 1
	}
	if futureCues[w] {
		if w == "set" || w == "due" || w == "going" {
			if is(toks, i+1, "to") {
				return 1
			}
			return 0
		}
		return 1
	}
	if w == "follow" && i+2 < len(toks) && toks[i+1].Text == "-" && is(toks, i+2, "up") {
		return 1
	}
	if pastCues[w] {
		return -1
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && t.Text[0] >= 'a' && t.Text[0] <= 'z' {
		return -1
	}
	return 0
}
