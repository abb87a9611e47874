package graph_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

const searchQuery = `query($q: String!, $types: [SearchType!], $first: Int, $after: Cursor) {
	search(query: $q, types: $types, first: $first, after: $after) {
		totalCount
		pageInfo { hasNextPage hasPreviousPage endCursor }
		edges {
			score snippet cursor
			node {
				__typename
				... on Article { title }
				... on Person { fullName }
				... on Organization { name }
				... on Award { name }
			}
		}
	}
}`

type searchPage struct {
	Search struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage, HasPreviousPage bool
			EndCursor                    string
		}
		Edges []struct {
			Score   float64
			Snippet string
			Cursor  string
			Node    struct {
				Typename string `json:"__typename"`
				Title    string
				FullName string
				Name     string
			}
		}
	}
}

// names lists the hits of a page as "Type: name".
func (p searchPage) names() []string {
	var out []string
	for _, e := range p.Search.Edges {
		n := e.Node
		out = append(out, n.Typename+": "+n.Title+n.FullName+n.Name)
	}
	return out
}

func (a *api) search(t *testing.T, q string, vars map[string]any) searchPage {
	t.Helper()
	v := map[string]any{"q": q, "first": 20}
	for k, x := range vars {
		v[k] = x
	}
	var p searchPage
	a.mustDo(t, searchQuery, v, &p)
	return p
}

// searchContent is the demo content plus articles that show ranking and
// visibility.
func searchContent(t *testing.T, c *ent.Client) {
	t.Helper()
	if _, err := demo.Load(ctx, c); err != nil {
		t.Fatal(err)
	}
	day := func(d int) time.Time { return time.Date(2024, time.August, d, 8, 0, 0, 0, time.UTC) }
	for _, a := range []struct {
		title, summary, body string
		status               article.Status
		at                   time.Time
	}{
		// "phát thanh" in the title of the oldest, the summary and then the
		// body of newer ones: the title still ranks first.
		{"Đài Phát thanh tỉnh tròn 70 năm", "Lễ kỷ niệm tại Thái Nguyên.", "Nhiều thế hệ phóng viên về dự.", article.StatusPUBLISHED, day(1)},
		{"Lễ kỷ niệm ngày Báo chí", "Đại diện Đài Phát thanh tỉnh phát biểu.", "Buổi lễ diễn ra trang trọng.", article.StatusPUBLISHED, day(5)},
		{"Hội nghị cộng tác viên", "Tổng kết năm.", "Các cộng tác viên của Đài Phát thanh được khen thưởng.", article.StatusPUBLISHED, day(9)},
		// Two title matches: the newer first.
		{"Phát thanh viên trẻ tài năng", "Cuộc thi năm 2024.", "", article.StatusPUBLISHED, day(3)},
		// Never shown to anonymous callers.
		{"Dự thảo kế hoạch tuyên truyền bầu cử", "Bản nháp.", "", article.StatusDRAFT, time.Time{}},
		{"Lịch tiếp công dân tháng tới", "Sẽ đăng sau.", "", article.StatusPUBLISHED, time.Now().Add(time.Hour)},
	} {
		q := c.Article.Create().SetTitle(a.title).SetSummary(a.summary).SetBody("<p>" + a.body + "</p>").SetStatus(a.status)
		if !a.at.IsZero() {
			q.SetPublishedAt(a.at)
		}
		if err := q.Exec(ctx); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSearchVietnamese(t *testing.T) {
	const demoArticle = "Article: Thái Nguyên sơ kết công tác tuyên giáo 6 tháng đầu năm 2024"
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		searchContent(t, db.Client)
		a := newAPI(db.Client)
		for _, tc := range []struct {
			query string
			types []string
			first string   // the best hit
			want  []string // hits that must be there, in any order
			none  bool     // no hit at all
		}{
			{query: "vu duy hoang", first: "Person: Vũ Duy Hoàng", want: []string{demoArticle}},
			{query: "VŨ DUY HOÀNG", first: "Person: Vũ Duy Hoàng", want: []string{demoArticle}},
			{query: "Vũ Duy Hoàng", first: "Person: Vũ Duy Hoàng"},
			{query: "vũ duy hoàng", first: "Person: Vũ Duy Hoàng"},
			{query: "Vu Duy Hoàng!", first: "Person: Vũ Duy Hoàng"},
			{query: "dong chi", want: []string{demoArticle}},
			{query: "đồng chí vũ", want: []string{demoArticle}},
			{query: "ban tuyen gi", want: []string{"Organization: Ban Tuyên giáo Tỉnh ủy Thái Nguyên", "Organization: Ban Tuyên giáo Trung ương", demoArticle}},
			{query: "ban tuyen gi", types: []string{"ORGANIZATION"}, want: []string{"Organization: Ban Tuyên giáo Tỉnh ủy Thái Nguyên", "Organization: Ban Tuyên giáo Trung ương"}},
			{query: "thai nguyen", types: []string{"AWARD"}, first: "Award: Bằng khen của Ban Thường vụ Tỉnh ủy Thái Nguyên"},
			{query: "bang khen", want: []string{"Award: Bằng khen của Ban Tuyên giáo Trung ương", "Award: Bằng khen của Ban Thường vụ Tỉnh ủy Thái Nguyên", demoArticle}},
			{query: "38-CT/TW", want: []string{"Award: Bằng khen của Ban Thường vụ Tỉnh ủy Thái Nguyên", demoArticle}},
			{query: "phat thanh", first: "Article: Phát thanh viên trẻ tài năng"},
			{query: "hoang:*", first: "Person: Vũ Duy Hoàng"},
			{query: `"vu duy" hoang*`, first: "Person: Vũ Duy Hoàng"},
			{query: "(hoàng)", first: "Person: Vũ Duy Hoàng"},
			{query: "hoang AND vu", none: true}, // AND is a word, found nowhere
			{query: "'", none: true},
			{query: "*", none: true},
			{query: "vu -duy", first: "Person: Vũ Duy Hoàng"},
			{query: "du thao ke hoach", none: true},   // a draft
			{query: "lich tiep cong dan", none: true}, // published in an hour
			{query: "xyzzy", none: true},
		} {
			name := tc.query
			if tc.types != nil {
				name += " " + strings.Join(tc.types, ",")
			}
			t.Run(name, func(t *testing.T) {
				vars := map[string]any{}
				if tc.types != nil {
					vars["types"] = tc.types
				}
				p := a.search(t, tc.query, vars)
				got := p.names()
				if tc.none {
					if len(got) != 0 || p.Search.TotalCount != 0 {
						t.Fatalf("want no hit, got %d: %q", p.Search.TotalCount, got)
					}
					return
				}
				if len(got) == 0 || p.Search.TotalCount != len(got) {
					t.Fatalf("hits %q, totalCount %d", got, p.Search.TotalCount)
				}
				if tc.first != "" && got[0] != tc.first {
					t.Errorf("first hit %q, want %q (all: %q)", got[0], tc.first, got)
				}
				for _, w := range tc.want {
					if !slices.Contains(got, w) {
						t.Errorf("missing %q in %q", w, got)
					}
				}
				if tc.types != nil {
					for _, e := range p.Search.Edges {
						if !strings.EqualFold(e.Node.Typename, tc.types[0]) {
							t.Errorf("%s hit for types %v", e.Node.Typename, tc.types)
						}
					}
				}
			})
		}
	})
}

func TestSearchRanking(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		searchContent(t, db.Client)
		p := newAPI(db.Client).search(t, "phat thanh", nil)
		want := []string{
			"Article: Phát thanh viên trẻ tài năng",    // title, 3 August
			"Article: Đài Phát thanh tỉnh tròn 70 năm", // title, 1 August
			"Article: Lễ kỷ niệm ngày Báo chí",         // summary, 5 August
			"Article: Hội nghị cộng tác viên",          // body, 9 August
		}
		if got := p.names(); !slices.Equal(got, want) {
			t.Fatalf("order\n got %q\nwant %q", got, want)
		}
		e := p.Search.Edges
		if !(e[0].Score >= 3 && e[1].Score >= 3 && e[2].Score >= 2 && e[2].Score < 3 && e[3].Score >= 1 && e[3].Score < 2) {
			t.Errorf("scores %v %v %v %v", e[0].Score, e[1].Score, e[2].Score, e[3].Score)
		}
	})
}

func TestSearchSnippet(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		searchContent(t, db.Client)
		p := newAPI(db.Client).search(t, "dong chi vu duy hoang", map[string]any{"types": []string{"ARTICLE"}})
		if len(p.Search.Edges) != 1 {
			t.Fatalf("hits %q", p.names())
		}
		s := p.Search.Edges[0].Snippet
		if want := "…giáo Tỉnh ủy Thái Nguyên sơ kết công tác 6 tháng đầu năm và bàn nhiệm <mark>vụ</mark> 6 tháng cuối năm; <mark>đồng</mark> <mark>chí</mark> <mark>Vũ</mark> <mark>Duy</mark> <mark>Hoàng</mark> chủ trì hội nghị."; s != want { // as in docs/search.md
			t.Errorf("snippet %q", s)
		}
		// Prefix matches are marked whole.
		p = newAPI(db.Client).search(t, "phat th", map[string]any{"types": []string{"ARTICLE"}})
		if s := p.Search.Edges[0].Snippet; !strings.Contains(s, "<mark>Phát</mark> <mark>thanh</mark>") {
			t.Errorf("snippet %q", s)
		}
	})
}

// Anonymous callers see neither drafts nor articles published in the future,
// in hits or counts; any token holder sees both.
func TestSearchVisibility(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		searchContent(t, db.Client)
		anon, viewer := newAPI(db.Client), newAPIAs(db.Client, auth.Viewer)
		for _, q := range []string{"du thao ke hoach", "lich tiep cong dan"} {
			if p := anon.search(t, q, nil); len(p.Search.Edges) != 0 || p.Search.TotalCount != 0 {
				t.Errorf("anonymous %q: %d hits, totalCount %d", q, len(p.Search.Edges), p.Search.TotalCount)
			}
			if p := viewer.search(t, q, nil); len(p.Search.Edges) != 1 || p.Search.TotalCount != 1 {
				t.Errorf("viewer %q: %q, totalCount %d", q, p.names(), p.Search.TotalCount)
			}
			var out struct{ SearchArticles struct{ TotalCount int } }
			anon.mustDo(t, `query($q: String!) { searchArticles(query: $q, first: 5) { totalCount edges { node { id } } } }`, map[string]any{"q": q}, &out)
			if out.SearchArticles.TotalCount != 0 {
				t.Errorf("anonymous searchArticles %q: totalCount %d", q, out.SearchArticles.TotalCount)
			}
		}
	})
}

func TestSearchBadInput(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(db.Client)
		for _, q := range []string{"", "   ", "\t\n", strings.Repeat("á", 501)} {
			e := a.wantCode(t, "BAD_USER_INPUT", searchQuery, map[string]any{"q": q, "first": 5})
			if e.Extensions["field"] != "query" {
				t.Errorf("%q: field %v", q, e.Extensions["field"])
			}
			a.wantCode(t, "BAD_USER_INPUT", `query($q: String!) { searchArticles(query: $q, first: 5) { totalCount } }`, map[string]any{"q": q})
		}
		a.search(t, strings.Repeat("á", 500), nil) // the longest allowed
		a.wantCode(t, "BAD_USER_INPUT", searchQuery, map[string]any{"q": "hoang", "first": 101})
		a.wantCode(t, "BAD_USER_INPUT", searchQuery, map[string]any{"q": "hoang", "first": 5, "after": "bm90IGEgY3Vyc29y"})
	})
}

func TestSearchPages(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		searchContent(t, db.Client)
		a := newAPI(db.Client)
		all := a.search(t, "thai nguyen", nil)
		if all.Search.TotalCount < 5 {
			t.Fatalf("want at least 5 hits, got %q", all.names())
		}
		var pages []string
		var after any
		for i := 0; ; i++ {
			p := a.search(t, "thai nguyen", map[string]any{"first": 2, "after": after})
			pages = append(pages, p.names()...)
			if p.Search.PageInfo.HasPreviousPage != (i > 0) || p.Search.TotalCount != all.Search.TotalCount {
				t.Fatalf("page %d: %+v", i, p.Search.PageInfo)
			}
			if !p.Search.PageInfo.HasNextPage {
				break
			}
			after = p.Search.PageInfo.EndCursor
		}
		if !slices.Equal(pages, all.names()) {
			t.Errorf("pages of 2\n got %q\nwant %q", pages, all.names())
		}
	})
}

// The index follows every write: changed text, publication, deletion, and a
// rolled-back transaction leaves it as it was.
func TestSearchFollowsWrites(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		searchContent(t, db.Client)
		c, a := db.Client, newAPI(db.Client)
		count := func(q string) int { t.Helper(); return a.search(t, q, nil).Search.TotalCount }

		draft := c.Article.Query().Where(article.Title("Dự thảo kế hoạch tuyên truyền bầu cử")).OnlyX(auth.System(ctx))
		c.Article.UpdateOne(draft).SetTitle("Kế hoạch tuyên truyền bầu cử đại biểu Quốc hội").
			SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now().Add(-time.Minute)).ExecX(ctx)
		if n := count("ke hoach tuyen truyen bau cu quoc hoi"); n != 1 {
			t.Errorf("published article: %d hits", n)
		}
		if n := count("du thao"); n != 0 {
			t.Errorf("old title: %d hits", n)
		}
		c.Article.Update().Where(article.ID(draft.ID)).SetStatus(article.StatusDRAFT).ExecX(ctx)
		if n := count("quoc hoi"); n != 0 {
			t.Errorf("unpublished again: %d hits", n)
		}

		minh := c.Person.Create().SetFullName("Trần Văn Minh").SaveX(ctx)
		if n := count("tran van minh"); n != 1 {
			t.Errorf("new person: %d hits", n)
		}
		c.Person.DeleteOne(minh).ExecX(ctx)
		if n := count("tran van minh"); n != 0 {
			t.Errorf("deleted person still found: %d hits", n)
		}

		tx, err := c.Tx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		tx.Person.Create().SetFullName("Nguyễn Thị Thu Hằng").ExecX(ctx)
		tx.Organization.UpdateOneID(c.Organization.Query().FirstIDX(ctx)).SetName("Ủy ban Mặt trận Tổ quốc").ExecX(ctx)
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
		if n := count("thu hang") + count("mat tran to quoc"); n != 0 {
			t.Errorf("rolled-back writes are in the index: %d hits", n)
		}
	})
}

// A scheduled article is found by anonymous callers once its time has
// passed, and not before, with no write in between: by search and by
// searchArticles alike, counted alike, and shown as PUBLISHED, the rule of
// internal/access that every other read follows.
func TestSearchFindsScheduledArticlesWhenDue(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c, a := db.Client, newAPI(db.Client)
		c.Article.Create().SetTitle("Lịch tiếp xúc cử tri đã đến giờ").
			SetStatus(article.StatusSCHEDULED).SetPublishedAt(time.Now().Add(-time.Second)).ExecX(ctx)
		c.Article.Create().SetTitle("Lịch tiếp xúc cử tri tuần sau").
			SetStatus(article.StatusSCHEDULED).SetPublishedAt(time.Now().Add(time.Hour)).ExecX(ctx)
		const due = "Lịch tiếp xúc cử tri đã đến giờ"
		p := a.search(t, "lich tiep xuc cu tri", nil)
		if got, want := p.names(), []string{"Article: " + due}; !slices.Equal(got, want) || p.Search.TotalCount != 1 {
			t.Errorf("anonymous search found %q (totalCount %d), want %q", got, p.Search.TotalCount, want)
		}
		var out struct {
			SearchArticles struct {
				TotalCount int
				Edges      []struct {
					Node struct{ Title, Status string }
				}
			}
		}
		a.mustDo(t, `query($q: String!) { searchArticles(query: $q, first: 5) { totalCount edges { node { title status } } } }`,
			map[string]any{"q": "lich tiep xuc cu tri"}, &out)
		got := out.SearchArticles
		if got.TotalCount != 1 || len(got.Edges) != 1 || got.Edges[0].Node.Title != due || got.Edges[0].Node.Status != "PUBLISHED" {
			t.Errorf("anonymous searchArticles: %+v, want only %q, PUBLISHED", got, due)
		}
	})
}

// A search reads an article's body only when it needs it; a client that
// asks for the body gets it.
func TestSearchBodyWhenAsked(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		searchContent(t, db.Client)
		var out struct {
			Search struct {
				Edges []struct {
					Snippet string
					Node    struct{ Title, Body, BodyText string }
				}
			}
		}
		newAPI(db.Client).mustDo(t, `{ search(query: "phat thanh", types: [ARTICLE], first: 5) {
			edges { snippet node { ... on Article { title body } ... on Node { ... on Article { bodyText } } } } } }`, nil, &out)
		if len(out.Search.Edges) != 4 {
			t.Fatalf("%d hits", len(out.Search.Edges))
		}
		for _, e := range out.Search.Edges {
			if e.Node.Title != "Phát thanh viên trẻ tài năng" && (e.Node.Body == "" || e.Node.BodyText == "") {
				t.Errorf("%q: body %q, bodyText %q", e.Node.Title, e.Node.Body, e.Node.BodyText)
			}
		}
		// The body-only hit's snippet comes from its body, read for it.
		if s := out.Search.Edges[3].Snippet; !strings.Contains(s, "cộng tác viên của Đài <mark>Phát</mark> <mark>thanh</mark>") {
			t.Errorf("snippet %q", s)
		}
	})
}

// On PostgreSQL a page of search results, of every kind, with snippets cut
// from bodies, is one statement: the hits and their nodes together
// (searchOne). Without a selection of totalCount, nothing else runs.
func TestSearchPageIsOneStatement(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if db.Dialect != dialect.Postgres {
			t.Skip("SQLite reads a page tier by tier")
		}
		searchContent(t, db.Client)
		client, log := logStatements(db)
		a := newAPI(client)
		a.search(t, "thai nguyen", nil) // reads the planner's statistics once
		for _, tc := range []struct {
			query string
			kinds []string // of the hits, at least
		}{
			{"thai nguyen", []string{"Article", "Organization"}},
			{"phat thanh", []string{"Article"}}, // a body's snippet: "Các cộng tác viên của Đài Phát thanh…"
			{"vu duy hoang", []string{"Person", "Article"}},
		} {
			log.take()
			var p searchPage
			a.mustDo(t, `query($q: String!) { search(query: $q, first: 20) {
				pageInfo { hasNextPage } edges { score snippet node { __typename ... on Article { title } ... on Person { fullName } ... on Organization { name } ... on Award { name } } } } }`,
				map[string]any{"q": tc.query}, &p)
			got := map[string]bool{}
			for _, e := range p.Search.Edges {
				got[e.Node.Typename] = true
				if e.Snippet == "" {
					t.Errorf("%q: no snippet on %+v", tc.query, e.Node)
				}
			}
			for _, k := range tc.kinds {
				if !got[k] {
					t.Errorf("%q: no %s among %q", tc.query, k, p.names())
				}
			}
			if stmts := log.take(); len(stmts) != 1 {
				t.Errorf("%q: %d statements, want 1:\n%s", tc.query, len(stmts), strings.Join(stmts, "\n"))
			}
		}
	})
}

// On PostgreSQL a page leaves out the body of an article whose summary
// holds every word of the query as the database reads words, and reads it
// after all, in one more statement, where the server's reading of the
// summary disagrees: the snippet is the body's either way, on the
// compiled executor's path and on the resolver's.
func TestSearchSnippetBodyWhenSummaryVectorDisagrees(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if db.Dialect != dialect.Postgres {
			t.Skip("the summary's vector is PostgreSQL's")
		}
		searchContent(t, db.Client)
		// "Hội nghị cộng tác viên": "Phát thanh" only in its body.
		id := db.Client.Article.Query().Where(article.Title("Hội nghị cộng tác viên")).OnlyIDX(ctx)
		if _, err := db.SQL.ExecContext(ctx, `UPDATE search_documents SET summary = to_tsvector('simple', 'tong ket nam phat thanh') WHERE node_id = $1`, id); err != nil {
			t.Fatal(err)
		}
		client, log := logStatements(db)
		a := newAPI(client)
		a.search(t, "thai nguyen", nil) // reads the planner's statistics once
		for _, query := range []string{
			`{ search(query: "phat thanh", types: [ARTICLE], first: 5) { edges { snippet node { ... on Article { title } } } } }`,
			// Two selections of edges: gqlgen's executor, searchOne.
			`{ search(query: "phat thanh", types: [ARTICLE], first: 5) { edges { snippet node { ... on Article { title } } } more: edges { cursor } } }`,
		} {
			log.take()
			var out struct {
				Search struct {
					Edges []struct {
						Snippet string
						Node    struct{ Title string }
					}
				}
			}
			a.mustDo(t, query, nil, &out)
			found := false
			for _, e := range out.Search.Edges {
				if e.Node.Title == "Hội nghị cộng tác viên" {
					found = true
					if !strings.Contains(e.Snippet, "cộng tác viên của Đài <mark>Phát</mark> <mark>thanh</mark>") {
						t.Errorf("%s: snippet %q, want the body's", query, e.Snippet)
					}
				}
			}
			if !found {
				t.Errorf("%s: no hit on the article", query)
			}
			if stmts := log.take(); len(stmts) != 2 {
				t.Errorf("%s: %d statements, want the page's and the body's:\n%s", query, len(stmts), strings.Join(stmts, "\n\n"))
			}
		}
	})
}
