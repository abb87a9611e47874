package graph_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// node(id:) and nodes(ids:) resolve every type by its ID alone; IDs are
// unique across types.
func TestNodeResolvesEveryType(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		if _, err := demo.Load(ctx, c); err != nil {
			t.Fatal(err)
		}
		hoang := c.Person.Query().FirstX(ctx)
		org := c.Organization.Query().FirstX(ctx)
		// An award of its own, so that its recipients are only the two below
		// (the demo's awards have recipients already).
		award := c.Award.Create().SetName("Giấy khen").SetYear(2024).SaveX(ctx)
		art := c.Article.Query().FirstX(ctx)
		pos := c.Position.Query().FirstX(ctx)
		cat := c.Category.Query().FirstX(ctx)
		tag := c.Tag.Query().FirstX(ctx)
		media := c.Media.Create().SetURL("https://example.org/a.jpg").SetAlt("Hội nghị").SaveX(ctx)
		c.Award.UpdateOne(award).AddRecipientPeople(hoang).AddRecipientOrganizations(org).ExecX(ctx)
		c.Person.UpdateOne(hoang).SetPhoto(media).ExecX(ctx) // public as a person's photo

		tests := []struct {
			id       int
			typename string
		}{
			{hoang.ID, "Person"}, {org.ID, "Organization"}, {award.ID, "Award"}, {art.ID, "Article"},
			{pos.ID, "Position"}, {cat.ID, "Category"}, {tag.ID, "Tag"}, {media.ID, "Media"},
		}
		a := newAPI(c)
		seen := map[string]bool{}
		var ids []string
		for _, tt := range tests {
			id := fmt.Sprint(tt.id)
			if seen[id] {
				t.Fatalf("id %s is used by two types", id)
			}
			seen[id] = true
			ids = append(ids, id)
			var resp struct {
				Node *struct {
					Typename string `json:"__typename"`
					ID       string
				}
			}
			a.mustDo(t, `query($id: ID!) { node(id: $id) { __typename id } }`, map[string]any{"id": id}, &resp)
			if resp.Node == nil || resp.Node.Typename != tt.typename || resp.Node.ID != id {
				t.Errorf("node(%s) = %+v, want a %s", id, resp.Node, tt.typename)
			}
		}

		var many struct {
			Nodes []*struct {
				Typename string `json:"__typename"`
			}
		}
		a.mustDo(t, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }`, map[string]any{"ids": append(ids, "999999")}, &many)
		if len(many.Nodes) != len(ids)+1 || many.Nodes[len(ids)] != nil {
			t.Fatalf("nodes = %+v", many.Nodes)
		}
		for i, n := range many.Nodes[:len(ids)] {
			if n == nil || n.Typename != tests[i].typename {
				t.Errorf("nodes[%d] = %+v, want a %s", i, n, tests[i].typename)
			}
		}

		// Award.recipients is the union of people and organizations.
		var rec struct {
			Node struct {
				Recipients []struct {
					Typename string `json:"__typename"`
					FullName string
					Name     string
				}
			}
		}
		a.mustDo(t, `query($id: ID!) { node(id: $id) { ... on Award { recipients {
			__typename ... on Person { fullName } ... on Organization { name } } } } }`,
			map[string]any{"id": fmt.Sprint(award.ID)}, &rec)
		if r := rec.Node.Recipients; len(r) != 2 || r[0].FullName != "Vũ Duy Hoàng" || r[1].Typename != "Organization" || r[1].Name != org.Name {
			t.Errorf("recipients = %+v", r)
		}
	})
}

// Unknown slugs and ids are null without an error; malformed ids are bad input.
func TestLookupsOfWhatIsNotThere(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(db.Client)
		var resp struct {
			Article      *struct{ ID string }
			Person       *struct{ ID string }
			Organization *struct{ ID string }
			Node         *struct{ ID string }
		}
		a.mustDo(t, `{ article(slug: "khong-co") { id } person(slug: "khong-co") { id }
			organization(slug: "khong-co") { id } node(id: "123456789") { id } }`, nil, &resp)
		if resp.Article != nil || resp.Person != nil || resp.Organization != nil || resp.Node != nil {
			t.Errorf("unknown lookups = %+v, want all null", resp)
		}
		for _, id := range []string{"abc", "-4", "0", "1.5", "9999999999999999999999"} {
			a.wantCode(t, "BAD_USER_INPUT", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
		}
		a.wantCode(t, "BAD_USER_INPUT", `{ nodes(ids: ["1", "x"]) { id } }`, nil)
	})
}

// Times go in with any offset and come out as the same instant in UTC, on
// both engines.
func TestTimesRoundTripInUTC(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		hanoi := time.FixedZone("ICT", 7*3600)
		at := time.Date(2024, 7, 3, 16, 30, 15, 123456000, hanoi)
		a := db.Article.Create().SetTitle("Giờ Hà Nội").SetStatus(article.StatusPUBLISHED).SetPublishedAt(at).SaveX(ctx)
		var resp struct{ Node struct{ PublishedAt string } }
		newAPI(db.Client).mustDo(t, `query($id: ID!) { node(id: $id) { ... on Article { publishedAt } } }`,
			map[string]any{"id": fmt.Sprint(a.ID)}, &resp)
		if want := "2024-07-03T09:30:15.123456Z"; resp.Node.PublishedAt != want {
			t.Errorf("publishedAt = %q, want %q", resp.Node.PublishedAt, want)
		}
		back := db.Article.GetX(ctx, a.ID)
		if !back.PublishedAt.Equal(at) || back.PublishedAt.Location() != time.UTC {
			t.Errorf("read back %v (%v), want %v in UTC", back.PublishedAt, back.PublishedAt.Location(), at)
		}
	})
}
