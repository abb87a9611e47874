package graph_test

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// idOf runs a create mutation as a and returns the created ID.
func idOf(t *testing.T, a *api, mutation string, vars map[string]any) string {
	t.Helper()
	var out map[string]struct{ ID string }
	a.mustDo(t, mutation, vars, &out)
	for _, v := range out {
		return v.ID
	}
	t.Fatalf("no id in the answer to %s", mutation)
	return ""
}

func TestMutationsNeedAnEditor(t *testing.T) {
	db := testdb.Engines()[0].Open(t)
	mutations := []string{
		`mutation { createArticle(input: {title: "x"}) { id } }`,
		`mutation { updateArticle(id: "1", expectedVersion: 1, input: {title: "x"}) { id } }`,
		`mutation { deleteArticle(id: "1") }`,
		`mutation { publishArticle(id: "1") { id } }`,
		`mutation { unpublishArticle(id: "1") { id } }`,
		`mutation { archiveArticle(id: "1") { id } }`,
		`mutation { restoreArticleRevision(revisionId: "1") { id } }`,
		`mutation { createPerson(input: {fullName: "x"}) { id } }`,
		`mutation { updatePerson(id: "1", input: {fullName: "x"}) { id } }`,
		`mutation { deletePerson(id: "1") }`,
		`mutation { createOrganization(input: {name: "x"}) { id } }`,
		`mutation { deleteOrganization(id: "1") }`,
		`mutation { createPosition(input: {title: "x", personID: "1", organizationID: "2"}) { id } }`,
		`mutation { createAward(input: {name: "x", year: 2023}) { id } }`,
		`mutation { createCategory(input: {name: "x"}) { id } }`,
		`mutation { createTag(input: {name: "x"}) { id } }`,
		`mutation { deleteTag(id: "1") }`,
	}
	anon, viewer := newAPI(db.Client), newAPIAs(db.Client, auth.Viewer)
	for _, m := range mutations {
		anon.wantCode(t, "UNAUTHENTICATED", m, nil)
		viewer.wantCode(t, "FORBIDDEN", m, nil)
	}
	if n := db.Tag.Query().CountX(ctx); n != 0 {
		t.Errorf("refused mutations wrote %d tags", n)
	}
}

func TestEditTheGraph(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ed := newAPIAs(db.Client, auth.Editor)
		person := idOf(t, ed, `mutation { createPerson(input: {fullName: "Vũ Duy Hoàng"}) { id } }`, nil)
		province := idOf(t, ed, `mutation { createOrganization(input: {name: "Tỉnh ủy Thái Nguyên", level: PROVINCIAL}) { id } }`, nil)
		board := idOf(t, ed, `mutation($p: ID!) { createOrganization(input: {name: "Ban Tuyên giáo Tỉnh ủy", parentID: $p, kind: PARTY_BOARD}) { id } }`, map[string]any{"p": province})
		idOf(t, ed, `mutation($p: ID!, $o: ID!) { createPosition(input: {title: "Trưởng Ban", personID: $p, organizationID: $o, startDate: "2020-10-01"}) { id } }`, map[string]any{"p": person, "o": board})
		award := idOf(t, ed, `mutation($p: ID!, $o: ID!, $i: ID!) { createAward(input: {name: "Bằng khen", kind: CERTIFICATE_OF_MERIT, year: 2023,
			issuerID: $i, recipientPersonIDs: [$p], recipientOrganizationIDs: [$o], presentedByID: $p}) { id } }`,
			map[string]any{"p": person, "o": board, "i": province})
		cat := idOf(t, ed, `mutation { createCategory(input: {name: "Xây dựng Đảng"}) { id } }`, nil)
		tag := idOf(t, ed, `mutation { createTag(input: {name: "Tuyên giáo"}) { id } }`, nil)
		var created struct {
			CreateArticle struct {
				ID, Slug, Status, Body, BodyText string
				Version                          int
			}
		}
		ed.mustDo(t, `mutation($p: ID!, $o: ID!, $a: ID!, $c: ID!, $t: ID!) { createArticle(input: {
			title: "Hội nghị sơ kết công tác tuyên giáo", summary: "Sáng 3/7...",
			body: "<p onclick=\"steal()\">Đồng chí <strong>Vũ Duy Hoàng</strong> chủ trì.</p><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>",
			authorIDs: [$p], mentionedPersonIDs: [$p], mentionedOrganizationIDs: [$o], mentionedAwardIDs: [$a], categoryID: $c, tagIDs: [$t]
		}) { id slug status version body bodyText } }`, map[string]any{"p": person, "o": board, "a": award, "c": cat, "t": tag}, &created)
		art := created.CreateArticle
		if art.Slug != "hoi-nghi-so-ket-cong-tac-tuyen-giao" || art.Status != "DRAFT" || art.Version != 1 {
			t.Errorf("created article = %+v", art)
		}
		if art.Body != `<p>Đồng chí <strong>Vũ Duy Hoàng</strong> chủ trì.</p>x` || art.BodyText != "Đồng chí Vũ Duy Hoàng chủ trì. x" {
			t.Errorf("body = %q, bodyText = %q", art.Body, art.BodyText)
		}

		var got struct {
			Node struct {
				Recipients []struct {
					Typename string `json:"__typename"`
				}
				Issuer      struct{ Name string }
				MentionedIn struct{ TotalCount int }
			}
		}
		ed.mustDo(t, `query($id: ID!) { node(id: $id) { ... on Award { recipients { __typename } issuer { name } mentionedIn(first: 5) { totalCount } } } }`, map[string]any{"id": award}, &got)
		if len(got.Node.Recipients) != 2 || got.Node.Recipients[0].Typename != "Person" || got.Node.Recipients[1].Typename != "Organization" ||
			got.Node.Issuer.Name != "Tỉnh ủy Thái Nguyên" || got.Node.MentionedIn.TotalCount != 1 {
			t.Errorf("award = %+v", got.Node)
		}

		// Updates set edges by ID.
		var upd struct {
			UpdateOrganization struct{ Parent *struct{ ID string } }
		}
		ed.mustDo(t, `mutation($id: ID!) { updateOrganization(id: $id, input: {clearParent: true, shortName: "BTG"}) { parent { id } } }`, map[string]any{"id": board}, &upd)
		if upd.UpdateOrganization.Parent != nil {
			t.Errorf("parent not cleared: %+v", upd)
		}

		// Deleting a person takes their positions; the award loses a recipient.
		ed.mustDo(t, `mutation($id: ID!) { deletePerson(id: $id) }`, map[string]any{"id": person}, nil)
		if n := db.Position.Query().CountX(ctx); n != 0 {
			t.Errorf("%d positions left after deleting their person", n)
		}
		// Deleting an article takes its revisions and its readers' feedback.
		db.Feedback.Create().SetArticleID(mustAtoi(t, art.ID)).SetName("Lan").SetEmail("lan@example.vn").SetContent("Bài hay").ExecX(ctx)
		ed.mustDo(t, `mutation($id: ID!) { deleteArticle(id: $id) }`, map[string]any{"id": art.ID}, nil)
		if n := db.Revision.Query().CountX(auth.System(ctx)); n != 0 {
			t.Errorf("%d revisions left after deleting their article", n)
		}
		if n := db.Feedback.Query().CountX(auth.System(ctx)); n != 0 {
			t.Errorf("%d feedback left after deleting their article", n)
		}
		for _, m := range []string{"deleteAward", "deleteCategory", "deleteTag", "deleteOrganization", "deleteOrganization"} {
			id := map[string]string{"deleteAward": award, "deleteCategory": cat, "deleteTag": tag}[m]
			if id == "" {
				id, board = board, province
			}
			ed.mustDo(t, fmt.Sprintf(`mutation($id: ID!) { %s(id: $id) }`, m), map[string]any{"id": id}, nil)
		}
		ed.wantCode(t, "NOT_FOUND", `mutation($id: ID!) { deleteTag(id: $id) }`, map[string]any{"id": tag})
		ed.wantCode(t, "NOT_FOUND", `mutation($id: ID!) { updatePerson(id: $id, input: {bio: "x"}) { id } }`, map[string]any{"id": person})
	})
}

func TestEditValidation(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ed := newAPIAs(db.Client, auth.Editor)
		person := idOf(t, ed, `mutation { createPerson(input: {fullName: "Nguyễn Văn A"}) { id } }`, nil)
		top := idOf(t, ed, `mutation { createOrganization(input: {name: "Tỉnh ủy"}) { id } }`, nil)
		mid := idOf(t, ed, `mutation($p: ID!) { createOrganization(input: {name: "Ban", parentID: $p}) { id } }`, map[string]any{"p": top})
		article := idOf(t, ed, `mutation { createArticle(input: {title: "Bài"}) { id } }`, nil)
		pos := idOf(t, ed, `mutation($p: ID!, $o: ID!) { createPosition(input: {title: "Trưởng Ban", personID: $p, organizationID: $o, startDate: "2020-10-01"}) { id } }`,
			map[string]any{"p": person, "o": mid})
		vars := map[string]any{"person": person, "top": top, "mid": mid, "article": article, "pos": pos, "missing": "999999"}
		next := time.Now().Year() + 1
		tests := []struct {
			name, mutation, field string
		}{
			{"empty title", `mutation { createArticle(input: {title: ""}) { id } }`, "title"},
			{"title too long", `mutation { createArticle(input: {title: "` + strings.Repeat("a", 301) + `"}) { id } }`, "title"},
			{"bad slug", `mutation { createArticle(input: {title: "x", slug: "Not A Slug"}) { id } }`, "slug"},
			{"empty name", `mutation { createPerson(input: {fullName: ""}) { id } }`, "fullName"},
			{"position ends before it starts", `mutation($person: ID!, $top: ID!) { createPosition(input: {title: "x", personID: $person, organizationID: $top,
				startDate: "2020-01-01", endDate: "2019-12-31"}) { id } }`, "endDate"},
			{"position updated to end before its stored start", `mutation($pos: ID!) { updatePosition(id: $pos, input: {endDate: "2020-09-30"}) { id } }`, "endDate"},
			{"award year too early", `mutation { createAward(input: {name: "x", year: 1899}) { id } }`, "year"},
			{"award year too late", `mutation { createAward(input: {name: "x", year: ` + strconv.Itoa(next+1) + `}) { id } }`, "year"},
			{"organization its own ancestor", `mutation($top: ID!, $mid: ID!) { updateOrganization(id: $top, input: {parentID: $mid}) { id } }`, "parentID"},
			{"organization its own parent", `mutation($top: ID!) { updateOrganization(id: $top, input: {parentID: $top}) { id } }`, "parentID"},
			{"author is an organization", `mutation($top: ID!) { createArticle(input: {title: "x", authorIDs: [$top]}) { id } }`, "authorIDs"},
			{"author does not exist", `mutation($person: ID!, $missing: ID!) { createArticle(input: {title: "x", authorIDs: [$person, $missing]}) { id } }`, "authorIDs"},
			{"mentioned award is a person", `mutation($article: ID!, $person: ID!) { updateArticle(id: $article, expectedVersion: 1, input: {addMentionedAwardIDs: [$person]}) { id } }`, "addMentionedAwardIDs"},
			{"recipient is an article", `mutation($article: ID!) { createAward(input: {name: "x", year: 2023, recipientOrganizationIDs: [$article]}) { id } }`, "recipientOrganizationIDs"},
			{"position of an organization", `mutation($top: ID!) { createPosition(input: {title: "x", personID: $top, organizationID: $top}) { id } }`, "personID"},
			{"category is a tag", `mutation($person: ID!) { createArticle(input: {title: "x", categoryID: $person}) { id } }`, "categoryID"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				e := ed.wantCode(t, "BAD_USER_INPUT", tt.mutation, vars)
				if e.Extensions["field"] != tt.field {
					t.Errorf("field = %v, want %s (%s)", e.Extensions["field"], tt.field, e.Message)
				}
			})
		}
		if n := db.Article.Query().CountX(auth.System(ctx)); n != 1 {
			t.Errorf("refused mutations left %d articles, want 1", n)
		}
		// A year next year is fine: awards are announced ahead.
		ed.mustDo(t, `mutation { createAward(input: {name: "x", year: `+strconv.Itoa(next)+`}) { id } }`, nil, nil)
	})
}

// TestMutationIsOneTransaction checks a failing mutation leaves nothing of
// a request behind, not even what earlier fields of it wrote.
func TestMutationIsOneTransaction(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ed := newAPIAs(db.Client, auth.Editor)
		ed.wantCode(t, "CONFLICT", `mutation {
			a: createTag(input: {name: "Một"}) { id }
			b: createTag(input: {name: "Hai", slug: "mot"}) { id }
		}`, nil)
		if n := db.Tag.Query().CountX(ctx); n != 0 {
			t.Errorf("a failed request left %d tags behind", n)
		}
	})
}

func TestPublishing(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ed, anon := newAPIAs(db.Client, auth.Editor), newAPI(db.Client)
		id := idOf(t, ed, `mutation { createArticle(input: {title: "Hội nghị sơ kết"}) { id } }`, nil)
		vars := map[string]any{"id": id}
		visible := func() bool {
			var out struct{ Node *struct{ ID string } }
			anon.mustDo(t, `query($id: ID!) { node(id: $id) { id } }`, vars, &out)
			return out.Node != nil
		}
		type state struct {
			Status      string
			PublishedAt *string
		}
		steps := []struct {
			mutation    string
			vars        map[string]any
			wantStatus  string
			wantVisible bool
		}{
			{`mutation($id: ID!) { a: publishArticle(id: $id) { status publishedAt } }`, vars, "PUBLISHED", true},
			{`mutation($id: ID!) { a: unpublishArticle(id: $id) { status publishedAt } }`, vars, "DRAFT", false},
			{`mutation($id: ID!, $at: Time) { a: publishArticle(id: $id, at: $at) { status publishedAt } }`, map[string]any{"id": id, "at": time.Now().Add(time.Hour).Format(time.RFC3339)}, "SCHEDULED", false},
			{`mutation($id: ID!, $at: Time) { a: publishArticle(id: $id, at: $at) { status publishedAt } }`, map[string]any{"id": id, "at": "2024-07-03T10:00:00Z"}, "PUBLISHED", true},
			{`mutation($id: ID!) { a: archiveArticle(id: $id) { status publishedAt } }`, vars, "ARCHIVED", false},
		}
		for _, s := range steps {
			var out struct{ A state }
			ed.mustDo(t, s.mutation, s.vars, &out)
			if out.A.Status != s.wantStatus || visible() != s.wantVisible {
				t.Errorf("%s: got %+v, visible %v; want %s, visible %v", s.mutation, out.A, visible(), s.wantStatus, s.wantVisible)
			}
		}
		var out struct{ Node struct{ PublishedAt string } }
		ed.mustDo(t, `query($id: ID!) { node(id: $id) { ... on Article { publishedAt } } }`, vars, &out)
		if out.Node.PublishedAt != "2024-07-03T10:00:00Z" {
			t.Errorf("a past publication time is kept: got %q", out.Node.PublishedAt)
		}
		ed.wantCode(t, "NOT_FOUND", `mutation { publishArticle(id: "99999") { id } }`, nil)
	})
}

// TestConcurrentUpdates: 50 editors save the same version at once; exactly
// one save wins and the others get CONFLICT.
func TestConcurrentUpdates(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ed := newAPIAs(db.Client, auth.Editor)
		id := idOf(t, ed, `mutation { createArticle(input: {title: "Bản đầu"}) { id } }`, nil)
		const n = 50
		codes := make([]string, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs := ed.do(t, `mutation($id: ID!, $title: String!) { updateArticle(id: $id, expectedVersion: 1, input: {title: $title}) { version } }`,
					map[string]any{"id": id, "title": fmt.Sprintf("Bản %d", i)}, nil)
				if len(errs) > 0 {
					codes[i] = errs[0].code()
				} else {
					codes[i] = "OK"
				}
			}()
		}
		wg.Wait()
		count := map[string]int{}
		for _, c := range codes {
			count[c]++
		}
		if count["OK"] != 1 || count["CONFLICT"] != n-1 {
			t.Fatalf("outcomes = %v, want 1 OK and %d CONFLICT", count, n-1)
		}
		a := db.Article.GetX(auth.System(ctx), mustAtoi(t, id))
		if a.Version != 2 {
			t.Errorf("version = %d, want 2", a.Version)
		}
		if revs := a.QueryRevisions().CountX(auth.System(ctx)); revs != 2 {
			t.Errorf("%d revisions, want 2 (create and the one winning save)", revs)
		}
	})
}

func TestRevisions(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ed := newAPIAs(db.Client, auth.Editor)
		id := idOf(t, ed, `mutation { createArticle(input: {title: "Bản một", body: "<p>một</p>"}) { id } }`, nil)
		ed.mustDo(t, `mutation($id: ID!) { updateArticle(id: $id, expectedVersion: 1, input: {title: "Bản hai", body: "<p>hai</p>"}) { id } }`, map[string]any{"id": id}, nil)
		ed.wantCode(t, "CONFLICT", `mutation($id: ID!) { updateArticle(id: $id, expectedVersion: 1, input: {title: "Bản cũ"}) { id } }`, map[string]any{"id": id})

		type revisions struct {
			Node struct {
				Title     string
				Version   int
				Revisions struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							ID, Title, Body, SavedBy string
							Version                  int
						}
					}
				}
			}
		}
		var before revisions
		q := `query($id: ID!) { node(id: $id) { ... on Article { title version revisions(first: 10, orderBy: {field: VERSION}) {
			totalCount edges { node { id title body savedBy version } } } } } }`
		ed.mustDo(t, q, map[string]any{"id": id}, &before)
		revs := before.Node.Revisions
		if revs.TotalCount != 2 || revs.Edges[0].Node.Title != "Bản một" || revs.Edges[1].Node.Title != "Bản hai" || revs.Edges[1].Node.SavedBy != "test EDITOR" {
			t.Fatalf("revisions = %+v", revs)
		}

		ed.mustDo(t, `mutation($rev: ID!) { restoreArticleRevision(revisionId: $rev) { id } }`, map[string]any{"rev": revs.Edges[0].Node.ID}, nil)
		var after revisions
		ed.mustDo(t, q, map[string]any{"id": id}, &after)
		if after.Node.Title != "Bản một" || after.Node.Version != 3 || after.Node.Revisions.TotalCount != 3 || after.Node.Revisions.Edges[2].Node.Body != "<p>một</p>" {
			t.Errorf("after restore = %+v", after.Node)
		}
		ed.wantCode(t, "NOT_FOUND", `mutation { restoreArticleRevision(revisionId: "99999") { id } }`, nil)
	})
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
