package names

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
)

// plainCache remembers Plain's results: names repeat (a corpus names a few hundred people
// tens of thousands of times), and accent removal goes through golang.org/x/text's
// transformers.
var plainCache stringCache

// stringCache maps names to what a pure function of them gave, for any number of
// goroutines. It is an open-addressing table whose slots are published atomically and
// never change once set, so a lookup is one hash, one load and one comparison, with no
// lock: every article worker folds every name it reads, and sync.Map's trie walk cost
// more than the folding it saved. Names beyond the table's room go to an overflow
// sync.Map. The zero value is ready to use.
type stringCache struct {
	slots    [cacheSlots]atomic.Pointer[cacheEntry]
	overflow sync.Map // name -> value, for names with no free slot
}

// cacheSlots is the table's size (a power of two); cacheProbes how many slots a name may
// look at from its home slot.
const (
	cacheSlots  = 1 << 14
	cacheProbes = 8
)

type cacheEntry struct{ name, value string }

var cacheSeed = maphash.MakeSeed()

// load returns the value stored for name, if any.
func (t *stringCache) load(name string) (string, bool) {
	h := maphash.String(cacheSeed, name)
	for p := uint64(0); p < cacheProbes; p++ {
		e := t.slots[(h+p)&(cacheSlots-1)].Load()
		if e == nil {
			return "", false
		}
		if e.name == name {
			return e.value, true
		}
	}
	if v, ok := t.overflow.Load(name); ok {
		return v.(string), true
	}
	return "", false
}

// store records the value of name; neither may alias reused memory. Two workers may store
// the same name at once: the function is pure, so either entry gives the same answer.
func (t *stringCache) store(name, value string) {
	e := &cacheEntry{name, value}
	h := maphash.String(cacheSeed, name)
	for p := uint64(0); p < cacheProbes; p++ {
		s := &t.slots[(h+p)&(cacheSlots-1)]
		if s.CompareAndSwap(nil, e) {
			return
		}
		if s.Load().name == name {
			return
		}
	}
	t.overflow.Store(name, value)
}
