package quote

import (
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
	sc.normal(nil, unsafeString(buf))
	for k, v := range sc.normals {
		for _, p := range []*byte{unsafe.StringData(k), unsafe.StringData(v.text)} {
			if p == &buf[0] {
				t.Fatalf("the memory of %q shares the text's buffer", k)
			}
		}
	}
}

// unsafeString returns a string that shares b's memory, as article text shares a reader's
// buffer.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
