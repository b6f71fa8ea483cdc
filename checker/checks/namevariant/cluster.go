package namevariant

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"factcheck/checker/claim"
	"factcheck/checker/names"
	"factcheck/checker/pass"
)

// person is one cluster: the mentions believed to name one person.
type person struct {
	key      string          // folded surname of the reference spelling
	surnames map[string]bool // surnames as written, for near-miss comparison
	mentions []*claim.Claim  // every mention, in corpus order
	known    *known          // the configuration's entry, if any
	givens   map[string]bool // folded given names seen
}

// known is a person from the corpus configuration.
type known struct {
	name     string          // canonical full name
	surname  string          // canonical surname
	surnames map[string]bool // accepted surnames as written
	accepted map[string]bool // lower-case surnames and full names that are accepted spellings
	keys     map[string]bool // folded surnames of the accepted spellings
	givens   map[string]bool
}

// cluster groups the corpus's mentions into clusters of people (split separates them). Mentions with evidence (a title, a
// known given name, a speech verb) found clusters by folded surname; lone capitalised words
// join a cluster only when their folded form is its surname. Clusters whose surnames are
// near misses of each other merge, unless gendered endings or first names tell them apart.
func (c *Check) cluster(cp *pass.Corpus) []*person {
	byKey := map[string]*person{}
	var order []string
	get := func(key string) *person {
		p, ok := byKey[key]
		if !ok {
			p = &person{key: key, givens: map[string]bool{}, surnames: map[string]bool{}}
			byKey[key] = p
			order = append(order, key)
		}
		return p
	}
	for _, k := range c.knownPeople(cp) {
		for key := range k.keys {
			get(key).known = k
			for sur := range k.surnames {
				byKey[key].surnames[sur] = true
			}
			for g := range k.givens {
				byKey[key].givens[g] = true
			}
		}
	}
	var candidates []*claim.Claim
	for _, m := range cp.Claims {
		if m.Person == nil {
			continue
		}
		if m.Person.Cue == "candidate" {
			candidates = append(candidates, m)
			continue
		}
		p := get(m.Person.SurnameKey)
		p.mentions = append(p.mentions, m)
		p.surnames[m.Person.Surname] = true
		if m.Person.GivenKey != "" {
			p.givens[m.Person.GivenKey] = true
		}
	}
	// A lone capitalised word joins the person whose surname it is; a rare one that nearly
	// matches the surname of a well-attested person joins as a possible misspelling.
	seen := map[string]int{}
	for _, m := range candidates {
		seen[m.Person.SurnameKey]++
	}
	for _, m := range candidates {
		key := m.Person.SurnameKey
		p, ok := byKey[key]
		if !ok && seen[key] <= 2 {
			p = c.nearest(byKey, order, m.Person.Surname)
		}
		if p == nil {
			continue
		}
		if g := firstGiven(m.Person.Given); g != "" && len(p.givens) > 0 && !c.givenFits(g, p.givens) {
			continue
		}
		p.mentions = append(p.mentions, m)
	}
	sort.Strings(order)
	var people []*person
	for _, k := range order {
		if p := byKey[k]; len(p.mentions) > 0 || p.known != nil {
			people = append(people, p)
		}
	}
	return c.mergeNear(people)
}

// split separates the people one cluster holds (splitByGiven) and puts each one's mentions
// in corpus order. Clusters split independently, so Compare runs this in parallel.
func (c *Check) split(p *person) []*person {
	var out []*person
	for _, q := range c.splitByGiven(p) {
		if len(q.mentions) > 0 {
			// Articles are numbered in path order: comparing numbers orders mentions as
			// comparing paths would, without comparing strings.
			slices.SortStableFunc(q.mentions, func(a, b *claim.Claim) int {
				if a.Article != b.Article {
					return cmp.Compare(a.Article, b.Article)
				}
				return cmp.Compare(a.Offset, b.Offset)
			})
			out = append(out, q)
		}
	}
	return out
}

// splitByGiven separates people who share a surname (Alexei and Oleg Navalny): mentions
// with first names that do not fit each other form separate people. A surname written
// alone goes to the person most often named in full, as news copy names the main person
// by surname and relatives in full; when no one is, it is left out as ambiguous.
func (c *Check) splitByGiven(p *person) []*person {
	var groups []*person
	var bare []*claim.Claim
	for _, m := range p.mentions {
		g := m.Person.GivenKey
		if g == "" {
			bare = append(bare, m)
			continue
		}
		var into *person
		for _, q := range groups {
			if c.keyFits(g, q.givens) {
				into = q
				break
			}
		}
		if into == nil {
			into = &person{key: p.key, givens: map[string]bool{}, surnames: map[string]bool{}}
			groups = append(groups, into)
		}
		into.mentions = append(into.mentions, m)
		into.givens[m.Person.GivenKey] = true
	}
	if len(groups) <= 1 {
		return []*person{p}
	}
	for _, q := range groups {
		q.surnames = p.surnames
	}
	sort.SliceStable(groups, func(i, j int) bool { return len(groups[i].mentions) > len(groups[j].mentions) })
	if len(groups[0].mentions) > len(groups[1].mentions) {
		groups[0].mentions = append(groups[0].mentions, bare...)
	}
	if p.known != nil {
		for _, q := range groups {
			for g := range p.known.givens {
				if c.givenFits(g, q.givens) {
					q.known = p.known
				}
			}
		}
	}
	return groups
}

// nearest returns the well-attested cluster (two mentions or more with evidence) whose
// surname is near surname, when exactly one is.
func (c *Check) nearest(byKey map[string]*person, order []string, surname string) *person {
	var found *person
	for _, k := range order {
		p := byKey[k]
		if len(p.mentions) < 2 || !c.nearAnySurname(p, surname) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// mergeNear folds each cluster into a bigger (or known) cluster whose surname it nearly
// matches. Clusters are compared only with others of similar length.
func (c *Check) mergeNear(people []*person) []*person {
	// Larger and known clusters first: they absorb the smaller.
	sort.SliceStable(people, func(i, j int) bool {
		a, b := people[i], people[j]
		if (a.known != nil) != (b.known != nil) {
			return a.known != nil
		}
		if len(a.mentions) != len(b.mentions) {
			return len(a.mentions) > len(b.mentions)
		}
		return a.key < b.key
	})
	var kept []*person
	for _, p := range people {
		var into *person
		for _, q := range kept {
			if p.known != nil && q.known != nil {
				continue
			}
			if c.related(p, q) {
				into = q
				break
			}
		}
		if into == nil {
			kept = append(kept, p)
			continue
		}
		into.mentions = append(into.mentions, p.mentions...)
		for g := range p.givens {
			into.givens[g] = true
		}
		for sur := range p.surnames {
			into.surnames[sur] = true
		}
		if into.known == nil {
			into.known = p.known
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].key < kept[j].key })
	return kept
}

// related reports whether two clusters may be one person misspelt: surnames within the
// length-scaled distance, or (for shorter names) one adjacent swap when both have first
// names that agree; never a gendered pair, never different first names.
func (c *Check) related(p, q *person) bool {
	if c.gendered(p.key, q.key) || !c.givensFit(p, q) {
		return false
	}
	for a := range p.surnames {
		if c.nearAnySurname(q, a) {
			return true
		}
	}
	return len(p.givens) > 0 && len(q.givens) > 0 && len(p.key) >= 4 && swapped(p.key, q.key)
}

// nearAnySurname reports whether surname nearly matches one of p's surnames.
func (c *Check) nearAnySurname(p *person, surname string) bool {
	if c.folder.Key(surname) == p.key {
		return true
	}
	for b := range p.surnames {
		if c.nearName(surname, b) {
			return true
		}
	}
	return false
}

// swapped reports whether b is a with two adjacent letters exchanged.
func swapped(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
}

// givensFit reports whether two clusters' first names allow one person: either has none, or
// some pair folds to the same key or nearly.
func (c *Check) givensFit(a, b *person) bool {
	if len(a.givens) == 0 || len(b.givens) == 0 {
		return true
	}
	for g := range a.givens {
		if c.givenFits(g, b.givens) {
			return true
		}
	}
	return false
}

func (c *Check) givenFits(g string, givens map[string]bool) bool {
	return c.keyFits(c.folder.Key(g), givens)
}

// keyFits is givenFits for a folded given name.
func (c *Check) keyFits(k string, givens map[string]bool) bool {
	for h := range givens {
		if k == h || c.near(k, h) || len(k) == 1 && strings.HasPrefix(h, k) || len(h) == 1 && strings.HasPrefix(k, h) {
			return true
		}
	}
	return false
}

// firstGiven returns the first given name written out, or the first initial when all are
// initials: "J. Todd" Inman goes by Todd.
func firstGiven(given string) string {
	first := ""
	for rest := strings.TrimLeft(given, " "); rest != ""; rest = strings.TrimLeft(rest, " ") {
		g := rest
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			g, rest = rest[:i], rest[i:]
		} else {
			rest = ""
		}
		g = strings.TrimSuffix(g, ".")
		if utf8.RuneCountInString(g) > 1 {
			return g
		}
		if first == "" {
			first = g
		}
	}
	return first
}

// knownPeople compiles the configuration's people.
func (c *Check) knownPeople(cp *pass.Corpus) []*known {
	var out []*known
	for _, p := range cp.Env.Set.People {
		k := &known{name: p.Name, accepted: map[string]bool{}, keys: map[string]bool{}, givens: map[string]bool{}, surnames: map[string]bool{}}
		for i, n := range append([]string{p.Name}, p.Aliases...) {
			f := strings.Fields(n)
			if len(f) == 0 {
				continue
			}
			sur := f[len(f)-1]
			if i == 0 {
				k.surname = sur
			}
			k.accepted[strings.ToLower(sur)] = true
			k.surnames[sur] = true
			k.accepted[strings.ToLower(n)] = true
			k.keys[c.folder.Key(sur)] = true
			if len(f) > 1 {
				k.givens[c.folder.Key(f[0])] = true
			}
		}
		out = append(out, k)
	}
	return out
}

// plainKey is used to compare spellings case-insensitively but letter for letter.
func plainKey(s string) string { return names.Plain(s) }
