package quote

import (
	"fmt"
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
