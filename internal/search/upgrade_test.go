package search_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/synthetic"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// An index written by the release before search read a page in one
// statement (SQLite: one FTS5 table; PostgreSQL: no search_terms, GIN
// indexes with fastupdate on) is brought to the current layout by
// migrate, and searches find what they found.
func TestMigrateUpgradesAnOlderIndex(t *testing.T) {
	ctx := context.Background()
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if _, err := synthetic.Load(ctx, db.Client, 0.01, 1, nil); err != nil {
			t.Fatal(err)
		}
		hits := func() []string {
			var out []string
			for _, raw := range []string{"nguyen van", "tran thi l", "hoi nghi", "bang khen"} {
				q, err := search.ParseQuery(raw)
				if err != nil {
					t.Fatal(err)
				}
				hs, err := search.New(db.Client).Search(ctx, search.Request{Query: q, Now: time.Now(), Limit: 30})
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, fmt.Sprint(raw, hs))
			}
			return out
		}
		want := hits()
		older := []string{`DROP TABLE search_title`, `DROP TABLE search_head`}
		if db.Dialect == dialect.Postgres {
			older = []string{`DROP TABLE search_terms`}
			for _, col := range []string{"title", "head", "doc"} {
				older = append(older, `ALTER INDEX search_documents_`+col+` SET (fastupdate = on)`)
			}
		}
		for _, stmt := range older {
			if _, err := db.SQL.ExecContext(ctx, stmt); err != nil {
				t.Fatal(err)
			}
		}
		if err := search.Migrate(ctx, db.SQL, db.Dialect); err != nil {
			t.Fatal(err)
		}
		if got := hits(); !slices.Equal(got, want) {
			t.Errorf("after migrate:\n%q\nwant\n%q", got, want)
		}
		if db.Dialect == dialect.Postgres {
			var n int
			if err := db.SQL.QueryRowContext(ctx, `SELECT count(*) FROM pg_class WHERE relname LIKE 'search_documents_%' AND 'fastupdate=off' = ANY(reloptions)`).Scan(&n); err != nil || n != 3 {
				t.Errorf("%d GIN indexes with fastupdate off (%v), want 3", n, err)
			}
		}
	})
}
