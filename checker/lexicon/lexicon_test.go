package lexicon

import (
	"strings"
	"testing"

	"factcheck/checker/text"
	"factcheck/rules"
)

func compileDefault(t *testing.T) *Lexicon {
	t.Helper()
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return Compile(set.Lexicon)
}

// TestTableAgreesWithMap: the fast table gives every word of the lexicon, in any case, the
// classes the map gives it, and words outside the lexicon none.
func TestTableAgreesWithMap(t *testing.T) {
	lx := compileDefault(t)
	if len(lx.classes) < 500 {
		t.Fatalf("only %d words in the default lexicon", len(lx.classes))
	}
	for w, want := range lx.classes {
		for _, form := range []string{w, strings.ToUpper(w), strings.Title(w)} {
			var buf [32]byte
			if got := lx.lookup(&buf, form); got != want {
				t.Errorf("lookup(%q) = %b, want %b", form, got, want)
			}
		}
	}
	for _, w := range []string{"", "zzzz", "the", "Kyiv's", "négociations", strings.Repeat("a", 40), "Zelenskyy"} {
		var buf [32]byte
		if got, want := lx.lookup(&buf, w), lx.classes[strings.ToLower(w)]; got != want {
			t.Errorf("lookup(%q) = %b, want %b", w, got, want)
		}
	}
}

// TestClassify: tokens get their classes, a possessive is classified as its word, and
// capitalisation is a class of its own.
func TestClassify(t *testing.T) {
	lx := compileDefault(t)
	tests := []struct {
		word string
		has  text.Class
		not  text.Class
	}{
		{"President", text.ClassTitle | text.ClassUpper, 0},
		{"president", text.ClassTitle, text.ClassUpper},
		{"December", text.ClassMonth | text.ClassUpper, 0},
		{"twenty", text.ClassNumber, text.ClassUpper},
		{"said", text.ClassSpeech, text.ClassUpper},
		{"Ukraine's", text.ClassPlace | text.ClassUpper, 0},
		{"Élodie", text.ClassUpper, 0},
		{"table", 0, text.ClassUpper | text.ClassTitle},
	}
	for _, tc := range tests {
		toks := text.Tokenize(tc.word, 0, len(tc.word))
		lx.Classify(toks)
		c := toks[0].Class
		if c&text.ClassKnown == 0 || c&tc.has != tc.has || c&tc.not != 0 {
			t.Errorf("%q: classes %b, want %b set and %b clear", tc.word, c, tc.has, tc.not)
		}
	}
}
