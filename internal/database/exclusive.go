package database

import (
	"context"
	"fmt"

	"entgo.io/ent/dialect"
)

// Exclusive runs fn while this process holds the database-wide lock name,
// so that nodes starting together on one PostgreSQL take turns at what
// must happen once (migrating the schema, loading the demo content): the
// first does it, the others wait, then find it done. The lock is a session
// advisory lock on a connection of its own, released when fn returns, or
// by PostgreSQL if the process dies. SQLite serves one process and takes
// no lock.
func (db *DB) Exclusive(ctx context.Context, name string, fn func(context.Context) error) error {
	if db.Dialect != dialect.Postgres {
		return fn(ctx)
	}
	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		return fmt.Errorf("lock %s: %w", name, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(hashtext($1))`, "newsgraph "+name); err != nil {
		return fmt.Errorf("lock %s: %w", name, err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(hashtext($1))`, "newsgraph "+name)
	return fn(ctx)
}
