package hugeheap

import (
	"runtime"
	"testing"
)

// TestReserveReleases: the reserved block is garbage once Reserve returns, so the heap in
// use does not grow by it, and memory allocated afterwards is usable.
func TestReserveReleases(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	Reserve(64 << 20)
	runtime.GC() // the collection Reserve started may still run
	runtime.ReadMemStats(&after)
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 16<<20 {
		t.Fatalf("heap in use grew by %d bytes after Reserve", grown)
	}
	b := make([]byte, 32<<20)
	for i := range b {
		b[i] = byte(i)
	}
	for i := 0; i < len(b); i += 4093 {
		if b[i] != byte(i) {
			t.Fatalf("byte %d is %d", i, b[i])
		}
	}
}

// TestReserveOnce: a second call does nothing (no collection).
func TestReserveOnce(t *testing.T) {
	Reserve(1 << 20)
	runtime.GC() // waits for the collection Reserve may have started
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	Reserve(64 << 20)
	runtime.ReadMemStats(&after)
	if after.NumGC != before.NumGC {
		t.Fatal("a second Reserve collected garbage")
	}
}

// TestReserveOff: the environment switch and non-positive sizes are no-ops.
func TestReserveOff(t *testing.T) {
	t.Setenv(Env, "0")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	Reserve(1 << 30)
	runtime.ReadMemStats(&after)
	if after.NumGC != before.NumGC {
		t.Fatal("Reserve collected garbage although it was turned off")
	}
	t.Setenv(Env, "")
	Reserve(0)
	Reserve(-5)
}
