package quote

import (
	"fmt"
	"slices"
	"strings"

	"factcheck/checker/claim"
	"factcheck/checker/finding"
	"factcheck/checker/names"
	"factcheck/checker/pass"
	"factcheck/checker/quotes"
)

// Compare implements pass.Check.
func (c *Check) Compare(cp *pass.Corpus) []finding.Finding {
	var qs []*claim.Claim
	for _, cl := range cp.Claims {
		if cl.Quote != nil && !cl.Quote.Short {
			qs = append(qs, cl)
		}
	}
	if c.rule.Kind == "quote-attribution" {
		return c.attribution(qs)
	}
	return c.wording(qs)
}

// attribution reports the same words credited to different speakers: a part of a quote
// (between its sentence ends and ellipses) of at least the minimum length that quotes of
// two named speakers share word for word. Quotes whose speaker is not known are not
// compared.
func (c *Check) attribution(qs []*claim.Claim) []finding.Finding {
	bySegment := map[string][]*claim.Claim{}
	var segs []string
	for _, cl := range qs {
		if cl.Quote.Key == "" {
			continue
		}
		segs1 := []string{cl.Quote.Text}
		if strings.Contains(cl.Quote.Text, " | ") {
			segs1 = quotes.Segments(cl.Quote.Text)
		}
		for _, s := range segs1 {
			if len(segs1) > 1 && quotes.CountWords(s) < c.minWords {
				continue
			}
			if bySegment[s] == nil {
				segs = append(segs, s)
			}
			if l := bySegment[s]; len(l) == 0 || l[len(l)-1] != cl {
				bySegment[s] = append(l, cl)
			}
		}
	}
	var out []finding.Finding
	seen := map[string]bool{}
	for _, s := range segs {
		cls := bySegment[s]
		// Per speaker: the quotes (the first few are evidence enough) and the articles.
		type credit struct {
			cls  []*claim.Claim
			arts []int32
		}
		by := map[string]*credit{}
		var order []string
		canon := map[string]string{} // speaker key -> the key of the speaker it spells
		for _, cl := range cls {
			k, ok := canon[cl.Quote.Key]
			if !ok {
				k = cl.Quote.Key
				for _, o := range order {
					if nearKey(o, k) {
						k = o // a misspelling of a speaker already seen
						break
					}
				}
				canon[cl.Quote.Key] = k
			}
			if by[k] == nil {
				by[k] = &credit{}
				order = append(order, k)
			}
			cr := by[k]
			if !slices.Contains(cr.arts, cl.Article) {
				cr.arts = append(cr.arts, cl.Article)
			}
			cr.cls = append(cr.cls, cl)
		}
		if len(order) < 2 {
			continue
		}
		var speakers []string
		cls = cls[:0:0]
		for _, k := range order {
			cr := by[k]
			sp := speakerOf(cr.cls[0])
			if n := len(cr.arts); n > 1 {
				sp = fmt.Sprintf("%s (%d articles)", strings.TrimSuffix(sp[:strings.LastIndex(sp, " in ")], ""), n)
			}
			speakers = append(speakers, sp)
			cls = append(cls, cr.cls...)
		}
		// One finding per set of quotes: two quotes that share several parts are one
		// matter.
		sig := signature(cls)
		if seen[sig] {
			continue
		}
		seen[sig] = true
		f := finding.Finding{Subject: "who said \"" + clip(s, 12) + "\""}
		for _, cl := range cls {
			f.Claims = append(f.Claims, *cl)
		}
		f.Message = pass.Render(c.rule.Message, map[string]string{"quote": clip(cls[0].Text, 12), "speakers": strings.Join(speakers, " and ")})
		out = append(out, f)
	}
	return out
}

// speakerOf is a quote's speaker for a message: the name, how it was found when it was not
// named with the quote, and the article.
func speakerOf(cl *claim.Claim) string {
	q := cl.Quote
	s := q.Speaker
	switch {
	case q.How == "pronoun" || q.How == "title":
		s += " (by a back-reference"
		if q.Unsure {
			s += ", unsure"
		}
		s += ")"
	case q.How == "continued":
		s += " (a continued quote)"
	}
	return s + " in " + cl.Path
}

// nearKey reports whether two folded surnames are one name: equal, or one letter apart
// in names of five letters or more.
func nearKey(a, b string) bool {
	return a == b || len(a) >= 5 && len(b) >= 5 && names.Distance(a, b) <= 1
}

func signature(cls []*claim.Claim) string {
	var b strings.Builder
	for _, cl := range cls {
		fmt.Fprintf(&b, "%d:%d;", cl.Article, cl.Offset)
	}
	return b.String()
}

// clip returns the first n words of s, with "..." when there are more.
func clip(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return s
	}
	return strings.Join(f[:n], " ") + " ..."
}

// wording reports one statement quoted in two wordings: two quotes of the same speaker
// whose shorter one the longer repeats in part (at least the rule's similar share of its
// words, in order, with a run of three together), or two quotes of any speakers that share
// the near share. A quote that repeats part of another word for word is a shorter quote of
// it, not another wording.
func (c *Check) wording(qs []*claim.Claim) []finding.Finding {
	type entry struct {
		cl    *claim.Claim
		all   []*claim.Claim // every quote of these words by this speaker
		exact []string       // the words
		words []string       // their stems
		lead  []string
	}
	// Quotes with the same words and speaker are one entry: a corpus repeats them.
	var es []entry
	index := map[[3]string][]int{}
	type textKey struct{ key, text, lead string }
	seenText := map[textKey]int{}
	for _, cl := range qs {
		k := textKey{cl.Quote.Key, cl.Quote.Text, cl.Quote.Lead}
		if i, ok := seenText[k]; ok {
			es[i].all = append(es[i].all, cl)
			continue
		}
		seenText[k] = len(es)
		exact := quotes.Words(cl.Quote.Text)
		e := entry{cl: cl, all: []*claim.Claim{cl}, exact: exact, words: stems(exact), lead: stems(strings.Fields(cl.Quote.Lead))}
		es = append(es, e)
		for i := 0; i+3 <= len(e.words); i++ {
			g := [3]string{e.words[i], e.words[i+1], e.words[i+2]}
			if l := index[g]; len(l) == 0 || l[len(l)-1] != len(es)-1 {
				index[g] = append(l, len(es)-1)
			}
		}
	}
	type pair struct{ a, b int }
	tried := map[pair]bool{}
	var out []finding.Finding
	for i, e := range es {
		for j := 0; j+3 <= len(e.words); j++ {
			for _, o := range index[[3]string{e.words[j], e.words[j+1], e.words[j+2]}] {
				if o <= i || tried[pair{i, o}] {
					continue
				}
				tried[pair{i, o}] = true
				f := es[o]
				sameSpeaker := e.cl.Quote.Key != "" && e.cl.Quote.Key == f.cl.Quote.Key
				if e.cl.Quote.Text == f.cl.Quote.Text {
					continue // the same words: a matter for quote-attribution, if any
				}
				s, l := e, f
				if len(s.words) > len(l.words) {
					s, l = l, s
				}
				// A shorter quote of the same words is no other wording; stems that agree
				// are not the same words ("American" and "Americans").
				if indexRun(l.exact, s.exact) >= 0 {
					continue
				}
				score, _ := similarity(s.words, l.words)
				if len(s.lead) > 0 {
					if sc, _ := similarity(append(slices.Clone(s.lead), s.words...), l.words); sc > score {
						score = sc
					}
				}
				limit := c.near
				if sameSpeaker {
					limit = c.similar
				}
				if score < limit {
					continue
				}
				out = append(out, c.wordingFinding(e.all, f.all, score))
			}
		}
	}
	return out
}

// wordingFinding reports two wordings, each with every quote of it: as, the quotes of one
// wording, and bs, those of the other.
func (c *Check) wordingFinding(as, bs []*claim.Claim, score float64) finding.Finding {
	a, b := as[0], bs[0]
	if claim.Compare(b, a) < 0 {
		a, b = b, a
		as, bs = bs, as
	}
	speaker := a.Quote.Speaker
	if a.Quote.Key != b.Quote.Key || speaker == "" {
		speaker = describe(a) + " and " + describe(b)
	}
	f := finding.Finding{Subject: "wording of \"" + clip(strings.ReplaceAll(a.Quote.Text, " |", ""), 8) + "\""}
	for _, cl := range as {
		f.Claims = append(f.Claims, *cl)
	}
	for _, cl := range bs {
		f.Claims = append(f.Claims, *cl)
	}
	f.Message = pass.Render(c.rule.Message, map[string]string{"speaker": speaker,
		"quotes": fmt.Sprintf("\"%s\" (%s) against \"%s\" (%s), %d%% of the words alike", clip(a.Text, 10), a.Path, clip(b.Text, 10), b.Path, int(score*100+0.5))})
	return f
}

func describe(cl *claim.Claim) string {
	if cl.Quote.Speaker == "" {
		return "an unattributed quote"
	}
	return cl.Quote.Speaker
}

// stems cuts words to their first six letters, so that "killing" and "killings",
// "prosperity" and "prosperous" count as one word.
func stems(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		if len(w) > 6 {
			w = w[:6]
		}
		out[i] = w
	}
	return out
}

// similarity returns the share of s's words that l repeats in order (the longest common
// subsequence, within the part of l around their first shared run of three), and whether
// l holds s whole, word for word. A share counts only with a run of three words together.
func similarity(s, l []string) (float64, bool) {
	if len(s) == 0 {
		return 0, false
	}
	if at := indexRun(l, s); at >= 0 {
		return 1, true
	}
	// The window of l around the first shared trigram.
	pos := -1
	for i := 0; i+3 <= len(s) && pos < 0; i++ {
		for j := 0; j+3 <= len(l); j++ {
			if s[i] == l[j] && s[i+1] == l[j+1] && s[i+2] == l[j+2] {
				pos = j - i
				break
			}
		}
	}
	if pos == -1 && len(s) >= 3 {
		return 0, false
	}
	lo, hi := max(0, pos-len(s)/2), min(len(l), pos+len(s)+len(s)/2+1)
	w := l[lo:hi]
	// Longest common subsequence of s and w.
	prev := make([]int, len(w)+1)
	cur := make([]int, len(w)+1)
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(w); j++ {
			switch {
			case s[i-1] == w[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(w)]) / float64(len(s)), false
}

// indexRun returns where s stands whole in l, or -1.
func indexRun(l, s []string) int {
	for i := 0; i+len(s) <= len(l); i++ {
		if slices.Equal(l[i:i+len(s)], s) {
			return i
		}
	}
	return -1
}
