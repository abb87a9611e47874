// Package events owns newsgraph's event stream: the outbox of changes that
// matter to readers (Record, written in the change's own transaction), the
// announcement of scheduled articles when their time comes (Scheduler), and
// the Stream that carries events to subscribers, replaying from a cursor
// and then live, on one process (SQLite) or many on one PostgreSQL, which
// wakes the others through LISTEN/NOTIFY.
//
// The order of events is the order of their sequence numbers (Event IDs),
// and that order is also the order in which they commit: numbers are taken
// under a transaction-scoped lock held until commit on PostgreSQL, and
// SQLite has one writer at a time. So a reader that has read every event up
// to N can never later see one below N commit, and "every event after N" is
// a complete answer at any moment.
package events

import (
	"context"
	"fmt"
	"strconv"
	"sync"

	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/ent"
)

// Channel is the PostgreSQL notification channel that carries the sequence
// number of each new event (never its content) to every node.
const Channel = "newsgraph_events"

// Record writes the event ev describes through client, which runs in tx
// (nil when the write has no transaction), numbering it under the outbox
// lock that tx then holds until it commits or rolls back. On PostgreSQL the
// other nodes are notified at commit; this process's Stream is woken after
// it.
func Record(ctx context.Context, client *ent.Client, tx *ent.Tx, ev *ent.EventCreate) (*ent.Event, error) {
	postgres := client.Dialect() == dialect.Postgres
	if postgres {
		// Held until commit: no later writer takes a number before this
		// one's event is committed or gone.
		if _, err := client.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtext('events'), 0)`); err != nil {
			return nil, fmt.Errorf("lock the outbox: %w", err)
		}
	}
	e, err := ev.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("write event: %w", err)
	}
	if postgres {
		if _, err := client.ExecContext(ctx, `SELECT pg_notify($1, $2)`, Channel, strconv.Itoa(e.ID)); err != nil {
			return nil, fmt.Errorf("notify event %d: %w", e.ID, err)
		}
	}
	if tx == nil {
		committed.wake()
		return e, nil
	}
	tx.OnCommit(func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
			err := next.Commit(ctx, tx)
			if err == nil {
				committed.wake()
			}
			return err
		})
	})
	return e, nil
}

// committed wakes this process's streams when an event it wrote commits.
var committed = newSignal()

// signal is a broadcast that many goroutines wait on and any may fire.
type signal struct {
	mu sync.Mutex
	ch chan struct{}
}

func newSignal() *signal { return &signal{ch: make(chan struct{})} }

// wait returns a channel closed by the next wake.
func (s *signal) wait() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ch
}

func (s *signal) wake() {
	s.mu.Lock()
	close(s.ch)
	s.ch = make(chan struct{})
	s.mu.Unlock()
}
