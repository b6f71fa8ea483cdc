package finding

import (
	"testing"

	"factcheck/checker/claim"
)

// TestSortClaims sorts a finding's claims by path and offset, keeping claims at the
// same position in their order (stable), whether or not they came in order.
func TestSortClaims(t *testing.T) {
	mk := func(path string, line int32, text string) claim.Claim {
		return claim.Claim{Path: path, Line: line, Column: 1, Offset: line * 100, Text: text}
	}
	cases := []struct {
		name string
		in   []claim.Claim
		want []string
	}{
		{"in order", []claim.Claim{mk("a", 1, "1"), mk("a", 2, "2"), mk("b", 1, "3")}, []string{"1", "2", "3"}},
		{"by speaker, then sorted", []claim.Claim{mk("b", 1, "b1"), mk("a", 5, "a5"), mk("a", 2, "a2"), mk("c", 1, "c1")}, []string{"a2", "a5", "b1", "c1"}},
		{"stable at one position", []claim.Claim{mk("b", 1, "x"), mk("a", 1, "first"), mk("a", 1, "second")}, []string{"first", "second", "x"}},
		{"empty", nil, nil},
	}
	for _, c := range cases {
		fs := []Finding{{Claims: c.in}}
		Sort(fs)
		var got []string
		for _, cl := range fs[0].Claims {
			got = append(got, cl.Text)
		}
		if len(got) != len(c.want) {
			t.Fatalf("%s: got %v, want %v", c.name, got, c.want)
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: got %v, want %v", c.name, got, c.want)
				break
			}
		}
	}
}
