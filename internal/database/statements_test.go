package database_test

import (
	"context"
	"database/sql/driver"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

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

// With tracing, a statement run within a trace is a span of it, the child
// of the span it runs under, named by its kind and holding its text; a
// statement outside any trace (a background poll) makes no span at all.
func TestStatementSpans(t *testing.T) {
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			ctx := auth.System(context.Background())
			spans := tracetest.NewInMemoryExporter()
			tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(spans))
			db, err := database.Open(ctx, e.URL(t), database.WithTracing(tp))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			if err := db.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			spans.Reset() // the migration ran outside any trace: nothing to see

			if _, err := db.Client.Person.Query().Count(ctx); err != nil {
				t.Fatal(err)
			}
			if got := spans.GetSpans(); len(got) != 0 {
				t.Fatalf("a statement outside a trace made %d spans: %v", len(got), got.Snapshots())
			}

			traced, parent := tp.Tracer("test").Start(ctx, "operation")
			if _, err := db.Client.Person.Query().Count(traced); err != nil {
				t.Fatal(err)
			}
			if err := db.Client.Tag.Create().SetName("Khen thưởng").Exec(traced); err != nil {
				t.Fatal(err)
			}
			parent.End()

			names := map[string]bool{}
			for _, s := range spans.GetSpans() {
				if s.Name == "operation" {
					continue
				}
				names[s.Name] = true
				if s.SpanContext.TraceID() != parent.SpanContext().TraceID() || s.Parent.SpanID() != parent.SpanContext().SpanID() {
					t.Errorf("span %s is not a child of the operation's", s.Name)
				}
				var text string
				for _, a := range s.Attributes {
					if a.Key == "db.query.text" {
						text = a.Value.AsString()
					}
				}
				if (s.Name == "SELECT" || s.Name == "INSERT") && text == "" {
					t.Errorf("span %s has no db.query.text: %v", s.Name, s.Attributes)
				}
			}
			if !names["SELECT"] || !names["INSERT"] {
				t.Errorf("spans %v, want a SELECT and an INSERT", names)
			}
		})
	}
}

// Code that needs the engine's own connection (sql.Conn.Raw) reaches it
// through Raw, as under otelsql: SQLite's serializes the database.
func TestRawConnection(t *testing.T) {
	db := testdb.Engines()[0].Open(t)
	conn, err := db.SQL.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		wrapped, ok := dc.(interface{ Raw() driver.Conn })
		if !ok {
			t.Fatalf("the pool's connection %T has no Raw", dc)
		}
		sqlite, ok := wrapped.Raw().(interface{ Serialize() ([]byte, error) })
		if !ok {
			t.Fatalf("Raw gives %T, not SQLite's connection", wrapped.Raw())
		}
		image, err := sqlite.Serialize()
		if err == nil && len(image) == 0 {
			t.Error("an empty image")
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
