//go:build ignore

// Generate writes the migration files for a change of the ent schema, one
// for each engine, with one version:
//
//	go run ./internal/database/migrations/generate.go add_article_subtitle
//
// It works on scratch databases: SQLite in memory, and a temporary database
// on the PostgreSQL server named by NEWSGRAPH_TEST_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable), which it
// drops when done. It is not run by go generate because it needs that
// server; TestMigrationsMatchTheEntSchema says when it must be run.
package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"time"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	_ "github.com/lib/pq"
	_ "modernc.org/sqlite"

	"github.com/newsgraph/newsgraph/internal/database/migrations"
)

func main() {
	if len(os.Args) != 2 || !regexp.MustCompile(`^[a-z0-9_]+$`).MatchString(os.Args[1]) {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/database/migrations/generate.go NAME (lower_case_words saying what changes)")
		os.Exit(2)
	}
	if err := generate(context.Background(), os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "generate migrations:", err)
		os.Exit(1)
	}
}

func generate(ctx context.Context, name string) error {
	_, self, _, _ := runtime.Caller(0)
	here := filepath.Dir(self)
	version := time.Now().UTC().Format("20060102150405")
	sqliteDev, err := sql.Open("sqlite", "file:dev?mode=memory&_pragma=foreign_keys(1)")
	if err != nil {
		return err
	}
	defer sqliteDev.Close()
	sqliteDev.SetMaxOpenConns(1) // an in-memory database lives in one connection
	pgDev, drop, err := postgresDev(ctx)
	if err != nil {
		return err
	}
	defer drop()
	for _, e := range []struct {
		dia string
		dev *sql.DB
	}{{dialect.SQLite, sqliteDev}, {dialect.Postgres, pgDev}} {
		dir, err := atlas.NewLocalDir(filepath.Join(here, filepath.Base(migrations.Path(e.dia))))
		if err != nil {
			return err
		}
		wrote, err := migrations.Diff(ctx, e.dev, e.dia, dir, version, name)
		if err != nil {
			return err
		}
		if wrote {
			fmt.Printf("wrote %s/%s_%s.sql\n", migrations.Path(e.dia), version, name)
		} else {
			fmt.Printf("%s: the files already match the ent schema\n", e.dia)
		}
	}
	return nil
}

// postgresDev creates an empty scratch database and returns it with the
// function that drops it.
func postgresDev(ctx context.Context) (*sql.DB, func(), error) {
	admin := os.Getenv("NEWSGRAPH_TEST_DATABASE_URL")
	if admin == "" {
		admin = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	u, err := url.Parse(admin)
	if err != nil {
		return nil, nil, err
	}
	adminDB, err := sql.Open("postgres", admin)
	if err != nil {
		return nil, nil, err
	}
	b := make([]byte, 6)
	rand.Read(b)
	name := "newsgraph_migrate_dev_" + hex.EncodeToString(b)
	if _, err := adminDB.ExecContext(ctx, fmt.Sprintf("CREATE DATABASE %q", name)); err != nil {
		adminDB.Close()
		return nil, nil, fmt.Errorf("create a scratch database on %s: %w", u.Redacted(), err)
	}
	u.Path = "/" + name
	dev, err := sql.Open("postgres", u.String())
	if err != nil {
		adminDB.Close()
		return nil, nil, err
	}
	return dev, func() {
		dev.Close()
		adminDB.ExecContext(context.Background(), fmt.Sprintf("DROP DATABASE IF EXISTS %q WITH (FORCE)", name))
		adminDB.Close()
	}, nil
}
