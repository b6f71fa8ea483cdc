package quote

import (
	"testing"

	"factcheck/checker/claim"
)

// TestDated: a lone weekday takes the month and year of the last such day on or before
// the publication date; anything else is left as it is.
func TestDated(t *testing.T) {
	const thu, mon = 1 << 4, 1 << 1
	for _, tc := range []struct {
		name      string
		o         claim.Occasion
		published string
		want      claim.Occasion
	}{
		{"Thursday of a Thursday's article", claim.Occasion{Weekdays: thu}, "2024-08-01", claim.Occasion{Weekdays: thu, Months: 1 << 7, Year: 2024, Days: 1 << 0}},
		{"Thursday of a Monday's article: the week before", claim.Occasion{Weekdays: thu}, "2024-09-02", claim.Occasion{Weekdays: thu, Months: 1 << 7, Year: 2024, Days: 1 << 28}},
		{"across a new year", claim.Occasion{Weekdays: mon}, "2025-01-01", claim.Occasion{Weekdays: mon, Months: 1 << 11, Year: 2024, Days: 1 << 29}},
		{"a year already given stays", claim.Occasion{Weekdays: mon, Year: 2023}, "2024-08-01", claim.Occasion{Weekdays: mon, Months: 1 << 6, Year: 2023, Days: 1 << 28}},
		{"a month already given", claim.Occasion{Weekdays: thu, Months: 1 << 1}, "2024-08-01", claim.Occasion{Weekdays: thu, Months: 1 << 1}},
		{"two weekdays", claim.Occasion{Weekdays: thu | mon}, "2024-08-01", claim.Occasion{Weekdays: thu | mon}},
		{"no publication date", claim.Occasion{Weekdays: thu}, "", claim.Occasion{Weekdays: thu}},
		{"a malformed date", claim.Occasion{Weekdays: thu}, "2024-13-45", claim.Occasion{Weekdays: thu}},
	} {
		if got := dated(tc.o, tc.published); got != tc.want {
			t.Errorf("%s: dated(%+v, %q) = %+v, want %+v", tc.name, tc.o, tc.published, got, tc.want)
		}
	}
	// Two days of one month are two occasions ("Aug. 7" and "Aug. 14").
	if !(claim.Occasion{Months: 1 << 7, Days: 1 << 6}).Differs(claim.Occasion{Months: 1 << 7, Days: 1 << 13}) {
		t.Error("7 and 14 August should be two occasions")
	}
	// The trap it is for: "In February" against "On Thursday" in an article of 1 August.
	feb := claim.Occasion{Months: 1 << 1}
	if !feb.Differs(dated(claim.Occasion{Weekdays: thu}, "2024-08-01")) {
		t.Error("February and the Thursday of 1 August 2024 should be two occasions")
	}
}
