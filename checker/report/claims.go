package report

import (
	"fmt"
	"io"
	"strings"

	"factcheck/checker"
	"factcheck/checker/claim"
	"factcheck/checker/numbers"
)

// Claims writes every extracted claim, article by article, so that a rule author can see
// what the tool read and why.
func Claims(w io.Writer, res *checker.Result, st Style) error {
	p := &printer{w: w, st: st, res: res}
	last := int32(-1)
	for i := range res.Claims {
		c := &res.Claims[i]
		if c.Article != last {
			a := res.Articles[c.Article]
			p.printf("%s  %s\n", st.bold(Sanitize(a.Path)), st.faint(`"`+Sanitize(a.Title)+`", `+p.provenance(c)))
			last = c.Article
		}
		p.printf("  %s %-8s %s  %s\n", st.pos(fmt.Sprintf("%d:%d", c.Line, c.Column)), c.Kind, st.bold(Sanitize(c.Value)), st.faint(details(c)))
	}
	summary := count(len(res.Articles), "article") + ", " + count(res.ClaimCount, "claim")
	refs := 0
	for i := range res.Claims {
		if res.Claims[i].Reference != nil {
			refs++
		}
	}
	if refs > 0 {
		summary += ", " + count(refs, "back-reference")
	}
	p.printf("%s\n", st.bold(summary))
	return p.err
}

// details explains how a claim was read.
func details(c *claim.Claim) string {
	var parts []string
	if q := c.Quantity; q != nil {
		hi := "no upper bound"
		if q.Hi >= 0 {
			hi = numbers.Format(q.Hi)
		}
		parts = append(parts, "unit="+q.Unit, "interval="+numbers.Format(q.Lo)+".."+hi)
		for _, kv := range [][2]string{{"owner", q.Owner}, {"qualifier", q.Qualifier}, {"predicate", q.Predicate}, {"stage", q.Stage}, {"scope", q.Scope}, {"period", q.Period}, {"event", q.Event}, {"hedge", q.Hedge}} {
			if kv[1] != "" {
				parts = append(parts, kv[0]+"="+Sanitize(kv[1]))
			}
		}
		if q.Owner == "" && q.Predicate == "" {
			parts = append(parts, "(not compared: no owner or predicate)")
		}
	}
	if pp := c.Person; pp != nil {
		parts = append(parts, "cue="+pp.Cue)
		if pp.Given != "" {
			parts = append(parts, "given="+Sanitize(pp.Given))
		}
		parts = append(parts, "surname="+Sanitize(pp.Surname))
		if pp.Title != "" {
			parts = append(parts, "title="+Sanitize(pp.Title)+" ("+pp.TitleForm+")")
		}
	}
	if q := c.Quote; q != nil {
		if q.Speaker != "" {
			parts = append(parts, "speaker="+Sanitize(q.Speaker))
			if q.Verb != "" {
				parts = append(parts, "verb="+Sanitize(q.Verb))
			}
			parts = append(parts, "how="+q.How)
		} else {
			parts = append(parts, "(no speaker found)")
		}
		if q.Unsure {
			parts = append(parts, "(unsure)")
		}
		if q.Short {
			parts = append(parts, "(a characterisation: not compared)")
		}
	}
	if r := c.Reference; r != nil {
		parts = append(parts, "form="+r.Form, fmt.Sprintf("to=%s (line %d)", Sanitize(r.To), r.Line))
		if r.Unsure {
			parts = append(parts, "(unsure)")
		}
	}
	if e := c.Event; e != nil {
		parts = append(parts, "class="+e.Class, "place="+Sanitize(e.Place))
		if e.From != "" {
			span := e.From
			if e.To != e.From {
				span += ".." + e.To
			}
			parts = append(parts, "date="+span, "granularity="+e.Granularity)
		}
		for _, kv := range [][2]string{{"role", e.Role}, {"named", e.Named}, {"duration", e.Duration}} {
			if kv[1] != "" {
				parts = append(parts, kv[0]+"="+Sanitize(kv[1]))
			}
		}
		if e.Lead {
			parts = append(parts, "(date from the start of the sentence)")
		}
		if e.Ambiguous {
			parts = append(parts, "(ambiguous)")
		}
		if e.From == "" {
			parts = append(parts, "(undated)")
		}
	}
	if w := c.When; w != nil {
		parts = append(parts, "date="+w.From, "weekday="+w.Weekday)
		if w.Actual != "" {
			parts = append(parts, "actual="+w.Actual)
		}
		if w.Alternative != "" {
			parts = append(parts, "anchor="+w.Anchor, "or="+w.Alternative)
		}
		if w.Related {
			parts = append(parts, "(repeats the flagged words)")
		}
	}
	return strings.Join(parts, " ")
}
