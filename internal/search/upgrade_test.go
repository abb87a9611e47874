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

// An index written by an earlier release is brought to the current layout
// by migrate, and searches find what they found: on SQLite the release
// before search read a page in one statement (one FTS5 table) and the one
// before the keys were negated (no search_layout); on PostgreSQL the
// release without search_terms, whose GIN indexes had fastupdate on, and
// the one without GIN indexes of the entities alone.
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
		releases := map[string][]string{
			"one FTS5 table": {`DROP TABLE search_title`, `DROP TABLE search_head`, `DROP TABLE search_layout`},
			// Its entries are emptied too, so that only a rebuild finds
			// anything.
			"keys as they are": {`DROP TABLE search_layout`, `INSERT INTO search_fts (search_fts) VALUES ('delete-all')`,
				`INSERT INTO search_head (search_head) VALUES ('delete-all')`, `INSERT INTO search_title (search_title) VALUES ('delete-all')`},
		}
		if db.Dialect == dialect.Postgres {
			older := []string{`DROP TABLE search_terms`}
			for _, col := range []string{"title", "head", "doc"} {
				older = append(older, `ALTER INDEX search_documents_`+col+` SET (fastupdate = on)`,
					`DROP INDEX search_documents_`+col+`_entities`)
			}
			releases = map[string][]string{"no search_terms": older}
		}
		for name, older := range releases {
			for _, stmt := range older {
				if _, err := db.SQL.ExecContext(ctx, stmt); err != nil {
					t.Fatal(err)
				}
			}
			if err := search.Migrate(ctx, db.SQL, db.Dialect); err != nil {
				t.Fatal(err)
			}
			if got := hits(); !slices.Equal(got, want) {
				t.Errorf("%s, after migrate:\n%q\nwant\n%q", name, got, want)
			}
		}
		switch db.Dialect {
		case dialect.Postgres:
			var n int
			if err := db.SQL.QueryRowContext(ctx, `SELECT count(*) FROM pg_class WHERE relname LIKE 'search_documents_%' AND 'fastupdate=off' = ANY(reloptions)`).Scan(&n); err != nil || n != 6 {
				t.Errorf("%d GIN indexes with fastupdate off (%v), want 6", n, err)
			}
		case dialect.SQLite:
			// The rebuilt index holds the keys negated: FTS5's first rowid,
			// its lowest, is the newest entry's key.
			var newest, first int64
			if err := db.SQL.QueryRowContext(ctx, `SELECT max(doc_key) FROM search_documents`).Scan(&newest); err != nil {
				t.Fatal(err)
			}
			if err := db.SQL.QueryRowContext(ctx, `SELECT rowid FROM search_title ORDER BY rowid LIMIT 1`).Scan(&first); err != nil || first != -newest {
				t.Errorf("first rowid of search_title %d (%v), want %d", first, err, -newest)
			}
		}
	})
}
