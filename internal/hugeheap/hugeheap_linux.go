//go:build linux

package hugeheap

import (
	"bytes"
	"os"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"unsafe"
)

const (
	hugePage     = 2 << 20
	heapChunk    = 4 << 20 // the runtime maps its heap in chunks of this size, so aligned
	madvHugePage = 14      // MADV_HUGEPAGE
	madvCollapse = 25      // MADV_COLLAPSE (Linux 6.1)
)

// mode is the transparent huge page mode: "always", "madvise" or "never" ("" if unknown).
func mode() string {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil {
		return ""
	}
	return parseMode(b)
}

// parseMode reads the active mode from the contents of the sysfs file.
func parseMode(b []byte) string {
	// The file lists the modes with the active one in brackets: "always [madvise] never".
	i := bytes.IndexByte(b, '[')
	j := bytes.IndexByte(b, ']')
	if i < 0 || j < i {
		return ""
	}
	return string(b[i+1 : j])
}

// supported reports whether marking memory makes a difference: in "always" mode the heap
// gets huge pages anyway, in "never" mode it cannot.
var supported = sync.OnceValue(func() bool { return mode() == "madvise" })

func madvise(start, end uintptr, advice int) {
	if end > start {
		// An error only means no huge pages: nothing to report.
		syscall.Syscall(syscall.SYS_MADVISE, start, end-start, uintptr(advice))
	}
}

func reserve(n int, first bool) {
	if !supported() {
		return
	}
	if first {
		firstChunk()
	}
	n = (n + hugePage - 1) &^ (hugePage - 1)
	// The block comes from strings.Builder.Grow, which allocates without clearing: a
	// block that begins in freed heap (the rest of an earlier block) and runs on into
	// fresh memory would otherwise be cleared whole, a page fault per 4 KB. Its first byte
	// is written to learn where it lies, which gives its 2 MB a small page: they are
	// gathered into a huge page at once (the next allocations begin there).
	var block strings.Builder
	block.Grow(n + hugePage)
	block.WriteByte(0)
	p := uintptr(unsafe.Pointer(unsafe.StringData(block.String())))
	low := p &^ (hugePage - 1)
	madvise(low, (p+uintptr(block.Cap()))&^(hugePage-1), madvHugePage)
	madvise(low, low+hugePage, madvCollapse)
	runtime.KeepAlive(&block)
	block = strings.Builder{}
	if first {
		// The heap holds little yet: its collection takes a fraction of a millisecond, and
		// what the caller allocates next lands in the block.
		runtime.GC()
		return
	}
	// The collection that frees the block runs beside the caller, which goes on preparing
	// the run: the first megabyte or so that is allocated before it ends lands elsewhere.
	collecting.Add(1)
	go func() {
		defer collecting.Done()
		runtime.GC()
	}()
}

// firstChunk prepares the heap's first chunk, which the runtime mapped at start-up and
// which the next small allocations fill before any block: its first 2 MB, where the
// program's first objects live, is gathered into one huge page (the kernel copies the
// pages already touched), and the rest, untouched yet, is marked.
func firstChunk() {
	probe := new([16]byte) // an object of the start-up heap
	p := uintptr(unsafe.Pointer(probe))
	runtime.KeepAlive(probe)
	chunk := p &^ (heapChunk - 1)
	here := p &^ (hugePage - 1)
	madvise(here, here+hugePage, madvCollapse)
	madvise(here+hugePage, chunk+heapChunk, madvHugePage)
}
