package search_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// Rebuild restores an emptied index from the content.
func TestRebuild(t *testing.T) {
	ctx := context.Background()
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if _, err := demo.Load(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		idx := search.New(db.Client)
		q, err := search.ParseQuery("vu duy hoang")
		if err != nil {
			t.Fatal(err)
		}
		req := search.Request{Query: q, Now: time.Now(), Limit: 10}
		count := func() int {
			t.Helper()
			n, err := idx.Count(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		if n := count(); n != 2 { // the person and the demo article
			t.Fatalf("before: %d hits", n)
		}
		e, err := idx.Engine()
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Clear(ctx, db.SQL); err != nil {
			t.Fatal(err)
		}
		if n := count(); n != 0 {
			t.Fatalf("cleared: %d hits", n)
		}
		n, err := search.Rebuild(ctx, db.Client)
		if err != nil {
			t.Fatal(err)
		}
		// 8 organizations, 3 people, 2 awards, 1 article.
		if n != 14 {
			t.Errorf("rebuilt %d entries, want 14", n)
		}
		if n := count(); n != 2 {
			t.Fatalf("after: %d hits", n)
		}
	})
}
