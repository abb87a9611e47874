package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// edge is the full HTTP handler over a fresh SQLite database holding the
// demo content, counting the database queries ent runs.
type edge struct {
	h       http.Handler
	db      *database.DB
	queries atomic.Int64
}

func newEdge(t *testing.T, opts server.Options) *edge {
	t.Helper()
	e := openEdge(t)
	if opts.DB == nil {
		opts.DB = e.db.SQL
	}
	e.h = server.New(e.db.Client, opts)
	return e
}

// openEdge is an edge without its handler yet: the database with the demo
// content and the query counter. The counter is installed before anything
// reads through the client: Intercept is not safe beside a running query.
func openEdge(t *testing.T) *edge {
	t.Helper()
	db := testdb.Engines()[0].Open(t)
	if _, err := demo.Load(context.Background(), db.Client); err != nil {
		t.Fatalf("load demo: %v", err)
	}
	e := &edge{db: db}
	db.Client.Intercept(ent.InterceptFunc(func(next ent.Querier) ent.Querier {
		return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
			e.queries.Add(1)
			return next.Query(ctx, q)
		})
	}))
	return e
}

// request is one HTTP request to the edge; headers come in name, value pairs.
func (e *edge) request(t *testing.T, method, target, body string, headers ...string) *httptest.ResponseRecorder {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	return rec
}

// post sends a GraphQL request as application/json.
func (e *edge) post(t *testing.T, query string, vars map[string]any, headers ...string) *httptest.ResponseRecorder {
	t.Helper()
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return e.request(t, http.MethodPost, "/query", string(b), append([]string{"Content-Type", "application/json"}, headers...)...)
}

// get sends a GraphQL query in the URL; params come in name, value pairs.
func (e *edge) get(t *testing.T, params []string, headers ...string) *httptest.ResponseRecorder {
	t.Helper()
	v := url.Values{}
	for i := 0; i+1 < len(params); i += 2 {
		v.Set(params[i], params[i+1])
	}
	return e.request(t, http.MethodGet, "/query?"+v.Encode(), "", headers...)
}

// answer is a decoded GraphQL response; HasData tells whether it had a data entry.
type answer struct {
	Data    json.RawMessage `json:"data"`
	HasData bool            `json:"-"`
	Errors  []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func decode(t *testing.T, rec *httptest.ResponseRecorder) answer {
	t.Helper()
	var a answer
	if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
		t.Fatalf("status %d, body %q is not a GraphQL response: %v", rec.Code, rec.Body, err)
	}
	var keys map[string]json.RawMessage
	json.Unmarshal(rec.Body.Bytes(), &keys)
	_, a.HasData = keys["data"]
	return a
}

// code is the extensions.code of the first error, or "".
func (a answer) code() string {
	if len(a.Errors) == 0 {
		return ""
	}
	c, _ := a.Errors[0].Extensions["code"].(string)
	return c
}

// wantRefused asserts a response of status with one error of code and no data.
func wantRefused(t *testing.T, rec *httptest.ResponseRecorder, status int, code string) answer {
	t.Helper()
	a := decode(t, rec)
	if rec.Code != status || a.code() != code {
		t.Fatalf("want %d %s, got %d %s", status, code, rec.Code, rec.Body)
	}
	if a.HasData {
		t.Errorf("a refused request must have no data entry: %s", rec.Body)
	}
	return a
}

func jsonInto(t *testing.T, raw json.RawMessage, v any) {
	t.Helper()
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatalf("decode %s: %v", raw, err)
	}
}

func newRecorder() *httptest.ResponseRecorder { return httptest.NewRecorder() }
