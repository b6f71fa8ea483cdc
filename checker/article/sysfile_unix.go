//go:build unix && !(linux && (amd64 || arm64))

package article

import "syscall"

// The calls that read an article, through the syscall package (see sysfile_linux.go for
// the systems where they go to the kernel directly).

func sysOpen(path string) (int, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}

func sysFstat(fd int, st *syscall.Stat_t) error { return syscall.Fstat(fd, st) }

func sysRead(fd int, b []byte) (int, error) { return syscall.Read(fd, b) }

func sysClose(fd int) { syscall.Close(fd) }
