// Package gen writes a deterministic synthetic corpus of news articles for
// benchmarking factcheck.
//
// The articles are assembled from templates and vocabularies in this
// package: wire copy with datelines, analysis pieces, live blogs, press
// releases and Markdown explainer pages with a timeline, about four stories
// (peace talks, a budget vote, floods and a cup final). Each article reports
// the stories' counts, dates, names and quotes, mostly consistently but with
// a realistic share of discrepancies, spelling variants and typographic
// quirks (curly quotes, dashes, non-breaking spaces and hyphens).
package gen

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// Version identifies the generator's output. It changes whenever the same
// seed and article count would produce different files.
const Version = 1

// Generate writes n articles generated from seed into dir, creating dir and
// its subdirectories as needed. The same seed and n always produce
// byte-identical files, and article i does not depend on n. Besides the
// articles (.txt and .md files), dir receives a few other files (JSON, PNG,
// XML) that a linter should skip. Generate returns the number of articles
// and their total size in bytes; the other files are not counted.
func Generate(dir string, n int, seed int64) (files int, bytes int64, err error) {
	if n < 0 {
		return 0, 0, fmt.Errorf("gen: negative article count %d", n)
	}
	for _, sub := range append([]string{""}, styleDirs[:]...) {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return 0, 0, err
		}
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), 8))
	sizes := make([]int64, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				rel, data := render(seed, i)
				if err := os.WriteFile(filepath.Join(dir, rel), data, 0o644); err != nil {
					errs[w] = err
					return
				}
				sizes[w] += int64(len(data))
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return 0, 0, err
	}
	for _, s := range sizes {
		bytes += s
	}
	if err := writeExtras(dir, n, seed); err != nil {
		return 0, 0, err
	}
	return n, bytes, nil
}

// render returns the path, relative to the corpus directory, and the
// content of article i.
func render(seed int64, i int) (string, []byte) {
	a := newArticle(seed, i)
	style := weighted(a, styleWeights[:])
	fm := a.r.IntN(3) == 0
	md := a.r.IntN(10) == 0
	switch style {
	case styleWire:
		a.wire(fm, md)
	case styleAnalysis:
		a.analysis(fm, md)
	case styleLive:
		a.live(fm, md)
	case styleRelease:
		a.release(fm, md)
	default:
		md = true
		a.summary(fm)
	}
	data := a.buf
	if a.r.IntN(100) < 3 {
		data = bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
	}
	if a.r.IntN(100) < 2 {
		data = append([]byte("\ufeff"), data...)
	}
	ext := ".txt"
	if md {
		ext = ".md"
	}
	dir := styleDirs[style]
	if a.r.IntN(100) < 8 {
		dir = ""
	}
	return filepath.Join(dir, fmt.Sprintf("%05d-%s%s", i, slug(a.title, 48), ext)), data
}

// weighted returns an index into weights chosen with those weights.
func weighted(a *article, weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := a.r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	panic("unreachable")
}

// pngBytes is the start of a PNG file: enough to look binary.
const pngBytes = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"

// writeExtras writes the non-article files of the corpus.
func writeExtras(dir string, n int, seed int64) error {
	extras := map[string]string{
		"notes.json":     fmt.Sprintf("{\"corpus\": \"factcheck synthetic benchmark\", \"generator\": %d, \"seed\": %d, \"articles\": %d}\n", Version, seed, n),
		"image.png":      pngBytes,
		"press/logo.png": pngBytes,
		"wire/feed.xml":  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Wire feed</title></channel></rss>\n",
	}
	for name, content := range extras {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(content), 0o644); err != nil {
			return err
		}
	}
	return nil
}
