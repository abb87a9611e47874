package ratelimit

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Shared is a Limit kept in PostgreSQL, so that it holds per key across
// every node on the database: a client that spends its burst on one node
// is refused by the others. Each Take is one statement, an INSERT … ON
// CONFLICT DO UPDATE of the key's row, which PostgreSQL runs atomically
// (the row is locked while it is updated), so attempts from several nodes
// at once take one token each and never more than the bucket holds.
//
// The rule is Limiter's: one time per key, when its bucket is full again,
// in whole microseconds, read from the database's clock so that the
// nodes' clocks need not agree. Rows of buckets that have refilled are
// deleted now and then: forgetting them changes nothing.
type Shared struct {
	db       *sql.DB
	name     string // this limit's rows in the table: "feedback"
	interval time.Duration
	burst    int
	now      func() time.Time // nil: the database's clock

	mu         sync.Mutex
	lastPruned time.Time // this process's clock
}

// sharedTable is the table of every shared limit's buckets: one row per
// limit and key. It is not part of the content model (ent/schema): its rows
// are short-lived counters, not content, and are neither exported nor
// restored. full_at and seen_at are microseconds since the Unix epoch.
const sharedTable = `CREATE TABLE IF NOT EXISTS rate_limits (
	name text NOT NULL,
	key text NOT NULL,
	full_at bigint NOT NULL,
	seen_at bigint NOT NULL,
	allowed boolean NOT NULL,
	PRIMARY KEY (name, key)
)`

// dbNow is the database's clock in microseconds since the Unix epoch.
const dbNow = `(extract(epoch FROM clock_timestamp()) * 1000000)::bigint`

// takeSQL takes a token from the bucket of limit $1 and key $2, whose
// interval is $3 microseconds and whose burst allows the bucket to be
// short of $5 microseconds' worth of tokens before a new one does not fit
// ((burst-1) × interval), at the time $4 (NULL: the database's clock). It
// answers whether the token was taken and, when it was not, how many
// microseconds until one is there. A key never seen, or forgotten, starts
// with a full bucket and takes one token.
const takeSQL = `INSERT INTO rate_limits AS b (name, key, seen_at, full_at, allowed)
SELECT $1, $2, t.now, t.now + $3, true
FROM (SELECT COALESCE($4::bigint, ` + dbNow + `) AS now) AS t
ON CONFLICT (name, key) DO UPDATE SET
	seen_at = EXCLUDED.seen_at,
	allowed = GREATEST(b.full_at, EXCLUDED.seen_at) - EXCLUDED.seen_at <= $5,
	full_at = CASE WHEN GREATEST(b.full_at, EXCLUDED.seen_at) - EXCLUDED.seen_at <= $5
		THEN GREATEST(b.full_at, EXCLUDED.seen_at) + $3
		ELSE b.full_at END
RETURNING allowed, full_at - seen_at - $5`

// pruneSQL deletes the rows of buckets that are full again at time $1
// (NULL: the database's clock), whatever their limit.
const pruneSQL = `DELETE FROM rate_limits WHERE full_at <= COALESCE($1::bigint, ` + dbNow + `)`

// pruneEvery is how often a process deletes refilled buckets' rows, on its
// next Take.
const pruneEvery = time.Minute

// NewShared returns a Shared limit named name on the PostgreSQL database
// db, which allows burst actions at once per key and one more every
// interval after that. It creates the table of buckets if need be, under a
// lock, so that nodes starting together on an empty database do not
// collide.
func NewShared(ctx context.Context, db *sql.DB, name string, interval time.Duration, burst int) (*Shared, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("rate limit %s: %w", name, err)
	}
	defer tx.Rollback()
	for _, stmt := range []string{`SELECT pg_advisory_xact_lock(hashtext('newsgraph rate_limits'))`, sharedTable} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return nil, fmt.Errorf("rate limit %s: create its table: %w", name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("rate limit %s: create its table: %w", name, err)
	}
	return &Shared{db: db, name: name, interval: interval, burst: max(burst, 1)}, nil
}

// WithClock makes s read the time from now instead of the database; for
// tests.
func (s *Shared) WithClock(now func() time.Time) *Shared {
	s.now = now
	return s
}

// Take implements Limit.
func (s *Shared) Take(ctx context.Context, key string) (bool, time.Duration, error) {
	var now any // NULL: the database's clock
	if s.now != nil {
		now = s.now().UnixMicro()
	}
	interval := s.interval.Microseconds()
	var (
		ok   bool
		wait int64
	)
	err := s.db.QueryRowContext(ctx, takeSQL, s.name, key, interval, now, int64(s.burst-1)*interval).Scan(&ok, &wait)
	if err != nil {
		return false, 0, fmt.Errorf("rate limit %s: %w", s.name, err)
	}
	s.prune(ctx, now)
	if ok {
		return true, 0, nil
	}
	return false, time.Duration(wait) * time.Microsecond, nil
}

// prune deletes the rows of refilled buckets, at most once per pruneEvery
// in this process. A failure is only logged: the next prune does it.
func (s *Shared) prune(ctx context.Context, now any) {
	s.mu.Lock()
	due := time.Since(s.lastPruned) >= pruneEvery
	if due {
		s.lastPruned = time.Now()
	}
	s.mu.Unlock()
	if !due {
		return
	}
	if _, err := s.db.ExecContext(ctx, pruneSQL, now); err != nil {
		slog.WarnContext(ctx, "rate limit: delete refilled buckets", "limit", s.name, "err", err)
	}
}
