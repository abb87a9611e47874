package main

import (
	"context"
	"os"
	"runtime/debug"
	"time"
)

// Garbage collector settings of the server, unless GOGC or GOMEMLIMIT say
// otherwise. Answering a query allocates a lot of short-lived objects over a
// live heap of a few megabytes; at Go's default (collect whenever the heap
// doubles) the collector took a tenth of the CPU under load. Collecting at
// five times the live heap, with a soft limit that brings collection back
// before the heap nears it, keeps the server's peak memory (VmHWM) under
// 100 MB: 33-45 MB of it is the program's own code, mapped from the
// binary (less since serve gives back what the start mapped, rss_linux.go),
// so Go's memory gets serverMemoryLimit, less on SQLite what SQLite's
// connections may hold outside Go's heap (database.DB.EngineMemory).
// Against 100 MiB the limit costs FEED and AWARDS about a tenth of their
// throughput at 64 clients in collections (docs/performance.md, "Memory");
// GOMEMLIMIT trades it back. The response cache's answers are live heap the
// node keeps on purpose, so the limit grows by the cache's bound
// (--response-cache-bytes): without that, a full cache would leave the
// collector running without pause.
//
// Subscriptions are the exception: each holds about 30 KB of live heap
// (its connection's buffers and state), so 10,000 of them are 300 MB, over
// a fixed 100 MB limit, under which the collector ran without pause and
// delivering one event to them all took seconds instead of a quarter of
// one. The soft limit therefore grows with the subscriptions the node
// holds (limitPerSubscriber each), checked every gcRetune.
const (
	serverGCPercent    = 400
	serverMemoryLimit  = 48 << 20
	limitPerSubscriber = 100 << 10
	gcRetune           = 5 * time.Second
)

// tuneGC applies the server's collector settings until ctx ends;
// engineMemory is what the database engine holds outside Go's heap,
// cacheBytes the response cache's bound, subscribers tells how many
// subscriptions the node holds.
func tuneGC(ctx context.Context, engineMemory, cacheBytes int64, subscribers func() int) {
	base := serverMemoryLimit - engineMemory + max(cacheBytes, 0)
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(serverGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(base)
	go func() {
		tick := time.NewTicker(gcRetune)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				debug.SetMemoryLimit(base + int64(subscribers())*limitPerSubscriber)
			}
		}
	}()
}
