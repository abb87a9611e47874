package ratelimit

import (
	"fmt"
	"testing"
	"time"
)

// clock is a time tests move by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestAllow(t *testing.T) {
	c := &clock{t: time.Date(2024, 7, 3, 8, 0, 0, 0, time.UTC)}
	l := New(time.Minute, 3).WithClock(c.now)

	for i := range 3 {
		if ok, _ := l.Allow("a"); !ok {
			t.Fatalf("action %d of the burst refused", i+1)
		}
	}
	ok, wait := l.Allow("a")
	if ok || wait != time.Minute {
		t.Fatalf("after the burst: ok=%v wait=%v, want refused for 1m", ok, wait)
	}
	if ok, _ := l.Allow("b"); !ok {
		t.Fatal("another key is limited by a's actions")
	}

	c.advance(20 * time.Second)
	if ok, wait := l.Allow("a"); ok || wait != 40*time.Second {
		t.Fatalf("20s later: ok=%v wait=%v, want refused for 40s", ok, wait)
	}
	c.advance(40 * time.Second)
	if ok, _ := l.Allow("a"); !ok {
		t.Fatal("a minute later: refused")
	}
	if ok, _ := l.Allow("a"); ok {
		t.Fatal("one token a minute, two taken")
	}

	// A long rest refills the burst and no more.
	c.advance(time.Hour)
	for i := range 3 {
		if ok, _ := l.Allow("a"); !ok {
			t.Fatalf("after an hour, action %d refused", i+1)
		}
	}
	if ok, _ := l.Allow("a"); ok {
		t.Fatal("the bucket held more than the burst")
	}
}

func TestForgetsQuietClients(t *testing.T) {
	c := &clock{t: time.Date(2024, 7, 3, 8, 0, 0, 0, time.UTC)}
	l := New(time.Minute, 2).WithClock(c.now)
	for i := range maxKeys {
		l.Allow(fmt.Sprint(i))
	}
	l.Allow("limited")
	l.Allow("limited")
	c.advance(time.Minute) // the others have refilled; "limited" has not
	l.Allow("new")
	if n := len(l.full); n != 2 {
		t.Fatalf("%d buckets kept, want the limited one and the new one", n)
	}
	if ok, _ := l.Allow("limited"); !ok {
		t.Fatal("limited has one token back after a minute")
	}
	if ok, _ := l.Allow("limited"); ok {
		t.Fatal("forgetting quiet clients reset a limited one")
	}
}

// BenchmarkAllow: one check per submitFeedback, over many client addresses.
func BenchmarkAllow(b *testing.B) {
	l := New(time.Minute, 5)
	keys := make([]string, 1024)
	for i := range keys {
		keys[i] = fmt.Sprintf("203.0.113.%d", i)
	}
	for i := 0; b.Loop(); i++ {
		l.Allow(keys[i%len(keys)])
	}
}
