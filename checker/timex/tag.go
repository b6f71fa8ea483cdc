package timex

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"factcheck/checker/dates"
	"factcheck/checker/numbers"
	"factcheck/checker/text"
)

// spec is an expression as written, before resolution: what it says, not yet which days.
type spec struct {
	kind Kind
	gran Gran
	// start and end are the token range of the expression.
	start, end int

	// Absolute dates: year (0 when not written), month (0 for a year), day (0 for a month).
	y, m, d int
	// ambiguous marks a numeric date that reads day-first and month-first.
	ambiguous bool
	// weekday is the day of the week written with the expression, or -1.
	weekday time.Weekday
	// parts are the members of a range (two) or a list.
	parts []spec
	// mod is the word that fixes a weekday's direction: "last", "next" (also "this
	// coming"), "this", or "" for a bare weekday, whose sentence's tense decides (see
	// weekday in resolve.go).
	mod string
	// rel names a relative expression ("day", "week", "weekend", "month", "year", "past",
	// "earlier-week" ...) and n its count in days, weeks, months or years.
	rel string
	n   int
	// anaphoric marks a relative expression that counts from a day the text told before
	// ("the next day", "three days later", "later that week"), not from the day of
	// writing as "tomorrow" or "later this week" do.
	anaphoric bool
	// part is the part of a vague period: "early", "mid", "late".
	part string
}

// weekdays maps weekday names (lower case) to their days.
var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// weekdayAbbrevs are abbreviations that name a weekday only before a date ("Thu. Dec. 4",
// "Fri 4 October 2025"), and undotted only outside a name (see weekdayAt): alone, "Sun",
// "Sat" and "Wed" are words or names.
var weekdayAbbrevs = map[string]time.Weekday{
	"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday,
	"sat": time.Saturday, "sun": time.Sunday,
}

// startWords are the words other than numbers and month names at which an expression may
// start: weekdays, relative words, and the prepositions and determiners that open one.
var startWords = []string{
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"yesterday", "today", "tomorrow", "tonight", "early", "mid", "late", "earlier", "later",
	"last", "next", "this", "that", "the", "between", "in", "since", "during", "until", "by",
	"from", "before", "after", "of", "a", "an", "one",
}

// fullMonth are the month names short enough to look like abbreviations.
var fullMonth = map[string]bool{"may": true, "june": true, "july": true}

// Words returns the words at which a temporal expression may start, other than numbers
// (digits or words) and month names. The lexicon gives them text.ClassTime, so that the
// tagger skips every other word on one bit test.
func Words() []string { return startWords }

// weakWords are the start words that are among the commonest words of English: they start
// an expression only when a time word follows ("the next day", "in early 2025", "a week
// ago"), so the tagger tries them only then. Profiling showed "the" alone sending a
// tenth of all tokens through every matcher.
var weakWords = []string{"the", "in", "since", "during", "until", "by", "from", "before", "after",
	"of", "a", "an", "one", "that", "this", "between"}

// nextWords are the words that may follow a weak word in an expression, other than start
// words, numbers and months.
var nextWords = []string{"next", "following", "previous", "coming", "past", "last", "same", "day",
	"days", "week", "weeks", "weekend", "month", "months", "year", "years", "hours", "morning",
	"afternoon", "evening", "night", "early", "mid", "late", "earlier", "later", "this", "that"}

// WeakWords returns the start words the lexicon marks text.ClassTimeWeak; NextWords the
// words it marks text.ClassTimeNext.
func WeakWords() []string { return weakWords }

// WeekdayWords returns the weekday names and abbreviations, which the lexicon marks
// text.ClassWeekday.
func WeekdayWords() []string { return startWords[:17] }

// NextWords: see WeakWords.
func NextWords() []string { return nextWords }

func lower(t *text.Token) string {
	var buf [32]byte
	if len(t.Text) > len(buf) {
		return strings.ToLower(t.Text)
	}
	return string(text.LowerASCII(&buf, t.Text))
}

func is(toks []text.Token, i int, words ...string) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	for _, w := range words {
		if strings.EqualFold(toks[i].Text, w) {
			return true
		}
	}
	return false
}

// monthAt returns the month the token at i names: a capitalised month name, or a
// capitalised abbreviation (with or without its dot). "May" and "March" are months only
// next to a day or a year, which the callers check.
func monthAt(toks []text.Token, i int) (m, next int) {
	if i < 0 || i >= len(toks) {
		return 0, i
	}
	t := &toks[i]
	if t.Kind != text.Word || len(t.Text) < 3 || t.Text[0] < 'A' || t.Text[0] > 'Z' {
		return 0, i
	}
	if t.Class&text.ClassKnown != 0 && t.Class&text.ClassMonth == 0 {
		return 0, i
	}
	m = dates.Months[lower(t)]
	if m == 0 {
		return 0, i
	}
	next = i + 1
	if len(t.Text) <= 4 && !fullMonth[lower(t)] && next < len(toks) && toks[next].Text == "." && !toks[next].Space {
		next++ // the dot of an abbreviation ("Dec."), not a full stop after "May"
	}
	return m, next
}

// dayAt reads a day of the month at i: "4", "04", "4th", "21st".
func dayAt(toks []text.Token, i int) (int, bool) {
	if i < 0 || i >= len(toks) {
		return 0, false
	}
	s := toks[i].Text
	if toks[i].Kind == text.Word {
		// An ordinal day: one or two digits and st, nd, rd or th ("4th", "22ND"). Most words
		// fail the first test, without lowering a copy of the word.
		if len(s) < 3 || len(s) > 4 || s[0] < '0' || s[0] > '9' {
			return 0, false
		}
		switch suf := s[len(s)-2:]; {
		case strings.EqualFold(suf, "st"), strings.EqualFold(suf, "nd"), strings.EqualFold(suf, "rd"), strings.EqualFold(suf, "th"):
			s = s[:len(s)-2]
		default:
			return 0, false
		}
	} else if toks[i].Kind != text.Number {
		return 0, false
	}
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(s)
	return d, err == nil && d >= 1 && d <= 31
}

// yearAt reads a year (1900 to 2199) at i.
func yearAt(toks []text.Token, i int) (int, bool) {
	if i < 0 || i >= len(toks) {
		return 0, false
	}
	y := dates.Year(toks[i])
	return y, y != 0
}

// isOrdinalDay reports a word like "4th" or "21st", which may start a date.
func isOrdinalDay(t *text.Token) bool { return t.Text[0] >= '0' && t.Text[0] <= '9' }

// glued reports whether toks[i] follows toks[i-1] without a space.
func glued(toks []text.Token, i int) bool { return i < len(toks) && !toks[i].Space }

// dateAt reads one calendar date at i: "Dec. 4", "December 4th, 2025", "4 December 2025",
// "2025-12-05", "06.12.2025", "12/25/2025", "November 2025". It returns the spec and the
// token after it, or ok false.
func dateAt(toks []text.Token, i int) (s spec, end int, ok bool) {
	s = spec{kind: Absolute, weekday: -1, start: i}
	// Month first: "Dec. 4", "December 4, 2025", "November 2025".
	if m, j := monthAt(toks, i); m > 0 {
		if d, ok := dayAt(toks, j); ok && !(j+2 < len(toks) && toks[j+1].Text == ":" && glued(toks, j+1) && glued(toks, j+2) && toks[j+2].Kind == text.Number) {
			s.m, s.d, s.gran = m, d, GranDay
			j++
			k := j
			if k < len(toks) && toks[k].Text == "," {
				k++
			}
			if y, ok := yearAt(toks, k); ok {
				s.y, j = y, k+1
			}
			s.end = j
			return s, j, valid(s)
		}
		if y, ok := yearAt(toks, j); ok {
			s.y, s.m, s.gran, s.end = y, m, GranMonth, j+1
			return s, j + 1, true
		}
		return s, i, false
	}
	if i >= len(toks) {
		return s, i, false
	}
	t := &toks[i]
	// Day first: "4 December 2025", "4th Dec".
	if d, ok := dayAt(toks, i); ok {
		if m, j := monthAt(toks, i+1); m > 0 && len(toks[i+1].Text) >= 3 {
			s.m, s.d, s.gran = m, d, GranDay
			if y, ok := yearAt(toks, j); ok {
				s.y, j = y, j+1
			}
			s.end = j
			return s, j, valid(s)
		}
	}
	if t.Kind != text.Number {
		return s, i, false
	}
	// ISO: 2025-12-05.
	if len(t.Text) == 4 && i+4 < len(toks) && toks[i+1].Text == "-" && toks[i+3].Text == "-" &&
		glued(toks, i+1) && glued(toks, i+2) && glued(toks, i+3) && glued(toks, i+4) &&
		len(toks[i+2].Text) == 2 && len(toks[i+4].Text) == 2 {
		y, _ := yearAt(toks, i)
		m, _ := strconv.Atoi(toks[i+2].Text)
		d, _ := strconv.Atoi(toks[i+4].Text)
		s.y, s.m, s.d, s.gran, s.end = y, m, d, GranDay, i+5
		return s, i + 5, y > 0 && valid(s)
	}
	// Numeric: 06.12.2025 (one token), 06/12/2025.
	var parts []string
	end = i + 1
	if strings.Count(t.Text, ".") == 2 {
		parts = strings.Split(t.Text, ".")
	} else if i+4 < len(toks) && toks[i+1].Text == "/" && toks[i+3].Text == "/" && glued(toks, i+1) &&
		glued(toks, i+2) && glued(toks, i+3) && glued(toks, i+4) && toks[i+2].Kind == text.Number && toks[i+4].Kind == text.Number {
		parts = []string{t.Text, toks[i+2].Text, toks[i+4].Text}
		end = i + 5
	}
	if len(parts) == 3 && len(parts[0]) <= 2 && len(parts[1]) <= 2 && len(parts[2]) == 4 {
		a, _ := strconv.Atoi(parts[0])
		b, _ := strconv.Atoi(parts[1])
		y, _ := strconv.Atoi(parts[2])
		if y < 1900 || y > 2199 {
			return s, i, false
		}
		s.y, s.gran, s.end = y, GranDay, end
		switch {
		case a > 12 && b <= 12:
			s.d, s.m = a, b
		case b > 12 && a <= 12:
			s.m, s.d = a, b
		case a <= 12 && b <= 12:
			s.d, s.m, s.ambiguous = a, b, a != b
		default:
			return s, i, false
		}
		return s, end, valid(s)
	}
	return s, i, false
}

// valid reports whether a day-granular spec names a real calendar day (a year-less date
// is checked in a leap year).
func valid(s spec) bool {
	if s.m == 0 && s.d == 0 {
		return s.y >= 1900 && s.y <= 2199 // a year
	}
	if s.m < 1 || s.m > 12 {
		return false
	}
	if s.d == 0 {
		return true
	}
	y := s.y
	if y == 0 {
		y = 2024
	}
	return s.d >= 1 && s.d <= daysIn(y, s.m)
}

func daysIn(y, m int) int { return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() }

// weekdayAt reads a weekday name at i ("Thursday"), or an abbreviation when a date follows
// it: dotted ("Thu. Dec. 4", "Thurs., Dec. 4") or, when it cannot be part of a name, undotted
// ("Fri 4 October 2025", "Fri, 4 October", "Fri Oct. 4, 2025", "Fri (Oct. 4)"). It returns
// the day and the token after it.
func weekdayAt(toks []text.Token, i int) (time.Weekday, int, bool) {
	if i >= len(toks) || toks[i].Kind != text.Word || toks[i].Text[0] < 'A' || toks[i].Text[0] > 'Z' {
		return 0, i, false
	}
	w := lower(&toks[i])
	if d, ok := weekdays[strings.TrimSuffix(w, "'s")]; ok {
		return d, i + 1, true
	}
	d, ok := weekdayAbbrevs[w]
	if !ok {
		return 0, i, false
	}
	if i+1 < len(toks) && toks[i+1].Text == "." && glued(toks, i+1) {
		j := i + 2
		if j < len(toks) && toks[j].Text == "," {
			j++
		}
		if _, _, ok := dateAt(toks, j); ok || parenDateAt(toks, i+2) {
			return d, i + 2, true
		}
		return 0, i, false
	}
	// Undotted: "Sun", "Sat", "Wed" and "Mon" are also words and names, so only a day date
	// right after it ("Fri 4 October", "Fri, 4 October", "Fri (Oct. 4)") makes it a weekday,
	// and only outside a name ("The Sun 4 October edition", "the Toronto Sun, 4 October").
	if !abbrevWeekday(toks, i) {
		return 0, i, false
	}
	j := i + 1
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	if s, _, ok := dateAt(toks, j); ok && s.gran == GranDay || parenDateAt(toks, i+1) {
		return d, i + 1, true
	}
	return 0, i, false
}

// fullWeekday reports a weekday written in full ("Friday", "Friday's").
func fullWeekday(t *text.Token) bool {
	_, ok := weekdays[strings.TrimSuffix(lower(t), "'s")]
	return ok
}

// parenDateAt reports a day date in parentheses at i: "(Oct. 4)", "(4 October 2025)".
func parenDateAt(toks []text.Token, i int) bool {
	_, _, ok := parenDate(toks, i)
	return ok
}

// parenDate reads a day date in parentheses at i and returns it and the token after the
// closing parenthesis.
func parenDate(toks []text.Token, i int) (spec, int, bool) {
	if i >= len(toks) || toks[i].Text != "(" {
		return spec{}, i, false
	}
	s, e, ok := dateAt(toks, i+1)
	if !ok || s.gran != GranDay || e >= len(toks) || toks[e].Text != ")" {
		return spec{}, i, false
	}
	return s, e + 1, true
}

// nameBefore are the lower-case words after which a capitalised abbreviation is a name or
// a title, not a weekday: "the Sun", "a Mon village".
var nameBefore = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
}

// openers are the capitalised words that may stand before a weekday abbreviation without
// making it part of a name: "On Fri 4 October", "Published Fri, 4 October 2025".
var openers = map[string]bool{
	"on": true, "by": true, "from": true, "until": true, "till": true, "since": true, "before": true,
	"after": true, "through": true, "to": true, "and": true, "or": true, "published": true,
	"updated": true, "posted": true, "dated": true,
}

// abbrevWeekday reports whether the undotted weekday abbreviation at i may name a weekday
// (its date is the caller's check): written "Fri" or "Thurs", not in capitals ("SAT", "SUN"
// are acronyms), not after a determiner ("the Sun") and not after a capitalised word other
// than an opener ("Toronto Sun", "The Sun", "Mr Sun").
func abbrevWeekday(toks []text.Token, i int) bool {
	t := toks[i].Text
	if len(t) < 2 || t[1] < 'a' || t[1] > 'z' {
		return false
	}
	if i == 0 || toks[i-1].Kind != text.Word {
		return true
	}
	p := lower(&toks[i-1])
	if nameBefore[p] {
		return false
	}
	return !toks[i-1].Upper() || openers[p]
}

// carriedWeekday returns the weekday abbreviation that ends the sentence prev ("Fri.")
// when the sentence toks, right after it on the same line, opens with a day date: the
// sentence splitter ends a sentence after "Fri." before "4 October 2025" or "Dec. 4", and
// the pair is one expression split in two. It returns -1 otherwise.
func carriedWeekday(prev, toks []text.Token, src string) time.Weekday {
	n := len(prev)
	if n < 2 || len(toks) == 0 || prev[n-1].Text != "." || !glued(prev, n-1) {
		return -1
	}
	t := &prev[n-2]
	if t.Kind != text.Word || len(t.Text) < 3 || len(t.Text) > 5 || t.Text[0] < 'A' || t.Text[0] > 'Z' {
		return -1
	}
	d, ok := weekdayAbbrevs[lower(t)]
	if !ok || !abbrevWeekday(prev, n-2) {
		return -1
	}
	if a, b := prev[n-1].End, toks[0].Start; a > b || b > len(src) || strings.TrimLeft(src[a:b], " ") != "" {
		return -1 // not on the same line
	}
	if s, _, ok := dateAt(toks, 0); !ok || s.gran != GranDay {
		return -1
	}
	return d
}

// rangeAfter extends the date s that ends at j into a range or a list when the text
// goes on with one: "Dec. 4-5", "Nov 30-Dec 1", "Dec. 2 to Dec. 4", "Nov. 30 and Dec. 1",
// "Dec. 19, 20 and 21", "4-5 December 2025".
func rangeAfter(toks []text.Token, s spec, j int) (spec, int) {
	if s.gran != GranDay {
		return s, j
	}
	// "Dec. 4-5", "Nov 30-Dec 1", "Dec. 2 to Dec. 4", "Dec. 2 through 4".
	if j < len(toks) && (toks[j].Text == "-" || is(toks, j, "to", "through", "until", "till")) {
		if e, k, ok := dateAt(toks, j+1); ok && e.gran == GranDay {
			return join(Range, s, e, k), k
		}
		if d, ok := dayAt(toks, j+1); ok && d > s.d && !(j+2 < len(toks) && (toks[j+2].Text == "-" || toks[j+2].Text == ":")) {
			e := spec{kind: Absolute, gran: GranDay, y: s.y, m: s.m, d: d, weekday: -1, start: j + 1, end: j + 2}
			k := j + 2
			if s.y == 0 {
				kk := k
				if kk < len(toks) && toks[kk].Text == "," {
					kk++
				}
				if y, ok := yearAt(toks, kk); ok {
					e.y, s.y, k = y, y, kk+1
				}
			}
			if valid(e) {
				return join(Range, s, e, k), k
			}
		}
	}
	// "Nov. 30 and Dec. 1", "Dec. 19, 20 and 21", "March 3 and 4", "March 3 or 4". The
	// members gather on the stack: most dates have none after them, and a list copies them.
	var first [4]spec
	members := append(first[:0], s)
	k := j
	alternatives := false
	for {
		sep := k
		if sep < len(toks) && toks[sep].Text == "," {
			sep++
		}
		or := false
		if sep < len(toks) && is(toks, sep, "and", "or") {
			or = is(toks, sep, "or")
			sep++
		} else if sep == k {
			break
		}
		if e, kk, ok := dateAt(toks, sep); ok && e.gran == GranDay {
			members = append(members, e)
			k = kk
			alternatives = alternatives || or
			continue
		}
		if d, ok := dayAt(toks, sep); ok {
			last := members[len(members)-1]
			e := spec{kind: Absolute, gran: GranDay, y: last.y, m: last.m, d: d, weekday: -1, start: sep, end: sep + 1}
			if d > last.d && valid(e) && !countsAfter(toks, sep+1) {
				k = sep + 1
				// "March 3 and 4, 2026": the year after the last day (not a count:
				// "March 3 and 4, 2000 protesters").
				kk := k
				if kk < len(toks) && toks[kk].Text == "," {
					kk++
				}
				if y, ok := yearAt(toks, kk); ok && e.y == 0 && !countsAfter(toks, kk+1) {
					withYear := e
					withYear.y = y
					if valid(withYear) {
						e, k = withYear, kk+1
					}
				}
				members = append(members, e)
				alternatives = alternatives || or
				continue
			}
		}
		break
	}
	if len(members) > 1 {
		// A year written on the last member holds for all.
		if y := members[len(members)-1].y; y != 0 {
			for i := range members {
				if members[i].y == 0 {
					members[i].y = y
				}
			}
		}
		// "March 3 or 4": one of the days, the text does not say which. The list keeps both
		// (the value spans them, so the event lies within it) and is marked ambiguous.
		out := spec{kind: List, gran: GranDay, weekday: -1, start: s.start, end: k, parts: slices.Clone(members), ambiguous: alternatives}
		return out, k
	}
	return s, j
}

// countsAfter reports whether the word at i makes the bare number before it a count, not
// the next day of a date list: "on March 3 and 20 people died", "Dec. 1 and 4 others". A
// lower-case word counts unless it is one that goes on a sentence after a date (a
// preposition, a conjunction, an auxiliary: "March 3 and 4 in Geneva", "March 3 and 4
// were") or a verb in -ed that does not describe people counted ("March 3 and 4 ended",
// not "4 killed"). Capitalised words, punctuation and the end of the sentence do not.
func countsAfter(toks []text.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := &toks[i]
	if t.Kind != text.Word || t.Class&text.ClassMonth != 0 || t.Text[0] < 'a' || t.Text[0] > 'z' {
		return false
	}
	w := lower(t)
	if dateFollowers[w] {
		// "4 in 10 voters", "4 to 5 degrees" count; "March 3 and 4 in 2026" does not.
		if (w == "in" || w == "to") && i+1 < len(toks) && toks[i+1].Kind == text.Number {
			_, year := yearAt(toks, i+1)
			return !year
		}
		return false
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !countedParticiples[w] {
		return false
	}
	return true
}

// dateFollowers are lower-case words that go on a sentence after a date, not after a
// count: "March 3 and 4 in Geneva", "Dec. 19 and 21 respectively".
var dateFollowers = map[string]bool{
	"and": true, "or": true, "in": true, "at": true, "on": true, "for": true, "to": true, "from": true,
	"with": true, "by": true, "as": true, "when": true, "while": true, "but": true, "after": true,
	"before": true, "during": true, "until": true, "till": true, "through": true, "amid": true,
	"against": true, "despite": true, "ahead": true, "respectively": true, "the": true, "this": true,
	"that": true, "which": true, "where": true, "last": true, "next": true, "is": true, "are": true,
	"was": true, "were": true, "will": true, "would": true, "has": true, "have": true, "had": true,
	"can": true, "could": true, "may": true, "might": true, "should": true, "must": true, "saw": true,
	"see": true, "sees": true, "if": true, "so": true, "then": true, "because": true, "since": true,
	"between": true, "around": true, "near": true, "under": true, "without": true, "into": true,
	"across": true, "over": true, "throughout": true, "nationwide": true, "alongside": true,
	"among": true, "toward": true, "towards": true, "beyond": true, "following": true, "also": true,
	"again": true, "only": true, "instead": true, "too": true, "did": true, "does": true, "do": true,
}

// countedParticiples are words in -ed that follow a count of people or things: "4 killed",
// "4 confirmed cases"; and "hundred", which ends in -ed too.
var countedParticiples = map[string]bool{
	"killed": true, "wounded": true, "injured": true, "armed": true, "detained": true, "arrested": true,
	"confirmed": true, "registered": true, "displaced": true, "abducted": true, "kidnapped": true,
	"trapped": true, "infected": true, "suspected": true, "reported": true, "elected": true,
	"listed": true, "unnamed": true, "unidentified": true, "masked": true, "hundred": true,
	"hospitalised": true, "hospitalized": true, "rescued": true, "evacuated": true, "missed": true,
}

func join(kind Kind, a, b spec, end int) spec {
	if a.y == 0 && b.y != 0 {
		a.y = b.y
	}
	return spec{kind: kind, gran: GranDay, weekday: -1, start: a.start, end: end, parts: []spec{a, b}}
}

// dayFirstRange reads "4-5 December 2025" and "4 and 5 December".
func dayFirstRange(toks []text.Token, i int) (spec, int, bool) {
	d1, ok := dayAt(toks, i)
	if !ok || i+2 >= len(toks) {
		return spec{}, i, false
	}
	kind := Range
	sep := i + 1
	switch {
	case toks[sep].Text == "-" && glued(toks, sep):
	case is(toks, sep, "and", "or"):
		kind = List
	default:
		return spec{}, i, false
	}
	e, k, ok := dateAt(toks, sep+1)
	if !ok || e.gran != GranDay || e.d <= d1 {
		return spec{}, i, false
	}
	a := spec{kind: Absolute, gran: GranDay, y: e.y, m: e.m, d: d1, weekday: -1, start: i, end: i + 1}
	out := join(kind, a, e, k)
	out.kind = kind
	out.ambiguous = is(toks, sep, "or") // "3 or 4 March": one of the two
	return out, k, true
}

// numberWord reads a count written in digits or words ("three", "24") at i.
func numberWord(toks []text.Token, i int) (int, int, bool) {
	if i >= len(toks) {
		return 0, i, false
	}
	if is(toks, i, "a", "an", "one") {
		return 1, i + 1, true
	}
	num, n := numbers.Read(toks, i)
	if n == 0 || num.Lo != num.Hi || num.Lo < 1 || num.Lo > 400 || num.Lo != float64(int(num.Lo)) {
		return 0, i, false
	}
	return int(num.Lo), i + n, true
}

// unitOf returns the calendar unit a word names: "day", "week", "month", "year".
func unitOf(t *text.Token) string {
	switch strings.ToLower(t.Text) {
	case "day", "days":
		return "day"
	case "week", "weeks":
		return "week"
	case "month", "months":
		return "month"
	case "year", "years":
		return "year"
	case "hours":
		return "hours"
	}
	return ""
}

// relativeAt reads a relative expression at i.
func relativeAt(toks []text.Token, i int) (spec, int, bool) {
	s := spec{kind: Relative, gran: GranDay, weekday: -1, start: i}
	w := lower(&toks[i])
	if i > 0 && toks[i].Upper() && toks[i-1].Kind == text.Word && toks[i-1].Upper() {
		return s, i, false // inside a name: "India Today", "Good Morning Tomorrow"
	}
	one := func(rel string, n, end int, g Gran) (spec, int, bool) {
		s.rel, s.n, s.end, s.gran = rel, n, end, g
		return s, end, true
	}
	switch w {
	case "yesterday":
		return one("day", -1, i+1, GranDay)
	case "today", "tonight":
		return one("day", 0, i+1, GranDay)
	case "tomorrow":
		return one("day", 1, i+1, GranDay)
	case "the":
		// "the next day", "the following day", "the day before", "the coming week", "the
		// past three days".
		switch {
		case is(toks, i+1, "next", "following") && is(toks, i+2, "day"):
			s.anaphoric = true
			return one("day", 1, i+3, GranDay)
		case is(toks, i+1, "day") && is(toks, i+2, "before"):
			s.anaphoric = true
			return one("day", -1, i+3, GranDay)
		case is(toks, i+1, "previous") && is(toks, i+2, "day"):
			s.anaphoric = true
			return one("day", -1, i+3, GranDay)
		case is(toks, i+1, "coming") && is(toks, i+2, "week"):
			return one("coming-week", 0, i+3, GranWeek)
		case is(toks, i+1, "past", "last") && i+2 < len(toks):
			if strings.EqualFold(toks[i+2].Text, "week") {
				return one("past-days", 7, i+3, GranDay)
			}
			if n, j, ok := numberWord(toks, i+2); ok && j < len(toks) {
				switch unitOf(&toks[j]) {
				case "day":
					return one("past-days", n, j+1, GranDay)
				case "hours":
					if n <= 48 {
						return one("past-days", (n+23)/24+1, j+1, GranDay)
					}
				}
			}
		}
	case "last", "next", "this", "that":
		if i+1 >= len(toks) {
			break
		}
		dir := map[string]int{"last": -1, "next": 1, "this": 0, "that": 0}[w]
		switch strings.ToLower(toks[i+1].Text) {
		case "week":
			if w == "that" {
				return one("week", 0, i+2, GranWeek)
			}
			return one("week", dir, i+2, GranWeek)
		case "weekend":
			if w == "that" {
				return one("weekend", 0, i+2, GranDay)
			}
			return one("weekend", dir, i+2, GranDay)
		case "month":
			return one("month", dir, i+2, GranMonth)
		case "year":
			return one("year", dir, i+2, GranYear)
		}
	case "earlier", "later":
		// "earlier this week", "later that month", "earlier this year".
		if is(toks, i+1, "this", "that") && i+2 < len(toks) {
			if u := unitOf(&toks[i+2]); u == "week" || u == "month" || u == "year" {
				s.kind = Vague
				s.anaphoric = is(toks, i+1, "that")
				return one(w+"-"+u, 0, i+3, GranDay)
			}
		}
	}
	// "two days earlier", "a week later", "three days ago", "a day later".
	if n, j, ok := numberWord(toks, i); ok && j+1 < len(toks) && !(j > i && toks[j].Text == "-") {
		u := unitOf(&toks[j])
		if u == "day" || u == "week" {
			if u == "week" {
				n *= 7
			}
			switch strings.ToLower(toks[j+1].Text) {
			case "earlier", "ago", "before":
				if strings.EqualFold(toks[j+1].Text, "before") && !(j+2 >= len(toks) || toks[j+2].Kind == text.Punct) {
					break // "two days before the vote" counts from the vote
				}
				s.anaphoric = !strings.EqualFold(toks[j+1].Text, "ago")
				return one("day", -n, j+2, GranDay)
			case "later", "after":
				if strings.EqualFold(toks[j+1].Text, "after") && !(j+2 >= len(toks) || toks[j+2].Kind == text.Punct) {
					break
				}
				s.anaphoric = true
				return one("day", n, j+2, GranDay)
			}
		}
	}
	return s, i, false
}

// vagueAt reads "early 2025", "mid-November", "late October 2025", "mid-2025".
func vagueAt(toks []text.Token, i int) (spec, int, bool) {
	w := lower(&toks[i])
	if w != "early" && w != "mid" && w != "late" {
		return spec{}, i, false
	}
	j := i + 1
	if j < len(toks) && toks[j].Text == "-" && glued(toks, j) {
		j++
	} else if w == "mid" {
		return spec{}, i, false
	}
	s := spec{kind: Vague, gran: GranSeason, weekday: -1, start: i, part: w}
	if y, ok := yearAt(toks, j); ok {
		s.y, s.end = y, j+1
		return s, j + 1, true
	}
	if m, k := monthAt(toks, j); m > 0 && len(toks[j].Text) >= 3 {
		s.m = m
		if y, ok := yearAt(toks, k); ok {
			s.y, k = y, k+1
		}
		s.end = k
		return s, k, true
	}
	return spec{}, i, false
}

// clockAt reads a time of day: "16:40 GMT", "8pm local time", "8 p.m.", "10:30".
func clockAt(toks []text.Token, i int) (spec, int, bool) {
	t := &toks[i]
	s := spec{kind: Clock, gran: GranTime, weekday: -1, start: i}
	j := -1
	switch {
	case t.Kind == text.Number && len(t.Text) <= 2 && i+2 < len(toks) && toks[i+1].Text == ":" && glued(toks, i+1) && glued(toks, i+2) &&
		toks[i+2].Kind == text.Number && len(toks[i+2].Text) == 2:
		h, _ := strconv.Atoi(t.Text)
		m, _ := strconv.Atoi(toks[i+2].Text)
		if h > 23 || m > 59 {
			return s, i, false
		}
		j = i + 3
		if j < len(toks) && is(toks, j, "am", "pm", "a.m.", "p.m.") {
			j++
		}
	case t.Kind == text.Word && len(t.Text) >= 3 && len(t.Text) <= 4 && (strings.HasSuffix(strings.ToLower(t.Text), "am") || strings.HasSuffix(strings.ToLower(t.Text), "pm")):
		h, err := strconv.Atoi(t.Text[:len(t.Text)-2])
		if err != nil || h < 1 || h > 12 {
			return s, i, false
		}
		j = i + 1
	case t.Kind == text.Number && len(t.Text) <= 2 && is(toks, i+1, "a.m.", "p.m.", "am", "pm"):
		h, _ := strconv.Atoi(t.Text)
		if h < 1 || h > 12 {
			return s, i, false
		}
		j = i + 2
	default:
		return s, i, false
	}
	switch {
	case is(toks, j, "GMT", "UTC", "BST", "CET", "CEST", "EET", "EST", "EDT", "PST", "PDT", "ET", "PT", "CT", "MSK"):
		j++
	case is(toks, j, "local") && is(toks, j+1, "time"):
		j += 2
	}
	s.end = j
	return s, j, true
}

// tag finds the expressions of one sentence, unresolved.
func tag(toks []text.Token) []spec {
	var out []spec
	for i := 0; i < len(toks); {
		t := &toks[i]
		// Prefilter: an expression starts with a number, a capitalised word, or one of a
		// few lower-case words.
		if t.Kind == text.Punct || t.Kind == text.Word && t.Class&text.ClassKnown != 0 &&
			t.Class&(text.ClassTime|text.ClassMonth|text.ClassNumber) == 0 && !isOrdinalDay(t) {
			i++
			continue
		}
		if t.Class&text.ClassTimeWeak != 0 && !timeWordAt(toks, i+1) {
			i++
			continue
		}
		if (t.Kind == text.Number || t.Class&text.ClassNumber != 0) && !numberMayStart(toks, i) {
			i++
			continue // "28 points", "three officials": most numbers count things
		}
		if s, j, ok := match(toks, i); ok {
			out = append(out, s)
			i = j
			continue
		}
		i++
	}
	return out
}

// timeWordAt reports whether the token at i may go on a temporal expression begun by a
// weak word: a number, a month, a start word or a next word (classified tokens only).
func timeWordAt(toks []text.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := &toks[i]
	if t.Class&(text.ClassTimeWeak|text.ClassTimeNext) == text.ClassTimeWeak {
		return false // "in the ...": the tagger tries "the" next
	}
	return t.Kind == text.Number || t.Class&text.ClassKnown == 0 ||
		t.Class&(text.ClassTime|text.ClassMonth|text.ClassNumber|text.ClassTimeNext) != 0 || isOrdinalDay(t)
}

// numberMayStart reports whether the number at i may open a temporal expression: a year
// or a numeric date or time in digits, or a number followed by punctuation ("4-5 Dec.",
// "16:40"), a month, a unit of time, a clock word or a coordination. Only classified
// words are judged: an unclassified next word lets the matchers decide.
func numberMayStart(toks []text.Token, i int) bool {
	t := &toks[i]
	if t.Kind == text.Number && (len(t.Text) == 4 || strings.ContainsAny(t.Text, ".:/")) {
		return true
	}
	if i+1 >= len(toks) {
		return t.Kind == text.Number
	}
	n := &toks[i+1]
	if n.Kind != text.Word || n.Class&text.ClassKnown == 0 || n.Class&(text.ClassMonth|text.ClassTime|text.ClassTimeNext|text.ClassNumber) != 0 {
		return true
	}
	if len(n.Text) > 8 {
		return false
	}
	switch strings.ToLower(n.Text) {
	case "and", "or", "to", "through", "st", "nd", "rd", "th", "am", "pm", "a.m.", "p.m.", "o'clock", "hours", "hrs", "gmt", "utc", "local":
		return true
	}
	return false
}

// match tries every form at i, longest forms first.
func match(toks []text.Token, i int) (spec, int, bool) {
	t := &toks[i]
	// "between Dec. 2 and Dec. 4".
	if is(toks, i, "between") {
		if a, j, ok := dateAt(toks, i+1); ok && a.gran == GranDay && is(toks, j, "and") {
			if b, k, ok := dateAt(toks, j+1); ok && b.gran == GranDay {
				s := join(Range, a, b, k)
				s.start = i
				return s, k, true
			}
			if d, ok := dayAt(toks, j+1); ok && d > a.d {
				b := spec{kind: Absolute, gran: GranDay, y: a.y, m: a.m, d: d, weekday: -1}
				if valid(b) {
					s := join(Range, a, b, j+2)
					s.start = i
					return s, j + 2, true
				}
			}
		}
		return spec{}, i, false
	}
	// A weekday, alone, before a date ("Thursday, Dec. 4") or after one is handled by
	// the caller: "Monday and Tuesday" is a list.
	if wd, j, ok := weekdayAt(toks, i); ok {
		k := j
		if k < len(toks) && toks[k].Text == "," {
			k++
		}
		if s, e, ok := dateAt(toks, k); ok && s.gran == GranDay {
			s, e = rangeAfter(toks, s, e)
			s.weekday, s.start = wd, i
			return s, e, true
		}
		// "Friday (Oct. 4)".
		if s, e, ok := parenDate(toks, j); ok {
			s.weekday, s.start, s.end = wd, i, e
			return s, e, true
		}
		s := spec{kind: Weekday, gran: GranDay, weekday: wd, start: i, end: j}
		// "Monday and Tuesday".
		if is(toks, j, "and", "or") {
			// An abbreviation is read only before its date ("Monday and Fri 4 October"):
			// the date's own weekday, not the list's.
			if wd2, k, ok := weekdayAt(toks, j+1); ok && fullWeekday(&toks[j+1]) {
				s2 := spec{kind: Weekday, gran: GranDay, weekday: wd2, start: j + 1, end: k}
				return spec{kind: List, gran: GranDay, weekday: -1, start: i, end: k, parts: []spec{s, s2},
					ambiguous: is(toks, j, "or")}, k, true
			}
		}
		return s, j, true
	}
	// "last Friday", "next Wednesday", "this coming Tuesday".
	if is(toks, i, "last", "next", "this") {
		j := i + 1
		if is(toks, j, "coming") {
			j++
		}
		if wd, k, ok := weekdayAt(toks, j); ok {
			if _, _, isDate := dateAt(toks, k); !isDate {
				mod := lower(&toks[i])
				if mod == "this" && j > i+1 {
					mod = "next" // "this coming Tuesday"
				}
				return spec{kind: Weekday, gran: GranDay, weekday: wd, start: i, end: k, mod: mod}, k, true
			}
		}
	}
	if s, j, ok := vagueAt(toks, i); ok {
		return s, j, true
	}
	if s, j, ok := dayFirstRange(toks, i); ok {
		return s, j, true
	}
	if s, j, ok := dateAt(toks, i); ok {
		// "May" and "March" alone are words: dateAt needs a day or a year with them.
		s, j = rangeAfter(toks, s, j)
		// "Dec. 4 (Thursday)".
		if j+2 < len(toks) && toks[j].Text == "(" && toks[j+2].Text == ")" {
			if wd, _, ok := weekdayAt(toks, j+1); ok && s.gran == GranDay {
				s.weekday = wd
				j += 3
				s.end = j
			}
		}
		return s, j, true
	}
	if s, j, ok := clockAt(toks, i); ok {
		return s, j, true
	}
	if t.Kind == text.Word {
		if s, j, ok := relativeAt(toks, i); ok {
			return s, j, true
		}
		// "in November": a month alone after a preposition.
		if is(toks, i, "in", "since", "during", "until", "by", "from", "before", "after", "of") {
			if _, _, ok := dateAt(toks, i+1); ok {
				return spec{}, i, false // the date itself is read at the next token
			}
			if m, j := monthAt(toks, i+1); m > 0 && len(toks[i+1].Text) >= 3 && toks[i+1].Text != "May" && toks[i+1].Text != "March" {
				if _, ok := dayAt(toks, j); !ok {
					return spec{kind: Absolute, gran: GranMonth, m: m, weekday: -1, start: i + 1, end: j}, j, true
				}
			}
			if y, ok := yearAt(toks, i+1); ok && !(i+2 < len(toks) && toks[i+2].Kind == text.Word && isCountNoun(&toks[i+2])) {
				return spec{kind: Absolute, gran: GranYear, y: y, weekday: -1, start: i + 1, end: i + 2}, i + 2, true
			}
		}
	}
	return spec{}, i, false
}

// isCountNoun reports a lower-case word after a number that makes it a count, not a year
// ("in 2025 cases" is rare; "by 2025 votes" happens).
func isCountNoun(t *text.Token) bool {
	switch strings.ToLower(t.Text) {
	case "votes", "people", "cases", "points", "seats", "troops", "deaths", "members":
		return true
	}
	return false
}
