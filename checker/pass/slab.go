package pass

import (
	"unsafe"

	"factcheck/checker/claim"
)

// slab hands out slices of T cut from large blocks. An article's claims (and the values they
// point to) live until the end of the run, so they are never freed one by one: taking them
// from blocks of about 64 KB replaces thousands of mid-sized allocations, each with its own
// heap metadata to initialise, by a few large ones.
type slab[T any] struct{ block []T }

// take returns n zero values of T. The slice's capacity is n: appending to it copies it
// rather than overwriting the next slice cut from the block.
func (s *slab[T]) take(n, perBlock int) []T {
	if n <= 0 {
		return nil
	}
	if n > len(s.block) {
		if n > perBlock/4 {
			return make([]T, n) // a large request gets its own allocation
		}
		s.block = make([]T, perBlock)
	}
	out := s.block[:n:n]
	s.block = s.block[n:]
	return out
}

// Block sizes: about 64 KB each.
const (
	block              = 64 << 10
	claimsPerBlock     = block / int(unsafe.Sizeof(claim.Claim{}))
	personsPerBlock    = block / int(unsafe.Sizeof(claim.Person{}))
	quantitiesPerBlock = block / int(unsafe.Sizeof(claim.Quantity{}))
	quotesPerBlock     = block / int(unsafe.Sizeof(claim.Quote{}))
)

// NewClaims returns n zero claims for an extraction to fill in place.
func (d *Doc) NewClaims(n int) []claim.Claim {
	return d.mem().claims.take(n, claimsPerBlock)
}

// NewPersons returns n zero persons for claims of kind "person".
func (d *Doc) NewPersons(n int) []claim.Person {
	return d.mem().persons.take(n, personsPerBlock)
}

// NewQuantities returns n zero quantities for claims of kind "quantity".
func (d *Doc) NewQuantities(n int) []claim.Quantity {
	return d.mem().quantities.take(n, quantitiesPerBlock)
}

// NewQuotes returns n zero quotes for claims of kind "quote".
func (d *Doc) NewQuotes(n int) []claim.Quote {
	return d.mem().quotes.take(n, quotesPerBlock)
}
