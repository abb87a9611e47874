package database

import (
	"context"
	"database/sql"

	"entgo.io/ent/dialect"
)

// Pool sizing, measured in docs/performance.md ("Connection pools"). A
// request runs its statements one after another, so a connection is busy
// only while the database works; beyond a couple per core, more connections
// do not add throughput, they add waiting: on PostgreSQL, backends time-slice
// the cores and every statement in flight takes longer; on SQLite, which
// runs inside the server, each connection brings its own page cache and
// copy of the schema.
const (
	connsPerCore = 2 // connections per core the server may use (GOMAXPROCS)
	minConns     = 4 // so that a few writers waiting for SQLite's lock do not stop the reads
	// nodesSharing is how many nodes the automatic size leaves room for
	// on one PostgreSQL: each takes at most this share of the connections
	// the database allows, less one for its event listener.
	nodesSharing = 4
)

// PoolSize is the automatic size of a pool of dialect on a server that may
// run procs goroutines at once (GOMAXPROCS), for a database that allows
// dbLimit connections to ordinary users (0: unknown, as on SQLite):
// connsPerCore per core, at least minConns, and on PostgreSQL at most a
// 1/nodesSharing share of dbLimit, less the node's event listener.
func PoolSize(dia string, procs, dbLimit int) int {
	n := max(minConns, connsPerCore*procs)
	if dia == dialect.Postgres && dbLimit > 0 {
		n = min(n, max(1, dbLimit/nodesSharing-1))
	}
	return n
}

// connectionLimit is how many connections the database lets ordinary
// users open: PostgreSQL's max_connections less the slots reserved for
// superusers (and, from PostgreSQL 16, for reserved_connections' role);
// 0 when unknown (SQLite, or a pooler that does not answer).
func connectionLimit(ctx context.Context, pool *sql.DB, dia string) int {
	if dia != dialect.Postgres {
		return 0
	}
	var n int
	err := pool.QueryRowContext(ctx, `SELECT current_setting('max_connections')::int
		- current_setting('superuser_reserved_connections')::int
		- coalesce(current_setting('reserved_connections', true)::int, 0)`).Scan(&n)
	if err != nil || n < 0 {
		return 0
	}
	return n
}
