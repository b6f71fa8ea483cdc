package pass

import "testing"

// TestSlabTake checks that slices cut from a block are zero, do not overlap, and copy when
// appended to rather than write into their neighbour.
func TestSlabTake(t *testing.T) {
	var s slab[int]
	a := s.take(3, 16)
	b := s.take(2, 16)
	if len(a) != 3 || cap(a) != 3 || len(b) != 2 || cap(b) != 2 {
		t.Fatalf("len/cap: a %d/%d, b %d/%d", len(a), cap(a), len(b), cap(b))
	}
	for i := range a {
		a[i] = i + 1
	}
	if b[0] != 0 || b[1] != 0 {
		t.Fatalf("b = %v after writing a: not zero", b)
	}
	a = append(a, 99)
	if b[0] != 0 {
		t.Fatalf("appending to a wrote into b: %v", b)
	}
	if big := s.take(10, 16); len(big) != 10 || cap(big) != 10 {
		t.Fatalf("large request: len %d cap %d", len(big), cap(big))
	}
	if got := s.take(0, 16); got != nil {
		t.Fatalf("take(0) = %v, want nil", got)
	}
	// Past the end of a block, a new block starts.
	for range 20 {
		c := s.take(3, 16)
		for i := range c {
			if c[i] != 0 {
				t.Fatalf("a fresh slice holds %v", c)
			}
			c[i] = 7
		}
	}
}
