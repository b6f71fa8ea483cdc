package lexicon

import (
	"factcheck/checker/text"
)

// table is an open-addressing hash table from lower-case ASCII words to their classes.
// Classify looks up every word of every article; lowering into a buffer and hashing the
// buffer eight bytes at a time with one multiplication each costs about half of a Go map
// lookup. Words with other letters go to the map. Probes read tags, four bytes a slot, and
// read a slot only when its tag matches: the tags of a lexicon of a few thousand words fit
// in the processor's first-level cache, its slots do not (most words looked up are not in
// the table, and each probe of a slot was a cache miss).
type table struct {
	mask  uint64
	tags  []uint32 // per slot: tagOf the word's hash, 0 when the slot is empty
	slots []slot
}

// tagOf returns the tag of a hash: its high half, never 0.
func tagOf(h uint64) uint32 { return uint32(h>>32) | 1 }

type slot struct {
	hash  uint64
	word  string
	class text.Class
}

// hash mixes the bytes of a lower-case word, eight at a time.
func hash(w []byte) uint64 {
	h := uint64(len(w)) * 0x9E3779B97F4A7C15
	for len(w) >= 8 {
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		h = (h ^ x) * 0xFF51AFD7ED558CCD
		w = w[8:]
	}
	var x uint64
	for i, c := range w {
		x |= uint64(c) << (8 * i)
	}
	h = (h ^ x) * 0xC4CEB9FE1A85EC53
	return h ^ h>>29
}

// newTable builds the table of the ASCII words of m.
func newTable(m map[string]text.Class) *table {
	n := 0
	for w := range m {
		if isASCII(w) {
			n++
		}
	}
	size := 16
	for size < 2*n {
		size *= 2
	}
	t := &table{mask: uint64(size - 1), tags: make([]uint32, size), slots: make([]slot, size)}
	for w, c := range m {
		if !isASCII(w) || w == "" {
			continue
		}
		h := hash([]byte(w))
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.tags[i] == 0 {
				t.tags[i] = tagOf(h)
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
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	low := buf[:len(w)]
	h := hash(low)
	tag := tagOf(h)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.tags[i] {
		case 0:
			return 0, true
		case tag:
			if s := &t.slots[i]; s.hash == h && s.word == string(low) {
				return s.class, true
			}
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
