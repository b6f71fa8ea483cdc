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

// TestTableAgreesWithMap: the fast tables give every word of the lexicon, in any case, the
// classes the map gives it (the lower-case table its lower-case classes), and words
// outside the lexicon none.
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
			if got := lx.lowerLookup(&buf, form); got != want&lowerClasses {
				t.Errorf("lowerLookup(%q) = %b, want %b", form, got, want&lowerClasses)
			}
		}
	}
	for _, w := range []string{"", "zzzz", "the", "Kyiv's", "négociations", strings.Repeat("a", 40), "Zelenskyy"} {
		var buf [32]byte
		if got, want := lx.lookup(&buf, w), lx.classes[strings.ToLower(w)]; got != want {
			t.Errorf("lookup(%q) = %b, want %b", w, got, want)
		}
		if got, want := lx.lowerLookup(&buf, w), lx.classes[strings.ToLower(w)]&lowerClasses; got != want {
			t.Errorf("lowerLookup(%q) = %b, want %b", w, got, want)
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

// TestClassifyShortWords: words of one to three letters, read from Lexicon.short, get the
// classes the map gives them, in every case, and lower-case ones only their lower-case
// classes.
func TestClassifyShortWords(t *testing.T) {
	lx := compileDefault(t)
	words := []string{"a", "an", "the", "in", "of", "by", "one", "two", "ten", "mon", "dec", "Dec", "US", "zzz", "x", "Q", "uS"}
	for w := range lx.classes {
		if len(w) <= 3 {
			words = append(words, w, strings.ToUpper(w), strings.Title(w))
		}
	}
	for _, w := range words {
		toks := text.Tokenize(w, 0, len(w))
		if len(toks) != 1 || toks[0].Kind != text.Word {
			continue
		}
		lx.Classify(toks)
		want := lx.classes[strings.ToLower(w)] | text.ClassKnown | text.UpperClass(w)
		if c := w[0]; c >= 'a' && c <= 'z' {
			want = lx.classes[strings.ToLower(w)]&lowerClasses | text.ClassKnown
		}
		if toks[0].Class != want {
			t.Errorf("%q: classes %b, want %b", w, toks[0].Class, want)
		}
	}
}
