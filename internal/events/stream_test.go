package events_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// startStream runs a stream over db until the test ends.
func startStream(t *testing.T, db *database.DB) *events.Stream {
	t.Helper()
	s := events.NewStream(db.Client, db.ListenDSN())
	runCtx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.Run(runCtx)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	return s
}

// publish writes one ARTICLE_PUBLISHED event in a transaction that goes on
// working for a while after the event (up to 20 ms on PostgreSQL, where
// transactions run side by side), so that transactions that took later
// sequence numbers would commit first if nothing kept them in order.
func publish(t *testing.T, c *ent.Client, title string) error {
	return inTx(t, c, func(tx *ent.Client) error {
		if _, err := tx.Article.Create().SetTitle(title).SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now()).Save(ctx); err != nil {
			return err
		}
		if tx.Dialect() == dialect.Postgres {
			if _, err := tx.ExecContext(ctx, `SELECT pg_sleep(random() * 0.02)`); err != nil {
				return err
			}
		}
		_, err := tx.Tag.Create().SetName(title).Save(ctx)
		return err
	})
}

// TestResumingReaderMissesNothing has many writers commit events at once
// while a subscriber replays from the start, goes live, drops its
// connection every few events and resumes from the last cursor it got:
// in the end it has received every event exactly once, in order.
func TestResumingReaderMissesNothing(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		s := startStream(t, db)
		const writers, each = 8, 25
		var wg sync.WaitGroup
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range each {
					// Titles apart in their slugs' roots: slugs that could
					// collide would make the writers take turns.
					if err := publish(t, c, fmt.Sprintf("Bài w%d n%d", w, i)); err != nil {
						t.Errorf("writer %d: %v", w, err)
						return
					}
				}
			}()
		}
		writing := make(chan struct{})
		go func() { wg.Wait(); close(writing) }()

		var got []int
		cursor := 0
		deadline := time.Now().Add(60 * time.Second)
		for round, idle := 0, false; !idle; round++ {
			subCtx, cancel := context.WithCancel(ctx)
			sub, err := s.Subscribe(subCtx, &cursor, events.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			// Take a few events, then drop the connection; once the
			// writers are done, a subscription that gets nothing more
			// ends the test.
			for range 3 + round%5 {
				e, ok := receive(t, sub, writing, deadline)
				if !ok {
					idle = true
					break
				}
				got = append(got, e.ID)
				cursor = e.ID
			}
			cancel()
		}
		all := c.Event.Query().Order(ent.Asc(event.FieldID)).IDsX(ctx)
		if len(all) != writers*each {
			t.Fatalf("%d events written, want %d", len(all), writers*each)
		}
		if fmt.Sprint(got) != fmt.Sprint(all) {
			t.Errorf("received %d events %v\nwant the %d written %v", len(got), got, len(all), all)
		}
	})
}

// receive waits for sub's next event; false when none came while the
// writers were done and the stream had nothing more.
func receive(t *testing.T, sub *events.Subscription, writing <-chan struct{}, deadline time.Time) (*events.Event, bool) {
	t.Helper()
	idle := time.NewTimer(time.Until(deadline))
	defer idle.Stop()
	for {
		select {
		case e, ok := <-sub.Events:
			if !ok {
				t.Fatalf("the subscription ended: %v", sub.Err())
			}
			return e, true
		case <-writing:
			// Done writing: whatever is left is in the outbox already;
			// wait for it only as long as the stream needs to read it.
			writing = nil
			idle.Reset(2 * time.Second)
		case <-idle.C:
			if writing != nil {
				t.Fatalf("no event before the deadline")
			}
			return nil, false
		}
	}
}

// TestLiveSubscriberSeesCommitOrder checks the live path alone: a
// subscriber from "now" gets every event written after it subscribed, in
// sequence order, filtered by its filter.
func TestLiveSubscriberSeesCommitOrder(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		s := startStream(t, db)
		tag := c.Tag.Create().SetName("Giáo dục").SaveX(ctx)
		all, err := s.Subscribe(ctx, nil, events.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		tagged, err := s.Subscribe(ctx, nil, events.Filter{TagIDs: []int{tag.ID}})
		if err != nil {
			t.Fatal(err)
		}
		if err := publish(t, c, "Không gắn thẻ"); err != nil {
			t.Fatal(err)
		}
		a := c.Article.Create().SetTitle("Có thẻ").SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now()).AddTagIDs(tag.ID).SaveX(ctx)
		deadline := time.Now().Add(20 * time.Second)
		first, _ := receive(t, all, nil, deadline)
		second, _ := receive(t, all, nil, deadline)
		if first.ID >= second.ID || second.ArticleID != a.ID {
			t.Errorf("all: events %d then %d (article %d), want increasing and the second about %d", first.ID, second.ID, second.ArticleID, a.ID)
		}
		if e, _ := receive(t, tagged, nil, deadline); e.ID != second.ID {
			t.Errorf("tagged: event %d, want %d", e.ID, second.ID)
		}
	})
}
