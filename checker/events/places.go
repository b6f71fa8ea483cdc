package events

import (
	"strings"

	"factcheck/checker/text"
	"factcheck/rules"
)

// Places knows the corpus configuration's places, their other names and how they nest,
// and reads place names in token runs: a configured name of several words ("Hallandale
// Beach"), or a capitalised word of the lexicon's places.
type Places struct {
	canon  map[string]string   // folded name or alias -> canonical name
	within map[string][]string // folded canonical name -> folded names it lies in
	// first maps the folded first word of every configured name to the names' words.
	first map[string][][]string
}

// NewPlaces compiles the configuration's places.
func NewPlaces(ps []rules.Place) *Places {
	p := &Places{canon: map[string]string{}, within: map[string][]string{}, first: map[string][][]string{}}
	for _, pl := range ps {
		for _, n := range append([]string{pl.Name}, pl.Aliases...) {
			k := Key(n)
			p.canon[k] = pl.Name
			words := strings.Fields(k)
			if len(words) > 0 {
				p.first[words[0]] = append(p.first[words[0]], words)
			}
		}
	}
	// Every name is known before nesting is read: "within" may name a place by any of
	// its names, declared before or after.
	for _, pl := range ps {
		key := Key(pl.Name)
		for _, w := range pl.Within {
			p.within[key] = append(p.within[key], Key(p.canonical(w)))
		}
	}
	return p
}

// Key folds a place name for comparison.
func Key(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// canonical returns the configured name of s, or s.
func (p *Places) canonical(s string) string {
	if c, ok := p.canon[Key(s)]; ok {
		return c
	}
	return s
}

// Inside reports whether place a lies in place b (folded keys), directly or through other
// places; a place is not inside itself.
func (p *Places) Inside(a, b string) bool {
	seen := map[string]bool{}
	stack := []string{a}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, w := range p.within[n] {
			if w == b {
				return true
			}
			if !seen[w] {
				seen[w] = true
				stack = append(stack, w)
			}
		}
	}
	return false
}

// Compatible reports whether two places (folded keys) may be where one event took place:
// the same place, or one within the other.
func (p *Places) Compatible(a, b string) bool {
	return a == b || p.Inside(a, b) || p.Inside(b, a)
}

// at reads a place name starting at toks[i]: the canonical name and the number of tokens
// it spans, or "" and 0. A possessive ("Ukraine's") names a party, not a place.
func (p *Places) at(toks []text.Token, i int) (string, int) {
	if i < 0 || i >= len(toks) || toks[i].Kind != text.Word || !toks[i].Upper() {
		return "", 0
	}
	var buf [32]byte
	first := string(text.LowerASCII(&buf, toks[i].Text))
	best, bestN := "", 0
	for _, words := range p.first[first] {
		if len(words) <= bestN || i+len(words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range words {
			if !strings.EqualFold(toks[i+k].Text, w) {
				ok = false
				break
			}
		}
		if ok {
			best, bestN = p.canon[strings.Join(words, " ")], len(words)
		}
	}
	n := bestN
	if n == 0 && toks[i].Is(text.ClassPlace) {
		best, n = toks[i].Text, 1
	}
	if n == 0 || strings.HasSuffix(toks[i+n-1].Text, "'s") || compound(toks, i, i+n) {
		return "", 0
	}
	return best, n
}

// compound reports whether tokens [i, j) are joined by a hyphen to a word before or after
// ("US-Ukraine talks", "Miami-based"): a party or an adjective, not a place.
func compound(toks []text.Token, i, j int) bool {
	if i >= 2 && toks[i-1].Text == "-" && !toks[i-1].Space && !toks[i].Space {
		return true
	}
	return j+1 < len(toks) && toks[j].Text == "-" && !toks[j].Space && !toks[j+1].Space
}
