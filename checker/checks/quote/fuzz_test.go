package quote_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"factcheck/checker"
	"factcheck/rules"
)

// FuzzExtract runs the whole rule set over two articles of any text, through the quote
// rules' example corpus: quotes, transcripts, lead-ins and attribution never panic, and
// every claim of every quote finding lies inside its article.
func FuzzExtract(f *testing.F) {
	set, err := rules.Default()
	if err != nil {
		f.Fatal(err)
	}
	var rule *rules.Rule
	for _, r := range set.Rules {
		if r.ID == "quote-wording" {
			rule = r
		}
	}
	if rule == nil {
		f.Fatal("no quote-wording rule")
	}
	f.Add("Q: How long?\n\nHomendy: We will have a report within 30 days.\n", "\"We will have a report within 60 days,\" Jennifer Homendy said.")
	f.Add("Bailey said in a statement:\n- \"We can cut rates now.\"\n- 'Inflation is low.'", "Dean Henderson, 28, won. \"I knew it,\" the 28-year-old said.")
	f.Add("\"Para one.\n\"Para two,\" Ana Ruiz said.", "A:\nQ:\n:\n- \"")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return // the reader rejects such files before any rule sees them
		}
		r := *rule
		r.Example = []rules.ExampleArticle{{File: "a.txt", Text: a}, {File: "b.txt", Text: b}}
		res, err := checker.RunExample(set, &r)
		if err != nil {
			return // an article that is no article (binary, empty) is an input error
		}
		for _, fd := range res.Findings {
			for _, c := range fd.Claims {
				text := a
				if c.Path == "b.txt" {
					text = b
				}
				if c.Line < 1 || int(c.Line) > strings.Count(text, "\n")+1 || c.Text == "" {
					t.Fatalf("claim %+v outside its article", c)
				}
			}
		}
	})
}
