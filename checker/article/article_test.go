package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseFrontMatter(t *testing.T) {
	src := "---\ntitle: Talks resume\nsource: Wire\npublished: 2025-12-04\nauthor: someone\ntags: [a, b]\n---\nGENEVA - Talks resumed.\n"
	a, err := Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Talks resume" || a.Source != "Wire" || a.Published != "2025-12-04" || a.PublishedInferred {
		t.Errorf("metadata %q %q %q %v", a.Title, a.Source, a.Published, a.PublishedInferred)
	}
	if line, col := a.Pos(0); line != 8 || col != 1 {
		t.Errorf("body starts at %d:%d, want 8:1", line, col)
	}
}

// TestFlatFrontMatter: the fast path reads what the YAML parser reads, and declines the rest.
func TestFlatFrontMatter(t *testing.T) {
	for _, y := range []string{
		"title: Talks resume\nsource: Wire\npublished: 2025-12-04\n",
		"title: \"Quoted: yes\"\nsource: 'Single'\nurl: https://example.com/a?b=c\n",
		"title: Plain title with 'quote' inside\npublished: 2025-12-04T10:00:00Z\n",
		"author: someone\ntags: [a, b]\ntitle: Listed\n",
		"title: x # comment\n",
		"title: true\n",
		"title:\n  nested: map\n",
		"title: a: b\n",
	} {
		fast, ok := flatFrontMatter(y)
		slow, err := decodeFrontMatterYAML(y)
		if !ok {
			continue
		}
		if err != nil || *fast != *slow {
			t.Errorf("%q: fast %+v, parser %+v (%v)", y, fast, slow, err)
		}
	}
	if _, ok := flatFrontMatter("tags: [a, [b]]\n"); ok {
		t.Error("a nested flow sequence took the fast path")
	}
	if _, ok := flatFrontMatter("title: [a, b]\n"); ok {
		t.Error("a list as title took the fast path")
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"unclosed front matter", "---\ntitle: x\nbody\n", "a.txt:1:1: front matter opened with --- is never closed"},
		{"bad yaml", "---\ntitle: [x\n---\nbody\n", "a.txt:2:"},
		{"not a mapping", "---\n- a\n- b\n---\nbody\n", "a.txt:2:1: front matter must be a YAML mapping"},
		{"bad date", "---\npublished: 4 December\n---\nbody\n", `a.txt:2:12: published "4 December" is not a date in the form YYYY-MM-DD`},
		{"impossible date", "---\npublished: 2025-02-30\n---\nbody\n", `published "2025-02-30" is not a date`},
		{"binary", "hello\x00world", "a.txt:1:6: binary file (NUL byte)"},
		{"latin-1", "caf\xe9 au lait\n", "a.txt:1:4: not valid UTF-8 (byte 0xe9)"},
		{"latin-1 later line", "ok\nna\xefve\n", "a.txt:2:3: not valid UTF-8"},
		{"title list", "---\ntitle: [a, b]\n---\nbody\n", `front matter key "title" must be a single value`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("a.txt", []byte(c.src))
			if err == nil {
				t.Fatalf("no error")
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not contain %q", err, c.want)
			}
		})
	}
}

func TestInference(t *testing.T) {
	cases := []struct {
		name, src, title, published string
	}{
		{"dateline with year", "US and Ukraine officials meet in Florida\nLondon, UK, December 1, 2025\nThe talks went on. On Dec. 4 more talks.\n", "US and Ukraine officials meet in Florida", "2025-12-01"},
		{"wire dateline without year", "Quake toll rises\nAMATRICE, Italy, Aug 26 (Reuters) - Rescuers searched on Friday. The 2016 quake.\n", "Quake toll rises", "2016-08-26"},
		{"latest date", "Politics\n\nTalks go on in Miami amid push\n\nThey met on Nov. 30, 2025 and again on Dec. 4.\n", "Talks go on in Miami amid push", "2025-12-04"},
		{"no date", "Short\nNothing dated here at all.\n", "Nothing dated here at all.", ""},
		{"markdown heading", "# Ford adds Mustangs to recall\n\n*December 18, 2014*\n\nText.\n", "Ford adds Mustangs to recall", "2014-12-18"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse("a.txt", []byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			InferPublished([]*Article{a})
			if a.Title != c.title {
				t.Errorf("title %q, want %q", a.Title, c.title)
			}
			if a.Published != c.published || (c.published != "") != a.PublishedInferred {
				t.Errorf("published %q (inferred %v), want %q", a.Published, a.PublishedInferred, c.published)
			}
		})
	}
}

func TestDatelineAgency(t *testing.T) {
	cases := map[string]string{
		"KARACHI (Reuters) - A blast killed 12.":                   "Reuters",
		"PARIS, May 28, 2023 (AFP) - Arina Sabalenka won.":         "AFP",
		"NEW YORK, Nov 2 (Reuters) - Sam Bankman-Fried was found.": "Reuters",
		"New York (CNN) — Sam Bankman-Fried was found guilty.":     "CNN",
		"The plan (revised) - not a dateline.":                     "",
		"Officials said (in private) - nothing.":                   "",
	}
	for line, want := range cases {
		f := "Headline here\n" + line + "\n"
		a, err := Parse("a.txt", []byte(f))
		if err != nil {
			t.Fatal(err)
		}
		if a.Source != want {
			t.Errorf("%q: source %q, want %q", line, a.Source, want)
		}
	}
}

func TestYearFromCorpus(t *testing.T) {
	a, _ := Parse("a.txt", []byte("Report\nTalks on Dec. 19 and Dec. 21 in Miami.\n"))
	b, _ := Parse("b.txt", []byte("Other\nLondon, UK, December 1, 2025\nText.\n"))
	InferPublished([]*Article{a, b})
	if a.Published != "2025-12-21" || !a.PublishedInferred {
		t.Errorf("year-less article: %q", a.Published)
	}
}

func TestPositionsThroughFolding(t *testing.T) {
	src := "\ufeffTitle line\nUkraine\u2019s \u201cshared\u201d plan has 20\u00a0points.\r\n"
	a, err := Parse("a.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(a.Body.Text, "20 points")
	if i < 0 {
		t.Fatalf("folded body %q", a.Body.Text)
	}
	line, col := a.Pos(i)
	if line != 2 || col != 29 {
		t.Errorf("20 points at %d:%d, want 2:29", line, col)
	}
	if got := a.OrigText(i, i+len("20 points")); got != "20\u00a0points" {
		t.Errorf("original text %q", got)
	}
}

// FuzzParse: any bytes parse or fail with an error naming the file; positions map back into
// the file; nothing panics.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: x\n---\nBody on Dec. 4.\n",
		"---\n- a\n---\n",
		"---\ntitle: &a [*a]\n---\n",
		"\ufeff---\r\ntitle: x\r\n---\r\nbody\r\n",
		"Headline\nLONDON, Dec 1 (Reuters) - Text \u201cquote\u201d\u2011x.\n",
		"caf\xe9",
		"a\x00b",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("f.txt", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if !utf8.Valid(data) {
			t.Fatal("invalid UTF-8 accepted")
		}
		for _, s := range a.Sentences {
			o := a.Orig(s.Start)
			if o < a.BodyStart || o > len(a.Src) {
				t.Fatalf("sentence maps to %d outside the body", o)
			}
			a.Pos(s.End)
		}
		InferPublished([]*Article{a})
	})
}

// FuzzFrontMatter: whenever the fast path accepts front matter, the YAML parser reads the
// same metadata from it.
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{"title: a\nsource: b\n", "title: \"x\"\npublished: 2025-01-02\n", "url: http://a:b\n", "title: 'it''s'\n", "title: 012\n", "title: 1e3\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, y string) {
		fast, ok := flatFrontMatter(y)
		if !ok || !utf8.ValidString(y) { // articles are UTF-8 before front matter is read
			return
		}
		slow, err := decodeFrontMatterYAML(y)
		if err != nil || *fast != *slow {
			t.Fatalf("%q: fast %+v, parser %+v (%v)", y, fast, slow, err)
		}
	})
}
