package server_test

import (
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/server"
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
