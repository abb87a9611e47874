package server_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/server"
)

func TestCORS(t *testing.T) {
	preflight := func(e *edge, origin string) http.Header {
		return e.request(t, http.MethodOptions, "/query", "",
			"Origin", origin,
			"Access-Control-Request-Method", "POST",
			"Access-Control-Request-Headers", "authorization,content-type").Header()
	}
	local := newEdge(t, server.Options{CORSOrigins: []string{"http://localhost:*", "https://news.example.vn"}})
	for _, origin := range []string{"http://localhost:3000", "https://news.example.vn"} {
		h := preflight(local, origin)
		if h.Get("Access-Control-Allow-Origin") != origin {
			t.Errorf("%s: Allow-Origin = %q", origin, h.Get("Access-Control-Allow-Origin"))
		}
		if h.Get("Access-Control-Max-Age") != "7200" {
			t.Errorf("%s: Max-Age = %q, want 7200", origin, h.Get("Access-Control-Max-Age"))
		}
		if h.Get("Access-Control-Allow-Credentials") != "" {
			t.Errorf("%s: credentials allowed", origin)
		}
		if got := strings.ToLower(h.Get("Access-Control-Allow-Headers")); got != "authorization,content-type" {
			t.Errorf("%s: Allow-Headers = %q", origin, got)
		}
	}
	if h := preflight(local, "https://evil.example"); h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("an origin not listed was allowed")
	}
	if h := local.request(t, http.MethodOptions, "/query", "", "Origin", "http://localhost:3000", "Access-Control-Request-Method", "DELETE").Header(); h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("DELETE was allowed in a preflight")
	}
	if h := local.request(t, http.MethodOptions, "/query", "", "Origin", "http://localhost:3000", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "x-secret").Header(); h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("a header the API does not use was allowed")
	}
	// A simple request carries the origin and the headers a client may read.
	h := local.get(t, []string{"query", "{ __typename }"}, "Origin", "http://localhost:3000").Header()
	if h.Get("Access-Control-Allow-Origin") != "http://localhost:3000" || !strings.Contains(h.Get("Access-Control-Expose-Headers"), "X-Request-Id") {
		t.Errorf("simple request: %v", h)
	}

	any := newEdge(t, server.Options{CORSOrigins: []string{"*"}})
	h = preflight(any, "https://anywhere.example")
	if h.Get("Access-Control-Allow-Origin") != "*" || h.Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("with *: Allow-Origin %q, Allow-Credentials %q", h.Get("Access-Control-Allow-Origin"), h.Get("Access-Control-Allow-Credentials"))
	}
}

func TestAutomaticPersistedQueries(t *testing.T) {
	e := newEdge(t, server.Options{APQCacheSize: 1})
	query := `{ person(slug: "vu-duy-hoang") { fullName } }`
	ext := func(q string) string {
		sum := sha256.Sum256([]byte(q))
		return `{"persistedQuery":{"version":1,"sha256Hash":"` + hex.EncodeToString(sum[:]) + `"}}`
	}
	// The hash alone, before the server knows it.
	a := decode(t, e.get(t, []string{"extensions", ext(query)}))
	if a.code() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Fatalf("unknown hash: %+v", a)
	}
	// The query with its hash, once; then the hash alone works, over GET.
	if a := decode(t, e.get(t, []string{"query", query, "extensions", ext(query)})); len(a.Errors) > 0 {
		t.Fatalf("register: %+v", a.Errors)
	}
	rec := e.get(t, []string{"extensions", ext(query)})
	if a := decode(t, rec); len(a.Errors) > 0 || !strings.Contains(string(a.Data), "Vũ Duy Hoàng") {
		t.Fatalf("by hash: %s", rec.Body)
	}
	// The cache is bounded: a second query pushes the first out.
	other := `{ __typename }`
	decode(t, e.get(t, []string{"query", other, "extensions", ext(other)}))
	if a := decode(t, e.get(t, []string{"extensions", ext(query)})); a.code() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Errorf("after eviction: %+v", a)
	}
	// A wrong hash is refused.
	bad := `{"persistedQuery":{"version":1,"sha256Hash":"00"}}`
	if a := decode(t, e.get(t, []string{"query", query, "extensions", bad})); a.code() == "" {
		t.Errorf("a wrong hash was accepted")
	}
}

func TestHTTPCaching(t *testing.T) {
	viewer := &auth.Caller{TokenID: 1, Name: "test viewer", Role: auth.Viewer}
	e := newEdge(t, server.Options{CacheMaxAge: 90 * time.Second, Authenticate: func(_ context.Context, authorization string) (*auth.Caller, error) {
		if authorization == "Bearer viewer" {
			return viewer, nil
		}
		return nil, nil
	}})
	q := []string{"query", `{ person(slug: "vu-duy-hoang") { fullName } }`}
	rec := e.get(t, q)
	if got := rec.Header().Get("Cache-Control"); got != "public, max-age=90" {
		t.Errorf("anonymous GET: Cache-Control = %q", got)
	}
	etag := rec.Header().Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	if vary := strings.Join(rec.Header().Values("Vary"), ","); !strings.Contains(vary, "Authorization") || !strings.Contains(vary, "Accept") {
		t.Errorf("Vary = %q", vary)
	}
	rec = e.get(t, q, "If-None-Match", etag)
	if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Errorf("If-None-Match: %d %q", rec.Code, rec.Body)
	}
	if rec = e.get(t, q, "If-None-Match", `"stale"`); rec.Code != http.StatusOK {
		t.Errorf("a stale ETag: %d", rec.Code)
	}

	// A caller who sees drafts: never public, whatever the answer.
	rec = e.get(t, q, "Authorization", "Bearer viewer")
	if got := rec.Header().Get("Cache-Control"); strings.Contains(got, "public") || !strings.Contains(got, "private") {
		t.Errorf("authenticated GET: Cache-Control = %q", got)
	}
	// The caller decides, not the header that carried the credential: a
	// caller recognised otherwise is not public either.
	always := newEdge(t, server.Options{CacheMaxAge: 90 * time.Second, Authenticate: func(context.Context, string) (*auth.Caller, error) {
		return viewer, nil
	}})
	rec = always.get(t, q)
	if got := rec.Header().Get("Cache-Control"); strings.Contains(got, "public") || !strings.Contains(got, "private") {
		t.Errorf("a viewer without Authorization: Cache-Control = %q", got)
	}
	// Errors and POSTs are not stored.
	if got := e.get(t, []string{"query", `{ node(id: "x") { id } }`}).Header().Get("Cache-Control"); got != "no-store" {
		t.Errorf("GET with errors: Cache-Control = %q", got)
	}
	if got := e.post(t, `{ __typename }`, nil).Header().Get("Cache-Control"); got != "no-store" {
		t.Errorf("POST: Cache-Control = %q", got)
	}
	// With caching off (the zero Options), nothing is public.
	off := newEdge(t, server.Options{})
	if got := off.get(t, q).Header().Get("Cache-Control"); strings.Contains(got, "public") {
		t.Errorf("caching off: Cache-Control = %q", got)
	}
}
