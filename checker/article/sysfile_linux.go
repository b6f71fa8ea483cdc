//go:build linux && (amd64 || arm64)

package article

import (
	"syscall"
	"unsafe"
)

// The calls that read an article go to the kernel directly, without telling the Go
// scheduler (syscall.RawSyscall instead of syscall.Syscall). Why: a worker makes four
// calls per article, and the scheduler's monitor takes the processor away from a
// goroutine that is in a system call when it looks, then wakes every 20 µs while it keeps
// finding such goroutines. On the 2,000-article benchmark that was 2,150 to 2,650
// wake-ups and 500 to 800 futex waits per run (200 and 70 with raw calls), and raw calls
// took 4 to 12 ms off the wall time in runs alternating the two binaries. The
// workers are as many as the processors and nothing else waits to run while they read,
// so keeping the processor through a read that blocks costs nothing; a regular file in
// the page cache does not block at all.
//
// Linux on amd64 and arm64 only: they share the call numbers' names and Stat_t's use
// (32-bit systems call fstat64, loong64 has no fstat). Other systems use the syscall
// package (sysfile_unix.go).

// atFDCWD is AT_FDCWD: a relative path is relative to the working directory. A variable,
// so that its conversion to a call argument wraps as the kernel expects.
var atFDCWD = -100

// sysOpen opens path read-only.
func sysOpen(path string) (int, error) {
	p, err := syscall.BytePtrFromString(path)
	if err != nil {
		return -1, err
	}
	for {
		fd, _, e := syscall.RawSyscall6(syscall.SYS_OPENAT, uintptr(atFDCWD), uintptr(unsafe.Pointer(p)),
			uintptr(syscall.O_RDONLY|syscall.O_CLOEXEC), 0, 0, 0)
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			return -1, e
		}
		return int(fd), nil
	}
}

// sysFstat reads the status of an open file.
func sysFstat(fd int, st *syscall.Stat_t) error {
	if _, _, e := syscall.RawSyscall(syscall.SYS_FSTAT, uintptr(fd), uintptr(unsafe.Pointer(st)), 0); e != 0 {
		return e
	}
	return nil
}

// sysRead reads into b.
func sysRead(fd int, b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, _, e := syscall.RawSyscall(syscall.SYS_READ, uintptr(fd), uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)))
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

// sysClose closes fd.
func sysClose(fd int) { syscall.RawSyscall(syscall.SYS_CLOSE, uintptr(fd), 0, 0) }
