package graph_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/newsgraph/newsgraph/bench/operations"
	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/synthetic"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

const fragmentsQuery = `query($yes: Boolean!, $no: Boolean!) {
  __typename
  list: articles(first: 3) {
    __typename
    edges { __typename c: cursor n: node { __typename ...Headline ... on Node { id }
      by: authors @include(if: $yes) { __typename name: fullName }
      tags @skip(if: $yes) { slug }
      mentionedPeople @include(if: $no) { slug } } }
    info: pageInfo { __typename end: endCursor }
  }
}
fragment Headline on Article { headline: title slug }`

// The compiled executor must answer every query it takes exactly as gqlgen's
// executor does: same data, same errors, for the public and for a token
// that sees drafts. Each case also says whether the compiled executor takes
// it, so that a case cannot pass by comparing gqlgen with itself.
func TestCompiledAnswersAsGqlgen(t *testing.T) {
	all := allColumns(t)
	op := func(name string) string {
		b, err := fs.ReadFile(operations.Files, name+".graphql")
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if _, err := demo.Load(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		if _, err := synthetic.Load(ctx, db.Client, 0.002, 1, nil); err != nil {
			t.Fatal(err)
		}
		// The dataset's scheduled articles are due by now: one that is not.
		db.Client.Article.Create().SetTitle("Kế hoạch năm sau").SetStatus(article.StatusSCHEDULED).
			SetPublishedAt(time.Now().AddDate(1, 0, 0)).ExecX(ctx)
		client, log := logStatements(db)
		vars := compiledCaseVars(t, client)

		cases := []struct {
			name     string
			query    string
			vars     map[string]any
			compiled bool
		}{
			{"FEED", op("FEED"), nil, true},
			{"DEEP_PAGE", op("DEEP_PAGE"), map[string]any{"after": vars["cursor"]}, true},
			{"DETAIL", op("DETAIL"), map[string]any{"slug": vars["published"]}, true},
			{"DETAIL of a draft", op("DETAIL"), map[string]any{"slug": vars["draft"]}, true},
			{"DETAIL of a scheduled article", op("DETAIL"), map[string]any{"slug": vars["scheduled"]}, true},
			{"AWARDS", op("AWARDS"), map[string]any{"year": 2023}, true},
			{"every column and edge of articles", `{
  articles(first: 40) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { ` + all["Article"] + `
      authors { ` + all["Person"] + ` positions { ` + all["Position"] + ` organization { ` + all["Organization"] + ` parent { name } } person { slug } } }
      mentionedPeople { ` + all["Person"] + ` awards { ` + all["Award"] + ` issuer { name } } awardsPresented { name } }
      mentionedOrganizations { ` + all["Organization"] + ` children { name } }
      mentionedAwards { ` + all["Award"] + ` presentedBy { fullName } recipientPeople { slug } recipientOrganizations { slug }
        recipients { __typename ... on Person { ` + all["Person"] + ` } ... on Organization { ` + all["Organization"] + ` } } }
      category { ` + all["Category"] + ` parent { name } children { name } }
      tags { ` + all["Tag"] + ` }
    } }
  }
}`, nil, true},
			{"drafts by filter", `query($s: ArticleStatus!) { articles(first: 20, where: {status: $s}) { totalCount edges { node { slug title publishedAt } } } }`,
				map[string]any{"s": "DRAFT"}, true},
			{"filters on dates and edges", `query($t: Time!) {
  articles(first: 10, orderBy: {field: PUBLISHED_AT, direction: DESC},
           where: {publishedAtLT: $t, or: [{hasAuthors: true}, {titleContains: "a"}]}) {
    edges { cursor node { title publishedAt eventDate } }
    pageInfo { endCursor hasNextPage }
  }
}`, map[string]any{"t": "2023-06-01T00:00:00Z"}, true},
			{"last before, by title", `query($c: Cursor) {
  articles(last: 7, before: $c, orderBy: {field: TITLE}) {
    pageInfo { hasPreviousPage hasNextPage startCursor }
    edges { node { title } }
  }
}`, map[string]any{"c": nil}, true},
			{"fragments, aliases, typenames, directives", fragmentsQuery, map[string]any{"yes": true, "no": false}, true},
			// The same operation again, with the directives the other way:
			// the node's SQL is remembered per operation, and must not be
			// reused here.
			{"directives the other way", fragmentsQuery, map[string]any{"yes": false, "no": true}, true},
			{"awards by year, newest first, with a kind filter", `{
  awards(first: 25, orderBy: {field: YEAR, direction: DESC}, where: {kindNotIn: [OTHER]}) {
    edges { cursor node { name kind year awardedOn issuer { name kind level parent { name } } } }
    pageInfo { hasNextPage endCursor }
  }
}`, nil, true},
			{"a person and an organization by slug, and one unknown", `query($p: String!, $o: String!) {
  person(slug: $p) { ` + all["Person"] + ` positions { title organization { name } } awards { name year } }
  organization(slug: $o) { ` + all["Organization"] + ` parent { slug } children { slug } positions { title person { fullName } } }
  nobody: person(slug: "khong-co-ai") { fullName }
}`, map[string]any{"p": vars["person"], "o": vars["organization"]}, true},
			{"two roots", `query($s: String!) { article(slug: $s) { title } awards(first: 2) { edges { node { name } } } }`,
				map[string]any{"s": vars["published"]}, true},
			{"SEARCH", op("SEARCH"), map[string]any{"query": "nguyen"}, true},
			{"SEARCH, a prefix", op("SEARCH"), map[string]any{"query": "ban tuyen gi"}, true},
			{"search: every column of every kind, aliases, typenames, count", `query($q: String!) {
  s: search(query: $q, first: 40) {
    __typename
    total: totalCount
    info: pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
    edges { __typename c: cursor score excerpt: snippet node { __typename
      ... on Node { id }
      ... on Article { ` + all["Article"] + ` authors { fullName } tags { slug } }
      ... on Person { ` + all["Person"] + ` positions { title organization { name } } }
      ... on Organization { ` + aliased("org", all["Organization"]) + ` parent { name } }
      ... on Award { ` + aliased("award", all["Award"]) + ` issuer { name } recipients { __typename ... on Person { slug } ... on Organization { slug } } } } }
  }
}`, map[string]any{"q": "nguyen"}, true},
			{"search: a next page of some kinds, nodes only in part", `query($q: String!, $c: Cursor) {
  search(query: $q, first: 3, after: $c, types: [PERSON, ARTICLE]) {
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { score node { ... on Person { fullName } } }
  }
}`, map[string]any{"q": "nguyen", "c": vars["searchCursor"]}, true},
			{"search: a page of nothing, and a page of none", `{
  some: search(query: "nguyen", first: 0) { pageInfo { hasNextPage } edges { cursor node { __typename } } }
  none: search(query: "khongcotudaynhu", first: 10) { totalCount pageInfo { hasNextPage startCursor } edges { snippet node { __typename } } }
  one: search(query: "nguyen", first: 1) { edges { node { __typename } } }
}`, nil, true},
			{"search and a page of articles", `query($q: String!) { search(query: $q, first: 5) { edges { node { ... on Article { slug } } } } articles(first: 2) { edges { node { title } } } }`,
				map[string]any{"q": "nguyen"}, true},

			// Left to gqlgen's executor.
			{"a field with its own resolver", `{ articles(first: 5) { edges { node { title status } } } }`, nil, false},
			{"node(id:)", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": vars["articleID"]}, false},
			{"a page without edges", `{ articles(first: 2) { totalCount pageInfo { hasNextPage } } }`, nil, false},
			{"a connection below the root", `query($p: String!) { person(slug: $p) { articles(first: 3) { edges { node { title } } } } }`,
				map[string]any{"p": vars["person"]}, false},
			{"an ID given as a string in a filter", `query($id: ID!) { articles(first: 2, where: {id: $id}) { edges { node { title } } } }`,
				map[string]any{"id": vars["articleID"]}, false},
			{"a bad cursor", `{ articles(first: 2, after: "not a cursor") { edges { node { title } } } }`, nil, false},
			{"a query directive other than @skip and @include", `{ articles(first: 2) { edges { node { slug ... @defer { title } } } } }`, nil, false},
			{"a mutation", `mutation { deleteArticle(id: 1) }`, nil, false},
			{"search with a field with its own resolver", `{ search(query: "nguyen", first: 5) { edges { node { ... on Article { title status } } } } }`, nil, false},
			{"search with an empty query", `{ search(query: "", first: 5) { edges { cursor } } }`, nil, false},
			{"search with a bad cursor", `{ search(query: "nguyen", first: 5, after: "not a cursor") { edges { cursor } } }`, nil, false},
		}
		for _, caller := range []struct {
			name string
			auth func(context.Context, string) (*auth.Caller, error)
		}{
			{"public", nil},
			{"viewer", func(context.Context, string) (*auth.Caller, error) {
				return &auth.Caller{TokenID: 1, Name: "test viewer", Role: auth.Viewer}, nil
			}},
		} {
			compiled := server.New(client, server.Options{Authenticate: caller.auth})
			reference := server.New(client, server.Options{Authenticate: caller.auth, InterpretedQueries: true})
			for _, c := range cases {
				t.Run(caller.name+"/"+c.name, func(t *testing.T) {
					want := post(t, reference, c.query, c.vars)
					// Twice: the second time the node's SQL comes from the cache.
					for range 2 {
						log.take()
						got := post(t, compiled, c.query, c.vars)
						took := false
						for _, s := range log.take() {
							took = took || strings.Contains(s, "__node")
						}
						if took != c.compiled {
							t.Errorf("compiled executor took the query: %v, want %v", took, c.compiled)
						}
						if !reflect.DeepEqual(canonical(t, got), canonical(t, want)) {
							t.Errorf("answers differ\ncompiled: %s\ngqlgen:   %s", got, want)
						}
					}
				})
			}
		}
	})
}

// allColumns selects, for each type the compiled executor reads, every
// field without arguments whose value is a scalar or an enum (except
// Article.status, which has a resolver of its own).
func allColumns(t *testing.T) map[string]string {
	s := graph.NewSchema(nil, graph.WithoutCompiledQueries()).Schema()
	out := map[string]string{}
	for _, typ := range []string{"Article", "Person", "Organization", "Award", "Position", "Category", "Tag"} {
		var names []string
		for _, f := range s.Types[typ].Fields {
			def := s.Types[f.Type.Name()]
			if len(f.Arguments) > 0 || f.Type.Elem != nil || (def.Kind != "SCALAR" && def.Kind != "ENUM") || typ+"."+f.Name == "Article.status" {
				continue
			}
			names = append(names, f.Name)
		}
		if len(names) < 4 {
			t.Fatalf("%s: only %v", typ, names)
		}
		out[typ] = strings.Join(names, " ")
	}
	return out
}

// aliased gives each of the fields (a list as allColumns makes) an alias
// with prefix, so that a selection can hold the fields of two types whose
// fields of one name differ in type.
func aliased(prefix, fields string) string {
	var out []string
	for _, f := range strings.Fields(fields) {
		out = append(out, prefix+"_"+f+": "+f)
	}
	return strings.Join(out, " ")
}

// compiledCaseVars finds the slugs, IDs and cursors the cases need, as a
// viewer who sees drafts.
func compiledCaseVars(t *testing.T, client *ent.Client) map[string]any {
	a := newAPIAs(client, auth.Viewer)
	type page struct {
		Edges []struct {
			Cursor string
			Node   struct{ ID, Slug string }
		}
	}
	var out struct {
		Published, Draft, Scheduled page
		People                      page
		Organizations               page
	}
	a.mustDo(t, `{
  published: articles(first: 60, orderBy: {field: PUBLISHED_AT, direction: DESC}, where: {status: PUBLISHED}) { edges { cursor node { id slug } } }
  draft: articles(first: 1, where: {status: DRAFT}) { edges { cursor node { id slug } } }
  scheduled: articles(first: 1, where: {status: SCHEDULED}) { edges { cursor node { id slug } } }
  people(first: 1, where: {hasPositions: true, hasAwards: true}) { edges { cursor node { id slug } } }
  organizations(first: 1, where: {hasParent: true, hasChildren: true}) { edges { cursor node { id slug } } }
}`, nil, &out)
	if len(out.Published.Edges) < 60 || len(out.Draft.Edges) == 0 || len(out.Scheduled.Edges) == 0 {
		t.Fatalf("test data: %d published, %d draft, %d scheduled articles; want 60, 1, 1",
			len(out.Published.Edges), len(out.Draft.Edges), len(out.Scheduled.Edges))
	}
	vars := map[string]any{
		"published": out.Published.Edges[0].Node.Slug,
		"articleID": out.Published.Edges[0].Node.ID,
		"cursor":    out.Published.Edges[49].Cursor,
		"draft":     out.Draft.Edges[0].Node.Slug,
		"scheduled": out.Scheduled.Edges[0].Node.Slug,
	}
	if len(out.People.Edges) == 0 || len(out.Organizations.Edges) == 0 {
		t.Fatal("no person with positions and awards, or no organization with a parent and children")
	}
	var found struct {
		Search struct{ PageInfo struct{ EndCursor string } }
	}
	a.mustDo(t, `{ search(query: "nguyen", first: 2, types: [PERSON, ARTICLE]) { pageInfo { endCursor } } }`, nil, &found)
	if found.Search.PageInfo.EndCursor == "" {
		t.Fatal(`test data: search "nguyen" found nothing`)
	}
	vars["searchCursor"] = found.Search.PageInfo.EndCursor
	vars["person"] = out.People.Edges[0].Node.Slug
	vars["organization"] = out.Organizations.Edges[0].Node.Slug
	return vars
}

func post(t *testing.T, h http.Handler, query string, vars map[string]any) []byte {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code >= 500 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	return rec.Body.Bytes()
}

// canonical decodes an answer, with the lists that are not pages sorted:
// neither executor promises an order for the nodes at the end of an edge.
func canonical(t *testing.T, raw []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("answer is not JSON: %v\n%s", err, raw)
	}
	var walk func(key string, v any) any
	walk = func(key string, v any) any {
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				v[k] = walk(k, e)
			}
		case []any:
			for i, e := range v {
				v[i] = walk("", e)
			}
			if key != "edges" && key != "errors" {
				sort.Slice(v, func(i, j int) bool { return fmt.Sprint(v[i]) < fmt.Sprint(v[j]) })
			}
		}
		return v
	}
	return walk("", v)
}

// failingDriver fails every statement of the compiled executor.
type failingDriver struct{ *entsql.Driver }

var errNoRelation = errors.New(`pq: relation "articles" does not exist`)

func (d failingDriver) Query(ctx context.Context, query string, args, v any) error {
	if strings.Contains(query, "__node") {
		return errNoRelation
	}
	return d.Driver.Query(ctx, query, args, v)
}

func (d failingDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if strings.Contains(query, "__node") {
		return nil, errNoRelation
	}
	return d.Driver.QueryContext(ctx, query, args...)
}

// A statement of the compiled executor that fails is an INTERNAL error at
// its root field, without the database's words; a nullable root field is
// null, a non-null one makes data null, as with gqlgen's executor.
func TestCompiledFailure(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		client := ent.NewClient(ent.Driver(failingDriver{entsql.OpenDB(db.Dialect, db.SQL)}))
		a := newAPI(client)
		for _, c := range []struct {
			query, data string
			path        []any
		}{
			{`{ article(slug: "x") { title } }`, `{"article":null}`, []any{"article"}},
			{`{ articles(first: 2) { edges { node { title } } } }`, `null`, []any{"articles"}},
			// On PostgreSQL the search's page statement carries its nodes
			// (on SQLite an empty database has no hit to read a node of).
			{`{ search(query: "nguyen", first: 2) { edges { node { __typename } } } }`, `null`, []any{"search"}},
		} {
			if strings.Contains(c.query, "search") && db.Dialect != dialect.Postgres {
				continue
			}
			raw := post(t, a.h, c.query, nil)
			var resp struct {
				Data   json.RawMessage
				Errors []gqlError
			}
			if err := json.Unmarshal(raw, &resp); err != nil {
				t.Fatal(err)
			}
			if string(resp.Data) != c.data || len(resp.Errors) != 1 || resp.Errors[0].code() != "INTERNAL" ||
				!reflect.DeepEqual(resp.Errors[0].Path, c.path) || strings.Contains(string(raw), "relation") {
				t.Errorf("%s: %s", c.query, raw)
			}
		}
	})
}
