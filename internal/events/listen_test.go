package events_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// On PostgreSQL a stream hears of other nodes' events through
// notifications, and after losing its listener's connection reads what
// was written meanwhile. The events here are written straight into the
// outbox, as another process would, so that nothing in this process wakes
// the stream; both waits end well before its fallback poll (10 s).
func TestStreamHearsOtherNodes(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if db.ListenDSN() == "" {
			t.Skip("one process on SQLite: nothing to listen to")
		}
		s := startStream(t, db)
		sub, err := s.Subscribe(ctx, nil, events.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		write := func(title string) int {
			t.Helper()
			e := db.Client.Event.Create().SetKind(event.KindARTICLE_PUBLISHED).SetArticleID(1).SetTitle(title).SaveX(ctx)
			return e.ID
		}
		expect := func(id int, within time.Duration) {
			t.Helper()
			select {
			case e := <-sub.Events:
				if e.ID != id {
					t.Fatalf("received event %d, want %d", e.ID, id)
				}
			case <-time.After(within):
				t.Fatalf("event %d not received within %v", id, within)
			}
		}

		id := write("notified")
		if _, err := db.SQL.ExecContext(ctx, `SELECT pg_notify($1, $2)`, events.Channel, "0"); err != nil {
			t.Fatal(err)
		}
		expect(id, 5*time.Second)

		// An event whose notification was lost (written with none here)
		// is read when the listener's connection dies and comes back.
		// It is written before the connection is ended, not after: a
		// listener back before a later write committed would wait for a
		// notification this test never sends.
		missed := write("its notification was lost")
		var ended int
		if err := db.SQL.QueryRowContext(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
			WHERE datname = current_database() AND query LIKE 'LISTEN%'`).Scan(&ended); err != nil || ended != 1 {
			t.Fatalf("ended %d listener connections (%v), want 1", ended, err)
		}
		expect(missed, 5*time.Second)
	})
}
