package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"factcheck/internal/bench/gen"
)

// corpus is a generated corpus ready to be checked.
type corpus struct {
	dir     string
	files   int   // articles (.txt and .md files)
	bytes   int64 // total article size
	reused  bool
	took    time.Duration // generation time
	cleanup func()
}

// prepareCorpus generates n articles from seed. Without keep they go to a
// temporary directory that cleanup removes. With keep they go to keep/N,
// which is reused as is when keep/N.stamp shows it holds the same corpus
// and is otherwise replaced.
func prepareCorpus(keep string, n int, seed int64) (corpus, error) {
	if keep == "" {
		dir, err := os.MkdirTemp("", "factcheck-bench-")
		if err != nil {
			return corpus{}, err
		}
		c := corpus{dir: dir, cleanup: func() { os.RemoveAll(dir) }}
		if err := c.generate(n, seed); err != nil {
			c.cleanup()
			return corpus{}, err
		}
		return c, nil
	}
	c := corpus{dir: filepath.Join(keep, strconv.Itoa(n)), cleanup: func() {}}
	stampFile := c.dir + ".stamp"
	if c.reusable(stampFile, n, seed) {
		return c, nil
	}
	if err := os.RemoveAll(c.dir); err != nil {
		return corpus{}, err
	}
	if err := c.generate(n, seed); err != nil {
		return corpus{}, err
	}
	return c, os.WriteFile(stampFile, []byte(stamp(n, seed, c.files, c.bytes)), 0o644)
}

// generate writes the corpus into c.dir and records its size.
func (c *corpus) generate(n int, seed int64) error {
	start := time.Now()
	files, size, err := gen.Generate(c.dir, n, seed)
	c.files, c.bytes, c.took = files, size, time.Since(start)
	return err
}

// reusable reports whether c.dir still holds the corpus its stamp describes,
// and if so records its size.
func (c *corpus) reusable(stampFile string, n int, seed int64) bool {
	want, err := os.ReadFile(stampFile)
	if err != nil {
		return false
	}
	files, size, err := countArticles(c.dir)
	if err != nil || string(want) != stamp(n, seed, files, size) {
		return false
	}
	c.files, c.bytes, c.reused = files, size, true
	return true
}

// stamp describes a generated corpus.
func stamp(n int, seed int64, files int, size int64) string {
	return fmt.Sprintf("factcheck bench corpus: gen v%d, n=%d, seed=%d, files=%d, bytes=%d\n",
		gen.Version, n, seed, files, size)
}

// countArticles returns the number and total size of the .txt and .md
// files under dir.
func countArticles(dir string) (files int, size int64, err error) {
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		if ext := strings.ToLower(filepath.Ext(path)); ext != ".txt" && ext != ".md" {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files++
		size += info.Size()
		return nil
	})
	return files, size, err
}
