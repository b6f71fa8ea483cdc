package names

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
)

// plainCache remembers Plain's results: names repeat (a corpus names a few hundred people
// tens of thousands of times), and accent removal goes through golang.org/x/text's
// transformers.
//
// It is an open-addressing table whose slots are published atomically and never change
// once set, so a lookup is one hash, one load and one comparison, with no lock: every
// article worker calls Plain for every name it reads, and sync.Map's trie walk cost more
// than the folding it saved. Names beyond the table's room go to an overflow sync.Map.
var plainCache plainTable

// plainSlots is the table's size (a power of two); plainProbes how many slots a name may
// look at from its home slot.
const (
	plainSlots  = 1 << 14
	plainProbes = 8
)

type plainEntry struct{ name, plain string }

type plainTable struct {
	slots    [plainSlots]atomic.Pointer[plainEntry]
	overflow sync.Map // name -> plain, for names with no free slot
}

var plainSeed = maphash.MakeSeed()

// load returns the plain form of name if it is known.
func (t *plainTable) load(name string) (string, bool) {
	h := maphash.String(plainSeed, name)
	for p := uint64(0); p < plainProbes; p++ {
		e := t.slots[(h+p)&(plainSlots-1)].Load()
		if e == nil {
			return "", false
		}
		if e.name == name {
			return e.plain, true
		}
	}
	if v, ok := t.overflow.Load(name); ok {
		return v.(string), true
	}
	return "", false
}

// store records the plain form of name, which must not alias reused memory. Two workers
// may store the same name at once; either entry gives the same answer.
func (t *plainTable) store(name, plain string) {
	e := &plainEntry{name, plain}
	h := maphash.String(plainSeed, name)
	for p := uint64(0); p < plainProbes; p++ {
		s := &t.slots[(h+p)&(plainSlots-1)]
		if s.CompareAndSwap(nil, e) {
			return
		}
		if s.Load().name == name {
			return
		}
	}
	t.overflow.Store(name, plain)
}
