package gen

import (
	"strconv"
	"strings"
	"time"
)

var smallWords = [...]string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen",
}

var tensWords = [...]string{
	"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
}

var ordinalWords = [...]string{
	"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
	"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
	"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
}

// apMonths are month names in news-agency abbreviation style.
var apMonths = [...]string{
	"Jan.", "Feb.", "March", "April", "May", "June",
	"July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
}

// spell returns n in English words for 0 <= n < 1000, or digits otherwise.
func spell(n int) string {
	switch {
	case n < 0 || n >= 1000:
		return strconv.Itoa(n)
	case n < 20:
		return smallWords[n]
	case n < 100:
		if n%10 == 0 {
			return tensWords[n/10]
		}
		return tensWords[n/10] + "-" + smallWords[n%10]
	}
	s := smallWords[n/100] + " hundred"
	if n%100 != 0 {
		s += " " + spell(n%100)
	}
	return s
}

// commas returns n in digits with comma thousands separators.
func commas(n int) string {
	s := strconv.Itoa(n)
	if n < 0 || len(s) <= 3 {
		return s
	}
	var b strings.Builder
	head := len(s) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(s[:head])
	for i := head; i < len(s); i += 3 {
		b.WriteByte(',')
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// ordinalSuffix returns "st", "nd", "rd" or "th" for n.
func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// withArticle prefixes s with "a" or "an" according to how it is read aloud.
func withArticle(s string) string {
	if s == "" {
		return s
	}
	switch c := s[0]; {
	case strings.IndexByte("aeiouAEIOU8", c) >= 0:
		return "an " + s
	case strings.HasPrefix(s, "11") || strings.HasPrefix(s, "18"):
		if len(s) == 2 || s[2] < '0' || s[2] > '9' {
			return "an " + s
		}
	}
	return "a " + s
}

// numDateForms is the number of layouts known to dateForm.
const numDateForms = 11

// dateForm renders t in one of numDateForms common news layouts.
func dateForm(t time.Time, form int, space string) string {
	day := strconv.Itoa(t.Day())
	month := t.Month().String()
	year := strconv.Itoa(t.Year())
	switch form {
	case 0:
		return apMonths[t.Month()-1] + space + day // Dec. 4
	case 1:
		return month[:3] + " " + day // Dec 4
	case 2:
		return day + space + month + " " + year // 4 December 2025
	case 3:
		return month + " " + day + ", " + year // December 4, 2025
	case 4:
		return t.Weekday().String() + ", " + month[:3] + " " + day + " " + year
	case 5:
		return t.Weekday().String() + " (" + apMonths[t.Month()-1] + " " + day + ")"
	case 6:
		return month + " " + day // December 4
	case 7:
		return t.Format("2006-01-02")
	case 8:
		return day + " " + month[:3] // 4 Dec
	case 9:
		return t.Weekday().String()
	default:
		return month + " " + day + ordinalSuffix(t.Day()) // December 4th
	}
}

// slug turns a headline into a short lowercase ASCII file-name fragment.
func slug(s string, max int) string {
	b := make([]byte, 0, max)
	dash := false
	for _, r := range strings.ToLower(s) {
		if len(b) >= max {
			break
		}
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b = append(b, byte(r))
			dash = false
		case !dash && len(b) > 0:
			b = append(b, '-')
			dash = true
		}
	}
	return strings.TrimRight(string(b), "-")
}

// yamlQuote returns s as a double-quoted YAML scalar.
func yamlQuote(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}
