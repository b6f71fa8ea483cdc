// Package namevariant implements kind name-variant: one person whose name the corpus spells
// several ways, either as transliteration or house-style variants (Zelensky / Zelenskyy) or
// as a near miss that looks like a misspelling (Sybhia for Sybiha).
package namevariant

import (
	"strings"

	"factcheck/checker/claim"
	"factcheck/checker/finding"
	"factcheck/checker/names"
	"factcheck/checker/pass"
	"factcheck/rules"
)

// Check is a name-variant rule.
type Check struct {
	rule     *rules.Rule
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
func (c *Check) ExtractKey() string { return "names" }

// Extract implements pass.Check: every mention of a possible person name.
func (c *Check) Extract(d *pass.Doc) []claim.Claim {
	var out []claim.Claim
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for _, m := range names.Find(s.Toks, d.Env.Lex) {
			given := strings.Join(m.Given, " ")
			value := strings.TrimSpace(given + " " + m.Surname)
			end := s.Toks[m.End-1].End
			if strings.HasSuffix(s.Toks[m.End-1].Text, "'s") {
				end -= 2
			}
			cl := d.Claim("person", s, s.Toks[m.Start].Start, end, value)
			cl.Person = &claim.Person{Given: given, Surname: m.Surname, Cue: m.Cue}
			out = append(out, cl)
		}
	}
	return out
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

// Compare implements pass.Check.
func (c *Check) Compare(cp *pass.Corpus) []finding.Finding {
	people := c.cluster(cp)
	var out []finding.Finding
	for _, p := range people {
		if f, ok := c.judge(p); ok {
			out = append(out, f)
		}
	}
	return out
}
