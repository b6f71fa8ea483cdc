//go:build !unix

package article

import "os"

// ReadFile reads a file; on systems without the Unix calls it is os.ReadFile.
func (sc *Scratch) ReadFile(path string) ([]byte, error) { return os.ReadFile(path) }
