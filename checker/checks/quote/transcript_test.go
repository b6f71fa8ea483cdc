package quote

import "testing"

// TestLabelOf: a paragraph opens with a speaker's label when up to four capitalised words
// and a colon come before words that are not a quotation or a time.
func TestLabelOf(t *testing.T) {
	for _, tc := range []struct {
		line, label, rest string
	}{
		{"Homendy: We will have a preliminary report within 30 days.", "Homendy", "We will have a preliminary report within 30 days."},
		{"Q: How long will it take?", "Q", "How long will it take?"},
		{"NTSB Chair Jennifer Homendy: We will be thorough.", "NTSB Chair Jennifer Homendy", "We will be thorough."},
		{"Dr. Ana Ruiz: The water is rising.", "Dr. Ana Ruiz", "The water is rising."},
		{"Chancellor Rachel Reeves: \"This is a Budget for growth.\"", "", ""}, // a quotation: read as one
		{"14:05 The vote is under way.", "", ""},                               // a time
		{"Key lines from the statement:", "", ""},                              // nothing after the colon
		{"the minister said: we will go", "", ""},                              // lower case
		{"One Two Three Four Five: too long a label", "", ""},
		{"Reporter:no space after the colon", "", ""},
		{":", "", ""},
		{"", "", ""},
	} {
		label, rest, ok := labelOf(tc.line)
		got := ""
		if ok {
			got = tc.line[rest:]
		}
		if label != tc.label || got != tc.rest || ok != (tc.label != "") {
			t.Errorf("labelOf(%q) = %q, %q, %v; want %q, %q", tc.line, label, got, ok, tc.label, tc.rest)
		}
	}
}

// FuzzLabelOf: any line splits without panicking, and what follows the label lies in it.
func FuzzLabelOf(f *testing.F) {
	f.Add("Homendy: We will have a preliminary report within 30 days.")
	f.Add("Q: ")
	f.Add("İ: x")
	f.Fuzz(func(t *testing.T, line string) {
		label, rest, ok := labelOf(line)
		if !ok {
			return
		}
		if rest <= len(label) || rest >= len(line) || line[:len(label)] != label {
			t.Fatalf("labelOf(%q) = %q, %d", line, label, rest)
		}
	})
}
