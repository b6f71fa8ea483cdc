package namevariant

import (
	"factcheck/checker/claim"
	"factcheck/checker/pass"
)

// Person is one person of the corpus as the name rules see them: the name the corpus (or
// the configuration) gives them and every mention, in corpus order.
type Person struct {
	Name     string
	Mentions []*claim.Claim
}

// People returns the corpus's people, clustered as the rule's findings are: the basis of
// `factcheck people`. Mentions that are only lone capitalised words with no other evidence
// and that join no one are left out.
func (c *Check) People(cp *pass.Corpus) []Person {
	var out []Person
	for _, cl := range c.cluster(cp) {
		for _, p := range c.split(cl) {
			surnames := c.spellings(p.mentions, func(m *claim.Claim) string { return m.Person.Surname })
			out = append(out, Person{Name: fullName(p, reference(p, surnames)), Mentions: p.mentions})
		}
	}
	return out
}
