//go:build !unix

package main

import "os"

// maxRSS returns 0: peak memory is not measured on this platform.
func maxRSS(*os.ProcessState) int64 { return 0 }
