package main

import (
	"context"
	"runtime/debug"
	"testing"
)

// The soft memory limit leaves room for what the node keeps on purpose:
// it shrinks by SQLite's memory outside Go's heap and grows by the
// response cache's bound.
func TestMemoryLimitMakesRoomForTheCache(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for _, c := range []struct {
		name                string
		engine, cache, want int64
	}{
		{"PostgreSQL, no cache", 0, 0, serverMemoryLimit},
		{"PostgreSQL, 8 MiB cache", 0, 8 << 20, serverMemoryLimit + 8<<20},
		{"SQLite's 16 MiB, 32 MiB cache", 16 << 20, 32 << 20, serverMemoryLimit - 16<<20 + 32<<20},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		tuneGC(ctx, c.engine, c.cache, func() int { return 0 })
		cancel()
		if got := debug.SetMemoryLimit(-1); got != c.want {
			t.Errorf("%s: memory limit %d MiB, want %d MiB", c.name, got>>20, c.want>>20)
		}
	}
}
