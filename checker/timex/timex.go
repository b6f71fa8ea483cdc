// Package timex tags and resolves the temporal expressions of news text: explicit dates in
// their many written forms, ranges and coordinations, weekdays, relative and vague
// expressions ("the next day", "earlier that week", "mid-November"). Every value is an
// interval of calendar days with a granularity, never a bare point: "early 2025" is the
// first third of 2025, "Dec. 4-5" two days, "Thursday" one day once it is resolved.
//
// Tagging is lexical and per sentence; resolution walks an article's sentences in order,
// anchoring each relative expression on the nearest explicit date in scope (the date of a
// timeline bullet, of an earlier sentence of the paragraph) or else on the publication
// date. An expression that counts forward from a day of the story ("the following day",
// "two days later") is left unresolved when only the publication date is there to count
// from and its sentence does not read future: it would put the event after the article. The Go date libraries were measured on this kind of text first (olebedev/when,
// go-dateparser): under 60% right, no ranges, no vague periods, weekdays always forward,
// years dropped; hence this small rule-based tagger.
package timex

import (
	"strconv"
	"time"
)

// Day is a calendar day: days since 1970-01-01. The zero Day is 1970-01-01; use the
// Resolved flag of an Expr to tell a missing value.
type Day int32

// DayOf returns the Day of a calendar date.
func DayOf(year, month, day int) Day {
	return Day(time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// ParseDay parses YYYY-MM-DD. It reads the digits itself (time.Parse took a tenth of the
// date pass, called once per article).
func ParseDay(s string) (Day, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	num := func(t string) (int, bool) {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return 0, false
			}
			n = n*10 + int(t[i]-'0')
		}
		return n, true
	}
	y, ok1 := num(s[:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	return DayOf(y, m, d), true
}

// Time returns the day as a time at midnight UTC.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// Date returns the year, month and day of d.
func (d Day) Date() (year, month, day int) {
	y, m, dd := d.Time().Date()
	return y, int(m), dd
}

// Weekday returns the day of the week of d.
func (d Day) Weekday() time.Weekday { return time.Weekday((int(d)%7 + 7 + 4) % 7) }

// String formats d as YYYY-MM-DD.
func (d Day) String() string {
	y, m, dd := d.Date()
	return strconv.Itoa(y) + "-" + pad2(m) + "-" + pad2(dd)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// Interval is a closed interval of days: From and To are both included.
type Interval struct{ From, To Day }

// String formats the interval as one day or as "FROM..TO".
func (iv Interval) String() string {
	if iv.From == iv.To {
		return iv.From.String()
	}
	return iv.From.String() + ".." + iv.To.String()
}

// Overlaps reports whether two intervals share a day.
func (iv Interval) Overlaps(o Interval) bool { return iv.From <= o.To && o.From <= iv.To }

// Contains reports whether o lies within iv.
func (iv Interval) Contains(o Interval) bool { return iv.From <= o.From && o.To <= iv.To }

// Days returns the number of days of the interval.
func (iv Interval) Days() int { return int(iv.To-iv.From) + 1 }

// Gran is the granularity an expression is written at.
type Gran uint8

// Granularities, finest first.
const (
	GranNone Gran = iota
	GranTime      // a time of day ("16:40 GMT"); the value is its day
	GranDay
	GranWeek
	GranMonth
	GranSeason // part of a month or year: "mid-November", "early 2025"
	GranYear
)

var granNames = [...]string{"", "time", "day", "week", "month", "part", "year"}

func (g Gran) String() string {
	if int(g) < len(granNames) {
		return granNames[g]
	}
	return "?"
}

// Kind is the form of an expression.
type Kind uint8

// Kinds of expressions.
const (
	// Absolute names a calendar date, month or year ("Dec. 4", "4 December 2025",
	// "November 2025", "2025-12-05").
	Absolute Kind = iota + 1
	// Range is a span written with two ends ("Dec. 4-5", "between Dec. 2 and Dec. 4").
	Range
	// List is a coordination of dates or weekdays ("Nov. 30 and Dec. 1", "March 3 and 4",
	// "Monday and Tuesday"); Parts holds each member. A List joined by "or" ("March 3 or
	// 4") is ambiguous.
	List
	// Weekday is a day of the week resolved against its anchor ("on Tuesday").
	Weekday
	// Relative is counted from its anchor ("the next day", "two days earlier",
	// "yesterday", "later this week", "the past three days").
	Relative
	// Vague is a part of a period ("early 2025", "mid-November", "earlier this year").
	Vague
	// Clock is a time of day ("16:40 GMT", "8pm local time").
	Clock
)

var kindNames = [...]string{"", "absolute", "range", "list", "weekday", "relative", "vague", "time"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "?"
}

// Expr is one temporal expression of a text.
type Expr struct {
	// Start and End are byte offsets of the expression in the (folded) text it was found
	// in; Text is the expression as written there.
	Start, End int
	Text       string
	Kind       Kind
	Gran       Gran
	// Value is the interval the expression denotes, when Resolved.
	Value    Interval
	Resolved bool
	// Parts are the members of a List, each resolved like Value.
	Parts []Interval
	// Weekday is the day of the week the text names (a weekday expression, or "Thursday,
	// Dec. 4"), or -1.
	Weekday time.Weekday
	// Ambiguous marks a value the text does not settle: a numeric date that reads both
	// day-first and month-first ("06.12.2025"), a future weekday that is also the
	// anchor's own ("on Monday", said on a Monday: that day or the next week's), or a
	// List of alternatives ("March 3 or 4": one of its days, the value spans both).
	Ambiguous bool
	// Anchor is the day the expression was resolved against, for relative, weekday and
	// year-less expressions.
	Anchor Day
}

// NearestYear returns the day of month m, day d in the year (of the one before, near's or
// the one after) that puts it nearest near; false when no such day exists (29 February of
// common years).
func NearestYear(m, d int, near Day) (Day, bool) {
	py, _, _ := near.Date()
	best, bestDist := Day(0), -1
	for _, y := range []int{py - 1, py, py + 1} {
		c := DayOf(y, m, d)
		if _, cm, cd := c.Date(); cm != m || cd != d {
			continue
		}
		dist := int(c - near)
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best, bestDist >= 0
}
