package lexicon

import (
	"factcheck/checker/text"
)

// table is an open-addressing hash table from lower-case ASCII words to their classes.
// Classify looks up every word of every article; hashing while lowering, in one pass over
// the word's bytes, costs about half of lowering into a buffer and then looking the buffer
// up in a Go map. Words with other letters go to the map.
type table struct {
	mask  uint64
	slots []slot
}

type slot struct {
	hash  uint64
	word  string
	class text.Class
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// newTable builds the table of the ASCII words of m.
func newTable(m map[string]text.Class) *table {
	n := 0
	for w := range m {
		if isASCII(w) {
			n++
		}
	}
	size := 16
	for size < 4*n {
		size *= 2
	}
	t := &table{mask: uint64(size - 1), slots: make([]slot, size)}
	for w, c := range m {
		if !isASCII(w) || w == "" {
			continue
		}
		h := uint64(fnvOffset)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * fnvPrime
		}
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i].word == "" {
				t.slots[i] = slot{hash: h, word: w, class: c}
				break
			}
		}
	}
	return t
}

// lookup returns the classes of w in lower case, and false when w is not plain ASCII of
// fewer than 32 bytes (the caller then asks the map).
func (t *table) lookup(w string) (text.Class, bool) {
	if len(w) >= 32 {
		return 0, false
	}
	var buf [32]byte
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		h = (h ^ uint64(c)) * fnvPrime
	}
	low := buf[:len(w)]
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.word == "" {
			return 0, true
		}
		if s.hash == h && s.word == string(low) {
			return s.class, true
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
