// Package ratelimit owns newsgraph's limits on how often one client may do
// something: an in-memory token bucket per key (a client address). Limits
// are per process; behind a load balancer each API node keeps its own, so
// the effective limit is at most the per-node limit times the node count.
package ratelimit

import (
	"math"
	"sync"
	"time"
)

// maxKeys bounds the memory a flood of distinct clients can take: past it,
// buckets that have refilled (clients that went quiet) are forgotten.
const maxKeys = 100_000

// Limiter allows each key a burst of actions, then one more per interval.
type Limiter struct {
	interval time.Duration
	burst    float64
	now      func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
}

// bucket holds a key's tokens as of a time; it refills lazily on use.
type bucket struct {
	tokens float64
	at     time.Time
}

// New returns a Limiter that allows burst actions at once per key and one
// more every interval after that.
func New(interval time.Duration, burst int) *Limiter {
	return &Limiter{interval: interval, burst: float64(burst), now: time.Now, buckets: map[string]*bucket{}}
}

// WithClock makes l read the time from now; for tests.
func (l *Limiter) WithClock(now func() time.Time) *Limiter {
	l.now = now
	return l
}

// Allow takes a token from key's bucket. When there is none it reports false
// and how long until there is one.
func (l *Limiter) Allow(key string) (ok bool, retryAfter time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) >= maxKeys {
			l.forgetFull(now)
		}
		b = &bucket{tokens: l.burst, at: now}
		l.buckets[key] = b
	}
	b.tokens = l.refilled(b, now)
	b.at = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	wait := time.Duration(math.Ceil((1 - b.tokens) * float64(l.interval)))
	return false, wait
}

// refilled is b's token count at now.
func (l *Limiter) refilled(b *bucket, now time.Time) float64 {
	elapsed := now.Sub(b.at)
	if elapsed <= 0 {
		return b.tokens
	}
	return min(l.burst, b.tokens+float64(elapsed)/float64(l.interval))
}

// forgetFull drops the buckets that have refilled: forgetting them changes
// nothing for their keys. If every client is still limited, it drops them
// all rather than grow without bound.
func (l *Limiter) forgetFull(now time.Time) {
	for k, b := range l.buckets {
		if l.refilled(b, now) >= l.burst {
			delete(l.buckets, k)
		}
	}
	if len(l.buckets) >= maxKeys {
		clear(l.buckets)
	}
}
