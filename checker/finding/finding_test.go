package finding

import (
	"slices"
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
		fs := []Finding{{Claims: ptrs(c.in)}}
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

// TestFingerprint checks that a finding's fingerprint depends on its claims' articles and
// words, not on their order or positions, and changes when a word does.
func TestFingerprint(t *testing.T) {
	mk := func(path, text, value string, line int32) claim.Claim {
		return claim.Claim{Path: path, Text: text, Value: value, Line: line, Offset: line * 10}
	}
	base := []claim.Claim{
		mk("a.txt", "12 people", "12", 1), mk("a.txt", "ten people", "10", 2), mk("a.txt", "12 people", "12", 3),
		mk("b.txt", "eleven", "11", 1), mk("c.txt", "12", "12", 4), mk("c.txt", "10", "10", 9),
	}
	fp := func(cs []claim.Claim) string {
		f := Finding{Rule: "count-mismatch", Subject: "people", Claims: ptrs(cs)}
		f.SetFingerprint()
		return f.Fingerprint
	}
	want := fp(slices.Clone(base))
	if len(want) != 24 {
		t.Fatalf("fingerprint %q: want 24 hex digits", want)
	}
	reversed := slices.Clone(base)
	slices.Reverse(reversed)
	byWords := slices.Clone(base) // in path order, but not by words within an article
	byWords[0], byWords[1] = byWords[1], byWords[0]
	moved := slices.Clone(base)
	for i := range moved {
		moved[i].Line += 40
		moved[i].Offset += 400
	}
	for name, cs := range map[string][]claim.Claim{"reversed": reversed, "by words": byWords, "moved": moved} {
		if got := fp(cs); got != want {
			t.Errorf("%s: fingerprint %s, want %s", name, got, want)
		}
	}
	changed := slices.Clone(base)
	changed[3].Text = "eleven people"
	if fp(changed) == want {
		t.Error("a claim's words changed, the fingerprint did not")
	}
	other := slices.Clone(base)
	other[4].Path = "d.txt"
	if fp(other) == want {
		t.Error("a claim's article changed, the fingerprint did not")
	}
}

// ptrs returns pointers to the claims of cs, as a finding holds them.
func ptrs(cs []claim.Claim) []*claim.Claim {
	var out []*claim.Claim
	for i := range cs {
		out = append(out, &cs[i])
	}
	return out
}
