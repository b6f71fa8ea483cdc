package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"factcheck/checker"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./checker/report -update and review the diff.\n--- got ---\n%s", name, got)
	}
}

// TestGoldenReports pins the text report (plain and coloured), the JSON report and the
// claim dump of the sample corpus and of a fixture corpus in another style.
func TestGoldenReports(t *testing.T) {
	corpora := map[string]string{
		"seeds":           "../../corpus",
		"wire-casualties": "../checks/quantity/testdata/wire-casualties",
	}
	for name, dir := range corpora {
		res, err := checker.Run(checker.Options{Paths: []string{dir}, KeepClaims: true})
		if err != nil {
			t.Fatal(err)
		}
		res.Corpus = name // the golden files do not depend on where the test runs
		var text, color, js, claims bytes.Buffer
		if err := Text(&text, res, Style{}); err != nil {
			t.Fatal(err)
		}
		if err := Text(&color, res, Style{Color: true}); err != nil {
			t.Fatal(err)
		}
		if err := JSON(&js, res); err != nil {
			t.Fatal(err)
		}
		if err := Claims(&claims, res, Style{}); err != nil {
			t.Fatal(err)
		}
		golden(t, name+".txt", text.Bytes())
		golden(t, name+".color.txt", color.Bytes())
		golden(t, name+".json", js.Bytes())
		golden(t, name+".claims.txt", claims.Bytes())
	}
}

func TestSanitize(t *testing.T) {
	cases := map[string]string{
		"plain text":               "plain text",
		"esc \x1b[31mred":          `esc \x1b[31mred`,
		"bell\a and nul \x00":      `bell\x07 and nul \x00`,
		"c1 \u009b2J":              `c1 \x9b2J`,
		"bidi \u202eevil":          `bidi \u202eevil`,
		"line\nbreak\ttab":         "line break tab",
		"curly \u201cquotes\u201d": "curly \u201cquotes\u201d",
	}
	for in, want := range cases {
		if got := Sanitize(in); got != want {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}
