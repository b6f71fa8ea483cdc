package dates

import (
	"strings"
	"testing"

	"factcheck/checker/text"
)

func TestFind(t *testing.T) {
	cases := []struct{ in, want string }{
		{"talks on Dec. 4 in Miami", "--12-04"},
		{"On Thursday, Dec 4 2025, the envoy", "2025-12-04"},
		{"London, UK, December 1, 2025", "2025-12-01"},
		{"concluded on 30 November, with", "--11-30"},
		{"the 23 November talks", "--11-23"},
		{"published 2025-12-05 at noon", "2025-12-05"},
		{"on Nov. 30 and Dec. 1", "--11-30 --12-01"},
		{"4 December 2025", "2025-12-04"},
		{"Feb 30 is no date", ""},
		{"the may 4 plan", ""},
		{"Article 5 and 20 points", ""},
		{"Dec. 41", ""},
	}
	for _, c := range cases {
		toks := text.Tokenize(c.in, 0, len(c.in))
		var got []string
		for _, d := range Find(toks) {
			got = append(got, d.String())
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("Find(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
