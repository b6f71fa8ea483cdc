package names

import (
	"fmt"
	"sync"
	"testing"
	"unsafe"
)

// TestStringCache: every stored name is found with its own value, also when the table is
// full and names go to the overflow map, and when workers store the same names at once.
func TestStringCache(t *testing.T) {
	var tab stringCache
	n := cacheSlots * 2 // more names than slots: the overflow map is used
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n {
				name := fmt.Sprintf("Name%d", i)
				if _, ok := tab.load(name); !ok {
					tab.store(name, fmt.Sprintf("plain%d", i))
				}
			}
		}()
	}
	wg.Wait()
	for i := range n {
		name := fmt.Sprintf("Name%d", i)
		got, ok := tab.load(name)
		if want := fmt.Sprintf("plain%d", i); !ok || got != want {
			t.Fatalf("load(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	if _, ok := tab.load("never stored"); ok {
		t.Fatal("a name never stored was found")
	}
	overflowed := 0
	tab.overflow.Range(func(any, any) bool { overflowed++; return true })
	if overflowed == 0 {
		t.Fatal("no name went to the overflow map although there were more names than slots")
	}
}

// TestPlainCached: Plain gives the same answer from the cache as computed, and does not
// keep the caller's memory.
func TestPlainCached(t *testing.T) {
	// The name is read from a buffer the caller reuses, as articles' text is.
	buf := []byte("Zelens'kyi")
	first := Plain(unsafe.String(&buf[0], len(buf)))
	copy(buf, "XXXXXXXXXX")
	if again := Plain("Zelens'kyi"); again != first || first != "zelenskyi" {
		t.Fatalf("Plain = %q then %q; want zelenskyi twice", first, again)
	}
	if got := Plain("Łukasz Żółć"); got != plain("Łukasz Żółć") {
		t.Fatalf("cached %q differs from computed %q", got, plain("Łukasz Żółć"))
	}
}
