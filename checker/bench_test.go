package checker

import (
	"os"

	"factcheck/checker/article"
	"factcheck/checker/claim"
	"factcheck/checker/pass"
	"path/filepath"
	"testing"

	"factcheck/internal/bench/gen"
)

// BenchmarkCompare measures the corpus pass alone, on the claims of BenchmarkRun's corpus.
func BenchmarkCompare(b *testing.B) {
	dir := benchDir(b)
	var run func()
	afterMerge = func(cs []pass.Check, keys []string, byKey [][]*claim.Claim, kept []*article.Article, env *pass.Env) {
		run = func() { compare(cs, keys, byKey, kept, &pass.Env{Set: env.Set, Lex: env.Lex}) }
	}
	defer func() { afterMerge = nil }()
	if _, err := Run(Options{Paths: []string{dir}}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		run()
	}
}

func benchDir(b *testing.B) string {
	if dir := os.Getenv("FACTCHECK_BENCH_DIR"); dir != "" {
		return dir
	}
	dir := filepath.Join(b.TempDir(), "corpus")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	if _, _, err := gen.Generate(dir, 500, 1); err != nil {
		b.Fatal(err)
	}
	return dir
}

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
