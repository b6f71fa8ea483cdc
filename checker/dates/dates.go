// Package dates finds explicit calendar dates in tokens: "Dec. 4", "December 4, 2025",
// "4 December 2025", "Dec 4 2025", "2025-12-05". It is the seed of the date tagger; today it
// serves publication-date inference.
package dates

import (
	"strconv"
	"time"

	"factcheck/checker/text"
)

// Date is a calendar date found in text. Year is 0 when the text gives none.
type Date struct {
	Year, Month, Day int
	// Start and End are the folded offsets of the expression.
	Start, End int
}

// Resolve returns the date with year y when it has none.
func (d Date) Resolve(y int) Date {
	if d.Year == 0 {
		d.Year = y
	}
	return d
}

// Valid reports whether the date exists in the calendar (a year-less date is checked in a
// leap year).
func (d Date) Valid() bool {
	y := d.Year
	if y == 0 {
		y = 2024
	}
	if d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= time.Date(y, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// String formats the date as YYYY-MM-DD, or --MM-DD without a year.
func (d Date) String() string {
	if d.Year == 0 {
		return "--" + two(d.Month) + "-" + two(d.Day)
	}
	return strconv.Itoa(d.Year) + "-" + two(d.Month) + "-" + two(d.Day)
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// Months maps month names and abbreviations (lower case) to their numbers.
var Months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// Month returns the month a token names, or 0. "May" and "March" count only when
// capitalised; abbreviations count when capitalised.
func Month(t text.Token) int {
	if t.Kind != text.Word || len(t.Text) < 3 || len(t.Text) > 9 || t.Text[0] < 'A' || t.Text[0] > 'Z' {
		return 0
	}
	if t.Is(text.ClassKnown) && !t.Is(text.ClassMonth) {
		return 0 // classified, and no month
	}
	var buf [32]byte
	return Months[string(text.LowerASCII(&buf, t.Text))]
}

// Find returns the explicit dates in toks.
func Find(toks []text.Token) []Date {
	var out []Date
	for i := 0; i < len(toks); i++ {
		// A date starts with a number or a month name: other tokens are skipped on their
		// kind and classes alone.
		if t := &toks[i]; t.Kind == text.Punct || t.Kind == text.Word && t.Class&text.ClassKnown != 0 && t.Class&text.ClassMonth == 0 {
			continue
		}
		// A number starts a date only before a month ("4 December") or as an ISO year
		// ("2025-12-05"): when the next word is classified, that is a bit test.
		if t := &toks[i]; t.Kind == text.Number && i+1 < len(toks) {
			if n := &toks[i+1]; n.Kind == text.Word && n.Class&text.ClassKnown != 0 && n.Class&text.ClassMonth == 0 {
				continue
			}
			if n := &toks[i+1]; n.Kind != text.Word && !(len(t.Text) == 4 && n.Text == "-") {
				continue
			}
		}
		if d, n := at(toks, i); n > 0 {
			out = append(out, d)
			i += n - 1
		}
	}
	return out
}

func at(toks []text.Token, i int) (Date, int) {
	t := toks[i]
	if m := Month(t); m > 0 {
		j := i + 1
		if j < len(toks) && toks[j].Text == "." && !toks[j].Space {
			j++
		}
		day, ok := dayAt(toks, j)
		if !ok {
			return Date{}, 0
		}
		d := Date{Month: m, Day: day, Start: t.Start, End: toks[j].End}
		j++
		k := j
		if k < len(toks) && toks[k].Text == "," {
			k++
		}
		if y, ok := yearAt(toks, k); ok {
			d.Year, d.End, j = y, toks[k].End, k+1
		}
		if !d.Valid() {
			return Date{}, 0
		}
		return d, j - i
	}
	if t.Kind == text.Number {
		// ISO 2025-12-05
		if len(t.Text) == 4 && i+4 < len(toks) && toks[i+1].Text == "-" && toks[i+3].Text == "-" &&
			!toks[i+1].Space && !toks[i+2].Space && !toks[i+3].Space && !toks[i+4].Space &&
			toks[i+2].Kind == text.Number && toks[i+4].Kind == text.Number {
			y, _ := strconv.Atoi(t.Text)
			m, _ := strconv.Atoi(toks[i+2].Text)
			dd, _ := strconv.Atoi(toks[i+4].Text)
			d := Date{Year: y, Month: m, Day: dd, Start: t.Start, End: toks[i+4].End}
			if len(toks[i+2].Text) == 2 && len(toks[i+4].Text) == 2 && d.Valid() {
				return d, 5
			}
			return Date{}, 0
		}
		// 4 December 2025
		if day, ok := dayAt(toks, i); ok && i+1 < len(toks) {
			if m := Month(toks[i+1]); m > 0 && len(toks[i+1].Text) > 2 {
				d := Date{Month: m, Day: day, Start: t.Start, End: toks[i+1].End}
				n := 2
				if y, ok := yearAt(toks, i+2); ok {
					d.Year, d.End, n = y, toks[i+2].End, 3
				}
				if d.Valid() {
					return d, n
				}
			}
		}
	}
	return Date{}, 0
}

func dayAt(toks []text.Token, i int) (int, bool) {
	if i >= len(toks) || toks[i].Kind != text.Number || len(toks[i].Text) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(toks[i].Text)
	return d, err == nil && d >= 1 && d <= 31
}

func yearAt(toks []text.Token, i int) (int, bool) {
	if i >= len(toks) {
		return 0, false
	}
	y := Year(toks[i])
	return y, y != 0
}

// Year returns the year a token writes (1900 to 2199), or 0.
func Year(t text.Token) int {
	if t.Kind != text.Number || len(t.Text) != 4 || t.Text[0] != '1' && t.Text[0] != '2' {
		return 0
	}
	y, err := strconv.Atoi(t.Text)
	if err != nil || y < 1900 || y > 2199 {
		return 0
	}
	return y
}
