package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"factcheck/checker"
	"factcheck/checker/claim"
)

// encodeStd is what encoding/json writes for v, compactly.
func encodeStd(t testing.TB, v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimRight(b.Bytes(), "\n"))
}

// sameJSON fails unless got is one line that json.Compact turns into want byte for byte,
// with a space after every colon and comma outside strings and no other white space.
func sameJSON(t testing.TB, got, want string) {
	t.Helper()
	if strings.ContainsAny(got, "\n\r") {
		t.Fatalf("not one line: %s", got)
	}
	var c bytes.Buffer
	if err := json.Compact(&c, []byte(got)); err != nil {
		t.Fatalf("invalid JSON %s: %v", got, err)
	}
	if c.String() != want {
		t.Fatalf("\n got %s\nwant %s", c.String(), want)
	}
	if spaced := string(appendSpaced(nil, []byte(want))); got != spaced {
		t.Fatalf("layout:\n got %s\nwant %s", got, spaced)
	}
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
		claim.Claim{Kind: "quote", Quote: &claim.Quote{Text: "we \"will\" go | now", Words: 4, Short: true, Speaker: "Ana <Ruiz>", Verb: "said", How: "pronoun", Unsure: true, Key: "ruiz", Lead: "x"}},
		claim.Claim{Kind: "quote", Quote: &claim.Quote{Text: "t"}},
		claim.Claim{Kind: "weekday", When: &claim.When{Expr: "Monday", From: "2025-12-08", Weekday: "Monday", Anchor: "2025-12-01", Alternative: "2025-12-08", Problem: "p\x01", Related: true}})
	if len(cs) < 20 {
		t.Fatalf("only %d claims", len(cs))
	}
	for i := range cs {
		sameJSON(t, string(appendClaim(nil, &cs[i], cs[i].Published)), encodeStd(t, &cs[i]))
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
	for _, as := range lists {
		got := string(appendArticles(nil, as, "  "))
		// One article per line, between the brackets.
		lines := strings.Split(got, "\n")
		if len(as) == 0 {
			if got != "[]" {
				t.Errorf("no articles: %s", got)
			}
			continue
		}
		if len(lines) != len(as)+2 || lines[0] != "[" || lines[len(lines)-1] != "  ]" {
			t.Fatalf("layout:\n%s", got)
		}
		for k, a := range as {
			sameJSON(t, strings.TrimSuffix(strings.TrimPrefix(lines[k+1], "    "), ","), encodeStd(t, a))
		}
	}
}

// FuzzClaimJSON compares string escaping with encoding/json on arbitrary input.
func FuzzClaimJSON(f *testing.F) {
	for _, s := range []string{"plain", "quote \" and \\", "\x00\x1f\x7f", "\u2028", "\xff\xfe", "“curly” — dash"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := claim.Claim{Kind: s, Text: s, Sentence: s, Person: &claim.Person{Given: s, Surname: s}, Quote: &claim.Quote{Text: s, Speaker: s, Verb: s}}
		sameJSON(t, string(appendClaim(nil, &c, c.Published)), encodeStd(t, &c))
	})
}
