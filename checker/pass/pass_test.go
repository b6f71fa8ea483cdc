package pass

import (
	"strings"
	"testing"

	"factcheck/checker/article"
)

// TestCopyFlat: evidence keeps its bytes and offsets, with line breaks and tabs as spaces.
func TestCopyFlat(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain sentence.", "plain sentence."},
		{"wrapped\nline", "wrapped line"},
		{"crlf\r\nline\tand tab", "crlf  line and tab"},
		{"\n\n\t\r", "    "},
		{"é\n“q”", "é “q”"},
	}
	var a arena
	for _, tc := range tests {
		if got := a.copyFlat(tc.in); got != tc.want {
			t.Errorf("copyFlat(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestArena: strings cut from the arena stay intact as it fills and starts new blocks.
func TestArena(t *testing.T) {
	var a arena
	var got, want []string
	for i := 0; i < 5000; i++ {
		s := strings.Repeat(string(rune('a'+i%26)), i%97+1)
		got = append(got, a.copy(s))
		want = append(want, s)
	}
	big := strings.Repeat("x", 3*arenaBlock)
	got, want = append(got, a.copy(big)), append(want, big)
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("string %d changed: %.20q, want %.20q", i, got[i], want[i])
		}
	}
}

// TestIntern: equal strings share one copy; the copy does not alias its source.
func TestIntern(t *testing.T) {
	d := &Doc{}
	src := []byte("Zelensky Zelensky")
	a := d.Intern(string(src[:8]))
	b := d.Intern(string(src[9:]))
	if a != "Zelensky" || b != "Zelensky" || strings.Clone(a) != b {
		t.Fatalf("Intern gave %q and %q", a, b)
	}
	if d.Intern("") != "" {
		t.Error("Intern of the empty string")
	}
}

// TestEvidenceOfSeveralSentences: a claim whose evidence spans two sentences gets both,
// whether or not a claim of the first sentence alone came before it, and does not change
// the evidence of the first sentence's claims.
func TestEvidenceOfSeveralSentences(t *testing.T) {
	a, err := article.Parse("a.txt", []byte("First sentence here. Second one there."))
	if err != nil || len(a.Sentences) != 2 {
		t.Fatalf("parse: %v, %d sentences", err, len(a.Sentences))
	}
	one := a.Sentences[0]
	both := article.Sentence{Span: one.Span}
	both.End = a.Sentences[1].End
	for _, order := range [][]*article.Sentence{{&one, &both}, {&both, &one}} {
		d := &Doc{Article: a}
		var got [2]string
		for _, s := range order {
			c := d.Claim("x", s, s.Start, s.Start+5, "v")
			if s == &one {
				got[0] = c.Sentence
			} else {
				got[1] = c.Sentence
			}
		}
		if got[0] != "First sentence here." || got[1] != "First sentence here. Second one there." {
			t.Errorf("evidence %q and %q", got[0], got[1])
		}
	}
}
