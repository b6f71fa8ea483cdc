package events

import (
	"math"
	"slices"
	"strings"

	"factcheck/checker/article"
	"factcheck/checker/claim"
	"factcheck/checker/numbers"
	"factcheck/checker/pass"
	"factcheck/checker/text"
	"factcheck/checker/timex"
	"factcheck/rules"
)

// Default limits of the search around an event word, in tokens: how far after it a place
// or date of the same clause may come, and how far before it (options ahead and behind).
const (
	defaultAhead  = 16
	defaultBehind = 9
)

// Extractor reads event mentions with one rule's options and the corpus's places and
// declared events.
type Extractor struct {
	Opts   *Options
	Places *Places
	Named  []rules.NamedEvent
}

// exprAt is a resolved expression with the token range it covers in its sentence.
type exprAt struct {
	e          *timex.Expr
	start, end int // tokens [start, end)
	taken      bool
}

// Extract returns the article's event mentions that name a place: one claim each, with the
// date the sentence attaches to the event, if any. Articles without an event word cost a
// bit test per token.
func (x *Extractor) Extract(d *pass.Doc) []claim.Claim {
	if !d.HasClass(text.ClassEvent) {
		return nil
	}
	times := d.Times()
	var out []claim.Claim
	var exprs []exprAt
	for si := range d.Sentences {
		s := &d.Sentences[si]
		toks := s.Toks
		// Only a mention with a place is kept: a sentence without an event word and a
		// place name is skipped on bit tests.
		if s.Classes&text.ClassEvent == 0 || s.Classes&text.ClassPlace == 0 {
			continue
		}
		var triggers []int
		for i := range toks {
			if toks[i].Is(text.ClassEvent) && x.Opts.classOf(toks[i].Text) != "" {
				triggers = append(triggers, i)
			}
		}
		if len(triggers) == 0 {
			continue
		}
		exprs = exprsOf(exprs[:0], toks, times[si])
		lead := leadExpr(toks, exprs)
		occur := lead >= 0 && x.anyWord(toks, x.Opts.occur)
		// A date right before an event word is that event's ("the 23 November talks",
		// "the Tuesday session"), whatever comes after.
		own := make([]int, len(triggers))
		for k, t := range triggers {
			own[k] = -1
			for j := range exprs {
				if !exprs[j].taken && adjacentBefore(toks, exprs[j].end, t) {
					own[k] = j
					exprs[j].taken = true
				}
			}
		}
		var ppl []string
		pplDone := false
		for k, t := range triggers {
			m := x.mention(toks, t, triggers, k, exprs, own[k], lead, occur)
			if m.place == "" {
				continue
			}
			if !pplDone {
				ppl, pplDone = participants(d, toks), true
			}
			c := x.claimOf(d, s, m)
			c.Event.Participants = ppl
			out = append(out, c)
		}
	}
	return out
}

// mention is what the sentence says of one event word.
type mention struct {
	trigger, placeStart, placeEnd int
	place, class                  string
	date                          *exprAt
	role                          string
	lead                          bool
	ref                           bool // the sentence refers to the event ("after the talks")
	desc                          []string
	hoursLo, hoursHi              float64
	timed                         bool // a length was read (hoursLo may be 0: "under two hours")
	durStart, durEnd              int
}

func (x *Extractor) mention(toks []text.Token, t int, triggers []int, k int, exprs []exprAt, own int, lead int, occur bool) mention {
	m := mention{trigger: t, class: x.Opts.classOf(toks[t].Text), placeStart: -1}
	prevTrig, nextTrig := -1, len(toks)
	if k > 0 {
		prevTrig = triggers[k-1]
	}
	if k+1 < len(triggers) {
		nextTrig = triggers[k+1]
	}
	ahead := clauseEnd(toks, t, min(nextTrig, t+x.Opts.ahead))
	behind := clauseStart(toks, t, max(prevTrig+1, t-x.Opts.behind))

	// The place: "Geneva talks", "the Miami peace talks"; "talks in Florida"; "arrived in
	// Miami ... to continue discussions"; "In Moscow, Putin and Witkoff hold a session".
	// A venue right after the event word ("the Sudan talks in Jeddah") is where it took
	// place; a place before it may be its topic.
	if t+1 < len(toks) && isPrep(toks[t+1].Text, false) {
		if pl, a, b := x.placeAfterPrep(toks, t+1, min(len(toks), t+6)); b > 0 {
			m.place, m.placeStart, m.placeEnd = pl, a, b
		}
	}
	for _, j := range []int{t - 1, t - 2} {
		if m.place != "" {
			break
		}
		if j > prevTrig && j >= 0 {
			if pl, n := x.Places.at(toks, j); n > 0 && j+n == t || n > 0 && j+n == t-1 && toks[t-1].Kind == text.Word && !toks[t-1].Upper() {
				m.place, m.placeStart, m.placeEnd = pl, j, j+n
				break
			}
		}
	}
	if m.place == "" {
		// "Macron visited Kyiv on Monday", "Floods struck Valencia on March 1": a place
		// right after the event word or a verb of occurrence.
		for j := t; j < min(ahead, t+3); j++ {
			if (j == t || toks[j].Kind == text.Word) && has(x.Opts.occur, toks[j].Text) {
				if pl, n := x.Places.at(toks, j+1); n > 0 {
					m.place, m.placeStart, m.placeEnd = pl, j+1, j+1+n
					break
				}
			}
		}
	}
	if m.place == "" {
		for j := t + 1; j < ahead; j++ {
			if isPrep(toks[j].Text, false) {
				if pl, a, b := x.placeAfterPrep(toks, j, ahead); b > 0 {
					m.place, m.placeStart, m.placeEnd = pl, a, b
					break
				}
			}
			if stopsPlace(toks[j].Text) {
				break
			}
		}
	}
	if m.place == "" {
		for j := t - 1; j >= behind; j-- {
			if isPrep(toks[j].Text, true) {
				if pl, a, b := x.placeAfterPrep(toks, j, t); b > 0 {
					m.place, m.placeStart, m.placeEnd = pl, a, b
					break
				}
			}
		}
	}
	if m.place == "" && lead >= 0 {
		// "In Moscow, ..." after the date opening the sentence or the timeline entry, or
		// "Over the past three days in Florida, ...".
		j := exprs[lead].end
		for j < t && toks[j].Kind == text.Punct {
			j++
		}
		if j < t && strings.EqualFold(toks[j].Text, "in") {
			if pl, n := x.Places.at(toks, j+1); n > 0 && j+1+n < t {
				m.place, m.placeStart, m.placeEnd = pl, j+1, j+1+n
			}
		}
	}

	// The date: its own ("the 23 November talks"), else the first of the clause after the
	// event word ("talks in Florida on Nov. 30 and Dec. 1", "concluded on 30 November"),
	// else one just before it in the clause ("arrived in Miami on Dec. 4 to continue
	// discussions"), else the date opening the sentence when the sentence reports the
	// event taking place ("Dec 2, 2025 – In Moscow, Putin and Witkoff hold a session").
	switch {
	case own >= 0:
		m.date = &exprs[own]
	default:
		for j := range exprs {
			e := &exprs[j]
			if e.taken || j == lead || e.start <= t || e.start >= ahead {
				continue
			}
			m.date = e
			for q := t + 1; q < e.start; q++ {
				switch {
				case has(x.Opts.end, toks[q].Text):
					m.role = "end"
				case has(x.Opts.start, toks[q].Text):
					m.role = "start"
				}
			}
			break
		}
		if m.date != nil {
			break
		}
		for j := len(exprs) - 1; j >= 0; j-- {
			e := &exprs[j]
			if e.taken || j == lead || e.end > t || e.start < behind {
				continue
			}
			if !x.referenceBetween(toks, e.end, t) {
				m.date = e
			}
			break
		}
		if m.date != nil || lead < 0 || exprs[lead].taken {
			break
		}
		if (occur || has(x.Opts.occur, toks[t].Text)) && !x.referenceBefore(toks, t) {
			m.date, m.lead = &exprs[lead], true
		}
	}
	m.desc = x.descriptors(toks, t, prevTrig)
	m.ref = x.referenceBefore(toks, t)
	x.length(toks, t, ahead, &m)
	return m
}

// anyWord reports whether any word of toks is in set.
func (x *Extractor) anyWord(toks []text.Token, set map[string]bool) bool {
	for i := range toks {
		if toks[i].Kind == text.Word && has(set, toks[i].Text) {
			return true
		}
	}
	return false
}

// has reports whether the lower case of w is in set, without allocating for short ASCII.
func has(set map[string]bool, w string) bool {
	var buf [32]byte
	return set[string(text.LowerASCII(&buf, w))]
}

// hours returns the length in hours of a unit word, or 0.
func hours(w string) float64 {
	var buf [32]byte
	return hourUnits[string(text.LowerASCII(&buf, w))]
}

// classOf returns the event class of a word, or "".
func (o *Options) classOf(w string) string {
	var buf [32]byte
	return o.class[string(text.LowerASCII(&buf, w))]
}

// isPrep reports whether w introduces the place of an event: "in", "at", "near", "to" ("a
// visit to Moscow"); before the event word "for" does too ("departs for Moscow to meet").
func isPrep(w string, behind bool) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	switch {
	case strings.EqualFold(w, "in"), strings.EqualFold(w, "at"), strings.EqualFold(w, "near"), strings.EqualFold(w, "to"):
		return true
	case strings.EqualFold(w, "for"):
		return behind
	}
	return false
}

// placeAfterPrep reads the place after the preposition at j, perhaps after "the" ("at the
// Old Bailey"), ending before limit: the place and its token range, or b == 0.
func (x *Extractor) placeAfterPrep(toks []text.Token, j, limit int) (string, int, int) {
	k := j + 1
	if k < limit && strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	if pl, n := x.Places.at(toks, k); n > 0 && k+n <= limit {
		return pl, k, k + n
	}
	return "", 0, 0
}

// clauseEnd returns the first token at or after t+1 (and before limit) that ends the
// clause, or limit.
func clauseEnd(toks []text.Token, t, limit int) int {
	limit = min(limit, len(toks))
	for j := t + 1; j < limit; j++ {
		if isBreak(toks, j) {
			return j
		}
	}
	return limit
}

// clauseStart returns the first token of the clause before t, no earlier than limit.
func clauseStart(toks []text.Token, t, limit int) int {
	limit = max(limit, 0)
	for j := t - 1; j >= limit; j-- {
		if isBreak(toks, j) {
			return j + 1
		}
	}
	return limit
}

// isBreak reports whether token j ends a clause. The full stop of an abbreviation ("Dec.
// 4") does not.
func isBreak(toks []text.Token, j int) bool {
	switch toks[j].Text {
	case ".":
		return j == 0 || toks[j].Space || !(toks[j-1].Is(text.ClassMonth) || len(toks[j-1].Text) <= 3 && toks[j-1].Upper())
	case ";", "?", "!", "\u2014", "(", ")", "\"":
		return true
	}
	return false
}

// stopsPlace reports whether the word at j ends the stretch after an event word where its
// place may come: a word that starts another clause ("talks focused on a plan to end the
// war in Ukraine").
func stopsPlace(w string) bool {
	if len(w) < 2 || len(w) > 7 {
		return false
	}
	var buf [32]byte
	switch string(text.LowerASCII(&buf, w)) {
	case "to", "that", "which", "who", "whose", "where", "when", "while", "as", "because", "and":
		return true
	}
	return false
}

// adjacentBefore reports whether an expression ending at token end sits right before the
// event word at t: "23 November talks", "the Dec. 4 meeting", "Sunday's talks", allowing
// one place or modifier between ("the 23 November Geneva talks").
func adjacentBefore(toks []text.Token, end, t int) bool {
	if end == t {
		return true
	}
	if end == t-1 && toks[end].Kind == text.Word {
		return true
	}
	return false
}

// leadExpr returns the expression that opens the sentence as its date, or -1: "Dec 2,
// 2025 – ...", "Early 2025 – ...", "On Thursday, Dec 4 2025, ...", "Over the past three
// days in Florida, ...". A headline run into the first sentence ("Miami Session Set ...
// On Thursday, Dec 4 2025, U.S. envoy ...") opens it with "On" mid-sentence.
func leadExpr(toks []text.Token, exprs []exprAt) int {
	for j := range exprs {
		e := exprs[j]
		k := 0
		for k < e.start && toks[k].Kind == text.Punct {
			k++ // an opening quotation mark
		}
		if k < e.start && isOpener(toks[k].Text) {
			k++
		}
		for k < e.start && k > 0 && strings.EqualFold(toks[k].Text, "the") {
			k++
		}
		if k != e.start && !(e.start > 0 && toks[e.start-1].Text == "On") {
			continue
		}
		// The date is followed by a dash, a colon or a comma, perhaps after "in PLACE".
		for q := e.end; q < len(toks) && q <= e.end+3; q++ {
			switch toks[q].Text {
			case "\u2013", "-", "\u2014", ":", ",":
				return j
			}
		}
	}
	return -1
}

func isOpener(w string) bool {
	switch strings.ToLower(w) {
	case "on", "over", "in", "during", "by", "since", "from", "until":
		return true
	}
	return false
}

// referenceBefore reports whether a reference word comes within three words before the
// event word ("after the Moscow talks", "describes the Miami talks as"), skipping
// capitalised words and articles.
func (x *Extractor) referenceBefore(toks []text.Token, t int) bool {
	seen := 0
	for j := t - 1; j >= 0 && seen < 3; j-- {
		if toks[j].Kind != text.Word {
			continue
		}
		if has(x.Opts.ref, toks[j].Text) {
			return true
		}
		seen++
	}
	return false
}

// referenceBetween reports whether a reference word or a speech verb stands between a
// date and a later event word ("on Dec. 3, Trump referred to the meeting").
func (x *Extractor) referenceBetween(toks []text.Token, from, t int) bool {
	for j := from; j < t; j++ {
		if toks[j].Kind == text.Word && (toks[j].Is(text.ClassSpeech) || has(x.Opts.ref, toks[j].Text)) {
			return true
		}
	}
	return false
}

// descriptors returns the words before the event word that set it apart ("second",
// "follow-up", "earlier").
func (x *Extractor) descriptors(toks []text.Token, t, prevTrig int) []string {
	var out []string
	for j := t - 1; j >= max(0, t-4, prevTrig+1); j-- {
		if toks[j].Kind != text.Word {
			continue
		}
		if j >= 2 && toks[j-1].Text == "-" && !toks[j-1].Space && !toks[j].Space {
			if c := strings.ToLower(toks[j-2].Text + "-" + toks[j].Text); x.Opts.desc[c] {
				out = append(out, c)
				j -= 2
				continue
			}
		}
		if has(x.Opts.desc, toks[j].Text) {
			out = append(out, strings.ToLower(toks[j].Text))
		}
	}
	return out
}

// hourUnits are the units of an event's length, in hours.
var hourUnits = map[string]float64{
	"minute": 1.0 / 60, "minutes": 1.0 / 60, "hour": 1, "hours": 1, "day": 24, "days": 24,
}

// length reads the length the sentence gives the event: "a five-hour session",
// "(roughly) four hours of talks" before the word, "lasted (nearly) five hours" after it.
func (x *Extractor) length(toks []text.Token, t, ahead int, m *mention) {
	// "five-hour session", "90-minute meeting", "two-day summit", "five-hour-long talks".
	j := t - 1
	if j >= 2 && strings.EqualFold(toks[j].Text, "long") && toks[j-1].Text == "-" {
		j -= 2
	}
	if j >= 2 && toks[j-1].Text == "-" && hours(toks[j].Text) > 0 {
		if x.readLength(toks, j-2, j, m) {
			return
		}
	}
	// "four hours of talks".
	if t >= 3 && strings.EqualFold(toks[t-1].Text, "of") && hours(toks[t-2].Text) > 0 {
		if x.readLength(toks, t-3, t-2, m) {
			return
		}
	}
	// "the session lasted nearly five hours".
	for q := t + 1; q < ahead && q < t+10; q++ {
		if w := toks[q].Text; strings.EqualFold(w, "lasted") || strings.EqualFold(w, "lasting") || strings.EqualFold(w, "took") {
			for u := q + 1; u < ahead && u < q+6; u++ {
				if hours(toks[u].Text) > 0 && x.readLength(toks, u-1, u, m) {
					return
				}
			}
		}
	}
}

// readLength reads the number ending at token last (a one-token number or a number word)
// before the unit at unit, with any hedge before it.
func (x *Extractor) readLength(toks []text.Token, last, unit int, m *mention) bool {
	start := last
	num, n := numbers.Read(toks, start)
	if n == 0 || start+n != last+1 || num.Lo <= 0 {
		return false
	}
	v := num.Lo * hours(toks[unit].Text)
	end := unit + 1
	// "one hour and 40 minutes", "two hours 15 minutes".
	k := unit + 1
	if k < len(toks) && strings.EqualFold(toks[k].Text, "and") {
		k++
	}
	if num2, n2 := numbers.Read(toks, k); n2 > 0 && k+n2 < len(toks) && hours(toks[k+n2].Text) > 0 && hours(toks[k+n2].Text) < hours(toks[unit].Text) {
		v += num2.Lo * hours(toks[k+n2].Text)
		end = k + n2 + 1
	}
	v = math.Round(v*1e6) / 1e6 // 100 minutes and "one hour and 40 minutes" are one length
	var h *hedge
	hs := start
	for k := range x.Opts.hedges {
		hw := x.Opts.hedges[k].words
		if b := start - len(hw); b >= 0 && wordsAt(toks, b, hw) {
			h, hs = &x.Opts.hedges[k], b
			break
		}
	}
	m.hoursLo, m.hoursHi = x.Opts.interval(v, h)
	m.durStart, m.durEnd, m.timed = hs, end, true
	return true
}

func wordsAt(toks []text.Token, i int, words []string) bool {
	for k, w := range words {
		if i+k >= len(toks) || !strings.EqualFold(toks[i+k].Text, w) {
			return false
		}
	}
	return true
}

// exprsOf lists the usable expressions of a sentence with their token ranges.
func exprsOf(out []exprAt, toks []text.Token, es []timex.Expr) []exprAt {
	for k := range es {
		e := &es[k]
		if !usable(e) {
			continue
		}
		a := exprAt{e: e, start: -1}
		for i := range toks {
			if toks[i].Start >= e.Start && toks[i].End <= e.End+2 && toks[i].Start < e.End {
				if a.start < 0 {
					a.start = i
				}
				a.end = i + 1
			}
		}
		if a.start >= 0 {
			out = append(out, a)
		}
	}
	return out
}

// usable reports whether an expression has a value events can use: resolved, a day or
// a span (not a time of day alone), and not counted from an unknown date, except a
// calendar date without its year, which the corpus pass dates (see floating).
func usable(e *timex.Expr) bool {
	if !e.Resolved || e.Kind == timex.Clock {
		return false
	}
	return !nearEpoch(e.Value.From) || floating(e)
}

// nearEpoch reports whether d lies in the years around day 0: where an expression counted
// from an unknown publication date (day 0) lands.
func nearEpoch(d timex.Day) bool {
	y, _, _ := d.Date()
	return y >= 1969 && y <= 1971
}

// floating reports whether e is a day without its year in an article that does not say
// when it was published: a calendar date ("the 23 November talks") or a day counted from
// one ("the next day"). The tagger gave it a year near day 0; the corpus pass gives it the
// year nearest the article's inferred publication date (Reanchor). Weekdays depend on the
// year and are left out.
func floating(e *timex.Expr) bool {
	if !nearEpoch(e.Value.From) || e.Gran != timex.GranDay || e.Kind == timex.Weekday {
		return false
	}
	if e.Anchor == 0 {
		// Counted from the unknown publication date itself: a calendar date, or a count of
		// days ("the past three days"), which Reanchor counts again from the inferred date.
		return e.Kind == timex.Absolute || e.Kind == timex.Range || e.Kind == timex.List || e.Kind == timex.Relative
	}
	return nearEpoch(e.Anchor)
}

// Reanchor gives a floating date (see floating) the year that puts it nearest published
// (YYYY-MM-DD), keeping its length. It does nothing to other dates or when published is
// not a date.
func Reanchor(ev *claim.Event, published string) {
	if ev == nil || !ev.Floating {
		return
	}
	pub, ok := timex.ParseDay(published)
	if !ok {
		return
	}
	n := ev.ToDay - ev.FromDay
	if ev.FromPublished {
		// Counted in days from day 0, the unknown publication date: count from pub.
		ev.FromDay += int32(pub)
		ev.ToDay = ev.FromDay + n
		ev.From, ev.To = timex.Day(ev.FromDay).String(), timex.Day(ev.ToDay).String()
		ev.Floating, ev.FromPublished = false, false
		return
	}
	_, m, d := timex.Day(ev.FromDay).Date()
	best, ok := timex.NearestYear(m, d, pub)
	if !ok {
		return
	}
	ev.FromDay, ev.ToDay = int32(best), int32(best)+n
	ev.From, ev.To = best.String(), timex.Day(ev.ToDay).String()
	ev.Floating = false
}

// usesWord reports whether an event word is one of words (singular or plural), or words is
// empty.
func usesWord(words []string, w string) bool {
	if len(words) == 0 {
		return true
	}
	k := WordKey(w)
	for _, x := range words {
		if WordKey(x) == k {
			return true
		}
	}
	return false
}

// participants returns the surnames of the people the sentence names with evidence on its
// tokens' classes alone: a given name or a title before a capitalised word ("Marco Rubio",
// "President Putin"). Full name finding is the name rules' work; this is cheap enough for
// every event sentence.
func participants(d *pass.Doc, toks []text.Token) []string {
	var out []string
	for i := 0; i+1 < len(toks); i++ {
		t, n := &toks[i], &toks[i+1]
		if !t.Is(text.ClassGiven|text.ClassTitle) || n.Kind != text.Word || !n.Upper() ||
			n.Is(text.ClassTitle|text.ClassPlace|text.ClassOrg|text.ClassMonth|text.ClassNotName|text.ClassWeekday|text.ClassEvent|text.ClassSpeech) {
			continue // "U.S. Envoy Meets ...": a headline's capitals
		}
		if t.Is(text.ClassTitle) && !t.Upper() {
			continue // "the minister Kyiv appointed"
		}
		j := i + 1
		for j+1 < len(toks) && toks[j+1].Kind == text.Word && toks[j+1].Upper() && toks[j+1].Is(text.ClassGiven) {
			j++ // "Steve Witkoff"'s given name read, a second given name: "Jean Luc Picard"
		}
		if j+1 < len(toks) && toks[j+1].Kind == text.Word && toks[j+1].Upper() && !toks[j+1].Is(text.ClassTitle|text.ClassPlace|text.ClassOrg|text.ClassMonth|text.ClassNotName) && toks[j].Is(text.ClassGiven) {
			j++
		}
		sur := strings.TrimSuffix(toks[j].Text, "'s")
		if !slices.Contains(out, sur) {
			out = append(out, d.Intern(sur))
		}
		i = j
	}
	return out
}

// claimOf builds the claim of a mention: its words run from the first to the last of the
// event word, its place and its date.
func (x *Extractor) claimOf(d *pass.Doc, s *article.Sentence, m mention) claim.Claim {
	toks := s.Toks
	lo, hi := m.trigger, m.trigger+1
	if m.placeStart >= 0 {
		lo, hi = min(lo, m.placeStart), max(hi, m.placeEnd)
	}
	if m.date != nil && !m.lead {
		lo, hi = min(lo, m.date.start), max(hi, m.date.end)
	}
	if m.timed {
		lo, hi = min(lo, m.durStart), max(hi, m.durEnd)
	}
	ev := &claim.Event{Class: m.class, Trigger: d.Intern(toks[m.trigger].Text), Place: d.Intern(m.place), PlaceKey: d.Intern(Key(m.place)),
		Role: m.role, Lead: m.lead, Reference: m.ref, Descriptors: m.desc}
	value := toks[m.trigger].Text + " in " + m.place
	if m.date != nil {
		e := m.date.e
		iv := e.Value
		if e.Kind == timex.Weekday && e.Ambiguous {
			// "on Monday" said on a Monday: either day, so a span that tells no event apart.
			iv = timex.Interval{From: min(e.Anchor, iv.From), To: max(e.Anchor, iv.To)}
		}
		ev.Date = d.Intern(e.Text)
		ev.From, ev.To = iv.From.String(), iv.To.String()
		ev.FromDay, ev.ToDay = int32(iv.From), int32(iv.To)
		ev.Granularity = e.Gran.String()
		ev.Ambiguous = e.Ambiguous
		// Named days tell events apart; "earlier that week" and an ambiguous weekday do not.
		ev.Fine = e.Gran <= timex.GranDay && iv.Days() <= 7 && !(e.Kind == timex.Weekday && e.Ambiguous) &&
			e.Kind != timex.Vague && !(e.Kind == timex.Relative && strings.Contains(strings.ToLower(e.Text), "week"))
		ev.Floating = floating(e)
		ev.FromPublished = ev.Floating && e.Anchor == 0 && e.Kind == timex.Relative
		value += ", " + e.Text
	}
	if m.timed {
		// Six decimals: 3.0000000000000004 hours is three hours in a report.
		ev.HoursLo, ev.HoursHi = math.Round(m.hoursLo*1e6)/1e6, math.Round(m.hoursHi*1e6)/1e6
		if ev.HoursHi > 1e308 {
			ev.HoursHi = -1
		}
		ev.Duration = d.Intern(d.Body.Text[toks[m.durStart].Start:toks[m.durEnd-1].End])
	}
	for _, n := range x.Named {
		pk := Key(x.Places.canonical(n.Place))
		if n.Class == m.class && (pk == ev.PlaceKey || x.Places.Inside(ev.PlaceKey, pk)) && usesWord(n.Words, ev.Trigger) {
			ev.Named = n.Name
			break
		}
	}
	for i, w := range ev.Descriptors {
		ev.Descriptors[i] = d.Intern(w)
	}
	c := d.Claim("event", s, toks[lo].Start, toks[hi-1].End, value)
	c.Event = ev
	return c
}
