//go:build !linux

package hugeheap

// supported reports whether marking memory for huge pages makes a difference: only Linux
// is prepared.
func supported() bool { return false }

func reserve(int, bool) {}
