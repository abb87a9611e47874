package bench

import (
	"slices"
	"time"
)

// Latencies summarises a set of durations.
type Latencies struct {
	N   int    `json:"n"`
	P50 Millis `json:"p50Ms"`
	P99 Millis `json:"p99Ms"`
	Max Millis `json:"maxMs"`
}

// Summarize returns the count, median, 99th percentile (nearest rank) and
// maximum of d, which it leaves as it is.
func Summarize(d []time.Duration) Latencies {
	if len(d) == 0 {
		return Latencies{}
	}
	sorted := slices.Clone(d)
	slices.Sort(sorted)
	return Latencies{
		N:   len(sorted),
		P50: Millis(percentile(sorted, 0.50)),
		P99: Millis(percentile(sorted, 0.99)),
		Max: Millis(sorted[len(sorted)-1]),
	}
}
