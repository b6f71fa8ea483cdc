//go:build linux

package hugeheap

import (
	"bytes"
	"os"
	"runtime"
	"syscall"
	"unsafe"
)

const (
	hugePage     = 2 << 20
	madvHugePage = 14 // MADV_HUGEPAGE
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

func reserve(n int) {
	// In "always" mode the heap gets huge pages anyway; in "never" mode it cannot.
	if mode() != "madvise" {
		return
	}
	n = (n + hugePage - 1) &^ (hugePage - 1)
	block := make([]byte, n+hugePage)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(block)))
	start := (p + hugePage - 1) &^ (hugePage - 1)
	end := (p + uintptr(len(block))) &^ (hugePage - 1)
	if end > start {
		// An error only means no huge pages: nothing to report.
		syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvHugePage)
	}
	runtime.KeepAlive(block)
	block = nil
	// The collection that frees the block runs beside the caller, which goes on preparing
	// the run: the first megabyte or so that is allocated before it ends lands elsewhere.
	go runtime.GC()
}
