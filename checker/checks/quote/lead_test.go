package quote_test

import (
	"os"
	"path/filepath"
	"testing"

	"factcheck/checker"
)

// TestLeadFolded: the words before a fragment quote (its lead) are compared with other
// quotes' Match, so they are folded the same way: British spellings in their American
// form, while the quote's own text keeps the article's spelling.
func TestLeadFolded(t *testing.T) {
	dir := t.TempDir()
	text := "The report said the government would realise \"the full potential of the towns and villages\" within ten years.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := checker.Run(checker.Options{Paths: []string{dir}, NoDiscover: true, KeepClaims: true})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range res.Claims {
		if q := c.Quote; q != nil && q.Text == "the full potential of the towns and villages" {
			found = true
			if q.Lead != "government would realize" {
				t.Errorf("lead %q, want %q", q.Lead, "government would realize")
			}
		}
	}
	if !found {
		t.Fatalf("quote not found in %d claims", len(res.Claims))
	}
}
