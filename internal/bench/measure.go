package main

import (
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"time"
)

// runStat is the measurement of one execution of the binary.
type runStat struct {
	wall   time.Duration
	maxRSS int64 // peak resident set size in bytes; 0 if unknown
	out    int64 // bytes written to standard output
	exit   int
}

// String formats the run for verbose output.
func (r runStat) String() string {
	return fmt.Sprintf("%.3f s, peak RSS %.1f MB, output %s, exit status %d",
		r.wall.Seconds(), float64(r.maxRSS)/1e6, humanBytes(r.out), r.exit)
}

// runError reports a run of the binary that did not exit with status 0 or 1.
type runError struct {
	cmd    string
	err    error
	stderr []byte
}

// Error includes the child's standard error.
func (e *runError) Error() string {
	return fmt.Sprintf("%s: %v; its stderr:\n%s", e.cmd, e.err, bytes.TrimRight(e.stderr, "\n"))
}

// countWriter discards what is written to it and counts the bytes.
type countWriter struct{ n int64 }

// Write counts p and discards it.
func (w *countWriter) Write(p []byte) (int, error) {
	n, err := io.Discard.Write(p)
	w.n += int64(n)
	return n, err
}

// runOnce runs bin with args and dir as last argument and measures it.
// Exit statuses 0 and 1 are success; anything else is a *runError.
func runOnce(bin string, args []string, dir string) (runStat, error) {
	cmd := exec.Command(bin, append(slices.Clone(args), dir)...)
	var stdout countWriter
	var stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	st := runStat{wall: time.Since(start), out: stdout.n}
	if cmd.ProcessState == nil {
		return st, &runError{cmd: cmd.String(), err: err, stderr: stderr.Bytes()}
	}
	st.exit = cmd.ProcessState.ExitCode()
	st.maxRSS = maxRSS(cmd.ProcessState)
	if st.exit != 0 && st.exit != 1 {
		if err == nil {
			err = fmt.Errorf("exit status %d", st.exit)
		}
		return st, &runError{cmd: cmd.String(), err: err, stderr: stderr.Bytes()}
	}
	return st, nil
}

// measure runs the binary n times on dir and returns every run.
func measure(bin string, args []string, dir string, n int) ([]runStat, error) {
	runs := make([]runStat, 0, n)
	for range n {
		st, err := runOnce(bin, args, dir)
		if err != nil {
			return nil, err
		}
		runs = append(runs, st)
	}
	return runs, nil
}
