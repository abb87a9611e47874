package graph_test

import (
	"context"
	"io/fs"
	"sync/atomic"
	"testing"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/newsgraph/newsgraph/bench/operations"
	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// queryCounter counts the statements that read.
type queryCounter struct {
	dialect.Driver
	queries atomic.Int64
}

func (d *queryCounter) Query(ctx context.Context, query string, args, v any) error {
	d.queries.Add(1)
	return d.Driver.Query(ctx, query, args, v)
}

// The benchmark's AWARDS (a page of awards with issuer and recipients) costs
// the same few statements whether the page holds 3 awards or 30: recipients
// are loaded for the whole page, not award by award.
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

		counting := &queryCounter{Driver: entsql.OpenDB(db.Dialect, db.SQL)}
		a := newAPI(ent.NewClient(ent.Driver(counting)))
		statements := map[int]int64{}
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
			counting.queries.Store(0)
			a.mustDo(t, string(awards), map[string]any{"year": year}, &out)
			statements[year] = counting.queries.Load()
			for _, e := range out.Awards.Edges {
				if e.Node.Issuer.Name != "Ban Tuyên giáo Trung ương" || len(e.Node.Recipients) != 3 {
					t.Fatalf("year %d: award %+v, want the issuer and 3 recipients", year, e.Node)
				}
			}
		}
		// The awards, their issuers, the people and the organizations.
		if statements[2023] != 4 || statements[2024] != 4 {
			t.Fatalf("statements for 3 awards: %d, for 30: %d; want 4 each", statements[2023], statements[2024])
		}
	})
}
