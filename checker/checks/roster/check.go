// Package roster implements kind roster: statements of who took part that contradict
// each other. With report "counts" a rule reports a count that the exhaustive list after
// it does not fit: "The US delegation consisted of three officials: Rubio, Witkoff,
// Kushner and Gruenbaum". Only exhaustive wordings count ("consisted of", "comprised",
// "was made up of"); "including" lists are partial, and omissions are never findings.
//
// With report "conflicts" a rule reads every statement of a side's participants (lists,
// leaders, counts, absences), attaches each to the event named in its sentence or just
// before, and compares the statements of one side of one event across the corpus; see
// conflicts.go.
package roster

import (
	"fmt"
	"strings"

	"factcheck/checker/claim"
	"factcheck/checker/events"
	"factcheck/checker/finding"
	"factcheck/checker/numbers"
	"factcheck/checker/pass"
	"factcheck/checker/text"
	"factcheck/rules"
)

// Check is a roster rule.
type Check struct {
	rule       *rules.Rule
	exhaustive [][]string // lower-case word sequences that make a list exhaustive
	last       map[string]bool
	key        string

	// conflicts is set for report "conflicts".
	conflicts *statements
}

// New compiles a roster rule.
func New(r *rules.Rule, env *pass.Env) (pass.Check, error) {
	o := r.Rosters
	if o == nil {
		return nil, fmt.Errorf("rule %s: no rosters block", r.ID)
	}
	c := &Check{rule: r, last: map[string]bool{}}
	for _, p := range o.Exhaustive {
		ws := strings.Fields(strings.ToLower(p))
		if len(ws) == 0 {
			continue
		}
		c.exhaustive = append(c.exhaustive, ws)
		c.last[ws[len(ws)-1]] = true
	}
	c.key = fmt.Sprintf("roster/%v", o.Exhaustive)
	if o.Report == "conflicts" {
		st, err := newStatements(r, env, c.exhaustive)
		if err != nil {
			return nil, err
		}
		c.conflicts = st
		c.key = st.key
	}
	return c, nil
}

// Requires implements pass.Requirer: a conflicts rule reads the corpus's events.
func (c *Check) Requires() []pass.Check {
	if c.conflicts == nil {
		return nil
	}
	return []pass.Check{events.Extraction{X: c.conflicts.events}}
}

// ExtractKey implements pass.Check.
func (c *Check) ExtractKey() string { return c.key }

// Extract implements pass.Check: for report "counts", one claim per exhaustive list whose
// count it does not fit; for "conflicts", every roster statement.
func (c *Check) Extract(d *pass.Doc) []claim.Claim {
	if c.conflicts != nil {
		return c.conflicts.extract(d)
	}
	var out []claim.Claim
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if s.Classes&(text.ClassNumber|text.ClassDigits) == 0 {
			continue
		}
		toks := s.Toks
		// From each number back to an exhaustive wording right before it: numbers are far
		// fewer than words.
		for p := range toks {
			if toks[p].Kind != text.Number && !toks[p].Is(text.ClassNumber) {
				continue
			}
			n := c.exhaustiveBefore(toks, p)
			if n == 0 {
				continue
			}
			i := p - n
			num, k := numbers.Read(toks, p)
			if k == 0 || num.Lo != num.Hi || num.Lo < 2 || num.Lo > 50 {
				continue
			}
			// The counted noun (a word or two), then a colon or a dash opens the list ("three
			// senior officials:", "three people - A, B and C"; dashes are folded to "-").
			j := i + n + k
			for w := 0; w < 2 && j < len(toks) && toks[j].Kind == text.Word; w++ {
				j++
			}
			if j >= len(toks) || !(toks[j].Text == ":" || toks[j].Text == "-" && toks[j].Space) {
				continue
			}
			end := j + 1
			for end < len(toks) && toks[end].Text != ";" && !(toks[end].Text == "." && toks[end].Space) {
				end++
			}
			for end > j+1 && toks[end-1].Kind == text.Punct {
				end-- // the sentence's full stop
			}
			listed := members(toks[j+1:end], d)
			if len(listed) == 0 || float64(len(listed)) == num.Lo {
				continue
			}
			cl := d.Claim("roster", s, toks[i].Start, toks[end-1].End, fmt.Sprintf("%s listed as %d", numbers.Format(num.Lo), len(listed)))
			cl.Roster = &claim.Roster{Form: "list", Complete: true, Count: int(num.Lo), Listed: len(listed), Members: listed}
			for k := range cl.Roster.Members {
				cl.Roster.Members[k] = d.Intern(cl.Roster.Members[k])
			}
			out = append(out, cl)
		}
	}
	return out
}

// exhaustiveBefore returns the length of the exhaustive wording that ends right before
// toks[p], or 0. The word before the number is tested first: most numbers follow none of
// the wordings' last words.
func (c *Check) exhaustiveBefore(toks []text.Token, p int) int {
	if p == 0 || toks[p-1].Kind != text.Word || len(toks[p-1].Text) > 16 {
		return 0
	}
	var buf [32]byte
	if !c.last[string(text.LowerASCII(&buf, toks[p-1].Text))] {
		return 0
	}
	for _, w := range c.exhaustive {
		i := p - len(w)
		if i < 0 {
			continue
		}
		ok := true
		for k, x := range w {
			if !strings.EqualFold(toks[i+k].Text, x) {
				ok = false
				break
			}
		}
		if ok {
			return len(w)
		}
	}
	return 0
}

// members returns the members a list names: its items between commas and "and" that
// start with a capital ("Foreign Minister Jose Albares", "Rubio") or with a lower-case
// title before a name ("head coach Simon Grant"). An item that starts with an article or a
// possessive describes the member before it ("the state secretary for trade", "Trump's
// son-in-law"); an attribution ("Reuters reported") is not an item. A lower-case item of
// any other kind means the list counts things, not people: then nil.
func members(toks []text.Token, d *pass.Doc) []string {
	var out []string
	things := false
	start := 0
	flush := func(end int) {
		for start < end && toks[start].Kind == text.Punct {
			start++
		}
		if start >= end || toks[start].Kind != text.Word {
			return
		}
		first := &toks[start]
		hasUpper, speech, title := false, false, false
		for k := start; k < end; k++ {
			hasUpper = hasUpper || toks[k].Kind == text.Word && toks[k].Upper()
			speech = speech || toks[k].Is(text.ClassSpeech)
			title = title || toks[k].Kind == text.Word && !toks[k].Upper() && toks[k].Is(text.ClassTitle)
		}
		switch {
		case speech:
			return // "Reuters reported"
		case describes(toks, start, end) || strings.HasSuffix(first.Text, "'s"):
			return // a description of the member before ("Trump's son-in-law")
		case first.Upper():
		case title && hasUpper: // "presidential aide Vladimir Medinsky"
		default:
			things = true
			return
		}
		out = append(out, text.Join(toks, start, end))
	}
	for i := range toks {
		if t := toks[i].Text; t == "," || strings.EqualFold(t, "and") || t == "&" {
			flush(i)
			start = i + 1
		}
	}
	flush(len(toks))
	if things {
		return nil
	}
	return out
}

func isArticle(w string) bool {
	return strings.EqualFold(w, "the") || strings.EqualFold(w, "a") || strings.EqualFold(w, "an") ||
		strings.EqualFold(w, "his") || strings.EqualFold(w, "her") || strings.EqualFold(w, "their")
}

// Compare implements pass.Check: for report "counts" each claim is a finding of its own.
func (c *Check) Compare(cp *pass.Corpus) []finding.Finding {
	if c.conflicts != nil {
		return c.conflicts.compare(cp, c.rule)
	}
	var out []finding.Finding
	for _, cl := range cp.Claims {
		r := cl.Roster
		if r == nil {
			continue
		}
		f := finding.Finding{
			Subject: fmt.Sprintf("members listed after a count of %d", r.Count),
			Message: pass.Render(c.rule.Message, map[string]string{
				"count": fmt.Sprint(r.Count), "listed": fmt.Sprint(r.Listed), "members": strings.Join(r.Members, ", ")}),
			Claims: []*claim.Claim{cl},
		}
		out = append(out, f)
	}
	return out
}
