// Package ratelimit owns newsgraph's limits on how often one client may do
// something: a token bucket per key (a client address), kept either in
// memory (Limiter: per process, so that behind a load balancer each API node
// keeps its own and a client may reach the limit on each) or in PostgreSQL
// (Shared: one bucket per key for every node on the database). Both follow
// one rule, the generic cell rate algorithm, and answer alike.
package ratelimit

import (
	"context"
	"sync"
	"time"
)

// Limit allows each key a burst of actions, then one more per interval.
type Limit interface {
	// Take takes a token from key's bucket. When there is none it reports
	// false and how long until there is one. An error (the database's)
	// takes nothing.
	Take(ctx context.Context, key string) (ok bool, retryAfter time.Duration, err error)
}

// maxKeys bounds the memory a flood of distinct clients can take: past it,
// buckets that have refilled (clients that went quiet) are forgotten.
const maxKeys = 100_000

// Limiter allows each key a burst of actions, then one more per interval.
// It is a token bucket kept as one time per key (the generic cell rate
// algorithm): when the key's bucket will be full again. Integer time keeps
// the arithmetic exact.
type Limiter struct {
	interval time.Duration
	burst    int
	now      func() time.Time

	mu   sync.Mutex
	full map[string]time.Time // when each key's bucket is full again
}

// New returns a Limiter that allows burst actions at once per key and one
// more every interval after that.
func New(interval time.Duration, burst int) *Limiter {
	return &Limiter{interval: interval, burst: max(burst, 1), now: time.Now, full: map[string]time.Time{}}
}

// WithClock makes l read the time from now; for tests.
func (l *Limiter) WithClock(now func() time.Time) *Limiter {
	l.now = now
	return l
}

// Take is Allow, for Limit: memory does not fail.
func (l *Limiter) Take(_ context.Context, key string) (bool, time.Duration, error) {
	ok, wait := l.Allow(key)
	return ok, wait, nil
}

// Allow takes a token from key's bucket. When there is none it reports false
// and how long until there is one.
func (l *Limiter) Allow(key string) (ok bool, retryAfter time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	full, seen := l.full[key]
	if !seen && len(l.full) >= maxKeys {
		l.forgetFull(now)
	}
	if full.Before(now) {
		full = now
	}
	// The bucket is short of (full-now)/interval tokens; one more must fit.
	if wait := full.Sub(now) - time.Duration(l.burst-1)*l.interval; wait > 0 {
		return false, wait
	}
	l.full[key] = full.Add(l.interval)
	return true, 0
}

// forgetFull drops the keys whose buckets have refilled: forgetting them
// changes nothing for them. If every client is still limited, it drops them
// all rather than grow without bound.
func (l *Limiter) forgetFull(now time.Time) {
	for k, full := range l.full {
		if !full.After(now) {
			delete(l.full, k)
		}
	}
	if len(l.full) >= maxKeys {
		clear(l.full)
	}
}
