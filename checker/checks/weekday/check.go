// Package weekday implements kind weekday: a weekday written with a date that the calendar
// contradicts ("Sunday, December 22, 2025" was a Monday), and, when the rule asks, a
// weekday counted from a date of the same entry that is itself that weekday ("Dec 1, 2025 –
// ... schedules a meeting on Monday": that very day, or a week later?).
package weekday

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"factcheck/checker/claim"
	"factcheck/checker/finding"
	"factcheck/checker/pass"
	"factcheck/checker/text"
	"factcheck/checker/timex"
	"factcheck/rules"
)

// Check is a weekday rule.
type Check struct {
	rule      *rules.Rule
	ambiguous bool
}

// New compiles a weekday rule.
func New(r *rules.Rule, env *pass.Env) (pass.Check, error) {
	c := &Check{rule: r}
	if r.Weekdays != nil {
		c.ambiguous = r.Weekdays.Ambiguous
	}
	return c, nil
}

// ExtractKey implements pass.Check.
func (c *Check) ExtractKey() string { return fmt.Sprintf("weekday/%v", c.ambiguous) }

// Extract implements pass.Check: the article's weekday problems, each with the sentences
// that repeat it. Articles without a weekday name cost a bit test per word.
func (c *Check) Extract(d *pass.Doc) []claim.Claim {
	if !d.HasClass(text.ClassWeekday) {
		return nil
	}
	times := d.Times()
	var out []claim.Claim
	for si, es := range times {
		for k := range es {
			e := &es[k]
			if !e.Resolved || e.Weekday < 0 || e.Weekday > time.Saturday {
				continue
			}
			s := &d.Sentences[si]
			switch {
			case e.Kind == timex.Absolute && e.Gran == timex.GranDay && e.Value.Days() == 1:
				if y, _, _ := e.Value.From.Date(); y >= 1969 && y <= 1971 {
					// No year, and the article does not say when it was written ("Sunday,
					// July 21" in a year-less wire): the corpus pass checks it once the
					// publication date is inferred.
					cl := d.Claim("weekday", s, e.Start, e.End, e.Text)
					cl.When = &claim.When{Expr: d.Intern(e.Text), From: e.Value.From.String(), Weekday: e.Weekday.String(),
						Problem: fmt.Sprintf("mismatch@%d", e.Start), Floating: true}
					out = append(out, cl)
					continue
				}
				actual := e.Value.From.Time().Weekday()
				if actual == e.Weekday {
					continue // "On Thursday, Dec 4 2025": right
				}
				cl := d.Claim("weekday", s, e.Start, e.End, e.Text)
				cl.When = &claim.When{Expr: d.Intern(e.Text), From: e.Value.From.String(), Weekday: e.Weekday.String(),
					Actual: actual.String(), Problem: fmt.Sprintf("mismatch@%d", e.Start)}
				out = append(out, cl)
			case c.ambiguous && e.Kind == timex.Weekday && e.Ambiguous && anchoredInSentence(es, e):
				out = append(out, c.ambiguity(d, times, si, e)...)
			}
		}
	}
	return out
}

// anchoredInSentence reports whether e was counted from a date its own sentence gives
// (the date of a timeline entry, "On Dec 1, ..."), not from the publication date.
func anchoredInSentence(es []timex.Expr, e *timex.Expr) bool {
	for k := range es {
		o := &es[k]
		if o != e && o.Resolved && o.Kind == timex.Absolute && o.Gran == timex.GranDay && o.Value.From == e.Anchor && o.End <= e.Start {
			return true
		}
	}
	return false
}

// ambiguity returns the claims of one ambiguous weekday: the flagged words, then every
// other sentence of the article that repeats the weekday with the same word before it
// ("in Paris on Monday").
func (c *Check) ambiguity(d *pass.Doc, times [][]timex.Expr, si int, e *timex.Expr) []claim.Claim {
	key := contextWord(d.Sentences[si].Toks, e.Start)
	problem := fmt.Sprintf("ambiguous %s %s@%d", e.Weekday, key, e.Start)
	alt := e.Anchor + 7
	if e.Value.From != e.Anchor {
		alt = e.Value.From
	}
	when := func(x *timex.Expr, related bool) *claim.When {
		return &claim.When{Expr: d.Intern(x.Text), From: x.Value.From.String(), Weekday: x.Weekday.String(),
			Anchor: e.Anchor.String(), Alternative: alt.String(), Problem: problem, Related: related}
	}
	cl := d.Claim("weekday", &d.Sentences[si], e.Start, e.End, e.Text)
	cl.When = when(e, false)
	out := []claim.Claim{cl}
	if key == "" {
		return out
	}
	for sj, es := range times {
		for k := range es {
			x := &es[k]
			if sj == si || x.Kind != timex.Weekday || x.Weekday != e.Weekday || contextWord(d.Sentences[sj].Toks, x.Start) != key {
				continue
			}
			r := d.Claim("weekday", &d.Sentences[sj], x.Start, x.End, x.Text+" (repeated)")
			r.When = when(x, true)
			out = append(out, r)
		}
	}
	return out
}

// contextWord returns the capitalised word (a place, a name) among the three words before
// offset start, lower-cased: what tells a repeated "on Monday" of one event from another.
func contextWord(toks []text.Token, start int) string {
	i := 0
	for i < len(toks) && toks[i].Start < start {
		i++
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j].Kind == text.Word && toks[j].Upper() {
			return strings.ToLower(toks[j].Text)
		}
	}
	return ""
}

// Compare implements pass.Check: each problem of each article is one finding.
func (c *Check) Compare(cp *pass.Corpus) []finding.Finding {
	type key struct {
		article int32
		problem string
	}
	groups := map[key][]*claim.Claim{}
	var keys []key
	for _, cl := range cp.Claims {
		if cl.When == nil {
			continue
		}
		if cl.When.Floating {
			// Dated now: the year nearest the article's inferred publication date. A weekday
			// that fits is no finding; one that does not is checked as any other.
			checked, ok := dated(cl, cp.Articles[cl.Article].Published)
			if !ok {
				continue
			}
			cl = checked
		}
		k := key{cl.Article, cl.When.Problem}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], cl)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(a.article, b.article); c != 0 {
			return c
		}
		return strings.Compare(a.problem, b.problem)
	})
	var out []finding.Finding
	for _, k := range keys {
		cls := groups[k]
		slices.SortStableFunc(cls, func(a, b *claim.Claim) int {
			if a.When.Related != b.When.Related {
				if !a.When.Related {
					return -1
				}
				return 1
			}
			return claim.Compare(a, b)
		})
		w := cls[0].When
		vals := map[string]string{"expr": fmt.Sprintf("%q", w.Expr), "date": w.From, "weekday": w.Weekday, "actual": w.Actual, "alternative": ""}
		subject := "weekday of " + w.Expr
		if w.Alternative != "" {
			vals["expr"] = fmt.Sprintf("%q counted from %s", w.Expr, w.Anchor)
			vals["date"], vals["actual"] = w.Anchor, w.Weekday
			vals["alternative"] = " itself: the same day, or " + w.Alternative + " a week later"
			if n := len(cls) - 1; n > 0 {
				vals["alternative"] += fmt.Sprintf(" (repeated in %d other sentence%s)", n, plural(n))
			}
		}
		f := finding.Finding{Subject: subject, Message: pass.Render(c.rule.Message, vals)}
		for _, cl := range cls {
			f.Claims = append(f.Claims, cl)
		}
		out = append(out, f)
	}
	return out
}

// dated returns a copy of a floating weekday claim with its date in the year nearest the
// publication date, and whether its weekday contradicts that date.
func dated(cl *claim.Claim, published string) (*claim.Claim, bool) {
	pub, ok := timex.ParseDay(published)
	if !ok {
		return nil, false
	}
	day, ok := timex.ParseDay(cl.When.From)
	if !ok {
		return nil, false
	}
	_, m, dd := day.Date()
	d, ok := timex.NearestYear(m, dd, pub)
	if !ok || d.Time().Weekday().String() == cl.When.Weekday {
		return nil, false
	}
	c := *cl
	w := *cl.When
	w.From, w.Actual, w.Floating = d.String(), d.Time().Weekday().String(), false
	c.When = &w
	return &c, true
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
