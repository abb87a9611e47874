package graph_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// Bounds on publishedAt also bound published_sort, the column the feed's
// index orders by, so that "the archive before a date" starts its walk of
// the index at the date; and they select exactly the articles the bounds
// on publishedAt select, drafts (no publishedAt) never among them.
func TestPublishedAtBoundsUseTheFeedIndex(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		day := time.Date(2024, 7, 1, 8, 0, 0, 0, time.UTC)
		for i := range 10 {
			db.Article.Create().SetTitle(fmt.Sprintf("Bài %d", i)).SetStatus(article.StatusPUBLISHED).
				SetPublishedAt(day.AddDate(0, 0, i)).ExecX(ctx)
		}
		db.Article.Create().SetTitle("Bản nháp").ExecX(ctx)

		client, log := logStatements(db)
		a := newAPIAs(client, auth.Editor) // editors see drafts too
		for _, tc := range []struct {
			bound string
			at    time.Time
			want  []string
		}{
			{"publishedAtLTE", day.AddDate(0, 0, 3), []string{"Bài 3", "Bài 2", "Bài 1", "Bài 0"}},
			{"publishedAtLT", day.AddDate(0, 0, 3), []string{"Bài 2", "Bài 1", "Bài 0"}},
			{"publishedAtGTE", day.AddDate(0, 0, 8), []string{"Bài 9", "Bài 8"}},
			{"publishedAtGT", day.AddDate(0, 0, 8), []string{"Bài 9"}},
		} {
			t.Run(tc.bound, func(t *testing.T) {
				log.take()
				var out struct {
					Articles struct {
						Edges []struct{ Node struct{ Title string } }
					}
				}
				a.mustDo(t, `query($at: Time!) { articles(first: 20, orderBy: {field: PUBLISHED_AT, direction: DESC},
					where: {`+tc.bound+`: $at}) { edges { node { title } } } }`, map[string]any{"at": tc.at}, &out)
				var got []string
				for _, e := range out.Articles.Edges {
					got = append(got, e.Node.Title)
				}
				if !slices.Equal(got, tc.want) {
					t.Errorf("titles %q, want %q", got, tc.want)
				}
				statements := log.take()
				unquoted := strings.NewReplacer("`", "", `"`, "").Replace(strings.Join(statements, ";"))
				if len(statements) != 1 || !strings.Contains(unquoted, "published_sort <") && !strings.Contains(unquoted, "published_sort >") {
					t.Errorf("the page's statement does not bound published_sort: %q", statements)
				}
			})
		}
	})
}
