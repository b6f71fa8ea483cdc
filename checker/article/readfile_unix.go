//go:build unix

package article

import (
	"os"
	"syscall"
)

// ReadFile reads a file into the scratch's buffer; the bytes are valid until the next call.
// Parse copies what it keeps. It calls the system directly: os.Open registers every file
// with the runtime's poller, which costs more system calls than reading a short article.
func (sc *Scratch) ReadFile(path string) ([]byte, error) {
	fd, err := sysOpen(path)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer sysClose(fd)
	var st syscall.Stat_t
	if err := sysFstat(fd, &st); err != nil {
		return nil, &os.PathError{Op: "stat", Path: path, Err: err}
	}
	if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
		return nil, &os.PathError{Op: "read", Path: path, Err: syscall.EISDIR}
	}
	if need := int(st.Size) + 1; need > cap(sc.buf) {
		sc.buf = make([]byte, 0, need+512)
	}
	b := sc.buf[:0]
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // the file grew since it was measured
		}
		n, err := sysRead(fd, b[len(b):cap(b)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "read", Path: path, Err: err}
		}
		if n == 0 {
			break
		}
		b = b[:len(b)+n]
		if int64(len(b)) == st.Size && len(b) < cap(b) {
			// The whole file as measured, with room left: a regular file at its end.
			// Skipping the read that would return 0 saves a system call per article.
			break
		}
	}
	sc.buf = b
	return b, nil
}
