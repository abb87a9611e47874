package schema

import (
	"context"
	"fmt"

	"entgo.io/ent/dialect"
)

// lockUntilCommit makes the writers that pass the same (table, key) take
// turns on PostgreSQL: it takes a transaction-scoped advisory lock, held
// until m's transaction commits or rolls back, so a hook that reads and
// then writes (a free slug, a tree without cycles) sees what the previous
// holder wrote. Every GraphQL mutation runs in a transaction; outside one
// the lock ends with the statement and protects nothing. SQLite needs no
// lock: its write transactions already run one at a time (the database
// package begins them IMMEDIATE).
//
// Under BulkLoad no lock is taken. The two-key form keeps these locks apart
// from any taken with one bigint key; two keys that hash alike only make
// unrelated writers wait.
func lockUntilCommit(ctx context.Context, m mutation, table, key string) error {
	if bulkLoad(ctx) || m.Client().Dialect() != dialect.Postgres {
		return nil
	}
	rows, err := m.QueryContext(ctx, `SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))`, table, key)
	if err != nil {
		return fmt.Errorf("lock %s %q: %w", table, key, err)
	}
	defer rows.Close()
	for rows.Next() {
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("lock %s %q: %w", table, key, err)
	}
	return nil
}
