//go:build race

package server_test

// raceEnabled tells that the race detector is on. It makes a growing
// bytes.Buffer allocate twice as much (append(s, make(…)...) is no longer
// one allocation), so the bound on an upload's allocations, which the
// gate's buffer dominates, is not checked under it.
const raceEnabled = true
