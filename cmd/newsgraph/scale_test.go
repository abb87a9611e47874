package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/bench"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// TestSeedAndBench loads a small synthetic dataset and benchmarks a server
// over it for two seconds (five operations, 400 ms each): every
// operation answers, without a single error.
func TestSeedAndBench(t *testing.T) {
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) { seedAndBench(t, e.URL(t)) })
	}
}

func seedAndBench(t *testing.T, url string) {
	ctx := context.Background()
	var out, errs bytes.Buffer
	if code := run(ctx, []string{"seed", "--scale", "0.01", "--database-url", url}, &out, &errs); code != 0 {
		t.Fatalf("seed: exit %d: %s", code, errs.String())
	}
	if code := run(ctx, []string{"seed", "--scale", "0.01", "--database-url", url}, &out, &errs); code == 0 {
		t.Fatalf("a second seed --scale into the same database succeeded")
	}

	db, err := database.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n := db.Article.Query().CountX(auth.System(ctx)); n != 1000 { // drafts included
		t.Fatalf("articles at scale 0.01: %d, want 1000", n)
	}
	if db.Dialect == dialect.Postgres {
		// Vacuumed: only VACUUM marks pages all-visible.
		var visible int
		if err := db.SQL.QueryRowContext(ctx, `SELECT relallvisible FROM pg_class WHERE relname = 'articles'`).Scan(&visible); err != nil || visible == 0 {
			t.Errorf("articles after seed: %d all-visible pages (%v), want the table vacuumed", visible, err)
		}
	}
	srv := httptest.NewServer(server.New(db.Client, server.Options{}))
	defer srv.Close()

	out.Reset()
	errs.Reset()
	code := run(ctx, []string{"bench", "--url", srv.URL + "/query", "--clients", "4", "--duration", "400ms", "--json"}, &out, &errs)
	if code != 0 {
		t.Fatalf("bench: exit %d: %s", code, errs.String())
	}
	var results []bench.Result
	if err := json.Unmarshal(out.Bytes(), &results); err != nil {
		t.Fatalf("bench --json printed %q: %v", out.String(), err)
	}
	seen := map[string]bool{}
	for _, r := range results {
		seen[r.Operation] = true
		if r.Requests == 0 || r.Errors != 0 {
			t.Errorf("%s: %d requests, %d errors (%s)", r.Operation, r.Requests, r.Errors, r.FirstError)
		}
	}
	for _, op := range []string{"FEED", "DETAIL", "AWARDS", "DEEP_PAGE", "SEARCH"} {
		if !seen[op] {
			t.Errorf("bench ran no %s", op)
		}
	}
}
