package events_test

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// wait bounds every wait of these tests; nothing waits for it unless
// something is wrong.
const wait = 30 * time.Second

func TestFilterMatch(t *testing.T) {
	cat := 7
	e := &ent.Event{Kind: event.KindARTICLE_UPDATED, ArticleID: 1, CategoryID: &cat,
		TagIds: []int{10, 11}, AuthorIds: []int{20}, PersonIds: []int{30}, OrganizationIds: []int{40}}
	for _, c := range []struct {
		name   string
		filter events.Filter
		match  bool
	}{
		{"nothing", events.Filter{}, true},
		{"its kind", events.Filter{Kinds: []event.Kind{event.KindARTICLE_PUBLISHED, event.KindARTICLE_UPDATED}}, true},
		{"another kind", events.Filter{Kinds: []event.Kind{event.KindARTICLE_PUBLISHED}}, false},
		{"its article", events.Filter{ArticleID: 1}, true},
		{"another article", events.Filter{ArticleID: 2}, false},
		{"its category among others", events.Filter{CategoryIDs: []int{6, 7}}, true},
		{"another category", events.Filter{CategoryIDs: []int{6}}, false},
		{"one of its tags", events.Filter{TagIDs: []int{11, 12}}, true},
		{"none of its tags", events.Filter{TagIDs: []int{12}}, false},
		{"its author", events.Filter{AuthorIDs: []int{20}}, true},
		{"a person it mentions", events.Filter{PersonIDs: []int{30}}, true},
		{"an organization it mentions", events.Filter{OrganizationIDs: []int{40}}, true},
		{"an organization it does not mention", events.Filter{OrganizationIDs: []int{41}}, false},
		{"every list must match", events.Filter{TagIDs: []int{10}, AuthorIDs: []int{21}}, false},
	} {
		if got := c.filter.Match(e); got != c.match {
			t.Errorf("%s: Match = %v, want %v", c.name, got, c.match)
		}
	}
	if (events.Filter{CategoryIDs: []int{7}}).Match(&ent.Event{Kind: event.KindARTICLE_DELETED}) {
		t.Error("a category filter matches an event of an article without one")
	}
}

// run starts a stream over db until t ends.
func run(t *testing.T, db *database.DB) *events.Stream {
	t.Helper()
	s := events.NewStream(db.Client, db.ListenDSN())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.Run(ctx)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	return s
}

// record writes n events in one transaction, as a change would.
func record(ctx context.Context, client *ent.Client, n int) error {
	ctx = auth.System(ctx)
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	for i := range n {
		if _, err := events.Record(ctx, tx.Client(), tx, tx.Event.Create().SetKind(event.KindARTICLE_UPDATED).SetArticleID(1).SetSlug(fmt.Sprint(i))); err != nil {
			tx.Rollback()
			return err
		}
	}
	return tx.Commit()
}

// ids is every event's sequence number after after, in order.
func ids(t *testing.T, client *ent.Client, after int) []int {
	t.Helper()
	out, err := client.Event.Query().Where(event.IDGT(after)).Order(ent.Asc(event.FieldID)).IDs(auth.System(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// receive reads n events of sub and returns their sequence numbers.
func receiveN(t *testing.T, sub *events.Subscription, n int) []int {
	t.Helper()
	got := make([]int, 0, n)
	for len(got) < n {
		select {
		case e, ok := <-sub.Events:
			if !ok {
				t.Fatalf("the subscription ended after %d of %d events: %v", len(got), n, sub.Err())
			}
			got = append(got, e.ID)
		case <-time.After(wait):
			t.Fatalf("waited %s for event %d of %d", wait, len(got)+1, n)
		}
	}
	return got
}

// Subscribers resuming at many cursors while several writers commit
// events each receive every event after their cursor, in order, once:
// the replay, the events the stream offered during it, and the live ones
// meet with no gap and no repeat.
func TestStreamResumesAtAnyCursorWhileWritersWrite(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		s := run(t, db)
		if err := record(ctx, db.Client, 5); err != nil {
			t.Fatal(err)
		}
		var writers sync.WaitGroup
		for range 4 {
			writers.Go(func() {
				for i := range 30 {
					if err := record(ctx, db.Client, 1+i%3); err != nil {
						t.Error(err)
						return
					}
				}
			})
		}
		type resumed struct {
			after int
			sub   *events.Subscription
		}
		var subs []resumed
		for len(subs) < 20 {
			// Each from a cursor somewhere in what is written so far.
			written := ids(t, db.Client, 0)
			after := written[len(subs)*len(written)/20]
			sub, err := s.Subscribe(ctx, &after, events.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			subs = append(subs, resumed{after, sub})
		}
		writers.Wait()
		for _, r := range subs {
			want := ids(t, db.Client, r.after)
			if got := receiveN(t, r.sub, len(want)); !slices.Equal(got, want) {
				t.Errorf("after %d: got %v\nwant %v", r.after, got, want)
			}
		}
	})
}

// A subscriber that falls far behind the stream (here it reads nothing
// while 1,200 events are written, more than its buffer and more than one
// read of the outbox) is not ended: it catches up from the outbox and gets
// every event once, in order, then goes on live.
func TestStreamCatchesUpASubscriberThatFallsBehind(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		s := run(t, db)
		slow, err := s.Subscribe(ctx, nil, events.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if err := record(ctx, db.Client, 1); err != nil {
			t.Fatal(err)
		}
		first := receiveN(t, slow, 1)[0]
		if err := record(ctx, db.Client, 1200); err != nil {
			t.Fatal(err)
		}
		// Not reading until the stream has handed all of them out.
		want := ids(t, db.Client, first)
		for deadline := time.Now().Add(wait); s.Head() < want[len(want)-1]; {
			if time.Now().After(deadline) {
				t.Fatal("the stream did not read the 1,200 events")
			}
			runtime.Gosched()
		}
		if got := receiveN(t, slow, len(want)); !slices.Equal(got, want) {
			t.Fatalf("after falling behind: got %d events, want %d in order", len(got), len(want))
		}
		// And it is live again.
		if err := record(ctx, db.Client, 1); err != nil {
			t.Fatal(err)
		}
		if got, want := receiveN(t, slow, 1), ids(t, db.Client, want[len(want)-1]); !slices.Equal(got, want) {
			t.Errorf("live again: got %v, want %v", got, want)
		}
	})
}
