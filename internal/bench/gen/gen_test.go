package gen

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// readCorpus returns every file under dir keyed by slash-separated path.
func readCorpus(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// isArticle reports whether a corpus path names an article.
func isArticle(path string) bool {
	return strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".md")
}

func generate(t *testing.T, n int, seed int64) (string, int, int64) {
	t.Helper()
	dir := t.TempDir()
	files, size, err := Generate(dir, n, seed)
	if err != nil {
		t.Fatal(err)
	}
	return dir, files, size
}

func TestGenerateIsDeterministic(t *testing.T) {
	dir1, _, _ := generate(t, 80, 7)
	dir2, _, _ := generate(t, 80, 7)
	a, b := readCorpus(t, dir1), readCorpus(t, dir2)
	if len(a) != len(b) {
		t.Fatalf("file counts differ: %d vs %d", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between runs", name)
		}
	}
	dir3, _, _ := generate(t, 80, 8)
	if c := readCorpus(t, dir3); len(c) == len(a) && bytes.Equal(c["notes.json"], a["notes.json"]) {
		t.Error("a different seed gave the same notes.json")
	}
}

func TestArticlesDoNotDependOnCount(t *testing.T) {
	small, _, _ := generate(t, 10, 3)
	large, _, _ := generate(t, 30, 3)
	a, b := readCorpus(t, small), readCorpus(t, large)
	for name, data := range a {
		if isArticle(name) && !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between n=10 and n=30", name)
		}
	}
}

func TestGenerateScalesLinearly(t *testing.T) {
	_, n1, b1 := generate(t, 100, 1)
	_, n2, b2 := generate(t, 400, 1)
	if n1 != 100 || n2 != 400 {
		t.Fatalf("file counts %d and %d, want 100 and 400", n1, n2)
	}
	if ratio := float64(b2) / float64(b1); ratio < 3.5 || ratio > 4.5 {
		t.Errorf("400 articles are %.2f times the size of 100, want about 4", ratio)
	}
	if avg := b2 / 400; avg < 3800 || avg > 5200 {
		t.Errorf("average article size %d bytes, want about 4500", avg)
	}
}

func TestGenerateContent(t *testing.T) {
	const n = 300
	dir, files, size := generate(t, n, 1)
	corpus := readCorpus(t, dir)
	var articles, frontMatter, md int
	var total int64
	var all strings.Builder
	for name, data := range corpus {
		if !isArticle(name) {
			continue
		}
		articles++
		total += int64(len(data))
		if !utf8.Valid(data) {
			t.Errorf("%s is not valid UTF-8", name)
		}
		text := string(data)
		if strings.ContainsAny(text, "{}") {
			t.Errorf("%s contains an unexpanded template key", name)
		}
		if strings.HasPrefix(strings.TrimPrefix(text, "\ufeff"), "---") {
			frontMatter++
		}
		if strings.HasSuffix(name, ".md") {
			md++
		}
		all.WriteString(text)
	}
	if articles != files || total != size {
		t.Errorf("Generate reported %d files, %d bytes; found %d, %d", files, size, articles, total)
	}
	if frontMatter < n/5 || frontMatter > n/2 {
		t.Errorf("%d of %d articles have front matter, want about a third", frontMatter, n)
	}
	if md == 0 || md > n/2 {
		t.Errorf("%d of %d articles are Markdown, want some but not most", md, n)
	}
	for _, extra := range []string{"notes.json", "image.png", "press/logo.png", "wire/feed.xml"} {
		if _, ok := corpus[extra]; !ok {
			t.Errorf("missing non-article file %s", extra)
		}
	}
	for _, want := range []string{
		"\u2011", "\u00a0", "’", "“", "”", `"`, "—", "–",
		"Zelensky", "Zelenskyy", "Andrii", "Andriy", "Kyrylo", "Kirill",
		"## Timeline", "- Dec 1, 2025 – ", "wrote on X: ", "\ntitle: ", "\npublished: 2025-12-",
		"(Meridian) - ", " said.", "early 2025", "later this week", "points", "-hour session",
		"at least ", "nearly ", "twenty-eight", "Dec. 4", "4 December 2025", "Dec 4 2025",
	} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("no article contains %q", want)
		}
	}
}

func TestNumberFormatting(t *testing.T) {
	for n, want := range map[int]string{0: "zero", 7: "seven", 20: "twenty", 28: "twenty-eight", 105: "one hundred five", 1200: "1200"} {
		if got := spell(n); got != want {
			t.Errorf("spell(%d) = %q, want %q", n, got, want)
		}
	}
	for n, want := range map[int]string{7: "7", 999: "999", 2000: "2,000", 600000: "600,000", 1234567: "1,234,567"} {
		if got := commas(n); got != want {
			t.Errorf("commas(%d) = %q, want %q", n, got, want)
		}
	}
	for s, want := range map[string]string{"20-point": "a 20-point", "8-hour": "an 8-hour", "11-point": "an 11-point", "110-seat": "a 110-seat", "eight-hour": "an eight-hour"} {
		if got := withArticle(s); got != want {
			t.Errorf("withArticle(%q) = %q, want %q", s, got, want)
		}
	}
}

func BenchmarkGenerate(b *testing.B) {
	for b.Loop() {
		if _, _, err := Generate(b.TempDir(), 500, 1); err != nil {
			b.Fatal(err)
		}
	}
}
