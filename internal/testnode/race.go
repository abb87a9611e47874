//go:build race

package testnode

// raceEnabled: the tests run with the race detector, and so do the nodes.
const raceEnabled = true
