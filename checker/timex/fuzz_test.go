package timex

import (
	"testing"
	"unicode/utf8"
)

// FuzzTagText: the tagger never panics, and every expression lies within the folded text,
// is the text at its offsets, and has an ordered value when it is resolved.
func FuzzTagText(f *testing.F) {
	for _, s := range []string{
		"Talks were held on Nov. 30 and Dec. 1 in Florida.",
		"Dec 1, 2025 – Officials met. The next day, they flew home.",
		"On Thursday, Dec 4 2025, the envoy will meet. Early 2025 – talks.",
		"06.12.2025, 2025-12-05, 12/25/2025 at 16:40 GMT and 8pm local time.",
		"between Dec. 2 and Dec. 4; Dec. 4-5; 4-5 December 2025; Dec. 19, 20 and 21",
		"mid-November, late October, earlier this year, later this week, the past 24 hours",
		"Monday and Tuesday, two days earlier, a week later, last weekend, Thu. Dec. 4",
		"Fri 4 October 2025; Fri, 4 Oct; Fri. 4 October 2025; Fri Oct. 4, 2025; Friday (Oct. 4); Thurs., Dec. 4",
		"The Sun 4 October; They sat 4 October; Fri (Oct 4", "Fri.", "Sun (", "Wed, 4",
		"Talks on March 3 and 4 ended; March 3 or 4; 3 or 4 March; March 19 and 20, 2026, in Oslo",
		"It was postponed to Friday, put off until Monday, rescheduled for Sunday; last Thursday, this coming Monday",
		"Spain's semifinal, played the following day, ended 2-0. Later that week, a week later.",
		"Dec. 31-1", "between Dec. 4 and 2", "the past 400 days", "mid-", "Dec.", "31 February 2025",
	} {
		f.Add(s, int32(20426))
	}
	f.Fuzz(func(t *testing.T, s string, pub int32) {
		if !utf8.ValidString(s) || pub < -20000 || pub > 80000 {
			return
		}
		folded := foldedOf(s)
		for _, e := range TagText(s, Day(pub)) {
			if e.Start < 0 || e.End > len(folded) || e.Start >= e.End {
				t.Fatalf("expression %q at [%d,%d) outside the text (%d bytes)", e.Text, e.Start, e.End, len(folded))
			}
			if folded[e.Start:e.End] != e.Text {
				t.Fatalf("expression text %q is not the text at its offsets %q", e.Text, folded[e.Start:e.End])
			}
			if e.Resolved && e.Value.From > e.Value.To {
				t.Fatalf("%q resolves to a reversed interval %v", e.Text, e.Value)
			}
		}
	})
}
