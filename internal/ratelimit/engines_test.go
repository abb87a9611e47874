package ratelimit_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/ratelimit"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

var ctx = context.Background()

// testClock is a time tests move by hand, shared by the nodes of a test.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// nodeLimit is the limit one node keeps on db's engine, as serve chooses
// it: in the database on PostgreSQL, in memory on SQLite.
func nodeLimit(t *testing.T, db *database.DB, c *testClock, interval time.Duration, burst int) ratelimit.Limit {
	t.Helper()
	if db.Dialect != dialect.Postgres {
		return ratelimit.New(interval, burst).WithClock(c.now)
	}
	l, err := ratelimit.NewShared(ctx, db.SQL, "test", interval, burst)
	if err != nil {
		t.Fatal(err)
	}
	return l.WithClock(c.now)
}

// take is one attempt in a scenario: after advance, node takes a token for
// key, and is answered ok, or refused for wait.
type take struct {
	advance time.Duration
	node    int
	key     string
	ok      bool
	wait    time.Duration
}

func run(t *testing.T, nodes []ratelimit.Limit, c *testClock, steps []take) {
	t.Helper()
	for i, s := range steps {
		c.advance(s.advance)
		ok, wait, err := nodes[s.node].Take(ctx, s.key)
		if err != nil {
			t.Fatalf("step %d: %v", i+1, err)
		}
		if ok != s.ok || wait != s.wait {
			t.Fatalf("step %d (node %d, key %s, after %s): ok=%v wait=%v, want ok=%v wait=%v", i+1, s.node, s.key, s.advance, ok, wait, s.ok, s.wait)
		}
	}
}

// One node answers alike on every engine: a burst of 3, then one a minute.
func TestTakeOnEveryEngine(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := &testClock{t: time.Date(2024, 7, 3, 8, 0, 0, 0, time.UTC)}
		node := nodeLimit(t, db, c, time.Minute, 3)
		run(t, []ratelimit.Limit{node}, c, []take{
			{key: "a", ok: true},
			{key: "a", ok: true},
			{key: "a", ok: true},
			{key: "a", wait: time.Minute},
			{key: "b", ok: true}, // another key is not limited by a's actions
			{advance: 20 * time.Second, key: "a", wait: 40 * time.Second},
			{advance: 40 * time.Second, key: "a", ok: true},
			{key: "a", wait: time.Minute},                   // one token a minute
			{advance: 90 * time.Second, key: "a", ok: true}, // a token and a half back
			{key: "a", wait: 30 * time.Second},
			// A long rest refills the burst and no more.
			{advance: time.Hour, key: "a", ok: true},
			{key: "a", ok: true},
			{key: "a", ok: true},
			{key: "a", wait: time.Minute},
		})
	})
}

// Two nodes on one database: on PostgreSQL a burst spent on one is spent
// on the other; on SQLite (one process) each node keeps its own.
func TestTakeAcrossNodes(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := &testClock{t: time.Date(2024, 7, 3, 8, 0, 0, 0, time.UTC)}
		nodes := []ratelimit.Limit{nodeLimit(t, db, c, time.Minute, 3), nodeLimit(t, db, c, time.Minute, 3)}
		shared := db.Dialect == dialect.Postgres
		steps := []take{
			{node: 0, key: "a", ok: true},
			{node: 1, key: "a", ok: true},
			{node: 0, key: "a", ok: true},
		}
		if shared {
			steps = append(steps,
				take{node: 1, key: "a", wait: time.Minute},
				take{node: 0, key: "a", wait: time.Minute},
				take{advance: time.Minute, node: 1, key: "a", ok: true},
				take{node: 0, key: "a", wait: time.Minute})
		} else {
			// node 0 has taken two, node 1 one.
			steps = append(steps,
				take{node: 1, key: "a", ok: true},
				take{node: 1, key: "a", ok: true},
				take{node: 1, key: "a", wait: time.Minute})
		}
		run(t, nodes, c, steps)
	})
}

// Attempts at once from two nodes take one token each, never more than
// the burst.
func TestTakeAtOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := &testClock{t: time.Date(2024, 7, 3, 8, 0, 0, 0, time.UTC)}
		const burst, attempts = 5, 40
		nodes := []ratelimit.Limit{nodeLimit(t, db, c, time.Minute, burst)}
		if db.Dialect == dialect.Postgres {
			nodes = append(nodes, nodeLimit(t, db, c, time.Minute, burst))
		}
		var taken atomic.Int32
		var wg sync.WaitGroup
		errs := make(chan error, attempts)
		for i := range attempts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok, _, err := nodes[i%len(nodes)].Take(ctx, "203.0.113.7")
				if err != nil {
					errs <- err
				}
				if ok {
					taken.Add(1)
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		if n := taken.Load(); n != burst {
			t.Fatalf("%d of %d attempts at once taken, want the burst, %d", n, attempts, burst)
		}
	})
}

// Buckets that have refilled are deleted (forgetting them changes
// nothing); a client still limited stays limited.
func TestSharedForgetsQuietClients(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if db.Dialect != dialect.Postgres {
			t.Skip("in memory on SQLite: TestForgetsQuietClients")
		}
		c := &testClock{t: time.Date(2024, 7, 3, 8, 0, 0, 0, time.UTC)}
		a := nodeLimit(t, db, c, time.Minute, 2)
		for i := range 50 {
			a.Take(ctx, fmt.Sprint("quiet ", i))
		}
		a.Take(ctx, "limited")
		a.Take(ctx, "limited")
		rows := func() (n int) {
			if err := db.SQL.QueryRow(`SELECT count(*) FROM rate_limits`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}
		if n := rows(); n != 51 {
			t.Fatalf("%d rows, want 51", n)
		}
		c.advance(time.Minute)                   // the others have refilled; "limited" has not
		b := nodeLimit(t, db, c, time.Minute, 2) // a node's first take prunes
		run(t, []ratelimit.Limit{b}, c, []take{{key: "new", ok: true}})
		if n := rows(); n != 2 {
			t.Fatalf("%d rows kept, want the limited one and the new one", n)
		}
		run(t, []ratelimit.Limit{b}, c, []take{
			{key: "limited", ok: true}, // one token back after a minute
			{key: "limited", wait: time.Minute},
		})
	})
}

// The database's own clock, without WithClock: a burst, then a refusal of
// about the interval.
func TestSharedOnTheDatabaseClock(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if db.Dialect != dialect.Postgres {
			t.Skip("PostgreSQL only")
		}
		l, err := ratelimit.NewShared(ctx, db.SQL, "test", time.Hour, 2)
		if err != nil {
			t.Fatal(err)
		}
		for i := range 2 {
			if ok, _, err := l.Take(ctx, "a"); !ok || err != nil {
				t.Fatalf("take %d: %v %v", i+1, ok, err)
			}
		}
		ok, wait, err := l.Take(ctx, "a")
		if ok || err != nil || wait <= 59*time.Minute || wait > time.Hour {
			t.Fatalf("after the burst: ok=%v wait=%v err=%v, want refused for about an hour", ok, wait, err)
		}
	})
}
