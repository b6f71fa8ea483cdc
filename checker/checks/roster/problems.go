package roster

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"factcheck/checker/claim"
	"factcheck/checker/events"
	"factcheck/checker/names"
	"factcheck/checker/pass"
)

// reporter records one problem of the rosters of an event: its subject, what is wrong and
// the statements involved. Each function below looks for one kind of problem.
type reporter func(b *bucket, subject, problem string, cls []*claim.Claim)

// counts reports a count that a list of the same side does not fit: more people named
// than counted, or a complete list with fewer.
func (st *statements) counts(b *bucket, subject string, report reporter) {
	for _, c := range b.stmts {
		n := c.Roster.Count
		if n == 0 {
			continue
		}
		var bad []*claim.Claim
		var named []string
		for _, o := range b.stmts {
			r := o.Roster
			if o == c || r.Form != "list" || len(r.Keys) == 0 {
				continue
			}
			if len(r.Keys) > n || r.Complete && len(r.Keys) < n {
				bad = append(bad, o)
				named = append(named, fmt.Sprintf("%d named (%s)", len(r.Keys), strings.Join(r.Members, ", ")))
			}
		}
		if bad != nil {
			report(b, subject, fmt.Sprintf("a count of %d against %s", n, strings.Join(named, "; ")), append(bad, c))
		}
	}
}

// completeLists reports complete lists of one side that name different people.
func completeLists(b *bucket, subject string, report reporter) {
	var lists []*claim.Claim
	for _, c := range b.stmts {
		if c.Roster.Form == "list" && c.Roster.Complete && len(c.Roster.Keys) > 0 {
			lists = append(lists, c)
		}
	}
	for i := 1; i < len(lists); i++ {
		if !sameSet(lists[0].Roster.Keys, lists[i].Roster.Keys) {
			var vals []string
			seen := map[string]bool{}
			for _, c := range lists {
				v := strings.Join(c.Roster.Members, ", ")
				if !seen[v] {
					seen[v] = true
					vals = append(vals, v)
				}
			}
			report(b, subject, "complete lists differ: "+strings.Join(vals, " against "), lists)
			return
		}
	}
}

// differentLeaders reports leaders of one side that share nobody.
func differentLeaders(b *bucket, subject string, report reporter) {
	var ls []*claim.Claim
	for _, c := range b.stmts {
		if c.Roster.Form == "leader" {
			ls = append(ls, c)
		}
	}
	for i := range ls {
		for j := i + 1; j < len(ls); j++ {
			if !shares(ls[i].Roster.Keys, ls[j].Roster.Keys) {
				var vals []string
				for _, c := range ls {
					if v := strings.Join(c.Roster.Members, " and "); !slices.Contains(vals, v) {
						vals = append(vals, v)
					}
				}
				report(b, subject, "different leaders: "+strings.Join(vals, " against "), ls)
				return
			}
		}
	}
}

// leaderOutside reports a leader whom a complete list of the same side leaves out.
func leaderOutside(b *bucket, subject string, report reporter) {
	for _, l := range b.stmts {
		if l.Roster.Form != "leader" {
			continue
		}
		for _, c := range b.stmts {
			r := c.Roster
			if r.Form != "list" || !r.Complete || len(r.Keys) == 0 || c.Article == l.Article && c.Line == l.Line {
				continue
			}
			if !shares(l.Roster.Keys, r.Keys) {
				report(b, subject, fmt.Sprintf("led by %s, who is not in the complete list %s", strings.Join(l.Roster.Members, " and "), strings.Join(r.Members, ", ")), []*claim.Claim{l, c})
			}
		}
	}
}

// registeredSides reports a person a statement places on a side other than the one the
// corpus configuration gives them (people: side:).
func (st *statements) registeredSides(cp *pass.Corpus, e *events.Event, bs map[string]*bucket, sides []string, report reporter) {
	reg := map[string]string{} // folded surname -> side
	for _, p := range cp.Env.Set.People {
		if p.Side == "" {
			continue
		}
		side := p.Side
		if s, ok := st.sides[strings.ToLower(side)]; ok {
			side = s
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if f := strings.Fields(n); len(f) > 0 {
				reg[names.Plain(f[len(f)-1])] = side
			}
		}
	}
	if len(reg) == 0 {
		return
	}
	eachMember(bs, sides, func(s string, c *claim.Claim, k int) {
		if want, ok := reg[c.Roster.Keys[k]]; ok && !strings.EqualFold(want, s) {
			name := c.Roster.Members[k]
			report(&bucket{event: e, side: name}, fmt.Sprintf("%s at the %s", name, e.Title()),
				fmt.Sprintf("placed on the %s side; the configuration has them on the %s side", s, want), []*claim.Claim{c})
		}
	})
}

// eachMember calls f for every member that a statement of a named side lists as taking
// part (absences aside): the side, the statement and the member's index in it.
func eachMember(bs map[string]*bucket, sides []string, f func(side string, c *claim.Claim, k int)) {
	for _, s := range sides {
		if s == "" {
			continue
		}
		for _, c := range bs[s].stmts {
			if c.Roster.Form == "absent" {
				continue
			}
			for k := range c.Roster.Keys {
				f(s, c, k)
			}
		}
	}
}

// twoSides reports a person whom statements of one event place on two sides.
func twoSides(e *events.Event, bs map[string]*bucket, sides []string, canon func(string) string, report reporter) {
	type place struct {
		sides []string
		cls   []*claim.Claim
		name  string
	}
	at := map[string]*place{}
	var keys []string
	eachMember(bs, sides, func(s string, c *claim.Claim, k int) {
		key := canon(c.Roster.Keys[k])
		p := at[key]
		if p == nil {
			p = &place{name: c.Roster.Members[k]}
			at[key] = p
			keys = append(keys, key)
		}
		if !slices.Contains(p.sides, s) {
			p.sides = append(p.sides, s)
		}
		p.cls = append(p.cls, c)
	})
	sort.Strings(keys)
	for _, key := range keys {
		p := at[key]
		if len(p.sides) < 2 {
			continue
		}
		report(&bucket{event: e, side: p.name, group: ""}, fmt.Sprintf("%s at the %s", p.name, e.Title()),
			"placed on two sides: "+strings.Join(p.sides, " and "), p.cls)
	}
}

// absent reports a person said to be absent from an event whom another statement lists
// as taking part in it.
func absent(e *events.Event, bs map[string]*bucket, sides []string, canon func(string) string, report reporter) {
	var abs []*claim.Claim
	present := map[string][]*claim.Claim{}
	for _, s := range sides {
		for _, c := range bs[s].stmts {
			if c.Roster.Form == "absent" {
				abs = append(abs, c)
				continue
			}
			for _, k := range c.Roster.Keys {
				present[canon(k)] = append(present[canon(k)], c)
			}
		}
	}
	for _, a := range abs {
		key, name := canon(a.Roster.Keys[0]), a.Roster.Members[0]
		if ps := present[key]; len(ps) > 0 {
			report(&bucket{event: e, side: name, group: ""}, fmt.Sprintf("%s at the %s", name, e.Title()),
				"said to be absent, and listed as taking part", append(slices.Clone(ps), a))
		}
	}
}
