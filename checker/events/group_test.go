package events_test

import (
	"strings"
	"testing"

	"factcheck/checker/claim"
	"factcheck/checker/events"
	"factcheck/checker/timex"
	"factcheck/rules"
)

// mention builds an event claim of article art: "talks@Miami 2025-12-04" or with a span
// "2025-11-30..2025-12-01"; coarse marks a date that does not tell events apart.
func mention(art int32, class, place, span string, coarse bool) *claim.Claim {
	ev := &claim.Event{Class: class, Trigger: class, Place: place, PlaceKey: events.Key(place), Fine: !coarse}
	if span != "" {
		from, to, _ := strings.Cut(span, "..")
		if to == "" {
			to = from
		}
		f, _ := timex.ParseDay(from)
		t, _ := timex.ParseDay(to)
		ev.From, ev.To, ev.FromDay, ev.ToDay = from, to, int32(f), int32(t)
	}
	return &claim.Claim{Kind: "event", Path: string(rune('a'+art)) + ".txt", Article: art, Offset: int32(len(span)), Event: ev}
}

// titles lists each event as "title: n mentions".
func titles(evs []*events.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Title()+": "+string(rune('0'+len(e.Mentions))))
	}
	return out
}

func TestGroup(t *testing.T) {
	places := events.NewPlaces([]rules.Place{
		{Name: "Hallandale Beach", Within: []string{"Miami"}},
		{Name: "Miami", Within: []string{"Florida"}},
		{Name: "Orlando", Within: []string{"Florida"}},
	})
	tests := []struct {
		name  string
		named []rules.NamedEvent
		ms    []*claim.Claim
		want  []string
	}{
		{"one city, three dates: three events", nil, []*claim.Claim{
			mention(0, "meeting", "Miami", "2025-11-30", false),
			mention(1, "meeting", "Miami", "2025-12-04", false),
			mention(2, "meeting", "Miami", "2025-12-19..2025-12-21", false),
		}, []string{"meeting in Miami, 2025-11-30: 1", "meeting in Miami, 2025-12-04: 1", "meeting in Miami, 2025-12-19..2025-12-21: 1"}},
		{"nesting places and overlapping dates: one event", nil, []*claim.Claim{
			mention(0, "meeting", "Florida", "2025-11-30..2025-12-01", false),
			mention(1, "meeting", "Miami", "2025-11-30", false),
			mention(2, "meeting", "Hallandale Beach", "2025-11-30", false),
		}, []string{"meeting in Hallandale Beach, 2025-11-30..2025-12-01: 3"}},
		{"two cities of one state are two events", nil, []*claim.Claim{
			mention(0, "meeting", "Florida", "2025-11-30", false),
			mention(1, "meeting", "Miami", "2025-11-30", false),
			mention(2, "meeting", "Orlando", "2025-11-30", false),
		}, []string{"meeting in Miami, 2025-11-30: 2", "meeting in Orlando, 2025-11-30: 1"}},
		{"different classes are different events", nil, []*claim.Claim{
			mention(0, "meeting", "Miami", "2025-12-04", false),
			mention(1, "address", "Miami", "2025-12-04", false),
		}, []string{"meeting in Miami, 2025-12-04: 1", "address in Miami, 2025-12-04: 1"}},
		{"a coarse date joins the one event it fits", nil, []*claim.Claim{
			mention(0, "meeting", "Moscow", "2025-12-02", false),
			mention(1, "meeting", "Moscow", "2025-12-01..2025-12-03", true),
		}, []string{"meeting in Moscow, 2025-12-02: 2"}},
		{"a coarse date that fits two events stands alone", nil, []*claim.Claim{
			mention(0, "meeting", "Moscow", "2025-12-02", false),
			mention(1, "meeting", "Moscow", "2025-12-08", false),
			mention(2, "meeting", "Moscow", "2025-12-02..2025-12-08", true),
		}, []string{"meeting in Moscow, 2025-12-02: 1", "meeting in Moscow, 2025-12-02..2025-12-08: 1", "meeting in Moscow, 2025-12-08: 1"}},
		{"the first and the second of one day are two events", nil, []*claim.Claim{
			withDesc(mention(0, "match", "Rome", "2025-05-16", false), "first"),
			withDesc(mention(1, "match", "Rome", "2025-05-16", false), "second"),
			mention(2, "match", "Rome", "2025-05-16", false),
		}, []string{"match in Rome, 2025-05-16: 2", "match in Rome, 2025-05-16: 1"}},
		{"two mentions naming different people are two events", nil, []*claim.Claim{
			withPeople(mention(0, "meeting", "Paris", "2025-12-03", false), "Charles", "Hidalgo"),
			withPeople(mention(1, "meeting", "Paris", "2025-12-03", false), "Macron", "Barrot"),
			withPeople(mention(2, "meeting", "Paris", "2025-12-03", false), "Macron"),
		}, []string{"meeting in Paris, 2025-12-03: 1", "meeting in Paris, 2025-12-03: 2"}},
		{"undated mentions are left out", nil, []*claim.Claim{
			mention(0, "meeting", "Moscow", "", false),
		}, nil},
		{"a unique event takes every mention, whatever its date", []rules.NamedEvent{{Name: "Geneva talks", Class: "meeting", Place: "Geneva", Unique: true}}, []*claim.Claim{
			withName(mention(0, "meeting", "Geneva", "2025-01-01..2025-04-30", true), "Geneva talks"),
			withName(mention(1, "meeting", "Geneva", "2025-11-23", false), "Geneva talks"),
			withName(mention(2, "meeting", "Geneva", "", false), "Geneva talks"),
		}, []string{"Geneva talks: 3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := titles(events.Group(tc.ms, places, tc.named))
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func withPeople(c *claim.Claim, p ...string) *claim.Claim {
	c.Event.Participants = p
	return c
}

func withDesc(c *claim.Claim, d ...string) *claim.Claim {
	c.Event.Descriptors = d
	return c
}

func withName(c *claim.Claim, name string) *claim.Claim {
	c.Event.Named = name
	return c
}

// TestReanchor: a date without a year takes the year nearest the publication date; a count
// of days from an unknown publication date is counted again from the known one.
func TestReanchor(t *testing.T) {
	day := func(s string) int32 { d, _ := timex.ParseDay(s); return int32(d) }
	cases := []struct {
		ev        claim.Event
		published string
		from, to  string
	}{
		{claim.Event{Floating: true, FromDay: day("1970-11-23"), ToDay: day("1970-11-23")}, "2025-11-30", "2025-11-23", "2025-11-23"},
		{claim.Event{Floating: true, FromDay: day("1969-12-30"), ToDay: day("1970-01-02")}, "2026-01-03", "2025-12-30", "2026-01-02"},
		{claim.Event{Floating: true, FromDay: day("1970-12-28"), ToDay: day("1970-12-28")}, "2026-01-05", "2025-12-28", "2025-12-28"},
		{claim.Event{Floating: true, FromPublished: true, FromDay: -2, ToDay: 0}, "2025-12-21", "2025-12-19", "2025-12-21"},
		{claim.Event{Floating: false, From: "2025-01-01", FromDay: day("2025-01-01"), ToDay: day("2025-01-01"), To: "2025-01-01"}, "2025-12-21", "2025-01-01", "2025-01-01"},
		{claim.Event{Floating: true, FromDay: day("1970-11-23"), ToDay: day("1970-11-23")}, "", "", ""},
	}
	for i, c := range cases {
		ev := c.ev
		events.Reanchor(&ev, c.published)
		if ev.From != c.from || ev.To != c.to {
			t.Errorf("case %d: got %s..%s, want %s..%s", i, ev.From, ev.To, c.from, c.to)
		}
	}
}
