// Package checker is the engine: it loads a corpus, runs every rule's extraction over each
// article in parallel (the per-article pass), then every rule's comparison over the claims
// (the corpus pass), and returns sorted, fingerprinted findings.
package checker

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"factcheck/checker/article"
	"factcheck/checker/checks"
	"factcheck/checker/claim"
	"factcheck/checker/events"
	"factcheck/checker/finding"
	"factcheck/checker/lexicon"
	"factcheck/checker/pass"
	"factcheck/internal/hugeheap"
	"factcheck/rules"
)

// Options configure a run.
type Options struct {
	// Paths are the files and directories to check.
	Paths []string
	// Config is the corpus configuration; nil to discover .factcheck.yaml at the corpus root.
	Config *rules.Config
	// NoDiscover disables the discovery of .factcheck.yaml.
	NoDiscover bool
	// Jobs is the number of articles read at once; 0 means one per CPU.
	Jobs int
	// KeepClaims keeps every claim in the result, for `factcheck claims`.
	KeepClaims bool
}

// Result is the outcome of a run.
type Result struct {
	// Corpus is the corpus root as given.
	Corpus string
	// Articles are the articles read, in path order.
	Articles []*article.Article
	// Claims are every claim (only with Options.KeepClaims), in path and offset order.
	Claims []claim.Claim
	// ClaimCount is the number of claims extracted.
	ClaimCount int
	// Findings are sorted for the report.
	Findings []finding.Finding
	// Skipped counts files that are not articles.
	Skipped int
	// InputErrors are articles that could not be read; the run cannot be trusted with them.
	InputErrors []error
	// Set is the rule set in force.
	Set *rules.Set
	// Timings are the wall times of the phases, for developers (factcheck --timings).
	Timings []Timing
}

// Timing is the wall time of one phase of a run.
type Timing struct {
	Phase    string
	Duration time.Duration
}

func (r *Result) timed(phase string, since time.Time) time.Time {
	now := time.Now()
	r.Timings = append(r.Timings, Timing{phase, now.Sub(since)})
	return now
}

// startHeap is the heap prepared for huge pages before the corpus is walked: enough for the
// rules, the lexicon and the claims of about 2,000 articles.
const startHeap = 128 << 20

// UsageError is a problem with how the tool was called or configured (exit status 2).
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

// input is one article to read: a file, or bytes already in memory (data != nil).
type input struct {
	abs, rel string
	data     []byte
}

// Run checks a corpus.
func Run(opts Options) (*Result, error) {
	if len(opts.Paths) == 0 {
		return nil, &UsageError{errors.New("no corpus path given")}
	}
	start := time.Now()
	// Everything the run allocates from here on, rules and lexicon included, starts on huge
	// pages; Reserve below extends the reservation for a large corpus.
	hugeheap.Start(startHeap)
	// The rules load while the corpus is walked: one parses YAML, the other waits on the
	// file system.
	type loaded struct {
		set *rules.Set
		lex *lexicon.Lexicon
		err error
	}
	load := make(chan loaded, 1)
	go func() {
		var l loaded
		if opts.Config != nil {
			l.set, l.err = rules.Load(opts.Config)
		} else {
			path := ""
			if root := corpusRoot(opts.Paths); !opts.NoDiscover && root != "" {
				if p := filepath.Join(root, ".factcheck.yaml"); fileExists(p) {
					path = p
				}
			}
			l.set, _, l.err = rules.LoadAll(path)
		}
		if l.err == nil {
			// The lexicon is compiled here too, while the walk still waits on the disk.
			l.lex = lexicon.Compile(l.set.Lexicon)
		}
		load <- l
	}()
	files, skipped, walkErrs, err := collect(opts.Paths)
	l := <-load
	if err != nil {
		return nil, &UsageError{err}
	}
	walked := time.Now()
	if len(files) == 0 && len(walkErrs) == 0 {
		return nil, &UsageError{fmt.Errorf("%s: no articles (.txt or .md files) to check", strings.Join(opts.Paths, ", "))}
	}
	set, err := l.set, l.err
	if err != nil {
		return nil, &UsageError{err}
	}
	env := &pass.Env{Set: set, Lex: l.lex}
	res := &Result{Corpus: corpusName(opts.Paths), Skipped: skipped, InputErrors: walkErrs, Set: set}
	res.Timings = append(res.Timings, Timing{"walk, load and compile", walked.Sub(start)})
	t := walked
	// A run allocates about 50 KB of heap per article (claims, evidence, interned words,
	// quotes): have it start on huge pages. Too small a reservation costs a page fault per
	// 4 KB beyond it (about 10 us each on a VM).
	hugeheap.Reserve(min(len(files), 1<<15) * (64 << 10))
	res.timed("reserve heap", t)
	return res, run(res, files, env, opts)
}

// RunExample runs the whole rule set over rule r's example articles and keeps r's findings:
// `factcheck explain` shows what the rule really reports, not what its author hoped.
func RunExample(set *rules.Set, r *rules.Rule) (*Result, error) {
	var files []input
	for _, a := range r.Example {
		files = append(files, input{rel: a.File, data: []byte(a.Text)})
	}
	env := &pass.Env{Set: set, Lex: lexicon.Compile(set.Lexicon)}
	res := &Result{Corpus: "example", Set: set}
	if err := run(res, files, env, Options{Jobs: 1}); err != nil {
		return nil, err
	}
	kept := res.Findings[:0]
	for _, f := range res.Findings {
		if f.Rule == r.ID {
			kept = append(kept, f)
		}
	}
	res.Findings = kept
	return res, nil
}

// Prepare compiles the rules of set: one pass.Check per rule, in rule order.
func Prepare(set *rules.Set, env *pass.Env) ([]pass.Check, error) {
	var out []pass.Check
	for _, r := range set.Rules {
		ctor, ok := checks.Kinds[r.Kind]
		if !ok {
			return nil, fmt.Errorf("%s: kind %q has no implementation", r.Origin, r.Kind)
		}
		c, err := ctor(r, env)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", r.Origin, err)
		}
		out = append(out, c)
	}
	return out, nil
}

// poisonScratch makes every reader overwrite its scratch memory after each article (set by
// tests, which then check that no claim aliases that memory).
var poisonScratch bool

// afterMerge, when set (by benchmarks), sees what the corpus pass is given.
var afterMerge func(cs []pass.Check, keys []string, byKey [][]*claim.Claim, kept []*article.Article, env *pass.Env)

func run(res *Result, files []input, env *pass.Env, opts Options) error {
	t0 := time.Now()
	cs, err := Prepare(env.Set, env)
	if err != nil {
		return &UsageError{err}
	}
	// One extraction per distinct key.
	var keys []string
	extractor := map[string]pass.Check{}
	for _, c := range cs {
		if _, ok := extractor[c.ExtractKey()]; !ok {
			extractor[c.ExtractKey()] = c
			keys = append(keys, c.ExtractKey())
		}
	}
	for _, c := range cs {
		if r, ok := c.(pass.Requirer); ok {
			for _, rc := range r.Requires() {
				if _, ok := extractor[rc.ExtractKey()]; !ok {
					extractor[rc.ExtractKey()] = rc
					keys = append(keys, rc.ExtractKey())
				}
			}
		}
	}
	arts := make([]*article.Article, len(files))
	perArticle := make([][][]claim.Claim, len(files)) // [article][key]
	tallies := make([]tally, len(files))
	errs := make([]error, len(files))
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	// Workers take the next file from a shared counter: no channel hand-off, so no
	// goroutine wake-up per file.
	var wg sync.WaitGroup
	var next atomic.Int64
	for w := 0; w < min(jobs, len(files)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := &article.Scratch{Classify: env.Lex.Classify}
			mem := pass.NewMemory()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				arts[i], perArticle[i], tallies[i], errs[i] = extract(sc, mem, files[i], i, keys, extractor, env, opts.KeepClaims)
				if poisonScratch {
					sc.Poison()
				}
			}
		}()
	}
	wg.Wait()
	t0 = res.timed("read and extract", t0)

	// Keep the articles that could be read. The corpus pass sees pointers into the
	// per-article claim slices: nothing is copied.
	var kept []*article.Article
	keptIndex := make([]int32, len(arts))
	for i, a := range arts {
		if errs[i] != nil {
			res.InputErrors = append(res.InputErrors, errs[i])
			continue
		}
		keptIndex[i] = int32(len(kept))
		kept = append(kept, a)
		res.ClaimCount += a.Uncompared
	}
	sort.SliceStable(res.InputErrors, func(i, j int) bool { return res.InputErrors[i].Error() < res.InputErrors[j].Error() })
	article.InferPublished(kept)
	res.Articles = kept
	// Each extraction's claims are gathered on their own goroutine, as pointers: the
	// extraction numbered them and counted them while they were in its cache, and a claim
	// is renumbered only when an article before its own could not be read. Their
	// publication date is their article's (Article.Published), inferred just above: it is
	// not copied into every claim.
	byKey := make([][]*claim.Claim, len(keys))
	var mg sync.WaitGroup
	for k := range keys {
		mg.Go(func() {
			n := 0
			for i := range arts {
				if errs[i] == nil {
					n += len(perArticle[i][k])
				}
			}
			list := make([]*claim.Claim, 0, n)
			for i := range arts {
				if errs[i] != nil {
					continue
				}
				cs := perArticle[i][k]
				renumber := keptIndex[i] != int32(i)
				for j := range cs {
					if renumber {
						cs[j].Article = keptIndex[i]
					}
					list = append(list, &cs[j])
				}
			}
			byKey[k] = list
		})
	}
	mg.Wait()
	for i := range arts {
		if errs[i] != nil {
			continue
		}
		res.ClaimCount += tallies[i].counted
		for _, c := range tallies[i].floating {
			// A date without its year takes the year of the inferred publication date.
			// Extractions may share an event: Reanchor fixes it once.
			events.Reanchor(c.Event, arts[i].Published)
		}
	}
	if opts.KeepClaims {
		for k := range keys {
			for _, c := range byKey[k] {
				cc := *c
				cc.Published = kept[c.Article].Published
				res.Claims = append(res.Claims, cc)
			}
		}
	}
	if opts.KeepClaims {
		sort.SliceStable(res.Claims, func(i, j int) bool { return claim.Less(&res.Claims[i], &res.Claims[j]) })
	}
	t0 = res.timed("merge", t0)
	if afterMerge != nil {
		afterMerge(cs, keys, byKey, kept, env)
	}
	perRule, took := compare(cs, keys, byKey, kept, env)
	t0 = res.timed("compare", t0)
	for ri, d := range took {
		res.Timings = append(res.Timings, Timing{"  rule " + env.Set.Rules[ri].ID, d})
	}
	for _, fs := range perRule {
		res.Findings = append(res.Findings, fs...)
	}
	finding.Sort(res.Findings)
	res.timed("sort", t0)
	return nil
}

// compare runs the corpus pass: one goroutine per rule, over the claims of the rule's
// extraction. It returns each rule's findings, fingerprinted.
func compare(cs []pass.Check, keys []string, byKey [][]*claim.Claim, kept []*article.Article, env *pass.Env) ([][]finding.Finding, []time.Duration) {
	keyIndex := map[string]int{}
	extractions := make(map[string][]*claim.Claim, len(keys))
	for k, key := range keys {
		keyIndex[key] = k
		extractions[key] = byKey[k]
	}
	// Rules compare independently: one goroutine each. A check must not modify claims
	// another check shares, so each gets its own copy of the shared slice header and
	// copies before it writes (see quantity's owner adoption).
	perRule := make([][]finding.Finding, len(cs))
	took := make([]time.Duration, len(cs))
	var wg sync.WaitGroup
	for ri, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			defer func() { took[ri] = time.Since(start) }()
			r := env.Set.Rules[ri]
			cp := &pass.Corpus{Articles: kept, Claims: byKey[keyIndex[c.ExtractKey()]], Env: env, Extractions: extractions}
			for _, f := range c.Compare(cp) {
				f.Rule, f.Class, f.Severity = r.ID, r.Kind, r.Severity
				f.SetFingerprint()
				perRule[ri] = append(perRule[ri], f)
			}
		}()
	}
	wg.Wait()
	return perRule, took
}

// extract reads one article and runs every extraction over it.
// tally is what the merge needs of an article's claims, counted by its reader while they
// were in the cache: the claims the summary counts, and those whose event's date waits on
// the publication date.
type tally struct {
	counted  int
	floating []*claim.Claim
}

func extract(sc *article.Scratch, mem *pass.Memory, in input, idx int, keys []string, extractor map[string]pass.Check, env *pass.Env, allClaims bool) (a *article.Article, claims [][]claim.Claim, t tally, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, claims, t, err = nil, nil, tally{}, fmt.Errorf("%s: internal error while reading this article: %v", in.rel, p)
		}
	}()
	data := in.data
	if data == nil {
		if data, err = sc.ReadFile(in.abs); err != nil {
			return nil, nil, t, fmt.Errorf("%s: cannot read: %v", in.rel, errors.Unwrap(err))
		}
	}
	a, err = article.ParseWith(sc, in.rel, data)
	if err != nil {
		return nil, nil, t, err
	}
	if sc.Classify == nil {
		a.Classify(env.Lex.Classify)
	}
	d := &pass.Doc{Article: a, Index: idx, Env: env, AllClaims: allClaims, Mem: mem}
	claims = make([][]claim.Claim, len(keys))
	// Most extractions come out in text order already: check before sorting, and sort
	// without reflection (sort.SliceStable's swapper allocates per call).
	byOffset := func(a, b claim.Claim) int { return cmp.Compare(a.Offset, b.Offset) }
	for k, key := range keys {
		cs := extractor[key].Extract(d)
		if !slices.IsSortedFunc(cs, byOffset) {
			slices.SortStableFunc(cs, byOffset)
		}
		claims[k] = cs
		for j := range cs {
			c := &cs[j] // numbered by Doc.Fill with the article's index
			if c.Reference == nil {
				// Back-references are read only for `claims` and `people`: counting them
				// would make the summary depend on the command.
				t.counted++
			}
			if c.Event != nil && c.Event.Floating {
				t.floating = append(t.floating, c)
			}
		}
	}
	a.Release()
	a.Uncompared = d.Uncompared
	return a, claims, t, nil
}

// corpusRoot returns the directory where the corpus configuration is looked for, as
// collect decides it: the directory given, or the directory of the one file given, or the
// first directory of several paths; "" when there is none.
func corpusRoot(paths []string) string {
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return ""
		}
		if st.IsDir() {
			return p
		}
		if len(paths) == 1 {
			return filepath.Dir(p)
		}
	}
	return ""
}

// collect walks the paths. Article paths are relative to the corpus root when one directory
// is given, else as given. A path that does not exist is an error, never an empty pass.
func collect(paths []string) (files []input, skipped int, errs []error, err error) {
	single := len(paths) == 1
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, 0, nil, fmt.Errorf("%s: %v", p, errors.Unwrap(err))
		}
		if !st.IsDir() {
			if !isArticle(p) {
				return nil, 0, nil, fmt.Errorf("%s: not an article (articles are .txt and .md files)", p)
			}
			rel := filepath.ToSlash(p)
			if single {
				rel = filepath.Base(p)
			}
			files = append(files, input{abs: p, rel: rel})
			continue
		}
		// A root given as a symbolic link is walked through it; paths stay relative to it.
		walkRoot := p
		if real, err := filepath.EvalSymlinks(p); err == nil {
			walkRoot = real
		}
		werr := filepath.WalkDir(walkRoot, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: cannot read: %v", path, errors.Unwrap(err)))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if path != walkRoot && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !isArticle(name) {
				skipped++
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// A linked article is read once: a link to a file inside the corpus would
				// count its mentions twice.
				real, err := filepath.EvalSymlinks(path)
				if err != nil {
					errs = append(errs, fmt.Errorf("%s: cannot follow link: %v", path, errors.Unwrap(err)))
					return nil
				}
				if inside, _ := filepath.Rel(walkRoot, real); !strings.HasPrefix(inside, "..") {
					skipped++
					return nil
				}
			}
			rel, _ := filepath.Rel(walkRoot, path)
			if !single {
				rel = filepath.Join(p, rel)
			}
			files = append(files, input{abs: path, rel: filepath.ToSlash(rel)})
			return nil
		})
		if werr != nil {
			return nil, 0, nil, werr
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].rel < files[j].rel })
	return files, skipped, errs, nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func isArticle(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".txt" || ext == ".md"
}

func corpusName(paths []string) string {
	if len(paths) == 1 {
		return filepath.ToSlash(filepath.Clean(paths[0]))
	}
	return "."
}
