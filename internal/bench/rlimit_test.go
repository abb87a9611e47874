//go:build linux || darwin

package bench

import (
	"syscall"
	"testing"
)

// The soft limit ends at least at the hard one, and what is returned is
// the limit in force.
func TestRaiseOpenFiles(t *testing.T) {
	var before syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &before); err != nil {
		t.Fatal(err)
	}
	got, err := RaiseOpenFiles(64)
	if err != nil {
		t.Fatal(err)
	}
	var after syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &after); err != nil {
		t.Fatal(err)
	}
	if got != after.Cur || got < before.Max || got < 64 {
		t.Errorf("RaiseOpenFiles = %d; limits before %+v, after %+v", got, before, after)
	}
}
