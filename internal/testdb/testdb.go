// Package testdb gives tests real, fresh databases: SQLite in a temporary
// directory always, and PostgreSQL as well when NEWSGRAPH_TEST_DATABASE_URL
// names a server. Each database has a fresh name and is dropped when the test
// ends, so runs never see each other's data.
//
// A migrated database is a copy of a template the test process migrates
// once per engine (a file's bytes for SQLite, a template database for
// PostgreSQL): migrating costs a second or more under the race detector,
// and a package's tests open hundreds of databases.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/database"
)

// EnvURL names the PostgreSQL server tests may create databases on.
const EnvURL = "NEWSGRAPH_TEST_DATABASE_URL"

// Engine is one database engine tests run on.
type Engine struct {
	Name     string // "sqlite" or "postgres"
	open     func(t testing.TB) string
	migrated func(t testing.TB) string // a fresh copy of the migrated template
}

// Engines returns SQLite, and PostgreSQL when NEWSGRAPH_TEST_DATABASE_URL is set.
func Engines() []Engine {
	engines := []Engine{{Name: "sqlite", open: sqliteURL, migrated: sqliteMigratedURL}}
	if admin := os.Getenv(EnvURL); admin != "" {
		engines = append(engines, Engine{Name: "postgres",
			open:     func(t testing.TB) string { return postgresURL(t, admin, "") },
			migrated: func(t testing.TB) string { return postgresMigratedURL(t, admin) },
		})
	}
	return engines
}

// PostgresURL returns the DATABASE_URL of a fresh, empty PostgreSQL
// database, dropped when t ends, and skips t when NEWSGRAPH_TEST_DATABASE_URL
// names no server: for what only PostgreSQL does, such as several server
// processes on one database.
func PostgresURL(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(EnvURL)
	if admin == "" {
		t.Skipf("%s is not set: this test needs PostgreSQL", EnvURL)
	}
	return postgresURL(t, admin, "")
}

// Each runs f as a subtest on a fresh, migrated database of every engine.
func Each(t *testing.T, f func(t *testing.T, db *database.DB)) {
	t.Helper()
	for _, e := range Engines() {
		t.Run(e.Name, func(t *testing.T) {
			f(t, e.Open(t))
		})
	}
}

// Open returns a fresh, migrated database of engine e, closed and dropped
// when t ends. It is a copy of the process's migrated template, and
// Migrate still runs on it (finding nothing to do), so what a test sees
// is what a migrated database is.
func (e Engine) Open(t testing.TB) *database.DB {
	t.Helper()
	ctx := context.Background()
	db, err := database.Open(ctx, e.migrated(t))
	if err != nil {
		t.Fatalf("open %s: %v", e.Name, err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatalf("migrate %s: %v", e.Name, err)
	}
	return db
}

// URL returns the DATABASE_URL of a fresh, empty database of engine e,
// dropped when t ends.
func (e Engine) URL(t testing.TB) string {
	t.Helper()
	return e.open(t)
}

func sqliteURL(t testing.TB) string {
	return "sqlite:" + filepath.Join(t.TempDir(), "newsgraph.db")
}

// postgresURL creates a database, a copy of template when it is named,
// dropped when t ends.
func postgresURL(t testing.TB, admin, template string) string {
	t.Helper()
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("%s is not a URL: %v", EnvURL, err)
	}
	name := "newsgraph_test_" + randomHex(6)
	adminDB, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatalf("open %s: %v", EnvURL, err)
	}
	defer adminDB.Close()
	create := fmt.Sprintf("CREATE DATABASE %q", name)
	if template != "" {
		create += fmt.Sprintf(" TEMPLATE %q", template)
	}
	if _, err := adminDB.Exec(create); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		// Cleanups run last-in first-out, so the client opened on this
		// database is already closed.
		if err := drops.start(admin, name); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
