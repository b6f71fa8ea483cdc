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
	p.printf("%s\n", st.bold(count(len(res.Articles), "article")+", "+count(res.ClaimCount, "claim")))
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
	}
	return strings.Join(parts, " ")
}
