package article

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadFile reads files of several sizes with one scratch, in an order that makes the
// buffer grow and shrink in use, and checks every byte; then the errors.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	sizes := []int{0, 1, 511, 4096, 100_000, 3, 4097, 1 << 20, 10}
	var sc Scratch
	for i, n := range sizes {
		want := bytes.Repeat([]byte{byte('a' + i)}, n)
		p := filepath.Join(dir, "f"+string(rune('a'+i)))
		if err := os.WriteFile(p, want, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := sc.ReadFile(p)
		if err != nil {
			t.Fatalf("ReadFile(%d bytes): %v", n, err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("ReadFile(%d bytes) = %d bytes, not the file's", n, len(got))
		}
	}
	// A relative path is read from the working directory.
	t.Chdir(dir)
	if got, err := sc.ReadFile("fb"); err != nil || string(got) != "b" {
		t.Errorf("ReadFile(relative) = %q, %v; want \"b\"", got, err)
	}

	_, err := sc.ReadFile(filepath.Join(dir, "missing"))
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Op != "open" || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadFile(missing) error = %v; want an open error that is fs.ErrNotExist", err)
	}
	if _, err := sc.ReadFile(dir); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("ReadFile(directory) error = %v; want an error naming the directory", err)
	}
	if _, err := sc.ReadFile("bad\x00name"); err == nil {
		t.Error("ReadFile(path with NUL) succeeded")
	}
}
