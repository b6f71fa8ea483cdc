package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// result holds the runs of the binary on one corpus.
type result struct {
	files int
	bytes int64 // article bytes
	runs  []runStat
}

// median returns the run with the median wall time (the lower middle one
// for an even number of runs).
func (r result) median() runStat {
	runs := slices.Clone(r.runs)
	slices.SortFunc(runs, func(a, b runStat) int { return cmp.Compare(a.wall, b.wall) })
	return runs[(len(runs)-1)/2]
}

// megabytes returns the article bytes in MB of 1e6 bytes.
func (r result) megabytes() float64 { return float64(r.bytes) / 1e6 }

// line formats the median run as one report line.
func (r result) line() string {
	m := r.median()
	secs := max(m.wall, time.Microsecond).Seconds()
	return fmt.Sprintf("bench: %d files, %.2f MB: %.3f s, %.1f MB/s, %.0f files/s, peak RSS %.1f MB, output %s",
		r.files, r.megabytes(), m.wall.Seconds(), r.megabytes()/secs, float64(r.files)/secs,
		float64(m.maxRSS)/1e6, humanBytes(m.out))
}

// linearity compares the median time per MB of the largest corpus with that
// of the smallest one; a ratio near 1 means time grows linearly with size.
func linearity(results []result) string {
	if len(results) == 0 {
		return "bench: linearity: no results"
	}
	small := slices.MinFunc(results, func(a, b result) int { return cmp.Compare(a.bytes, b.bytes) })
	large := slices.MaxFunc(results, func(a, b result) int { return cmp.Compare(a.bytes, b.bytes) })
	if small.bytes == large.bytes || small.bytes == 0 {
		return "bench: linearity: needs at least two different sizes (e.g. -sizes 1000,2000,4000)"
	}
	perMB := func(r result) float64 { return r.median().wall.Seconds() * 1e3 / r.megabytes() }
	s, l := perMB(small), perMB(large)
	return fmt.Sprintf("bench: linearity: %.1f ms/MB at %d files, %.1f ms/MB at %d files: ratio %.2f (1.00 = linear)",
		s, small.files, l, large.files, l/max(s, 1e-9))
}

// humanBytes formats n with a decimal unit.
func humanBytes(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
