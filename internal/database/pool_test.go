package database_test

import (
	"context"
	"database/sql"
	"runtime"
	"sync"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// The automatic pool size: on SQLite twice the cores, at least four; on
// PostgreSQL eight per core, at most a quarter of the database's
// connections less one.
func TestPoolSize(t *testing.T) {
	for _, tc := range []struct {
		dialect        string
		procs, dbLimit int
		want           int
	}{
		{dialect.SQLite, 1, 0, 4},
		{dialect.SQLite, 2, 0, 4},
		{dialect.SQLite, 8, 0, 16},
		{dialect.Postgres, 1, 97, 8},
		{dialect.Postgres, 2, 97, 16},
		{dialect.Postgres, 3, 97, 23},
		{dialect.Postgres, 16, 97, 23},   // PostgreSQL's default 100 less 3 for superusers
		{dialect.Postgres, 64, 497, 123}, // max_connections = 500
		{dialect.Postgres, 8, 1000, 64},
		{dialect.Postgres, 2, 10, 1}, // a tiny database still gets a connection
		{dialect.Postgres, 2, 0, 16}, // limit unknown (a pooler)
	} {
		if got := database.PoolSize(tc.dialect, tc.procs, tc.dbLimit); got != tc.want {
			t.Errorf("PoolSize(%s, %d cores, %d connections) = %d, want %d", tc.dialect, tc.procs, tc.dbLimit, got, tc.want)
		}
	}
}

// Open sizes the pool automatically, or as WithMaxConns says, on both
// engines, and keeps as many idle as open.
func TestOpenSizesThePool(t *testing.T) {
	ctx := context.Background()
	for _, e := range testdb.Engines() {
		url := e.URL(t)
		auto := database.PoolSize(e.Name, runtime.GOMAXPROCS(0), 0)
		if e.Name == dialect.Postgres {
			db, err := database.Open(ctx, url, database.WithMaxConns(1))
			if err != nil {
				t.Fatal(err)
			}
			var limit int
			err = db.SQL.QueryRowContext(ctx, `SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int`).Scan(&limit)
			db.Close()
			if err != nil {
				t.Fatal(err)
			}
			auto = database.PoolSize(e.Name, runtime.GOMAXPROCS(0), limit)
		}
		for _, tc := range []struct {
			opts []database.Option
			want int
		}{
			{nil, auto},
			{[]database.Option{database.WithMaxConns(0)}, auto},
			{[]database.Option{database.WithMaxConns(3)}, 3},
			{[]database.Option{database.WithMaxConns(40)}, 40},
		} {
			db, err := database.Open(ctx, url, tc.opts...)
			if err != nil {
				t.Fatal(err)
			}
			got := db.SQL.Stats().MaxOpenConnections
			db.Close()
			if got != tc.want {
				t.Errorf("%s with %d options: %d connections, want %d", e.Name, len(tc.opts), got, tc.want)
			}
		}
	}
}

// Under more concurrent readers than connections, the SQLite pool neither
// grows past its size nor closes a connection to open another: each open
// parses the schema again and starts with a cold page cache.
func TestSQLitePoolKeepsItsConnections(t *testing.T) {
	ctx := auth.System(context.Background())
	db := testdb.Engines()[0].Open(t)
	size := db.SQL.Stats().MaxOpenConnections
	var wg sync.WaitGroup
	readers := max(32, 4*size)
	errs := make(chan error, readers)
	for range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				// About a millisecond of work, so that readers overlap.
				var n int
				if err := db.SQL.QueryRowContext(ctx, `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000)
					SELECT count(*) FROM c`).Scan(&n); err != nil {
					errs <- err
					return
				}
				if _, err := db.Person.Query().Limit(5).All(ctx); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	s := db.SQL.Stats()
	if s.MaxIdleClosed != 0 || s.MaxLifetimeClosed != 0 || s.MaxIdleTimeClosed != 0 {
		t.Errorf("connections closed under load: %d over the idle limit, %d by lifetime, %d by idle time",
			s.MaxIdleClosed, s.MaxLifetimeClosed, s.MaxIdleTimeClosed)
	}
	if s.OpenConnections > size || s.OpenConnections < 1 {
		t.Errorf("%d connections open, the pool holds %d", s.OpenConnections, size)
	}
}

// Every connection of a server's SQLite pool keeps a page cache of 1 MiB,
// and EngineMemory, which the Go memory limit leaves room for, counts each
// at twice that plus 2 MiB (docs/performance.md, "Memory").
func TestSQLiteConnectionsBoundTheirCache(t *testing.T) {
	ctx := context.Background()
	db := testdb.Engines()[0].Open(t)
	size := db.SQL.Stats().MaxOpenConnections
	var conns []*sql.Conn
	for range size {
		c, err := db.SQL.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns = append(conns, c)
	}
	for i, c := range conns {
		var kib int
		if err := c.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&kib); err != nil {
			t.Fatal(err)
		}
		if kib != -1024 {
			t.Errorf("connection %d of %d: cache_size %d, want -1024 (1 MiB)", i+1, size, kib)
		}
	}
	if got, want := db.EngineMemory(), int64(size)*4<<20; got != want {
		t.Errorf("EngineMemory %d MiB for %d connections, want %d MiB", got>>20, size, want>>20)
	}
}
