package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"factcheck/checker"
	"factcheck/checker/claim"
	"factcheck/checker/finding"
)

// manyClaims returns n distinct claims, so that a misordered chunk shows.
func manyClaims(n int) []claim.Claim {
	cs := make([]claim.Claim, n)
	for i := range cs {
		cs[i] = claim.Claim{Kind: "quantity", Path: fmt.Sprintf("a%04d.txt", i), Line: int32(i + 1), Text: fmt.Sprint(i)}
	}
	return cs
}

// ptrs returns pointers to the claims of cs, as a finding holds them.
func ptrs(cs []claim.Claim) []*claim.Claim {
	out := make([]*claim.Claim, len(cs))
	for i := range cs {
		out[i] = &cs[i]
	}
	return out
}

// TestParallelReportOrder: findings whose claims span many render chunks (and findings with
// none) come out complete, in order, and as valid JSON that decodes to the claims given.
func TestParallelReportOrder(t *testing.T) {
	sizes := []int{0, 1, claimChunk - 1, claimChunk, claimChunk + 1, 5*claimChunk + 7, 3}
	res := &checker.Result{Corpus: "c"}
	for i, n := range sizes {
		res.Findings = append(res.Findings, finding.Finding{Rule: fmt.Sprint("r", i), Claims: ptrs(manyClaims(n))})
	}
	var b bytes.Buffer
	if err := JSON(&b, res); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Findings []struct {
			Claims []claim.Claim `json:"claims"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	if len(got.Findings) != len(sizes) {
		t.Fatalf("%d findings, want %d", len(got.Findings), len(sizes))
	}
	for i, n := range sizes {
		cs := got.Findings[i].Claims
		if len(cs) != n {
			t.Fatalf("finding %d: %d claims, want %d", i, len(cs), n)
		}
		for k := range cs {
			if cs[k].Line != int32(k+1) {
				t.Fatalf("finding %d: claim %d has line %d", i, k, cs[k].Line)
			}
		}
	}
	// The claim dump goes through the same renderer.
	res.Claims = manyClaims(3*claimChunk + 1)
	b.Reset()
	if err := ClaimsJSON(&b, res); err != nil {
		t.Fatal(err)
	}
	var dump struct {
		Claims []claim.Claim `json:"claims"`
	}
	if err := json.Unmarshal(b.Bytes(), &dump); err != nil || len(dump.Claims) != len(res.Claims) {
		t.Fatalf("claim dump: %d claims, err %v", len(dump.Claims), err)
	}
}

type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n += len(p); w.n > 1<<17 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// TestParallelReportWriteError: a writer that fails half-way gets its error back, and the
// renderer's workers finish (the test would hang otherwise).
func TestParallelReportWriteError(t *testing.T) {
	res := &checker.Result{Corpus: "c", Findings: []finding.Finding{{Rule: "r", Claims: ptrs(manyClaims(40 * claimChunk))}}}
	if err := JSON(&failingWriter{}, res); err == nil || err.Error() != "disk full" {
		t.Fatalf("got %v, want disk full", err)
	}
}
