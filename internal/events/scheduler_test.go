package events_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// recorder keeps the last query run through it.
type recorder struct {
	dialect.Driver
	query string
	args  []any
}

func (r *recorder) Query(ctx context.Context, query string, args, v any) error {
	r.query, r.args = query, args.([]any)
	return r.Driver.Query(ctx, query, args, v)
}

// The scheduler runs its query every second on every node: it must seek
// the index on (announced, status, published_sort) and take its order from
// it, not walk every article ("NOT announced" did on SQLite: 0.4-2 s of CPU
// a second at scale 1, holding the write lock) nor read the matches of two
// statuses at once (PostgreSQL).
func TestDueArticlesSeekTheirIndex(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		rec := &recorder{Driver: entsql.OpenDB(db.Dialect, db.SQL)}
		for _, status := range []article.Status{article.StatusSCHEDULED, article.StatusPUBLISHED} {
			if _, err := events.DueArticlesIn(ent.NewClient(ent.Driver(rec)), status, time.Now()).IDs(ctx); err != nil {
				t.Fatal(err)
			}
			plan := explain(t, db, rec.query, rec.args)
			want := "SEARCH articles USING INDEX article_announced_status_published_sort (announced=? AND status=?)"
			if db.Dialect == dialect.Postgres {
				// One status per statement: the index is sought on both
				// columns and read in published_sort order (PostgreSQL
				// still sorts ties by id, among the rows of one minute).
				want = "Index Cond: ((announced = false) AND ((status)::text = "
			}
			if !strings.Contains(plan, want) {
				t.Errorf("%s\nplanned as %s, want %q", rec.query, plan, want)
			}
			if strings.Contains(plan, "TEMP B-TREE") {
				t.Errorf("%s\nplanned as %s: it sorts, where the index gives the order", rec.query, plan)
			}
		}
	})
}

// explain returns the plan of query, one line per node. PostgreSQL plans a
// table of a few rows with a sequential scan whatever its indexes, so it
// is asked for the plan it makes when it must use one (enable_seqscan off),
// as on a table of many articles.
func explain(t *testing.T, db *database.DB, query string, args []any) string {
	t.Helper()
	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	prefix := "EXPLAIN QUERY PLAN "
	if db.Dialect == dialect.Postgres {
		if _, err := conn.ExecContext(ctx, "SET enable_seqscan = off"); err != nil {
			t.Fatal(err)
		}
		defer conn.ExecContext(ctx, "RESET enable_seqscan")
		prefix = "EXPLAIN "
	}
	rows, err := conn.QueryContext(ctx, prefix+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var plan []string
	for rows.Next() {
		var detail string
		cells := make([]any, len(cols))
		for i := range cells {
			cells[i] = new(any)
		}
		cells[len(cols)-1] = &detail // SQLite's detail and PostgreSQL's line are the last column
		if err := rows.Scan(cells...); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, strings.TrimSpace(detail))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(plan, "; ")
}
