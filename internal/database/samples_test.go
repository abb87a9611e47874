package database_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/database"
)

// A SQLite database that ANALYZE sampled is opened without its samples
// (sqlite_stat4), which would make every prepared statement that bounds an
// indexed column by a parameter compile again on each execution, and with
// its row counts (sqlite_stat1), which the planner needs.
func TestOpenDropsTheAnalyzedSamples(t *testing.T) {
	ctx := context.Background()
	url := "sqlite:" + filepath.Join(t.TempDir(), "analyzed.db")
	db, err := database.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE story (id INTEGER PRIMARY KEY, published INTEGER NOT NULL)`,
		`CREATE INDEX story_published ON story (published)`,
		`WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000)
			INSERT INTO story (published) SELECT x % 97 FROM n`,
		`ANALYZE`,
	} {
		if _, err := db.SQL.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	count := func(db *database.DB, table string) int {
		t.Helper()
		var n int
		if err := db.SQL.QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if count(db, "sqlite_stat4") == 0 {
		t.Fatal("ANALYZE kept no samples: the test no longer sets up what it checks")
	}
	db.Close()

	db, err = database.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n := count(db, "sqlite_stat4"); n != 0 {
		t.Errorf("%d samples in sqlite_stat4 after Open, want none", n)
	}
	if n := count(db, "sqlite_stat1 WHERE idx = 'story_published'"); n != 1 {
		t.Errorf("%d rows of story_published in sqlite_stat1 after Open, want 1", n)
	}
	var steps int
	if err := db.SQL.QueryRowContext(ctx, `SELECT count(*) FROM story WHERE published <= ?`, 10).Scan(&steps); err != nil || steps == 0 {
		t.Errorf("a read after Open: %d rows, %v", steps, err)
	}
}
