package responsecache_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/responsecache"
)

func entry(body string) *responsecache.Entry {
	return &responsecache.Entry{Body: []byte(body), ETag: `"e"`, Operation: "Feed", Name: "Feed"}
}

func TestServesWhatItKeeps(t *testing.T) {
	c := responsecache.New(1<<20, time.Hour, nil)
	e, gen := c.Get("a")
	if e != nil || gen == 0 {
		t.Fatalf("empty cache: %v, generation %d", e, gen)
	}
	c.Put("a", gen, entry(`{"data":1}`))
	if e, _ := c.Get("a"); e == nil || string(e.Body) != `{"data":1}` {
		t.Fatalf("after Put: %+v", e)
	}
	if s := c.Stats(); s.Hits != 1 || s.Misses != 1 || s.Entries != 1 || s.Bytes <= 0 {
		t.Errorf("stats: %+v", s)
	}
}

// An answer computed before an invalidation never goes in after it: it
// may show what the change changed.
func TestInvalidateKeepsOutAnswersComputedBefore(t *testing.T) {
	c := responsecache.New(1<<20, time.Hour, nil)
	_, gen := c.Get("a")
	c.Put("b", gen, entry("b"))
	c.Invalidate()
	c.Put("a", gen, entry("stale"))
	for _, k := range []string{"a", "b"} {
		if e, _ := c.Get(k); e != nil {
			t.Errorf("%s served after Invalidate: %s", k, e.Body)
		}
	}
	if s := c.Stats(); s.Invalidations != 1 || s.Entries != 0 || s.Bytes != 0 {
		t.Errorf("stats: %+v", s)
	}
	_, gen = c.Get("a")
	c.Put("a", gen, entry("fresh"))
	if e, _ := c.Get("a"); e == nil || string(e.Body) != "fresh" {
		t.Errorf("after a new Get: %+v", e)
	}
}

// The size bound holds: the least recently used answers go first, and an
// answer too large for the cache is not kept at all.
func TestSizeBoundEvicts(t *testing.T) {
	const max = 10_000
	c := responsecache.New(max, time.Hour, nil)
	body := strings.Repeat("x", 1000)
	for i := range 20 {
		k := fmt.Sprint(i)
		_, gen := c.Get(k)
		c.Put(k, gen, entry(body))
		c.Get("0") // kept in use
		if s := c.Stats(); s.Bytes > max {
			t.Fatalf("after %d answers: %d bytes, over %d", i+1, s.Bytes, max)
		}
	}
	s := c.Stats()
	if s.Evictions == 0 || s.Entries >= 20 {
		t.Fatalf("nothing evicted: %+v", s)
	}
	if e, _ := c.Get("0"); e == nil {
		t.Error("the answer in use was evicted")
	}
	if e, _ := c.Get("1"); e != nil {
		t.Error("the least recently used answer is still there")
	}
	if e, _ := c.Get("19"); e == nil {
		t.Error("the newest answer was evicted")
	}
	_, gen := c.Get("big")
	c.Put("big", gen, entry(strings.Repeat("y", max/2)))
	if e, _ := c.Get("big"); e != nil {
		t.Error("an answer of half the cache was kept")
	}
}

func TestMaxAge(t *testing.T) {
	c := responsecache.New(1<<20, time.Nanosecond, nil)
	_, gen := c.Get("a")
	c.Put("a", gen, entry("a")) // expires a nanosecond later, before the Get
	if e, _ := c.Get("a"); e != nil {
		t.Error("served past its age")
	}
}

// While the cache does not hear of every change, it serves and keeps
// nothing: it could not know what is stale.
func TestUntrustedServesNothing(t *testing.T) {
	trusted := true
	c := responsecache.New(1<<20, time.Hour, func() bool { return trusted })
	_, gen := c.Get("a")
	c.Put("a", gen, entry("a"))
	trusted = false
	if e, _ := c.Get("a"); e != nil {
		t.Error("served while not trusted")
	}
	_, gen = c.Get("b")
	c.Put("b", gen, entry("b"))
	trusted = true
	if e, _ := c.Get("b"); e != nil {
		t.Error("kept an answer computed while not trusted")
	}
}
