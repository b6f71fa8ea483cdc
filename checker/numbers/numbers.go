// Package numbers reads numbers written in digits or English words from tokens: "20",
// "2,000", "1.5 million", "ten", "twenty-eight", "one hundred and five", "a dozen", "dozens".
package numbers

import (
	"math"
	"strconv"
	"strings"

	"factcheck/checker/text"
)

// Number is a number read from text. Exact numbers have Lo == Hi; vague ones ("dozens",
// "hundreds of") are ranges.
type Number struct {
	Lo, Hi float64
	// Words reports whether the number was written in words.
	Words bool
}

var units = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mn": 1e6, "bn": 1e9, "m": 1e6, "k": 1e3,
}

// vague are plural scale words that stand for a range: "dozens", "hundreds".
var vague = map[string][2]float64{
	"dozens": {24, 144}, "scores": {40, 200}, "hundreds": {200, 999}, "thousands": {2000, 9999},
	"millions": {2e6, 999e6}, "billions": {2e9, 999e9},
}

// Words returns the words that may start a number written in words.
func Words() []string {
	var out []string
	for _, set := range []map[string]float64{units, tens} {
		for w := range set {
			out = append(out, w)
		}
	}
	for w := range vague {
		out = append(out, w)
	}
	return append(out, "a")
}

// canon maps every number word to itself, so that a lower-cased lookup needs no allocation.
var canon = func() map[string]string {
	m := map[string]string{"a": "a", "dozen": "dozen", "of": "of", "and": "and"}
	for _, set := range []map[string]float64{units, tens, scales} {
		for w := range set {
			m[w] = w
		}
	}
	for w := range vague {
		m[w] = w
	}
	return m
}()

// scaleStart holds the first letters of scale words, in lower case.
var scaleStart = func() (m [256]bool) {
	for w := range scales {
		m[w[0]] = true
	}
	return m
}()

// mayStart holds the first letters of number words: a quick rejection for other words.
var mayStart = func() (m [256]bool) {
	for _, set := range []map[string]float64{units, tens, scales} {
		for w := range set {
			m[w[0]] = true
		}
	}
	for w := range vague {
		m[w[0]] = true
	}
	m['a'] = true
	for c := '0'; c <= '9'; c++ {
		m[c] = true
	}
	return m
}()

// Read reads a number starting at toks[i]. It returns the number and how many tokens it
// used, or n == 0 when no number starts there.
func Read(toks []text.Token, i int) (num Number, n int) {
	if i < 0 || i >= len(toks) {
		return Number{}, 0
	}
	t := toks[i]
	if t.Kind == text.Punct {
		return Number{}, 0
	}
	if t.Kind == text.Number {
		v, ok := parseDigits(t.Text)
		if !ok {
			return Number{}, 0
		}
		n = 1
		if s, ok := scaleAt(toks, i+1); ok && toks[i+1].Space {
			v *= s
			n++
		}
		return exact(v, false), n
	}
	var buf [32]byte
	lb := text.LowerASCII(&buf, t.Text)
	if t.Kind == text.Word && !mayStart[lb[0]] {
		return Number{}, 0
	}
	low, known := canon[string(lb)]
	if !known {
		if t.Kind == text.Word && (lb[0] < '0' || lb[0] > '9') {
			return Number{}, 0
		}
		low = string(lb)
	}
	switch {
	case t.Kind == text.Word && low[0] >= '0' && low[0] <= '9':
		// "5bn", "2m", "10k": digits glued to a scale.
		k := strings.IndexFunc(low, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
		s, ok := scales[low[k:]]
		v, ok2 := parseDigits(low[:k])
		if !ok || !ok2 || s < 1e3 {
			return Number{}, 0
		}
		return exact(v*s, false), 1
	case low == "a":
		// "a dozen", "a hundred", "a million"
		if i+1 < len(toks) && toks[i+1].Space {
			next := strings.ToLower(toks[i+1].Text)
			if next == "dozen" {
				return exact(12, true), 2
			}
			if s, ok := scales[next]; ok && s >= 100 && len(next) > 2 {
				return exact(s, true), 2
			}
		}
		return Number{}, 0
	case low == "dozen":
		return Number{}, 0
	}
	if r, ok := vague[low]; ok {
		n = 1
		if i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "of") {
			n = 2
		}
		return Number{Lo: r[0], Hi: r[1], Words: true}, n
	}
	return readWords(toks, i)
}

// readWords reads a number in words: "twenty-eight", "one hundred and five", "two million".
func readWords(toks []text.Token, i int) (Number, int) {
	total, group := 0.0, 0.0
	n, used := 0, false
	lastWasAnd := false
	for j := i; j < len(toks); j++ {
		t := toks[j]
		if t.Kind != text.Word {
			if t.Text == "-" && !t.Space && used && j+1 < len(toks) && !toks[j+1].Space {
				if _, ok := units[strings.ToLower(toks[j+1].Text)]; ok {
					continue
				}
			}
			break
		}
		var buf [32]byte
		low, ok := canon[string(text.LowerASCII(&buf, t.Text))]
		if !ok {
			break
		}
		if low == "and" && used && !lastWasAnd {
			lastWasAnd = true
			continue
		}
		if u, ok := units[low]; ok {
			if r := math.Mod(group, 100); math.Mod(r, 10) != 0 || r >= 10 && r < 20 {
				break // "twenty-eight nine", "eleven twelve"
			}
			group += u
		} else if tv, ok := tens[low]; ok {
			if math.Mod(group, 100) != 0 {
				break
			}
			group += tv
		} else if s, ok := scales[low]; ok && len(low) > 2 && used {
			if s == 100 {
				group *= 100
			} else {
				total += group * s
				group = 0
			}
		} else {
			break
		}
		used = true
		lastWasAnd = false
		n = j - i + 1
	}
	if !used {
		return Number{}, 0
	}
	return exact(total+group, true), n
}

func scaleAt(toks []text.Token, i int) (float64, bool) {
	if i >= len(toks) || toks[i].Kind != text.Word || !scaleStart[toks[i].Text[0]|0x20] {
		return 0, false
	}
	var buf [32]byte
	low, known := canon[string(text.LowerASCII(&buf, toks[i].Text))]
	if !known {
		return 0, false
	}
	s, ok := scales[low]
	if !ok || s < 1e3 && low != "hundred" {
		return 0, false
	}
	if len(low) <= 2 && toks[i].Space {
		return 0, false // "5 m" is a distance; only "5m", "5bn" glued are scales
	}
	return s, true
}

// parseDigits parses "2,000", "1.5", "20". Thousands separators must group by three.
func parseDigits(s string) (float64, bool) {
	if v, ok := plainDigits(s); ok {
		return v, true
	}
	return parseGrouped(s)
}

// parseGrouped reads any number parseDigits accepts: digits with thousands separators and
// a decimal part.
func parseGrouped(s string) (float64, bool) {
	if strings.Contains(s, ",") {
		parts := strings.Split(s, ",")
		for k, p := range parts {
			if k > 0 && len(p) != 3 && !(k == len(parts)-1 && strings.Contains(p, ".") && strings.Index(p, ".") == 3) {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// plainDigits reads s when it is digits alone, or digits in groups of three after commas
// ("1,234,567"), of at most 15 digits (exact in a float64): most numbers of news text,
// read without strconv.ParseFloat and without the copy that removes the commas.
func plainDigits(s string) (float64, bool) {
	if len(s) == 0 || len(s) > 20 || s[0] == ',' {
		return 0, false
	}
	var v uint64
	digits, group := 0, -1 // group: digits since the last comma, -1 before any
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			v = v*10 + uint64(c-'0')
			digits++
			if group >= 0 {
				group++
			}
		case c == ',' && (group < 0 || group == 3):
			group = 0
		default:
			return 0, false
		}
	}
	if group >= 0 && group != 3 || digits > 15 {
		return 0, false
	}
	return float64(v), true
}

func exact(v float64, words bool) Number { return Number{Lo: v, Hi: v, Words: words} }

// Format writes v without a fractional part when it has none, with thousands separators.
func Format(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return "?"
	}
	if v != math.Trunc(v) || math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatInt(int64(v), 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for k, c := range s {
		if k > 0 && (len(s)-k)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// Short writes large round values with a scale word: 1500000 is "1.5 million", 2e9 is
// "2 billion"; others as Format does.
func Short(v float64) string {
	for _, sc := range []struct {
		word  string
		value float64
	}{{"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}} {
		if math.Abs(v) >= sc.value {
			q := v / sc.value
			if math.Abs(q*1000-math.Round(q*1000)) < 1e-6 {
				return strconv.FormatFloat(math.Round(q*1000)/1000, 'f', -1, 64) + " " + sc.word
			}
		}
	}
	return Format(v)
}
