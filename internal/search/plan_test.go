package search_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/synthetic"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// On PostgreSQL a tier is read through its GIN index or by walking the key
// order, depending on how common the query's words are (termStats); so is
// a count. Both ways give the same hits, page after page, and counts.
func TestSearchWalkAndIndexAgree(t *testing.T) {
	ctx := context.Background()
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if db.Dialect != dialect.Postgres {
			t.Skip("only PostgreSQL chooses between two ways")
		}
		if _, err := synthetic.Load(ctx, db.Client, 0.01, 1, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SQL.ExecContext(ctx, "ANALYZE search_documents"); err != nil {
			t.Fatal(err)
		}
		pages := func(raw string, kinds []search.Kind, drafts bool) []string {
			q, err := search.ParseQuery(raw)
			if err != nil {
				t.Fatal(err)
			}
			x := search.New(db.Client) // fresh statistics
			r := search.Request{Query: q, Kinds: kinds, Drafts: drafts, Now: time.Now(), Limit: 13}
			var out []string
			for range 6 {
				hits, err := x.Search(ctx, r)
				if err != nil {
					t.Fatal(err)
				}
				for _, h := range hits {
					out = append(out, fmt.Sprint(h))
				}
				if len(hits) < r.Limit {
					break
				}
				r.After = &hits[len(hits)-1].Position
			}
			r.After = nil
			n, err := x.Count(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			return append(out, fmt.Sprint("count ", n))
		}
		for _, tc := range []struct {
			q      string
			kinds  []search.Kind
			drafts bool
		}{
			{q: "nguyen van nam"}, {q: "nam"}, {q: "hoi ngh"}, {q: "so y te", kinds: []search.Kind{search.KindArticle}},
			{q: "tran thi", drafts: true}, {q: "ng"}, {q: "bang khen", kinds: []search.Kind{search.KindAward, search.KindPerson}},
		} {
			restore := search.SetCommonShare(2) // every tier through GIN
			index := pages(tc.q, tc.kinds, tc.drafts)
			restore()
			restore = search.SetCommonShare(-1) // every tier walked
			walk := pages(tc.q, tc.kinds, tc.drafts)
			restore()
			if len(index) == 0 || !slices.Equal(index, walk) {
				t.Errorf("%q: through the index %d hits, walking %d:\n%v\n%v", tc.q, len(index), len(walk), index, walk)
			}
		}
	})
}
