// Package events finds mentions of events (meetings, talks, visits, addresses, hearings,
// matches, disasters...) with the place and the time their sentence gives them, and groups
// the mentions of the corpus into events. Kinds date and duration compare the mentions of
// one event; `factcheck timeline` prints the events.
//
// Everything about a story (which places nest, which events it has only one of) comes from
// the corpus configuration; the words come from the rule's options.
package events

import (
	"fmt"
	"math"
	"strings"

	"factcheck/checker/claim"
	"factcheck/checker/finding"
	"factcheck/checker/pass"
	"factcheck/rules"
)

// Options are a rule's event vocabulary, compiled to sets.
type Options struct {
	class      map[string]string // event word -> class
	end, start map[string]bool
	occur      map[string]bool
	ref        map[string]bool
	desc       map[string]bool
	hedges     []hedge
	tolerance  float64
	// ahead and behind are the search windows around an event word, in tokens.
	ahead, behind int
	// Key identifies the options: rules with equal keys share one extraction.
	Key string
}

// hedge widens a length: below and above are fractions of the value, -1 for no bound.
type hedge struct {
	words        []string
	below, above float64
	strict       bool
}

// Compile compiles a rule's event options.
func Compile(o *rules.EventOptions) (*Options, error) {
	if o == nil {
		return nil, fmt.Errorf("no events block")
	}
	c := &Options{
		class: map[string]string{}, end: set(o.EndVerbs), start: set(o.StartVerbs),
		occur: set(o.OccurrenceVerbs), ref: set(o.ReferenceWords), desc: set(o.Descriptors),
		tolerance: o.Tolerance, ahead: o.Ahead, behind: o.Behind,
	}
	if c.ahead == 0 {
		c.ahead = defaultAhead
	}
	if c.behind == 0 {
		c.behind = defaultBehind
	}
	var key strings.Builder
	for _, cl := range o.Classes {
		for _, w := range cl.Words {
			c.class[strings.ToLower(w)] = cl.Name
		}
		fmt.Fprintf(&key, "%s=%s;", cl.Name, strings.Join(cl.Words, ","))
	}
	for _, h := range o.Hedges {
		words := make([]string, len(h.Words))
		for i, w := range h.Words {
			words[i] = strings.ToLower(w)
		}
		c.hedges = append(c.hedges, hedge{words, h.Below, h.Above, h.Strict})
	}
	fmt.Fprintf(&key, "|%v|%v|%v|%v|%v|%v|%v|%d|%d", o.EndVerbs, o.StartVerbs, o.OccurrenceVerbs, o.ReferenceWords, o.Descriptors, o.Hedges, o.Tolerance, c.ahead, c.behind)
	c.Key = "events/" + key.String()
	return c, nil
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

// Words returns every event word of every rule's options in set, for the lexicon's
// ClassEvent bit.
func Words(set *rules.Set) []string {
	var out []string
	for _, r := range set.Rules {
		if r.Events == nil {
			continue
		}
		for _, cl := range r.Events.Classes {
			out = append(out, cl.Words...)
		}
	}
	return out
}

// Interval widens a length by a hedge (nil: by the tolerance): the interval of lengths
// the words allow. Hi is +Inf for no upper bound.
func (o *Options) interval(v float64, h *hedge) (lo, hi float64) {
	if h == nil {
		return v * (1 - o.tolerance), v * (1 + o.tolerance)
	}
	lo, hi = v*(1-h.below), v*(1+h.above)
	if h.below < 0 {
		lo = 0
	}
	if h.above < 0 {
		hi = math.Inf(1)
	}
	if h.strict {
		// "more than four hours" excludes four: nudge the bound so that it does not meet
		// "four hours" exactly.
		if h.above < 0 {
			lo = math.Nextafter(lo, math.Inf(1))
		} else if h.below >= 1 {
			hi = math.Nextafter(hi, 0)
		}
	}
	return lo, hi
}

// Extraction is the event extraction as a check of its own, for the rules that need the
// events of the corpus without reporting on them (a roster rule's Requires). It reports
// nothing.
type Extraction struct{ X *Extractor }

// ExtractKey implements pass.Check: equal to the key of date rules with the same options,
// so that the mentions are read once.
func (e Extraction) ExtractKey() string { return e.X.Opts.Key }

// Extract implements pass.Check.
func (e Extraction) Extract(d *pass.Doc) []claim.Claim { return e.X.Extract(d) }

// Compare implements pass.Check: an extraction alone reports nothing.
func (e Extraction) Compare(*pass.Corpus) []finding.Finding { return nil }

// GroupOnce returns the events of the corpus formed from the mentions of x's extraction,
// grouped once per run for every check that asks.
func GroupOnce(cp *pass.Corpus, x *Extractor, mentions []*claim.Claim) []*Event {
	return cp.Env.Memo("events/group/"+x.Opts.Key, func() any {
		return Group(mentions, x.Places, x.Named)
	}).([]*Event)
}
