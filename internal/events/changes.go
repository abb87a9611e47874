package events

import (
	"context"
	"log/slog"
	"sync"

	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/feedback"
)

// ChangesChannel is the PostgreSQL notification channel on which every
// committed write that anonymous readers may see is announced, with an
// empty payload: a change notice. Events tell subscribers what happened to
// articles; change notices only tell each node that something it may have
// cached (an answer naming a person, an organization, an award, a tag…)
// may be out of date. They are not outbox rows: subscribers and webhooks
// never see them.
const ChangesChannel = "newsgraph_changes"

// unseen are the types whose rows no anonymous reader sees, even in part
// (internal/access): writing them changes no public answer, and tokens'
// lastUsedAt or webhook deliveries, written all the time, must not empty
// every node's cache.
var unseen = map[string]bool{
	ent.TypeApiToken:        true,
	ent.TypeWebhookEndpoint: true,
	ent.TypeWebhookDelivery: true,
	ent.TypeWebhookAttempt:  true,
	ent.TypeRevision:        true,
	ent.TypeStoryImport:     true,
}

// unseenWrite reports whether no anonymous reader can see what m changed.
// Readers' feedback comes in PENDING, which they do not see until an
// editor approves it (a write that counts): anonymous callers, who write
// nothing else, cannot empty every node's cache by submitting feedback.
func unseenWrite(m ent.Mutation) bool {
	if unseen[m.Type()] {
		return true
	}
	if f, ok := m.(*ent.FeedbackMutation); ok && m.Op().Is(ent.OpCreate) {
		status, _ := f.Status()
		return status == feedback.StatusPENDING
	}
	return false
}

// TrackChanges makes every write through client (and the transactions it
// opens) to a type anonymous readers may see send a change notice when it
// commits: inside the transaction on PostgreSQL (pg_notify, which
// PostgreSQL delivers to every node at commit, and only then), once per
// transaction; and to this process's streams (Stream.Watch) right after
// the commit, before the writer's request is answered. A write outside a
// transaction has committed when ent returns, and announces itself then.
func TrackChanges(client *ent.Client) {
	postgres := client.Dialect() == dialect.Postgres
	client.Use(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			v, err := next.Mutate(ctx, m)
			if err != nil || unseenWrite(m) {
				return v, err
			}
			if inTx, ok := m.(interface{ Tx() (*ent.Tx, error) }); ok {
				if tx, err := inTx.Tx(); err == nil {
					tx.OnCommit(noticeAtCommit(postgres))
					return v, nil
				}
			}
			if postgres {
				if c, ok := m.(interface{ Client() *ent.Client }); ok {
					notice(ctx, c.Client())
				}
			}
			changedHere()
			return v, nil
		})
	})
}

// announcing holds the transactions whose commit is sending their change
// notice: every write of a transaction adds a commit hook, and the
// outermost, which runs first, sends the one notice for all of them.
var announcing sync.Map // *ent.Tx → struct{}

func noticeAtCommit(postgres bool) ent.CommitHook {
	return func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
			if _, sent := announcing.LoadOrStore(tx, struct{}{}); sent {
				return next.Commit(ctx, tx)
			}
			defer announcing.Delete(tx)
			if postgres {
				// In the transaction: delivered when it commits, never if
				// it does not.
				if _, err := tx.ExecContext(ctx, `SELECT pg_notify($1, '')`, ChangesChannel); err != nil {
					return err
				}
			}
			if err := next.Commit(ctx, tx); err != nil {
				return err
			}
			changedHere()
			return nil
		})
	}
}

// notice sends a change notice now, for a write that has committed
// already. It cannot fail the write: a notice that does not go out leaves
// other nodes' caches to their age limit, which the log says.
func notice(ctx context.Context, c *ent.Client) {
	if _, err := c.ExecContext(ctx, `SELECT pg_notify($1, '')`, ChangesChannel); err != nil {
		slog.WarnContext(ctx, "send a change notice", "err", err)
	}
}

// watching are this process's streams, which hear of its own commits
// directly.
var watching sync.Map // *Stream → struct{}

// changedHere tells this process's streams that a write committed.
func changedHere() {
	watching.Range(func(s, _ any) bool {
		s.(*Stream).changed()
		return true
	})
}

// Watch calls f each time what anonymous readers see may have changed:
// right after a write of this process commits (TrackChanges), on a change
// notice from another node, when the stream reads new events, and when its
// PostgreSQL listener connects again or loses its connection. f must be
// quick and must not block: it runs on the writer's or the stream's way.
func (s *Stream) Watch(f func()) {
	s.mu.Lock()
	s.watchers = append(s.watchers, f)
	s.mu.Unlock()
	watching.Store(s, struct{}{})
}

// changed calls the watchers.
func (s *Stream) changed() {
	s.mu.Lock()
	ws := s.watchers
	s.mu.Unlock()
	for _, f := range ws {
		f()
	}
}

// Listening reports whether the stream hears of every change as it
// commits: on SQLite (one process) always; on PostgreSQL while its listener
// is connected and listening, which a cache must check before it trusts
// what it holds.
func (s *Stream) Listening() bool {
	return s.dsn == "" || s.listening.Load()
}
