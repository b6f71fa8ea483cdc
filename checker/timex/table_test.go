package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"factcheck/checker/text"
)

// want is one expected expression: its text as written after folding (ASCII quotes and
// hyphens), its resolved value ("2025-12-04", or "2025-12-04..2025-12-05" for several days,
// "" when unresolved), and whether it is ambiguous.
type want struct {
	text, value string
	ambiguous   bool
}

// tableCases is the contract of TagText written out as examples. Every expected value was
// computed with a calendar, not by hand: weekdays are resolved against the nearest explicit
// date earlier in the paragraph, else against the publication date, and take the sentence's
// tense (past: the latest such day on or before the anchor; future: the first one after it,
// ambiguous when it is the anchor's own weekday; no cue: the nearest one). A weekday that a
// date is moved to ("postponed to Friday") is future. "last Monday" is the latest Monday
// strictly before the anchor, "next Monday" and "this coming Monday" the first strictly
// after it, "this Monday" the nearest one on the sentence's side of it, the anchor's own day
// included. A forward count from a day of the story ("the following day") with only the
// publication date to count from is unresolved unless its sentence reads future.
//
// Case names start with the family they test: abs (absolute dates, months and years), rng
// and lst (ranges and coordinations), wd (weekdays), rel (relative expressions), vag (vague
// periods), clk (clock times) and neg (look-alikes that are no dates).
var tableCases = []struct {
	name      string
	src       string // one or more sentences
	published string // YYYY-MM-DD, the publication date (the default anchor)
	want      []want // every expression, in text order; nil means none at all
	// weekdays, when set, is the weekday written with each expression of want ("Friday"),
	// "" for none: the pair the weekday check compares with the calendar.
	weekdays []string
	// parts, when set, is the members of each expression of want that is a List, joined
	// with commas ("2025-03-03,2025-03-04"), "" for an expression that is no List.
	parts []string
}{
	{
		name:      "abs-abbrev-dot",
		src:       "Talks opened in Doha on Dec. 4.",
		published: "2025-12-05",
		want:      []want{{"Dec. 4", "2025-12-04", false}},
	},
	{
		name:      "abs-abbrev-nodot",
		src:       "The summit ends Dec 4 with a joint statement.",
		published: "2025-11-30",
		want:      []want{{"Dec 4", "2025-12-04", false}},
	},
	{
		name:      "abs-month-day",
		src:       "The vote is set for December 4 in all 16 states.",
		published: "2025-11-20",
		want:      []want{{"December 4", "2025-12-04", false}},
	},
	{
		name:      "abs-day-month",
		src:       "Parliament reconvenes on 4 December after the recess.",
		published: "2025-11-28",
		want:      []want{{"4 December", "2025-12-04", false}},
	},
	{
		name:      "abs-ordinal-dm",
		src:       "Entries close on 4th December, the organisers said.",
		published: "2025-11-15",
		want:      []want{{"4th December", "2025-12-04", false}},
	},
	{
		name:      "abs-ordinal-md",
		src:       "Entries close on December 4th, the organizers said.",
		published: "2025-11-15",
		want:      []want{{"December 4th", "2025-12-04", false}},
	},
	{
		// A year-less date takes the year nearest the anchor: the December just past.
		name:      "abs-year-back",
		src:       "Police said the fire started on Dec. 28 in a kitchen.",
		published: "2026-01-03",
		want:      []want{{"Dec. 28", "2025-12-28", false}},
	},
	{
		// Published in late December, Jan. 5 is the coming one.
		name:      "abs-year-forward",
		src:       "The new rules take effect on Jan. 5, the regulator said.",
		published: "2025-12-20",
		want:      []want{{"Jan. 5", "2026-01-05", false}},
	},
	{
		name:      "abs-year-back-uk",
		src:       "Fireworks on 31 December drew record crowds to the harbour.",
		published: "2026-01-04",
		want:      []want{{"31 December", "2025-12-31", false}},
	},
	{
		name:      "abs-full-us",
		src:       "The agreement was signed on December 4, 2025, in Geneva.",
		published: "2025-12-06",
		want:      []want{{"December 4, 2025", "2025-12-04", false}},
	},
	{
		name:      "abs-full-uk",
		src:       "The agreement was signed on 4 December 2025 in Geneva.",
		published: "2025-12-06",
		want:      []want{{"4 December 2025", "2025-12-04", false}},
	},
	{
		name:      "abs-full-nocomma",
		src:       "The board met again on Dec 4 2025 in Oslo.",
		published: "2025-12-10",
		want:      []want{{"Dec 4 2025", "2025-12-04", false}},
	},
	{
		name:      "abs-full-abbrev",
		src:       "Shares fell 3% on Dec. 4, 2025, the exchange said.",
		published: "2025-12-05",
		want:      []want{{"Dec. 4, 2025", "2025-12-04", false}},
	},
	{
		name:      "abs-full-other-year",
		src:       "The contract expired on Feb. 29, 2024, and was never renewed.",
		published: "2025-12-04",
		want:      []want{{"Feb. 29, 2024", "2024-02-29", false}},
	},
	{
		name:      "abs-full-sept",
		src:       "The company filed for bankruptcy on Sept. 12, 2025.",
		published: "2025-12-04",
		want:      []want{{"Sept. 12, 2025", "2025-09-12", false}},
	},
	{
		name:      "abs-full-aug",
		src:       "Flooding cut the rail line on Aug. 15, 2025, and again in October.",
		published: "2025-12-04",
		want: []want{
			{"Aug. 15, 2025", "2025-08-15", false},
			{"October", "2025-10-01..2025-10-31", false},
		},
	},
	{
		name:      "abs-iso",
		src:       "Filing date: 2025-12-05.",
		published: "2025-12-08",
		want:      []want{{"2025-12-05", "2025-12-05", false}},
	},
	{
		name:      "abs-iso-mid",
		src:       "Figures as of 2025-11-30 show a rise in arrivals.",
		published: "2025-12-04",
		want:      []want{{"2025-11-30", "2025-11-30", false}},
	},
	{
		// Both parts are at most 12: read day-first, flagged ambiguous.
		name:      "abs-dotted-ambiguous",
		src:       "The hearing is listed for 06.12.2025 in the court diary.",
		published: "2025-12-01",
		want:      []want{{"06.12.2025", "2025-12-06", true}},
	},
	{
		name:      "abs-slash-ambiguous",
		src:       "An invoice dated 06/12/2025 shows the payment.",
		published: "2025-12-10",
		want:      []want{{"06/12/2025", "2025-12-06", true}},
	},
	{
		name:      "abs-dotted-dayfirst",
		src:       "The market opens on 25.12.2025 despite the holiday.",
		published: "2025-12-10",
		want:      []want{{"25.12.2025", "2025-12-25", false}},
	},
	{
		// 25 cannot be a month: month-first, not ambiguous.
		name:      "abs-slash-monthfirst",
		src:       "The form was stamped 12/25/2025 by the clerk.",
		published: "2025-12-29",
		want:      []want{{"12/25/2025", "2025-12-25", false}},
	},
	{
		name:      "abs-month-year",
		src:       "Inflation peaked in November 2025 at 4.1%.",
		published: "2025-12-20",
		want:      []want{{"November 2025", "2025-11-01..2025-11-30", false}},
	},
	{
		name:      "abs-month-year-abbrev",
		src:       "Exports rose in Nov. 2025, customs data showed.",
		published: "2025-12-20",
		want:      []want{{"Nov. 2025", "2025-11-01..2025-11-30", false}},
	},
	{
		name:      "abs-month-only",
		src:       "The factory closed in November after a fire.",
		published: "2025-12-05",
		want:      []want{{"November", "2025-11-01..2025-11-30", false}},
	},
	{
		// The February nearest a December anchor is the next one.
		name:      "abs-month-next-year",
		src:       "General elections are due in February, the commission said.",
		published: "2025-12-10",
		want:      []want{{"February", "2026-02-01..2026-02-28", false}},
	},
	{
		name:      "abs-year-in",
		src:       "Output doubled in 2025, the miner said.",
		published: "2026-01-20",
		want:      []want{{"2025", "2025-01-01..2025-12-31", false}},
	},
	{
		name:      "abs-year-since",
		src:       "Prices have risen steadily since 2020.",
		published: "2025-12-04",
		want:      []want{{"2020", "2020-01-01..2020-12-31", false}},
	},
	{
		name:      "abs-year-by",
		src:       "The plant should be finished by 2030.",
		published: "2025-12-04",
		want:      []want{{"2030", "2030-01-01..2030-12-31", false}},
	},
	{
		name:      "abs-year-sentence-start",
		src:       "In 2019, the club moved to a new stadium.",
		published: "2025-12-04",
		want:      []want{{"2019", "2019-01-01..2019-12-31", false}},
	},
	{
		name:      "abs-may-full",
		src:       "The ceasefire began on May 28, 2023.",
		published: "2025-12-04",
		want:      []want{{"May 28, 2023", "2023-05-28", false}},
	},
	{
		name:      "abs-may-day-month",
		src:       "Results are due on 28 May.",
		published: "2025-05-20",
		want:      []want{{"28 May", "2025-05-28", false}},
	},
	{
		name:      "abs-may-month-year",
		src:       "The law passed in May 2023 after a long debate.",
		published: "2025-12-04",
		want:      []want{{"May 2023", "2023-05-01..2023-05-31", false}},
	},
	{
		name:      "abs-march",
		src:       "Schools reopen on March 3, the ministry said.",
		published: "2026-02-20",
		want:      []want{{"March 3", "2026-03-03", false}},
	},
	{
		name:      "abs-dateline",
		src:       "KARACHI, May 28 (Reuters) - Pakistan's central bank held its key rate steady.",
		published: "2025-05-28",
		want:      []want{{"May 28", "2025-05-28", false}},
	},
	{
		name:      "abs-press-release",
		src:       "For immediate release: 4 December 2025",
		published: "2025-12-04",
		want:      []want{{"4 December 2025", "2025-12-04", false}},
	},
	{
		name:      "abs-court-sentencing",
		src:       "Sentencing is scheduled for Jan. 15, 2026, at the federal court in Boston.",
		published: "2025-12-04",
		want:      []want{{"Jan. 15, 2026", "2026-01-15", false}},
	},
	{
		name:      "abs-ordinal-from",
		src:       "The tariffs apply from 1st October.",
		published: "2025-09-20",
		want:      []want{{"1st October", "2025-10-01", false}},
	},
	{
		name:      "abs-ordinal-3rd",
		src:       "The final is played on December 3rd at Wembley.",
		published: "2025-11-25",
		want:      []want{{"December 3rd", "2025-12-03", false}},
	},
	{
		name:      "abs-two-sentences",
		src:       "The storm hit on Oct. 29. Power returned on Nov. 2.",
		published: "2025-11-05",
		want: []want{
			{"Oct. 29", "2025-10-29", false},
			{"Nov. 2", "2025-11-02", false},
		},
	},
	{
		// The year of March 20 comes from March 3, 2024 earlier in the paragraph, not from the publication date.
		name:      "abs-year-from-paragraph",
		src:       "The ministry first reported the outbreak on March 3, 2024. By March 20, cases had tripled.",
		published: "2025-12-10",
		want: []want{
			{"March 3, 2024", "2024-03-03", false},
			{"March 20", "2024-03-20", false},
		},
	},
	{
		// A blank line ends the paragraph: March 20 takes the year nearest the publication date.
		name:      "abs-year-new-paragraph",
		src:       "The outbreak began on March 3, 2024.\n\nOn March 20, the new clinic opens.",
		published: "2025-12-10",
		want: []want{
			{"March 3, 2024", "2024-03-03", false},
			{"March 20", "2026-03-20", false},
		},
	},
	{
		name:      "abs-weekday-prefix",
		src:       "Talks ended on Thursday, Dec. 4, in Doha.",
		published: "2025-12-06",
		want:      []want{{"Thursday, Dec. 4", "2025-12-04", false}},
	},
	{
		name:      "abs-weekday-prefix-year",
		src:       "On Thursday, Dec 4 2025 the court ruled against the firm.",
		published: "2025-12-10",
		want:      []want{{"Thursday, Dec 4 2025", "2025-12-04", false}},
	},
	{
		name:      "abs-weekday-prefix-full",
		src:       "The ceasefire took effect on Monday, December 1, 2025.",
		published: "2025-12-04",
		want:      []want{{"Monday, December 1, 2025", "2025-12-01", false}},
	},
	{
		// Dec. 4, 2025 is a Thursday; the mismatch is another check's business: no ambiguity.
		name:      "abs-weekday-mismatch",
		src:       "The match is on Friday, Dec. 4.",
		published: "2025-11-30",
		want:      []want{{"Friday, Dec. 4", "2025-12-04", false}},
	},
	{
		name:      "abs-weekday-abbrev",
		src:       "Doors open Fri., Dec. 5, at the arena.",
		published: "2025-11-30",
		want:      []want{{"Fri., Dec. 5", "2025-12-05", false}},
	},
	{
		// Oct. 4, 2025 was a Saturday: the pair is kept as written for the weekday check.
		name:      "abs-weekday-abbrev-nodot",
		src:       "The final whistle blew at Wembley on Fri 4 October 2025 after extra time.",
		published: "2025-10-06",
		want:      []want{{"Fri 4 October 2025", "2025-10-04", false}},
		weekdays:  []string{"Friday"},
	},
	{
		name:      "abs-weekday-abbrev-comma-dm",
		src:       "The memo, dated Fri, 3 October 2025, was leaked to reporters.",
		published: "2025-10-09",
		want:      []want{{"Fri, 3 October 2025", "2025-10-03", false}},
		weekdays:  []string{"Friday"},
	},
	{
		// The splitter ends a sentence after "Fri." before a number: the date that opens the
		// next one carries the weekday.
		name:      "abs-weekday-abbrev-dot-dm",
		src:       "Tickets go on sale Fri. 4 October 2025 at the box office.",
		published: "2025-09-28",
		want:      []want{{"Fri. 4 October 2025", "2025-10-04", false}},
		weekdays:  []string{"Friday"},
	},
	{
		name:      "abs-weekday-abbrev-dot-md",
		src:       "Doors open Thurs. Dec. 4 at the civic hall.",
		published: "2025-11-30",
		want:      []want{{"Thurs. Dec. 4", "2025-12-04", false}},
		weekdays:  []string{"Thursday"},
	},
	{
		name:      "abs-weekday-abbrev-nodot-md",
		src:       "Kickoff was Fri Oct. 4, 2025, under floodlights in Leeds.",
		published: "2025-10-08",
		want:      []want{{"Fri Oct. 4, 2025", "2025-10-04", false}},
		weekdays:  []string{"Friday"},
	},
	{
		name:      "abs-weekday-paren",
		src:       "The hearing was moved to Friday (Oct. 4) at the defence's request.",
		published: "2025-10-01",
		want:      []want{{"Friday (Oct. 4)", "2025-10-04", false}},
		weekdays:  []string{"Friday"},
	},
	{
		name:      "abs-weekday-paren-dm-year",
		src:       "Polls close on Thursday (4 December 2025) across the region.",
		published: "2025-11-20",
		want:      []want{{"Thursday (4 December 2025)", "2025-12-04", false}},
		weekdays:  []string{"Thursday"},
	},
	{
		name:      "abs-weekday-abbrev-paren",
		src:       "Early voting ends Fri (Oct 3), officials said.",
		published: "2025-09-29",
		want:      []want{{"Fri (Oct 3)", "2025-10-03", false}},
		weekdays:  []string{"Friday"},
	},
	{
		name:      "abs-weekday-comma-dm",
		src:       "The festival closes on Friday, 3 October, with a free concert.",
		published: "2025-09-20",
		want:      []want{{"Friday, 3 October", "2025-10-03", false}},
		weekdays:  []string{"Friday"},
	},
	{
		name:      "abs-weekday-abbrev-thu",
		src:       "The committee sits again Thu 4 Dec 2025 in room 3.",
		published: "2025-11-28",
		want:      []want{{"Thu 4 Dec 2025", "2025-12-04", false}},
		weekdays:  []string{"Thursday"},
	},
	{
		name:      "abs-weekday-abbrev-thurs",
		src:       "Services will be held Thurs., Dec. 11, at the parish church.",
		published: "2025-12-06",
		want:      []want{{"Thurs., Dec. 11", "2025-12-11", false}},
		weekdays:  []string{"Thursday"},
	},
	{
		name:      "abs-weekday-abbrev-heading",
		src:       "Sun 5 Oct: Marathon closes the city centre.",
		published: "2025-10-01",
		want:      []want{{"Sun 5 Oct", "2025-10-05", false}},
		weekdays:  []string{"Sunday"},
	},
	{
		// The abbreviation belongs to its date, not to a list with "Monday".
		name:      "lst-weekday-then-abbrev-date",
		src:       "Strikes hit the port on Monday and Fri 3 Oct, the union said.",
		published: "2025-10-08",
		want:      []want{{"Monday", "2025-10-06", false}, {"Fri 3 Oct", "2025-10-03", false}},
		weekdays:  []string{"Monday", "Friday"},
	},
	{
		name:      "abs-curly-quotes",
		src:       "“We will sign on Dec. 9,” the envoy said.",
		published: "2025-12-04",
		want:      []want{{"Dec. 9", "2025-12-09", false}},
	},
	{
		name:      "rng-same-month",
		src:       "The summit runs Dec. 4-5 in Brussels.",
		published: "2025-11-28",
		want:      []want{{"Dec. 4-5", "2025-12-04..2025-12-05", false}},
	},
	{
		name:      "rng-en-dash",
		src:       "The summit runs Dec. 4–5 in Brussels.",
		published: "2025-11-28",
		want:      []want{{"Dec. 4-5", "2025-12-04..2025-12-05", false}},
	},
	{
		name:      "rng-cross-month",
		src:       "The festival runs Nov 30-Dec 1 on the waterfront.",
		published: "2025-11-20",
		want:      []want{{"Nov 30-Dec 1", "2025-11-30..2025-12-01", false}},
	},
	{
		name:      "rng-cross-month-spaced",
		src:       "Voting takes place Nov. 30 – Dec. 1 in 40 districts.",
		published: "2025-11-20",
		want:      []want{{"Nov. 30 - Dec. 1", "2025-11-30..2025-12-01", false}},
	},
	{
		name:      "rng-cross-month-endash",
		src:       "The festival runs Nov 30–Dec 1 on the waterfront.",
		published: "2025-11-20",
		want:      []want{{"Nov 30-Dec 1", "2025-11-30..2025-12-01", false}},
	},
	{
		name:      "rng-from-to",
		src:       "Talks will run from Dec. 2 to Dec. 4.",
		published: "2025-11-28",
		want:      []want{{"Dec. 2 to Dec. 4", "2025-12-02..2025-12-04", false}},
	},
	{
		name:      "rng-between",
		src:       "Talks will take place between Dec. 2 and Dec. 4.",
		published: "2025-11-28",
		want:      []want{{"between Dec. 2 and Dec. 4", "2025-12-02..2025-12-04", false}},
	},
	{
		name:      "rng-between-cross",
		src:       "The strike is planned between Nov. 28 and Dec. 3.",
		published: "2025-11-20",
		want:      []want{{"between Nov. 28 and Dec. 3", "2025-11-28..2025-12-03", false}},
	},
	{
		name:      "rng-uk-year",
		src:       "The conference is held 4-5 December 2025 in Lisbon.",
		published: "2025-10-01",
		want:      []want{{"4-5 December 2025", "2025-12-04..2025-12-05", false}},
	},
	{
		name:      "rng-uk-year-endash",
		src:       "The conference is held 4–5 December 2025 in Lisbon.",
		published: "2025-10-01",
		want:      []want{{"4-5 December 2025", "2025-12-04..2025-12-05", false}},
	},
	{
		name:      "rng-holiday",
		src:       "Government offices close Dec. 24-26.",
		published: "2025-12-15",
		want:      []want{{"Dec. 24-26", "2025-12-24..2025-12-26", false}},
	},
	{
		// Jan. 5 is the one nearest a late-December anchor.
		name:      "rng-from-to-year-cross",
		src:       "Schools close from Dec. 22 to Jan. 5.",
		published: "2025-12-20",
		want:      []want{{"Dec. 22 to Jan. 5", "2025-12-22..2026-01-05", false}},
	},
	{
		name:      "rng-dateline",
		src:       "GENEVA, Dec. 3 (Reuters) - Talks on the grain corridor run Dec. 8-9, diplomats said.",
		published: "2025-12-03",
		want: []want{
			{"Dec. 3", "2025-12-03", false},
			{"Dec. 8-9", "2025-12-08..2025-12-09", false},
		},
	},
	{
		name:      "lst-two-dates",
		src:       "Strikes are planned for Nov. 30 and Dec. 1.",
		published: "2025-11-20",
		want:      []want{{"Nov. 30 and Dec. 1", "2025-11-30..2025-12-01", false}},
	},
	{
		name:      "lst-two-dates-back",
		src:       "Rail staff walked out on Nov. 30 and Dec. 1.",
		published: "2026-01-10",
		want:      []want{{"Nov. 30 and Dec. 1", "2025-11-30..2025-12-01", false}},
	},
	{
		name:      "lst-three-days",
		src:       "Trains will not run on Dec. 19, 20 and 21.",
		published: "2025-12-10",
		want:      []want{{"Dec. 19, 20 and 21", "2025-12-19..2025-12-21", false}},
	},
	{
		name:      "lst-weekdays-past",
		src:       "Negotiators met on Monday and Tuesday.",
		published: "2025-12-04",
		want:      []want{{"Monday and Tuesday", "2025-12-01..2025-12-02", false}},
	},
	{
		name:      "lst-weekdays-future",
		src:       "Negotiators will meet on Monday and Tuesday.",
		published: "2025-12-04",
		want:      []want{{"Monday and Tuesday", "2025-12-08..2025-12-09", false}},
	},
	{
		name:      "lst-weekend-past",
		src:       "Heavy rain fell on Saturday and Sunday, forecasters said.",
		published: "2025-12-08",
		want:      []want{{"Saturday and Sunday", "2025-12-06..2025-12-07", false}},
	},
	{
		name:      "rng-and-list",
		src:       "The fair runs Dec. 4-5; a second edition follows on Dec. 19, 20 and 21.",
		published: "2025-11-28",
		want: []want{
			{"Dec. 4-5", "2025-12-04..2025-12-05", false},
			{"Dec. 19, 20 and 21", "2025-12-19..2025-12-21", false},
		},
	},
	{
		// "and" joins no second date here; the next day counts from Nov. 30 in the same sentence.
		name:      "rng-list-not-joined",
		src:       "Protesters gathered on Nov. 30 and dispersed the next day.",
		published: "2025-12-04",
		want: []want{
			{"Nov. 30", "2025-11-30", false},
			{"the next day", "2025-12-01", false},
		},
	},
	{
		// "March 3 and 4": the bare day after "and" is the next member, even with a verb
		// after it (it was read as a count, "4 ended", and the list lost).
		name:      "lst-month-day-and-day-verb",
		src:       "Talks in Geneva on March 3 and 4 ended without a deal, diplomats said.",
		published: "2025-03-06",
		want:      []want{{"March 3 and 4", "2025-03-03..2025-03-04", false}},
		parts:     []string{"2025-03-03,2025-03-04"},
	},
	{
		name:      "lst-month-day-and-day-prep",
		src:       "Foreign ministers meet in Geneva on March 3 and 4 to discuss the ceasefire.",
		published: "2025-02-27",
		want:      []want{{"March 3 and 4", "2025-03-03..2025-03-04", false}},
		parts:     []string{"2025-03-03,2025-03-04"},
	},
	{
		name:      "lst-month-day-and-day-headline",
		src:       "Iran nuclear talks in Geneva on March 3 and 4",
		published: "2025-02-27",
		want:      []want{{"March 3 and 4", "2025-03-03..2025-03-04", false}},
		parts:     []string{"2025-03-03,2025-03-04"},
	},
	{
		name:      "lst-month-three-days",
		src:       "Polling stations open on March 3, 4 and 5 across the country.",
		published: "2025-02-27",
		want:      []want{{"March 3, 4 and 5", "2025-03-03..2025-03-05", false}},
		parts:     []string{"2025-03-03,2025-03-04,2025-03-05"},
	},
	{
		// Two days, not three: the value spans them, the parts leave Dec. 20 out.
		name:      "lst-gap",
		src:       "Rail workers will strike on Dec. 19 and 21, the union said.",
		published: "2025-12-10",
		want:      []want{{"Dec. 19 and 21", "2025-12-19..2025-12-21", false}},
		parts:     []string{"2025-12-19,2025-12-21"},
	},
	{
		// "or": one of the two days. The list keeps both, so the value spans the day the
		// event is on, and is ambiguous: the text does not say which.
		name:      "lst-or-ambiguous",
		src:       "The verdict is expected on March 3 or 4, a court spokesman said.",
		published: "2025-02-27",
		want:      []want{{"March 3 or 4", "2025-03-03..2025-03-04", true}},
		parts:     []string{"2025-03-03,2025-03-04"},
	},
	{
		name:      "lst-or-day-first",
		src:       "Results will be published on 3 or 4 March.",
		published: "2025-02-27",
		want:      []want{{"3 or 4 March", "2025-03-03..2025-03-04", true}},
		parts:     []string{"2025-03-03,2025-03-04"},
	},
	{
		name:      "lst-weekdays-or",
		src:       "The ruling will come on Monday or Tuesday.",
		published: "2025-12-04",
		want:      []want{{"Monday or Tuesday", "2025-12-08..2025-12-09", true}},
		parts:     []string{"2025-12-08,2025-12-09"},
	},
	{
		// The year after the last day holds for the list.
		name:      "lst-month-days-year",
		src:       "EU leaders meet in Brussels on March 19 and 20, 2026, to agree the budget.",
		published: "2025-12-04",
		want:      []want{{"March 19 and 20, 2026", "2026-03-19..2026-03-20", false}},
		parts:     []string{"2026-03-19,2026-03-20"},
	},
	{
		// A number before a noun counts: "20 people" is no day.
		name:      "lst-count-not-day",
		src:       "Fighting flared on March 3 and 20 people were killed.",
		published: "2025-03-06",
		want:      []want{{"March 3", "2025-03-03", false}},
		parts:     []string{""},
	},
	{
		name:      "lst-count-others",
		src:       "Clashes broke out on Dec. 1 and 4 others were hurt.",
		published: "2025-12-04",
		want:      []want{{"Dec. 1", "2025-12-01", false}},
	},
	{
		name:      "rng-month-day-hyphen",
		src:       "The summit runs March 3-4 in Brussels.",
		published: "2025-02-27",
		want:      []want{{"March 3-4", "2025-03-03..2025-03-04", false}},
		parts:     []string{""},
	},
	{
		name:      "rng-month-day-to",
		src:       "Trading is suspended from March 3 to 4 while systems are upgraded.",
		published: "2025-02-27",
		want:      []want{{"March 3 to 4", "2025-03-03..2025-03-04", false}},
		parts:     []string{""},
	},
	{
		name:      "wd-past-tue",
		src:       "The minister resigned on Tuesday.",
		published: "2025-12-04",
		want:      []want{{"Tuesday", "2025-12-02", false}},
	},
	{
		// Past tense on the anchor's own weekday: the anchor itself.
		name:      "wd-past-own",
		src:       "The minister resigned on Thursday.",
		published: "2025-12-04",
		want:      []want{{"Thursday", "2025-12-04", false}},
	},
	{
		name:      "wd-past-said",
		src:       "Police said on Monday that two suspects were in custody.",
		published: "2025-12-04",
		want:      []want{{"Monday", "2025-12-01", false}},
	},
	{
		name:      "wd-past-told",
		src:       "The ship left port on Friday, the company told reporters.",
		published: "2025-12-04",
		want:      []want{{"Friday", "2025-11-28", false}},
	},
	{
		name:      "wd-past-was",
		src:       "Voters went to the polls on Sunday, and turnout was high.",
		published: "2025-12-04",
		want:      []want{{"Sunday", "2025-11-30", false}},
	},
	{
		name:      "wd-past-announced",
		src:       "The airline announced the job cuts on Wednesday.",
		published: "2025-12-04",
		want:      []want{{"Wednesday", "2025-12-03", false}},
	},
	{
		name:      "wd-past-last",
		src:       "Shares slumped last Friday after the profit warning.",
		published: "2025-12-04",
		want:      []want{{"last Friday", "2025-11-28", false}},
	},
	{
		name:      "wd-past-held",
		src:       "The party held its congress on Saturday.",
		published: "2025-12-04",
		want:      []want{{"Saturday", "2025-11-29", false}},
	},
	{
		name:      "wd-fut-will",
		src:       "The committee will vote on Monday.",
		published: "2025-12-04",
		want:      []want{{"Monday", "2025-12-08", false}},
	},
	{
		// Future tense on the anchor's own weekday: a week on, flagged ambiguous.
		name:      "wd-fut-own",
		src:       "The committee will vote on Thursday.",
		published: "2025-12-04",
		want:      []want{{"Thursday", "2025-12-11", true}},
	},
	{
		name:      "wd-fut-due",
		src:       "The minister is due to visit Kyiv on Friday.",
		published: "2025-12-04",
		want:      []want{{"Friday", "2025-12-05", false}},
	},
	{
		name:      "wd-fut-plans",
		src:       "The union plans to strike on Tuesday.",
		published: "2025-12-04",
		want:      []want{{"Tuesday", "2025-12-09", false}},
	},
	{
		name:      "wd-fut-set",
		src:       "The court is set to rule on Monday.",
		published: "2025-12-04",
		want:      []want{{"Monday", "2025-12-08", false}},
	},
	{
		name:      "wd-fut-next",
		src:       "The finance minister presents the budget next Wednesday.",
		published: "2025-12-04",
		want:      []want{{"next Wednesday", "2025-12-10", false}},
	},
	{
		name:      "wd-fut-going",
		src:       "They are going to announce the lineup on Saturday.",
		published: "2025-12-04",
		want:      []want{{"Saturday", "2025-12-06", false}},
	},
	{
		name:      "wd-fut-would",
		src:       "Talks would resume on Tuesday if both sides agree.",
		published: "2025-12-04",
		want:      []want{{"Tuesday", "2025-12-09", false}},
	},
	{
		// "is scheduled to" is a future cue even though "scheduled" ends in -ed.
		name:      "wd-fut-scheduled",
		src:       "The launch is scheduled to take place on Sunday.",
		published: "2025-12-04",
		want:      []want{{"Sunday", "2025-12-07", false}},
	},
	{
		// Published on a Monday.
		name:      "wd-fut-own-monday",
		src:       "Parliament will debate the bill on Monday.",
		published: "2025-12-01",
		want:      []want{{"Monday", "2025-12-08", true}},
	},
	{
		name:      "wd-none-sat",
		src:       "The museum reopens on Saturday.",
		published: "2025-12-04",
		want:      []want{{"Saturday", "2025-12-06", false}},
	},
	{
		// No tense cue: the nearest Monday is three days back.
		name:      "wd-none-mon",
		src:       "Floods hit coastal towns Monday.",
		published: "2025-12-04",
		want:      []want{{"Monday", "2025-12-01", false}},
	},
	{
		// No tense cue: the nearest Sunday is three days ahead.
		name:      "wd-none-sun",
		src:       "Markets in the region stay open on Sunday.",
		published: "2025-12-04",
		want:      []want{{"Sunday", "2025-12-07", false}},
	},
	{
		name:      "wd-none-own",
		src:       "Thousands rally in the capital on Thursday.",
		published: "2025-12-04",
		want:      []want{{"Thursday", "2025-12-04", false}},
	},
	{
		// Published on a Saturday: the nearest Tuesday is three days ahead.
		name:      "wd-none-ahead",
		src:       "Schools reopen on Tuesday.",
		published: "2025-12-06",
		want:      []want{{"Tuesday", "2025-12-09", false}},
	},
	{
		// The dateline (a Wednesday) anchors the weekday, not the publication date.
		name:      "wd-dateline-anchor",
		src:       "KARACHI, May 28 (Reuters) - Gunmen attacked a bus on Tuesday, police said.",
		published: "2025-05-29",
		want: []want{
			{"May 28", "2025-05-28", false},
			{"Tuesday", "2025-05-27", false},
		},
	},
	{
		// Anchor Dec 1 (a Monday); against the publication date it would be Dec. 17.
		name:      "wd-anchor-future",
		src:       "Dec 1, 2025 – Officials met in Paris. On Wednesday, they will travel to Rome.",
		published: "2025-12-10",
		want: []want{
			{"Dec 1, 2025", "2025-12-01", false},
			{"Wednesday", "2025-12-03", false},
		},
	},
	{
		name:      "wd-anchor-past",
		src:       "On Nov. 20, the ministry confirmed the outbreak. Officials said the first patient fell ill on Sunday.",
		published: "2025-12-04",
		want: []want{
			{"Nov. 20", "2025-11-20", false},
			{"Sunday", "2025-11-16", false},
		},
	},
	{
		name:      "wd-year-cross",
		src:       "The minister said on Tuesday that the budget had passed.",
		published: "2026-01-02",
		want:      []want{{"Tuesday", "2025-12-30", false}},
	},
	{
		// "sat" is no weekday; published on a Sunday, the Saturday is the day before whatever the tense.
		name:      "wd-sat-down",
		src:       "The leaders sat down for talks on Saturday.",
		published: "2025-12-07",
		want:      []want{{"Saturday", "2025-12-06", false}},
	},
	{
		name:      "wd-we-met",
		src:       "We met the delegation on Monday.",
		published: "2025-12-04",
		want:      []want{{"Monday", "2025-12-01", false}},
	},
	{
		name:      "wd-possessive",
		src:       "Rescuers searched the rubble after Wednesday's magnitude 6.2 quake.",
		published: "2025-12-05",
		want:      []want{{"Wednesday", "2025-12-03", false}},
	},
	{
		name:      "wd-sports-past",
		src:       "Arsenal beat Chelsea 3-1 on Saturday, and the manager said the title race is open.",
		published: "2025-12-04",
		want:      []want{{"Saturday", "2025-11-29", false}},
	},
	{
		name:      "wd-sports-future",
		src:       "Arsenal will host Chelsea on Saturday.",
		published: "2025-12-04",
		want:      []want{{"Saturday", "2025-12-06", false}},
	},
	{
		name:      "wd-bullet-anchor",
		src:       "- Dec. 3: Rebels said they had taken the airport on Monday.",
		published: "2025-12-10",
		want: []want{
			{"Dec. 3", "2025-12-03", false},
			{"Monday", "2025-12-01", false},
		},
	},
	{
		name:      "wd-two-in-sentence",
		src:       "The jury retired on Tuesday and returned its verdict on Wednesday.",
		published: "2025-12-04",
		want: []want{
			{"Tuesday", "2025-12-02", false},
			{"Wednesday", "2025-12-03", false},
		},
	},
	{
		name:      "wd-death-toll",
		src:       "Officials said on Monday the death toll had risen to 40.",
		published: "2025-11-27",
		want:      []want{{"Monday", "2025-11-24", false}},
	},
	{
		name:      "wd-court-future",
		src:       "The judge will hand down the sentence on Friday.",
		published: "2025-12-10",
		want:      []want{{"Friday", "2025-12-12", false}},
	},
	{
		// "last Thursday" in Thursday's paper: the Thursday a week before, not the day
		// itself ("last" counts strictly back; see weekday).
		name:      "wd-last-own",
		src:       "Shares slumped last Thursday after the profit warning.",
		published: "2025-12-04",
		want:      []want{{"last Thursday", "2025-11-27", false}},
	},
	{
		// The dateline is a Monday.
		name:      "wd-last-own-dateline",
		src:       "LONDON, Dec. 1 (Reuters) - The union said last Monday's walkout cost the railways 40 million pounds.",
		published: "2025-12-02",
		want: []want{
			{"Dec. 1", "2025-12-01", false},
			{"last Monday", "2025-11-24", false},
		},
	},
	{
		// Published on a Monday: the Friday three days back, not the one before it.
		name:      "wd-last-friday-monday",
		src:       "Police raided the party's offices last Friday.",
		published: "2025-12-08",
		want:      []want{{"last Friday", "2025-12-05", false}},
	},
	{
		// "next" rules the day itself out: a week on, not ambiguous.
		name:      "wd-next-own",
		src:       "The central bank announces its rate decision next Thursday.",
		published: "2025-12-04",
		want:      []want{{"next Thursday", "2025-12-11", false}},
	},
	{
		// Published on a Monday: the nearer Friday, as "on Friday" would be.
		name:      "wd-next-early-week",
		src:       "The cabinet meets next Friday to approve the plan.",
		published: "2025-12-01",
		want:      []want{{"next Friday", "2025-12-05", false}},
	},
	{
		name:      "wd-this-coming-own",
		src:       "The club will unveil its new coach this coming Thursday.",
		published: "2025-12-04",
		want:      []want{{"this coming Thursday", "2025-12-11", false}},
	},
	{
		// "this" follows the tense: the Monday of this week, in the past.
		name:      "wd-this-past",
		src:       "Parliament voted on the bill this Monday, the speaker said.",
		published: "2025-12-04",
		want:      []want{{"this Monday", "2025-12-01", false}},
	},
	{
		name:      "wd-this-future",
		src:       "The new metro line opens to passengers this Saturday.",
		published: "2025-12-04",
		want:      []want{{"this Saturday", "2025-12-06", false}},
	},
	{
		// "this Thursday" in Thursday's paper is that day.
		name:      "wd-this-own",
		src:       "Farmers protest in Brussels this Thursday.",
		published: "2025-12-04",
		want:      []want{{"this Thursday", "2025-12-04", false}},
	},
	{
		// A date moved to a weekday lies ahead, whatever the tense of the verb.
		name:      "wd-moved-postponed",
		src:       "The bail hearing was postponed to Friday.",
		published: "2025-10-23",
		want:      []want{{"Friday", "2025-10-24", false}},
	},
	{
		name:      "wd-moved-adjourned",
		src:       "The judge adjourned the trial until Monday after a juror fell ill.",
		published: "2025-10-23",
		want:      []want{{"Monday", "2025-10-27", false}},
	},
	{
		name:      "wd-moved-pushed-back",
		src:       "The vote was pushed back to Tuesday amid a row over amendments.",
		published: "2025-10-23",
		want:      []want{{"Tuesday", "2025-10-28", false}},
	},
	{
		// The scrubbed launch is past; the new date ahead.
		name:      "wd-moved-rescheduled",
		src:       "The launch, scrubbed on Wednesday, was rescheduled for Saturday.",
		published: "2025-10-23",
		want: []want{
			{"Wednesday", "2025-10-22", false},
			{"Saturday", "2025-10-25", false},
		},
	},
	{
		name:      "wd-moved-delayed",
		src:       "The final has been delayed until Sunday because of the storm.",
		published: "2025-10-23",
		want:      []want{{"Sunday", "2025-10-26", false}},
	},
	{
		name:      "wd-moved-moved",
		src:       "Organisers said the rally had been moved to Saturday.",
		published: "2025-10-23",
		want:      []want{{"Saturday", "2025-10-25", false}},
	},
	{
		// "for" moves a date only after "rescheduled": this Friday is past.
		name:      "wd-not-moved-jailed-for",
		src:       "He was jailed for Friday's attack on a police station.",
		published: "2025-10-23",
		want:      []want{{"Friday", "2025-10-17", false}},
	},
	{
		name:      "rel-yesterday",
		src:       "Yesterday the central bank cut rates by half a point.",
		published: "2025-12-04",
		want:      []want{{"Yesterday", "2025-12-03", false}},
	},
	{
		name:      "rel-today",
		src:       "Talks resume today in Geneva.",
		published: "2025-12-04",
		want:      []want{{"today", "2025-12-04", false}},
	},
	{
		name:      "rel-tomorrow",
		src:       "The verdict is expected tomorrow.",
		published: "2025-12-04",
		want:      []want{{"tomorrow", "2025-12-05", false}},
	},
	{
		name:      "rel-tonight",
		src:       "The band plays tonight at the arena.",
		published: "2025-12-04",
		want:      []want{{"tonight", "2025-12-04", false}},
	},
	{
		name:      "rel-next-day",
		src:       "Dec 1, 2025 - Officials met in Paris. The next day, they flew home.",
		published: "2025-12-09",
		want: []want{
			{"Dec 1, 2025", "2025-12-01", false},
			{"The next day", "2025-12-02", false},
		},
	},
	{
		name:      "rel-following-day",
		src:       "The fire broke out on Nov. 12. The following day, investigators sealed the site.",
		published: "2025-11-20",
		want: []want{
			{"Nov. 12", "2025-11-12", false},
			{"The following day", "2025-11-13", false},
		},
	},
	{
		name:      "rel-day-later",
		src:       "The bill passed the Senate on March 3, 2025. A day later, the president signed it.",
		published: "2025-12-04",
		want: []want{
			{"March 3, 2025", "2025-03-03", false},
			{"A day later", "2025-03-04", false},
		},
	},
	{
		name:      "rel-day-before",
		src:       "The earthquake struck on Oct. 5. Residents reported small tremors the day before.",
		published: "2025-12-04",
		want: []want{
			{"Oct. 5", "2025-10-05", false},
			{"the day before", "2025-10-04", false},
		},
	},
	{
		name:      "rel-two-days-earlier",
		src:       "The suspect was arrested on September 14. Two days earlier, he had bought a ticket to Lisbon.",
		published: "2025-10-01",
		want: []want{
			{"September 14", "2025-09-14", false},
			{"Two days earlier", "2025-09-12", false},
		},
	},
	{
		name:      "rel-three-days-later",
		src:       "Parliament passed the law on 10 June 2025. Three days later, protests erupted.",
		published: "2025-12-04",
		want: []want{
			{"10 June 2025", "2025-06-10", false},
			{"Three days later", "2025-06-13", false},
		},
	},
	{
		name:      "rel-week-later",
		src:       "The plane crashed on Jan. 29. A week later, investigators found the recorder.",
		published: "2025-02-20",
		want: []want{
			{"Jan. 29", "2025-01-29", false},
			{"A week later", "2025-02-05", false},
		},
	},
	{
		name:      "rel-two-weeks-ago",
		src:       "The rebels seized the town two weeks ago.",
		published: "2025-12-04",
		want:      []want{{"two weeks ago", "2025-11-20", false}},
	},
	{
		name:      "rel-three-days-ago",
		src:       "The ferry sank three days ago off the coast.",
		published: "2025-12-04",
		want:      []want{{"three days ago", "2025-12-01", false}},
	},
	{
		name:      "rel-last-week",
		src:       "The central bank raised rates last week.",
		published: "2025-12-04",
		want:      []want{{"last week", "2025-11-24..2025-11-30", false}},
	},
	{
		name:      "rel-next-week",
		src:       "The report is due next week.",
		published: "2025-12-04",
		want:      []want{{"next week", "2025-12-08..2025-12-14", false}},
	},
	{
		name:      "rel-this-week",
		src:       "Talks continue this week in Cairo.",
		published: "2025-12-04",
		want:      []want{{"this week", "2025-12-01..2025-12-07", false}},
	},
	{
		name:      "rel-that-week",
		src:       "The strike began on Oct. 15, 2025. That week, ports across the country stood idle.",
		published: "2025-12-04",
		want: []want{
			{"Oct. 15, 2025", "2025-10-15", false},
			{"That week", "2025-10-13..2025-10-19", false},
		},
	},
	{
		name:      "rel-earlier-this-week",
		src:       "The company said earlier this week that it would cut 500 jobs.",
		published: "2025-12-04",
		want:      []want{{"earlier this week", "2025-12-01..2025-12-03", false}},
	},
	{
		name:      "rel-earlier-that-week",
		src:       "On Nov. 14, the army withdrew. Earlier that week, rebels had shelled the airport.",
		published: "2025-12-04",
		want: []want{
			{"Nov. 14", "2025-11-14", false},
			{"Earlier that week", "2025-11-10..2025-11-13", false},
		},
	},
	{
		name:      "rel-later-this-week",
		src:       "A decision is expected later this week.",
		published: "2025-12-04",
		want:      []want{{"later this week", "2025-12-05..2025-12-07", false}},
	},
	{
		name:      "rel-later-that-week",
		src:       "The court heard the case on Nov. 11. Later that week, the judge stepped aside.",
		published: "2025-12-04",
		want: []want{
			{"Nov. 11", "2025-11-11", false},
			{"Later that week", "2025-11-12..2025-11-16", false},
		},
	},
	{
		name:      "rel-coming-week",
		src:       "Forecasters expect more rain in the coming week.",
		published: "2025-12-04",
		want:      []want{{"the coming week", "2025-12-05..2025-12-11", false}},
	},
	{
		name:      "rel-this-weekend",
		src:       "Fans are expected to flock to the stadium this weekend.",
		published: "2025-12-04",
		want:      []want{{"this weekend", "2025-12-06..2025-12-07", false}},
	},
	{
		// Published on a Sunday: the day before and that Sunday.
		name:      "rel-this-weekend-sunday",
		src:       "Shops open late this weekend.",
		published: "2025-12-07",
		want:      []want{{"this weekend", "2025-12-06..2025-12-07", false}},
	},
	{
		name:      "rel-last-weekend",
		src:       "Fans queued overnight last weekend for tickets.",
		published: "2025-12-04",
		want:      []want{{"last weekend", "2025-11-29..2025-11-30", false}},
	},
	{
		name:      "rel-past-three-days",
		src:       "Rescuers have pulled 40 people from the mud over the past three days.",
		published: "2025-12-04",
		want:      []want{{"the past three days", "2025-12-02..2025-12-04", false}},
	},
	{
		name:      "rel-past-week",
		src:       "Prices have climbed 4% over the past week.",
		published: "2025-12-04",
		want:      []want{{"the past week", "2025-11-28..2025-12-04", false}},
	},
	{
		name:      "rel-past-24-hours",
		src:       "More than 30 aftershocks have been recorded in the past 24 hours.",
		published: "2025-12-04",
		want:      []want{{"the past 24 hours", "2025-12-03..2025-12-04", false}},
	},
	{
		name:      "rel-last-month",
		src:       "Factory orders fell last month.",
		published: "2025-12-04",
		want:      []want{{"last month", "2025-11-01..2025-11-30", false}},
	},
	{
		name:      "rel-last-month-january",
		src:       "Retail sales rose last month, the statistics office said.",
		published: "2026-01-15",
		want:      []want{{"last month", "2025-12-01..2025-12-31", false}},
	},
	{
		name:      "rel-next-month",
		src:       "The new fares take effect next month.",
		published: "2025-12-04",
		want:      []want{{"next month", "2026-01-01..2026-01-31", false}},
	},
	{
		name:      "rel-this-month",
		src:       "Two ministers have resigned this month.",
		published: "2025-12-04",
		want:      []want{{"this month", "2025-12-01..2025-12-31", false}},
	},
	{
		name:      "rel-last-year",
		src:       "The firm lost money last year.",
		published: "2025-12-04",
		want:      []want{{"last year", "2024-01-01..2024-12-31", false}},
	},
	{
		name:      "rel-this-year",
		src:       "Growth this year is forecast at 1.2%.",
		published: "2025-12-04",
		want:      []want{{"this year", "2025-01-01..2025-12-31", false}},
	},
	{
		name:      "rel-next-year",
		src:       "The stadium will open next year.",
		published: "2025-12-04",
		want:      []want{{"next year", "2026-01-01..2026-12-31", false}},
	},
	{
		// The blank line ends the paragraph: yesterday counts from the publication date.
		name:      "rel-new-paragraph",
		src:       "On Nov. 20, the ministry issued a warning.\n\nYesterday, officials said the river had burst its banks.",
		published: "2025-12-04",
		want: []want{
			{"Nov. 20", "2025-11-20", false},
			{"Yesterday", "2025-12-03", false},
		},
	},
	{
		name:      "rel-bullets",
		src:       "- Dec. 3: Rebels entered the city.\n- Dec. 5: The army withdrew. The day before, rebels took the airport.",
		published: "2025-12-10",
		want: []want{
			{"Dec. 3", "2025-12-03", false},
			{"Dec. 5", "2025-12-05", false},
			{"The day before", "2025-12-04", false},
		},
	},
	{
		// The dateline is the anchor of today.
		name:      "rel-dateline-today",
		src:       "WASHINGTON, Dec. 1 (Reuters) - The Senate votes today on the budget.",
		published: "2025-12-02",
		want: []want{
			{"Dec. 1", "2025-12-01", false},
			{"today", "2025-12-01", false},
		},
	},
	{
		name:      "rel-dateline-earlier-week",
		src:       "LONDON, Dec. 4 (Reuters) - The bank said earlier this week that profits would fall.",
		published: "2025-12-05",
		want: []want{
			{"Dec. 4", "2025-12-04", false},
			{"earlier this week", "2025-12-01..2025-12-03", false},
		},
	},
	{
		name:      "rel-press-release-today",
		src:       "For immediate release: 4 December 2025\n\nThe foundation today named its new director.",
		published: "2025-12-04",
		want: []want{
			{"4 December 2025", "2025-12-04", false},
			{"today", "2025-12-04", false},
		},
	},
	{
		// Each dated line is its own paragraph: the next day counts from Dec 3.
		name:      "rel-timeline-line",
		src:       "Dec 1, 2025 – Officials met in Paris.\nDec 3, 2025 – Talks collapsed. The next day, both delegations left.",
		published: "2025-12-10",
		want: []want{
			{"Dec 1, 2025", "2025-12-01", false},
			{"Dec 3, 2025", "2025-12-03", false},
			{"The next day", "2025-12-04", false},
		},
	},
	{
		// No date in the paragraph: counted from the publication date, the semifinal
		// would be played after the story was written. Left unresolved.
		name:      "rel-following-day-unanchored",
		src:       "Spain's semifinal in Stuttgart, played the following day, ended 2-0.",
		published: "2025-07-28",
		want:      []want{{"the following day", "", false}},
	},
	{
		name:      "rel-following-day-new-paragraph",
		src:       "Germany beat France on July 22 in Basel.\n\nSpain's semifinal in Stuttgart, played the following day, ended 2-0.",
		published: "2025-07-28",
		want: []want{
			{"July 22", "2025-07-22", false},
			{"the following day", "", false},
		},
	},
	{
		name:      "rel-following-day-same-paragraph",
		src:       "Germany beat France on July 22 in Basel. Spain's semifinal in Stuttgart, played the following day, ended 2-0.",
		published: "2025-07-28",
		want: []want{
			{"July 22", "2025-07-22", false},
			{"the following day", "2025-07-23", false},
		},
	},
	{
		// No tense cue ("withdrew" is no cue), no anchor: left unresolved too.
		name:      "rel-days-later-unanchored",
		src:       "Two days later, the rebels withdrew from the town.",
		published: "2025-12-04",
		want:      []want{{"Two days later", "", false}},
	},
	{
		name:      "rel-week-later-unanchored",
		src:       "A week later, investigators found the flight recorder.",
		published: "2025-12-04",
		want:      []want{{"A week later", "", false}},
	},
	{
		name:      "rel-later-that-week-unanchored",
		src:       "Later that week, the judge stepped aside.",
		published: "2025-12-04",
		want:      []want{{"Later that week", "", false}},
	},
	{
		// A future sentence keeps the count from the publication date.
		name:      "rel-next-day-future-unanchored",
		src:       "Ministers meet in Paris today; the next day, they will fly to Rome.",
		published: "2025-12-04",
		want: []want{
			{"today", "2025-12-04", false},
			{"the next day", "2025-12-05", false},
		},
	},
	{
		// Counting back from the publication date stays: a day before the story is
		// possible for a past event.
		name:      "rel-day-before-unanchored",
		src:       "The day before, rebels had taken the airport.",
		published: "2025-12-04",
		want:      []want{{"The day before", "2025-12-03", false}},
	},
	{
		name:      "vag-early-year",
		src:       "The mine is expected to reopen in early 2026.",
		published: "2025-12-04",
		want:      []want{{"early 2026", "2026-01-01..2026-04-30", false}},
	},
	{
		name:      "vag-mid-year",
		src:       "Inflation eased from mid-2025, the central bank said.",
		published: "2025-12-04",
		want:      []want{{"mid-2025", "2025-05-01..2025-08-31", false}},
	},
	{
		name:      "vag-late-year",
		src:       "The bridge was completed in late 2025.",
		published: "2026-03-01",
		want:      []want{{"late 2025", "2025-09-01..2025-12-31", false}},
	},
	{
		name:      "vag-mid-year-nbhyphen",
		src:       "Rates have been flat since mid\u20112025.",
		published: "2025-12-04",
		want:      []want{{"mid-2025", "2025-05-01..2025-08-31", false}},
	},
	{
		name:      "vag-early-month",
		src:       "The first cases appeared in early November.",
		published: "2025-12-04",
		want:      []want{{"early November", "2025-11-01..2025-11-10", false}},
	},
	{
		name:      "vag-mid-month",
		src:       "The offensive stalled in mid-November.",
		published: "2025-12-04",
		want:      []want{{"mid-November", "2025-11-11..2025-11-20", false}},
	},
	{
		name:      "vag-late-month",
		src:       "The talks broke down in late November.",
		published: "2025-12-04",
		want:      []want{{"late November", "2025-11-21..2025-11-30", false}},
	},
	{
		name:      "vag-early-month-year",
		src:       "The first cases appeared in early November 2025.",
		published: "2026-05-01",
		want:      []want{{"early November 2025", "2025-11-01..2025-11-10", false}},
	},
	{
		name:      "vag-late-october",
		src:       "Harvests were delayed until late October by heavy rain.",
		published: "2025-12-04",
		want:      []want{{"late October", "2025-10-21..2025-10-31", false}},
	},
	{
		name:      "vag-late-february-leap",
		src:       "Snow closed the pass in late February 2024.",
		published: "2025-12-04",
		want:      []want{{"late February 2024", "2024-02-21..2024-02-29", false}},
	},
	{
		// The January nearest a late-December anchor is the next one.
		name:      "vag-mid-january-ahead",
		src:       "A verdict is expected in mid-January.",
		published: "2025-12-20",
		want:      []want{{"mid-January", "2026-01-11..2026-01-20", false}},
	},
	{
		name:      "vag-earlier-this-year",
		src:       "The company cut 300 jobs earlier this year.",
		published: "2025-12-04",
		want:      []want{{"earlier this year", "2025-01-01..2025-12-03", false}},
	},
	{
		name:      "vag-later-this-year",
		src:       "A referendum is planned for later this year.",
		published: "2025-06-10",
		want:      []want{{"later this year", "2025-06-11..2025-12-31", false}},
	},
	{
		name:      "vag-earlier-this-month",
		src:       "The regulator fined the bank earlier this month.",
		published: "2025-12-04",
		want:      []want{{"earlier this month", "2025-12-01..2025-12-03", false}},
	},
	{
		name:      "vag-later-this-month",
		src:       "The new line opens later this month.",
		published: "2025-12-04",
		want:      []want{{"later this month", "2025-12-05..2025-12-31", false}},
	},
	{
		name:      "vag-emdash",
		src:       "Construction — halted in late 2024 — resumes in early 2026.",
		published: "2025-12-04",
		want: []want{
			{"late 2024", "2024-09-01..2024-12-31", false},
			{"early 2026", "2026-01-01..2026-04-30", false},
		},
	},
	{
		name:      "clk-live-blog",
		src:       "16:40 GMT - Rescuers pulled two more survivors from the rubble.",
		published: "2025-12-04",
		want:      []want{{"16:40 GMT", "2025-12-04", false}},
	},
	{
		name:      "clk-local-time",
		src:       "The curfew starts at 8pm local time.",
		published: "2025-12-04",
		want:      []want{{"8pm local time", "2025-12-04", false}},
	},
	{
		// The clock takes the day of the date in its sentence.
		name:      "clk-pm-with-date",
		src:       "Polls close at 8 p.m. on Nov. 4 in most states.",
		published: "2025-11-01",
		want: []want{
			{"8 p.m.", "2025-11-04", false},
			{"Nov. 4", "2025-11-04", false},
		},
	},
	{
		name:      "clk-bare",
		src:       "The hearing resumed at 10:30, the clerk said.",
		published: "2025-12-04",
		want:      []want{{"10:30", "2025-12-04", false}},
	},
	{
		name:      "clk-gmt-with-date",
		src:       "At 16:40 GMT on Dec. 4, the first aftershock hit the city.",
		published: "2025-12-06",
		want: []want{
			{"16:40 GMT", "2025-12-04", false},
			{"Dec. 4", "2025-12-04", false},
		},
	},
	{
		name:      "clk-local-with-date",
		src:       "Voting ends at 8pm local time on 4 December.",
		published: "2025-11-28",
		want: []want{
			{"8pm local time", "2025-12-04", false},
			{"4 December", "2025-12-04", false},
		},
	},
	{
		name:      "clk-gmt-morning",
		src:       "The blast was heard at 08:15 GMT.",
		published: "2025-12-04",
		want:      []want{{"08:15 GMT", "2025-12-04", false}},
	},
	{
		name:      "clk-date-first",
		src:       "On Dec. 2, the vote closed at 10:30 with a narrow result.",
		published: "2025-12-04",
		want: []want{
			{"Dec. 2", "2025-12-02", false},
			{"10:30", "2025-12-02", false},
		},
	},
	{
		name:      "neg-five-hour",
		src:       "The five-hour meeting ended without a deal.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-after-five-hour",
		src:       "After a five-hour meeting, the sides agreed to talk again.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-min-read",
		src:       "2 min read",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-three-year-long",
		src:       "The three-year-long conflict has displaced millions.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-for-three-days",
		src:       "The talks lasted for three days.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-72-hours",
		src:       "Rescuers worked for 72 hours without rest.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-aged",
		src:       "The suspect, aged 45, was remanded in custody.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-20-point-plan",
		src:       "The government unveiled a 20-point plan to cut waiting lists.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-28-point-plan",
		src:       "Critics attacked the 28-point plan.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-24-7",
		src:       "The hotline runs 24/7.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-india-today",
		src:       "India Today reported the figures first.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-air-force-one",
		src:       "The president boarded Air Force One.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-sat-down",
		src:       "She sat down with reporters after the hearing.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-we",
		src:       "We are monitoring the situation closely.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-the-sun",
		src:       "The Sun reported that the striker would leave the club.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-may-modal",
		src:       "Officials may meet again.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-march-verb",
		src:       "Protesters march through the capital in silence.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-mar-a-lago",
		src:       "The president hosted donors at Mar-a-Lago.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-score",
		src:       "Arsenal won 3-1 at home.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-tennis-score",
		src:       "The champion sealed a 6-2 win in the final set.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-phone",
		src:       "Call 020 7946 0958 for details.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-covid",
		src:       "COVID-19 cases rose sharply.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-thousands",
		src:       "More than 1,000 people attended the vigil.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-year-like-count",
		src:       "A total of 2,025 people signed the petition.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-page",
		src:       "See page 12 for the full table.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-magnitude",
		src:       "A magnitude 6.2 quake shook the region.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-percent",
		src:       "Growth slowed to 3.5%.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-sun-with-date",
		src:       "The Sun reported on Dec. 4 that the club was up for sale.",
		published: "2025-12-06",
		want:      []want{{"Dec. 4", "2025-12-04", false}},
	},
	{
		name:      "neg-the-sun-dm",
		src:       "The Sun reported on 4 October that the striker would leave.",
		published: "2025-10-06",
		want:      []want{{"4 October", "2025-10-04", false}},
		weekdays:  []string{""},
	},
	{
		name:      "neg-the-sun-before-date",
		src:       "A front page of the Sun 4 October edition was reprinted.",
		published: "2025-10-06",
		want:      []want{{"4 October", "2025-10-04", false}},
		weekdays:  []string{""},
	},
	{
		name:      "neg-paper-name-comma-date",
		src:       "The Toronto Sun, 4 October 2025, led with the verdict.",
		published: "2025-10-06",
		want:      []want{{"4 October 2025", "2025-10-04", false}},
		weekdays:  []string{""},
	},
	{
		// "Sun." ends a sentence here: only a weekday abbreviation outside a name carries over.
		name:      "neg-the-sun-sentence-end",
		src:       "He told The Sun. 4 October 2025 was the worst day of his career.",
		published: "2025-10-06",
		want:      []want{{"4 October 2025", "2025-10-04", false}},
		weekdays:  []string{""},
	},
	{
		name:      "neg-sat-verb-date",
		src:       "They sat 4 October exams in the sports hall.",
		published: "2025-10-06",
		want:      []want{{"4 October", "2025-10-04", false}},
		weekdays:  []string{""},
	},
	{
		name:      "neg-sat-verb-capital",
		src:       "Sat beside the minister on 4 October, the envoy said little.",
		published: "2025-10-06",
		want:      []want{{"4 October", "2025-10-04", false}},
		weekdays:  []string{""},
	},
	{
		name:      "neg-wed-acronym",
		src:       "Schools marked WED 5 June with tree planting.",
		published: "2025-06-10",
		want:      []want{{"5 June", "2025-06-05", false}},
		weekdays:  []string{""},
	},
	{
		name:      "neg-abbrev-no-date",
		src:       "The late show runs Fri and Sat only.",
		published: "2025-10-06",
		want:      nil,
	},
	{
		// A dot and a line break: the abbreviation ends its line, the date opens another.
		name:      "neg-abbrev-line-end",
		src:       "Late opening: Mon, Wed, Fri.\n4 October 2025 – the gallery reopened.",
		published: "2025-10-06",
		want:      []want{{"4 October 2025", "2025-10-04", false}},
		weekdays:  []string{""},
	},
	{
		name:      "neg-may-with-date",
		src:       "Officials may meet on May 28.",
		published: "2025-05-20",
		want:      []want{{"May 28", "2025-05-28", false}},
	},
	{
		name:      "neg-march-with-date",
		src:       "Protesters march on March 3 to mark the anniversary.",
		published: "2026-02-20",
		want:      []want{{"March 3", "2026-03-03", false}},
	},
	{
		name:      "neg-score-with-weekday",
		src:       "The hosts won 2-0 on Sunday, the league said.",
		published: "2025-12-04",
		want:      []want{{"Sunday", "2025-11-30", false}},
	},
	{
		name:      "neg-duration-with-date",
		src:       "The five-hour meeting on Dec. 2 ended without a deal.",
		published: "2025-12-04",
		want:      []want{{"Dec. 2", "2025-12-02", false}},
	},
	{
		name:      "neg-mon-alone",
		src:       "Talks at the Mon Repos palace continued.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-boeing",
		src:       "The Boeing 737 landed safely in Nairobi.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-route",
		src:       "Traffic on Route 66 was light.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-g20",
		src:       "The G20 summit ended without a communique.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-plain",
		src:       "The minister declined to comment.",
		published: "2025-12-04",
		want:      nil,
	},
	{
		name:      "neg-1500-metre",
		src:       "She won the 1,500-metre race.",
		published: "2025-12-04",
		want:      nil,
	},
}

// TestTable runs TagText on every case of tableCases and compares the text, the value and
// the ambiguity of each expression it returns.
func TestTable(t *testing.T) {
	for _, tc := range tableCases {
		t.Run(tc.name, func(t *testing.T) {
			pub, ok := ParseDay(tc.published)
			if !ok {
				t.Fatalf("%s: bad date %q", tc.name, tc.published)
			}
			got := TagText(tc.src, pub)
			var diffs []string
			if len(got) != len(tc.want) {
				diffs = append(diffs, fmt.Sprintf("got %d expressions, want %d", len(got), len(tc.want)))
			}
			for i := 0; i < len(got) && i < len(tc.want); i++ {
				g, w := got[i], tc.want[i]
				if g.Text != w.text {
					diffs = append(diffs, fmt.Sprintf("#%d: text %q, want %q", i, g.Text, w.text))
				}
				if v := valueString(g); v != w.value {
					diffs = append(diffs, fmt.Sprintf("#%d %q: value %q, want %q", i, g.Text, v, w.value))
				}
				if g.Ambiguous != w.ambiguous {
					diffs = append(diffs, fmt.Sprintf("#%d %q: ambiguous %v, want %v", i, g.Text, g.Ambiguous, w.ambiguous))
				}
				if tc.weekdays != nil && i < len(tc.weekdays) && weekdayString(g.Weekday) != tc.weekdays[i] {
					diffs = append(diffs, fmt.Sprintf("#%d %q: weekday %q, want %q", i, g.Text, weekdayString(g.Weekday), tc.weekdays[i]))
				}
				if tc.parts != nil && i < len(tc.parts) && partsString(g) != tc.parts[i] {
					diffs = append(diffs, fmt.Sprintf("#%d %q: parts %q, want %q", i, g.Text, partsString(g), tc.parts[i]))
				}
			}
			if tc.weekdays != nil && len(tc.weekdays) != len(tc.want) {
				diffs = append(diffs, fmt.Sprintf("%d weekdays for %d expressions", len(tc.weekdays), len(tc.want)))
			}
			if tc.parts != nil && len(tc.parts) != len(tc.want) {
				diffs = append(diffs, fmt.Sprintf("%d parts for %d expressions", len(tc.parts), len(tc.want)))
			}
			if len(diffs) > 0 {
				t.Errorf("%s: TagText(%q, %s):\n\t%s\n got: %s\nwant: %s", tc.name, tc.src, tc.published,
					strings.Join(diffs, "\n\t"), formatGot(got), formatWant(tc.want))
			}
		})
	}
}

// TestTableSize guards the table against shrinking and against duplicate case names.
func TestTableSize(t *testing.T) {
	if len(tableCases) < 150 {
		t.Errorf("tableCases has %d cases, want at least 150", len(tableCases))
	}
	seen := make(map[string]bool, len(tableCases))
	for _, tc := range tableCases {
		if seen[tc.name] {
			t.Errorf("duplicate case name %q", tc.name)
		}
		seen[tc.name] = true
	}
}

// TestCarriedWeekdaySkipped: "Fri. 4 October 2025" is split after "Fri."; the date that
// opens the second sentence carries the weekday even when the engine marked that sentence
// Skip (it has no weekday word of its own), and a skipped sentence without one stays
// untagged.
func TestCarriedWeekdaySkipped(t *testing.T) {
	src := "A late show runs Fri. 4 October 2025 in the old hall. 5 October 2025 is a rest day."
	pub, _ := ParseDay("2025-10-06")
	// The splitter keeps "Fri. 4 October" together; a splitter that did not (or a text
	// cut there) must still give the date its weekday, so the cut is made by hand.
	cut := strings.Index(src, "4 October")
	second := strings.Index(src, "5 October")
	var sents []Sentence
	for i, sp := range []text.Span{{Start: 0, End: cut - 1}, {Start: cut, End: second - 1}, {Start: second, End: len(src)}} {
		sents = append(sents, Sentence{Toks: text.Tokenize(src, sp.Start, sp.End), Text: src, NewParagraph: i == 0, Skip: i > 0})
	}
	got := Resolve(sents, pub)
	if len(got[1]) != 1 || got[1][0].Text != "4 October 2025" || got[1][0].Weekday != time.Friday ||
		valueString(got[1][0]) != "2025-10-04" {
		t.Errorf("second sentence: got %s, want \"4 October 2025\"=2025-10-04 with Friday", formatGot(got[1]))
	}
	if len(got[2]) != 0 {
		t.Errorf("third sentence (skipped): got %s, want none", formatGot(got[2]))
	}
}

// weekdayString is the weekday an expression carries as the table writes it: "" for none.
func weekdayString(wd time.Weekday) string {
	if wd < time.Sunday || wd > time.Saturday {
		return ""
	}
	return wd.String()
}

// partsString is the members of a resolved List as the table writes them, joined with
// commas; "" for any other expression.
func partsString(e Expr) string {
	if e.Kind != List || !e.Resolved {
		return ""
	}
	parts := make([]string, len(e.Parts))
	for i, p := range e.Parts {
		parts[i] = p.String()
	}
	return strings.Join(parts, ",")
}

// valueString is the value of e as the table writes it: "" when e is unresolved.
func valueString(e Expr) string {
	if !e.Resolved {
		return ""
	}
	return e.Value.String()
}

// formatGot lists expressions as text=value, with a star for an ambiguous one.
func formatGot(got []Expr) string {
	if len(got) == 0 {
		return "(none)"
	}
	parts := make([]string, len(got))
	for i, e := range got {
		parts[i] = fmt.Sprintf("%q=%s", e.Text, valueString(e))
		if e.Ambiguous {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " ")
}

// formatWant lists expected expressions like formatGot.
func formatWant(ws []want) string {
	if len(ws) == 0 {
		return "(none)"
	}
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = fmt.Sprintf("%q=%s", w.text, w.value)
		if w.ambiguous {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " ")
}

// TestParseDay: valid days read as time.Parse reads them; anything else is refused.
func TestParseDay(t *testing.T) {
	for _, s := range []string{"2025-12-04", "2024-02-29", "1970-01-01", "1969-12-31", "2000-01-31", "0001-01-01", "9999-12-31"} {
		want, err := time.Parse("2006-01-02", s)
		got, ok := ParseDay(s)
		if err != nil || !ok || got.Time() != want {
			t.Errorf("ParseDay(%q) = %v %v, want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "2025-12-4", "2025-13-01", "2025-02-29", "2025-00-10", "2025-01-00", "2025/12/04", "20a5-12-04", "2025-12-041", "+025-12-04"} {
		if _, ok := ParseDay(s); ok {
			t.Errorf("ParseDay(%q) accepted", s)
		}
	}
}
