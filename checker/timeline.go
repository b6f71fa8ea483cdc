package checker

import (
	"fmt"

	"factcheck/checker/checks/date"
	"factcheck/checker/checks/roster"
	"factcheck/checker/claim"
	"factcheck/checker/events"
)

// TimelineEvent is one event of the corpus with what the date and duration checks make of
// its mentions.
type TimelineEvent struct {
	*events.Event
	// DateConflict and DurationConflict report disagreements among the mentions (as rules of
	// kinds date and duration would).
	DateConflict, DurationConflict bool
	// Rosters are the statements of who took part that a roster-conflict rule attaches
	// to the event.
	Rosters []*claim.Claim
}

// Timeline checks the corpus as Run does and groups its event mentions into events, in date
// order: what the tool believes happened, and when, according to each source. It needs a
// rule of kind date or duration in force (their event words find the mentions).
func Timeline(opts Options) (*Result, []TimelineEvent, error) {
	opts.KeepClaims = true
	res, err := Run(opts)
	if err != nil {
		return nil, nil, err
	}
	enabled := false
	for _, r := range res.Set.Rules {
		if r.Kind == "date" || r.Kind == "duration" {
			enabled = true
		}
	}
	if !enabled {
		return nil, nil, &UsageError{fmt.Errorf("the timeline needs a rule of kind date or duration, and none is in force")}
	}
	// Rules with different event words extract the same mention twice: keep it once.
	type at struct {
		article int32
		offset  int32
		trigger string
	}
	seen := map[at]bool{}
	var ms []*claim.Claim
	for i := range res.Claims {
		c := &res.Claims[i]
		if c.Event == nil {
			continue
		}
		k := at{c.Article, c.Offset, c.Event.Trigger}
		if !seen[k] {
			seen[k] = true
			ms = append(ms, c)
		}
	}
	var rosters []*claim.Claim
	for i := range res.Claims {
		if c := &res.Claims[i]; c.Roster != nil {
			rosters = append(rosters, c)
		}
	}
	places := events.NewPlaces(res.Set.Places)
	evs := events.Group(ms, places, res.Set.Events)
	attached := roster.Attach(rosters, ms, evs, places)
	var out []TimelineEvent
	for _, e := range evs {
		dc, _ := date.DateConflict(e)
		uc, _ := date.DurationConflict(e)
		out = append(out, TimelineEvent{Event: e, DateConflict: dc != nil, DurationConflict: uc != nil, Rosters: attached[e]})
	}
	return res, out, nil
}
