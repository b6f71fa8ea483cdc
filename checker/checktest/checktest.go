// Package checktest runs fixture corpora through the engine and compares the findings with
// the expectations written beside them, in the manner of go/analysis's analysistest.
//
// A fixture is a directory of articles (.txt, .md), an optional .factcheck.yaml, and a
// want.yaml:
//
//	rules: [count-mismatch]          # the rules this fixture judges
//	findings:                         # exactly the findings these rules must report
//	  - rule: count-mismatch
//	    message: "19 points vs 20 points"   # a regexp the message must match
//	    claims: [a.txt:3, b.txt:7]          # file:line of every claim, in any order
package checktest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"factcheck/checker"
	"factcheck/checker/finding"
)

// Want is the content of want.yaml.
type Want struct {
	Rules    []string      `yaml:"rules"`
	Findings []WantFinding `yaml:"findings"`
}

// WantFinding is one expected finding.
type WantFinding struct {
	Rule    string   `yaml:"rule"`
	Message string   `yaml:"message"`
	Claims  []string `yaml:"claims"`
}

// Run checks every fixture directory under dir, each as a subtest.
func Run(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		n++
		fixture := filepath.Join(dir, e.Name())
		t.Run(e.Name(), func(t *testing.T) { RunFixture(t, fixture) })
	}
	if n == 0 {
		t.Fatalf("no fixtures in %s", dir)
	}
}

// RunFixture checks one fixture directory.
func RunFixture(t *testing.T, dir string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "want.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var want Want
	if err := yaml.UnmarshalWithOptions(data, &want, yaml.Strict()); err != nil {
		t.Fatalf("%s/want.yaml: %v", dir, err)
	}
	if len(want.Rules) == 0 {
		t.Fatalf("%s/want.yaml names no rules", dir)
	}
	res, err := checker.Run(checker.Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.InputErrors {
		t.Errorf("input error: %v", e)
	}
	judged := map[string]bool{}
	for _, r := range want.Rules {
		if res.Set.Rule(r) == nil {
			t.Fatalf("want.yaml names unknown rule %q", r)
		}
		judged[r] = true
	}
	var got []finding.Finding
	for _, f := range res.Findings {
		if judged[f.Rule] {
			got = append(got, f)
		}
	}
	used := make([]bool, len(got))
	for _, w := range want.Findings {
		re, err := regexp.Compile(w.Message)
		if err != nil {
			t.Fatalf("want.yaml: message %q: %v", w.Message, err)
		}
		wantClaims := normalize(w.Claims)
		found := false
		for i, f := range got {
			if used[i] || f.Rule != w.Rule || !re.MatchString(f.Message) || !equal(wantClaims, positions(f)) {
				continue
			}
			used[i], found = true, true
			break
		}
		if !found {
			t.Errorf("missing finding: %s %q at %v\n%s", w.Rule, w.Message, wantClaims, nearest(got, w.Rule))
		}
	}
	for i, f := range got {
		if !used[i] {
			t.Errorf("unexpected finding: %s: %s at %v", f.Rule, f.Message, positions(f))
		}
	}
}

func positions(f finding.Finding) []string {
	var out []string
	for _, c := range f.Claims {
		out = append(out, fmt.Sprintf("%s:%d", c.Path, c.Line))
		for _, a := range c.Also {
			out = append(out, fmt.Sprintf("%s:%d", c.Path, a.Line))
		}
	}
	return normalize(out)
}

func normalize(ps []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

func equal(a, b []string) bool { return strings.Join(a, " ") == strings.Join(b, " ") }

func nearest(got []finding.Finding, rule string) string {
	var b strings.Builder
	for _, f := range got {
		if f.Rule == rule {
			fmt.Fprintf(&b, "    got: %s at %v\n", f.Message, positions(f))
		}
	}
	if b.Len() == 0 {
		return "    got: nothing from this rule"
	}
	return b.String()
}
