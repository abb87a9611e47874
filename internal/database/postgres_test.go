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

	var cost string
	if err := db.SQL.QueryRowContext(ctx, `SHOW random_page_cost`).Scan(&cost); err != nil || cost != "1.1" {
		t.Errorf("random_page_cost %q (%v), want 1.1", cost, err)
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

	var plans string
	if err := db.SQL.QueryRowContext(ctx, `SHOW plan_cache_mode`).Scan(&plans); err != nil || plans != "force_generic_plan" {
		t.Errorf("plan_cache_mode %q (%v), want force_generic_plan", plans, err)
	}

	own, err := database.Open(ctx, url+"&random_page_cost=2&plan_cache_mode=auto")
	if err != nil {
		t.Fatal(err)
	}
	defer own.Close()
	if err := own.SQL.QueryRowContext(ctx, `SHOW random_page_cost`).Scan(&cost); err != nil || cost != "2" {
		t.Errorf("with random_page_cost=2 in the URL: %q (%v), want 2", cost, err)
	}
	if err := own.SQL.QueryRowContext(ctx, `SHOW plan_cache_mode`).Scan(&plans); err != nil || plans != "auto" {
		t.Errorf("with plan_cache_mode=auto in the URL: %q (%v), want auto", plans, err)
	}
}
