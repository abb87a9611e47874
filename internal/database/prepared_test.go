package database

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// The cache keeps the most recently used statements, prepares each text
// once, and closes what it evicts.
func TestStmtCache(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c := newStmtCache(db, 2)

	a, err := c.get(ctx, "SELECT 1")
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := c.get(ctx, "SELECT 1"); again != a {
		t.Fatal("the same text was prepared twice")
	}
	if _, err := c.get(ctx, "SELECT 2"); err != nil {
		t.Fatal(err)
	}
	c.get(ctx, "SELECT 1") // now the most recent
	if _, err := c.get(ctx, "SELECT 3"); err != nil {
		t.Fatal(err)
	}
	if len(c.byKey) != 2 || c.byKey["SELECT 2"] != nil || c.byKey["SELECT 1"] == nil {
		t.Fatalf("after 1, 2, 1, 3 with room for 2 the cache holds %v, want SELECT 1 and SELECT 3", keys(c))
	}
	var one int
	if err := a.QueryRowContext(ctx).Scan(&one); err != nil || one != 1 {
		t.Fatalf("a kept statement: %d, %v", one, err)
	}

	if _, err := c.get(ctx, "SELECT FROM nowhere"); err == nil {
		t.Fatal("a statement that does not prepare was cached")
	}
	if len(c.byKey) != 2 {
		t.Fatalf("a failed prepare changed the cache: %v", keys(c))
	}
}

func keys(c *stmtCache) []string {
	var ks []string
	for k := range c.byKey {
		ks = append(ks, k)
	}
	return ks
}
