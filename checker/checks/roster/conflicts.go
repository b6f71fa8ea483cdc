package roster

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"factcheck/checker/claim"
	"factcheck/checker/events"
	"factcheck/checker/finding"
	"factcheck/checker/names"
	"factcheck/checker/pass"
	"factcheck/rules"
)

// bucket holds the statements about one side of one event.
type bucket struct {
	event *events.Event
	side  string
	group string
	stmts []*claim.Claim
}

// compare attaches every statement to the event named in its sentence or in the two
// before it (the nearest mention), and reports, per event: a count another statement's
// list does not fit, complete lists that differ, leaders that share nobody, a person on
// two sides, a person said to be absent whom another statement lists. A statement with
// no event is compared with nothing: two meetings in one city are never merged, and a
// list that leaves people out is never a finding.
func (st *statements) compare(cp *pass.Corpus, rule *rules.Rule) []finding.Finding {
	mentions := cp.Extraction(st.events.Opts.Key)
	eventOf, byArticle := index(mentions, events.GroupOnce(cp, st.events, mentions))
	// A "side" that is the surname of someone a roster lists is that person's group
	// ("Medinsky's team"), not a side.
	members := map[string]bool{}
	for _, cl := range cp.Claims {
		if cl.Roster != nil {
			for _, k := range cl.Roster.Keys {
				members[k] = true
			}
		}
	}
	canon := canonical(cp.Claims)
	buckets := map[*events.Event]map[string]*bucket{}
	var order []*events.Event
	for _, cl := range cp.Claims {
		r := cl.Roster
		if r == nil || r.Side != "" && !strings.Contains(r.Side, " ") && members[names.Plain(r.Side)] {
			continue
		}
		e := attach(cl, byArticle[cl.Article], eventOf, st.events.Places)
		if e == nil {
			continue
		}
		if buckets[e] == nil {
			buckets[e] = map[string]*bucket{}
			order = append(order, e)
		}
		b := buckets[e][r.Side]
		if b == nil {
			b = &bucket{event: e, side: r.Side, group: r.Group}
			buckets[e][r.Side] = b
		}
		b.stmts = append(b.stmts, cl)
	}
	// Problems of one subject whose statements are the same, or some of the other's (a
	// count and a complete list that both differ from another list), are one finding
	// with both problems in its message.
	type pending struct {
		b        *bucket
		subject  string
		problems []string
		cls      []*claim.Claim
	}
	var found []*pending
	report := func(b *bucket, subject, problem string, cls []*claim.Claim) {
		slices.SortStableFunc(cls, claim.Compare)
		cls = slices.Compact(cls)
		for _, p := range found {
			if p.subject != subject {
				continue
			}
			if subset(cls, p.cls) {
				p.problems = append(p.problems, problem)
				return
			}
			if subset(p.cls, cls) {
				p.problems, p.cls = append(p.problems, problem), cls
				return
			}
		}
		found = append(found, &pending{b: b, subject: subject, problems: []string{problem}, cls: cls})
	}
	for _, e := range order {
		sides := make([]string, 0, len(buckets[e]))
		for s := range buckets[e] {
			sides = append(sides, s)
		}
		sort.Strings(sides)
		for _, s := range sides {
			b := buckets[e][s]
			if s == "" {
				continue
			}
			subject := fmt.Sprintf("%s %s at the %s", b.side, b.group, e.Title())
			st.counts(b, subject, report)
			completeLists(b, subject, report)
			differentLeaders(b, subject, report)
			leaderOutside(b, subject, report)
		}
		twoSides(e, buckets[e], sides, canon, report)
		st.registeredSides(cp, e, buckets[e], sides, report)
		absent(e, buckets[e], sides, canon, report)
	}
	out := make([]finding.Finding, 0, len(found))
	for _, p := range found {
		f := finding.Finding{Subject: p.subject}
		for _, c := range p.cls {
			f.Claims = append(f.Claims, c)
		}
		side := p.b.side
		if p.b.group != "" {
			side += " " + p.b.group
		}
		f.Message = pass.Render(rule.Message, map[string]string{"event": p.b.event.Title(), "side": side,
			"problem": strings.Join(p.problems, "; "), "count": "", "listed": "", "members": ""})
		out = append(out, f)
	}
	return out
}

// Attach returns, for each event of evs, the roster statements attached to it as a
// conflicts rule attaches them: for the timeline. mentions are the event mentions the
// events were grouped from.
func Attach(rosters, mentions []*claim.Claim, evs []*events.Event, places *events.Places) map[*events.Event][]*claim.Claim {
	eventOf, byArticle := index(mentions, evs)
	out := map[*events.Event][]*claim.Claim{}
	for _, cl := range rosters {
		if cl.Roster == nil || cl.Roster.Scope[2] == 0 {
			continue // a count rule's statement: no scope, no event
		}
		if e := attach(cl, byArticle[cl.Article], eventOf, places); e != nil {
			out[e] = append(out[e], cl)
		}
	}
	return out
}

// index maps each mention to its event, and each article to its mentions.
func index(mentions []*claim.Claim, evs []*events.Event) (map[*claim.Claim]*events.Event, map[int32][]*claim.Claim) {
	eventOf := map[*claim.Claim]*events.Event{}
	for _, e := range evs {
		for _, m := range e.Mentions {
			eventOf[m] = e
		}
	}
	byArticle := map[int32][]*claim.Claim{}
	for _, m := range mentions {
		byArticle[m.Article] = append(byArticle[m.Article], m)
	}
	return eventOf, byArticle
}

// attach returns the event a statement is about. Its own sentence's event mentions come
// first ("A, who led the team at the 2022 talks in Istanbul," is not about the talks of
// the sentence before); then the mentions of the two sentences before it; then the
// article's event, when all its dated mentions are of one. A mention that only refers to
// an event ("a continuation of the talks in Geneva") counts only when no other does. When
// its own sentence names an event without a date ("did not attend the talks in
// Istanbul"), the event found before must be at that place; an absence or a statement
// whose sentence names a time of its own ("Last season, ...") takes no article event.
func attach(cl *claim.Claim, ms []*claim.Claim, eventOf map[*claim.Claim]*events.Event, places *events.Places) *events.Event {
	sc := cl.Roster.Scope
	var own, before []*claim.Claim
	for _, m := range ms {
		switch {
		case m.Offset >= sc[1] && m.Offset < sc[2]:
			own = append(own, m)
		case m.Offset >= sc[0] && m.Offset < sc[1]:
			before = append(before, m)
		}
	}
	if e := nearest(cl, own, eventOf, nil); e != nil {
		return e
	}
	// An undated event of its own sentence narrows the others to its place.
	var at func(*events.Event) bool
	if len(own) > 0 {
		at = func(e *events.Event) bool {
			for _, o := range own {
				if places.Compatible(o.Event.PlaceKey, events.Key(e.Place)) {
					return true
				}
			}
			return false
		}
	}
	if e := nearest(cl, before, eventOf, at); e != nil {
		return e
	}
	if cl.Roster.Timed || cl.Roster.Form == "absent" && at == nil {
		return nil
	}
	var only *events.Event
	for _, m := range ms {
		if e := eventOf[m]; e != nil {
			if only != nil && e != only {
				return nil
			}
			only = e
		}
	}
	if only != nil && at != nil && !at(only) {
		return nil
	}
	return only
}

// nearest returns the event of the dated mention of ms nearest to the statement, among
// those of events ok accepts (all when ok is nil); mentions that only refer to an event
// come last.
func nearest(cl *claim.Claim, ms []*claim.Claim, eventOf map[*claim.Claim]*events.Event, ok func(*events.Event) bool) *events.Event {
	var best *events.Event
	bestDist := int32(1 << 30)
	for _, m := range ms {
		e := eventOf[m]
		if e == nil || ok != nil && !ok(e) {
			continue
		}
		d := cl.Offset - m.Offset
		if d < 0 {
			d = -d
		}
		if m.Event.Reference {
			d += 1 << 20
		}
		if d < bestDist {
			best, bestDist = e, d
		}
	}
	return best
}

// subset reports whether every claim of a is in b.
func subset(a, b []*claim.Claim) bool {
	for _, c := range a {
		if !slices.Contains(b, c) {
			return false
		}
	}
	return true
}

// same reports whether two folded surnames are one person's: equal, or one letter apart
// in names of five letters or more ("hartwell", "hartweil"): a misspelling is the name
// rules' finding, not a second person.
func same(a, b string) bool {
	return a == b || len(a) >= 5 && len(b) >= 5 && names.Distance(a, b) <= 1
}

// sameSet reports whether two lists of surnames name the same people.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.ContainsFunc(b, func(y string) bool { return same(x, y) }) {
			return false
		}
	}
	return true
}

// shares reports whether two lists of surnames name someone in common.
func shares(a, b []string) bool {
	for _, x := range a {
		if slices.ContainsFunc(b, func(y string) bool { return same(x, y) }) {
			return true
		}
	}
	return false
}

// canonical maps each surname of the statements to the first one seen that is the same
// person's (see same), for grouping statements by person.
func canonical(cls []*claim.Claim) func(string) string {
	var seen []string
	m := map[string]string{}
	for _, c := range cls {
		if c.Roster == nil {
			continue
		}
		for _, k := range c.Roster.Keys {
			if _, ok := m[k]; ok {
				continue
			}
			m[k] = k
			for _, s := range seen {
				if same(s, k) {
					m[k] = s
					break
				}
			}
			if m[k] == k {
				seen = append(seen, k)
			}
		}
	}
	return func(k string) string {
		if c, ok := m[k]; ok {
			return c
		}
		return k
	}
}
