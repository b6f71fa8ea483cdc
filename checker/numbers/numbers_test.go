package numbers

import (
	"math"
	"strings"
	"testing"

	"factcheck/checker/text"
)

func read(s string) (Number, int) {
	toks := text.Tokenize(s, 0, len(s))
	return Read(toks, 0)
}

func TestRead(t *testing.T) {
	cases := []struct {
		in     string
		lo, hi float64
		n      int
	}{
		{"20 points", 20, 20, 1},
		{"2,000 troops", 2000, 2000, 1},
		{"1.5 million people", 1.5e6, 1.5e6, 2},
		{"5bn dollars", 5e9, 5e9, 1},
		{"5 m away", 5, 5, 1},
		{"ten representatives", 10, 10, 1},
		{"Ten people", 10, 10, 1},
		{"twenty-eight points", 28, 28, 3},
		{"twenty eight", 28, 28, 2},
		{"one hundred and five", 105, 105, 4},
		{"two million", 2e6, 2e6, 2},
		{"three thousand five hundred", 3500, 3500, 4},
		{"a dozen", 12, 12, 2},
		{"a hundred people", 100, 100, 2},
		{"dozens of people", 24, 144, 2},
		{"hundreds", 200, 999, 1},
		{"nineteen", 19, 19, 1},
		{"ninety-nine", 99, 99, 3},
		{"eleven twelve", 11, 11, 1},
	}
	for _, c := range cases {
		num, n := read(c.in)
		if n != c.n || num.Lo != c.lo || num.Hi != c.hi {
			t.Errorf("Read(%q) = %v,%v in %d tokens; want %v,%v in %d", c.in, num.Lo, num.Hi, n, c.lo, c.hi, c.n)
		}
	}
}

func TestReadNotNumbers(t *testing.T) {
	for _, in := range []string{"a plan", "dozen", "point", "1,00 bad", "and ten", "second meeting", "-5", "hundred"} {
		if _, n := read(in); n != 0 {
			t.Errorf("Read(%q) read a number in %d tokens", in, n)
		}
	}
}

func TestFormat(t *testing.T) {
	for v, want := range map[float64]string{20: "20", 2000: "2,000", 1.5: "1.5", 1234567: "1,234,567", -3000: "-3,000"} {
		if got := Format(v); got != want {
			t.Errorf("Format(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestShort(t *testing.T) {
	for v, want := range map[float64]string{1.5e6: "1.5 million", 2e6: "2 million", 3e9: "3 billion", 500000: "500,000", 1234567: "1,234,567", 1234567.5: "1234567.5"} {
		if got := Short(v); got != want {
			t.Errorf("Short(%v) = %q, want %q", v, got, want)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"20 points", "twenty-eight", "one hundred and five", "1,000.5 million", "dozens of", "a dozen", "9999999999999999999999 bn"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := text.Tokenize(s, 0, len(s))
		for i := range toks {
			num, n := Read(toks, i)
			if n < 0 || i+n > len(toks) {
				t.Fatalf("Read(%q, %d) used %d tokens of %d", s, i, n, len(toks))
			}
			if n > 0 && (math.IsNaN(num.Lo) || math.IsNaN(num.Hi) || num.Lo > num.Hi) {
				t.Fatalf("Read(%q, %d) = %+v", s, i, num)
			}
		}
	})
}

// TestPlainDigits: the fast reading of digits agrees with the general one wherever it
// answers, and answers for plain digits and well-grouped thousands.
func TestPlainDigits(t *testing.T) {
	for _, s := range []string{"0", "7", "19", "2025", "007", "1,234", "12,345,678", "999999999999999",
		"1,23", "1234,567", "1,2345", ",123", "123,", "1,,234", "1.5", "1,234.5", "12a", "", "1234567890123456", "9,999,999,999,999,999"} {
		fast, ok := plainDigits(s)
		general, gok := parseGrouped(s)
		if ok && (!gok || fast != general) {
			t.Errorf("plainDigits(%q) = %v; the general reading gives %v, %v", s, fast, general, gok)
		}
		// A leading comma the general reading takes ("," then "123") never starts a token.
		want := gok && !strings.ContainsAny(s, ".") && len(strings.ReplaceAll(s, ",", "")) <= 15 && s[0] != ','
		if ok != want {
			t.Errorf("plainDigits(%q) answers %v, want %v", s, ok, want)
		}
	}
}
