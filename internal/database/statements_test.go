package database_test

import (
	"context"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// statementCounts reads how many statements of each kind db's histogram
// has seen.
func statementCounts(t *testing.T, db *database.DB) map[string]uint64 {
	t.Helper()
	reg := prometheus.NewRegistry()
	reg.MustRegister(db.Collectors()...)
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]uint64{}
	for _, f := range families {
		if f.GetName() != "newsgraph_db_statement_duration_seconds" {
			continue
		}
		for _, m := range f.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "kind" {
					counts[l.GetValue()] = m.GetHistogram().GetSampleCount()
				}
			}
		}
	}
	return counts
}

// Every statement moves the histogram, whichever way it reaches the
// database: ent's queries (prepared on PostgreSQL), ent's writes in a
// transaction, and the raw pool's statements (search, migrations).
func TestStatementHistogram(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := auth.System(context.Background())
		before := statementCounts(t, db)

		if _, err := db.Client.Person.Query().Count(ctx); err != nil {
			t.Fatal(err)
		}
		var one int
		if err := db.SQL.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
			t.Fatal(err)
		}
		tx, err := db.Client.Tx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Tag.Create().SetName("Tuyên giáo").Save(ctx); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SQL.ExecContext(ctx, "UPDATE tags SET name = name"); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Client.Tag.Delete().Exec(ctx); err != nil {
			t.Fatal(err)
		}

		after := statementCounts(t, db)
		for kind, want := range map[string]uint64{"select": 2, "insert": 1, "update": 1, "delete": 1, "begin": 1, "commit": 1} {
			if got := after[kind] - before[kind]; got < want {
				t.Errorf("%s statements counted: %d, want at least %d (before %v, after %v)", kind, got, want, before, after)
			}
		}
	})
}
