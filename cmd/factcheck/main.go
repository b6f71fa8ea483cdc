// Command factcheck cross-checks a folder of news articles about one story and reports the
// discrepancies between them. This file only wires the command line; the engine is package
// checker.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"

	"factcheck/checker"
	"factcheck/checker/report"
	"factcheck/rules"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit statuses, as PRODUCT.md fixes them.
const (
	exitOK       = 0 // no finding reaches --fail-on
	exitFindings = 1 // a finding reaches --fail-on
	exitUsage    = 2 // usage, configuration, rule-file or input error
)

func main() {
	growPipe(os.Stdout)
	// A run is short and most of its heap is claims that live to the end, so collecting
	// garbage mostly wastes time: no collection until the heap reaches 4 GiB. Measured on
	// the 2,000-article benchmark: 12 ms less than collecting at GOGC=800 (and 20% less time
	// than Go's default), for 71 MB peak memory instead of 63 MB (readers reuse their
	// buffers, so there is little garbage; 125 MB at 4,000 articles). GOGC or GOMEMLIMIT,
	// when set, still decide.
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(4 << 30)
	}
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// exitError carries an exit status through urfave/cli.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func usageErr(format string, args ...any) error {
	return &exitError{code: exitUsage, msg: fmt.Sprintf(format, args...)}
}

// run executes the command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	app := newApp(stdout, stderr)
	err := app.Run(flagsFirst(args))
	stopProfile()
	stopProfile = func() {}
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "factcheck: "+ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "factcheck: "+err.Error())
	return exitUsage
}

func checkFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output `FORMAT`: text or json"},
		&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "exit 1 when a finding of this `SEVERITY` or worse is found: error, warning, info or never"},
		&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "corpus configuration `FILE` (default: .factcheck.yaml at the corpus root)"},
		&cli.BoolFlag{Name: "no-config", Usage: "ignore .factcheck.yaml: built-in rules only"},
		&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour `WHEN`: auto, always or never (NO_COLOR also turns it off)"},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, DefaultText: "one per CPU", Usage: "articles read in parallel"},
		&cli.StringFlag{Name: "cpuprofile", Hidden: true, Usage: "write a CPU profile to `FILE` (for developers)"},
		&cli.BoolFlag{Name: "timings", Hidden: true, Usage: "print the wall time of each phase to standard error (for developers)"},
	}
}

func newApp(stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:                 "factcheck",
		Usage:                "cross-check news articles about one story and report where they disagree",
		UsageText:            "factcheck [flags] PATH...        (same as: factcheck check [flags] PATH...)",
		Version:              version,
		Writer:               stdout,
		ErrWriter:            stderr,
		Flags:                checkFlags(),
		Action:               checkAction,
		HideVersion:          true,
		EnableBashCompletion: false,
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return usageErr("%v (see factcheck --help)", err)
		},
		ExitErrHandler: func(*cli.Context, error) {},
		Commands: []*cli.Command{
			{
				Name:      "check",
				Usage:     "report the discrepancies between the articles (the default command)",
				ArgsUsage: "PATH...",
				Flags:     checkFlags(),
				Action:    checkAction,
			},
			{
				Name:      "claims",
				Usage:     "print every claim the rules extract, to see what the tool read",
				ArgsUsage: "PATH...",
				Flags:     checkFlags(),
				Action:    claimsAction,
			},
			{
				Name:      "timeline",
				Usage:     "list the events the articles mention, in date order, with the date each source gives",
				ArgsUsage: "PATH...",
				Flags:     checkFlags(),
				Action:    timelineAction,
			},
			{
				Name:      "people",
				Usage:     "list the people the articles name, with their spellings, titles, events and findings",
				ArgsUsage: "PATH...",
				Flags:     checkFlags(),
				Action:    peopleAction,
			},
			{
				Name:  "rules",
				Usage: "list the rules in force (built-in pack plus --config)",
				Flags: []cli.Flag{checkFlags()[2], checkFlags()[4]},
				Action: func(c *cli.Context) error {
					if c.NArg() > 0 {
						return usageErr("rules takes no arguments (to check a corpus: factcheck check PATH)")
					}
					set, err := loadSet(c)
					if err != nil {
						return err
					}
					return report.Rules(c.App.Writer, set, style(c))
				},
			},
			{
				Name:      "explain",
				Usage:     "document one rule, with its example run through the checker",
				ArgsUsage: "RULE-ID",
				Flags:     []cli.Flag{checkFlags()[2], checkFlags()[4]},
				Action:    explainAction,
			},
			{
				Name:  "version",
				Usage: "print the version",
				Action: func(c *cli.Context) error {
					if c.NArg() > 0 {
						return usageErr("version takes no arguments")
					}
					fmt.Fprintf(c.App.Writer, "factcheck %s (JSON schema %d, %s)\n", version, report.SchemaVersion, runtime.Version())
					return nil
				},
			},
		},
	}
	for _, cmd := range app.Commands {
		cmd.OnUsageError = app.OnUsageError
	}
	return app
}

// valueFlags are the flags that take a value, with and without their dashes.
var valueFlags = map[string]bool{
	"format": true, "f": true, "fail-on": true, "config": true, "c": true, "color": true,
	"jobs": true, "j": true, "cpuprofile": true,
}

// commands are the subcommand names.
var commands = map[string]bool{"check": true, "claims": true, "timeline": true, "people": true, "rules": true, "explain": true, "version": true, "help": true, "h": true}

// flagsFirst puts the flags right after the subcommand, wherever they were written:
// "factcheck corpus/ --format json" and "factcheck --format json check corpus/" both mean
// what they say, as urfave/cli reads a command's flags only before its first argument. "--"
// ends the flags.
func flagsFirst(args []string) []string {
	if len(args) < 2 {
		return args
	}
	var flags, rest []string
	cmd := ""
	for i := 1; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i:]...)
			i = len(args)
		case strings.HasPrefix(a, "-") && len(a) > 1:
			flags = append(flags, a)
			if valueFlags[strings.TrimLeft(a, "-")] && i+1 < len(args) {
				flags = append(flags, args[i+1])
				i++
			}
		case cmd == "" && len(rest) == 0 && commands[a]:
			cmd = a
		default:
			rest = append(rest, a)
		}
	}
	out := []string{args[0]}
	if cmd != "" {
		out = append(out, cmd)
	}
	return append(append(out, flags...), rest...)
}

// options reads the flags shared by check, claims and timeline.
func options(c *cli.Context) (checker.Options, error) {
	paths := c.Args().Slice()
	if len(paths) > 0 && paths[0] == "--" {
		paths = paths[1:]
	}
	if len(paths) == 0 {
		return checker.Options{}, usageErr("no PATH given: factcheck [flags] PATH... (a directory of .txt and .md articles)")
	}
	if c.Int("jobs") < 0 {
		return checker.Options{}, usageErr("--jobs must be a positive number")
	}
	opts := checker.Options{Paths: paths, Jobs: c.Int("jobs"), NoDiscover: c.Bool("no-config")}
	if f := c.String("config"); f != "" {
		_, cfg, err := rules.LoadAll(f)
		if err != nil {
			return opts, usageErr("%v", err)
		}
		opts.Config = cfg
	}
	switch c.String("format") {
	case "text", "json":
	default:
		return opts, usageErr("--format must be text or json, not %q", c.String("format"))
	}
	switch c.String("color") {
	case "auto", "always", "never":
	default:
		return opts, usageErr("--color must be auto, always or never, not %q", c.String("color"))
	}
	return opts, nil
}

// style decides colour: never under NO_COLOR or --color never, always with --color always,
// else only when standard output is a terminal.
func style(c *cli.Context) report.Style {
	if os.Getenv("NO_COLOR") != "" {
		return report.Style{}
	}
	switch c.String("color") {
	case "always":
		return report.Style{Color: true}
	case "never":
		return report.Style{}
	}
	f, ok := c.App.Writer.(*os.File)
	return report.Style{Color: ok && isatty.IsTerminal(f.Fd()) && os.Getenv("TERM") != "dumb"}
}

func runChecker(c *cli.Context, keepClaims bool) (*checker.Result, error) {
	opts, err := options(c)
	if err != nil {
		return nil, err
	}
	if f := c.String("cpuprofile"); f != "" {
		stop, err := startProfile(f)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		// The profile covers the run and the report: it ends when the command does.
		stopProfile = stop
	}
	opts.KeepClaims = keepClaims
	res, err := checker.Run(opts)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	for _, e := range res.InputErrors {
		fmt.Fprintln(c.App.ErrWriter, "factcheck: "+report.Sanitize(e.Error()))
	}
	return res, nil
}

// stopProfile ends the CPU profile that --cpuprofile started, if any.
var stopProfile = func() {}

// startProfile starts a CPU profile and returns the function that ends it.
func startProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func checkAction(c *cli.Context) error {
	failOn := c.String("fail-on")
	threshold := map[string]int{"error": 3, "warning": 2, "info": 1, "never": 99}[failOn]
	if threshold == 0 {
		return usageErr("--fail-on must be error, warning, info or never, not %q", failOn)
	}
	res, err := runChecker(c, false)
	if err != nil {
		return err
	}
	reportStart := time.Now()
	if err := write(c, res, report.JSON, report.Text, "report"); err != nil {
		return err
	}
	if c.Bool("timings") {
		res.Timings = append(res.Timings, checker.Timing{Phase: "report", Duration: time.Since(reportStart)})
		for _, t := range res.Timings {
			fmt.Fprintf(c.App.ErrWriter, "timing: %-16s %v\n", t.Phase, t.Duration.Round(time.Millisecond))
		}
	}
	if len(res.InputErrors) > 0 {
		return incomplete(res, "report")
	}
	for _, f := range res.Findings {
		if f.Severity.Rank() >= threshold {
			return &exitError{code: exitFindings}
		}
	}
	return nil
}

func claimsAction(c *cli.Context) error {
	res, err := runChecker(c, true)
	if err != nil {
		return err
	}
	if err := write(c, res, report.ClaimsJSON, report.Claims, "claims"); err != nil {
		return err
	}
	if len(res.InputErrors) > 0 {
		return incomplete(res, "list")
	}
	return nil
}

func timelineAction(c *cli.Context) error {
	opts, err := options(c)
	if err != nil {
		return err
	}
	res, evs, err := checker.Timeline(opts)
	if err != nil {
		return usageErr("%v", err)
	}
	for _, e := range res.InputErrors {
		fmt.Fprintln(c.App.ErrWriter, "factcheck: "+report.Sanitize(e.Error()))
	}
	if c.String("format") == "json" {
		err = report.TimelineJSON(c.App.Writer, res, evs)
	} else {
		err = report.Timeline(c.App.Writer, res, evs, style(c))
	}
	if err != nil {
		return usageErr("writing the timeline: %v", err)
	}
	if len(res.InputErrors) > 0 {
		return incomplete(res, "timeline")
	}
	return nil
}

func peopleAction(c *cli.Context) error {
	opts, err := options(c)
	if err != nil {
		return err
	}
	res, ps, err := checker.People(opts)
	if err != nil {
		return usageErr("%v", err)
	}
	for _, e := range res.InputErrors {
		fmt.Fprintln(c.App.ErrWriter, "factcheck: "+report.Sanitize(e.Error()))
	}
	if c.String("format") == "json" {
		err = report.PeopleJSON(c.App.Writer, res, ps)
	} else {
		err = report.People(c.App.Writer, res, ps, style(c))
	}
	if err != nil {
		return usageErr("writing the list of people: %v", err)
	}
	if len(res.InputErrors) > 0 {
		return incomplete(res, "list of people")
	}
	return nil
}

// write prints res in the format the flags ask for.
func write(c *cli.Context, res *checker.Result, asJSON func(io.Writer, *checker.Result) error,
	asText func(io.Writer, *checker.Result, report.Style) error, what string) error {
	var err error
	if c.String("format") == "json" {
		err = asJSON(c.App.Writer, res)
	} else {
		err = asText(c.App.Writer, res, style(c))
	}
	if err != nil {
		return usageErr("writing the %s: %v", what, err)
	}
	return nil
}

// incomplete is the exit for a run in which some articles could not be read.
func incomplete(res *checker.Result, what string) error {
	files := "files"
	if len(res.InputErrors) == 1 {
		files = "file"
	}
	return &exitError{code: exitUsage, msg: fmt.Sprintf("%d %s could not be read; the %s is incomplete", len(res.InputErrors), files, what)}
}

func loadSet(c *cli.Context) (*rules.Set, error) {
	set, _, err := rules.LoadAll(c.String("config"))
	if err != nil {
		return nil, usageErr("%v", err)
	}
	return set, nil
}

func explainAction(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErr("explain takes one rule id; `factcheck rules` lists them")
	}
	set, err := loadSet(c)
	if err != nil {
		return err
	}
	id := c.Args().First()
	r := set.Rule(id)
	if r == nil {
		var ids []string
		for _, r := range set.Rules {
			ids = append(ids, r.ID)
		}
		return usageErr("no rule %q (rules: %s)", id, strings.Join(ids, ", "))
	}
	ex, err := checker.RunExample(set, r)
	if err != nil {
		return usageErr("running the example of %s: %v", id, err)
	}
	return report.Explain(c.App.Writer, set, r, ex, style(c))
}
