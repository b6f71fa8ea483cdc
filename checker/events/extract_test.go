package events_test

import (
	"fmt"
	"strings"
	"testing"

	"factcheck/checker/article"
	"factcheck/checker/claim"
	"factcheck/checker/events"
	"factcheck/checker/lexicon"
	"factcheck/checker/pass"
	"factcheck/rules"
)

// places is the configuration every case runs with: nesting places of several stories.
var places = []rules.Place{
	{Name: "Hallandale Beach", Within: []string{"Miami"}},
	{Name: "Miami", Within: []string{"Florida"}},
	{Name: "Old Bailey", Aliases: []string{"Central Criminal Court"}, Within: []string{"London"}},
	{Name: "Kahramanmaras", Within: []string{"Turkey"}},
}

// extract runs the built-in date rule's extraction over one article.
func extract(t testing.TB, src string, named []rules.NamedEvent) []claim.Claim {
	t.Helper()
	cs, err := tryExtract(t, src, named)
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// tryExtract is extract returning the article's parse error, if any.
func tryExtract(t testing.TB, src string, named []rules.NamedEvent) ([]claim.Claim, error) {
	t.Helper()
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := set.Rule("event-date")
	if r == nil {
		t.Fatal("no event-date rule")
	}
	lexi := set.Lexicon
	for _, p := range places {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			lexi.Places = append(lexi.Places, strings.Fields(n)[0])
		}
	}
	lex := lexicon.Compile(lexi)
	a, err := article.Parse("a.txt", []byte(src))
	if err != nil {
		return nil, err
	}
	a.Classify(lex.Classify)
	opts, err := events.Compile(r.Events)
	if err != nil {
		t.Fatal(err)
	}
	x := &events.Extractor{Opts: opts, Places: events.NewPlaces(places), Named: named}
	return x.Extract(&pass.Doc{Article: a, Env: &pass.Env{Set: set, Lex: lex}}), nil
}

// describe renders what a test compares of an event claim: "trigger@place from..to role
// +flags", e.g. "talks@Geneva 2025-11-23 " or "session@Moscow 2025-12-02 lead 5h".
func describe(c claim.Claim) string {
	e := c.Event
	s := e.Trigger + "@" + e.Place
	if e.From != "" {
		s += " " + e.From
		if e.To != e.From {
			s += ".." + e.To
		}
	}
	if e.Role != "" {
		s += " " + e.Role
	}
	if e.Lead {
		s += " lead"
	}
	if e.Duration != "" {
		s += fmt.Sprintf(" %.6gh", e.HoursLo)
		if e.HoursHi != e.HoursLo {
			s += fmt.Sprintf("-%.6gh", e.HoursHi)
		}
	}
	if e.Named != "" {
		s += " =" + e.Named
	}
	if len(e.Participants) > 0 && strings.Contains(c.Sentence, "Starmer") {
		s += fmt.Sprintf(" %v", e.Participants)
	}
	return s
}

// TestExtract is a table of sentences in several styles with the event mentions they must
// give: place, date and its role, length. Mentions without a place are not kept.
func TestExtract(t *testing.T) {
	const dl = "Kyiv, December 3, 2025\n"
	tests := []struct {
		name, src string
		want      []string
	}{
		{"date after place", dl + "Delegations met for talks in Florida on Nov. 30 and Dec. 1.",
			[]string{"talks@Florida 2025-11-30..2025-12-01"}},
		{"date before the event word", dl + "This follows the 23 November talks in Geneva, Switzerland.",
			[]string{"talks@Geneva 2025-11-23"}},
		{"end verb", dl + "The meeting in Miami concluded on 30 November, officials said.",
			[]string{"meeting@Miami 2025-11-30 end"}},
		{"start verb", dl + "The summit in Madrid began on Tuesday, Dec. 2, and runs three days.",
			[]string{"summit@Madrid 2025-12-02 start"}},
		{"configured place of two words", dl + "He attended a meeting in Hallandale Beach, Florida on Nov. 30, 2025.",
			[]string{"meeting@Hallandale Beach 2025-11-30"}},
		{"timeline entry with place opener", "Dec 2, 2025 – In Moscow, the two leaders hold a five-hour session on the war.",
			[]string{"session@Moscow 2025-12-02 lead 5h"}},
		{"timeline entry, reference not occurrence", "Dec 2, 2025 – The president, after the Moscow talks, calls the outcome good.",
			[]string{"talks@Moscow"}},
		{"describes the talks", "Dec 1, 2025 – The minister describes the Geneva talks as very constructive.",
			[]string{"talks@Geneva"}},
		{"vague timeline date", "Early 2025 – Officials participate in Geneva talks that produce a framework.",
			[]string{"talks@Geneva 2025-01-01..2025-04-30 lead"}},
		{"place before the clause", dl + "Negotiators arrived in Miami on Dec. 4 to continue discussions.",
			[]string{"discussions@Miami 2025-12-04"}},
		{"relative to the entry", "Dec 1, 2025 – The envoy departs for Moscow to meet the president the next day.",
			[]string{"meet@Moscow 2025-12-02"}},
		{"hedged length after", dl + "The hearing at the Old Bailey on Dec. 2 lasted nearly five hours.",
			[]string{"hearing@Old Bailey 2025-12-02 4h-5h"}},
		{"alias of a place", dl + "The trial at the Central Criminal Court opened on Dec. 1.",
			[]string{"trial@Old Bailey 2025-12-01 start"}},
		{"length before", dl + "Rescuers described roughly four hours of talks in Ankara on Dec. 2.",
			[]string{"talks@Ankara 2025-12-02 3.6h-4.4h"}},
		{"two events in one sentence", dl + "It follows talks on Dec. 19 and a summit on Dec. 20 in Berlin.",
			[]string{"summit@Berlin 2025-12-20"}},
		{"party compound is not a place", dl + "The US-Ukraine meeting ended on Dec. 1.",
			nil},
		{"possessive is not a place", dl + "Ukraine's talks ended on Dec. 1.",
			nil},
		{"war in a place is not the talks' place", dl + "The talks focused on a plan to end the war in Ukraine.",
			nil},
		{"no place", dl + "The talks ended late on Dec. 4, a source said.",
			nil},
		{"disaster", "Ankara, February 7, 2023\nThe earthquake in Kahramanmaras on Monday killed thousands.",
			[]string{"earthquake@Kahramanmaras 2023-02-06"}},
		{"match", "Madrid, May 29, 2025\nThe final in Munich on Saturday ended in a draw.",
			[]string{"final@Munich 2025-05-24"}},
		{"ambiguous weekday", "Dec 1, 2025 – The minister schedules a meeting in Paris on Monday.",
			[]string{"meeting@Paris 2025-12-01..2025-12-08"}},
		{"venue beats topic", dl + "The Sudan talks in Jeddah on Dec. 1 lasted about four hours.",
			[]string{"talks@Jeddah 2025-12-01 3.6h-4.4h"}},
		{"compound length", dl + "The session in Vienna on Dec. 2 lasted one hour and 40 minutes.",
			[]string{"session@Vienna 2025-12-02 1.66667h"}},
		{"upper bound only", dl + "The session in Vienna on Dec. 2 lasted less than two hours.",
			[]string{"session@Vienna 2025-12-02 0h-2h"}},
		{"place after a verb of occurrence", "Valencia, March 2, 2025\nFlash floods struck Valencia on Saturday, March 1.",
			[]string{"floods@Valencia 2025-03-01"}},
		{"visit as a verb", "Kyiv, March 4, 2025\nMacron visited Kyiv on Monday, March 3.",
			[]string{"visited@Kyiv 2025-03-03"}},
		{"participants", dl + "President Emmanuel Macron met Prime Minister Keir Starmer for talks in London on Dec. 2.",
			[]string{"talks@London 2025-12-02 [Macron Starmer]"}},
		{"year from elsewhere", "The 23 November talks in Geneva were the first.\nThe next round opened in Geneva on 30 November 2025.",
			[]string{"talks@Geneva 2025-11-23", "round@Geneva 2025-11-30 start"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(t, tc.src, nil) {
				got = append(got, describe(c))
			}
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestExtractNamed: a mention of a configured event carries its name when class and place
// fit (a place within the event's counts), and not otherwise.
func TestExtractNamed(t *testing.T) {
	named := []rules.NamedEvent{{Name: "Florida talks", Class: "meeting", Place: "Florida", Unique: true},
		{Name: "Mercer trial", Class: "hearing", Place: "London", Words: []string{"trials"}, Unique: true}}
	src := "Kyiv, December 3, 2025\nThe meeting in Hallandale Beach on Nov. 30 was long. A visit to Miami on Dec. 2 followed. The talks in Paris on Dec. 5 were short.\n" +
		"The trial in London opened on Dec. 1. A bail hearing in London on Dec. 2 was brief."
	var got []string
	for _, c := range extract(t, src, named) {
		got = append(got, describe(c))
	}
	want := []string{"meeting@Hallandale Beach 2025-11-30 =Florida talks", "visit@Miami 2025-12-02", "talks@Paris 2025-12-05",
		"trial@London 2025-12-01 start =Mercer trial", "hearing@London 2025-12-02"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
