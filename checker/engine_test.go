package checker

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"factcheck/checker/checks"
	"factcheck/rules"
)

// TestDeterministic: the findings do not depend on how many articles are read at once.
func TestDeterministic(t *testing.T) {
	var prev []byte
	for _, jobs := range []int{1, 2, 8} {
		res, err := Run(Options{Paths: []string{"../corpus"}, Jobs: jobs})
		if err != nil {
			t.Fatal(err)
		}
		got, err := json.Marshal(res.Findings)
		if err != nil {
			t.Fatal(err)
		}
		if prev != nil && string(got) != string(prev) {
			t.Fatalf("findings with %d jobs differ", jobs)
		}
		prev = got
	}
}

// TestNoAliasing: readers reuse their memory from article to article, so nothing a claim
// or an article keeps may alias it. Overwriting that memory after every article must
// change nothing: claims, evidence, metadata and findings stay the same.
func TestNoAliasing(t *testing.T) {
	fixtures, _ := filepath.Glob("checks/*/testdata/*")
	for _, dir := range append([]string{"../corpus"}, fixtures...) {
		run := func(poison bool) []byte {
			poisonScratch = poison
			defer func() { poisonScratch = false }()
			res, err := Run(Options{Paths: []string{dir}, Jobs: 1, KeepClaims: true})
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal([]any{res.Claims, res.Findings, res.Articles})
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
		clean, poisoned := run(false), run(true)
		if string(clean) != string(poisoned) {
			i := 0
			for i < len(clean) && i < len(poisoned) && clean[i] == poisoned[i] {
				i++
			}
			t.Errorf("%s: output changes when readers' memory is overwritten, at byte %d: %.80q", dir, i, poisoned[max(0, i-40):min(len(poisoned), i+40)])
		}
	}
}

// TestSeeds pins what the sample corpus must show at this stage of the project.
func TestSeeds(t *testing.T) {
	res, err := Run(Options{Paths: []string{"../corpus"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Rule+": "+f.Message)
	}
	want := []string{
		"count-mismatch: sources disagree on points in the revised plan: 20 points vs 19 points",
		`quote-misattributed: "Ukraine remains fully committed to achieving a just and sustainable peace" is credited to Rustem Umerov (by a back-reference) in 002_70a31793bd3a58ff.txt and Witkoff in 002_70a31793bd3a58ff.txt`,
		`event-date: meeting in Hallandale Beach, 2025-11-30..2025-12-01: sources give different dates: "Nov. 30 and Dec. 1" (2025-11-30..2025-12-01, 000_50f5a2747fe53c1f.txt) vs ended "30 November" (2025-11-30, 004_9697e3ae060c3168.txt)`,
		`event-date: Geneva talks: sources give different dates: "Early 2025" (2025-01-01..2025-04-30, 001_2af64e9cf4024cbd.txt) vs "23 November" (2025-11-23, 004_9697e3ae060c3168.txt)`,
		`name-misspelling: "Sybhia" (1 mention in 1 article) looks like a misspelling of "Andrii Sybiha" (the corpus configuration's spelling)`,
		`quote-wording: Witkoff and Umerov quoted in two wordings: "Our shared priority is to stop the killing, ensure guaranteed ..." (002_70a31793bd3a58ff.txt) against "Our common priority is to stop the killings, achieve guaranteed ..." (002_70a31793bd3a58ff.txt), 81% of the words alike`,
		`quote-wording: Marco Rubio quoted in two wordings: "sovereign, independent, and with an opportunity at real prosperity." (003_60eceb707a1ab7b1.txt) against "It’s about creating a pathway forward that leaves Ukraine sovereign, ..." (003_60eceb707a1ab7b1.txt), 58% of the words alike`,
		`weekday-mismatch: "Monday" counted from 2025-12-01: 2025-12-01 is a Monday itself: the same day, or 2025-12-08 a week later (repeated in 1 other sentence)`,
		`name-variant: Volodymyr Zelensky is spelled "Zelensky" (8 mentions in 3 articles) and "Zelenskyy" (2 mentions in 2 articles)`,
		`title-variant: Andrii Hnatov's post is worded differently: "chief of staff of Ukraine's Armed Forces" (000_50f5a2747fe53c1f.txt), "chief of Ukraine's General Staff" (002_70a31793bd3a58ff.txt), "Chief of the General Staff" (004_9697e3ae060c3168.txt)`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(res.Articles) != 5 {
		t.Errorf("%d articles", len(res.Articles))
	}
}

// TestRuleExamples: every built-in rule's documented example really triggers it, so
// `factcheck explain` never shows an example that does nothing.
func TestRuleExamples(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range set.Rules {
		res, err := RunExample(set, r)
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		if len(res.Findings) == 0 {
			t.Errorf("the example of %s reports nothing", r.ID)
		}
		for _, f := range res.Findings {
			if m := regexp.MustCompile(`\{[a-z-]+\}`).FindString(f.Message); m != "" {
				t.Errorf("%s: placeholder %s left in %q", r.ID, m, f.Message)
			}
		}
	}
}

// TestEveryKindImplemented: each kind the rule schema accepts has a check.
func TestEveryKindImplemented(t *testing.T) {
	for _, k := range rules.Kinds {
		if checks.Kinds[k.Name] == nil {
			t.Errorf("kind %s has no implementation", k.Name)
		}
	}
	if len(checks.Kinds) != len(rules.Kinds) {
		t.Errorf("%d implementations for %d kinds", len(checks.Kinds), len(rules.Kinds))
	}
}

func TestInputs(t *testing.T) {
	if _, err := Run(Options{Paths: []string{"no/such/dir"}}); err == nil || !strings.Contains(err.Error(), "no/such/dir") {
		t.Errorf("missing path: %v", err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Title here\nText."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.md"), []byte("bad \xff byte"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.json"), []byte("{}"), 0o644)
	os.MkdirAll(filepath.Join(dir, ".git"), 0o755)
	os.WriteFile(filepath.Join(dir, ".git", "x.txt"), []byte("hidden"), 0o644)
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "d.TXT"), []byte("Deep title\nText."), 0o644)
	res, err := Run(Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, a := range res.Articles {
		paths = append(paths, a.Path)
	}
	if strings.Join(paths, " ") != "a.txt sub/d.TXT" || res.Skipped != 1 || len(res.InputErrors) != 1 {
		t.Errorf("articles %v, skipped %d, errors %v", paths, res.Skipped, res.InputErrors)
	}
	if !strings.Contains(res.InputErrors[0].Error(), "b.md:1:5: not valid UTF-8") {
		t.Errorf("input error %v", res.InputErrors[0])
	}
	if os.Getuid() != 0 { // root reads everything
		os.WriteFile(filepath.Join(dir, "locked.txt"), []byte("x"), 0o000)
		res, _ = Run(Options{Paths: []string{dir}})
		if len(res.InputErrors) != 2 {
			t.Errorf("unreadable file not reported: %v", res.InputErrors)
		}
	}
}

// TestClaimTextWhole: every claim's text and evidence are valid UTF-8, and its text is the
// article's own at its offset, also where the fold writes a character as several of the
// same length (an ellipsis "…" in the seeds, read as "...", cuts a quote into parts).
func TestClaimTextWhole(t *testing.T) {
	res, err := Run(Options{Paths: []string{"../corpus"}, KeepClaims: true})
	if err != nil {
		t.Fatal(err)
	}
	src := map[int32][]byte{}
	for i, a := range res.Articles {
		b, err := os.ReadFile(filepath.Join("../corpus", a.Path))
		if err != nil {
			t.Fatal(err)
		}
		src[int32(i)] = b
	}
	for _, c := range res.Claims {
		if !utf8.ValidString(c.Text) || !utf8.ValidString(c.Sentence) {
			t.Errorf("%s:%d:%d: %s claim %q in %q: not valid UTF-8", c.Path, c.Line, c.Column, c.Kind, c.Text, c.Sentence)
			continue
		}
		if b := src[c.Article]; int(c.Offset)+len(c.Text) > len(b) || string(b[c.Offset:int(c.Offset)+len(c.Text)]) != c.Text {
			t.Errorf("%s:%d:%d: %s claim %q is not the article's text at offset %d", c.Path, c.Line, c.Column, c.Kind, c.Text, c.Offset)
		}
	}
}
