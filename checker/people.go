package checker

import (
	"fmt"
	"slices"
	"strings"

	"factcheck/checker/checks/namevariant"
	"factcheck/checker/claim"
	"factcheck/checker/events"
	"factcheck/checker/finding"
	"factcheck/checker/lexicon"
	"factcheck/checker/pass"
)

// PersonEntry is one person of the corpus for the who's-who: the name, every mention, the
// events whose mentions name them, and the findings that concern them.
type PersonEntry struct {
	Name     string
	Mentions []*claim.Claim
	Events   []*events.Event
	Findings []*finding.Finding
}

// People checks the corpus as Run does and lists its people: each name rule's clustering
// of the person mentions, with the titles the sources give them (on the mentions), the
// events that name them and the findings about them. It needs a rule of kind name-variant
// in force.
func People(opts Options) (*Result, []PersonEntry, error) {
	opts.KeepClaims = true
	res, err := Run(opts)
	if err != nil {
		return nil, nil, err
	}
	env := &pass.Env{Set: res.Set, Lex: lexicon.Compile(res.Set.Lexicon)}
	var check *namevariant.Check
	for _, r := range res.Set.Rules {
		if r.Kind == "name-variant" {
			c, err := namevariant.New(r, env)
			if err != nil {
				return nil, nil, &UsageError{err}
			}
			check = c.(*namevariant.Check)
			break
		}
	}
	if check == nil {
		return nil, nil, &UsageError{fmt.Errorf("the list of people needs a rule of kind name-variant, and none is in force")}
	}
	var persons, evs []*claim.Claim
	for i := range res.Claims {
		switch c := &res.Claims[i]; {
		case c.Person != nil:
			persons = append(persons, c)
		case c.Event != nil:
			evs = append(evs, c)
		}
	}
	groups := events.Group(evs, events.NewPlaces(res.Set.Places), res.Set.Events)
	var out []PersonEntry
	for _, p := range check.People(&pass.Corpus{Articles: res.Articles, Claims: persons, Env: env}) {
		e := PersonEntry{Name: p.Name, Mentions: p.Mentions}
		surnames := map[string]bool{}
		for _, m := range p.Mentions {
			surnames[m.Person.Surname] = true
		}
		for _, g := range groups {
			if slices.ContainsFunc(g.Mentions, func(m *claim.Claim) bool {
				return slices.ContainsFunc(m.Event.Participants, func(s string) bool { return surnames[s] })
			}) {
				e.Events = append(e.Events, g)
			}
		}
		for i := range res.Findings {
			f := &res.Findings[i]
			if slices.ContainsFunc(f.Claims, func(c claim.Claim) bool {
				return c.Person != nil && surnames[c.Person.Surname] && (f.Class == "name-variant" || f.Class == "role")
			}) {
				e.Findings = append(e.Findings, f)
			}
		}
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(a, b PersonEntry) int {
		if c := len(b.Mentions) - len(a.Mentions); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return res, out, nil
}
