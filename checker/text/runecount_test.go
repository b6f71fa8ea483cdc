package text

import (
	"testing"
	"unicode/utf8"
)

// TestRuneCount: RuneCount agrees with utf8.RuneCountInString on ASCII runs of every
// length around the eight-byte step, on multi-byte characters at every alignment, and on
// invalid bytes.
func TestRuneCount(t *testing.T) {
	cases := []string{
		"", "a", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnopq",
		"Zelens\u2019kyi", "\u00e9abcdefgh", "abcdefg\u00e9", "abcdefgh\u201cijklmnop\u201d",
		"\u4e16\u754c\u4e16\u754c\u4e16\u754c", "\U0001F600 emoji after eight", "\xff\xfeabcdefgh\x80",
		"abc\xe2\x80", // a truncated character at the end
	}
	for _, s := range cases {
		for i := 0; i <= len(s); i++ { // every start: the eight-byte step at every alignment
			if got, want := RuneCount(s[i:]), utf8.RuneCountInString(s[i:]); got != want {
				t.Errorf("RuneCount(%q) = %d, want %d", s[i:], got, want)
			}
		}
	}
}

func FuzzRuneCount(f *testing.F) {
	for _, s := range []string{"abcdefghij", "caf\u00e9 na\u00efve \u2014 ok", "\xff\x80abcdefgh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("RuneCount(%q) = %d, want %d", s, got, want)
		}
	})
}
