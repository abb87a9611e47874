package graph_test

import (
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// What hangs only off a draft is not public: a Media that is only a
// draft's cover is null through node and nodes for an anonymous caller
// until the draft is published, while a public article's cover and a
// person's photo are public, and a viewer reads them all.
func TestDraftCoverIsNotPublic(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		media := func(name string) string {
			return strconv.Itoa(c.Media.Create().SetURL("/media/" + name + ".png").SaveX(ctx).ID)
		}
		draftCover, publicCover, photo, unused := media("draft-cover"), media("public-cover"), media("photo"), media("unused")
		id := func(s string) int { n, _ := strconv.Atoi(s); return n }
		draft := c.Article.Create().SetTitle("Bản nháp có ảnh bìa").SetCoverID(id(draftCover)).SaveX(ctx)
		c.Article.Create().SetTitle("Bài đã đăng").SetStatus(article.StatusPUBLISHED).
			SetPublishedAt(time.Now().Add(-time.Hour)).SetCoverID(id(publicCover)).ExecX(ctx)
		c.Person.Create().SetFullName("Vũ Duy Hoàng").SetPhotoID(id(photo)).ExecX(ctx)

		const q = `query($one: ID!, $all: [ID!]!) { one: node(id: $one) { id } all: nodes(ids: $all) { id ... on Media { url } } }`
		vars := map[string]any{"one": draftCover, "all": []string{draftCover, publicCover, photo, unused}}
		type answer struct {
			One *struct{ ID string }
			All []*struct{ ID, URL string }
		}
		ids := func(a answer) []string {
			var out []string
			for _, n := range a.All {
				if n == nil {
					out = append(out, "null")
				} else {
					out = append(out, n.ID)
				}
			}
			return out
		}
		anon, viewer := newAPI(c), newAPIAs(c, auth.Viewer)

		var got answer
		anon.mustDo(t, q, vars, &got)
		if want := []string{"null", publicCover, photo, "null"}; got.One != nil || !slices.Equal(ids(got), want) {
			t.Errorf("anonymous: node %+v, nodes %q; want null and %q", got.One, ids(got), want)
		}
		got = answer{}
		viewer.mustDo(t, q, vars, &got)
		if want := []string{draftCover, publicCover, photo, unused}; got.One == nil || !slices.Equal(ids(got), want) {
			t.Errorf("viewer: node %+v, nodes %q; want %q", got.One, ids(got), want)
		}

		newAPIAs(c, auth.Editor).mustDo(t, `mutation($id: ID!) { publishArticle(id: $id) { id } }`,
			map[string]any{"id": strconv.Itoa(draft.ID)}, nil)
		got = answer{}
		anon.mustDo(t, q, vars, &got)
		if want := []string{draftCover, publicCover, photo, "null"}; got.One == nil || !slices.Equal(ids(got), want) {
			t.Errorf("anonymous, once published: node %+v, nodes %q; want %q", got.One, ids(got), want)
		}
	})
}

// Documents an import creates from a draft's text are known only from that
// draft: an anonymous caller finds them through no path (documents and its
// totalCount, node, nodes, an award's forDocuments) until the article is
// published, and then through every one.
func TestImportedDocumentsAwaitTheirArticle(t *testing.T) {
	story, err := os.ReadFile("../internal/importer/testdata/thai-nguyen-tuyen-giao-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		editor := newAPIAs(db.Client, auth.Editor)
		var report importReport
		editor.mustDo(t, importArticle, map[string]any{"text": string(story)}, &report)
		var docs []string
		for _, e := range report.ImportArticle.Entities {
			if e.Kind == "DOCUMENT" && e.Node != nil {
				docs = append(docs, e.Node.ID)
			}
		}
		if report.ImportArticle.Article == nil || len(docs) != 3 {
			t.Fatalf("import: article %+v, documents %q", report.ImportArticle.Article, docs)
		}

		const q = `query($one: ID!, $docs: [ID!]!) {
  documents(first: 50) { totalCount edges { node { id title } } }
  search: documents(first: 50, where: {codeContains: "CT"}) { totalCount edges { node { id } } }
  one: node(id: $one) { id }
  nodes(ids: $docs) { id }
  awards(first: 50) { edges { node { forDocuments { id title } } } }
}`
		vars := map[string]any{"one": docs[0], "docs": docs}
		type page struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
		type answer struct {
			Documents, Search page
			One               *struct{ ID string }
			Nodes             []*struct{ ID string }
			Awards            struct {
				Edges []struct {
					Node struct{ ForDocuments []struct{ ID string } }
				}
			}
		}
		// seen lists the imported documents a caller reaches, path by path.
		seen := func(a *api) map[string][]string {
			var out answer
			a.mustDo(t, q, vars, &out)
			paths := map[string][]string{}
			for _, e := range out.Documents.Edges {
				paths["documents"] = append(paths["documents"], e.Node.ID)
			}
			for _, e := range out.Search.Edges {
				paths["documents where"] = append(paths["documents where"], e.Node.ID)
			}
			paths["documents totalCount"] = []string{strconv.Itoa(out.Documents.TotalCount), strconv.Itoa(out.Search.TotalCount)}
			if out.One != nil {
				paths["node"] = append(paths["node"], out.One.ID)
			}
			for _, n := range out.Nodes {
				if n != nil {
					paths["nodes"] = append(paths["nodes"], n.ID)
				}
			}
			for _, e := range out.Awards.Edges {
				for _, d := range e.Node.ForDocuments {
					paths["award.forDocuments"] = append(paths["award.forDocuments"], d.ID)
				}
			}
			return paths
		}
		everywhere := func(who string, got map[string][]string) {
			t.Helper()
			if len(got["documents"]) != 3 || len(got["documents where"]) == 0 || len(got["nodes"]) != 3 ||
				len(got["node"]) != 1 || len(got["award.forDocuments"]) == 0 || got["documents totalCount"][0] != "3" {
				t.Errorf("%s does not reach the imported documents on every path: %q", who, got)
			}
		}

		everywhere("a viewer", seen(newAPIAs(db.Client, auth.Viewer)))
		anon := newAPI(db.Client)
		got := seen(anon)
		if want := []string{"0", "0"}; !slices.Equal(got["documents totalCount"], want) {
			t.Errorf("anonymous documents totalCount %q, want %q", got["documents totalCount"], want)
		}
		delete(got, "documents totalCount")
		if len(got) != 0 {
			t.Errorf("anonymous caller reaches documents known only from a draft: %q", got)
		}

		editor.mustDo(t, `mutation($id: ID!) { publishArticle(id: $id) { id } }`,
			map[string]any{"id": report.ImportArticle.Article.ID}, nil)
		everywhere("an anonymous caller, once the article is published,", seen(anon))
	})
}
