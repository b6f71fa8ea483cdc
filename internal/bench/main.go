// Command bench measures the speed and memory use of the factcheck binary on
// synthetic corpora of increasing size (see package gen).
//
// Usage:
//
//	go run ./internal/bench -bin bin/factcheck -sizes 1000,2000,4000 [-keep DIR] [-runs 3] -- check --format json --fail-on never
//
// For each size it generates a corpus, runs the binary -runs times with the
// arguments after "--" followed by the corpus directory, and prints the
// median run: wall time, throughput, the child's peak RSS and the size of
// its standard output. Exit statuses 0 and 1 count as success; any other
// status stops the benchmark and prints the child's standard error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// config is the parsed command line.
type config struct {
	bin     string
	sizes   []int
	keep    string
	runs    int
	seed    int64
	verbose bool
	args    []string // passed to the binary before the corpus directory
}

// parseArgs parses the command line; errors are also reported on stderr.
func parseArgs(args []string, stderr io.Writer) (config, error) {
	var cfg config
	var sizes string
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.bin, "bin", "bin/factcheck", "factcheck `binary` to measure")
	fs.StringVar(&sizes, "sizes", "2000", "comma-separated corpus sizes, in articles")
	fs.StringVar(&cfg.keep, "keep", "", "keep corpora in `DIR`/N and reuse them when unchanged (default: temporary directories)")
	fs.IntVar(&cfg.runs, "runs", 3, "runs per size; the median is reported")
	fs.Int64Var(&cfg.seed, "seed", 1, "corpus generator seed")
	fs.BoolVar(&cfg.verbose, "v", false, "print every run")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: bench [flags] -- [binary arguments]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	cfg.args = fs.Args()
	var err error
	if cfg.sizes, err = parseSizes(sizes); err == nil && cfg.runs < 1 {
		err = errors.New("-runs must be at least 1")
	}
	if err != nil {
		fmt.Fprintln(stderr, "bench:", err)
	}
	return cfg, err
}

// parseSizes parses a comma-separated list of positive article counts.
func parseSizes(s string) ([]int, error) {
	var sizes []int
	for field := range strings.SplitSeq(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("bad size %q in -sizes %q: want positive integers", field, s)
		}
		sizes = append(sizes, n)
	}
	return sizes, nil
}

// run executes the benchmark and returns the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseArgs(args, stderr)
	if err != nil {
		return 2
	}
	bin, err := exec.LookPath(cfg.bin)
	if err != nil {
		fmt.Fprintf(stderr, "bench: %v (build it first)\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "bench: %d CPUs (%s/%s), runs per size: %d, command: %s <corpus>\n",
		runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, cfg.runs, strings.Join(append([]string{cfg.bin}, cfg.args...), " "))
	var results []result
	for _, n := range cfg.sizes {
		res, err := benchSize(cfg, bin, n, stdout)
		if err != nil {
			fmt.Fprintf(stderr, "bench: %d files: %v\n", n, err)
			return 1
		}
		fmt.Fprintln(stdout, res.line())
		results = append(results, res)
	}
	fmt.Fprintln(stdout, linearity(results))
	return 0
}

// benchSize prepares the corpus of n articles and measures the binary on it.
func benchSize(cfg config, bin string, n int, log io.Writer) (result, error) {
	c, err := prepareCorpus(cfg.keep, n, cfg.seed)
	if err != nil {
		return result{}, err
	}
	defer c.cleanup()
	if c.reused {
		fmt.Fprintf(log, "bench: reused %d files (%.2f MB) in %s\n", c.files, float64(c.bytes)/1e6, c.dir)
	} else {
		fmt.Fprintf(log, "bench: generated %d files (%.2f MB) in %s in %.3f s\n",
			c.files, float64(c.bytes)/1e6, c.dir, c.took.Seconds())
	}
	runs, err := measure(bin, cfg.args, c.dir, cfg.runs)
	if err != nil {
		return result{}, err
	}
	if cfg.verbose {
		for i, r := range runs {
			fmt.Fprintf(log, "bench:   run %d: %s\n", i+1, r)
		}
	}
	return result{files: c.files, bytes: c.bytes, runs: runs}, nil
}
