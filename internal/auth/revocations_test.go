package auth_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// One check asks about every token in use with one statement, however many
// connections bear them, and ends exactly the connections of the tokens
// revoked or deleted since; a stopped watch is never ended.
func TestRevocationsCheckOnceForAllConnections(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		var tokenQueries atomic.Int64
		db.Client.Intercept(ent.InterceptFunc(func(next ent.Querier) ent.Querier {
			return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
				if _, ok := q.(*ent.ApiTokenQuery); ok {
					tokenQueries.Add(1)
				}
				return next.Query(ctx, q)
			})
		}))
		token := func(name string) int {
			tok, _, err := auth.CreateToken(ctx, db.Client, name, auth.Viewer)
			if err != nil {
				t.Fatal(err)
			}
			return tok.ID
		}
		kept, revoked, deleted, stopped := token("kept"), token("revoked"), token("deleted"), token("stopped")

		// The goroutine would check on its own only in an hour: the test
		// checks when it wants.
		rev := auth.NewRevocations(db.Client, time.Hour)
		ended := map[int]*atomic.Int64{}
		for _, id := range []int{kept, revoked, deleted, stopped} {
			ended[id] = &atomic.Int64{}
		}
		const perToken = 50
		var stops []func()
		for range perToken {
			for _, id := range []int{kept, revoked, deleted, stopped} {
				n := ended[id]
				stop := rev.Watch(id, func() { n.Add(1) })
				if id == stopped {
					stops = append(stops, stop)
				}
			}
		}

		before := tokenQueries.Load()
		if err := rev.Check(ctx); err != nil {
			t.Fatal(err)
		}
		if n := tokenQueries.Load() - before; n != 1 {
			t.Errorf("a check of %d connections on 4 tokens ran %d token queries, want 1", 4*perToken, n)
		}
		for id, n := range ended {
			if n.Load() != 0 {
				t.Errorf("token %d: %d connections ended while no token was revoked", id, n.Load())
			}
		}

		if _, err := auth.RevokeToken(ctx, db.Client, revoked); err != nil {
			t.Fatal(err)
		}
		if err := db.Client.ApiToken.DeleteOneID(deleted).Exec(auth.System(ctx)); err != nil {
			t.Fatal(err)
		}
		if err := db.Client.ApiToken.DeleteOneID(stopped).Exec(auth.System(ctx)); err != nil {
			t.Fatal(err)
		}
		for _, stop := range stops {
			stop()
		}
		before = tokenQueries.Load()
		if err := rev.Check(ctx); err != nil {
			t.Fatal(err)
		}
		if n := tokenQueries.Load() - before; n != 1 {
			t.Errorf("the second check ran %d token queries, want 1", n)
		}
		for id, want := range map[int]int64{kept: 0, revoked: perToken, deleted: perToken, stopped: 0} {
			if got := ended[id].Load(); got != want {
				t.Errorf("token %d: %d connections ended, want %d", id, got, want)
			}
		}

		// Ended watches are forgotten: the next check ends nothing twice.
		if err := rev.Check(ctx); err != nil {
			t.Fatal(err)
		}
		if got := ended[revoked].Load(); got != perToken {
			t.Errorf("a revoked token's connections ended %d times, want %d once each", got, perToken)
		}
	})
}

// The watcher's own goroutine finds a revocation within its interval.
func TestRevocationsEndConnectionsOnTheirOwn(t *testing.T) {
	db := testdb.Engines()[0].Open(t)
	ctx := context.Background()
	tok, _, err := auth.CreateToken(ctx, db.Client, "desk", auth.Editor)
	if err != nil {
		t.Fatal(err)
	}
	rev := auth.NewRevocations(db.Client, 20*time.Millisecond)
	ended := make(chan struct{})
	stop := rev.Watch(tok.ID, func() { close(ended) })
	defer stop()
	if _, err := auth.RevokeToken(ctx, db.Client, tok.ID); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ended:
	case <-time.After(10 * time.Second):
		t.Fatal("the connection of a revoked token was not ended")
	}
}
