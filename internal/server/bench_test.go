package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/responsecache"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// benchPost measures one POST of query through the whole edge (request ID,
// logs, CORS, gate, limits, execution) on SQLite with no content, so that
// the figure is mostly the edge's own cost.
func benchPost(b *testing.B, query string) {
	db := testdb.Engines()[0].Open(b)
	h := server.New(db.Client, server.Options{DB: db.SQL, CacheMaxAge: 60})
	body, _ := json.Marshal(map[string]string{"query": query})
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
}

func BenchmarkTypename(b *testing.B) { benchPost(b, `{ __typename }`) }

func BenchmarkIntrospection(b *testing.B) {
	q, err := os.ReadFile("testdata/introspection.graphql")
	if err != nil {
		b.Fatal(err)
	}
	benchPost(b, string(q))
}

// benchDemo measures one POST of query on SQLite holding the demo content:
// queries that reach the database, through both executors.
func benchDemo(b *testing.B, query string) {
	db := testdb.Engines()[0].Open(b)
	if _, err := demo.Load(context.Background(), db.Client); err != nil {
		b.Fatal(err)
	}
	h := server.New(db.Client, server.Options{DB: db.SQL})
	body, _ := json.Marshal(map[string]string{"query": query})
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), `"errors"`) {
			b.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
}

// BenchmarkArticlesPage is a page of articles: one SQL statement through
// the compiled executor.
func BenchmarkArticlesPage(b *testing.B) {
	benchDemo(b, `query Feed { articles(first: 10) { totalCount edges { node { title slug mentionedPeople { fullName } } } } }`)
}

// BenchmarkPeoplePage is a page of people with their positions: several
// statements through gqlgen's resolvers.
func BenchmarkPeoplePage(b *testing.B) {
	benchDemo(b, `query People { people(first: 10) { totalCount edges { node { fullName positions { title organization { name } } } } } }`)
}

// BenchmarkCachedAnswer is an anonymous query answered from the response
// cache: the edge's own cost, with the database out of the way.
func BenchmarkCachedAnswer(b *testing.B) {
	db := testdb.Engines()[0].Open(b)
	if _, err := demo.Load(context.Background(), db.Client); err != nil {
		b.Fatal(err)
	}
	h := server.New(db.Client, server.Options{DB: db.SQL, ResponseCache: responsecache.New(1<<20, time.Hour, nil)})
	body, _ := json.Marshal(map[string]any{
		"query":     `query Detail($slug: String!) { article(slug: $slug) { title summary body publishedAt authors { fullName } mentionedPeople { fullName } } }`,
		"variables": map[string]any{"slug": "thai-nguyen-so-ket-cong-tac-tuyen-giao-6-thang-dau-nam-2024"},
	})
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), `"errors"`) {
			b.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
}
