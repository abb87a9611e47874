package main

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// rssFile is the process's resident memory mapped from files, in kB.
func rssFile(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "RssFile:"); ok {
			n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatal("no RssFile in /proc/self/status")
	return 0
}

// After the start, the server gives back the pages of its binary mapped so
// far; the test goes on running (its code is mapped again as it runs).
func TestReleaseStartupCodeShrinksRssFile(t *testing.T) {
	before := rssFile(t)
	if n := releaseStartupCode(); n < 1<<20 {
		t.Fatalf("went over %d bytes of the binary's read-only mappings, want its code (megabytes)", n)
	}
	after := rssFile(t)
	if after > before/2 {
		t.Errorf("RssFile %d kB before, %d kB after: want it at least halved", before, after)
	}
	t.Logf("RssFile %d kB -> %d kB", before, after)
}
