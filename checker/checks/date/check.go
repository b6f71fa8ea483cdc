// Package date implements kinds date and duration: the mentions of one event that give it
// incompatible dates, or incompatible lengths. Both read event mentions with package
// events and compare them within the events events.Group forms.
package date

import (
	"fmt"
	"math"
	"strings"

	"factcheck/checker/claim"
	"factcheck/checker/events"
	"factcheck/checker/finding"
	"factcheck/checker/pass"
	"factcheck/rules"
)

// Check is a date or duration rule.
type Check struct {
	rule *rules.Rule
	x    *events.Extractor
}

// New compiles a date or duration rule.
func New(r *rules.Rule, env *pass.Env) (pass.Check, error) {
	o, err := events.Compile(r.Events)
	if err != nil {
		return nil, fmt.Errorf("rule %s: %v", r.ID, err)
	}
	return &Check{rule: r, x: &events.Extractor{Opts: o, Places: events.NewPlaces(env.Set.Places), Named: env.Set.Events}}, nil
}

// ExtractKey implements pass.Check: rules with the same event options (the date and
// duration rules of the built-in pack) read each article once.
func (c *Check) ExtractKey() string { return c.x.Opts.Key }

// Extract implements pass.Check.
func (c *Check) Extract(d *pass.Doc) []claim.Claim { return c.x.Extract(d) }

// Events returns the events of the corpus, grouped once per run for every rule that
// shares the extraction.
func (c *Check) Events(cp *pass.Corpus) []*events.Event {
	return events.GroupOnce(cp, c.x, cp.Claims)
}

// Compare implements pass.Check.
func (c *Check) Compare(cp *pass.Corpus) []finding.Finding {
	var out []finding.Finding
	for _, e := range c.Events(cp) {
		var cls []*claim.Claim
		var values []string
		if c.rule.Kind == "duration" {
			cls, values = DurationConflict(e)
		} else {
			cls, values = DateConflict(e)
		}
		if cls == nil {
			continue
		}
		f := finding.Finding{Subject: c.rule.Kind + " of the " + e.Title()}
		for _, cl := range cls {
			f.Claims = append(f.Claims, cl)
		}
		f.Message = pass.Render(c.rule.Message, map[string]string{"event": e.Title(), "values": strings.Join(values, " vs ")})
		out = append(out, f)
	}
	return out
}

// DateConflict returns the mentions of e involved in a conflict of dates, and their
// distinct values, when two sources give e incompatible dates: dates that cannot both
// fall within the event's length (`days`, one by default), for an event declared unique
// (for others, dates that do not overlap make two events); or an end ("concluded on 30 November") that another source's dates run past, or
// a start they run before. A mention of a part of the event ("the opening session") does
// not bound the whole.
func DateConflict(e *events.Event) ([]*claim.Claim, []string) {
	var dated []*claim.Claim
	for _, m := range e.Mentions {
		if m.Event.From != "" {
			dated = append(dated, m)
		}
	}
	in := make([]bool, len(dated))
	part := make([]bool, len(dated))
	var bounded []int // mentions that give an end or a start: the only ones that can conflict in an event not declared unique
	for i, m := range dated {
		part[i] = events.IsPart(m.Event)
		if m.Event.Role != "" && !part[i] {
			bounded = append(bounded, i)
		}
	}
	pair := func(i, j int) {
		a, b := dated[i], dated[j]
		if i != j && a.Article != b.Article && !part[i] && !part[j] && (datesConflict(e, a.Event, b.Event) || datesConflict(e, b.Event, a.Event)) {
			in[i], in[j] = true, true
		}
	}
	if e.Unique {
		for i := range dated {
			for j := i + 1; j < len(dated); j++ {
				pair(i, j)
			}
		}
	} else {
		// A large event has thousands of mentions and few ends or starts: compare those
		// with every other mention, not every pair.
		for _, i := range bounded {
			for j := range dated {
				pair(i, j)
			}
		}
	}
	var cls []*claim.Claim
	for i, c := range dated {
		if in[i] {
			cls = append(cls, c)
		}
	}
	if cls == nil {
		return nil, nil
	}
	return cls, distinct(cls, dateValue)
}

// datesConflict reports whether mention b contradicts mention a about event e; neither
// names a part of the event (the caller checks).
func datesConflict(e *events.Event, a, b *claim.Event) bool {
	switch {
	case a.Role == "end" && b.Fine && b.ToDay > a.ToDay:
		return true
	case a.Role == "start" && b.Fine && b.FromDay < a.FromDay:
		return true
	case a.Role == "end" || a.Role == "start" || b.Role == "end" || b.Role == "start":
		// An end after an "on" date, or a start before it: one event of several days.
		return false
	case e.Unique && (int(b.FromDay-a.ToDay) >= e.Days || int(a.FromDay-b.ToDay) >= e.Days):
		// Both cannot fall within the event's length (one day unless configured).
		return true
	}
	return false
}

func dateValue(c *claim.Claim) string {
	ev := c.Event
	v := fmt.Sprintf("%q", ev.Date)
	switch ev.Role {
	case "end":
		v = "ended " + v
	case "start":
		v = "began " + v
	}
	span := ev.From
	if ev.To != ev.From {
		span += ".." + ev.To
	}
	return fmt.Sprintf("%s (%s, %s)", v, span, c.Path)
}

// DurationConflict returns the mentions of e that give it a length, and their distinct
// values, when two sources give lengths that cannot both hold.
func DurationConflict(e *events.Event) ([]*claim.Claim, []string) {
	var timed []*claim.Claim
	for _, m := range e.Mentions {
		if m.Event.Duration != "" {
			timed = append(timed, m)
		}
	}
	in := make([]bool, len(timed))
	words := make([]string, len(timed))
	for i, m := range timed {
		words[i] = events.WordKey(m.Event.Trigger)
	}
	for i, a := range timed {
		for j := i + 1; j < len(timed); j++ {
			b := timed[j]
			// Lengths are compared only between mentions that name the event with the same
			// word: "the final" and "an exhibition match" of one day and city may be two.
			if a.Article != b.Article && words[i] == words[j] &&
				(hi(a.Event) < b.Event.HoursLo || hi(b.Event) < a.Event.HoursLo) {
				in[i], in[j] = true, true
			}
		}
	}
	var cls []*claim.Claim
	for i, c := range timed {
		if in[i] {
			cls = append(cls, c)
		}
	}
	if cls == nil {
		return nil, nil
	}
	timed = cls
	return timed, distinct(timed, func(c *claim.Claim) string { return fmt.Sprintf("%q (%s)", c.Event.Duration, c.Path) })
}

func hi(ev *claim.Event) float64 {
	if ev.HoursHi < 0 {
		return math.Inf(1)
	}
	return ev.HoursHi
}

// distinct returns the values of cls, each once, in order.
func distinct(cls []*claim.Claim, value func(*claim.Claim) string) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range cls {
		if v := value(c); !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
