package database

import (
	"context"
	"database/sql"

	"entgo.io/ent/dialect"
)

// Pool sizing, measured in docs/performance.md ("Connection pools").
//
// SQLite runs inside the server: a statement holds its connection for all
// of its work, and each connection brings its own page cache and copy of
// the schema, so a connection or two per core keeps the cores busy and
// more only thrash their caches (8 connections cost 54-77% more CPU per
// request than 4 on two cores). A few more than the cores also let reads
// go on while writers wait for the write lock with a connection each.
//
// A PostgreSQL connection is busy only while the database works, not
// while the server parses the request or writes the answer, nor during
// the round trips; on two cores shared with PostgreSQL, 8 connections
// served 13-23% fewer requests of FEED, DETAIL and AWARDS than 16, and 4
// connections 29-51% fewer, at 16 and at 64 clients; 32 gained nothing.
const (
	sqliteConnsPerCore   = 2
	sqliteMinConns       = 4
	postgresConnsPerCore = 8
	// nodesSharing is how many nodes the automatic size leaves room for
	// on one PostgreSQL: each takes at most this share of the connections
	// the database allows, less one for its event listener.
	nodesSharing = 4
)

// PoolSize is the automatic size of a pool of dialect on a server that may
// run procs goroutines at once (GOMAXPROCS), for a database that allows
// dbLimit connections to ordinary users (0: unknown, as on SQLite). SQLite:
// sqliteConnsPerCore per core, at least sqliteMinConns. PostgreSQL:
// postgresConnsPerCore per core, but at most a 1/nodesSharing share of
// dbLimit, less the node's event listener.
func PoolSize(dia string, procs, dbLimit int) int {
	if dia != dialect.Postgres {
		return max(sqliteMinConns, sqliteConnsPerCore*procs)
	}
	n := postgresConnsPerCore * procs
	if dbLimit > 0 {
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
