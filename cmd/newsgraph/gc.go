package main

import (
	"os"
	"runtime/debug"
)

// Garbage collector settings of the server, unless GOGC or GOMEMLIMIT say
// otherwise. Answering a query allocates a lot of short-lived objects over a
// live heap of a few megabytes; at Go's default (collect whenever the heap
// doubles) the collector took a tenth of the CPU under load. Collecting at
// five times the live heap, with a soft limit that brings collection back
// before the heap nears it, keeps the server well under 150 MB of memory
// (see docs/performance.md).
const (
	serverGCPercent   = 400
	serverMemoryLimit = 100 << 20
)

// tuneGC applies the server's collector settings.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(serverGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(serverMemoryLimit)
	}
}
