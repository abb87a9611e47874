package graph_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

const mergePeople = `mutation($into: ID!, $from: ID!) { mergePeople(into: $into, from: $from) { id fullName } }`
const mergeOrganizations = `mutation($into: ID!, $from: ID!) { mergeOrganizations(into: $into, from: $from) { id name } }`

// personEdges reads every edge of a person, through the API.
const personEdges = `query($slug: String!) {
	person(slug: $slug) {
		id fullName bio
		positions { title organization { name } }
		awards { name }
		awardsPresented { name }
		articles(first: 10) { edges { node { title revisions(first: 10) { totalCount } } } }
		mentionedIn(first: 10) { totalCount }
	}
}`

type personWithEdges struct {
	Person *struct {
		ID, FullName, Bio string
		Positions         []struct {
			Title        string
			Organization struct{ Name string }
		}
		Awards, AwardsPresented []struct{ Name string }
		Articles                struct {
			Edges []struct {
				Node struct {
					Title     string
					Revisions struct{ TotalCount int }
				}
			}
		}
		MentionedIn struct{ TotalCount int }
	}
}

func id(n int) string { return strconv.Itoa(n) }

func TestMergePeople(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		kept := c.Person.Create().SetFullName("Nguyễn Hương Giang").SaveX(ctx)
		dup := c.Person.Create().SetFullName("Nguyễn Thị Hương Giang").SetBio("Phóng viên").SaveX(ctx)
		org := c.Organization.Create().SetName("Ban Tuyên giáo Tỉnh ủy Thái Nguyên").SaveX(ctx)
		c.Position.Create().SetTitle("Trưởng Ban").SetPerson(kept).SetOrganization(org).SaveX(ctx)
		c.Position.Create().SetTitle("Trưởng Ban").SetPerson(dup).SetOrganization(org).SaveX(ctx) // the same one twice
		c.Position.Create().SetTitle("Ủy viên").SetPerson(dup).SetOrganization(org).SaveX(ctx)
		c.Award.Create().SetName("Bằng khen").SetYear(2023).AddRecipientPeople(dup).SetPresentedBy(dup).SaveX(ctx)
		c.Award.Create().SetName("Giấy khen").SetYear(2023).AddRecipientPeople(dup, kept).SaveX(ctx)
		a := c.Article.Create().SetTitle("Hội nghị sơ kết").AddAuthors(dup).AddMentionedPeople(dup, kept).SaveX(ctx)
		c.Article.UpdateOne(a).SetTitle("Hội nghị sơ kết 6 tháng").SaveX(ctx) // a second revision
		revisions := c.Revision.Query().CountX(ctx)

		editor := newAPIAs(c, auth.Editor)
		var out struct{ MergePeople struct{ ID, FullName string } }
		editor.mustDo(t, mergePeople, map[string]any{"into": id(kept.ID), "from": id(dup.ID)}, &out)
		if out.MergePeople.ID != id(kept.ID) || out.MergePeople.FullName != "Nguyễn Hương Giang" {
			t.Fatalf("merged into %+v", out.MergePeople)
		}

		// The old slug answers as the kept person, with every edge.
		for _, slug := range []string{kept.Slug, dup.Slug} {
			var p personWithEdges
			editor.mustDo(t, personEdges, map[string]any{"slug": slug}, &p)
			if p.Person == nil || p.Person.ID != id(kept.ID) {
				t.Fatalf("person(slug: %q) = %+v, want the kept person", slug, p.Person)
			}
			got := p.Person
			var titles []string
			for _, pos := range got.Positions {
				titles = append(titles, pos.Title)
			}
			slices.Sort(titles)
			if !slices.Equal(titles, []string{"Trưởng Ban", "Ủy viên"}) {
				t.Errorf("positions %v, want Trưởng Ban (once) and Ủy viên", titles)
			}
			if len(got.Awards) != 2 || len(got.AwardsPresented) != 1 || got.Bio != "Phóng viên" {
				t.Errorf("awards %v, presented %v, bio %q", got.Awards, got.AwardsPresented, got.Bio)
			}
			if len(got.Articles.Edges) != 1 || got.Articles.Edges[0].Node.Revisions.TotalCount != 2 || got.MentionedIn.TotalCount != 1 {
				t.Errorf("articles %+v, mentioned in %d", got.Articles, got.MentionedIn.TotalCount)
			}
		}
		// The compiled executor's lookup (a query of lookups only) too, for
		// the public.
		var pub struct{ Person *struct{ FullName string } }
		newAPI(c).mustDo(t, `query($s: String!) { person(slug: $s) { fullName } }`, map[string]any{"s": dup.Slug}, &pub)
		if pub.Person == nil || pub.Person.FullName != "Nguyễn Hương Giang" {
			t.Errorf("public person(slug: old) = %+v", pub.Person)
		}
		// The old id.
		var node struct {
			Node *struct{ ID, FullName string }
		}
		newAPI(c).mustDo(t, `query($id: ID!) { node(id: $id) { id ... on Person { fullName } } }`, map[string]any{"id": id(dup.ID)}, &node)
		if node.Node == nil || node.Node.ID != id(kept.ID) {
			t.Errorf("node(id: old) = %+v, want the kept person", node.Node)
		}
		if n := c.Person.Query().CountX(ctx); n != 1 {
			t.Errorf("%d people after the merge, want 1", n)
		}
		if n := c.Revision.Query().CountX(ctx); n != revisions {
			t.Errorf("%d revisions after the merge, want the %d before", n, revisions)
		}
		if !c.Article.Query().Where(article.HasAuthorsWith()).ExistX(ctx) {
			t.Error("the article lost its author")
		}

		// Search: the merged person is gone, the kept one found.
		for q, want := range map[string]int{"Nguyen Thi Huong Giang": 0, "Nguyen Huong Giang": 1} {
			var page searchPage
			editor.mustDo(t, searchQuery, map[string]any{"q": q, "types": []string{"PERSON"}, "first": 10}, &page)
			found := 0
			for _, e := range page.Search.Edges {
				switch e.Node.FullName {
				case "Nguyễn Hương Giang":
					found++
				case "Nguyễn Thị Hương Giang":
					t.Errorf("search %q finds the merged person", q)
				}
			}
			if found != want {
				t.Errorf("search %q finds the kept person %d times, want %d", q, found, want)
			}
		}

		// Merged on: the first redirect follows to the newest.
		third := c.Person.Create().SetFullName("Nguyễn H. Giang").SaveX(ctx)
		editor.mustDo(t, mergePeople, map[string]any{"into": id(third.ID), "from": id(kept.ID)}, nil)
		var p personWithEdges
		editor.mustDo(t, personEdges, map[string]any{"slug": dup.Slug}, &p)
		if p.Person == nil || p.Person.ID != id(third.ID) || len(p.Person.Awards) != 2 {
			t.Errorf("after a second merge, person(slug: first) = %+v, want %d with both awards", p.Person, third.ID)
		}
	})
}

func TestMergeOrganizations(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		top := c.Organization.Create().SetName("Tỉnh ủy Thái Nguyên").SaveX(ctx)
		kept := c.Organization.Create().SetName("Ban Tuyên giáo Tỉnh ủy Thái Nguyên").SaveX(ctx)
		dup := c.Organization.Create().SetName("Ban Tuyên giáo Tỉnh ủy").SetParent(top).SetShortName("BTG").SaveX(ctx)
		child := c.Organization.Create().SetName("Phòng Tuyên truyền").SetParent(dup).SaveX(ctx)
		person := c.Person.Create().SetFullName("Vũ Duy Hoàng").SaveX(ctx)
		c.Position.Create().SetTitle("Trưởng Ban").SetPerson(person).SetOrganization(dup).SaveX(ctx)
		c.Award.Create().SetName("Bằng khen của Ban Tuyên giáo").SetYear(2023).SetIssuer(dup).AddRecipientOrganizations(dup).SaveX(ctx)
		doc := c.Document.Create().SetCode("01-KH/BTG").SetTitle("Kế hoạch").SetIssuer(dup).SaveX(ctx)
		c.Article.Create().SetTitle("Hội nghị").AddMentionedOrganizations(dup, kept).SaveX(ctx)

		editor := newAPIAs(c, auth.Editor)
		editor.mustDo(t, mergeOrganizations, map[string]any{"into": id(kept.ID), "from": id(dup.ID)}, nil)

		var out struct {
			Organization *struct {
				ID, Name, ShortName string
				Parent              *struct{ Name string }
				Children            []struct{ Name string }
				Positions           []struct{ Title string }
				AwardsIssued        struct{ TotalCount int }
				AwardsReceived      struct{ TotalCount int }
				MentionedIn         struct{ TotalCount int }
			}
		}
		editor.mustDo(t, `query($s: String!) { organization(slug: $s) {
			id name shortName parent { name } children { name } positions { title }
			awardsIssued(first: 10) { totalCount } awardsReceived(first: 10) { totalCount } mentionedIn(first: 10) { totalCount } } }`,
			map[string]any{"s": dup.Slug}, &out)
		o := out.Organization
		if o == nil || o.ID != id(kept.ID) {
			t.Fatalf("organization(slug: old) = %+v, want the kept one", o)
		}
		if o.ShortName != "BTG" || o.Parent == nil || o.Parent.Name != top.Name || len(o.Children) != 1 || o.Children[0].Name != child.Name ||
			len(o.Positions) != 1 || o.AwardsIssued.TotalCount != 1 || o.AwardsReceived.TotalCount != 1 || o.MentionedIn.TotalCount != 1 {
			t.Errorf("kept organization after the merge: %+v", o)
		}
		if d := c.Document.Query().Where().WithIssuer().OnlyX(ctx); d.ID != doc.ID || d.Edges.Issuer == nil || d.Edges.Issuer.ID != kept.ID {
			t.Errorf("document issuer = %+v, want %d", d.Edges.Issuer, kept.ID)
		}
		var node struct{ Node *struct{ ID string } }
		newAPI(c).mustDo(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id(dup.ID)}, &node)
		if node.Node == nil || node.Node.ID != id(kept.ID) {
			t.Errorf("node(id: old) = %+v", node.Node)
		}
	})
}

func TestMergeRefused(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		p := c.Person.Create().SetFullName("Vũ Duy Hoàng").SaveX(ctx)
		q := c.Person.Create().SetFullName("Vũ Duy Hoàng").SaveX(ctx)
		o := c.Organization.Create().SetName("Tỉnh ủy Thái Nguyên").SaveX(ctx)
		editor := newAPIAs(c, auth.Editor)
		for _, tc := range []struct {
			name, query string
			into, from  int
		}{
			{"person into itself", mergePeople, p.ID, p.ID},
			{"organization into itself", mergeOrganizations, o.ID, o.ID},
			{"organization into a person", mergePeople, p.ID, o.ID},
			{"person into an organization", mergeOrganizations, o.ID, p.ID},
			{"unknown id", mergePeople, p.ID, 999},
		} {
			t.Run(tc.name, func(t *testing.T) {
				editor.wantCode(t, "BAD_USER_INPUT", tc.query, map[string]any{"into": id(tc.into), "from": id(tc.from)})
			})
		}
		vars := map[string]any{"into": id(p.ID), "from": id(q.ID)}
		newAPI(c).wantCode(t, "UNAUTHENTICATED", mergePeople, vars)
		newAPIAs(c, auth.Viewer).wantCode(t, "FORBIDDEN", mergePeople, vars)
		if n := c.Person.Query().CountX(ctx); n != 2 {
			t.Errorf("%d people after refused merges, want 2", n)
		}
	})
}

// An imported person or organization merged away since answers, in the
// import's entities, as the one it was merged into, not as null.
func TestImportedEntityFollowsMerge(t *testing.T) {
	const imported = `{ storyImports(first: 1) { edges { node { entities { kind name node { id } } } } } }`
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		keptPerson := c.Person.Create().SetFullName("Vũ Duy Hoàng (Thái Nguyên)").SaveX(ctx)
		keptOrg := c.Organization.Create().SetName("Ban Tuyên giáo Thái Nguyên").SaveX(ctx)
		editor := newAPIAs(c, auth.Editor)
		var rep importReport
		editor.mustDo(t, importArticle, map[string]any{"text": "Ngày 3-7-2024, đồng chí Vũ Duy Hoàng, Trưởng Ban Tuyên giáo Tỉnh ủy Thái Nguyên chủ trì hội nghị sơ kết."}, &rep)
		ids := map[string]string{} // kind → the node the import linked or created
		for _, e := range rep.ImportArticle.Entities {
			if e.Node != nil && (e.Kind == "PERSON" || e.Kind == "ORGANIZATION") {
				ids[e.Kind] = e.Node.ID
			}
		}
		if ids["PERSON"] == "" || ids["ORGANIZATION"] == "" {
			t.Fatalf("import found %+v; want a person and an organization", rep.ImportArticle.Entities)
		}
		editor.mustDo(t, mergePeople, map[string]any{"into": id(keptPerson.ID), "from": ids["PERSON"]}, nil)
		editor.mustDo(t, mergeOrganizations, map[string]any{"into": id(keptOrg.ID), "from": ids["ORGANIZATION"]}, nil)

		var got struct {
			StoryImports struct {
				Edges []struct {
					Node struct {
						Entities []struct {
							Kind, Name string
							Node       *struct{ ID string }
						}
					}
				}
			}
		}
		editor.mustDo(t, imported, nil, &got)
		want := map[string]string{"PERSON": id(keptPerson.ID), "ORGANIZATION": id(keptOrg.ID)}
		seen := 0
		for _, e := range got.StoryImports.Edges[0].Node.Entities {
			w, ok := want[e.Kind]
			if !ok {
				continue
			}
			seen++
			if e.Node == nil || e.Node.ID != w {
				t.Errorf("%s %q: node %+v, want the one it was merged into (%s)", e.Kind, e.Name, e.Node, w)
			}
		}
		if seen != 2 {
			t.Errorf("import review lists %d people and organizations, want 2", seen)
		}
	})
}
