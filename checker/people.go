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
	"factcheck/checker/names"
	"factcheck/checker/pass"
)

// PersonEntry is one person of the corpus for the who's-who: the name, every mention, the
// events whose mentions name them, and the findings that concern them.
type PersonEntry struct {
	Name     string
	Mentions []*claim.Claim
	Events   []*events.Event
	// Rosters are the statements that place them in a side of an event: a member, a
	// leader, absent.
	Rosters []*claim.Claim
	// References are the back-references resolved to them ("the minister", "she").
	References []*claim.Claim
	Findings   []*finding.Finding
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
	var persons, evs, rosters, refs []*claim.Claim
	for i := range res.Claims {
		switch c := &res.Claims[i]; {
		case c.Person != nil:
			persons = append(persons, c)
		case c.Event != nil:
			evs = append(evs, c)
		case c.Roster != nil && c.Roster.Form != "" && len(c.Roster.Keys) > 0:
			rosters = append(rosters, c)
		case c.Reference != nil:
			refs = append(refs, c)
		}
	}
	groups := events.Group(evs, events.NewPlaces(res.Set.Places), res.Set.Events)
	var out []PersonEntry
	for _, p := range check.People(&pass.Corpus{Articles: res.Articles, Claims: persons, Env: env}) {
		e := PersonEntry{Name: p.Name, Mentions: p.Mentions}
		surnames, keys, folded := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, m := range p.Mentions {
			surnames[m.Person.Surname] = true
			keys[names.Plain(m.Person.Surname)] = true
			folded[m.Person.SurnameKey] = true
		}
		for _, r := range refs {
			if folded[r.Reference.Key] {
				e.References = append(e.References, r)
			}
		}
		named := func(c *claim.Claim) bool {
			return c.Roster != nil && slices.ContainsFunc(c.Roster.Keys, func(k string) bool { return keys[k] })
		}
		for _, r := range rosters {
			if named(r) && !slices.ContainsFunc(e.Rosters, func(o *claim.Claim) bool { return o.Path == r.Path && o.Offset == r.Offset }) {
				e.Rosters = append(e.Rosters, r)
			}
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
			if f.Class == "roster" {
				if rosterConcerns(f, keys) {
					e.Findings = append(e.Findings, f)
				}
				continue
			}
			if slices.ContainsFunc(f.Claims, func(c *claim.Claim) bool {
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

// rosterConcerns reports whether a roster finding concerns the person with the given
// folded surnames. A finding about one person (absent, on two sides) is named after them
// ("Karim Bensaid at the meeting in Paris"); one about a side concerns everyone its
// statements name.
func rosterConcerns(f *finding.Finding, keys map[string]bool) bool {
	any := false
	for _, c := range f.Claims {
		if c.Roster == nil {
			continue
		}
		if len(c.Roster.Keys) != len(c.Roster.Members) {
			// A count rule's statement lists names without keys: match them by surname.
			for _, m := range c.Roster.Members {
				if f := strings.Fields(m); len(f) > 0 && keys[names.Plain(f[len(f)-1])] {
					any = true
				}
			}
			continue
		}
		for k, m := range c.Roster.Members {
			if strings.HasPrefix(f.Subject, m+" at the ") {
				return keys[c.Roster.Keys[k]]
			}
			any = any || keys[c.Roster.Keys[k]]
		}
	}
	return any
}
