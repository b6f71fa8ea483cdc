package events

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"factcheck/checker/claim"
	"factcheck/checker/timex"
	"factcheck/rules"
)

// Event is the corpus's view of one event: the mentions judged to be of it, and why.
type Event struct {
	// Class and Place are the event's class and its most precise place; Named is the
	// configuration's name for it, when declared.
	Class, Place, Named string
	// Unique marks an event the configuration declares the only one of its kind: its
	// mentions belong to it whatever their dates. Days is its length in days (at least 1).
	Unique bool
	Days   int
	// From and To span the precise dates its mentions give (day numbers); both 0 when
	// none does.
	From, To int32
	// Mentions are in corpus order.
	Mentions []*claim.Claim
	// Why says what grouped the mentions: the places and the shared days.
	Why []string
	// places are the distinct places of the mentions (folded), for grouping.
	places []string
}

// Span returns the event's dates as an interval, and whether it has any.
func (e *Event) Span() (timex.Interval, bool) {
	if e.From == 0 && e.To == 0 {
		return timex.Interval{}, false
	}
	return timex.Interval{From: timex.Day(e.From), To: timex.Day(e.To)}, true
}

// Title names the event for reports: "Geneva talks", "meeting in Miami, 2025-12-04".
func (e *Event) Title() string {
	if e.Named != "" {
		return e.Named
	}
	t := e.Class + " in " + e.Place
	if iv, ok := e.Span(); ok {
		t += ", " + iv.String()
	}
	return t
}

// Group groups event mentions into events. A mention of a declared unique event belongs
// to it. Other mentions with precise dates (days, at most a week) form events greedily in
// date order: a mention joins an event of its class whose every mention gives a place
// equal to or nesting with its own, and whose dates overlap its own. Mentions with coarser
// dates ("the coming week", "early 2025") join the one event they fit, or stand alone when
// none or several fit; mentions without a date are left out, unless of a declared event.
// When in doubt, two events.
func Group(cs []*claim.Claim, places *Places, named []rules.NamedEvent) []*Event {
	unique := map[string]*Event{}
	for _, n := range named {
		if n.Unique {
			unique[n.Name] = &Event{Class: n.Class, Place: places.canonical(n.Place), Named: n.Name, Unique: true, Days: max(n.Days, 1)}
		}
	}
	var fine, coarse []*claim.Claim
	for _, c := range cs {
		ev := c.Event
		if ev == nil {
			continue
		}
		if u := unique[ev.Named]; u != nil && !another(ev) {
			u.Mentions = append(u.Mentions, c)
			continue
		}
		switch {
		case ev.From == "":
		case ev.Fine:
			fine = append(fine, c)
		default:
			coarse = append(coarse, c)
		}
	}
	byDate := func(a, b *claim.Claim) int {
		if c := cmp.Compare(a.Event.FromDay, b.Event.FromDay); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Event.ToDay, b.Event.ToDay); c != 0 {
			return c
		}
		return claim.Compare(a, b)
	}
	slices.SortStableFunc(fine, byDate)
	var out []*Event
	for _, c := range fine {
		// The first event the mention fits, or better one whose mentions name one of the
		// people it names.
		var into *Event
		for _, e := range out {
			if fits(e, c, places) {
				if into == nil {
					into = e
				}
				if sharesPerson(e, c) {
					into = e
					break
				}
			}
		}
		if into == nil {
			into = &Event{Class: c.Event.Class, From: c.Event.FromDay, To: c.Event.ToDay}
			out = append(out, into)
		}
		into.add(c)
		into.From, into.To = min(into.From, c.Event.FromDay), max(into.To, c.Event.ToDay)
	}
	slices.SortStableFunc(coarse, byDate)
	for _, c := range coarse {
		var fit []*Event
		for _, e := range out {
			if fits(e, c, places) {
				fit = append(fit, e)
			}
		}
		if len(fit) == 1 {
			fit[0].add(c)
			continue
		}
		e := &Event{Class: c.Event.Class}
		e.add(c)
		out = append(out, e)
	}
	for _, n := range named {
		if u := unique[n.Name]; u != nil && len(u.Mentions) > 0 {
			out = append(out, u)
			delete(unique, n.Name)
		}
	}
	for _, e := range out {
		finish(e, places)
	}
	slices.SortStableFunc(out, func(a, b *Event) int {
		ai, aok := a.Span()
		bi, bok := b.Span()
		if aok != bok {
			if aok {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(ai.From, bi.From); c != 0 {
			return c
		}
		if c := cmp.Compare(ai.To, bi.To); c != 0 {
			return c
		}
		return claim.Compare(a.Mentions[0], b.Mentions[0])
	})
	return out
}

// add adds a mention to e.
func (e *Event) add(c *claim.Claim) {
	e.Mentions = append(e.Mentions, c)
	if !slices.Contains(e.places, c.Event.PlaceKey) {
		e.places = append(e.places, c.Event.PlaceKey)
	}
}

// fits reports whether mention c may be of event e: same class, a place that is equal to
// or nests with every place the event's mentions give, and dates that overlap the event's.
func fits(e *Event, c *claim.Claim, places *Places) bool {
	ev := c.Event
	if ev.Class != e.Class || ev.FromDay > e.To || ev.ToDay < e.From {
		return false
	}
	// Two mentions that each name at least two people, none in common, are of two events
	// ("the King's meeting with the mayor", "the talks with Macron").
	if len(ev.Participants) >= 2 {
		for _, m := range e.Mentions {
			if p := m.Event.Participants; len(p) >= 2 && !overlap(p, ev.Participants) {
				return false
			}
		}
	}
	// "The first semifinal" and "the second semifinal" of one day are two events.
	if o := ordinal(ev.Descriptors); o != "" {
		for _, m := range e.Mentions {
			if p := ordinal(m.Event.Descriptors); p != "" && p != o {
				return false
			}
		}
	}
	for _, p := range e.places {
		if !places.Compatible(p, ev.PlaceKey) {
			return false
		}
	}
	return true
}

// finish sorts an event's mentions into corpus order, settles its place (the most precise
// one its mentions give) and its dates (those of its precise mentions, else of all), and
// says why its mentions were grouped.
func finish(e *Event, places *Places) {
	slices.SortStableFunc(e.Mentions, claim.Compare)
	seen := map[string]bool{}
	var ps []string
	for _, m := range e.Mentions {
		if k := m.Event.PlaceKey; !seen[k] {
			seen[k] = true
			ps = append(ps, m.Event.Place)
		}
	}
	if e.Place == "" {
		e.Place = ps[0]
		for _, p := range ps[1:] {
			if places.Inside(Key(p), Key(e.Place)) {
				e.Place = p
			}
		}
	}
	e.From, e.To = 0, 0
	for _, fineOnly := range []bool{true, false} {
		for _, m := range e.Mentions {
			ev := m.Event
			if ev.From == "" || fineOnly && !ev.Fine {
				continue
			}
			if e.From == 0 || ev.FromDay < e.From {
				e.From = ev.FromDay
			}
			e.To = max(e.To, ev.ToDay)
		}
		if e.From != 0 {
			break
		}
	}
	switch {
	case e.Unique:
		e.Why = append(e.Why, fmt.Sprintf("declared unique in the configuration: every %s in %s is this event", e.Class, e.Place))
	case len(e.Mentions) > 1:
		e.Why = append(e.Why, "same class of event ("+e.Class+")")
		if len(ps) == 1 {
			e.Why = append(e.Why, "same place ("+ps[0]+")")
		} else {
			e.Why = append(e.Why, "nesting places ("+strings.Join(ps, ", ")+")")
		}
		if iv, ok := e.Span(); ok {
			e.Why = append(e.Why, "dates that overlap ("+iv.String()+")")
		}
	}
}

// ordinals are the descriptors that number events of one kind.
var ordinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true}

// ordinal returns the ordinal among descriptors ("second"), or "".
func ordinal(descriptors []string) string {
	for _, d := range descriptors {
		if ordinals[d] {
			return d
		}
	}
	return ""
}

// parts are the descriptors that make a mention one part of an event ("the opening
// session"): its end or start is not the event's.
var parts = map[string]bool{"opening": true, "closing": true, "morning": true, "afternoon": true, "evening": true, "first": true, "last": true, "final": true}

// IsPart reports whether a mention names a part of its event.
func IsPart(ev *claim.Event) bool {
	for _, d := range ev.Descriptors {
		if parts[d] {
			return true
		}
	}
	return false
}

// others are the descriptors that mark another event than a unique one ("a follow-up
// visit", "the second round").
var others = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true, "next": true,
	"follow-up": true, "followup": true, "previous": true, "upcoming": true, "another": true, "further": true, "new": true}

// another reports whether a mention's descriptors mark it as another event than a unique
// one of its class and place.
func another(ev *claim.Event) bool {
	for _, d := range ev.Descriptors {
		if others[d] {
			return true
		}
	}
	return false
}

// WordKey folds an event word so that its singular and plural forms are equal ("talks",
// "talk"; "session", "sessions").
func WordKey(w string) string { return strings.TrimSuffix(strings.ToLower(w), "s") }

// overlap reports whether two lists of surnames share one.
func overlap(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// sharesPerson reports whether a mention of e names one of the people c names.
func sharesPerson(e *Event, c *claim.Claim) bool {
	if len(c.Event.Participants) == 0 {
		return false
	}
	for _, m := range e.Mentions {
		if overlap(m.Event.Participants, c.Event.Participants) {
			return true
		}
	}
	return false
}
