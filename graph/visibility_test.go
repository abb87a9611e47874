package graph_test

import (
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// leakPaths are every read path that reaches articles, each with every
// hidden and public article linked to the same person, organization,
// award, category and tag. $draft, $archived, $scheduled and $public are the
// articles' IDs, $all all four, $others the category, tag, award and person.
var leakPaths = []struct{ name, query string }{
	{"articles", `{ articles(first: 100) { totalCount edges { node { id } } } }`},
	{"articles where status", `{ a: articles(first: 100, where: {status: DRAFT}) { totalCount edges { node { id } } }
		b: articles(first: 100, where: {statusIn: [ARCHIVED, SCHEDULED]}) { totalCount edges { node { id } } } }`},
	{"articles last", `{ articles(last: 100) { totalCount edges { node { id } } } }`},
	{"node", `query($draft: ID!, $archived: ID!, $scheduled: ID!, $public: ID!) {
		draft: node(id: $draft) { id } archived: node(id: $archived) { id }
		scheduled: node(id: $scheduled) { id } public: node(id: $public) { id } }`},
	{"nodes", `query($all: [ID!]!) { nodes(ids: $all) { id } }`},
	{"article by slug", `{ draft: article(slug: "draft") { id } archived: article(slug: "archived") { id } scheduled: article(slug: "scheduled") { id } public: article(slug: "public") { id } }`},
	{"person.articles and mentionedIn", `{ person(slug: "vu-duy-hoang") {
		articles(first: 100) { totalCount edges { node { id } } }
		mentionedIn(first: 100) { totalCount edges { node { id } } } } }`},
	{"people list, eager edges", `{ people(first: 10) { edges { node {
		articles(first: 100) { totalCount edges { node { id } } }
		mentionedIn(first: 100) { totalCount edges { node { id } } } } } } }`},
	{"organization.mentionedIn", `{ organization(slug: "ban-tuyen-giao") { mentionedIn(first: 100) { totalCount edges { node { id } } } } }`},
	{"organizations list, eager edges", `{ organizations(first: 10) { edges { node { mentionedIn(first: 100) { totalCount edges { node { id } } } } } } }`},
	{"award.mentionedIn", `{ awards(first: 10) { edges { node { mentionedIn(first: 100) { totalCount edges { node { id } } } } } } }`},
	{"category.articles and tag.articles", `query($others: [ID!]!) { nodes(ids: $others) {
		... on Category { articles(first: 100) { totalCount edges { node { id } } } }
		... on Tag { articles(first: 100) { totalCount edges { node { id } } } }
		... on Award { mentionedIn(first: 100) { totalCount edges { node { id } } } }
		... on Person { articles(first: 100) { totalCount } mentionedIn(first: 100) { totalCount } } } }`},
	{"articles where edge", `{ articles(first: 100, where: {hasAuthorsWith: {slug: "vu-duy-hoang"}}) { totalCount edges { node { id } } } }`},
}

// TestNothingUnpublishedLeaks walks every read path as an anonymous caller
// with a draft, an archived and a future-scheduled article beside a public
// one, and asserts only the public one is ever seen or counted; an editor
// on the same paths sees all four (so the walk does reach them).
func TestNothingUnpublishedLeaks(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		arts, others := seedVisibility(t, db.Client)
		hidden := []string{arts["draft"], arts["archived"], arts["scheduled"]}
		vars := map[string]any{
			"draft": arts["draft"], "archived": arts["archived"], "scheduled": arts["scheduled"], "public": arts["public"],
			"all": append([]string{arts["public"]}, hidden...), "others": others,
		}
		anon, viewer := newAPI(db.Client), newAPIAs(db.Client, auth.Viewer)
		for _, p := range leakPaths {
			t.Run(p.name, func(t *testing.T) {
				var anonData, viewerData any
				anon.mustDo(t, p.query, vars, &anonData)
				viewer.mustDo(t, p.query, vars, &viewerData)
				seen, counts := articleIDsAndCounts(anonData)
				for _, id := range hidden {
					if seen[id] {
						t.Errorf("anonymous caller sees hidden article %s: %s", id, mustJSON(anonData))
					}
				}
				for _, n := range counts {
					if n > 1 {
						t.Errorf("anonymous totalCount %d counts hidden articles: %s", n, mustJSON(anonData))
					}
				}
				// A token holder sees the hidden ones on the same path: the
				// walk does reach them.
				if seen, _ := articleIDsAndCounts(viewerData); !seen[arts["draft"]] && !seen[arts["archived"]] {
					t.Errorf("a viewer sees no hidden article on this path: %s", mustJSON(viewerData))
				}
			})
		}
		t.Run("no probing through edge filters", func(t *testing.T) {
			// Such a filter is a subquery: access.Restrict narrows it as the
			// interceptor narrows a query, so it finds nothing for the
			// public, and the drafts for a viewer.
			for _, q := range []string{
				`{ x: people(first: 10, where: {hasArticlesWith: {status: DRAFT}}) { totalCount } }`,
				`{ x: organizations(first: 10, where: {hasMentionedInWith: {status: DRAFT}}) { totalCount } }`,
				`{ x: awards(first: 10, where: {hasMentionedInWith: {status: DRAFT}}) { totalCount } }`,
			} {
				var anonCount, viewerCount struct{ X struct{ TotalCount int } }
				anon.mustDo(t, q, nil, &anonCount)
				viewer.mustDo(t, q, nil, &viewerCount)
				if anonCount.X.TotalCount != 0 || viewerCount.X.TotalCount == 0 {
					t.Errorf("%s: anonymous count %d, viewer's %d; want 0 and more", q, anonCount.X.TotalCount, viewerCount.X.TotalCount)
				}
			}
		})
		t.Run("revisions", func(t *testing.T) {
			revs, err := db.Revision.Query().IDs(auth.System(ctx))
			if err != nil || len(revs) == 0 {
				t.Fatalf("revisions: %v %v", revs, err)
			}
			var out struct {
				Article struct{ Revisions struct{ TotalCount int } }
				Nodes   []*struct{ ID string }
			}
			anon.mustDo(t, `query($ids: [ID!]!) { article(slug: "public") { revisions(first: 10) { totalCount } } nodes(ids: $ids) { id } }`,
				map[string]any{"ids": []string{strconv.Itoa(revs[0])}}, &out)
			if out.Article.Revisions.TotalCount != 0 || out.Nodes[0] != nil {
				t.Errorf("anonymous caller sees revisions: %+v", out)
			}
		})
	})
}

// articleIDsAndCounts collects every "id" and every "totalCount" in a
// decoded GraphQL answer.
func articleIDsAndCounts(data any) (ids map[string]bool, counts []int) {
	ids = map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				switch {
				case k == "id":
					if s, ok := x.(string); ok {
						ids[s] = true
					}
				case k == "totalCount":
					if n, ok := x.(float64); ok {
						counts = append(counts, int(n))
					}
				default:
					walk(x)
				}
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(data)
	return ids, counts
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestScheduledArticleBecomesPublic checks that an article scheduled for a
// time that has passed is public without anything flipping its status.
func TestScheduledArticleBecomesPublic(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		sys := auth.System(ctx)
		db.Article.Create().SetTitle("Due").SetSlug("due").
			SetStatus(article.StatusSCHEDULED).SetPublishedAt(time.Now().Add(-time.Second)).
			SaveX(sys)
		db.Article.Create().SetTitle("Later").SetSlug("later").
			SetStatus(article.StatusSCHEDULED).SetPublishedAt(time.Now().Add(time.Hour)).
			SaveX(sys)
		var out struct {
			Due, Later *struct{ Status string }
		}
		newAPI(db.Client).mustDo(t, `{ due: article(slug: "due") { status } later: article(slug: "later") { status } }`, nil, &out)
		if out.Due == nil || out.Due.Status != "PUBLISHED" || out.Later != nil {
			t.Errorf("due = %+v, later = %+v", out.Due, out.Later)
		}
	})
}

// seedVisibility stores one public article and three hidden ones (draft,
// archived, scheduled for tomorrow), all written by and mentioning the same
// person, organization and award, in the same category and tag. It returns
// their IDs by slug, and the IDs of the category, tag, award and person.
func seedVisibility(t *testing.T, c *ent.Client) (articles map[string]string, others []string) {
	t.Helper()
	sys := auth.System(ctx)
	p := c.Person.Create().SetFullName("Vũ Duy Hoàng").SaveX(sys)
	o := c.Organization.Create().SetName("Ban Tuyên giáo").SaveX(sys)
	aw := c.Award.Create().SetName("Bằng khen").SetYear(2023).SetIssuer(o).SaveX(sys)
	cat := c.Category.Create().SetName("Thời sự").SaveX(sys)
	tg := c.Tag.Create().SetName("Tuyên giáo").SaveX(sys)
	past, future := time.Now().Add(-time.Hour), time.Now().Add(24*time.Hour)
	articles = map[string]string{}
	for _, a := range []struct {
		slug   string
		status article.Status
		at     *time.Time
	}{
		{"public", article.StatusPUBLISHED, &past},
		{"draft", article.StatusDRAFT, nil},
		{"archived", article.StatusARCHIVED, &past},
		{"scheduled", article.StatusSCHEDULED, &future},
	} {
		art := c.Article.Create().SetTitle("Bài " + a.slug).SetSlug(a.slug).
			SetStatus(a.status).SetNillablePublishedAt(a.at).
			AddAuthors(p).AddMentionedPeople(p).AddMentionedOrganizations(o).AddMentionedAwards(aw).
			SetCategory(cat).AddTags(tg).
			SaveX(sys)
		articles[a.slug] = strconv.Itoa(art.ID)
	}
	return articles, []string{strconv.Itoa(cat.ID), strconv.Itoa(tg.ID), strconv.Itoa(aw.ID), strconv.Itoa(p.ID)}
}
