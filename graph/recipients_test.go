package graph_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/bench/operations"
	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// The benchmark's AWARDS (a page of awards with issuer and recipients) costs
// the same few statements whether the page holds 3 awards or 30: recipients
// are loaded for the whole page, not award by award. The compiled executor
// answers it with one statement; gqlgen's with four.
func TestAwardsRecipientsFixedStatements(t *testing.T) {
	awards, err := fs.ReadFile(operations.Files, "AWARDS.graphql")
	if err != nil {
		t.Fatal(err)
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		issuer := db.Organization.Create().SetName("Ban Tuyên giáo Trung ương").SaveX(ctx)
		unit := db.Organization.Create().SetName("Trường Tiểu học Hùng Sơn").SaveX(ctx)
		people := db.Person.CreateBulk(
			db.Person.Create().SetFullName("Vũ Duy Hoàng"),
			db.Person.Create().SetFullName("Nguyễn Thị Lan"),
		).SaveX(ctx)
		addAwards := func(year, n int) {
			builders := make([]*ent.AwardCreate, n)
			for i := range builders {
				builders[i] = db.Award.Create().SetName("Bằng khen").SetYear(year).SetIssuer(issuer).
					AddRecipientPeople(people...).AddRecipientOrganizations(unit)
			}
			db.Award.CreateBulk(builders...).ExecX(ctx)
		}
		addAwards(2023, 3)
		addAwards(2024, 30)

		client, log := logStatements(db)
		for _, executor := range []struct {
			name string
			a    *api
			want int
		}{
			// The awards with issuers and recipients built in.
			{"compiled", newAPI(client), 1},
			// The awards, their issuers, the people and the organizations.
			{"interpreted", newInterpretedAPI(client), 4},
		} {
			a := executor.a
			statements := map[int]int{}
			for _, year := range []int{2023, 2024} {
				var out struct {
					Awards struct {
						Edges []struct {
							Node struct {
								Issuer     struct{ Name string }
								Recipients []struct {
									Typename string `json:"__typename"`
								}
							}
						}
					}
				}
				log.take()
				a.mustDo(t, string(awards), map[string]any{"year": year}, &out)
				statements[year] = len(log.take())
				for _, e := range out.Awards.Edges {
					if e.Node.Issuer.Name != "Ban Tuyên giáo Trung ương" || len(e.Node.Recipients) != 3 {
						t.Fatalf("year %d: award %+v, want the issuer and 3 recipients", year, e.Node)
					}
				}
			}
			if statements[2023] != executor.want || statements[2024] != executor.want {
				t.Fatalf("%s: statements for 3 awards: %d, for 30: %d; want %d each", executor.name, statements[2023], statements[2024], executor.want)
			}
		}
	})
}

// The recipients of a page of awards load as an edge ent knows would: only
// the columns the union's fragments select, and the edges those fragments
// select for all recipients at once. (gqlgen's executor: the compiled one
// selects only what the query does by construction.)
func TestAwardsRecipientsSelectedColumns(t *testing.T) {
	const query = `query($year: Int!) {
  awards(first: 50, where: {year: $year}) {
    edges { node { name recipients {
      __typename
      ... on Person { fullName positions { title } }
      ... on Organization { name }
    } } }
  }
}`
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		unit := db.Organization.Create().SetName("Trường Tiểu học Hùng Sơn").SaveX(ctx)
		people := db.Person.CreateBulk(
			db.Person.Create().SetFullName("Vũ Duy Hoàng").SetBio("Bí thư Tỉnh ủy"),
			db.Person.Create().SetFullName("Nguyễn Thị Lan"),
		).SaveX(ctx)
		for _, p := range people {
			db.Position.Create().SetPerson(p).SetOrganization(unit).SetTitle("Hiệu trưởng").ExecX(ctx)
		}
		for range 5 {
			db.Award.Create().SetName("Bằng khen").SetYear(2024).AddRecipientPeople(people...).AddRecipientOrganizations(unit).ExecX(ctx)
		}

		client, log := logStatements(db)
		a := newInterpretedAPI(client)
		var out struct {
			Awards struct {
				Edges []struct {
					Node struct {
						Recipients []struct {
							FullName  string
							Name      string
							Positions []struct{ Title string }
						}
					}
				}
			}
		}
		a.mustDo(t, query, map[string]any{"year": 2024}, &out)
		if len(out.Awards.Edges) != 5 {
			t.Fatalf("awards: %d, want 5", len(out.Awards.Edges))
		}
		for _, e := range out.Awards.Edges {
			r := e.Node.Recipients
			if len(r) != 3 || r[0].FullName == "" || len(r[0].Positions) != 1 || r[2].Name != "Trường Tiểu học Hùng Sơn" {
				t.Fatalf("recipients %+v, want 2 people with their position and the school", r)
			}
		}
		// The awards, the people, their positions, the organizations.
		statements := log.take()
		if len(statements) != 4 {
			t.Errorf("statements: %d, want 4:\n%s", len(statements), strings.Join(statements, "\n"))
		}
		for _, s := range statements {
			s = strings.NewReplacer("`", "", `"`, "").Replace(s) // SQLite quotes with backticks
			if strings.Contains(s, "persons.bio") || strings.Contains(s, "organizations.website") {
				t.Errorf("a recipients statement loads columns nobody asked for: %s", s)
			}
		}
	})
}
