package server_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// The documents of the test manifest.
const (
	feedDocument      = "query Feed {\n  articles(first: 3) {\n    totalCount\n    edges { node { title } }\n  }\n}"
	personDocument    = `query Person($slug: String!) { person(slug: $slug) { fullName } }`
	unpublishDocument = `mutation Unpublish($id: ID!) { unpublishArticle(id: $id) { id } }`
	eventsDocument    = `subscription Events { articleEvents { cursor kind } }`
)

// hashOf is the bare hex sha256 of text (graphql-codegen's ids, Apollo's
// sha256Hash); documentID the GraphQL-over-HTTP id.
func hashOf(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

func documentID(text string) string { return "sha256:" + hashOf(text) }

// testManifest holds the test documents under ids of both shapes.
func testManifest(t *testing.T) *server.Manifest {
	t.Helper()
	raw, _ := json.Marshal(map[string]string{
		documentID(feedDocument):      feedDocument,
		hashOf(personDocument):        personDocument,
		documentID(unpublishDocument): unpublishDocument,
		hashOf(eventsDocument):        eventsDocument,
	})
	m, err := server.ParseManifest(raw)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// byRole authenticates "Bearer admin", "Bearer editor" and "Bearer viewer"
// as callers of those roles.
func byRole(_ context.Context, authorization string) (*auth.Caller, error) {
	role, err := auth.ParseRole(strings.TrimPrefix(authorization, "Bearer "))
	if authorization == "" || err != nil {
		return nil, nil
	}
	return &auth.Caller{TokenID: 1, Name: "test " + string(role), Role: role}, nil
}

// edgeOn is the full HTTP handler over db, which holds the demo content.
func edgeOn(db *database.DB, opts server.Options) *edge {
	opts.DB = db.SQL
	if opts.Authenticate == nil {
		opts.Authenticate = byRole
	}
	return &edge{db: db, h: server.New(db.Client, opts)}
}

func withDemo(t *testing.T, db *database.DB) *database.DB {
	t.Helper()
	if _, err := demo.Load(context.Background(), db.Client); err != nil {
		t.Fatalf("load demo: %v", err)
	}
	return db
}

// call is one request of a table: its method, its parameters (the
// JSON body of a POST; the URL parameters of a GET, objects as JSON), the
// role of its token ("" for none) and Accept header, and what must come
// back: a status, a code ("" for an answer without errors) and text in data.
type call struct {
	name   string
	method string
	params map[string]any
	role   string
	accept string
	status int
	code   string
	data   string
}

func (e *edge) send(t *testing.T, x call) *httptest.ResponseRecorder {
	t.Helper()
	var headers []string
	if x.role != "" {
		headers = append(headers, "Authorization", "Bearer "+x.role)
	}
	if x.accept != "" {
		headers = append(headers, "Accept", x.accept)
	}
	if x.method == http.MethodGet {
		v := url.Values{}
		for k, p := range x.params {
			if s, ok := p.(string); ok {
				v.Set(k, s)
			} else {
				b, _ := json.Marshal(p)
				v.Set(k, string(b))
			}
		}
		return e.request(t, http.MethodGet, "/query?"+v.Encode(), "", headers...)
	}
	body, _ := json.Marshal(x.params)
	return e.request(t, http.MethodPost, "/query", string(body), append([]string{"Content-Type", "application/json"}, headers...)...)
}

func (x call) check(t *testing.T, rec *httptest.ResponseRecorder) {
	t.Helper()
	a := decode(t, rec)
	if rec.Code != x.status || a.code() != x.code {
		t.Fatalf("want %d %q, got %d %s", x.status, x.code, rec.Code, rec.Body)
	}
	if x.code == "" && !strings.Contains(string(a.Data), x.data) {
		t.Errorf("data %s lacks %q", a.Data, x.data)
	}
	if x.code != "" && a.HasData {
		t.Errorf("a refused request has data: %s", rec.Body)
	}
}

// persistedQuery is Apollo's extension naming text by its hash.
func persistedQuery(text string) map[string]any {
	return map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hashOf(text)}}
}

// With a manifest, its documents run, named by documentId (either shape)
// or Apollo's persistedQuery hash or sent as their text, over POST and
// GET; anything else is refused with a code, except for the roles allowed
// ad-hoc operations; and nothing registers documents through APQ.
func TestTrustedDocuments(t *testing.T) {
	const adhoc = `{ articles(first: 1) { totalCount } }`
	const introspection = `{ __schema { queryType { name } } }`
	const feed = `"totalCount"`
	const responseJSON = "application/graphql-response+json"
	unknown := documentID(adhoc)
	cases := []call{
		{"documentId", "POST", map[string]any{"documentId": documentID(feedDocument)}, "", "", 200, "", feed},
		{"documentId, bare hex", "POST", map[string]any{"documentId": hashOf(feedDocument)}, "", "", 200, "", feed},
		{"documentId with variables and operation name", "POST", map[string]any{"documentId": documentID(personDocument), "operationName": "Person", "variables": map[string]any{"slug": "vu-duy-hoang"}}, "", "", 200, "", "Vũ Duy Hoàng"},
		{"documentId with its own text", "POST", map[string]any{"documentId": documentID(feedDocument), "query": feedDocument}, "", "", 200, "", feed},
		{"Apollo's persistedQuery", "POST", map[string]any{"extensions": persistedQuery(feedDocument)}, "", "", 200, "", feed},
		{"the full text of a document", "POST", map[string]any{"query": feedDocument}, "", "", 200, "", feed},
		{"the full text of a document, by a viewer", "POST", map[string]any{"query": personDocument, "variables": map[string]any{"slug": "vu-duy-hoang"}}, "viewer", "", 200, "", "Vũ Duy Hoàng"},

		{"an unknown documentId", "POST", map[string]any{"documentId": unknown}, "", "", 200, "PERSISTED_DOCUMENT_NOT_FOUND", ""},
		{"an unknown documentId, graphql-response+json", "POST", map[string]any{"documentId": unknown}, "", responseJSON, 400, "PERSISTED_DOCUMENT_NOT_FOUND", ""},
		{"an unknown documentId, by an editor", "POST", map[string]any{"documentId": unknown}, "editor", "", 200, "PERSISTED_DOCUMENT_NOT_FOUND", ""},
		{"a documentId of another hash", "POST", map[string]any{"documentId": "md5:0cc175b9c0f1b6a831c399e269772661"}, "", "", 200, "PERSISTED_DOCUMENT_NOT_FOUND", ""},
		{"an unknown persistedQuery hash", "POST", map[string]any{"extensions": persistedQuery(adhoc)}, "", "", 200, "PERSISTED_DOCUMENT_NOT_FOUND", ""},
		{"a documentId with another text", "POST", map[string]any{"documentId": documentID(feedDocument), "query": adhoc}, "", "", 400, "BAD_REQUEST", ""},
		{"a persistedQuery of another version", "POST", map[string]any{"query": feedDocument, "extensions": map[string]any{"persistedQuery": map[string]any{"version": 2, "sha256Hash": hashOf(feedDocument)}}}, "", "", 400, "BAD_REQUEST", ""},

		{"ad-hoc text, anonymous", "POST", map[string]any{"query": adhoc}, "", "", 200, "PERSISTED_DOCUMENT_REQUIRED", ""},
		{"ad-hoc text, anonymous, graphql-response+json", "POST", map[string]any{"query": adhoc}, "", responseJSON, 400, "PERSISTED_DOCUMENT_REQUIRED", ""},
		{"ad-hoc text, a viewer", "POST", map[string]any{"query": adhoc}, "viewer", "", 200, "PERSISTED_DOCUMENT_REQUIRED", ""},
		{"ad-hoc text, an editor", "POST", map[string]any{"query": adhoc}, "editor", "", 200, "", feed},
		{"ad-hoc text, an admin", "POST", map[string]any{"query": adhoc}, "admin", "", 200, "", feed},
		{"a document with a space more", "POST", map[string]any{"query": feedDocument + " "}, "", "", 200, "PERSISTED_DOCUMENT_REQUIRED", ""},
		{"introspection, anonymous", "POST", map[string]any{"query": introspection}, "", "", 200, "PERSISTED_DOCUMENT_REQUIRED", ""},
		{"introspection, an editor", "POST", map[string]any{"query": introspection}, "editor", "", 200, "", `"Query"`},
		{"APQ registration, anonymous", "POST", map[string]any{"query": adhoc, "extensions": persistedQuery(adhoc)}, "", "", 200, "PERSISTED_DOCUMENT_REQUIRED", ""},
		{"APQ registration, an editor", "POST", map[string]any{"query": adhoc, "extensions": persistedQuery(adhoc)}, "editor", "", 200, "", feed},
		{"the hash an editor sent with its text", "POST", map[string]any{"extensions": persistedQuery(adhoc)}, "editor", "", 200, "PERSISTED_DOCUMENT_NOT_FOUND", ""},
		{"a wrong APQ hash, an editor", "POST", map[string]any{"query": adhoc, "extensions": persistedQuery(feedDocument + " ")}, "editor", "", 400, "BAD_REQUEST", ""},

		{"GET documentId", "GET", map[string]any{"documentId": documentID(feedDocument)}, "", "", 200, "", feed},
		{"GET documentId with variables", "GET", map[string]any{"documentId": hashOf(personDocument), "variables": map[string]any{"slug": "vu-duy-hoang"}}, "", "", 200, "", "Vũ Duy Hoàng"},
		{"GET persistedQuery", "GET", map[string]any{"extensions": persistedQuery(feedDocument)}, "", "", 200, "", feed},
		{"GET an unknown documentId", "GET", map[string]any{"documentId": unknown}, "", "", 200, "PERSISTED_DOCUMENT_NOT_FOUND", ""},
		{"GET ad-hoc text", "GET", map[string]any{"query": adhoc}, "", "", 200, "PERSISTED_DOCUMENT_REQUIRED", ""},
		{"GET ad-hoc text, an editor", "GET", map[string]any{"query": adhoc}, "editor", "", 200, "", feed},
		{"GET a mutation by documentId", "GET", map[string]any{"documentId": documentID(unpublishDocument), "variables": map[string]any{"id": "1"}}, "editor", "", 405, "METHOD_NOT_ALLOWED", ""},
		{"GET a mutation by its text", "GET", map[string]any{"query": unpublishDocument, "variables": map[string]any{"id": "1"}}, "editor", "", 405, "METHOD_NOT_ALLOWED", ""},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		withDemo(t, db)
		opts := server.Options{Documents: testManifest(t), AdhocRoles: []auth.Role{auth.Editor, auth.Admin}, APQCacheSize: 100, CacheMaxAge: time.Minute, Limits: server.Limits{MaxBatch: 2}}
		interpreted := opts
		interpreted.InterpretedQueries = true
		for _, executor := range []struct {
			name string
			opts server.Options
		}{{"compiled", opts}, {"interpreted", interpreted}} {
			e := edgeOn(db, executor.opts)
			for _, x := range cases {
				t.Run(executor.name+"/"+x.name, func(t *testing.T) { x.check(t, e.send(t, x)) })
			}
		}
		e := edgeOn(db, opts)

		t.Run("a batch", func(t *testing.T) {
			rec := e.request(t, http.MethodPost, "/query", `[{"documentId":"`+documentID(feedDocument)+`"},{"query":"{ __typename }"}]`, "Content-Type", "application/json")
			var answers []answer
			jsonInto(t, rec.Body.Bytes(), &answers)
			if len(answers) != 2 || answers[0].code() != "" || !strings.Contains(string(answers[0].Data), feed) || answers[1].code() != "PERSISTED_DOCUMENT_REQUIRED" {
				t.Errorf("batch: %s", rec.Body)
			}
		})

		t.Run("GET is cacheable", func(t *testing.T) {
			get := call{method: "GET", params: map[string]any{"documentId": documentID(feedDocument)}}
			rec := e.send(t, get)
			etag := rec.Header().Get("ETag")
			if rec.Code != 200 || !strings.HasPrefix(etag, `"`) || rec.Header().Get("Cache-Control") != "public, max-age=60" {
				t.Fatalf("GET: %d, ETag %q, Cache-Control %q", rec.Code, etag, rec.Header().Get("Cache-Control"))
			}
			sum := sha256.Sum256(rec.Body.Bytes())
			if etag != `"`+hex.EncodeToString(sum[:16])+`"` {
				t.Errorf("ETag %s is not the hash of the body", etag)
			}
			if again := e.send(t, get); again.Header().Get("ETag") != etag || again.Body.String() != rec.Body.String() {
				t.Errorf("the same GET answered differently: %s %s", again.Header().Get("ETag"), again.Body)
			}
			// The same document named otherwise has the same answer.
			if other := e.send(t, call{method: "GET", params: map[string]any{"extensions": persistedQuery(feedDocument)}}); other.Header().Get("ETag") != etag {
				t.Errorf("by persistedQuery: ETag %s, by documentId %s", other.Header().Get("ETag"), etag)
			}
			revalidated := e.request(t, http.MethodGet, "/query?documentId="+documentID(feedDocument), "", "If-None-Match", etag)
			if revalidated.Code != http.StatusNotModified || revalidated.Body.Len() != 0 || revalidated.Header().Get("ETag") != etag {
				t.Errorf("If-None-Match: %d %q, ETag %q", revalidated.Code, revalidated.Body, revalidated.Header().Get("ETag"))
			}
			if stale := e.request(t, http.MethodGet, "/query?documentId="+documentID(feedDocument), "", "If-None-Match", `"stale"`); stale.Code != http.StatusOK {
				t.Errorf("a stale ETag: %d", stale.Code)
			}
			viewer := e.send(t, call{method: "GET", params: get.params, role: "viewer"})
			if cc := viewer.Header().Get("Cache-Control"); viewer.Code != 200 || cc != "private, no-store" {
				t.Errorf("a viewer's GET: %d, Cache-Control %q", viewer.Code, cc)
			}
			refused := e.send(t, call{method: "GET", params: map[string]any{"documentId": unknown}})
			if cc := refused.Header().Get("Cache-Control"); cc != "no-store" {
				t.Errorf("a refused GET: Cache-Control %q", cc)
			}
		})
	})
}

// Without a manifest every operation runs, automatic persisted queries
// work as before, and a documentId alone names nothing.
func TestWithoutManifest(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		e := edgeOn(withDemo(t, db), server.Options{APQCacheSize: 10})
		const adhoc = `{ person(slug: "vu-duy-hoang") { fullName } }`
		for _, x := range []call{
			{"ad-hoc text", "POST", map[string]any{"query": adhoc}, "", "", 200, "", "Vũ Duy Hoàng"},
			{"a documentId", "POST", map[string]any{"documentId": documentID(feedDocument)}, "", "", 200, "PERSISTED_DOCUMENT_NOT_FOUND", ""},
			{"a documentId over GET", "GET", map[string]any{"documentId": documentID(feedDocument)}, "", "", 200, "PERSISTED_DOCUMENT_NOT_FOUND", ""},
			{"APQ: an unknown hash", "GET", map[string]any{"extensions": persistedQuery(adhoc)}, "", "", 200, "PERSISTED_QUERY_NOT_FOUND", ""},
			{"APQ: the hash with its query", "GET", map[string]any{"query": adhoc, "extensions": persistedQuery(adhoc)}, "", "", 200, "", "Vũ Duy Hoàng"},
			{"APQ: the hash alone", "GET", map[string]any{"extensions": persistedQuery(adhoc)}, "", "", 200, "", "Vũ Duy Hoàng"},
		} {
			t.Run(x.name, func(t *testing.T) { x.check(t, e.send(t, x)) })
		}
	})
}

// A manifest is read whole or refused with an error naming the bad key.
func TestParseManifest(t *testing.T) {
	doc := `{ __typename }`
	cases := []struct {
		name, manifest string
		documents      int
		err            string // in the error; "" for none
	}{
		{"both shapes", `{"` + documentID(doc) + `": "{ __typename }", "` + hashOf(feedDocument) + `": ` + quote(feedDocument) + `}`, 2, ""},
		{"upper-case hex", `{"` + strings.ToUpper(hashOf(doc)) + `": "{ __typename }"}`, 1, ""},
		{"empty", `{}`, 0, ""},
		{"a wrong hash", `{"` + documentID(doc) + `": "{ __typename } "}`, 0, `key "` + documentID(doc) + `" is not the sha256 of its document, whose id is ` + documentID(doc+" ")},
		{"an MD5 (Relay's default)", `{"0cc175b9c0f1b6a831c399e269772661": "{ a }"}`, 0, `key "0cc175b9c0f1b6a831c399e269772661" is not a sha256 document id ("sha256:" and 64 hex digits, or the 64 digits alone); 32 hex digits are an MD5`},
		{"a name", `{"Feed": "{ a }"}`, 0, `key "Feed" is not a sha256 document id`},
		{"not a string", `{"` + documentID(doc) + `": {"query": "{ __typename }"}}`, 0, `key "` + documentID(doc) + `": the value is not a string`},
		{"not GraphQL", `{"` + documentID("{ a") + `": "{ a"}`, 0, `key "` + documentID("{ a") + `": the document does not parse`},
		{"an array", `["{ __typename }"]`, 0, "not a JSON object from document ids"},
		{"null", `null`, 0, "not a JSON object from document ids"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := server.ParseManifest([]byte(c.manifest))
			switch {
			case c.err == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case c.err == "" && m.Len() != c.documents:
				t.Errorf("%d documents, want %d", m.Len(), c.documents)
			case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
				t.Errorf("error %v, want %q", err, c.err)
			}
		})
	}
}

// Subscriptions follow the manifest too, over a WebSocket and graphql-sse:
// a document runs, named or as its text; ad-hoc text is refused unless the
// caller's role is allowed it.
func TestTrustedDocumentsOverSubscriptions(t *testing.T) {
	const adhoc = `subscription { articleEvents { cursor } }`
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newLiveServer(t, db, server.Options{Documents: testManifest(t), AdhocRoles: []auth.Role{auth.Editor}})
		_, editor := s.token(t, auth.Editor)
		_, viewer := s.token(t, auth.Viewer)

		// ws subscribes with payload over a new WebSocket; sse posts payload
		// accepting text/event-stream. Each returns the subscription and
		// what ends its connection.
		ws := func(t *testing.T, token string, payload map[string]any) (subscription, func()) {
			t.Helper()
			c, err := dialWS(t, s, "graphql-transport-ws", initWith(token), nil)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(payload)
			c.send(t, wsMessage{ID: "1", Type: "subscribe", Payload: b})
			return &wsSubscription{c: c, id: "1"}, func() { c.conn.CloseNow() }
		}
		sse := func(t *testing.T, token string, payload map[string]any) (subscription, func()) {
			t.Helper()
			body, _ := json.Marshal(payload)
			ctx, cancel := context.WithCancel(context.Background())
			t.Cleanup(cancel)
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.url+"/query", strings.NewReader(string(body)))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Accept", "text/event-stream")
			if token != "" {
				req.Header.Set("Authorization", "Bearer "+token)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
				t.Fatalf("not an event stream: %d %s", resp.StatusCode, resp.Header)
			}
			return readSSE(resp.Body), cancel
		}
		cases := []struct {
			name      string
			subscribe func(t *testing.T, token string, payload map[string]any) (subscription, func())
			token     string
			payload   map[string]any
			refused   bool
		}{
			{"WebSocket: ad-hoc text, anonymous", ws, "", map[string]any{"query": adhoc}, true},
			{"WebSocket: ad-hoc text, a viewer", ws, viewer, map[string]any{"query": adhoc}, true},
			{"WebSocket: persistedQuery", ws, "", map[string]any{"extensions": persistedQuery(eventsDocument)}, false},
			{"WebSocket: the document's text", ws, "", map[string]any{"query": eventsDocument}, false},
			{"WebSocket: ad-hoc text, an editor", ws, editor, map[string]any{"query": adhoc}, false},
			{"graphql-sse: ad-hoc text, anonymous", sse, "", map[string]any{"query": adhoc}, true},
			{"graphql-sse: ad-hoc text, a viewer", sse, viewer, map[string]any{"query": adhoc}, true},
			{"graphql-sse: documentId", sse, "", map[string]any{"documentId": documentID(eventsDocument)}, false},
			{"graphql-sse: persistedQuery", sse, "", map[string]any{"extensions": persistedQuery(eventsDocument)}, false},
			{"graphql-sse: ad-hoc text, an editor", sse, editor, map[string]any{"query": adhoc}, false},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				sub, end := c.subscribe(t, c.token, c.payload)
				defer func() {
					end()
					s.awaitSubscribers(t, 0)
				}()
				if c.refused {
					r, ok := sub.next(t)
					if !ok || r.code() != "PERSISTED_DOCUMENT_REQUIRED" {
						t.Fatalf("got %+v (ok %v), want PERSISTED_DOCUMENT_REQUIRED", r, ok)
					}
					return
				}
				s.awaitSubscribers(t, 1)
			})
		}
	})
}
