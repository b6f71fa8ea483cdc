// Package quantity implements kind quantity: counts of the same thing that sources give
// differently ("a 20-point plan" vs "the plan, now reduced to 19 points").
package quantity

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"factcheck/checker/claim"
	"factcheck/checker/finding"
	"factcheck/checker/pass"
	"factcheck/checker/text"
	"factcheck/rules"
)

// Check is a quantity rule.
type Check struct {
	rule *rules.Rule
	opts *options
	key  string
}

// New compiles a quantity rule.
func New(r *rules.Rule, env *pass.Env) (pass.Check, error) {
	o, err := compile(r.Quantity)
	if err != nil {
		return nil, fmt.Errorf("rule %s: %v", r.ID, err)
	}
	return &Check{rule: r, opts: o, key: "quantity/" + r.ID}, nil
}

// ExtractKey implements pass.Check: every quantity rule reads with its own options.
func (c *Check) ExtractKey() string { return c.key }

// Extract implements pass.Check. The readings of every sentence are gathered first, in a
// buffer the next article reuses, so that the claims and their quantities are allocated
// once, at their final size: growing them sentence by sentence left a copy behind at each
// growth.
func (c *Check) Extract(d *pass.Doc) []claim.Claim {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	buf, kept, patterns := sc.readings[:0], sc.kept[:0], sc.patterns[:0]
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if s.Classes&(text.ClassDigits|text.ClassNumber) == 0 {
			continue // literal prefilter: most sentences hold no count
		}
		var taken map[int]bool
		for _, r := range c.opts.fromPatterns(d, s) {
			if taken == nil {
				taken = map[int]bool{}
			}
			taken[s.Toks[r.start].Start] = true
			kept = append(kept, keptReading{si: si, index: len(patterns), pattern: true})
			patterns = append(patterns, c.opts.claimOf(d, s, r))
		}
		// extract reads a sentence's readings together (a list marks its members): it
		// gets a buffer of its own, and the kept readings are copied to the article's.
		sc.sentence = c.opts.extract(s, sc.sentence[:0])
		for i := range sc.sentence {
			r := &sc.sentence[i]
			if taken[s.Toks[r.start].Start] {
				continue
			}
			if r.owner == "" && r.predicate == "" && !r.listed && !d.AllClaims {
				d.Uncompared++ // read, but nothing compares it: count it, build nothing
				continue
			}
			kept = append(kept, keptReading{si: si, index: len(buf)})
			buf = append(buf, *r)
		}
	}
	var out []claim.Claim
	if len(kept) > 0 {
		out = d.NewClaims(len(kept))
		qs := d.NewQuantities(len(kept) - len(patterns))
		q := 0
		for i, k := range kept {
			if k.pattern {
				out[i] = patterns[k.index]
				continue
			}
			c.opts.fillClaim(&out[i], d, &d.Sentences[k.si], buf[k.index], &qs[q])
			q++
		}
	}
	// The buffers hold strings of this article: the pool must not keep them alive.
	clear(buf)
	clear(patterns)
	clear(sc.sentence)
	sc.readings, sc.kept, sc.patterns = buf[:0], kept[:0], patterns[:0]
	return out
}

// keptReading is a claim to build, in sentence si: the index-th reading kept, or the
// index-th claim a pattern made.
type keptReading struct {
	si, index int
	pattern   bool
}

// scratch is one extraction's buffers, reused from article to article.
type scratch struct {
	sentence []reading
	readings []reading
	kept     []keptReading
	patterns []claim.Claim
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Compare implements pass.Check: claims are grouped by what they count and what it belongs
// to; versions are told apart by stage; a group whose intervals do not all overlap is a
// finding listing every claim of the group.
func (c *Check) Compare(cp *pass.Corpus) []finding.Finding {
	adopted := adoptOwners(cp.Claims)
	adoptEvents(cp.Claims, adopted)
	groups := map[groupKey][]*claim.Claim{}
	for i, cl := range cp.Claims {
		if a, ok := adopted[i]; ok {
			cl = a
		}
		if cl.Quantity != nil && cl.Quantity.Distinct {
			continue // another incident, by the sentence's own account
		}
		if k, ok := key(cl.Quantity, pubYear(cp, cl)); ok {
			groups[k] = append(groups[k], cl)
		}
	}
	keys := make([]groupKey, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].less(keys[j]) })
	var out []finding.Finding
	for _, k := range keys {
		for _, bucket := range c.byStage(groups[k]) {
			if f, ok := c.conflict(bucket.stage, bucket.claims); ok {
				out = append(out, f)
			}
		}
	}
	return out
}

// groupKey says what a count is about: counts with equal keys are compared. Owner (or
// predicate), unit, qualifier, scope and period must all agree, and a sentence that names a
// year other than its article's is about another occasion.
type groupKey struct {
	predicate, unit, owner, event, qualifier, scope, period string
	year                                                    int
}

func (a groupKey) less(b groupKey) bool {
	x := [...]string{a.predicate, a.unit, a.owner, a.event, a.qualifier, a.scope, a.period}
	y := [...]string{b.predicate, b.unit, b.owner, b.event, b.qualifier, b.scope, b.period}
	for i := range x {
		if x[i] != y[i] {
			return x[i] < y[i]
		}
	}
	return a.year < b.year
}

// key returns the group of a count; false when it cannot be compared (no owner or
// predicate).
func key(q *claim.Quantity, year int) (groupKey, bool) {
	if q == nil || q.Predicate == "" && q.Owner == "" {
		return groupKey{}, false
	}
	k := groupKey{predicate: q.Predicate, unit: q.Unit, owner: q.Owner, scope: q.Scope, period: q.Period}
	if q.Predicate != "" {
		k.event = q.Event
	} else {
		k.qualifier = q.Qualifier
	}
	if q.Year != 0 && q.Year != year {
		k.year = q.Year
	}
	return k, true
}

// adoptEvents gives a count with a predicate but no event ("388 people were injured") the
// kind of event its predicate has everywhere else in the corpus, when it has exactly one:
// in a corpus about one earthquake, every toll is the quake's. It adds changed copies to
// adopted.
func adoptEvents(cls []*claim.Claim, adopted map[int]*claim.Claim) {
	events := map[string]map[string]bool{}
	for _, c := range cls {
		if q := c.Quantity; q != nil && q.Predicate != "" && q.Event != "" {
			if events[q.Predicate] == nil {
				events[q.Predicate] = map[string]bool{}
			}
			events[q.Predicate][q.Event] = true
		}
	}
	for i, c := range cls {
		q := c.Quantity
		if q == nil || q.Predicate == "" || q.Event != "" || len(events[q.Predicate]) != 1 {
			continue
		}
		for e := range events[q.Predicate] {
			cc := *c
			qq := *q
			qq.Event = e
			cc.Quantity = &qq
			adopted[i] = &cc
		}
	}
}

func pubYear(cp *pass.Corpus, c *claim.Claim) int {
	p := cp.Articles[c.Article].Published
	if len(p) < 4 {
		return 0
	}
	y, _ := strconv.Atoi(p[:4])
	return y
}

// adoptOwners gives a listed count without owner ("Southgate picked three goalkeepers, nine
// defenders ...") the owner its unit has everywhere else in the corpus, when it has
// exactly one. It returns changed copies by index and leaves the corpus's claims alone.
func adoptOwners(cls []*claim.Claim) map[int]*claim.Claim {
	out := map[int]*claim.Claim{}
	owners := map[string]map[string]*claim.Quantity{}
	for i := range cls {
		q := cls[i].Quantity
		if q == nil || q.Owner == "" || q.Predicate != "" {
			continue
		}
		if owners[q.Unit] == nil {
			owners[q.Unit] = map[string]*claim.Quantity{}
		}
		owners[q.Unit][q.Owner+"|"+q.Qualifier] = q
	}
	for i := range cls {
		q := cls[i].Quantity
		if q == nil || q.Owner != "" || q.Predicate != "" || !q.Listed || len(owners[q.Unit]) != 1 {
			continue
		}
		for _, o := range owners[q.Unit] {
			c := *cls[i]
			qq := *q
			qq.Owner, qq.Qualifier, qq.OwnerInferred = o.Owner, o.Qualifier, true
			c.Quantity = &qq
			out[i] = &c
		}
	}
	return out
}

type bucket struct {
	stage  string
	claims []*claim.Claim
}

// byStage splits one thing's claims into its versions. A claim without a stage word takes
// the stage of an equal value in its own article, else of an equal value in exactly one
// stage of the corpus; when the thing has stages and the claim matches none, it is left out.
func (c *Check) byStage(cls []*claim.Claim) []bucket {
	stageOf := make([]string, len(cls))
	staged := false
	for i, cl := range cls {
		stageOf[i] = cl.Quantity.Stage
		staged = staged || stageOf[i] != ""
	}
	if staged {
		// The stages of each value, in its articles and in the corpus: maps, not a scan
		// of every claim for each claim without a stage (a thing of thousands of claims).
		type value struct{ lo, hi float64 }
		type inArticle struct {
			article int32
			v       value
		}
		firstIn := map[inArticle]string{} // the first staged claim's stage
		stages := map[value][]string{}    // the distinct stages of a value
		for _, o := range cls {
			q := o.Quantity
			if q.Stage == "" {
				continue
			}
			v := value{q.Lo, q.Hi}
			if k := (inArticle{o.Article, v}); firstIn[k] == "" {
				firstIn[k] = q.Stage
			}
			if !slices.Contains(stages[v], q.Stage) {
				stages[v] = append(stages[v], q.Stage)
			}
		}
		for i, cl := range cls {
			if stageOf[i] != "" {
				continue
			}
			v := value{cl.Quantity.Lo, cl.Quantity.Hi}
			if st := firstIn[inArticle{cl.Article, v}]; st != "" {
				stageOf[i] = st
			} else if ss := stages[v]; len(ss) == 1 {
				stageOf[i] = ss[0]
			}
		}
	}
	var out []bucket
	index := map[string]int{}
	for i, cl := range cls {
		s := stageOf[i]
		if staged && s == "" {
			continue
		}
		k, ok := index[s]
		if !ok {
			k = len(out)
			index[s] = k
			out = append(out, bucket{stage: s})
		}
		out[k].claims = append(out[k].claims, cl)
	}
	return out
}

func (c *Check) conflict(stage string, cls []*claim.Claim) (finding.Finding, bool) {
	// Intervals all overlap pairwise exactly when the largest lower bound is within the
	// smallest upper bound: linear, however many claims a thing has.
	maxLo, minHi := math.Inf(-1), math.Inf(1)
	for _, cl := range cls {
		q := cl.Quantity
		maxLo = math.Max(maxLo, q.Lo)
		if q.Hi >= 0 {
			minHi = math.Min(minHi, q.Hi)
		}
	}
	if maxLo <= minHi {
		return finding.Finding{}, false
	}
	var values []string
	seen := map[string]bool{}
	f := finding.Finding{Claims: make([]*claim.Claim, 0, len(cls))}
	for _, cl := range cls {
		if !seen[cl.Value] {
			seen[cl.Value] = true
			values = append(values, cl.Value)
		}
		f.Claims = append(f.Claims, cl)
	}
	f.Subject = subject(cls[0].Quantity, stage)
	f.Message = pass.Render(c.rule.Message, map[string]string{"subject": f.Subject, "values": strings.Join(values, " vs ")})
	return f, true
}

// subject names the thing counted: "points in the revised plan", "people killed".
func subject(q *claim.Quantity, stage string) string {
	units := plural(q.Unit)
	if symbolOf(q.Unit) != "" {
		units = "the amount (" + units + ")"
	}
	if q.Predicate != "" && q.Owner != "" {
		return units + " " + q.Predicate + " by the " + plural(q.Owner)
	}
	if q.Predicate != "" {
		return units + " " + q.Predicate
	}
	owner := q.Owner
	if q.Qualifier != "" {
		owner = q.Qualifier + " " + owner
	}
	if stage != "" {
		owner = stage + " " + owner
	}
	if symbolOf(q.Unit) != "" {
		return "the amount of the " + owner + " (" + plural(q.Unit) + ")"
	}
	return units + " in the " + owner
}
