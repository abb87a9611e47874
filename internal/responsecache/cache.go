// Package responsecache owns the response cache: each node keeps the
// encoded answers of anonymous GraphQL queries, keyed by the operation and
// its variables, in memory bounded in bytes, and empties it whenever what
// anonymous readers see may have changed (events.Stream.Watch: a committed
// write anywhere, an event read, the change listener lost or back). An
// answer computed before an emptying is never stored after it, so a node
// never serves an answer older than the last change it has heard of; and
// none older than MaxAge, whatever it has heard.
//
// Only answers computed for the anonymous viewer go in (the caller of the
// server decides, with access.Cacheable): a draft or any other answer for a
// token holder never does.
package responsecache

import (
	"container/list"
	"sync"
	"sync/atomic"
	"time"
)

// entryOverhead is what an entry costs beyond its body, roughly: the map
// slot, the list element, the key, the metadata.
const entryOverhead = 200

// Entry is one cached answer: the encoded response and what the server
// needs to report it as if it had run the operation.
type Entry struct {
	Body      []byte
	ETag      string
	Operation string // the metrics label of the operation
	Name      string // the operation's name, for the access log
}

func (e *Entry) size() int64 {
	return int64(len(e.Body)+len(e.ETag)+len(e.Operation)+len(e.Name)) + entryOverhead
}

type item struct {
	key     string
	entry   *Entry
	expires time.Time
}

// Cache is a least-recently-used map of answers bounded in bytes. Its zero
// value is not usable: call New.
type Cache struct {
	maxBytes int64
	maxAge   time.Duration
	trusted  func() bool

	mu      sync.Mutex
	gen     uint64 // moves on at every Invalidate; 0 stands for none
	bytes   int64
	entries map[string]*list.Element
	lru     *list.List // front: most recently used

	hits, misses, invalidations, evictions atomic.Uint64
}

// New returns a cache of at most maxBytes whose answers are served for at
// most maxAge. trusted, when not nil, tells whether the cache hears of
// every change (events.Stream.Listening): while it does not, the cache
// serves and keeps nothing.
func New(maxBytes int64, maxAge time.Duration, trusted func() bool) *Cache {
	return &Cache{maxBytes: maxBytes, maxAge: maxAge, trusted: trusted, gen: 1, entries: map[string]*list.Element{}, lru: list.New()}
}

// Get returns the answer cached under key, and the generation to Put the
// answer under when there is none: read before the answer is computed, so
// that an Invalidate during the computation keeps its result out.
func (c *Cache) Get(key string) (e *Entry, gen uint64) {
	now := time.Now()
	trusted := c.trusted == nil || c.trusted()
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[key]; ok && trusted {
		it := el.Value.(*item)
		if now.Before(it.expires) {
			c.lru.MoveToFront(el)
			c.hits.Add(1)
			return it.entry, c.gen
		}
		c.remove(el)
	}
	c.misses.Add(1)
	if !trusted {
		// An answer computed now may be older than a change not heard of.
		return nil, 0
	}
	return nil, c.gen
}

// Put keeps e under key, unless the cache was invalidated since gen was
// read (Get) or e alone is over a quarter of the cache, evicting the least
// recently used answers to stay within the bound.
func (c *Cache) Put(key string, gen uint64, e *Entry) {
	size := e.size() + int64(len(key))
	if size > c.maxBytes/4 {
		return
	}
	expires := time.Now().Add(c.maxAge)
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen || gen == 0 {
		return
	}
	if el, ok := c.entries[key]; ok {
		c.remove(el)
	}
	c.entries[key] = c.lru.PushFront(&item{key: key, entry: e, expires: expires})
	c.bytes += size
	for c.bytes > c.maxBytes {
		c.remove(c.lru.Back())
		c.evictions.Add(1)
	}
}

func (c *Cache) remove(el *list.Element) {
	it := el.Value.(*item)
	c.lru.Remove(el)
	delete(c.entries, it.key)
	c.bytes -= it.entry.size() + int64(len(it.key))
}

// Invalidate empties the cache: what anonymous readers see may have
// changed. Answers being computed when it runs are not stored.
func (c *Cache) Invalidate() {
	c.mu.Lock()
	c.gen++
	clear(c.entries)
	c.lru.Init()
	c.bytes = 0
	c.mu.Unlock()
	c.invalidations.Add(1)
}

// Stats are the cache's figures for /metrics.
type Stats struct {
	Hits, Misses, Invalidations, Evictions uint64
	Bytes, MaxBytes                        int64
	Entries                                int
}

// Stats reads the cache's figures.
func (c *Cache) Stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return Stats{
		Hits: c.hits.Load(), Misses: c.misses.Load(), Invalidations: c.invalidations.Load(), Evictions: c.evictions.Load(),
		Bytes: c.bytes, MaxBytes: c.maxBytes, Entries: len(c.entries),
	}
}
