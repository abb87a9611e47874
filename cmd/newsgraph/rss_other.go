//go:build !linux

package main

// releaseStartupCode does nothing where the program's mappings cannot be
// read (rss_linux.go).
func releaseStartupCode() int64 { return 0 }
