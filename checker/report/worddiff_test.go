package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"factcheck/checker/claim"
	"factcheck/checker/finding"
)

// render writes a diff with git's word-diff markers, for comparing with expectations.
func render(es []Edit) string {
	return Style{}.diffLine(es)
}

func TestWordDiff(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"Our shared priority is to stop the killing", "Our common priority is to stop the killings",
			"Our [-shared-] {+common+} priority is to stop the [-killing-] {+killings+}"},
		// Case and punctuation do not make a word another word; the first text's is shown.
		{"We will, we must.", "we will we must", "We will, we must."},
		{"sovereign, independent and prosperous", "It is about sovereign, independent and prosperous",
			"{+It is about+} sovereign, independent and prosperous"},
		{"stop the war now", "stop the war", "stop the war [-now-]"},
		// A curly apostrophe is a straight one.
		{"it isn\u2019t over", "it isn't over", "it isn\u2019t over"},
		{"", "new words", "{+new words+}"},
		{"old words", "", "[-old words-]"},
		{"", "", ""},
		// A long run of shared words is cut to its ends.
		{"one two three four five six seven eight nine ten eleven end", "begin one two three four five six seven eight nine ten eleven",
			"{+begin+} one two three four ... eight nine ten eleven [-end-]"},
	} {
		if got := render(WordDiff(tc.a, tc.b)); got != tc.want {
			t.Errorf("WordDiff(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestOverlap: words before or after the other quote are no change of wording; a diff
// with no change between them stays whole.
func TestOverlap(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"But we need to make sure inflation stays low, and be careful not to cut interest rates too quickly or by too much.",
			"be careful not to cut rates too fast or by too much",
			"... be careful not to cut [-interest-] rates too [-quickly-] {+fast+} or by too much."},
		{"At best, there is only mixed evidence that inflation persistence has been defeated.",
			"only mixed evidence that inflation persistence has been beaten",
			"... only mixed evidence that inflation persistence has been [-defeated.-] {+beaten+}"},
		{"stop the war now and for good", "stop the fighting now",
			"stop the [-war-] {+fighting+} now ..."},
		// Each has words the other lacks at opposite ends: they overlap, neither is cut.
		{"I can't believe it, we had to defend so much", "To be honest I can't really believe it.",
			"{+To be honest+} I can't {+really+} believe it, [-we had to defend so much-]"},
		// Two words at an end are how the sentence ends, not a cut.
		{"and long-term prosperity.", "and long-term prosperity of Ukraine", "and long-term prosperity. {+of Ukraine+}"},
		// A substitution at either end is a change, not a cut.
		{"Our shared priority", "Their shared priority", "[-Our-] {+Their+} shared priority"},
		// Nothing changes between the ends: the whole diff.
		{"sovereign, independent and prosperous", "It is about sovereign, independent and prosperous",
			"{+It is about+} sovereign, independent and prosperous"},
	} {
		if got := render(Overlap(WordDiff(tc.a, tc.b))); got != tc.want {
			t.Errorf("Overlap(WordDiff(%q, %q)) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

// FuzzWordDiff: the shared and removed words are the first text's words in order, and the
// shared and added words match the second text's, word for word.
func FuzzWordDiff(f *testing.F) {
	f.Add("Our shared priority is to stop the killing", "Our common priority is to stop the killings")
	f.Add("a a a b", "b a a a")
	f.Add("“Yes,” — no", "yes no —")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		var fromA, fromB []string
		for _, e := range WordDiff(a, b) {
			if len(e.Words) == 0 {
				t.Fatalf("empty edit %q", e.Op)
			}
			switch e.Op {
			case '=':
				fromA = append(fromA, e.Words...)
				for _, w := range e.Words {
					fromB = append(fromB, wordKey(w))
				}
			case '-':
				fromA = append(fromA, e.Words...)
			case '+':
				for _, w := range e.Words {
					fromB = append(fromB, wordKey(w))
				}
			default:
				t.Fatalf("unknown op %q", e.Op)
			}
		}
		if got, want := strings.Join(fromA, " "), strings.Join(strings.Fields(a), " "); got != want {
			t.Fatalf("first text from the diff %q, want %q", got, want)
		}
		var wantB []string
		for _, w := range strings.Fields(b) {
			wantB = append(wantB, wordKey(w))
		}
		if got, want := strings.Join(fromB, " "), strings.Join(wantB, " "); got != want {
			t.Fatalf("second text from the diff %q, want %q", got, want)
		}
	})
}

// TestWordingsPair: the word diff sets against each other the two quotes the finding's
// message names, not merely its first two wordings.
func TestWordingsPair(t *testing.T) {
	q := func(text string) *claim.Claim {
		return &claim.Claim{Text: text, Quote: &claim.Quote{Text: text, Match: text}}
	}
	f := &finding.Finding{Class: "quote-wording", Claims: []*claim.Claim{q("one statement"), q("another statement"), q("one statement changed")}}
	if a, b, ok := wordings(f); !ok || a.Text != "one statement" || b.Text != "another statement" {
		t.Fatalf("without a pair: %v %v %v", a, b, ok)
	}
	f.Pair = [2]int{0, 2}
	if a, b, ok := wordings(f); !ok || a.Text != "one statement" || b.Text != "one statement changed" {
		t.Fatalf("with the pair 0, 2: %v %v %v", a, b, ok)
	}
	f.Pair = [2]int{0, 7} // out of range: the first two wordings
	if a, b, ok := wordings(f); !ok || b.Text != "another statement" {
		t.Fatalf("with a bad pair: %v %v %v", a, b, ok)
	}
}
