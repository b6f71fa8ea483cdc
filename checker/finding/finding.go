// Package finding defines a finding, a discrepancy between claims, with its stable
// fingerprint and the report order.
package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"

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
	Claims      []claim.Claim  `json:"claims"`
}

// SetFingerprint computes a stable identity from the rule, subject and each claim's article,
// words and value: independent of line numbers, so a finding keeps its identity when text
// around it moves.
func (f *Finding) SetFingerprint() {
	order := make([]int, len(f.Claims))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := &f.Claims[order[i]], &f.Claims[order[j]]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Text != b.Text {
			return a.Text < b.Text
		}
		return a.Value < b.Value
	})
	b := make([]byte, 0, 64*len(order)+len(f.Rule)+len(f.Subject)+2)
	b = append(append(append(b, f.Rule...), 0), f.Subject...)
	for _, i := range order {
		c := &f.Claims[i]
		b = append(append(append(append(append(append(b, 1), c.Path...), 0), c.Text...), 0), c.Value...)
	}
	sum := sha256.Sum256(b)
	f.Fingerprint = hex.EncodeToString(sum[:12])
}

// Sort orders findings by severity (most serious first), class, first claim position, then
// rule and fingerprint, so that output is deterministic.
func Sort(fs []Finding) {
	for i := range fs {
		sort.SliceStable(fs[i].Claims, func(a, b int) bool { return claim.Less(&fs[i].Claims[a], &fs[i].Claims[b]) })
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
			ca, cb := &a.Claims[0], &b.Claims[0]
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
