package bench

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/bench/operations"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// serve runs newsgraph's HTTP handler over db for the test.
func serve(t *testing.T, db *database.DB) string {
	t.Helper()
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil))) // the access log
	srv := httptest.NewServer(server.New(db.Client, server.Options{DB: db.SQL}))
	t.Cleanup(srv.Close)
	return srv.URL + "/query"
}

// `newsgraph bench` with its default operations runs on the demo content
// of a fresh server, without an error.
func TestRunOnTheDemoContent(t *testing.T) {
	ops, err := LoadOperations(operations.Files)
	if err != nil {
		t.Fatal(err)
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		if _, err := demo.Load(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		results, err := Run(ctx, Config{URL: serve(t, db), Clients: 2, Duration: 100 * time.Millisecond, Operations: ops})
		if err != nil {
			t.Fatal(err)
		}
		if len(results) != len(ops) {
			t.Fatalf("%d results for %d operations", len(results), len(ops))
		}
		for _, r := range results {
			if r.Requests == 0 || r.Errors != 0 {
				t.Errorf("%s: %d requests, %d errors (%s)", r.Operation, r.Requests, r.Errors, r.FirstError)
			}
		}
	})
}

// Content without authors or awards still gives every variable values:
// people's names to search for, and a year for AWARDS.
func TestPoolWithoutAuthorsOrAwards(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := auth.System(context.Background())
		db.Person.Create().SetFullName("Vũ Duy Hoàng").ExecX(ctx)
		db.Article.Create().SetTitle("Hội nghị sơ kết").SetStatus(article.StatusPUBLISHED).
			SetPublishedAt(time.Date(2024, time.July, 3, 10, 0, 0, 0, time.UTC)).ExecX(ctx)
		p, err := fetchPool(context.Background(), newClient(serve(t, db), 1))
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []string{"slug", "year", "after", "query"} {
			if len(p.values(v)) == 0 {
				t.Errorf("no values for $%s", v)
			}
		}
		if len(p.terms) != 2 || p.terms[0] != "Vũ Duy Hoàng" || p.terms[1] != "vu duy hoang" {
			t.Errorf("search terms = %v, want the person's name as written and folded", p.terms)
		}
		if len(p.years) != 1 || p.years[0] != 2024 {
			t.Errorf("years = %v, want the feed's newest, 2024", p.years)
		}
	})
}
