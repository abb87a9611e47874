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

// A feed page of articles with their authors, each author's positions and
// each position's organization costs the same number of statements whatever
// the page size: no query per row.
func TestFeedStatementCountDoesNotGrowWithPageSize(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		orgs := c.Organization.CreateBulk(
			c.Organization.Create().SetName("Tỉnh ủy Thái Nguyên"),
			c.Organization.Create().SetName("Ban Tuyên giáo Tỉnh ủy Thái Nguyên"),
		).SaveX(ctx)
		var people []*ent.Person
		for i := 0; i < 10; i++ {
			p := c.Person.Create().SetFullName(fmt.Sprintf("Phóng viên %d", i)).SaveX(ctx)
			c.Position.Create().SetTitle("Phóng viên").SetPerson(p).SetOrganization(orgs[i%2]).ExecX(ctx)
			c.Position.Create().SetTitle("Ủy viên").SetPerson(p).SetOrganization(orgs[(i+1)%2]).ExecX(ctx)
			people = append(people, p)
		}
		base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := 0; i < 60; i++ {
			c.Article.Create().SetTitle(fmt.Sprintf("Tin số %d", i)).
				SetStatus(article.StatusPUBLISHED).SetPublishedAt(base.Add(time.Duration(i)*time.Hour)).
				AddAuthors(people[i%10], people[(i+3)%10]).ExecX(ctx)
		}

		client, log := logStatements(db)
		a := newAPI(client)
		statements := func(first int) int {
			log.take()
			var resp struct {
				Articles struct {
					Edges []struct {
						Node struct {
							Authors []struct {
								Positions []struct{ Organization struct{ Name string } }
							}
						}
					}
				}
			}
			a.mustDo(t, `query($first: Int!) { articles(first: $first, orderBy: {field: PUBLISHED_AT, direction: DESC}) {
				totalCount edges { node { title slug publishedAt
					authors { fullName positions { title organization { name } } } } } } }`,
				map[string]any{"first": first}, &resp)
			if len(resp.Articles.Edges) != first {
				t.Fatalf("got %d articles, want %d", len(resp.Articles.Edges), first)
			}
			for _, e := range resp.Articles.Edges {
				if len(e.Node.Authors) != 2 || len(e.Node.Authors[0].Positions) != 2 || e.Node.Authors[0].Positions[0].Organization.Name == "" {
					t.Fatalf("article loaded without its graph: %+v", e.Node)
				}
			}
			return len(log.take())
		}
		small, large := statements(5), statements(50)
		t.Logf("statements: %d for 5 articles, %d for 50", small, large)
		if small != large {
			t.Errorf("5 articles took %d statements, 50 took %d: a query per row", small, large)
		}
	})
}
