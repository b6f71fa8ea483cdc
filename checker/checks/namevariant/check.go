// Package namevariant implements kind name-variant: one person whose name the corpus spells
// several ways, either as transliteration or house-style variants (Zelensky / Zelenskyy) or
// as a near miss that looks like a misspelling (Sybhia for Sybiha).
package namevariant

import (
	"bytes"
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"factcheck/checker/article"
	"factcheck/checker/claim"
	"factcheck/checker/coref"
	"factcheck/checker/finding"
	"factcheck/checker/names"
	"factcheck/checker/pass"
	"factcheck/checker/quotes"
	"factcheck/checker/text"
	"factcheck/rules"
)

// Check is a name-variant rule.
type Check struct {
	rule     *rules.Rule
	memoKey  string // identifies the clustering options, so rules alike share clusters
	folder   *names.Folder
	suffixes [][]string // folded gendered endings
	distance []rules.DistanceStep
	report   string
	env      *pass.Env
}

// New compiles a name-variant rule.
func New(r *rules.Rule, env *pass.Env) (pass.Check, error) {
	o := r.Names
	if o == nil {
		o = &rules.NameOptions{Report: "variants"}
	}
	c := &Check{rule: r, folder: names.NewFolder(o.Fold), distance: o.Distance, report: o.Report, env: env}
	c.memoKey = fmt.Sprintf("namevariant/cluster/%q/%q/%v", o.Fold, o.GenderedSuffixes, o.Distance)
	for _, g := range o.GenderedSuffixes {
		var fg []string
		for _, s := range g {
			fg = append(fg, c.folder.Key("x" + s)[1:])
		}
		c.suffixes = append(c.suffixes, fg)
	}
	return c, nil
}

// ExtractKey implements pass.Check: every name rule reads the same person mentions.
// Rules with the same folding options share one extraction: the folded keys it computes
// depend on them.
func (c *Check) ExtractKey() string { return c.memoKey }

// Extract implements pass.Check: every mention of a person's name. A lone capitalised word
// with no evidence of being a name is kept only when it is (or nearly is) the surname of a
// person the same article names with evidence: "Volodymyr Zelensky ... Zelensky said".
// Places and other capitalised words are thus dropped before they cost anything; runs of
// several capitalised words are kept, as they may be full names of people named elsewhere.
func (c *Check) Extract(d *pass.Doc) []claim.Claim {
	sc := scratchPool.Get().(*scratch)
	all := sc.all[:0]
	strong := sc.strong
	defer func() {
		sc.all = all[:0]
		clear(sc.strong)
		clear(sc.near)
		scratchPool.Put(sc)
	}()
	mentions := d.Mentions()
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for _, m := range mentions[si] {
			all = append(all, found{s, m, si})
			if m.Cue != "candidate" || len(m.Given) > 0 {
				strong[m.Surname] = true // as written: a lone word must match it letter for letter
			}
		}
	}
	var strongNames []plainName
	// A capitalised word recurs in its article ("Kyiv", "Monday"): it is measured against
	// the article's names once.
	nearMemo := sc.near
	kept := all[:0]
	for _, f := range all {
		m := f.m
		if m.Cue == "candidate" && len(m.Given) == 0 && !strong[m.Surname] {
			if near, ok := nearMemo[m.Surname]; ok {
				if near {
					kept = append(kept, f)
				}
				continue
			}
			if strongNames == nil {
				strongNames = make([]plainName, 0, len(strong))
				for sur := range strong {
					strongNames = append(strongNames, plainName{sur, names.Plain(sur)})
				}
				// No sort: nearAny asks whether any is near, so the map's order cannot
				// change the outcome.
			}
			near := c.nearAny(m.Surname, strongNames)
			nearMemo[m.Surname] = near
			if !near {
				continue
			}
		}
		kept = append(kept, f)
	}
	// An article names its people again and again: fold each name once here rather than
	// going to the shared cache every time.
	folded := foldedPool.Get().(map[string]string)
	defer func() {
		clear(folded)
		foldedPool.Put(folded)
	}()
	fold := func(n string) string {
		if k, ok := folded[n]; ok {
			return k
		}
		k := c.folder.Key(n)
		folded[n] = k
		return k
	}
	// The claims and their Person values are allocated once per article and filled in place.
	out := d.NewClaims(len(kept))
	people := d.NewPersons(len(kept))
	var buf [128]byte
	for i, f := range kept {
		s, m := f.s, f.m
		b := buf[:0]
		for k, g := range m.Given {
			if k > 0 {
				b = append(b, ' ')
			}
			b = append(b, g...)
		}
		given := d.InternBytes(b)
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, m.Surname...)
		end := s.Toks[m.End-1].End
		if strings.HasSuffix(s.Toks[m.End-1].Text, "'s") {
			end -= 2
		}
		cl := &out[i]
		d.Fill(cl, "person", s, s.Toks[m.Start].Start, end, d.InternBytes(bytes.TrimSpace(b)))
		p := &people[i]
		p.Given, p.Surname, p.Cue = given, d.Intern(m.Surname), m.Cue
		if ti, ok := names.TitleOf(s.Toks, m); ok {
			p.Title, p.TitleForm = d.Intern(ti.Text), ti.Form
		}
		p.SurnameKey = fold(p.Surname)
		if g := firstGiven(p.Given); g != "" {
			p.GivenKey = fold(g)
		}
		cl.Person = p
	}
	if d.AllClaims {
		// Back-references no rule compares: for `factcheck claims` and `factcheck people`.
		out = append(out, references(d, kept, out)...)
	}
	return out
}

// references resolves the article's back-references ("the minister", "she") to the
// people its claims name, one reference claim each. A name inside a quotation is no one a
// pronoun of the narrative can stand for ("... what pretexts Putin has found," he said),
// and a reference inside one is the quoted speaker's, not the narrative's.
func references(d *pass.Doc, kept []found, persons []claim.Claim) []claim.Claim {
	spans := quotes.Find(d.Body.Text)
	inQuote := func(off int) bool {
		i := sort.Search(len(spans), func(i int) bool { return spans[i].End > off })
		return i < len(spans) && spans[i].Start <= off
	}
	named := make([]coref.Named, 0, len(kept))
	index := make([]int, 0, len(kept)) // named[i] is persons[index[i]]
	for i, f := range kept {
		if inQuote(f.s.Toks[f.m.Start].Start) {
			continue
		}
		p := persons[i].Person
		n := coref.Named{Sentence: f.si, Start: f.m.Start, End: f.m.End, Key: p.SurnameKey, Name: persons[i].Value, Title: p.Title}
		if p.TitleForm == "before" && !strings.Contains(p.Title, " ") {
			n.Honorific = p.Title
		}
		if len(f.m.Given) > 0 {
			n.Gender = coref.GenderOf(&f.s.Toks[f.m.Start])
		}
		named, index = append(named, n), append(index, i)
	}
	sents := make([][]text.Token, len(d.Sentences))
	for i := range d.Sentences {
		sents[i] = d.Sentences[i].Toks
	}
	var out []claim.Claim
	for _, r := range coref.Resolve(sents, named) {
		s := &d.Sentences[r.Sentence]
		if inQuote(s.Toks[r.Start].Start) {
			continue // "Ask the referee," he said: the quoted speaker's words, not the narrative's
		}
		to := &persons[index[r.To]]
		cl := d.Claim("reference", s, s.Toks[r.Start].Start, s.Toks[r.End-1].End, to.Value)
		cl.Reference = &claim.Reference{Form: r.Form, To: to.Value, Line: to.Line, Key: to.Person.SurnameKey, Unsure: r.Unsure}
		out = append(out, cl)
	}
	return out
}

type articleSentence = article.Sentence

// found is a mention and the sentence it is in.
type found struct {
	s  *articleSentence
	m  names.Mention
	si int
}

// foldedPool recycles the per-article table of folded names.
var foldedPool = sync.Pool{New: func() any { return map[string]string{} }}

// scratch is Extract's per-article memory, recycled between articles: the list of
// mentions, the surnames named with evidence, and which lone words are near one of them.
// Maps made afresh for each article cost their growth again every time.
type scratch struct {
	all    []found
	strong map[string]bool
	near   map[string]bool
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{strong: map[string]bool{}, near: map[string]bool{}}
}}

// plainName is a name with its plain letters (names.Plain), computed once per article.
type plainName struct{ name, plain string }

// nearAny reports whether name equals or nearly matches one of names. Only names with the
// same first letter and a close length are measured.
func (c *Check) nearAny(name string, names []plainName) bool {
	pn := names0(name)
	for _, n := range names {
		pk := n.plain
		if len(pn) == 0 || len(pk) == 0 || pn[0] != pk[0] || abs(len(pn)-len(pk)) > 2 {
			continue
		}
		if c.nearName(name, n.name) {
			return true
		}
	}
	return false
}

func names0(s string) string { return names.Plain(s) }

// nearName reports whether two spellings may name one person: their folded keys or their
// plain letters are within the length-scaled distance (folding can turn a transposition into
// two edits: Zelenksy / Zelensky fold to zelenxi / zelenski), and no gendered ending tells
// them apart.
func (c *Check) nearName(a, b string) bool {
	ka, kb := c.folder.Key(a), c.folder.Key(b)
	// The distance goes first: most pairs are far apart, which their lengths alone often
	// tell, while ruling out the gendered endings tries every pair of them.
	if !c.near(ka, kb) && !c.near(names.Plain(a), names.Plain(b)) {
		return false
	}
	return !c.gendered(ka, kb)
}

// allowed returns how many edits a name of n letters may differ by.
func (c *Check) allowed(n int) int {
	e := 0
	for _, d := range c.distance {
		if n >= d.MinLength {
			e = d.Edits
		}
	}
	return e
}

// near reports whether two keys are within the length-scaled edit distance.
func (c *Check) near(a, b string) bool {
	if a == b {
		return true
	}
	n := min(len([]rune(a)), len([]rune(b)))
	e := c.allowed(n)
	if e == 0 || abs(len(a)-len(b)) > e {
		return false
	}
	return names.Distance(a, b) <= e
}

// gendered reports whether a and b differ by a gendered ending of one family name
// (Zelensky / Zelenska, Lavrov / Lavrova).
func (c *Check) gendered(a, b string) bool {
	for _, g := range c.suffixes {
		for _, x := range g {
			for _, y := range g {
				if x == y || !strings.HasSuffix(a, x) || !strings.HasSuffix(b, y) {
					continue
				}
				sa, sb := strings.TrimSuffix(a, x), strings.TrimSuffix(b, y)
				if sa == sb || c.near(sa, sb) {
					return true
				}
			}
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// minMentionsPerWorker is the number of mentions that is worth a goroutine of the corpus
// pass: below it one goroutine judges every cluster.
const minMentionsPerWorker = 1024

// Compare implements pass.Check.
// The clustering and each person's verdict are computed once and shared by every name rule
// with the same options; each rule reports the verdicts of its own kind.
func (c *Check) Compare(cp *pass.Corpus) []finding.Finding {
	verdicts := cp.Env.Memo(c.memoKey, func() any {
		clusters := c.cluster(cp)
		all := make([][]*verdict, len(clusters))
		// Clusters are split and judged independently: workers take the next cluster from a
		// shared counter, largest first (one cluster may hold most of the corpus's
		// mentions: started last, it would run alone at the end), and the verdicts keep the
		// clusters' order. The work is the mentions: a corpus of a few people named
		// thousands of times has few clusters and still needs every processor.
		order := make([]int, len(clusters))
		mentions := 0
		for i, p := range clusters {
			order[i] = i
			mentions += len(p.mentions)
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(len(clusters[b].mentions), len(clusters[a].mentions)) })
		workers := min(runtime.NumCPU(), len(clusters), mentions/minMentionsPerWorker+1)
		var wg sync.WaitGroup
		var next atomic.Int64
		for range workers {
			wg.Go(func() {
				for {
					k := int(next.Add(1) - 1)
					if k >= len(order) {
						return
					}
					i := order[k]
					for _, p := range c.split(clusters[i]) {
						if v := c.analyze(p); v != nil {
							all[i] = append(all[i], v)
						}
					}
				}
			})
		}
		wg.Wait()
		var vs []*verdict
		for _, v := range all {
			vs = append(vs, v...)
		}
		return vs
	}).([]*verdict)
	var out []finding.Finding
	for _, v := range verdicts {
		if v.kind == c.report {
			out = append(out, finding.Finding{Subject: v.subject, Message: pass.Render(c.rule.Message, v.vals), Claims: v.claims})
		}
	}
	return out
}
