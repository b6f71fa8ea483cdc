package hugeheap

import (
	"runtime"
	"testing"
)

// resetState forgets earlier preparations, as in a fresh process.
func resetState(t *testing.T) {
	t.Helper()
	mu.Lock()
	started, extended, reserved = false, false, 0
	mu.Unlock()
	t.Cleanup(func() {
		mu.Lock()
		started, extended, reserved = true, true, 1<<62 // later tests of the package do nothing by accident
		mu.Unlock()
	})
}

// collections returns the number of completed garbage collections.
func collections() uint32 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NumGC
}

// noCollection fails the test when f starts a garbage collection.
func noCollection(t *testing.T, what string, f func()) {
	t.Helper()
	gcs := collections()
	f()
	if collections() != gcs {
		t.Fatalf("%s collected garbage", what)
	}
}

// heapInUse returns the bytes of live and not yet swept heap objects.
func heapInUse() int64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// TestStartReleases: the block Start reserves is garbage once Start returns (it waits for
// the collection), so the heap in use does not grow by it, and memory allocated afterwards
// is usable and zeroed.
func TestStartReleases(t *testing.T) {
	resetState(t)
	runtime.GC()
	before, gcs := heapInUse(), collections()
	Start(64 << 20)
	if supported() && collections() == gcs {
		t.Fatal("Start did not collect the block")
	}
	if grown := heapInUse() - before; grown > 16<<20 {
		t.Fatalf("heap in use grew by %d bytes after Start", grown)
	}
	checkUsable(t, 32<<20)
}

// TestReserveExtendsOnce: after Start, Reserve does nothing for a size Start covered,
// prepares a larger block once, and then does nothing.
func TestReserveExtendsOnce(t *testing.T) {
	resetState(t)
	Start(8 << 20)
	runtime.GC()
	noCollection(t, "Reserve for a size Start covered", func() {
		Reserve(4 << 20)
		Reserve(8 << 20)
	})
	before := heapInUse()
	Reserve(48 << 20)
	collecting.Wait() // the collection Reserve started
	runtime.GC()
	if grown := heapInUse() - before; grown > 16<<20 {
		t.Fatalf("heap in use grew by %d bytes after Reserve", grown)
	}
	if reserved != 48<<20 {
		t.Errorf("reserved = %d after extending to 48 MB", reserved)
	}
	noCollection(t, "a second extension or a second Start", func() {
		Reserve(96 << 20)
		Start(96 << 20)
	})
	checkUsable(t, 64<<20)
}

// TestReserveWithoutStart: Reserve alone prepares once, as the first call of a process.
func TestReserveWithoutStart(t *testing.T) {
	resetState(t)
	Reserve(16 << 20)
	collecting.Wait()
	noCollection(t, "a second Reserve", func() { Reserve(64 << 20) })
}

// TestOff: the environment switch and non-positive sizes are no-ops.
func TestOff(t *testing.T) {
	resetState(t)
	t.Setenv(Env, "0")
	noCollection(t, "Start or Reserve turned off", func() {
		Start(1 << 30)
		Reserve(1 << 30)
	})
	t.Setenv(Env, "")
	noCollection(t, "Start or Reserve of a size of zero or less", func() {
		Start(0)
		Reserve(-5)
	})
	if started || extended {
		t.Fatal("Start or Reserve acted on a size of zero or less")
	}
}

// checkUsable allocates n bytes, checks that they are zero, writes and reads them back.
func checkUsable(t *testing.T, n int) {
	t.Helper()
	b := make([]byte, n)
	for i := 0; i < len(b); i += 4093 {
		if b[i] != 0 {
			t.Fatalf("byte %d of a fresh allocation is %d", i, b[i])
		}
	}
	for i := range b {
		b[i] = byte(i)
	}
	for i := 0; i < len(b); i += 4093 {
		if b[i] != byte(i) {
			t.Fatalf("byte %d is %d", i, b[i])
		}
	}
}
