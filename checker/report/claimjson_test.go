package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"factcheck/checker"
	"factcheck/checker/claim"
)

// encodeStd is what encoding/json writes for v inside the findings array.
func encodeStd(t testing.TB, v any, indent string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(indent, "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimRight(b.Bytes(), "\n"))
}

// TestClaimJSON checks the hand-written claim encoder against encoding/json on every claim
// of the sample corpus and on claims with every optional field set.
func TestClaimJSON(t *testing.T) {
	res, err := checker.Run(checker.Options{Paths: []string{"../../corpus"}, KeepClaims: true})
	if err != nil {
		t.Fatal(err)
	}
	cs := append([]claim.Claim(nil), res.Claims...)
	cs = append(cs, claim.Claim{
		Kind: "quantity", Path: "a\"b\\.txt", Text: "x\x01\t\n\r\b\f\u2028\u2029<&>\xff", Sentence: "é — “q”",
		Also:     []claim.Pos{{Line: 3, Column: 4}, {Line: 5, Column: 6}},
		Quantity: &claim.Quantity{Lo: 1.5e-7, Hi: -1, Hedge: "about", Unit: "point", Owner: "plan", Predicate: "p", Qualifier: "us", Stage: "revised", Scope: "texas", Period: "this year", Distinct: true, Event: "quake", Year: 2009, Listed: true, OwnerInferred: true},
	}, claim.Claim{Kind: "person", Person: &claim.Person{Surname: "Zelensky", Cue: "title"}},
		claim.Claim{Kind: "person", Person: &claim.Person{Given: "Volodymyr", Surname: "Zelensky", Cue: "given-name"}},
		claim.Claim{Kind: "person", Person: &claim.Person{Given: "Andrii", Surname: "Hnatov", Cue: "title", Title: "Chief of the General Staff", TitleForm: "before"}},
		claim.Claim{Kind: "quantity", Quantity: &claim.Quantity{Lo: 2e21, Hi: 0.25, Unit: "x"}},
		claim.Claim{Kind: "event", Event: &claim.Event{Class: "meeting", Trigger: "talks", Place: "Hallandale <Beach> & co", Named: "x", Date: "Nov. 30 and Dec. 1",
			From: "2025-11-30", To: "2025-12-01", Granularity: "day", Role: "end", Ambiguous: true, Lead: true, HoursLo: 4.25, HoursHi: -1, Duration: "more than four hours",
			Descriptors: []string{"second", "follow-up"}, FromDay: 3, Fine: true}},
		claim.Claim{Kind: "weekday", When: &claim.When{Expr: "Monday", From: "2025-12-08", Weekday: "Monday", Anchor: "2025-12-01", Alternative: "2025-12-08", Problem: "p\x01", Related: true}})
	if len(cs) < 20 {
		t.Fatalf("only %d claims", len(cs))
	}
	for i := range cs {
		want := encodeStd(t, &cs[i], "        ")
		got := string(appendClaim(nil, &cs[i], "        "))
		if got != want {
			t.Fatalf("claim %d:\n got %s\nwant %s", i, got, want)
		}
	}
}

// TestArticlesJSON: the hand-written articles list is byte for byte what encoding/json
// writes, for empty, plain and awkward metadata.
func TestArticlesJSON(t *testing.T) {
	lists := [][]jsonArticle{
		{},
		{{Path: "a.txt", Title: "T", Source: "S", Published: "2025-12-01"}},
		{{Path: "a\"b\\.md", Title: "x\x01\t\u2028<&>\xff", PublishedInferred: true}, {Path: "é/“q”.txt"}},
	}
	for i, as := range lists {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("  ", "  ")
		if err := enc.Encode(as); err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSuffix(buf.String(), "\n")
		if got := string(appendArticles(nil, as, "  ")); got != want {
			t.Errorf("list %d:\n got %s\nwant %s", i, got, want)
		}
	}
}

// FuzzClaimJSON compares string escaping with encoding/json on arbitrary input.
func FuzzClaimJSON(f *testing.F) {
	for _, s := range []string{"plain", "quote \" and \\", "\x00\x1f\x7f", "\u2028", "\xff\xfe", "“curly” — dash"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := claim.Claim{Kind: s, Text: s, Sentence: s, Person: &claim.Person{Given: s, Surname: s}}
		if got, want := string(appendClaim(nil, &c, "  ")), encodeStd(t, &c, "  "); got != want {
			t.Fatalf("got %s\nwant %s", got, want)
		}
	})
}
