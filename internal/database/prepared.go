package database

import (
	"container/list"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	entsql "entgo.io/ent/dialect/sql"
	"github.com/lib/pq"
)

// preparedDriver is ent's driver with the reads that run outside a
// transaction sent as prepared statements. PostgreSQL plans an unnamed
// statement on every execution; a prepared one is planned a few times and
// then runs on a cached plan. The API's reads are a small set of statement
// texts (ent's queries, with IN lists as long as the page), run thousands
// of times, so planning was most of the database's CPU per request (see
// docs/performance.md). Writes and transactions go through ent's own driver
// unchanged.
type preparedDriver struct {
	*entsql.Driver
	stmts *stmtCache
}

// Query runs query as a cached prepared statement.
func (d preparedDriver) Query(ctx context.Context, query string, args, v any) error {
	vr, ok := v.(*entsql.Rows)
	if !ok {
		return fmt.Errorf("database: query into %T, want *sql.Rows", v)
	}
	argv, ok := args.([]any)
	if !ok {
		return fmt.Errorf("database: query arguments %T, want []any", args)
	}
	rows, err := d.QueryContext(ctx, query, argv...)
	if err != nil {
		return err
	}
	*vr = entsql.Rows{ColumnScanner: rows}
	return nil
}

// QueryContext runs query as a cached prepared statement: ent's client
// calls it for SQL that ent does not build (the compiled executor's).
func (d preparedDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	stmt, release, err := d.stmts.get(ctx, query)
	if err != nil {
		return nil, err
	}
	// Once the query has started, its rows keep the statement open even if
	// the cache closes it; release lets the cache close an evicted one.
	rows, err := stmt.QueryContext(ctx, args...)
	release()
	if err != nil && stale(err) {
		// Prepared before a migration changed its columns, or lost by a
		// connection pooler: it would fail every time. Prepare it afresh
		// next time, and run this one unprepared.
		d.stmts.forget(query)
		return d.Driver.QueryContext(ctx, query, args...)
	}
	return rows, err
}

// stale reports whether err says the server no longer has the prepared
// statement as it was prepared: "cached plan must not change result type"
// (0A000) after a schema change, or "prepared statement does not exist"
// (26000).
func stale(err error) bool {
	var pqErr *pq.Error
	return errors.As(err, &pqErr) && (pqErr.Code == "0A000" || pqErr.Code == "26000")
}

// stmtCache keeps the most recently used prepared statements of a pool, up
// to size. database/sql prepares a statement on each connection the first
// time it runs there; closing an evicted one releases it on every
// connection. A statement evicted while a query is about to use it is
// closed by that query's release.
type stmtCache struct {
	db   *sql.DB
	size int

	mu    sync.Mutex
	byKey map[string]*list.Element // of *cachedStmt
	order *list.List               // most recently used first
}

type cachedStmt struct {
	query   string
	stmt    *sql.Stmt
	users   int  // queries between get and release
	evicted bool // out of the cache: the last user closes it
}

func newStmtCache(db *sql.DB, size int) *stmtCache {
	return &stmtCache{db: db, size: size, byKey: map[string]*list.Element{}, order: list.New()}
}

// get returns the prepared statement of query, preparing it if needed, and
// the function to call once the statement has been used.
func (c *stmtCache) get(ctx context.Context, query string) (*sql.Stmt, func(), error) {
	c.mu.Lock()
	if e, ok := c.byKey[query]; ok {
		c.order.MoveToFront(e)
		cs := e.Value.(*cachedStmt)
		cs.users++
		c.mu.Unlock()
		return cs.stmt, func() { c.release(cs) }, nil
	}
	c.mu.Unlock()

	// Prepared outside the lock: it is a round trip. Two goroutines may
	// prepare the same text at once; the second keeps the first's.
	stmt, err := c.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[query]; ok {
		stmt.Close()
		c.order.MoveToFront(e)
		cs := e.Value.(*cachedStmt)
		cs.users++
		return cs.stmt, func() { c.release(cs) }, nil
	}
	cs := &cachedStmt{query: query, stmt: stmt, users: 1}
	c.byKey[query] = c.order.PushFront(cs)
	for c.order.Len() > c.size {
		c.drop(c.order.Back())
	}
	return stmt, func() { c.release(cs) }, nil
}

// forget drops query's statement from the cache.
func (c *stmtCache) forget(query string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[query]; ok {
		c.drop(e)
	}
}

// drop takes e out of the cache and closes its statement, now or, if a
// query is about to use it, at that query's release. c.mu must be held.
func (c *stmtCache) drop(e *list.Element) {
	cs := c.order.Remove(e).(*cachedStmt)
	delete(c.byKey, cs.query)
	cs.evicted = true
	if cs.users == 0 {
		cs.stmt.Close()
	}
}

func (c *stmtCache) release(cs *cachedStmt) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cs.users--
	if cs.evicted && cs.users == 0 {
		cs.stmt.Close()
	}
}
