package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"factcheck/checker"
	"factcheck/checker/claim"
)

// Timeline writes the corpus's events in date order: for each, every source's mention with
// the date it gives and its file:line, the conflicts among them, and why the mentions were
// grouped. Events without a date come last.
func Timeline(w io.Writer, res *checker.Result, evs []checker.TimelineEvent, st Style) error {
	p := &printer{w: w, st: st, res: res}
	for i, e := range evs {
		if i > 0 {
			p.printf("\n")
		}
		when := "undated"
		if iv, ok := e.Span(); ok {
			when = iv.String()
		}
		head := fmt.Sprintf("%s  %s", st.bold(when), st.bold(Sanitize(e.Title())))
		var flags []string
		if e.DateConflict {
			flags = append(flags, st.severity("warning")+": dates disagree")
		}
		if e.DurationConflict {
			flags = append(flags, st.severity("warning")+": lengths disagree")
		}
		if len(flags) > 0 {
			head += "  " + strings.Join(flags, ", ")
		}
		p.printf("%s\n", head)
		for _, m := range e.Mentions {
			p.printf("  %s  %s\n", st.pos(fmt.Sprintf("%s:%d:%d", Sanitize(m.Path), m.Line, m.Column)), mentionDate(m))
			p.printf("      %s\n", p.sentence(m))
		}
		for _, r := range e.Rosters {
			p.printf("  %s  %s\n", st.pos(fmt.Sprintf("%s:%d:%d", Sanitize(r.Path), r.Line, r.Column)), Sanitize("who took part: "+r.Value))
		}
		if len(e.Why) > 0 {
			p.printf("  %s\n", st.faint("grouped by: "+strings.Join(e.Why, "; ")))
		}
	}
	conflicts := 0
	for _, e := range evs {
		if e.DateConflict || e.DurationConflict {
			conflicts++
		}
	}
	if len(evs) > 0 {
		p.printf("\n")
	}
	p.printf("%s\n", st.bold(fmt.Sprintf("%s, %s, %s", count(len(res.Articles), "article"), count(len(evs), "event"), count(conflicts, "event")+" with conflicts")))
	return p.err
}

// mentionDate says what one mention gives of its event's time and length.
func mentionDate(m *claim.Claim) string {
	e := m.Event
	var parts []string
	if e.From == "" {
		parts = append(parts, "no date")
	} else {
		span := e.From
		if e.To != e.From {
			span += ".." + e.To
		}
		d := fmt.Sprintf("%q = %s", Sanitize(e.Date), span)
		switch e.Role {
		case "end":
			d = "ended " + d
		case "start":
			d = "began " + d
		}
		if e.Lead {
			d += " (date of the entry)"
		}
		if e.Ambiguous {
			d += " (ambiguous)"
		}
		parts = append(parts, d)
	}
	if e.Duration != "" {
		parts = append(parts, fmt.Sprintf("lasting %q", Sanitize(e.Duration)))
	}
	parts = append(parts, Sanitize(e.Trigger)+" in "+Sanitize(e.Place))
	if len(e.Participants) > 0 {
		parts = append(parts, "naming "+Sanitize(strings.Join(e.Participants, ", ")))
	}
	return strings.Join(parts, ", ")
}

type jsonEvent struct {
	Title     string        `json:"title"`
	Class     string        `json:"class"`
	Place     string        `json:"place"`
	Named     string        `json:"named,omitempty"`
	Unique    bool          `json:"unique,omitempty"`
	From      string        `json:"from,omitempty"`
	To        string        `json:"to,omitempty"`
	Conflicts []string      `json:"conflicts"`
	Why       []string      `json:"why"`
	Mentions  []claim.Claim `json:"mentions"`
	Rosters   []claim.Claim `json:"rosters"`
}

type jsonTimeline struct {
	Version     int           `json:"version"`
	Corpus      string        `json:"corpus"`
	Articles    []jsonArticle `json:"articles"`
	Events      []jsonEvent   `json:"events"`
	InputErrors []string      `json:"input_errors"`
}

// TimelineJSON writes the timeline as JSON: the events in date order, each with its
// mentions as claims (the claims of the findings report).
func TimelineJSON(w io.Writer, res *checker.Result, evs []checker.TimelineEvent) error {
	out := jsonTimeline{Version: SchemaVersion, Corpus: res.Corpus, Articles: articles(res.Articles), Events: []jsonEvent{}, InputErrors: inputErrors(res)}
	for _, e := range evs {
		je := jsonEvent{Title: e.Title(), Class: e.Class, Place: e.Place, Named: e.Named, Unique: e.Unique, Conflicts: []string{}, Why: e.Why}
		if je.Why == nil {
			je.Why = []string{}
		}
		if iv, ok := e.Span(); ok {
			je.From, je.To = iv.From.String(), iv.To.String()
		}
		if e.DateConflict {
			je.Conflicts = append(je.Conflicts, "date")
		}
		if e.DurationConflict {
			je.Conflicts = append(je.Conflicts, "duration")
		}
		for _, m := range e.Mentions {
			je.Mentions = append(je.Mentions, *m)
		}
		je.Rosters = []claim.Claim{}
		for _, r := range e.Rosters {
			je.Rosters = append(je.Rosters, *r)
		}
		out.Events = append(out.Events, je)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
