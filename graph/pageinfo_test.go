package graph_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// A page with pageInfo but without totalCount costs one statement, no COUNT,
// and its pageInfo is still right; asking for totalCount still counts.
func TestPageInfoWithoutCount(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		for _, title := range []string{"Hội nghị sơ kết", "Lễ trao Bằng khen", "Tập huấn chuyển đổi số"} {
			db.Article.Create().SetTitle(title).ExecX(ctx)
		}
		client, log := logStatements(db)
		a := newAPIAs(client, "EDITOR")

		type page struct {
			Articles struct {
				TotalCount int
				Edges      []struct{ Cursor string }
				PageInfo   struct {
					HasNextPage, HasPreviousPage bool
					EndCursor                    string
				}
			}
		}
		var first page
		a.mustDo(t, `{ articles(first: 2) { edges { cursor } pageInfo { hasNextPage hasPreviousPage endCursor } } }`, nil, &first)
		if n := len(log.take()); n != 1 {
			t.Errorf("statements for a page with pageInfo: %d, want 1", n)
		}
		pi := first.Articles.PageInfo
		if len(first.Articles.Edges) != 2 || !pi.HasNextPage || pi.HasPreviousPage || pi.EndCursor != first.Articles.Edges[1].Cursor {
			t.Fatalf("first page = %+v", first.Articles)
		}

		var next page
		a.mustDo(t, `query($after: Cursor) { articles(first: 2, after: $after) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage } } }`,
			map[string]any{"after": pi.EndCursor}, &next)
		if next.Articles.TotalCount != 3 || len(next.Articles.Edges) != 1 || next.Articles.PageInfo.HasNextPage || !next.Articles.PageInfo.HasPreviousPage {
			t.Fatalf("second page = %+v", next.Articles)
		}
	})
}
