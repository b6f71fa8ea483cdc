package quantity

import (
	"strings"

	"factcheck/checker/article"
	"factcheck/checker/numbers"
	"factcheck/checker/pass"
	"factcheck/checker/text"
)

// fromPatterns applies the rule's own patterns to a sentence. A match's {number} slot gives
// the count (with any hedge before it), {unit} what is counted and {owner} what it belongs to.
func (o *options) fromPatterns(d *pass.Doc, s *article.Sentence) []reading {
	if len(o.patterns) == 0 {
		return nil
	}
	sent := d.Body.Text[s.Start:s.End]
	var out []reading
	for _, re := range o.patterns {
		for _, m := range re.FindAllStringSubmatchIndex(sent, -1) {
			slot := func(name string) (int, int) {
				k := re.SubexpIndex(name)
				if k < 0 || m[2*k] < 0 {
					return -1, -1
				}
				return s.Start + m[2*k], s.Start + m[2*k+1]
			}
			ns, ne := slot("number")
			ti := tokenAt(s.Toks, ns)
			if ti < 0 {
				continue
			}
			num, n := numbers.Read(s.Toks, ti)
			if n == 0 || s.Toks[ti+n-1].End > ne {
				continue
			}
			r := reading{start: ti, end: ti + n, lo: num.Lo, hi: num.Hi}
			if us, ue := slot("unit"); us >= 0 {
				r.unitText = strings.ToLower(d.Body.Text[us:ue])
				r.unit = singular(r.unitText)
				if k := tokenAt(s.Toks, ue-1); k >= 0 {
					r.end = max(r.end, k+1)
				}
			}
			if r.unit == "" {
				continue
			}
			if os, oe := slot("owner"); os >= 0 {
				r.owner = singular(strings.ToLower(d.Body.Text[os:oe]))
				if g, ok := o.same[r.owner]; ok {
					r.owner = g
				}
				r.stage = o.stageIn(s.Toks, max(0, tokenAt(s.Toks, os)-3), ti, nil)
			}
			out = append(out, r)
		}
	}
	return out
}

// tokenAt returns the index of the token that starts at offset off, or -1.
func tokenAt(toks []text.Token, off int) int {
	for k, t := range toks {
		if t.Start == off || t.Start <= off && off < t.End {
			return k
		}
	}
	return -1
}
