package graph_test

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

const importArticle = `mutation($text: String!, $dryRun: Boolean) {
	importArticle(text: $text, dryRun: $dryRun) {
		article { id title status eventDate mentionedDocuments { code kind issuer { name } } }
		existing dryRun
		entities { kind name action span offset node { id } }
	}
}`

type importReport struct {
	ImportArticle struct {
		Article *struct {
			ID                 string
			Title              string
			Status             string
			EventDate          string
			MentionedDocuments []struct {
				Code, Kind string
				Issuer     struct{ Name string }
			}
		}
		Existing, DryRun bool
		Entities         []struct {
			Kind, Name, Action, Span string
			Offset                   int
			Node                     *struct{ ID string }
		}
	}
}

func TestImportArticle(t *testing.T) {
	story, err := os.ReadFile("../internal/importer/testdata/thai-nguyen-tuyen-giao-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		editor := newAPIAs(db.Client, auth.Editor)
		vars := map[string]any{"text": string(story)}

		var dry importReport
		editor.mustDo(t, importArticle, map[string]any{"text": string(story), "dryRun": true}, &dry)
		if r := dry.ImportArticle; r.Article != nil || !r.DryRun || len(r.Entities) != 14 {
			t.Fatalf("dry run: article %v, %d entities", r.Article, len(r.Entities))
		}
		if n := db.Client.Article.Query().CountX(ctx); n != 0 {
			t.Fatalf("dry run wrote %d articles", n)
		}

		var first importReport
		editor.mustDo(t, importArticle, vars, &first)
		r := first.ImportArticle
		if r.Article == nil || r.Article.Status != "DRAFT" || !strings.HasPrefix(r.Article.EventDate, "2024-07-03") || len(r.Article.MentionedDocuments) != 3 {
			t.Fatalf("article = %+v", r.Article)
		}
		found := map[string]bool{}
		for _, e := range r.Entities {
			if e.Kind == "DATE" && (e.Action != "LINKED" || e.Node != nil) || e.Kind != "DATE" && (e.Action != "CREATED" || e.Node == nil) {
				t.Errorf("entity %+v: want CREATED with a node, or a date LINKED to the article", e)
			}
			if []rune(string(story))[e.Offset] != []rune(e.Span)[0] {
				t.Errorf("entity %q: offset %d does not point at its span", e.Name, e.Offset)
			}
			found[e.Kind+" "+e.Name] = true
		}
		for _, want := range []string{
			"PERSON Vũ Duy Hoàng", "POSITION Trưởng Ban, Ban Tuyên giáo Tỉnh ủy Thái Nguyên",
			"POSITION Ủy viên, Ban Thường vụ Tỉnh ủy Thái Nguyên",
			"AWARD Bằng khen của Ban Tuyên giáo Trung ương (2023)", "DOCUMENT Chỉ thị số 38-CT/TW", "DATE 2024-07-03",
		} {
			if !found[want] {
				t.Errorf("report lacks %s", want)
			}
		}

		var again importReport
		editor.mustDo(t, importArticle, vars, &again)
		if a := again.ImportArticle; !a.Existing || a.Article == nil || a.Article.ID != r.Article.ID {
			t.Errorf("second import: existing %v, article %+v; want the first draft %s", a.Existing, a.Article, r.Article.ID)
		}
	})
}

func TestImportArticleRefused(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		story := map[string]any{"text": "Ngày 3-7, đồng chí Vũ Duy Hoàng chủ trì hội nghị."}
		newAPI(db.Client).wantCode(t, "UNAUTHENTICATED", importArticle, story)
		newAPIAs(db.Client, auth.Viewer).wantCode(t, "FORBIDDEN", importArticle, story)
		editor := newAPIAs(db.Client, auth.Editor)
		for name, text := range map[string]string{
			"empty":     "",
			"blank":     "  \n ",
			"over 1 MB": strings.Repeat("Ngày 3-7. ", 91_000), // 1,001,000 bytes: under the 1 MiB body limit
		} {
			t.Run(name, func(t *testing.T) {
				e := editor.wantCode(t, "BAD_USER_INPUT", importArticle, map[string]any{"text": text})
				if e.Extensions["field"] != "text" {
					t.Errorf("field = %v, want text", e.Extensions["field"])
				}
			})
		}
		if n := db.Client.Article.Query().CountX(ctx); n != 0 {
			t.Errorf("refused imports wrote %d articles", n)
		}
	})
}
