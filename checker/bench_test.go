package checker

import (
	"os"
	"path/filepath"
	"testing"

	"factcheck/internal/bench/gen"
)

// BenchmarkRun measures the whole pipeline (without printing) on a generated corpus of 500
// articles, or on the corpus in $FACTCHECK_BENCH_DIR. `make bench` measures the binary end
// to end.
func BenchmarkRun(b *testing.B) {
	dir := os.Getenv("FACTCHECK_BENCH_DIR")
	var size int64
	if dir == "" {
		dir = filepath.Join(b.TempDir(), "corpus")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		var err error
		if _, size, err = gen.Generate(dir, 500, 1); err != nil {
			b.Fatal(err)
		}
	} else {
		filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
			if err == nil && !fi.IsDir() {
				size += fi.Size()
			}
			return nil
		})
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Run(Options{Paths: []string{dir}}); err != nil {
			b.Fatal(err)
		}
	}
}
