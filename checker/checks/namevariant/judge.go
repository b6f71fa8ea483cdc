package namevariant

import (
	"fmt"
	"sort"
	"strings"

	"factcheck/checker/claim"
)

// spelling is one way the corpus writes a name.
type spelling struct {
	text     string
	mentions int
	articles int    // articles that use the spelling
	lastPath string // the last article counted (mentions come in path order)
	near     bool   // a near miss of the reference, not a transliteration variant
}

// verdict is what one person's spellings amount to: a finding for the rules that report
// kind ("misspellings" or "variants"), with the values of its message placeholders.
type verdict struct {
	kind    string
	vals    map[string]string
	subject string
	claims  []*claim.Claim
}

// analyze decides what one person's spellings amount to: a person with any near-miss
// spelling belongs to "misspellings", one with only variant spellings to "variants", one
// written one way only to neither (nil).
func (c *Check) analyze(p *person) *verdict {
	surnames := c.spellings(p.mentions, func(m *claim.Claim) string { return m.Person.Surname })
	givens := c.spellings(p.mentions, func(m *claim.Claim) string { return firstGiven(m.Person.Given) })
	ref := reference(p, surnames)
	refKey := c.folder.Key(ref)
	anyNear := false
	for _, s := range surnames {
		k := c.folder.Key(s.text)
		accepted := p.known != nil && p.known.accepted[strings.ToLower(s.text)]
		s.near = k != refKey && !accepted && !(p.known != nil && p.known.keys[k])
		anyNear = anyNear || s.near
	}
	// First names: a spelling that folds differently from the most used one is a near miss
	// (Damien for Damian); one that folds the same is a variant (Aryna / Arina).
	if len(givens) > 1 {
		refGiven := c.folder.Key(givens[0].text)
		if p.known != nil {
			for g := range p.known.givens {
				refGiven = g
			}
		}
		for _, g := range givens {
			if c.folder.Key(g.text) != refGiven {
				g.near = true
				anyNear = true
			}
		}
	}
	variant := len(surnames) > 1 || len(givens) > 1
	v := &verdict{}
	switch {
	case anyNear:
		v.kind = "misspellings"
		var bad []string
		for _, s := range append(surnames, givens...) {
			if s.near {
				bad = append(bad, quoteSpelling(s))
			}
		}
		canonical := fmt.Sprintf("%q (%s)", fullName(p, ref), refSource(p, surnames, ref))
		if p.known == nil && len(surnames) > 1 && surnames[0].articles == surnames[1].articles && surnames[0].mentions == surnames[1].mentions {
			// A tie: the corpus cannot say which spelling is right, and the message must not
			// pretend it can.
			canonical = fmt.Sprintf("%q, or the other way round (both are as common: check which is right)", fullName(p, ref))
		}
		v.vals = map[string]string{"name": fullName(p, ref), "spellings": strings.Join(bad, ", "), "canonical": canonical}
	case variant:
		v.kind = "variants"
		var all []string
		for _, s := range surnames {
			all = append(all, quoteSpelling(s))
		}
		if len(surnames) == 1 {
			all = nil
			for _, s := range givens {
				all = append(all, quoteSpelling(s))
			}
		}
		v.vals = map[string]string{"name": fullName(p, ref), "spellings": joinOr(all), "canonical": fullName(p, ref)}
	default:
		return nil
	}
	v.subject = "spelling of " + fullName(p, ref)
	v.claims = gather(p.mentions)
	return v
}

// gather keeps, for each article and spelling, the first mention as the claim and lists
// the others as its Also positions: every mention is accounted for without repeating the
// same evidence. ms are in corpus order (by path), so each article's spellings are the
// last few claims kept, and no map is needed.
func gather(ms []*claim.Claim) []*claim.Claim {
	// First the kept mentions, by index, then one allocation of the claims: a person
	// named thousands of times would otherwise copy their claims again at every growth.
	keep := make([]int32, 0, len(ms)/2+1)
	also := make([]int32, len(ms)) // for each mention, the kept mention it joins, or -1
	run := 0                       // where the current article starts in keep
	for k, m := range ms {
		if len(keep) > 0 && ms[keep[run]].Path != m.Path {
			run = len(keep)
		}
		i := run
		for i < len(keep) && ms[keep[i]].Value != m.Value {
			i++
		}
		if i < len(keep) {
			also[k] = int32(i)
			continue
		}
		also[k] = -1
		keep = append(keep, int32(k))
	}
	// A kept mention that gathers others is copied before its Also is set: the mentions
	// are shared with the other rules' corpus passes, which run at the same time. The
	// others are the mentions themselves.
	out := make([]*claim.Claim, len(keep))
	copied := make([]bool, len(keep))
	n := 0
	for _, i := range also {
		if i >= 0 && !copied[i] {
			copied[i] = true
			n++
		}
	}
	copies := make([]claim.Claim, 0, n)
	for i, k := range keep {
		if copied[i] {
			copies = append(copies, *ms[k])
			out[i] = &copies[len(copies)-1]
		} else {
			out[i] = ms[k]
		}
	}
	for k, i := range also {
		if i >= 0 {
			out[i].Also = append(out[i].Also, claim.Pos{Line: ms[k].Line, Column: ms[k].Column})
		}
	}
	return out
}

// spellings lists the distinct spellings (ignoring case) of a part of the name, most used
// first. ms are in corpus order (by path), as cluster leaves them.
func (c *Check) spellings(ms []*claim.Claim, part func(*claim.Claim) string) []*spelling {
	var out []*spelling
	for _, m := range ms {
		t := part(m)
		if t == "" {
			continue
		}
		var s *spelling
		for _, o := range out { // a person has few spellings
			if strings.EqualFold(o.text, t) {
				s = o
				break
			}
		}
		if s == nil {
			s = &spelling{text: t}
			out = append(out, s)
		}
		s.mentions++
		if s.articles == 0 || s.lastPath != m.Path {
			s.articles++
			s.lastPath = m.Path
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.articles != b.articles {
			return a.articles > b.articles
		}
		if a.mentions != b.mentions {
			return a.mentions > b.mentions
		}
		return a.text < b.text
	})
	return out
}

// reference is the spelling others are measured against: the configuration's canonical
// surname, else the spelling found in most articles.
func reference(p *person, surnames []*spelling) string {
	if p.known != nil {
		return p.known.surname
	}
	if len(surnames) == 0 {
		return ""
	}
	return surnames[0].text
}

func refSource(p *person, surnames []*spelling, ref string) string {
	if p.known != nil {
		return "the corpus configuration's spelling"
	}
	for _, s := range surnames {
		if s.text == ref {
			return fmt.Sprintf("as written %s", countText(s))
		}
	}
	return ""
}

// fullName is the person's name as the reference spelling writes it.
func fullName(p *person, ref string) string {
	if p.known != nil {
		return p.known.name
	}
	best, n := ref, 0
	counts := map[string]int{}
	for _, m := range p.mentions {
		if m.Person.Given != "" && strings.EqualFold(m.Person.Surname, ref) {
			counts[m.Value]++
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if counts[k] > n {
			best, n = k, counts[k]
		}
	}
	return best
}

func quoteSpelling(s *spelling) string {
	return fmt.Sprintf("%q (%s)", s.text, countText(s))
}

func countText(s *spelling) string {
	a := "article"
	if s.articles != 1 {
		a = "articles"
	}
	m := "mention"
	if s.mentions != 1 {
		m = "mentions"
	}
	return fmt.Sprintf("%d %s in %d %s", s.mentions, m, s.articles, a)
}

func joinOr(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
