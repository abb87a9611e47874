package database_test

import (
	"context"
	"path/filepath"
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
