package graph_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// The README's example queries, answered over the demo content.
func TestDemoContent(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if _, err := demo.Load(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		a := newAPI(db.Client)

		var person struct {
			Person struct {
				FullName  string
				Positions []struct {
					Title        string
					Organization struct{ Name string }
				}
				MentionedIn struct{ TotalCount int }
			}
		}
		a.mustDo(t, `{ person(slug: "vu-duy-hoang") {
			fullName
			positions { title organization { name } }
			mentionedIn(first: 10) { totalCount }
		} }`, nil, &person)
		p := person.Person
		if p.FullName != "Vũ Duy Hoàng" || len(p.Positions) != 2 || p.MentionedIn.TotalCount != 1 {
			t.Fatalf("person = %+v", p)
		}
		orgs := map[string]string{}
		for _, pos := range p.Positions {
			orgs[pos.Title] = pos.Organization.Name
		}
		if orgs["Trưởng Ban"] != "Ban Tuyên giáo Tỉnh ủy Thái Nguyên" || orgs["Ủy viên Ban Thường vụ Tỉnh ủy"] != "Ban Thường vụ Tỉnh ủy Thái Nguyên" {
			t.Errorf("positions = %+v", p.Positions)
		}

		var org struct {
			Organization struct {
				Name     string
				Children []struct{ Name string }
			}
		}
		a.mustDo(t, `{ organization(slug: "tinh-uy-thai-nguyen") { name children { name } } }`, nil, &org)
		if len(org.Organization.Children) != 2 {
			t.Errorf("Tỉnh ủy children = %+v", org.Organization.Children)
		}

		var awards struct {
			Awards struct {
				Edges []struct {
					Node struct {
						Name, Kind, Reason string
						Year               int
						Issuer             struct{ Name string }
						PresentedBy        *struct{ FullName string }
					}
				}
			}
		}
		a.mustDo(t, `{ awards(first: 10, orderBy: {field: YEAR}) { edges { node {
			name kind year reason issuer { name } presentedBy { fullName }
		} } } }`, nil, &awards)
		got := awards.Awards.Edges
		if len(got) != 2 {
			t.Fatalf("awards = %+v", got)
		}
		if a := got[0].Node; a.Year != 2023 || a.Kind != "CERTIFICATE_OF_MERIT" || a.Issuer.Name != "Ban Tuyên giáo Trung ương" || a.PresentedBy == nil || a.PresentedBy.FullName != "Vũ Duy Hoàng" {
			t.Errorf("first award = %+v", a)
		}
		if a := got[1].Node; a.Issuer.Name != "Ban Thường vụ Tỉnh ủy Thái Nguyên" {
			t.Errorf("second award = %+v", a)
		}

		// The awards went to people and organizations, and the article has
		// an author who holds a position in the provincial propaganda board.
		var given struct {
			Awards struct {
				Edges []struct {
					Node struct {
						Recipients []struct {
							Typename string `json:"__typename"`
						}
					}
				}
			}
			Articles struct{ TotalCount int }
		}
		a.mustDo(t, `{
			awards(first: 10, orderBy: {field: YEAR}) { edges { node { recipients { __typename } } } }
			articles(first: 10, where: {hasAuthorsWith: {hasPositionsWith: {hasOrganizationWith: {slug: "ban-tuyen-giao-tinh-uy-thai-nguyen"}}}}) { totalCount }
		}`, nil, &given)
		kinds := map[string]int{}
		for _, e := range given.Awards.Edges {
			if len(e.Node.Recipients) == 0 {
				t.Errorf("an award without recipients: %+v", given.Awards.Edges)
			}
			for _, r := range e.Node.Recipients {
				kinds[r.Typename]++
			}
		}
		if kinds["Person"] == 0 || kinds["Organization"] == 0 {
			t.Errorf("recipients by kind = %v, want people and organizations", kinds)
		}
		if given.Articles.TotalCount != 1 {
			t.Errorf("articles by authors in the propaganda board: %d, want the demo article", given.Articles.TotalCount)
		}

		var art struct {
			Article struct {
				Title                  string
				Status                 string
				PublishedAt            string
				MentionedPeople        []struct{ Slug string }
				MentionedOrganizations []struct{ Slug string }
				MentionedAwards        []struct{ Year int }
			}
		}
		a.mustDo(t, `query($slug: String!) { article(slug: $slug) {
			title status publishedAt
			mentionedPeople { slug } mentionedOrganizations { slug } mentionedAwards { year }
		} }`, map[string]any{"slug": demo.ArticleSlug}, &art)
		if art.Article.Status != "PUBLISHED" || art.Article.PublishedAt != "2024-07-03T10:00:00Z" ||
			len(art.Article.MentionedPeople) != 1 || len(art.Article.MentionedOrganizations) != 6 || len(art.Article.MentionedAwards) != 2 {
			t.Errorf("article = %+v", art.Article)
		}

		// Loading again adds nothing.
		before, _ := db.Organization.Query().Count(ctx)
		wrote, err := demo.Load(ctx, db.Client)
		if err != nil || wrote {
			t.Fatalf("second load: wrote=%v err=%v", wrote, err)
		}
		if after, _ := db.Organization.Query().Count(ctx); after != before {
			t.Errorf("second load changed organizations from %d to %d", before, after)
		}
	})
}
