package database_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// On PostgreSQL the API's reads run as prepared statements, so that the
// server plans each statement text a few times rather than on every
// request, and the planner prices random reads as on an SSD.
func TestPostgresSession(t *testing.T) {
	var pg *testdb.Engine
	for _, e := range testdb.Engines() {
		if e.Name == "postgres" {
			pg = &e
		}
	}
	if pg == nil {
		t.Skipf("PostgreSQL only: set %s", testdb.EnvURL)
	}
	ctx := auth.System(context.Background())
	url := pg.URL(t)
	db, err := database.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	db.SQL.SetMaxOpenConns(1) // pg_prepared_statements is per session

	for range 2 {
		if _, err := db.Person.Query().All(ctx); err != nil {
			t.Fatal(err)
		}
	}
	var prepared []string
	rows, err := db.SQL.QueryContext(ctx, `SELECT statement FROM pg_prepared_statements`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		rows.Scan(&s)
		prepared = append(prepared, s)
	}
	rows.Close()
	found := 0
	for _, s := range prepared {
		if strings.Contains(s, `FROM "persons"`) {
			found++
		}
	}
	if found != 1 {
		t.Errorf("statements prepared for the people query: %d, want 1 (prepared: %q)", found, prepared)
	}

	// A migration that changes a column's type makes the prepared
	// statement fail ("cached plan must not change result type"); the
	// query runs anyway, and the statement is prepared afresh.
	if _, err := db.SQL.ExecContext(ctx, `ALTER TABLE persons ALTER COLUMN full_name TYPE text`); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := db.Person.Query().All(ctx); err != nil {
			t.Fatalf("people after the column changed type: %v", err)
		}
	}

	unprepared, err := database.Open(ctx, url+"&prepare=off")
	if err != nil {
		t.Fatal(err)
	}
	defer unprepared.Close()
	unprepared.SQL.SetMaxOpenConns(1)
	if _, err := unprepared.Person.Query().All(ctx); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := unprepared.SQL.QueryRowContext(ctx, `SELECT count(*) FROM pg_prepared_statements`).Scan(&n); err != nil || n != 0 {
		t.Errorf("with prepare=off: %d statements prepared (%v), want 0", n, err)
	}

	// newsgraph's session settings, and a URL's own values over them.
	own, err := database.Open(ctx, url+"&random_page_cost=2&plan_cache_mode=auto")
	if err != nil {
		t.Fatal(err)
	}
	defer own.Close()
	for _, c := range []struct {
		name          string
		db            *database.DB
		setting, want string
	}{
		{"default", db, "random_page_cost", "1.1"},
		{"default", db, "plan_cache_mode", "force_generic_plan"},
		{"set in the URL", own, "random_page_cost", "2"},
		{"set in the URL", own, "plan_cache_mode", "auto"},
	} {
		var got string
		if err := c.db.SQL.QueryRowContext(ctx, "SHOW "+c.setting).Scan(&got); err != nil || got != c.want {
			t.Errorf("%s %s: %q (%v), want %q", c.name, c.setting, got, err, c.want)
		}
	}
}
