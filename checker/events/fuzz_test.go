package events_test

import (
	"testing"
	"unicode/utf8"
)

// FuzzExtract: no article text makes the event extraction panic, and every mention it
// keeps has a place and consistent dates.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Kyiv, December 3, 2025\nDelegations met for talks in Florida on Nov. 30 and Dec. 1.",
		"Dec 2, 2025 – In Moscow, the two leaders hold a five-hour session.",
		"Early 2025 – Officials participate in Geneva talks.",
		"The hearing at the Old Bailey on Dec. 2 lasted nearly five hours.",
		"On Thursday, Dec 4 2025, talks in Miami. In In in Moscow, talks talks on on Monday -",
		"the 23 November talks in Geneva – the next day – more than – hours of talks",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return
		}
		cs, err := tryExtract(t, src, nil)
		if err != nil {
			return // not an article (binary, bad front matter): the parser's fuzz target covers it
		}
		for _, c := range cs {
			e := c.Event
			if e == nil || e.Place == "" {
				t.Fatalf("mention without a place: %+v", c)
			}
			if (e.From == "") != (e.To == "") || e.FromDay > e.ToDay {
				t.Fatalf("inconsistent dates: %+v", e)
			}
		}
	})
}
