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

// importArticle reports recipients with their award; the award carries them
// as its recipients and counted recipients.
func TestImportArticleRecipients(t *testing.T) {
	text := "Chiều 12/12/2023, UBND tỉnh Vĩnh Long tổng kết công tác thi đua.\n" +
		"Dịp này, UBND tỉnh Vĩnh Long tặng Bằng khen cho Sở Nội vụ.\n" +
		"Ban Thường vụ Tỉnh ủy Vĩnh Long tặng Giấy khen cho 23 tập thể và 23 cá nhân.\n"
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		editor := newAPIAs(db.Client, auth.Editor)
		var rep struct {
			ImportArticle struct {
				Entities []struct {
					Kind, Name string
					Award      *string
					Node       *struct{ ID string }
				}
			}
		}
		editor.mustDo(t, `mutation($text: String!) { importArticle(text: $text) { entities { kind name award node { id } } } }`,
			map[string]any{"text": text}, &rep)
		var got []string
		for _, e := range rep.ImportArticle.Entities {
			if e.Kind == "RECIPIENT" && e.Award != nil {
				got = append(got, *e.Award+" ← "+e.Name)
			}
			if e.Kind != "RECIPIENT" && e.Award != nil {
				t.Errorf("%s %q has an award %q", e.Kind, e.Name, *e.Award)
			}
		}
		want := "Bằng khen của UBND tỉnh Vĩnh Long (2023) ← Sở Nội vụ Vĩnh Long; Giấy khen của Ban Thường vụ Tỉnh ủy Vĩnh Long (2023) ← 23 tập thể, 23 cá nhân"
		if strings.Join(got, "; ") != want {
			t.Errorf("recipients %q, want %q", got, want)
		}
		var awards struct {
			Awards struct {
				Edges []struct {
					Node struct {
						Name                                                       string
						RecipientCount, RecipientCollectives, RecipientIndividuals *int
						Recipients                                                 []struct{ Name string }
					}
				}
			}
		}
		editor.mustDo(t, `{ awards(first: 10, orderBy: {field: NAME}) { edges { node { name recipientCount recipientCollectives recipientIndividuals
			recipients { ... on Organization { name } ... on Person { name: fullName } } } } } }`, nil, &awards)
		if e := awards.Awards.Edges; len(e) != 2 || len(e[0].Node.Recipients) != 1 || e[0].Node.Recipients[0].Name != "Sở Nội vụ Vĩnh Long" || e[0].Node.RecipientCount != nil ||
			e[1].Node.RecipientCount == nil || *e[1].Node.RecipientCount != 46 || *e[1].Node.RecipientCollectives != 23 || *e[1].Node.RecipientIndividuals != 23 {
			t.Errorf("awards = %+v", e)
		}
	})
}

// importArticle takes what a batch import's JSON line may give with the
// text: a title that replaces the layout's, an author besides the byline,
// the publication time (the draft's publishedAt, and the year of dates
// that name none) and the source's address, kept with the import.
func TestImportArticleGiven(t *testing.T) {
	const q = `mutation($text: String!, $title: String, $url: String, $publishedAt: Time, $author: String, $review: Boolean) {
		importArticle(text: $text, title: $title, url: $url, publishedAt: $publishedAt, author: $author, review: $review) {
			title
			article { title publishedAt eventDate authors { fullName } }
			entities { kind name }
		}
	}`
	text := "Chiều 29/11, đồng chí Lê Văn Hải, Trưởng Ban Dân vận Tỉnh ủy Bắc Kạn chủ trì hội nghị.\nHội nghị đề ra nhiệm vụ năm tới."
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		editor := newAPIAs(db.Client, auth.Editor)
		var got struct {
			ImportArticle struct {
				Title   string
				Article struct {
					Title, PublishedAt, EventDate string
					Authors                       []struct{ FullName string }
				}
			}
		}
		editor.mustDo(t, q, map[string]any{
			"text": text, "title": "Tổng kết công tác dân vận", "url": "https://backan.example/dan-van",
			"publishedAt": "2023-11-30T08:00:00+07:00", "author": "Lê Minh Châu",
		}, &got)
		a := got.ImportArticle.Article
		if a.Title != "Tổng kết công tác dân vận" || a.PublishedAt != "2023-11-30T01:00:00Z" || !strings.HasPrefix(a.EventDate, "2023-11-29") {
			t.Errorf("article = %+v; want the given title, publishedAt and the event in its year", a)
		}
		if len(a.Authors) != 1 || a.Authors[0].FullName != "Lê Minh Châu" {
			t.Errorf("authors = %+v, want the given author", a.Authors)
		}
		imp := db.Client.StoryImport.Query().OnlyX(ctx)
		if imp.SourceURL != "https://backan.example/dan-van" {
			t.Errorf("import's sourceURL = %q, want the given url", imp.SourceURL)
		}

		// Left for review, what was given is kept with the import and used
		// when it is applied.
		var pending struct{ ImportArticle struct{ Title string } }
		editor.mustDo(t, q, map[string]any{"text": text + "\nThêm một dòng.", "title": "Chờ duyệt", "review": true}, &pending)
		if pending.ImportArticle.Title != "Chờ duyệt" {
			t.Errorf("pending import's title = %q, want the given one", pending.ImportArticle.Title)
		}

		// A publication time that is not an instant is refused, saying what
		// one looks like.
		e := editor.wantCode(t, "BAD_USER_INPUT", q, map[string]any{"text": text + "\nKhác.", "publishedAt": "30/11/2023"})
		if !strings.Contains(e.Message, "RFC 3339") {
			t.Errorf("error %q does not say what a Time is", e.Message)
		}
	})
}
