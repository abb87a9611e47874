package database

import (
	"database/sql"
	"database/sql/driver"
	"testing"
)

// A statement's kind is its first keyword, past blanks, comments and
// parentheses, or for WITH the statement its expressions are for.
func TestStatementKind(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  string
	}{
		{`SELECT "articles"."id" FROM "articles"`, "select"},
		{"select 1", "select"},
		{"  \n\t(SELECT 1) UNION (SELECT 2)", "select"},
		{"-- the feed\nSELECT 1", "select"},
		{"/* compiled */ SELECT json_object('a', 1)", "select"},
		{"VALUES (1)", "select"},
		{`INSERT INTO "people" ("full_name") VALUES ($1) RETURNING "id"`, "insert"},
		{`UPDATE "articles" SET "version" = $1`, "update"},
		{`DELETE FROM "feedbacks" WHERE id = $1`, "delete"},
		{"WITH recent AS (SELECT id FROM events WHERE kind = 'select') SELECT * FROM recent", "select"},
		{"WITH moved AS (DELETE FROM a RETURNING *) INSERT INTO b SELECT * FROM moved", "insert"},
		{"with recursive t(n) as (select 1 union all select n+1 from t) update x set n = (select max(n) from t)", "update"},
		{"WITH x AS (SELECT ')' AS p) DELETE FROM y", "delete"},
		{"PRAGMA cache_size", "other"},
		{"CREATE TABLE x (id int)", "other"},
		{"SELECTED", "other"},
		{"", "other"},
		{"-- only a comment", "other"},
		{"/* unterminated", "other"},
		{"WITH x AS (SELECT 1", "other"},
	} {
		if got := kindNames[statementKind(tc.query)]; got != tc.want {
			t.Errorf("statementKind(%q) = %s, want %s", tc.query, got, tc.want)
		}
	}
}

// BenchmarkStatementTiming is what timing costs a statement: `SELECT 1` on
// SQLite through a pool on the bare driver and through the timed one.
func BenchmarkStatementTiming(b *testing.B) {
	t, err := parse("sqlite:" + b.TempDir() + "/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	engine, err := connector(t.driver, t.dsn)
	if err != nil {
		b.Fatal(err)
	}
	for _, pool := range []struct {
		name string
		c    driver.Connector
	}{
		{"bare", engine},
		{"timed", timedConnector{Connector: engine, times: newStatementTimes()}},
	} {
		b.Run(pool.name, func(b *testing.B) {
			db := sql.OpenDB(pool.c)
			defer db.Close()
			var one int
			b.ReportAllocs()
			for b.Loop() {
				if err := db.QueryRow("SELECT 1").Scan(&one); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
