package rules

import (
	"crypto/sha256"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

const goodRule = `rules:
  - id: my-count
    kind: quantity
    severity: warning
    message: "{subject}: {values}"
    description: Counts of widgets.
    quantity:
      units: [widget]
`

func TestParseFileErrors(t *testing.T) {
	cases := []struct {
		name, src, want string // want: "line:col: message fragment"
	}{
		{"unknown key", "rules:\n  - id: a\n    kindd: quantity\n", `3:5: unknown field "kindd"`},
		{"unknown kind", "rules:\n  - id: a\n    kind: quantityy\n    severity: info\n    message: m\n    description: d\n", `3:11: unknown kind "quantityy"`},
		{"bad severity", "rules:\n  - id: a\n    kind: quantity\n    severity: high\n    message: m\n    description: d\n", `4:15: severity "high" must be error, warning or info`},
		{"missing message", "rules:\n  - id: a\n    kind: quantity\n    severity: info\n    description: d\n", `rule "a" has no message`},
		{"missing description", "rules:\n  - id: a\n    kind: quantity\n    severity: info\n    message: m\n", `rule "a" has no description`},
		{"bad id", "rules:\n  - id: Bad_ID\n    kind: quantity\n    severity: info\n    message: m\n    description: d\n", `2:9: rule id "Bad_ID" must be`},
		{"bad placeholder", "rules:\n  - id: a\n    kind: quantity\n    severity: info\n    message: \"{nope}\"\n    description: d\n", `5:14: message uses unknown placeholder {nope}`},
		{"regexp does not compile", "rules:\n  - id: a\n    kind: quantity\n    severity: info\n    message: m\n    description: d\n    quantity:\n      patterns: ['{number} (unclosed']\n", `8:18: pattern does not compile`},
		{"unknown slot", "rules:\n  - id: a\n    kind: quantity\n    severity: info\n    message: m\n    description: d\n    quantity:\n      patterns: ['{number} {date}']\n", `unknown slot {date}`},
		{"missing required slot", "rules:\n  - id: a\n    kind: name-variant\n    severity: info\n    message: m\n    description: d\n    names:\n      report: variants\n      patterns: ['Mr\\.']\n", `must contain the slot {person}`},
		{"wrong option block", "rules:\n  - id: a\n    kind: quantity\n    severity: info\n    message: m\n    description: d\n    names:\n      report: variants\n", `option block "names" does not belong to kind quantity`},
		{"wrong type", "rules:\n  - id: a\n    kind: quantity\n    severity: info\n    message: m\n    description: d\n    quantity:\n      tolerance: lots\n", `8:18:`},
		{"syntax", "rules:\n  - id: [a\n", `2:`},
		{"duplicate key", "rules:\n  - id: a\n    id: b\n", `3:5: mapping key "id" already defined`},
		{"bad report", "rules:\n  - id: a\n    kind: name-variant\n    severity: info\n    message: m\n    description: d\n    names:\n      report: all\n", `8:15: report "all" must be variants or misspellings`},
		{"events block without classes", "rules:\n  - id: a\n    kind: date\n    severity: info\n    message: m\n    description: d\n    events:\n      end-verbs: [ended]\n", `8:7: events block has no classes`},
		{"date rule without events block", "rules:\n  - id: a\n    kind: date\n    severity: info\n    message: m\n    description: d\n", `needs an events block`},
		{"event word of two words", "rules:\n  - id: a\n    kind: date\n    severity: info\n    message: m\n    description: d\n    events:\n      classes:\n        - {name: call, words: [phone call]}\n", `event word "phone call" must be one word`},
		{"event class twice", "rules:\n  - id: a\n    kind: duration\n    severity: info\n    message: m\n    description: d\n    events:\n      classes:\n        - {name: call, words: [call]}\n        - {name: call, words: [ring]}\n", `event class "call" is defined twice`},
		{"weekday block on a date rule", "rules:\n  - id: a\n    kind: date\n    severity: info\n    message: m\n    description: d\n    events:\n      classes: [{name: m, words: [talks]}]\n    weekdays:\n      ambiguous: true\n", `option block "weekdays" does not belong to kind date`},
		{"quote share above one", "rules:\n  - id: a\n    kind: quote-wording\n    severity: info\n    message: m\n    description: d\n    quotes:\n      similar: 1.5\n", `8:16: similar must be a share from 0 to 1`},
		{"quote fold not a pair", "rules:\n  - id: a\n    kind: quote-attribution\n    severity: info\n    message: m\n    description: d\n    quotes:\n      fold:\n        - [\"y\"]\n", `9:11: a fold rule is a pair [from, to]`},
		{"name fold with empty from", "rules:\n  - id: a\n    kind: name-variant\n    severity: info\n    message: m\n    description: d\n    names:\n      report: variants\n      fold:\n        - [\"\", \"i\"]\n", `10:11: a fold rule is a pair [from, to]`},
		{"quote minimum too long", "rules:\n  - id: a\n    kind: quote-attribution\n    severity: info\n    message: m\n    description: d\n    quotes:\n      min-words: 500\n", `8:18: min-words must be from 1 to 100`},
		{"unknown quote option", "rules:\n  - id: a\n    kind: quote-wording\n    severity: info\n    message: m\n    description: d\n    quotes:\n      threshold: 0.5\n", `unknown field "threshold"`},
		{"nickname of two names", "lexicon:\n  nicknames:\n    - [Katherine, Kate]\n    - [Catherine, Kate]\n", `4:19: "Kate" is a short form of Katherine and of Catherine`},
		{"nickname group of one", "lexicon:\n  nicknames:\n    - [Anthony]\n", `3:7: a nickname group is a full name and its short forms`},
		{"name of both genders", "lexicon:\n  feminine-names: [Rachel, Andrea]\n  masculine-names: [Andrew, andrea]\n", `3:29: "andrea" is in both feminine-names and masculine-names`},
		{"bad example file", "rules:\n  - id: a\n    kind: quantity\n    severity: info\n    message: m\n    description: d\n    example:\n      - file: a.pdf\n        text: x\n", `8:15: example file "a.pdf"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseFile("r.yaml", []byte(c.src))
			if err == nil {
				t.Fatalf("no error for\n%s", c.src)
			}
			msg := err.Error()
			if !strings.Contains(msg, "r.yaml:") || !strings.Contains(msg, c.want) {
				t.Errorf("error\n%s\ndoes not name r.yaml and %q", msg, c.want)
			}
			if strings.Count(c.want, ":") >= 2 && !strings.Contains(msg, "> ") {
				t.Errorf("error has no source excerpt:\n%s", msg)
			}
		})
	}
}

func TestParseFileReportsAllErrors(t *testing.T) {
	src := "rules:\n  - id: a\n    kind: quantity\n    severity: high\n    message: m\n    description: d\n  - id: b\n    kind: nope\n    severity: info\n    message: m\n    description: d\n"
	_, err := ParseFile("r.yaml", []byte(src))
	errs, ok := err.(Errors)
	if !ok || len(errs) != 2 {
		t.Fatalf("want 2 errors, got %v", err)
	}
	if errs[0].Line != 4 || errs[1].Line != 8 {
		t.Errorf("lines %d and %d, want 4 and 8", errs[0].Line, errs[1].Line)
	}
}

func TestDefaultPack(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range set.Rules {
		seen[r.Kind] = true
		if len(r.Example) == 0 {
			t.Errorf("rule %s has no example", r.ID)
		}
		if !strings.HasPrefix(r.Origin, "(built-in) default/") {
			t.Errorf("rule %s origin %q", r.ID, r.Origin)
		}
	}
	for _, k := range Kinds {
		if !seen[k.Name] {
			t.Errorf("no built-in rule of kind %s", k.Name)
		}
	}
	if len(set.Lexicon.GivenNames) < 500 || len(set.Lexicon.Places) < 200 {
		t.Errorf("lexicon too small: %d given names, %d places", len(set.Lexicon.GivenNames), len(set.Lexicon.Places))
	}
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestConfig(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "extra.yaml", goodRule)
	cfgPath := writeFile(t, dir, ".factcheck.yaml", `rules: [extra.yaml]
disable: [name-variant]
severity:
  count-mismatch: warning
people:
  - name: Andrii Sybiha
    aliases: [Andriy Sybiha]
`)
	cfg, err := LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	set, err := Load(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if set.Rule("my-count") == nil {
		t.Error("extra rule not loaded")
	}
	if set.Rule("name-variant") != nil {
		t.Error("disabled rule still in force")
	}
	if r := set.Rule("count-mismatch"); r == nil || r.Severity != SeverityWarning {
		t.Errorf("count-mismatch not re-levelled: %+v", r)
	}
	if len(set.People) != 1 || set.People[0].Aliases[0] != "Andriy Sybiha" {
		t.Errorf("people: %+v", set.People)
	}
}

func TestConfigErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"unknown key", "peoples: []\n", `1:1: unknown field "peoples"`},
		{"unknown rule disabled", "disable: [no-such-rule]\n", `1:11: unknown rule "no-such-rule"`},
		{"unknown rule re-levelled", "severity:\n  no-such-rule: info\n", `unknown rule "no-such-rule"`},
		{"bad severity", "severity:\n  count-mismatch: loud\n", `severity "loud" must be error, warning or info`},
		{"person without name", "people:\n  - aliases: [X]\n", `2:5: person has no name`},
		{"missing rule file", "rules: [nowhere.yaml]\n", `1:9: cannot read rule file`},
		{"duplicate rule", "rules: [dup.yaml]\n", `rule "count-mismatch" is already defined at (built-in) default/quantity.yaml`},
		{"place without name", "places:\n  - within: [Florida]\n", `2:5: place has no name`},
		{"unknown place key", "places:\n  - name: Miami\n    inside: [Florida]\n", `3:5: unknown field "inside"`},
		{"place within itself", "places:\n  - name: A\n    within: [B]\n  - name: B\n    within: [A]\n", `place "A" ends up within itself`},
		{"name used twice", "places:\n  - name: A\n  - name: B\n    aliases: [a]\n", `"a" already names place "A"`},
		{"event without place", "events:\n  - name: Geneva talks\n    class: meeting\n", `2:5: event "Geneva talks" has no place`},
		{"event without class", "events:\n  - name: Geneva talks\n    place: Geneva\n", `event "Geneva talks" has no class`},
		{"event declared twice", "events:\n  - {name: X, class: meeting, place: P}\n  - {name: X, class: meeting, place: Q}\n", `event "X" is declared twice`},
		{"loop through another name", "places:\n  - name: A\n    within: [bee]\n  - name: B\n    aliases: [Bee]\n    within: [A]\n", `place "A" ends up within itself`},
		{"unknown event class", "events:\n  - {name: X, class: storm, place: P}\n", `2:22: unknown event class "storm" (the date rules know meeting, address`},
		{"two unique events at one place", "events:\n  - {name: X, class: meeting, place: P, unique: true}\n  - {name: Y, class: meeting, place: p, unique: true}\n", `event "Y" is a second unique meeting at p (after "X")`},
		{"event word of two words", "events:\n  - {name: X, class: meeting, place: P, words: [peace talks]}\n", `event word "peace talks" must be one word`},
		{"name of both genders", "lexicon:\n  feminine-names: [Kim]\n  masculine-names: [Kim]\n", `3:21: "Kim" is in both feminine-names and masculine-names`},
		{"unique not a bool", "events:\n  - {name: X, class: meeting, place: P, unique: maybe}\n", `2:`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "dup.yaml", strings.Replace(goodRule, "my-count", "count-mismatch", 1))
			p := writeFile(t, dir, ".factcheck.yaml", c.src)
			cfg, err := LoadConfig(p)
			if err == nil {
				_, err = Load(cfg)
			}
			if err == nil {
				t.Fatalf("no error for %q", c.src)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error\n%v\ndoes not contain %q", err, c.want)
			}
		})
	}
}

func TestPatternCompile(t *testing.T) {
	re, err := Pattern(`(?i){owner} now has {number} {unit}`).Compile([]string{"number", "unit", "owner"}, []string{"number"})
	if err != nil {
		t.Fatal(err)
	}
	m := re.FindStringSubmatch("The plan now has 19 points")
	if m == nil || m[re.SubexpIndex("number")] != "19" || m[re.SubexpIndex("unit")] != "points" || m[re.SubexpIndex("owner")] != "plan" {
		t.Errorf("match %q", m)
	}
	if _, err := Pattern(`{number} and {number}`).Compile([]string{"number"}, nil); err == nil {
		t.Error("a slot used twice compiled")
	}
}

// FuzzParseFile: any bytes give a rule set or an error, never a panic.
func FuzzParseFile(f *testing.F) {
	f.Add([]byte(goodRule))
	f.Add([]byte("rules:\n  - id: a\n    kind: [x\n"))
	f.Add([]byte("lexicon:\n  given-names: [A, B]\n"))
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("rules: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		f, err := ParseFile("fuzz.yaml", data)
		if err == nil && f == nil {
			t.Fatal("nil file without error")
		}
		if err != nil && err.Error() == "" {
			t.Fatal("empty error message")
		}
	})
}

// TestAllProblemsAtOnce: one run shows every unknown key and every invalid value of the
// configuration and of the rule files it names, each with its position.
func TestAllProblemsAtOnce(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "extra.yaml", "rules:\n  - id: a\n    kindd: quantity\n    sevrity: info\n")
	p := writeFile(t, dir, ".factcheck.yaml", "rules: [extra.yaml]\nseverity:\n  count-mismatch: loud\npeople:\n  - name: X\n    alias: [Y]\n")
	_, _, err := LoadAll(p)
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	for _, want := range []string{
		`.factcheck.yaml:6:5: unknown field "alias" (known: aliases, name, side, titles)`,
		`extra.yaml:3:5: unknown field "kindd"`,
		`extra.yaml:4:5: unknown field "sevrity"`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("missing %q in\n%s", want, msg)
		}
	}
}

var updateCache = flag.Bool("update", false, "rewrite packcache.json from the built-in YAML")

// TestPackCache: the parsed-pack cache is what parsing the built-in YAML gives, entry by
// entry, and Load uses it. With -update it is rewritten.
func TestPackCache(t *testing.T) {
	entries, err := fs.Glob(defaultPack, "default/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(entries)
	var want []cacheEntry
	for _, e := range entries {
		data, err := defaultPack.ReadFile(e)
		if err != nil {
			t.Fatal(err)
		}
		name := "(built-in) " + e
		f, err := ParseFile(name, data)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, cacheEntry{Name: name, Sum: sha256.Sum256(data), File: f})
	}
	if *updateCache {
		b, err := encodeCache(want)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("packcache.json", b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	cache := cachedFiles()
	for _, w := range want {
		data, _ := defaultPack.ReadFile(strings.TrimPrefix(w.Name, "(built-in) "))
		got := fromCache(cache, w.Name, data)
		if got == nil {
			t.Fatalf("packcache.json has no current entry for %s: run go test ./rules -run TestPackCache -update", w.Name)
		}
		if !reflect.DeepEqual(got, w.File) {
			t.Fatalf("packcache.json's %s differs from parsing the YAML: run go test ./rules -run TestPackCache -update", w.Name)
		}
	}
	// A changed file is not taken from the cache.
	if f := fromCache(cache, want[0].Name, []byte("rules: []\n")); f != nil {
		t.Fatal("a cache entry was used for different YAML")
	}
	// Each call decodes a fresh copy: modifying one does not change the next.
	a, b := cachedFiles(), cachedFiles()
	for name, e := range a {
		for _, r := range e.File.Rules {
			r.Severity = "changed"
		}
		for _, r := range b[name].File.Rules {
			if r.Severity == "changed" {
				t.Fatal("cachedFiles returned shared rules")
			}
		}
	}
}
