package quote

import (
	"fmt"
	"slices"
	"testing"
	"unsafe"

	"factcheck/checker/quotes"
)

// TestNormalMemory: the remembered normal forms are those quotes.AppendNormal gives, for a
// part seen again and for a new one, and they do not alias the text they were read from
// (its buffer is the next article's).
func TestNormalMemory(t *testing.T) {
	var sc scratch
	part := "Our shared priority is to stop the killing, ensure security."
	for round := 0; round < 3; round++ {
		got, n := sc.normal([]byte("x "), part)
		want, wn := quotes.AppendNormal([]byte("x "), part)
		if string(got) != string(want) || n != wn {
			t.Fatalf("round %d: %q %d, want %q %d", round, got, n, want, wn)
		}
	}
	buf := []byte("Another statement, not read before: it is new.")
	out := make([]byte, 0, 256)
	out, _ = sc.normal(out, unsafeString(buf))
	for k, v := range sc.normals {
		for _, p := range []*byte{unsafe.StringData(k), unsafe.StringData(v.text)} {
			if p == &buf[0] || p == &out[0] {
				t.Fatalf("the memory of %q shares the text's or the output's buffer", k)
			}
		}
	}
	// The memory stops growing at its bound; parts past it are still normalised.
	for i := 0; ; i++ {
		n := len(sc.normals)
		sc.normal(nil, fmt.Sprintf("statement number %d of a corpus of many distinct quotes", i))
		if len(sc.normals) == n {
			break
		}
	}
	n := len(sc.normals)
	late := "statement number one more of a corpus of many distinct quotes"
	got, words := sc.normal(nil, late)
	if want, wn := quotes.AppendNormal(nil, late); string(got) != string(want) || words != wn {
		t.Fatalf("past the bound: %q %d, want %q %d", got, words, want, wn)
	}
	if sc.normalBytes > maxNormalBytes || len(sc.normals) != n {
		t.Fatalf("past the bound the memory holds %d bytes, %d parts (was %d)", sc.normalBytes, len(sc.normals), n)
	}
}

// unsafeString returns a string that shares b's memory, as article text shares a reader's
// buffer.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// TestMostShared: past maxCandidates, the candidates that share the most runs are kept, in
// the order they were found, ties at the cut going to those found first; the others'
// counts are cleared.
func TestMostShared(t *testing.T) {
	few := []int32{5, 3, 9}
	shared := make([]int32, 200)
	shared[5], shared[3], shared[9] = 1, 4, 2
	if got := mostShared(slices.Clone(few), shared); !slices.Equal(got, few) {
		t.Fatalf("few candidates: %v, want %v", got, few)
	}

	// 100 candidates in order 0..99 sharing one run each; every tenth shares three, and
	// candidate 99 shares five.
	var cands []int32
	shared = make([]int32, 200)
	for o := int32(0); o < 100; o++ {
		cands = append(cands, o)
		shared[o] = 1
		if o%10 == 0 {
			shared[o] = 3
		}
	}
	shared[99] = 5
	got := mostShared(cands, shared)
	if len(got) != maxCandidates {
		t.Fatalf("%d kept, want %d", len(got), maxCandidates)
	}
	if !slices.IsSorted(got) {
		t.Fatalf("not in the order found: %v", got)
	}
	for o := int32(0); o < 100; o += 10 {
		if !slices.Contains(got, o) {
			t.Fatalf("candidate %d, sharing three runs, dropped: %v", o, got)
		}
	}
	if !slices.Contains(got, 99) {
		t.Fatalf("candidate 99, sharing five runs, dropped")
	}
	// The rest of the room goes to the first found of those that share one run.
	ones := 0
	for _, o := range got {
		if shared[o] == 1 {
			ones++
			if o > 60 {
				t.Fatalf("candidate %d kept before earlier ones sharing as many runs: %v", o, got)
			}
		}
	}
	if ones != maxCandidates-11 {
		t.Fatalf("%d kept sharing one run, want %d", ones, maxCandidates-11)
	}
	for o := int32(0); o < 100; o++ {
		if !slices.Contains(got, o) && shared[o] != 0 {
			t.Fatalf("dropped candidate %d still counted %d", o, shared[o])
		}
	}
}
