package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"factcheck/internal/bench/gen"
)

// fakeSource is a stand-in for factcheck: it reads every file of the
// directory given as last argument, prints a JSON line per file and exits 1
// ("discrepancies found"). With the argument --crash it prints its
// arguments on stderr and exits 3.
const fakeSource = `package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	args := os.Args[1:]
	for _, a := range args {
		if a == "--crash" {
			fmt.Fprintf(os.Stderr, "fake: crash requested; args %q\n", args)
			os.Exit(3)
		}
	}
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: fake [flags] DIR")
		os.Exit(2)
	}
	err := filepath.WalkDir(args[len(args)-1], func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		fmt.Printf("{\"file\": %q, \"bytes\": %d}\n", p, len(data))
		return err
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	os.Exit(1)
}
`

// fakeBin is the path of the built fake binary, or "" if it could not be built.
var fakeBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "bench-fake-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fakeBin, err = buildFake(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot build fake binary:", err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildFake compiles fakeSource in dir and returns the binary's path.
func buildFake(dir string) (string, error) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return "", err
	}
	files := map[string]string{"go.mod": "module fake\n\ngo 1.21\n", "main.go": fakeSource}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			return "", err
		}
	}
	bin := filepath.Join(dir, "fake")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("%v: %s", err, out)
	}
	return bin, nil
}

func needFake(t *testing.T) {
	t.Helper()
	if fakeBin == "" {
		t.Skip("fake binary not available")
	}
}

func TestParseSizes(t *testing.T) {
	got, err := parseSizes("1000, 2000,4000")
	if err != nil || fmt.Sprint(got) != "[1000 2000 4000]" {
		t.Errorf("parseSizes = %v, %v", got, err)
	}
	for _, bad := range []string{"", "1000,", "0", "-5", "2k"} {
		if _, err := parseSizes(bad); err == nil {
			t.Errorf("parseSizes(%q) succeeded", bad)
		}
	}
}

func TestMedian(t *testing.T) {
	r := result{runs: []runStat{{wall: 3 * time.Second}, {wall: time.Second}, {wall: 2 * time.Second}}}
	if m := r.median(); m.wall != 2*time.Second {
		t.Errorf("median of 3,1,2 s = %v", m.wall)
	}
	r.runs = append(r.runs, runStat{wall: 4 * time.Second})
	if m := r.median(); m.wall != 2*time.Second {
		t.Errorf("median of 3,1,2,4 s = %v, want the lower middle", m.wall)
	}
}

func TestResultLine(t *testing.T) {
	r := result{files: 2000, bytes: 9_020_000, runs: []runStat{
		{wall: 181 * time.Millisecond, maxRSS: 38_200_000, out: 1_200_000, exit: 1},
	}}
	want := "bench: 2000 files, 9.02 MB: 0.181 s, 49.8 MB/s, 11050 files/s, peak RSS 38.2 MB, output 1.2 MB"
	if got := r.line(); got != want {
		t.Errorf("line:\n got %s\nwant %s", got, want)
	}
}

func TestLinearity(t *testing.T) {
	small := result{files: 1000, bytes: 4_500_000, runs: []runStat{{wall: 90 * time.Millisecond}}}
	large := result{files: 4000, bytes: 18_000_000, runs: []runStat{{wall: 396 * time.Millisecond}}}
	want := "bench: linearity: 20.0 ms/MB at 1000 files, 22.0 ms/MB at 4000 files: ratio 1.10 (1.00 = linear)"
	if got := linearity([]result{large, small}); got != want {
		t.Errorf("linearity:\n got %s\nwant %s", got, want)
	}
	if got := linearity([]result{small}); !strings.Contains(got, "two different sizes") {
		t.Errorf("linearity of one size = %q", got)
	}
}

func TestRunOnce(t *testing.T) {
	needFake(t)
	dir := t.TempDir()
	if _, _, err := gen.Generate(dir, 20, 1); err != nil {
		t.Fatal(err)
	}
	st, err := runOnce(fakeBin, []string{"check", "--format", "json"}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if st.exit != 1 || st.out == 0 || st.wall <= 0 {
		t.Errorf("run = %+v, want exit 1, some output and a duration", st)
	}
	if st.maxRSS < 100_000 {
		t.Errorf("peak RSS %d bytes is implausibly small", st.maxRSS)
	}
}

func TestRunOnceFailure(t *testing.T) {
	needFake(t)
	dir := t.TempDir()
	_, err := runOnce(fakeBin, []string{"check", "--crash"}, dir)
	var re *runError
	if !errors.As(err, &re) {
		t.Fatalf("err = %v, want a *runError", err)
	}
	want := fmt.Sprintf("args [\"check\" \"--crash\" %q]", dir)
	if msg := err.Error(); !strings.Contains(msg, "exit status 3") || !strings.Contains(msg, want) {
		t.Errorf("error %q lacks the exit status or the child's stderr %s", msg, want)
	}
}

func TestRun(t *testing.T) {
	needFake(t)
	var stdout, stderr bytes.Buffer
	code := run([]string{"-bin", fakeBin, "-sizes", "20,60", "-runs", "3", "--", "check", "--format", "json"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("run exited %d; stderr:\n%s", code, stderr.String())
	}
	out := stdout.String()
	t.Logf("output:\n%s", out)
	for _, re := range []string{
		`(?m)^bench: \d+ CPUs `,
		`(?m)^bench: 20 files, \d+\.\d\d MB: \d+\.\d{3} s, [\d.]+ MB/s, \d+ files/s, peak RSS [\d.]+ MB, output [\d.]+ kB$`,
		`(?m)^bench: 60 files, `,
		`(?m)^bench: linearity: [\d.]+ ms/MB at 20 files, [\d.]+ ms/MB at 60 files: ratio [\d.]+`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("output does not match %s", re)
		}
	}
}

func TestRunReportsChildFailure(t *testing.T) {
	needFake(t)
	var stdout, stderr bytes.Buffer
	code := run([]string{"-bin", fakeBin, "-sizes", "5", "--", "--crash"}, &stdout, &stderr)
	if code == 0 || !strings.Contains(stderr.String(), "fake: crash requested") {
		t.Errorf("run exited %d with stderr %q; want failure showing the child's stderr", code, stderr.String())
	}
}

func TestRunRejectsBadFlags(t *testing.T) {
	var stdout, stderr bytes.Buffer
	for _, args := range [][]string{{"-sizes", "x"}, {"-runs", "0"}, {"-bin", filepath.Join(t.TempDir(), "missing")}} {
		if code := run(args, &stdout, &stderr); code == 0 {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}

func TestKeepReusesCorpus(t *testing.T) {
	keep := t.TempDir()
	first, err := prepareCorpus(keep, 12, 1)
	if err != nil || first.reused || first.dir != filepath.Join(keep, "12") {
		t.Fatalf("first prepare = %+v, %v", first, err)
	}
	files, size, err := countArticles(first.dir)
	if err != nil || files != first.files || size != first.bytes {
		t.Errorf("countArticles = %d, %d, %v; Generate said %d, %d", files, size, err, first.files, first.bytes)
	}
	second, err := prepareCorpus(keep, 12, 1)
	if err != nil || !second.reused || second.files != first.files || second.bytes != first.bytes {
		t.Errorf("second prepare = %+v, %v; want reuse", second, err)
	}
	if err := os.WriteFile(filepath.Join(first.dir, "extra.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	third, err := prepareCorpus(keep, 12, 1)
	if err != nil || third.reused || third.files != first.files {
		t.Errorf("prepare after tampering = %+v, %v; want a fresh corpus", third, err)
	}
	other, err := prepareCorpus(keep, 12, 2)
	if err != nil || other.reused {
		t.Errorf("prepare with another seed = %+v, %v; want a fresh corpus", other, err)
	}
}

func TestTempCorpusIsRemoved(t *testing.T) {
	c, err := prepareCorpus("", 3, 1)
	if err != nil {
		t.Fatal(err)
	}
	c.cleanup()
	if _, err := os.Stat(c.dir); !os.IsNotExist(err) {
		t.Errorf("%s still exists after cleanup", c.dir)
	}
}
