package database_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/database"
)

// ForBulkLoad gives SQLite connections a 64 MiB page cache; without it they
// keep SQLite's default of 2,000 KiB.
func TestForBulkLoad(t *testing.T) {
	ctx := context.Background()
	url := "sqlite:" + filepath.Join(t.TempDir(), "bulk.db")
	for _, tc := range []struct {
		opts []database.Option
		want int
	}{
		{nil, -2000},
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
