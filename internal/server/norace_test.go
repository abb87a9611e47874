//go:build !race

package server_test

// raceEnabled tells that the race detector is on.
const raceEnabled = false
