// Package finding defines a finding, a discrepancy between claims, with its stable
// fingerprint and the report order.
package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strings"

	"factcheck/checker/claim"
	"factcheck/rules"
)

// Finding is one discrepancy with every side's evidence.
type Finding struct {
	Rule        string         `json:"rule"`
	Class       string         `json:"class"`
	Severity    rules.Severity `json:"severity"`
	Subject     string         `json:"subject"`
	Message     string         `json:"message"`
	Fingerprint string         `json:"fingerprint"`
	// Claims are every side's evidence. They point to the claims the extractions made,
	// which other findings and rules share: a check that needs a claim changed (more
	// positions in Also) changes a copy.
	Claims []*claim.Claim `json:"claims"`
	// Pair, when its two indices differ, are the claims the message sets against each
	// other (a statement's two wordings), for the text report's word diff.
	Pair [2]int `json:"-"`
}

// SetFingerprint computes a stable identity from the rule, subject and each claim's article,
// words and value: independent of line numbers, so a finding keeps its identity when text
// around it moves.
func (f *Finding) SetFingerprint() {
	order := slices.Clone(f.Claims)
	byWords := func(a, b *claim.Claim) int {
		if c := strings.Compare(a.Text, b.Text); c != 0 {
			return c
		}
		return strings.Compare(a.Value, b.Value)
	}
	// Claims usually come in path order already: then only each article's run is sorted,
	// by words (the order is the same; claims that tie hash the same bytes).
	if slices.IsSortedFunc(order, func(a, b *claim.Claim) int { return strings.Compare(a.Path, b.Path) }) {
		for i := 0; i < len(order); {
			j := i + 1
			for j < len(order) && order[j].Path == order[i].Path {
				j++
			}
			slices.SortFunc(order[i:j], byWords)
			i = j
		}
	} else {
		slices.SortFunc(order, func(a, b *claim.Claim) int {
			if c := strings.Compare(a.Path, b.Path); c != 0 {
				return c
			}
			return byWords(a, b)
		})
	}
	// The bytes hashed: rule, 0, subject, then for each claim 1, path, 0, text, 0, value.
	h := sha256.New()
	var b []byte
	b = append(append(append(b, f.Rule...), 0), f.Subject...)
	for _, c := range order {
		b = append(append(append(append(append(append(b, 1), c.Path...), 0), c.Text...), 0), fingerprintValue(c)...)
		if len(b) > 4096 {
			h.Write(b)
			b = b[:0]
		}
	}
	h.Write(b)
	var sum [sha256.Size]byte
	f.Fingerprint = hex.EncodeToString(h.Sum(sum[:0])[:12])
}

// fingerprintValue is the value a claim adds to its finding's fingerprint: its Value, or for
// a quote the form it is compared by (quotes.FoldSpelling), so that a finding keeps its
// fingerprint whichever house spelling its quotes are printed in.
func fingerprintValue(c *claim.Claim) string {
	if c.Quote != nil && c.Quote.Match != "" {
		return c.Quote.Match
	}
	return c.Value
}

// Sort orders findings by severity (most serious first), class, first claim position, then
// rule and fingerprint, so that output is deterministic.
func Sort(fs []Finding) {
	for i := range fs {
		sortClaims(fs[i].Claims)
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if a.Severity.Rank() != b.Severity.Rank() {
			return a.Severity.Rank() > b.Severity.Rank()
		}
		if a.Class != b.Class {
			return a.Class < b.Class
		}
		if len(a.Claims) > 0 && len(b.Claims) > 0 {
			ca, cb := a.Claims[0], b.Claims[0]
			if ca.Path != cb.Path {
				return ca.Path < cb.Path
			}
			if ca.Line != cb.Line {
				return ca.Line < cb.Line
			}
			if ca.Column != cb.Column {
				return ca.Column < cb.Column
			}
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Fingerprint < b.Fingerprint
	})
}

// sortClaims sorts a finding's claims by position, stably; most are in order already.
func sortClaims(cs []*claim.Claim) {
	if !slices.IsSortedFunc(cs, claim.Compare) {
		slices.SortStableFunc(cs, claim.Compare)
	}
}
