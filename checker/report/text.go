package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"factcheck/checker"
	"factcheck/checker/claim"
	"factcheck/checker/finding"
)

// Text writes the editor's report: each finding with what is in dispute and every side's
// claims (source, date, file:line:col and the sentence with the disputed words marked),
// then a summary line.
func Text(w io.Writer, res *checker.Result, st Style) error {
	p := &printer{w: w, st: st, res: res}
	for i := range res.Findings {
		p.finding(&res.Findings[i])
	}
	p.summary()
	return p.err
}

type printer struct {
	w   io.Writer
	st  Style
	res *checker.Result
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// side is one position in a dispute: the claims that say the same thing.
type side struct {
	label  string
	claims []*claim.Claim
}

// sides groups a finding's claims by what they claim, in order of first appearance: a name
// by its surname, or by its first name when the surnames agree (Yulia / Yuliya Tkachenko).
func sides(f *finding.Finding) []side {
	var out []side
	index := map[string]int{}
	byGiven := len(f.Claims) > 0 && f.Claims[0].Person != nil
	for i := range f.Claims {
		if p := f.Claims[i].Person; p == nil || !strings.EqualFold(p.Surname, f.Claims[0].Person.Surname) {
			byGiven = false
		}
	}
	for i := range f.Claims {
		c := f.Claims[i]
		label, key := c.Value, ""
		if q := c.Quote; q != nil {
			// A quote's side is its speaker ("Tom Reed" and "Reed" are one); two wordings
			// of one speaker are two sides.
			// Wordings are told apart as the quote rules tell them (Match: house
			// spellings aside).
			label, key = speakerLabel(q), "\x00"+q.Match
			if q.Key != "" && !q.Unsure {
				key = "\x00" + q.Key + "\x00" + q.Match
				if k, ok := index[key]; ok {
					out[k].claims = append(out[k].claims, c)
					continue
				}
				index[key] = len(out)
				out = append(out, side{label: label})
				out[len(out)-1].claims = append(out[len(out)-1].claims, c)
				continue
			}
		} else if c.Person != nil {
			label = c.Person.Surname
			if g := strings.Fields(c.Person.Given); byGiven && len(g) > 0 {
				label = g[0] + " " + c.Person.Surname
			}
		}
		k, ok := index[strings.ToLower(label)+key]
		if !ok {
			k = len(out)
			index[strings.ToLower(label)+key] = k
			out = append(out, side{label: label})
		}
		out[k].claims = append(out[k].claims, c)
	}
	return out
}

func (p *printer) finding(f *finding.Finding) {
	st := p.st
	p.printf("%s[%s] %s: %s\n", st.severity(string(f.Severity)), f.Class, st.bold(f.Rule), Sanitize(f.Message))
	for _, s := range sides(f) {
		p.printf("  %s\n", st.bold(Sanitize(s.label)))
		// The first claim of each article in full; further ones in that article by position.
		var order []string
		byPath := map[string][]*claim.Claim{}
		for _, c := range s.claims {
			if _, ok := byPath[c.Path]; !ok {
				order = append(order, c.Path)
			}
			byPath[c.Path] = append(byPath[c.Path], c)
		}
		for _, path := range order {
			cs := byPath[path]
			c := cs[0]
			p.printf("    %s  %s\n", st.pos(fmt.Sprintf("%s:%d:%d", Sanitize(c.Path), c.Line, c.Column)), st.faint(p.provenance(c)))
			p.printf("      %s\n", p.sentence(c))
			var pos []claim.Pos
			for k, o := range cs {
				if k > 0 {
					pos = append(pos, claim.Pos{Line: o.Line, Column: o.Column})
				}
				pos = append(pos, o.Also...)
			}
			sort.Slice(pos, func(i, j int) bool {
				return pos[i].Line < pos[j].Line || pos[i].Line == pos[j].Line && pos[i].Column < pos[j].Column
			})
			var more []string
			for _, p := range pos {
				more = append(more, fmt.Sprintf("%d:%d", p.Line, p.Column))
			}
			if len(more) > 0 {
				p.printf("      %s\n", st.faint("also at "+strings.Join(more, ", ")))
			}
		}
	}
	if a, b, ok := wordings(f); ok {
		p.printf("  %s %s\n", st.bold("wording:"), st.diffLine(Overlap(WordDiff(a.Text, b.Text))))
	}
	p.printf("  %s\n\n", st.faint("fingerprint "+f.Fingerprint))
}

// provenance says where a claim comes from: source and publication date.
func (p *printer) provenance(c *claim.Claim) string {
	var parts []string
	a := p.res.Articles[c.Article]
	if a.Source != "" {
		parts = append(parts, Sanitize(a.Source))
	}
	switch {
	case a.Published != "" && a.PublishedInferred:
		parts = append(parts, a.Published+" (inferred)")
	case a.Published != "":
		parts = append(parts, a.Published)
	default:
		parts = append(parts, "date unknown")
	}
	return strings.Join(parts, ", ")
}

// sentence returns the claim's sentence, clipped around the claim, with the claim marked.
func (p *printer) sentence(c *claim.Claim) string {
	s := c.Sentence
	a, b := int(c.Highlight[0]), int(c.Highlight[1])
	if a < 0 || b > len(s) || a > b {
		return Sanitize(s)
	}
	before, mid, after := s[:a], s[a:b], s[b:]
	const ctx = 90
	if utf8.RuneCountInString(before) > ctx {
		r := []rune(before)
		before = "..." + trimToWord(string(r[len(r)-ctx:]), true)
	}
	if utf8.RuneCountInString(after) > ctx {
		r := []rune(after)
		after = trimToWord(string(r[:ctx]), false) + "..."
	}
	return Sanitize(before) + p.st.mark(Sanitize(mid)) + Sanitize(after)
}

// trimToWord drops a partial word at the cut end.
func trimToWord(s string, front bool) string {
	if front {
		if i := strings.IndexByte(s, ' '); i >= 0 && i < 20 {
			return s[i+1:]
		}
		return s
	}
	if i := strings.LastIndexByte(s, ' '); i > len(s)-20 && i > 0 {
		return s[:i]
	}
	return s
}

func (p *printer) summary() {
	res := p.res
	e, w, in := Counts(res.Findings)
	line := fmt.Sprintf("%s, %s: %s (%s, %s, %s)", count(len(res.Articles), "article"),
		count(res.ClaimCount, "claim"), count(len(res.Findings), "finding"),
		count(e, "error"), count(w, "warning"), count(in, "info"))
	if res.Skipped > 0 {
		line += fmt.Sprintf("; %s skipped", count(res.Skipped, "other file"))
	}
	if n := len(res.InputErrors); n > 0 {
		line += fmt.Sprintf("; %s could not be read", count(n, "file"))
	}
	p.printf("%s\n", p.st.bold(line))
}

// count writes "1 error", "2 errors".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// wordings returns the two quotes of a finding that sets two wordings of one statement
// against each other, for the word diff: the pair its message names, or else its first
// quote and the first with other words.
func wordings(f *finding.Finding) (a, b *claim.Claim, ok bool) {
	if f.Class != "quote-wording" || len(f.Claims) < 2 || f.Claims[0].Quote == nil {
		return nil, nil, false
	}
	if i, j := f.Pair[0], f.Pair[1]; i != j && i >= 0 && j >= 0 && i < len(f.Claims) && j < len(f.Claims) {
		return f.Claims[i], f.Claims[j], true // the two the message names
	}
	a = f.Claims[0]
	for i := range f.Claims[1:] {
		if c := f.Claims[1+i]; c.Quote != nil && c.Quote.Match != a.Quote.Match {
			return a, c, true
		}
	}
	return nil, nil, false
}

// speakerLabel names a quote's speaker for a report, saying how the speaker was found
// when the quote does not name them.
func speakerLabel(q *claim.Quote) string {
	switch {
	case q.Speaker == "":
		return "no speaker found"
	case q.How == "pronoun" || q.How == "title":
		if q.Unsure {
			return q.Speaker + " (by a back-reference, unsure)"
		}
		return q.Speaker + " (by a back-reference)"
	case q.How == "continued":
		return q.Speaker + " (a continued quote)"
	case q.How == "label" && q.Unsure:
		return q.Speaker + " (a transcript's answer, unsure)"
	case q.How == "label":
		return q.Speaker + " (a transcript's answer)"
	}
	return q.Speaker
}
