package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// Each abuse limit, set low: a request just inside passes, one just over is
// refused with its code, and the refused one never reaches the database.
func TestAbuseLimits(t *testing.T) {
	bigBody := `{"query": "{ __typename }", "variables": {"pad": "` + strings.Repeat("x", 300) + `"}}`
	cases := []struct {
		name   string
		limits server.Limits
		inside string // a query that passes
		over   string // a query that is refused
		code   string
	}{
		{"depth", server.Limits{MaxDepth: 3},
			`{ organization(slug: "x") { parent { name } } }`,
			`{ organization(slug: "x") { parent { parent { name } } } }`,
			server.CodeDepthLimit},
		{"depth through fragments", server.Limits{MaxDepth: 3},
			`{ organization(slug: "x") { ...P } } fragment P on Organization { parent { name } }`,
			`{ organization(slug: "x") { ...P } } fragment P on Organization { parent { parent { name } } }`,
			server.CodeDepthLimit},
		{"complexity: a connection costs first times its selection", server.Limits{MaxComplexity: 300},
			`{ people(first: 99) { edges { node { fullName } } } }`,  // 1 + 99*3 = 298
			`{ people(first: 100) { edges { node { fullName } } } }`, // 1 + 100*3 = 301
			server.CodeComplexityLimit},
		{"complexity: last counts too, nested connections multiply", server.Limits{MaxComplexity: 125},
			`{ people(last: 10) { edges { node { articles(first: 9) { totalCount } } } } }`,  // 1 + 10*(2 + 1 + 9*1) = 121
			`{ people(last: 10) { edges { node { articles(first: 10) { totalCount } } } } }`, // 1 + 10*(2 + 1 + 10*1) = 131
			server.CodeComplexityLimit},
		{"aliases", server.Limits{MaxAliases: 2},
			`{ a: person(slug: "a") { id } b: person(slug: "b") { id } person(slug: "c") { id: id } }`,
			`{ a: person(slug: "a") { id } b: person(slug: "b") { id } c: person(slug: "c") { id } }`,
			server.CodeAliasLimit},
		{"aliases: __typename counts too", server.Limits{MaxAliases: 2},
			`{ a: person(slug: "a") { id } t: __typename }`,
			`{ a: person(slug: "a") { id } t: __typename u: __typename }`,
			server.CodeAliasLimit},
		{"aliases in a fragment count at every spread", server.Limits{MaxAliases: 2},
			`{ ...F } fragment F on Query { a: person(slug: "a") { id } b: person(slug: "b") { id } }`,
			`{ ...F person(slug: "x") { ...G ...G } } fragment F on Query { a: person(slug: "a") { id } } fragment G on Person { n: fullName }`,
			server.CodeAliasLimit},
		{"directives", server.Limits{MaxDirectives: 1},
			`{ person(slug: "a") @include(if: true) { id } }`,
			`{ person(slug: "a") @include(if: true) @skip(if: false) { id } }`,
			server.CodeDirectiveLimit},
		{"directives on an operation and a variable", server.Limits{MaxDirectives: 1},
			`query Q($x: Boolean = true) { person(slug: "a") @include(if: $x) { id } }`,
			`query Q($x: Boolean = true @deprecated @deprecated) { person(slug: "a") { id } }`,
			server.CodeDirectiveLimit},
		{"fields, as written", server.Limits{MaxFields: 3},
			`{ person(slug: "a") { id fullName } }`,
			`{ person(slug: "a") { id fullName slug } }`,
			server.CodeFieldLimit},
		{"fields in fragments count once, as written", server.Limits{MaxFields: 3},
			`{ a: person(slug: "a") { ...P } b: person(slug: "b") { ...P } } fragment P on Person { id }`,
			`{ a: person(slug: "a") { ...P } b: person(slug: "b") { ...P } } fragment P on Person { id slug }`,
			server.CodeFieldLimit},
		{"repeated fields", server.Limits{MaxFieldRepeats: 2},
			`{ person(slug: "a") { id __typename } __typename }`,
			`{ person(slug: "a") { id __typename } __typename __typename }`,
			server.CodeRepeatedFieldLimit},
		{"repeated fields across fragments", server.Limits{MaxFieldRepeats: 2},
			`{ t: __typename ...F } fragment F on Query { t: __typename }`,
			`{ t: __typename ...F ...G } fragment F on Query { t: __typename } fragment G on Query { t: __typename }`,
			server.CodeRepeatedFieldLimit},
		{"input depth of a literal", server.Limits{MaxInputDepth: 3},
			`{ organizations(first: 1, where: {hasParentWith: [{slug: "x"}]}) { totalCount } }`,
			`{ organizations(first: 1, where: {not: {hasParentWith: [{slug: "x"}]}}) { totalCount } }`,
			server.CodeInputDepthLimit},
		{"input depth of a variable's default", server.Limits{MaxInputDepth: 3},
			`query($w: OrganizationWhereInput = {hasParentWith: [{slug: "x"}]}) { organizations(first: 1, where: $w) { totalCount } }`,
			`query($w: OrganizationWhereInput = {hasParentWith: [{hasParentWith: {slug: "x"}}]}) { organizations(first: 1, where: $w) { totalCount } }`,
			server.CodeInputDepthLimit},
		{"input list length of a literal", server.Limits{MaxInputListLength: 2},
			`{ people(first: 1, where: {slugIn: ["a", "b"]}) { totalCount } }`,
			`{ people(first: 1, where: {slugIn: ["a", "b", "c"]}) { totalCount } }`,
			server.CodeInputListLimit},
		{"input string length of a literal", server.Limits{MaxInputStringBytes: 5},
			`{ person(slug: "abcde") { id } }`,
			`{ person(slug: "abcdef") { id } }`,
			server.CodeInputStringLimit},
		{"input string length of a block string", server.Limits{MaxInputStringBytes: 5},
			`{ person(slug: """abcde""") { id } }`,
			`{ person(slug: """abcdef""") { id } }`,
			server.CodeInputStringLimit},
		{"input object fields of literals", server.Limits{MaxInputFields: 2},
			`{ people(first: 1, where: {slug: "a"}) { totalCount } organizations(first: 1, where: {slug: "b"}) { totalCount } }`,
			`{ people(first: 1, where: {slug: "a", fullNameContains: "b"}) { totalCount } organizations(first: 1, where: {slug: "b"}) { totalCount } }`,
			server.CodeInputFieldLimit},
		{"input object fields of a fragment count at every spread", server.Limits{MaxInputFields: 2},
			`{ ...F } fragment F on Query { people(first: 1, where: {slug: "a", fullNameContains: "b"}) { totalCount } }`,
			`{ ...F a: __typename ...F } fragment F on Query { people(first: 1, where: {slug: "a", fullNameContains: "b"}) { totalCount } }`,
			server.CodeInputFieldLimit},
		{"tokens", server.Limits{MaxTokens: 20},
			`{ person(slug: "a") { id fullName slug } }`,
			`{ person(slug: "a") { id fullName slug bio createdAt updatedAt id fullName slug bio createdAt updatedAt } }`,
			server.CodeTokenLimit},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEdge(t, server.Options{Limits: c.limits})
			if a := decode(t, e.post(t, c.inside, nil)); len(a.Errors) > 0 {
				t.Fatalf("inside the limit, got %+v", a.Errors)
			}
			e.queries.Store(0)
			rec := e.post(t, c.over, nil, "Accept", "application/graphql-response+json")
			a := wantRefused(t, rec, http.StatusBadRequest, c.code)
			if n := e.queries.Load(); n != 0 {
				t.Errorf("the refused request ran %d database queries", n)
			}
			t.Logf("message: %s", a.Errors[0].Message)
		})
	}

	t.Run("body size", func(t *testing.T) {
		e := newEdge(t, server.Options{Limits: server.Limits{MaxBodyBytes: 300}})
		wantRefused(t, e.request(t, http.MethodPost, "/query", bigBody, "Content-Type", "application/json"), http.StatusRequestEntityTooLarge, server.CodeBodyTooLarge)
		// Without a Content-Length the limit holds while reading.
		req := strings.NewReader(bigBody)
		r, _ := http.NewRequest(http.MethodPost, "/query", struct{ *strings.Reader }{req})
		r.Header.Set("Content-Type", "application/json")
		r.ContentLength = -1
		rec := newRecorder()
		e.h.ServeHTTP(rec, r)
		wantRefused(t, rec, http.StatusRequestEntityTooLarge, server.CodeBodyTooLarge)
		wantRefused(t, e.get(t, []string{"query", "{ __typename }", "variables", `{"pad":"` + strings.Repeat("x", 300) + `"}`}), http.StatusRequestEntityTooLarge, server.CodeBodyTooLarge)
		if a := decode(t, e.post(t, `{ __typename }`, nil)); len(a.Errors) > 0 {
			t.Errorf("a small body: %+v", a.Errors)
		}
	})

	t.Run("batches refused by default", func(t *testing.T) {
		e := newEdge(t, server.Options{})
		rec := e.request(t, http.MethodPost, "/query", `[{"query":"{ __typename }"}]`, "Content-Type", "application/json")
		wantRefused(t, rec, http.StatusBadRequest, server.CodeBatchingDisabled)
	})

	t.Run("batches up to the maximum", func(t *testing.T) {
		e := newEdge(t, server.Options{Limits: server.Limits{MaxBatch: 2}})
		rec := e.request(t, http.MethodPost, "/query", `[{"query":"{ __typename }"}, {"query":"{ person(slug: \"vu-duy-hoang\") { fullName } }"}]`, "Content-Type", "application/json")
		if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Body.String(), "[") || !strings.Contains(rec.Body.String(), "Vũ Duy Hoàng") {
			t.Fatalf("a batch of 2: %d %s", rec.Code, rec.Body)
		}
		e.queries.Store(0)
		rec = e.request(t, http.MethodPost, "/query", `[{"query":"{ __typename }"}, {"query":"{ __typename }"}, {"query":"{ person(slug: \"a\") { id } }"}]`, "Content-Type", "application/json")
		wantRefused(t, rec, http.StatusBadRequest, server.CodeBatchLimit)
		if n := e.queries.Load(); n != 0 {
			t.Errorf("the refused batch ran %d database queries", n)
		}
	})
}

// A "fragment bomb" (each fragment spreading the next twice) expands to
// 2^30 fields; it is measured without expanding it and refused.
func TestFragmentBombIsRefused(t *testing.T) {
	e := newEdge(t, server.Options{})
	var q strings.Builder
	q.WriteString("{ ...F0 }\n")
	for i := range 30 {
		fmt.Fprintf(&q, "fragment F%d on Query { ...F%d ...F%d }\n", i, i+1, i+1)
	}
	q.WriteString(`fragment F30 on Query { person(slug: "a") { id } }`)
	wantRefused(t, e.post(t, q.String(), nil), http.StatusOK, server.CodeComplexityLimit)
	if n := e.queries.Load(); n != 0 {
		t.Errorf("ran %d database queries", n)
	}
}

// The default limits let GraphiQL's introspection query through, with every
// option on; it is the deepest query a client commonly sends (14 levels).
func TestDefaultLimitsFitIntrospection(t *testing.T) {
	query, err := os.ReadFile("testdata/introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	e := newEdge(t, server.Options{})
	a := decode(t, e.post(t, string(query), nil))
	if len(a.Errors) > 0 || !strings.Contains(string(a.Data), `"queryType":{"name":"Query"}`) {
		t.Fatalf("introspection with default limits: %+v", a.Errors)
	}
	tight := newEdge(t, server.Options{Limits: server.Limits{MaxDepth: 13}})
	wantRefused(t, tight.post(t, string(query), nil), http.StatusOK, server.CodeDepthLimit)
	// A realistic front page: two lists of 20 with their authors and mentions.
	front := `{
	  latest: articles(first: 20) { edges { node { id title slug summary publishedAt
	    authors { fullName slug } mentionedPeople { fullName slug } mentionedOrganizations { name slug } category { name slug } } } }
	  people(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { fullName slug
	    positions { title organization { name } } articles(first: 5) { edges { node { title slug } } } } } }
	}`
	if a := decode(t, e.post(t, front, nil)); len(a.Errors) > 0 {
		t.Fatalf("a front page with default limits: %+v", a.Errors)
	}
}

// A page over relay.MaxPageSize is reported as such, not as a complexity
// error, however costly it would be.
func TestPageSizeIsCheckedBeforeComplexity(t *testing.T) {
	e := newEdge(t, server.Options{})
	a := wantRefused(t, e.post(t, `{ people(first: 100000) { edges { node { fullName slug bio } } } }`, nil), http.StatusOK, "BAD_USER_INPUT")
	if !strings.Contains(a.Errors[0].Message, "first must be between 0 and 100") {
		t.Errorf("message %q", a.Errors[0].Message)
	}
}

// The input limits hold for variables as for literals, and for both
// together: a variable is measured where it is used, and counted each time.
func TestInputLimitsOfVariables(t *testing.T) {
	const orgs = `query($w: OrganizationWhereInput) { organizations(first: 1, where: $w) { totalCount } }`
	cases := []struct {
		name         string
		limits       server.Limits
		query        string
		inside, over map[string]any
		code         string
	}{
		{"depth", server.Limits{MaxInputDepth: 3}, orgs,
			map[string]any{"w": nested("hasParentWith", 1)},
			map[string]any{"w": map[string]any{"not": nested("hasParentWith", 1)}},
			server.CodeInputDepthLimit},
		{"depth where the variable is used", server.Limits{MaxInputDepth: 3},
			`query($w: OrganizationWhereInput!) { organizations(first: 1, where: {hasParentWith: [$w]}) { totalCount } }`,
			map[string]any{"w": map[string]any{"slug": "x"}},
			map[string]any{"w": map[string]any{"not": map[string]any{"slug": "x"}}},
			server.CodeInputDepthLimit},
		{"list length", server.Limits{MaxInputListLength: 2}, orgs,
			map[string]any{"w": map[string]any{"slugIn": []string{"a", "b"}}},
			map[string]any{"w": map[string]any{"slugIn": []string{"a", "b", "c"}}},
			server.CodeInputListLimit},
		{"string length", server.Limits{MaxInputStringBytes: 5}, orgs,
			map[string]any{"w": map[string]any{"slug": "abcde"}},
			map[string]any{"w": map[string]any{"slug": "abcdef"}},
			server.CodeInputStringLimit},
		{"a string in a variable that is not used", server.Limits{MaxInputStringBytes: 5}, orgs,
			map[string]any{"w": nil, "pad": "abcde"},
			map[string]any{"w": nil, "pad": "abcdef"},
			server.CodeInputStringLimit},
		{"object fields, with the literals", server.Limits{MaxInputFields: 3},
			`query($w: OrganizationWhereInput) { organizations(first: 1, where: $w) { totalCount } people(first: 1, where: {slug: "x"}) { totalCount } }`,
			map[string]any{"w": map[string]any{"slug": "a", "nameContains": "b"}},
			map[string]any{"w": map[string]any{"slug": "a", "nameContains": "b", "shortName": "c"}},
			server.CodeInputFieldLimit},
		{"object fields, each use of a variable", server.Limits{MaxInputFields: 3},
			`query($w: OrganizationWhereInput) { organizations(first: 1, where: $w) { totalCount } b: organizations(first: 1, where: $w) { totalCount } }`,
			map[string]any{"w": map[string]any{"slug": "a"}},
			map[string]any{"w": map[string]any{"slug": "a", "nameContains": "b"}},
			server.CodeInputFieldLimit},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEdge(t, server.Options{Limits: c.limits})
			if a := decode(t, e.post(t, c.query, c.inside)); len(a.Errors) > 0 {
				t.Fatalf("inside the limit, got %+v", a.Errors)
			}
			e.queries.Store(0)
			a := wantRefused(t, e.post(t, c.query, c.over), http.StatusOK, c.code)
			if n := e.queries.Load(); n != 0 {
				t.Errorf("the refused request ran %d database queries", n)
			}
			t.Logf("message: %s", a.Errors[0].Message)
		})
	}
}

// nested is a filter that follows edge n times: {edge: [{edge: [… {slug: "x"} …]}]},
// whose input depth is 2n+1.
func nested(edge string, n int) map[string]any {
	w := map[string]any{"slug": "x"}
	for range n {
		w = map[string]any{edge: []any{w}}
	}
	return w
}

// nestedLiteral is nested written in the query document.
func nestedLiteral(edge string, n int) string {
	return strings.Repeat("{"+edge+": [", n) + `{slug: "x"}` + strings.Repeat("]}", n)
}

// The abuses of issue 14, sent to a server with its default limits: each is
// refused with one error and its code before any work is done on it, in a
// few hundred kilobytes of allocations (the deep filter took 3.2 GB before).
func TestHostileRequestsAreRefusedEarly(t *testing.T) {
	const orgs = `query($w: OrganizationWhereInput) { organizations(first: 1, where: $w) { totalCount } }`
	var aliases, directives strings.Builder
	for i := range 200 {
		fmt.Fprintf(&aliases, " a%d: __typename", i)
		directives.WriteString(" @include(if: true)")
	}
	cases := []struct {
		name, query string
		vars        map[string]any
		code        string
	}{
		{"200 aliased __typename", "{" + aliases.String() + " }", nil, server.CodeAliasLimit},
		{"200 directives on __typename", "{ __typename" + directives.String() + " }", nil, server.CodeDirectiveLimit},
		{"2,000 duplicated __typename", "{" + strings.Repeat(" __typename", 2000) + " }", nil, server.CodeRepeatedFieldLimit},
		{"2,000 distinct unknown fields", "{" + strings.Repeat(" a b c d e f g h i j", 200) + " }", nil, server.CodeFieldLimit},
		{"a filter 3,000 levels deep in a variable", orgs, map[string]any{"w": nested("hasParentWith", 3000)}, server.CodeInputDepthLimit},
		{"a filter 400 levels deep written in the query", `{ organizations(first: 1, where: ` + nestedLiteral("hasParentWith", 400) + `) { totalCount } }`, nil, server.CodeInputDepthLimit},
		{"a filter 3,000 levels deep written in the query", `{ organizations(first: 1, where: ` + nestedLiteral("hasParentWith", 3000) + `) { totalCount } }`, nil, server.CodeInputDepthLimit},
		{"an or of 500 filters", orgs, map[string]any{"w": map[string]any{"or": repeat(nested("hasParentWith", 1), 500)}}, server.CodeInputFieldLimit},
	}
	e := newEdge(t, server.Options{})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"query": c.query, "variables": c.vars})
			var rec *httptest.ResponseRecorder
			bytes := allocated(func() {
				rec = e.request(t, http.MethodPost, "/query", string(body), "Content-Type", "application/json")
			})
			a := wantRefused(t, rec, http.StatusOK, c.code)
			if len(a.Errors) != 1 {
				t.Errorf("%d errors, want 1", len(a.Errors))
			}
			if n := e.queries.Load(); n != 0 {
				t.Errorf("ran %d database queries", n)
			}
			if bytes > 4<<20 {
				t.Errorf("a %d-byte request allocated %d bytes to be refused", len(body), bytes)
			}
			t.Logf("a %d-byte request, %d bytes allocated: %s", len(body), bytes, a.Errors[0].Message)
		})
	}
}

func repeat(v any, n int) []any {
	l := make([]any, n)
	for i := range l {
		l[i] = v
	}
	return l
}

// allocated is the fewest bytes f allocated in three runs: the heap's
// total grows with every goroutine's allocations, and the least of three
// leaves out most of what others did meanwhile.
func allocated(f func()) uint64 {
	least := uint64(math.MaxUint64)
	for range 3 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		least = min(least, after.TotalAlloc-before.TotalAlloc)
	}
	return least
}

// serving is the response to a request and the fewest bytes h allocated
// to answer it in three runs, counted around ServeHTTP alone: making the
// request (which for a GET parses the whole URL) is the client's work.
func serving(h http.Handler, req func() *http.Request) (*httptest.ResponseRecorder, uint64) {
	var rec *httptest.ResponseRecorder
	least := uint64(math.MaxUint64)
	for range 3 {
		r := req()
		rec = httptest.NewRecorder()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		h.ServeHTTP(rec, r)
		runtime.ReadMemStats(&after)
		least = min(least, after.TotalAlloc-before.TotalAlloc)
	}
	return rec, least
}

// The default input limits let realistic filters through, and filters as
// deep as they allow still answer on every engine: the limit, not the
// database, refuses the next level.
func TestDefaultInputLimitsFitRealFilters(t *testing.T) {
	for _, engine := range testdb.Engines() {
		t.Run(engine.Name, func(t *testing.T) {
			db := engine.Open(t)
			if _, err := demo.Load(context.Background(), db.Client); err != nil {
				t.Fatal(err)
			}
			e := &edge{h: server.New(db.Client, server.Options{DB: db.SQL})}
			// The README's filter, in list form, under and/or/not.
			real := `{ people(first: 5, where: {and: [{or: [{not: {slug: "x"}}, {hasPositionsWith: [{hasOrganizationWith: [{hasParentWith: [{slug: "tinh-uy-thai-nguyen"}]}]}]}]}]}) { edges { node { slug } } } }`
			if a := decode(t, e.post(t, real, nil)); len(a.Errors) > 0 || !strings.Contains(string(a.Data), "vu-duy-hoang") {
				t.Fatalf("a real filter: %s %+v", a.Data, a.Errors)
			}
			deepest := server.DefaultLimits.MaxInputDepth
			n := (deepest - 2) / 2 // {not: chain} nests 2n+2 levels
			const orgs = `query($w: OrganizationWhereInput) { organizations(first: 1, where: $w) { totalCount } }`
			for _, chain := range []string{"hasParentWith", "and", "or"} {
				at := map[string]any{"not": nested(chain, n)}
				if a := decode(t, e.post(t, orgs, map[string]any{"w": at})); len(a.Errors) > 0 {
					t.Errorf("%s %d deep, at the limit: %+v", chain, 2*n+2, a.Errors)
				}
				over := map[string]any{"not": map[string]any{"not": nested(chain, n)}}
				wantRefused(t, e.post(t, orgs, map[string]any{"w": over}), http.StatusOK, server.CodeInputDepthLimit)
			}
			nots := map[string]any{"slug": "x"}
			for range deepest - 1 {
				nots = map[string]any{"not": nots}
			}
			if a := decode(t, e.post(t, orgs, map[string]any{"w": nots})); len(a.Errors) > 0 {
				t.Errorf("%d nots, at the limit: %+v", deepest-1, a.Errors)
			}
		})
	}
}

// Over-limit variables are refused from the raw JSON of the request, before
// they are decoded, whichever way they come: a POST body, a GET query
// string, the operations part of an upload. Decoding them cost up to 28 MB
// (a list of 200,000 strings), 19 MB (an object of 80,000 fields) and 2 MB
// (a filter 3,000 levels deep); refusing them now costs at most 256 KB
// beyond the request's own size, and an upload about 3.3 MB more: the
// buffers in which the gate and the upload transport read a 1 MB operations
// part, which grow by doubling.
func TestOverLimitVariablesAreRefusedBeforeDecoding(t *testing.T) {
	e := newEdge(t, server.Options{MediaDir: t.TempDir()})
	const orgs = `query($w: OrganizationWhereInput) { organizations(first: 1, where: $w) { totalCount } }`
	const upload = `mutation($f: Upload!, $w: OrganizationWhereInput) { uploadMedia(file: $f) { id } }`
	list := func(item string, n int) string {
		return `{"slugIn": [` + strings.TrimSuffix(strings.Repeat(item+",", n), ",") + `]}`
	}
	members := func(n int) string {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, `"k%d":0`, i)
		}
		return b.String() + "}"
	}
	deep, _ := json.Marshal(nested("hasParentWith", 3000))
	cases := []struct {
		name    string
		w, getW string // the variable $w, as JSON; getW in a URL, where it must be shorter
		code    string
	}{
		{"a list of 200,000 items", list(`"xx"`, 200_000), list("0", 200_000), server.CodeInputListLimit},
		{"a filter 3,000 levels deep", string(deep), string(deep), server.CodeInputDepthLimit},
		{"an object of 80,000 fields", members(80_000), members(40_000), server.CodeInputFieldLimit},
	}
	form := func(operations string) (string, string) {
		var b bytes.Buffer
		w := multipart.NewWriter(&b)
		w.WriteField("operations", operations)
		w.WriteField("map", `{"0": ["variables.f"]}`)
		fw, _ := w.CreateFormFile("0", "a.png")
		fw.Write([]byte("not really a png"))
		w.Close()
		return w.FormDataContentType(), b.String()
	}
	for _, c := range cases {
		for _, via := range []string{"POST", "GET", "multipart"} {
			t.Run(c.name+" by "+via, func(t *testing.T) {
				var req func() *http.Request
				var size int
				switch via {
				case "POST":
					body := `{"query": ` + quote(orgs) + `, "variables": {"w": ` + c.w + `}}`
					size = len(body)
					req = func() *http.Request {
						r := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(body))
						r.Header.Set("Content-Type", "application/json")
						return r
					}
				case "GET":
					target := "/query?" + url.Values{"query": {orgs}, "variables": {`{"w": ` + c.getW + `}`}}.Encode()
					size = len(target)
					req = func() *http.Request { return httptest.NewRequest(http.MethodGet, target, nil) }
				case "multipart":
					ct, body := form(`{"query": ` + quote(upload) + `, "variables": {"f": null, "w": ` + c.w + `}}`)
					size = len(body)
					req = func() *http.Request {
						r := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(body))
						r.Header.Set("Content-Type", ct)
						return r
					}
				}
				rec, bytes := serving(e.h, req)
				a := wantRefused(t, rec, http.StatusOK, c.code)
				if n := e.queries.Load(); n != 0 {
					t.Errorf("ran %d database queries", n)
				}
				t.Logf("a %d-byte request, %d bytes allocated (%d over its size): %s", size, bytes, int(bytes)-size, a.Errors[0].Message)
				bound := uint64(size) + 256<<10
				if via == "multipart" {
					bound += 4 << 20
				}
				if bytes > bound && !(raceEnabled && via == "multipart") {
					t.Errorf("a %d-byte request allocated %d bytes to be refused, more than %d", size, bytes, bound)
				}
			})
		}
	}

	t.Run("in a batch", func(t *testing.T) {
		e := newEdge(t, server.Options{Limits: server.Limits{MaxBatch: 2, MaxInputListLength: 2}})
		over := `{"query": ` + quote(orgs) + `, "variables": {"w": {"slugIn": ["a", "b", "c"]}}}`
		rec := e.request(t, http.MethodPost, "/query", `[{"query": "{ __typename }"}, `+over+`]`, "Content-Type", "application/json")
		wantRefused(t, rec, http.StatusOK, server.CodeInputListLimit)
		if n := e.queries.Load(); n != 0 {
			t.Errorf("ran %d database queries", n)
		}
	})
}

// Legitimate variables pass the scan of the raw JSON: an article saved with
// every field of its input and a long body, sent as a variable, and the
// README's filters sent as variables by POST and GET.
func TestLegitimateVariablesPass(t *testing.T) {
	editor := &auth.Caller{TokenID: 1, Name: "desk", Role: auth.Editor}
	e := newEdge(t, server.Options{Authenticate: func(context.Context, string) (*auth.Caller, error) { return editor, nil }})
	var page struct {
		Articles struct {
			Edges []struct {
				Node struct {
					ID      string
					Version int
				}
			}
		}
	}
	jsonInto(t, decode(t, e.post(t, `{ articles(first: 1) { edges { node { id version } } } }`, nil)).Data, &page)
	article := page.Articles.Edges[0].Node

	t.Run("updateArticle with every field and a long body", func(t *testing.T) {
		body := "<p>" + strings.Repeat("Hội nghị sơ kết công tác tuyên giáo. ", 20_000) + "</p>"
		input := map[string]any{"slug": "hoi-nghi-so-ket-moi", "title": "Hội nghị sơ kết", "summary": "Tóm tắt", "body": body,
			"eventDate": "2024-05-02", "clearEventDate": false, "language": "vi", "categoryID": nil, "clearCategory": false,
			"coverID": nil, "clearCover": false}
		for _, edge := range []string{"Author", "MentionedPerson", "MentionedOrganization", "MentionedAward", "MentionedDocument", "Tag"} {
			input["add"+edge+"IDs"] = []string{}
			input["remove"+edge+"IDs"] = []string{}
		}
		for _, edge := range []string{"Authors", "MentionedPeople", "MentionedOrganizations", "MentionedAwards", "MentionedDocuments", "Tags"} {
			input["clear"+edge] = false
		}
		rec := e.post(t, `mutation($id: ID!, $v: Int!, $in: UpdateArticleInput!) { updateArticle(id: $id, expectedVersion: $v, input: $in) { slug version } }`,
			map[string]any{"id": article.ID, "v": article.Version, "in": input})
		a := decode(t, rec)
		if len(a.Errors) > 0 || !strings.Contains(string(a.Data), `"slug":"hoi-nghi-so-ket-moi"`) {
			t.Fatalf("%d input fields: %s %+v", len(input), a.Data, a.Errors)
		}
		t.Logf("%d input fields, a body of %d bytes", len(input), len(body))
	})

	readme := []struct {
		name, query string
		vars        map[string]any
	}{
		{"articles by status", `query($w: ArticleWhereInput, $o: ArticleOrder) { articles(first: 10, orderBy: $o, where: $w) { totalCount } }`,
			map[string]any{"w": map[string]any{"status": "PUBLISHED"}, "o": map[string]any{"field": "PUBLISHED_AT", "direction": "DESC"}}},
		{"awards of a year", `query($w: AwardWhereInput) { awards(first: 20, where: $w) { totalCount } }`,
			map[string]any{"w": map[string]any{"year": 2023}}},
		{"articles by their authors' organization", `query($w: ArticleWhereInput) { articles(first: 10, where: $w) { totalCount } }`,
			map[string]any{"w": map[string]any{"hasAuthorsWith": map[string]any{"hasPositionsWith": map[string]any{"hasOrganizationWith": map[string]any{"slug": "ban-tuyen-giao-tinh-uy-thai-nguyen"}}}}}},
		{"a search with a filter", `query($w: ArticleWhereInput) { searchArticles(query: "ban tuyen gi", first: 10, where: $w) { totalCount } }`,
			map[string]any{"w": map[string]any{"status": "PUBLISHED"}}},
	}
	for _, c := range readme {
		vars, _ := json.Marshal(c.vars)
		for via, rec := range map[string]*httptest.ResponseRecorder{
			"POST": e.post(t, c.query, c.vars),
			"GET":  e.get(t, []string{"query", c.query, "variables", string(vars)}),
		} {
			if a := decode(t, rec); len(a.Errors) > 0 || len(a.Data) == 0 {
				t.Errorf("%s by %s: %s %+v", c.name, via, a.Data, a.Errors)
			}
		}
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
