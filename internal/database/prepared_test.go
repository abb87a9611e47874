package database

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
)

func openSQLite(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// The cache keeps the most recently used statements, prepares each text
// once, and closes what it evicts.
func TestStmtCache(t *testing.T) {
	ctx := context.Background()
	c := newStmtCache(openSQLite(t), 2)
	get := func(q string) *sql.Stmt {
		t.Helper()
		s, release, err := c.get(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		release()
		return s
	}

	a := get("SELECT 1")
	if get("SELECT 1") != a {
		t.Fatal("the same text was prepared twice")
	}
	get("SELECT 2")
	get("SELECT 1") // now the most recent
	get("SELECT 3")
	if len(c.byKey) != 2 || c.byKey["SELECT 2"] != nil || c.byKey["SELECT 1"] == nil {
		t.Fatalf("after 1, 2, 1, 3 with room for 2 the cache holds %v, want SELECT 1 and SELECT 3", keys(c))
	}
	var one int
	if err := a.QueryRowContext(ctx).Scan(&one); err != nil || one != 1 {
		t.Fatalf("a kept statement: %d, %v", one, err)
	}

	if _, _, err := c.get(ctx, "SELECT FROM nowhere"); err == nil {
		t.Fatal("a statement that does not prepare was cached")
	}
	if len(c.byKey) != 2 {
		t.Fatalf("a failed prepare changed the cache: %v", keys(c))
	}
}

// A statement evicted between get and its use stays open for that use: with
// room for one statement and goroutines running different texts, every
// query runs.
func TestStmtCacheEvictsNothingInUse(t *testing.T) {
	ctx := context.Background()
	c := newStmtCache(openSQLite(t), 1)
	var wg sync.WaitGroup
	errs := make(chan error, 8*50)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				want := (g*50 + i) % 5
				stmt, release, err := c.get(ctx, fmt.Sprintf("SELECT %d", want))
				if err != nil {
					errs <- err
					continue
				}
				var got int
				err = stmt.QueryRowContext(ctx).Scan(&got)
				release()
				if err != nil || got != want {
					errs <- fmt.Errorf("SELECT %d: %d, %v", want, got, err)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func keys(c *stmtCache) []string {
	var ks []string
	for k := range c.byKey {
		ks = append(ks, k)
	}
	return ks
}
