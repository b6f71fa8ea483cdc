// Package hugeheap asks the operating system to back the part of the Go heap that a run is
// about to fill with transparent huge pages.
//
// Why: a run over a large corpus touches tens of megabytes of fresh heap, and every first
// touch of a 4 KB page is a page fault. Measured on a 2-CPU virtual machine, a fault costs
// about 10 µs: the 11,000 faults of the 2,000-article benchmark (45 MB of heap) took a fifth
// of the run's CPU time. With 2 MB pages the same heap faults about 1,500 times and the run
// takes a fifth less wall time. Linux gives huge pages only to memory marked with
// madvise(MADV_HUGEPAGE) when transparent huge pages are in their default "madvise" mode,
// and the Go runtime no longer marks its heap (Go 1.21.1 and later).
//
// How: Start (and Reserve) allocate one large block, which the runtime maps from fresh
// address space without touching it, mark the block's 2 MB-aligned part for huge pages, and
// release it at once with a garbage collection. The next allocations reuse those addresses
// and their first touches fault in huge pages. Nothing else changes: the memory is ordinary
// Go heap, and where huge pages are unavailable the kernel falls back to small ones.
//
// When: as early as possible. The heap a run allocates before the block is marked (rules,
// lexicon, the list of files: about 6 MB) was measured at 1,300 small-page faults, 15 ms of
// CPU on the critical path of the benchmark, when the block was reserved only once the
// corpus had been walked and its size was known. So a run calls Start first, with a size
// that covers most corpora, and Reserve once it knows the corpus, which extends the
// reservation only for a large one.
package hugeheap

import (
	"os"
	"sync"
)

// Env is the environment variable that turns the preparation off when set to "0".
const Env = "FACTCHECK_HUGEPAGES"

// Start prepares about n bytes of heap for huge pages before a run allocates anything
// much, together with what is left of the heap the program started with (the runtime
// mapped it at start-up, and small allocations fill it before any block; its first 2 MB,
// in use already, is gathered into one huge page where the kernel supports it). The
// collection that frees the block is waited for: a heap this small is collected in a
// fraction of a millisecond. Start does something once per process.
func Start(n int) {
	if off(n) {
		return
	}
	mu.Lock()
	defer mu.Unlock()
	if started {
		return
	}
	started = true
	reserve(n, true)
	reserved = n
}

// Reserve prepares about n bytes of heap in all for huge pages, when the system supports
// and needs it. It costs one allocation of address space and one collection of a small
// heap, once per process: later calls do nothing (in a process that runs many checks, as
// tests do, the heap is no longer fresh, and the block would be cleared at every call).
// After Start, Reserve prepares a new block of n bytes when n is more than Start's: larger
// than the first block, it cannot reuse its addresses, so it is fresh too.
func Reserve(n int) {
	if off(n) {
		return
	}
	mu.Lock()
	defer mu.Unlock()
	if extended || n <= reserved {
		return
	}
	extended = true
	reserve(n, false)
	reserved = n
}

// off reports whether there is nothing to prepare.
func off(n int) bool { return n <= 0 || os.Getenv(Env) == "0" }

var (
	mu                sync.Mutex
	started, extended bool
	reserved          int // the largest block prepared so far, in bytes
	// collecting counts the collections Reserve started and that have not ended (tests
	// wait for them).
	collecting sync.WaitGroup
)
