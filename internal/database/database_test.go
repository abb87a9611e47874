package database_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// ForBulkLoad gives SQLite connections a 64 MiB page cache; without it they
// keep a server's 1 MiB.
func TestForBulkLoad(t *testing.T) {
	ctx := context.Background()
	url := "sqlite:" + filepath.Join(t.TempDir(), "bulk.db")
	for _, tc := range []struct {
		opts []database.Option
		want int
	}{
		{nil, -1 * 1024},
		{[]database.Option{database.ForBulkLoad()}, -64 * 1024},
	} {
		db, err := database.Open(ctx, url, tc.opts...)
		if err != nil {
			t.Fatal(err)
		}
		var got int
		if err := db.SQL.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&got); err != nil {
			t.Fatal(err)
		}
		db.Close()
		if got != tc.want {
			t.Errorf("%d options: cache_size %d, want %d", len(tc.opts), got, tc.want)
		}
	}
}

// On PostgreSQL, ForBulkLoad gives the load's sessions a
// maintenance_work_mem of 256 MB for the search index's GIN builds, unless
// the URL sets one; without it they keep the server's.
func TestForBulkLoadOnPostgres(t *testing.T) {
	ctx := context.Background()
	url := testdb.PostgresURL(t)
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	server := func() string {
		db, err := database.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var v string
		if err := db.SQL.QueryRowContext(ctx, "SHOW maintenance_work_mem").Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}()
	for _, tc := range []struct {
		url  string
		opts []database.Option
		want string
	}{
		{url, nil, server},
		{url, []database.Option{database.ForBulkLoad()}, "256MB"},
		{url + sep + "maintenance_work_mem=128MB", []database.Option{database.ForBulkLoad()}, "128MB"},
	} {
		db, err := database.Open(ctx, tc.url, tc.opts...)
		if err != nil {
			t.Fatal(err)
		}
		var got string
		if err := db.SQL.QueryRowContext(ctx, "SHOW maintenance_work_mem").Scan(&got); err != nil {
			t.Fatal(err)
		}
		db.Close()
		if got != tc.want {
			t.Errorf("%s, %d options: maintenance_work_mem %s, want %s", tc.url, len(tc.opts), got, tc.want)
		}
	}
}

// A DATABASE_URL newsgraph cannot use is refused before any connection,
// with what to write instead.
func TestOpenRefusesBadURLs(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"sqlite:", "names no file"},
		{"mysql://localhost/db", "use sqlite:PATH or postgres://HOST/DB"},
		{"postgres://127.0.0.1:1/db?prepare=maybe", `prepare="maybe": use prepare=on or prepare=off`},
	} {
		_, err := database.Open(context.Background(), tc.url)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Open(%q) = %v, want an error saying %q", tc.url, err, tc.want)
		}
	}
}

// A SQLite path is a file name, whatever it holds: "#", "?" and "%" do not
// cut it short (t.TempDir of a second subtest ends in "#01").
func TestSQLitePathsAreFileNames(t *testing.T) {
	for _, name := range []string{"a#01", "what?", "100%", "plain"} {
		dir := filepath.Join(t.TempDir(), name)
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		db, err := database.Open(context.Background(), "sqlite:"+filepath.Join(dir, "newsgraph.db"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.SQL.Exec("CREATE TABLE t (x int)"); err != nil {
			t.Fatal(err)
		}
		db.Close()
		if _, err := os.Stat(filepath.Join(dir, "newsgraph.db")); err != nil {
			t.Errorf("%s: the database is not where its URL says: %v", name, err)
		}
	}
}
