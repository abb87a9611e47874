package graph_test

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ent/document"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

const importForReview = `mutation($text: String!) {
	importArticle(text: $text, review: true) {
		article { id }
		existing
		storyImport { id status }
		entities { index kind name action how confidence node { id } }
	}
}`

const pendingImports = `{
	storyImports(first: 10, where: {status: PENDING}) {
		totalCount
		edges { node { id title status article { id }
			entities { index kind name action how confidence decision renamedTo node { id } } } }
	}
}`

const reviewImport = `mutation($id: ID!, $decisions: [ImportDecisionInput!]!) {
	reviewImport(id: $id, decisions: $decisions) { id status entities { index decision renamedTo node { id } } }
}`

const applyImport = `mutation($id: ID!) {
	applyImport(id: $id) {
		article { id status mentionedPeople { id fullName } mentionedOrganizations { name } mentionedDocuments { code } }
		storyImport { status decidedBy }
		entities { kind name action how }
	}
}`

const discardImport = `mutation($id: ID!) { discardImport(id: $id) { status } }`

type reviewEntity struct {
	Index                   int
	Kind, Name, Action, How string
	Confidence              float64
	Decision, RenamedTo     *string
	Node                    *struct{ ID string }
}

func TestImportReview(t *testing.T) {
	story, err := os.ReadFile("../internal/importer/testdata/thai-nguyen-tuyen-giao-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		known := c.Person.Create().SetFullName("Vũ D. Hoàng").SaveX(ctx)
		someOrg := c.Organization.Create().SetName("Sở Nội vụ tỉnh Thái Nguyên").SaveX(ctx)
		editor := newAPIAs(c, auth.Editor)

		var left struct {
			ImportArticle struct {
				Article     *struct{ ID string }
				Existing    bool
				StoryImport *struct{ ID, Status string }
				Entities    []reviewEntity
			}
		}
		editor.mustDo(t, importForReview, map[string]any{"text": string(story)}, &left)
		r := left.ImportArticle
		if r.Article != nil || r.StoryImport == nil || r.StoryImport.Status != "PENDING" || len(r.Entities) != 14 {
			t.Fatalf("import for review: article %v, import %v, %d entities", r.Article, r.StoryImport, len(r.Entities))
		}
		if n := c.Article.Query().CountX(ctx) + c.Document.Query().CountX(ctx) + c.Award.Query().CountX(ctx); n != 0 {
			t.Fatalf("an import left for review wrote %d articles, documents and awards", n)
		}
		if n := c.Person.Query().CountX(ctx); n != 1 {
			t.Fatalf("an import left for review wrote people: %d", n)
		}
		at := map[string]int{} // "KIND name" → index
		for i, e := range r.Entities {
			if e.Index != i || e.How == "" || e.Confidence <= 0 || e.Confidence > 1 {
				t.Errorf("entity %d: index %d, how %q, confidence %v", i, e.Index, e.How, e.Confidence)
			}
			at[e.Kind+" "+e.Name] = i
		}
		if how := r.Entities[at["PERSON Vũ Duy Hoàng"]].How; !strings.Contains(how, "đồng chí") {
			t.Errorf("Vũ Duy Hoàng found by %q, want the rule of a name after đồng chí", how)
		}

		// It is listed as pending, with what it found.
		var list struct {
			StoryImports struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID, Title, Status string
						Article           *struct{ ID string }
						Entities          []reviewEntity
					}
				}
			}
		}
		newAPIAs(c, auth.Viewer).mustDo(t, pendingImports, nil, &list)
		if list.StoryImports.TotalCount != 1 || list.StoryImports.Edges[0].Node.ID != r.StoryImport.ID ||
			len(list.StoryImports.Edges[0].Node.Entities) != 14 {
			t.Fatalf("pending imports = %+v", list.StoryImports)
		}
		var anon struct{ StoryImports struct{ TotalCount int } }
		newAPI(c).mustDo(t, `{ storyImports(first: 10) { totalCount } }`, nil, &anon)
		if anon.StoryImports.TotalCount != 0 {
			t.Errorf("the public counts %d imports", anon.StoryImports.TotalCount)
		}

		id := r.StoryImport.ID
		person, doc, date := at["PERSON Vũ Duy Hoàng"], at["DOCUMENT Chỉ thị số 38-CT/TW"], at["DATE 2024-07-03"]
		org := -1
		for k, i := range at {
			if strings.HasPrefix(k, "ORGANIZATION Ban Tuyên giáo Trung ương") {
				org = i
			}
		}
		if org < 0 {
			t.Fatalf("no Ban Tuyên giáo Trung ương among %v", at)
		}
		// Bad decisions change nothing.
		for name, tc := range map[string]struct {
			code      string
			id        string
			decisions []map[string]any
		}{
			"no such entity":        {"BAD_USER_INPUT", id, []map[string]any{{"entity": 99, "decision": "ACCEPT"}}},
			"merge into other type": {"BAD_USER_INPUT", id, []map[string]any{{"entity": person, "decision": "MERGE", "into": itoa(someOrg.ID)}}},
			"merge into nothing":    {"BAD_USER_INPUT", id, []map[string]any{{"entity": person, "decision": "MERGE"}}},
			"rename a date":         {"BAD_USER_INPUT", id, []map[string]any{{"entity": date, "decision": "RENAME", "name": "x"}}},
			"rename to nothing":     {"BAD_USER_INPUT", id, []map[string]any{{"entity": person, "decision": "RENAME", "name": " "}}},
			"rename with spaces":    {"BAD_USER_INPUT", id, []map[string]any{{"entity": person, "decision": "RENAME", "name": " Nguyễn Văn A"}}},
			"no such import":        {"NOT_FOUND", "51539607999", []map[string]any{{"entity": 0, "decision": "ACCEPT"}}},
		} {
			t.Run(name, func(t *testing.T) {
				editor.wantCode(t, tc.code, reviewImport, map[string]any{"id": tc.id, "decisions": tc.decisions})
			})
		}
		newAPIAs(c, auth.Viewer).wantCode(t, "FORBIDDEN", reviewImport, map[string]any{"id": id, "decisions": []map[string]any{}})

		var reviewed struct {
			ReviewImport struct {
				Entities []reviewEntity
			}
		}
		editor.mustDo(t, reviewImport, map[string]any{"id": id, "decisions": []map[string]any{
			{"entity": person, "decision": "MERGE", "into": itoa(known.ID)},
			{"entity": doc, "decision": "REJECT"},
			{"entity": org, "decision": "RENAME", "name": "Ban Tuyên giáo Trung ương (cũ)"},
		}}, &reviewed)
		es := reviewed.ReviewImport.Entities
		if d := es[person]; d.Decision == nil || *d.Decision != "MERGE" || d.Node == nil || d.Node.ID != itoa(known.ID) {
			t.Errorf("person after review: %+v", d)
		}
		if d := es[org]; d.RenamedTo == nil || *d.RenamedTo != "Ban Tuyên giáo Trung ương (cũ)" {
			t.Errorf("organization after review: %+v", d)
		}
		if n := c.Article.Query().CountX(ctx); n != 0 {
			t.Fatalf("review wrote %d articles", n)
		}

		var applied struct {
			ApplyImport struct {
				Article *struct {
					ID, Status             string
					MentionedPeople        []struct{ ID, FullName string }
					MentionedOrganizations []struct{ Name string }
					MentionedDocuments     []struct{ Code string }
				}
				StoryImport struct{ Status, DecidedBy string }
				Entities    []struct{ Kind, Name, Action, How string }
			}
		}
		editor.mustDo(t, applyImport, map[string]any{"id": id}, &applied)
		a := applied.ApplyImport
		if a.Article == nil || a.Article.Status != "DRAFT" || a.StoryImport.Status != "APPLIED" || a.StoryImport.DecidedBy != "test EDITOR" {
			t.Fatalf("applied: %+v", a)
		}
		if len(a.Article.MentionedPeople) != 1 || a.Article.MentionedPeople[0].ID != itoa(known.ID) {
			t.Errorf("mentioned people %+v, want the one merged into (%d)", a.Article.MentionedPeople, known.ID)
		}
		if len(a.Article.MentionedDocuments) != 2 || c.Document.Query().Where(document.CodeEqualFold("38-CT/TW")).ExistX(ctx) {
			t.Errorf("mentioned documents %+v: the rejected one is there", a.Article.MentionedDocuments)
		}
		if !c.Organization.Query().Where(organization.Name("Ban Tuyên giáo Trung ương (cũ)")).ExistX(ctx) {
			t.Error("the renamed organization was not created under its new name")
		}
		if e := a.Entities[doc]; e.Action != "REJECTED" {
			t.Errorf("rejected document reported as %+v", e)
		}
		if n := c.Person.Query().CountX(ctx); n != 1 {
			t.Errorf("%d people after applying, want only the one merged into", n)
		}

		editor.wantCode(t, "CONFLICT", applyImport, map[string]any{"id": id})
		editor.wantCode(t, "CONFLICT", discardImport, map[string]any{"id": id})
		editor.wantCode(t, "CONFLICT", reviewImport, map[string]any{"id": id, "decisions": []map[string]any{}})
		editor.wantCode(t, "NOT_FOUND", applyImport, map[string]any{"id": "51539607999"})
		// The same text again is the applied import.
		editor.mustDo(t, importForReview, map[string]any{"text": string(story)}, &left)
		if !left.ImportArticle.Existing || left.ImportArticle.Article == nil || left.ImportArticle.Article.ID != a.Article.ID {
			t.Errorf("the same text again: %+v", left.ImportArticle)
		}

		// A discarded import writes nothing, and the text may come again.
		other := map[string]any{"text": "Sáng 5/3/2024, đồng chí Nguyễn Văn An chủ trì hội nghị tại Sở Y tế tỉnh Thái Nguyên."}
		editor.mustDo(t, importForReview, other, &left)
		second := left.ImportArticle.StoryImport.ID
		var discarded struct{ DiscardImport struct{ Status string } }
		editor.mustDo(t, discardImport, map[string]any{"id": second}, &discarded)
		if discarded.DiscardImport.Status != "DISCARDED" {
			t.Errorf("discarded: %+v", discarded)
		}
		editor.wantCode(t, "CONFLICT", applyImport, map[string]any{"id": second})
		if n := c.Article.Query().CountX(ctx); n != 1 {
			t.Errorf("%d articles after a discard, want the applied one only", n)
		}
		editor.mustDo(t, importForReview, other, &left)
		if left.ImportArticle.Existing || left.ImportArticle.StoryImport.Status != "PENDING" {
			t.Errorf("the discarded text again: %+v", left.ImportArticle)
		}
	})
}

func itoa(n int) string { return id(n) }
