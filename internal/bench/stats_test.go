package bench

import (
	"slices"
	"testing"
	"time"
)

func TestSummarize(t *testing.T) {
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	var hundred []time.Duration
	for i := 100; i >= 1; i-- { // unsorted
		hundred = append(hundred, ms(i))
	}
	kept := slices.Clone(hundred)
	cases := []struct {
		name string
		in   []time.Duration
		want Latencies
	}{
		{"none", nil, Latencies{}},
		{"one", []time.Duration{ms(7)}, Latencies{N: 1, P50: Millis(ms(7)), P99: Millis(ms(7)), Max: Millis(ms(7))}},
		{"1..100 ms", hundred, Latencies{N: 100, P50: Millis(ms(50)), P99: Millis(ms(99)), Max: Millis(ms(100))}},
		// Nearest rank: the 99th percentile of 10 values is the 10th.
		{"ten", []time.Duration{ms(1), ms(2), ms(3), ms(4), ms(5), ms(6), ms(7), ms(8), ms(9), ms(1000)},
			Latencies{N: 10, P50: Millis(ms(5)), P99: Millis(ms(1000)), Max: Millis(ms(1000))}},
	}
	for _, c := range cases {
		if got := Summarize(c.in); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
	if !slices.Equal(hundred, kept) {
		t.Error("Summarize reordered its input")
	}
}
