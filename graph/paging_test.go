package graph_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// articlePage is one page of articles as the API returns it.
type articlePage struct {
	Articles struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage, HasPreviousPage bool
			StartCursor, EndCursor       *string
		}
		Edges []struct {
			Node struct{ ID, Title string }
		}
	}
}

// seedMixed makes n published articles and m drafts with no publishedAt,
// with some publication dates equal, so that ties and empty values both
// cross page boundaries.
func seedMixed(t *testing.T, c *ent.Client, published, drafts int) map[string]bool {
	t.Helper()
	ids := map[string]bool{}
	base := time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC)
	for i := 0; i < published; i++ {
		a := c.Article.Create().SetTitle(fmt.Sprintf("Bài đã đăng %d", i)).
			SetStatus(article.StatusPUBLISHED).SetPublishedAt(base.Add(time.Duration(i/2) * time.Hour)).
			SaveX(ctx)
		ids[fmt.Sprint(a.ID)] = true
	}
	for i := 0; i < drafts; i++ {
		a := c.Article.Create().SetTitle(fmt.Sprintf("Bản nháp %d", i)).SaveX(ctx)
		ids[fmt.Sprint(a.ID)] = true
	}
	return ids
}

// Paging forwards and backwards by publication date visits every article
// exactly once, drafts without a publication date included.
func TestPagingKeepsRowsWithoutOrderValue(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		want := seedMixed(t, db.Client, 7, 4)
		a := newAPI(db.Client)
		for _, dir := range []string{"ASC", "DESC"} {
			t.Run("forward "+dir, func(t *testing.T) {
				seen := map[string]bool{}
				var after *string
				for pages := 0; ; pages++ {
					if pages > 20 {
						t.Fatal("paging does not end")
					}
					var p articlePage
					a.mustDo(t, `query($after: Cursor, $dir: OrderDirection!) {
						articles(first: 3, after: $after, orderBy: {field: PUBLISHED_AT, direction: $dir}) {
							totalCount pageInfo { hasNextPage endCursor } edges { node { id title } }
						} }`, map[string]any{"after": after, "dir": dir}, &p)
					if p.Articles.TotalCount != len(want) {
						t.Fatalf("totalCount = %d, want %d", p.Articles.TotalCount, len(want))
					}
					for _, e := range p.Articles.Edges {
						if seen[e.Node.ID] {
							t.Fatalf("article %s (%s) seen twice", e.Node.ID, e.Node.Title)
						}
						seen[e.Node.ID] = true
					}
					if !p.Articles.PageInfo.HasNextPage {
						break
					}
					after = p.Articles.PageInfo.EndCursor
				}
				if len(seen) != len(want) {
					t.Fatalf("saw %d articles, want %d", len(seen), len(want))
				}
			})
			t.Run("backward "+dir, func(t *testing.T) {
				seen := map[string]bool{}
				var before *string
				for pages := 0; ; pages++ {
					if pages > 20 {
						t.Fatal("paging does not end")
					}
					var p articlePage
					a.mustDo(t, `query($before: Cursor, $dir: OrderDirection!) {
						articles(last: 3, before: $before, orderBy: {field: PUBLISHED_AT, direction: $dir}) {
							pageInfo { hasPreviousPage startCursor } edges { node { id title } }
						} }`, map[string]any{"before": before, "dir": dir}, &p)
					for _, e := range p.Articles.Edges {
						if seen[e.Node.ID] {
							t.Fatalf("article %s (%s) seen twice", e.Node.ID, e.Node.Title)
						}
						seen[e.Node.ID] = true
					}
					if !p.Articles.PageInfo.HasPreviousPage {
						break
					}
					before = p.Articles.PageInfo.StartCursor
				}
				if len(seen) != len(want) {
					t.Fatalf("saw %d articles, want %d", len(seen), len(want))
				}
			})
		}
	})
}

// Page sizes and cursors a client gets wrong are BAD_USER_INPUT, before any
// data is read, at the top level and in nested connections alike.
func TestPagingBadInput(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		seedMixed(t, db.Client, 2, 0)
		a := newAPI(db.Client)
		tests := []struct {
			name, query string
			vars        map[string]any
		}{
			{"first above the cap", `{ articles(first: 101) { totalCount } }`, nil},
			{"last above the cap", `{ people(last: 1000) { totalCount } }`, nil},
			{"negative first", `{ organizations(first: -1) { totalCount } }`, nil},
			{"negative last in a variable", `query($n: Int) { awards(last: $n) { totalCount } }`, map[string]any{"n": -5}},
			{"no page size", `{ articles { totalCount } }`, nil},
			{"nested first above the cap", `{ people(first: 1) { edges { node { articles(first: 500) { totalCount } } } } }`, nil},
			{"nested in a fragment", `{ people(first: 1) { edges { node { ...P } } } } fragment P on Person { mentionedIn { totalCount } }`, nil},
			{"malformed cursor", `{ articles(first: 5, after: "not-a-cursor!") { totalCount } }`, nil},
			{"malformed cursor in a variable", `query($c: Cursor) { articles(first: 5, before: $c) { totalCount } }`, map[string]any{"c": "AAAA"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				e := a.wantCode(t, "BAD_USER_INPUT", tt.query, tt.vars)
				if e.Message == "" {
					t.Error("error has no message")
				}
			})
		}
		// The cap itself is allowed.
		var p articlePage
		a.mustDo(t, `{ articles(first: 100) { totalCount } }`, nil, &p)
		if p.Articles.TotalCount != 2 {
			t.Errorf("totalCount = %d", p.Articles.TotalCount)
		}
	})
}
