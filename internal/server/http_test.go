package server_test

import (
	"bytes"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/server"
)

func TestGETRunsQueries(t *testing.T) {
	e := newEdge(t, server.Options{})
	rec := e.get(t, []string{
		"query", `query Who($slug: String!) { person(slug: $slug) { fullName } } query Other { __typename }`,
		"operationName", "Who",
		"variables", `{"slug": "vu-duy-hoang"}`,
	})
	var data struct{ Person struct{ FullName string } }
	a := decode(t, rec)
	if rec.Code != http.StatusOK || len(a.Errors) > 0 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	jsonInto(t, a.Data, &data)
	if data.Person.FullName != "Vũ Duy Hoàng" {
		t.Errorf("person = %q, want Vũ Duy Hoàng", data.Person.FullName)
	}
	// Answers carry HTML unescaped (article bodies); no browser may read
	// one as anything but JSON.
	if got := rec.Header().Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
	}
}

func TestMutationOverGETIs405(t *testing.T) {
	e := newEdge(t, server.Options{})
	for _, q := range []string{`mutation { __typename }`, `subscription S { __typename }`} {
		rec := e.get(t, []string{"query", q})
		wantRefused(t, rec, http.StatusMethodNotAllowed, server.CodeMethodNotAllowed)
		if got := rec.Header().Get("Allow"); got != "POST" {
			t.Errorf("%s: Allow = %q, want POST", q, got)
		}
	}
	rec := e.request(t, http.MethodPut, "/query", `{"query":"{__typename}"}`, "Content-Type", "application/json")
	wantRefused(t, rec, http.StatusMethodNotAllowed, server.CodeMethodNotAllowed)
	if got := rec.Header().Get("Allow"); got != "GET, POST, OPTIONS" {
		t.Errorf("PUT: Allow = %q", got)
	}
}

func TestResponseMediaTypeAndStatus(t *testing.T) {
	e := newEdge(t, server.Options{})
	cases := []struct {
		name, accept, query string
		wantMedia           string
		wantStatus          int
	}{
		{"no Accept", "", `{ __typename }`, "application/json", 200},
		{"application/json", "application/json", `{ __typename }`, "application/json", 200},
		{"any", "*/*", `{ __typename }`, "application/json", 200},
		{"graphql-response", "application/graphql-response+json", `{ __typename }`, "application/graphql-response+json", 200},
		{"preferred by quality", "application/json;q=0.5, application/graphql-response+json", `{ __typename }`, "application/graphql-response+json", 200},
		{"unsupported falls back", "text/html", `{ __typename }`, "application/json", 200},
		// A request error: 200 under application/json, 400 under the new media type.
		{"parse error, json", "application/json", `{ __typename `, "application/json", 200},
		{"parse error, graphql-response", "application/graphql-response+json", `{ __typename `, "application/graphql-response+json", 400},
		{"validation error, json", "", `{ noSuchField }`, "application/json", 200},
		{"validation error, graphql-response", "application/graphql-response+json", `{ noSuchField }`, "application/graphql-response+json", 400},
		// A field error is a partial success: 200 under both.
		{"field error, graphql-response", "application/graphql-response+json", `{ node(id: "x") { id } }`, "application/graphql-response+json", 200},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var headers []string
			if c.accept != "" {
				headers = []string{"Accept", c.accept}
			}
			for _, rec := range []interface{ Result() *http.Response }{e.post(t, c.query, nil, headers...), e.get(t, []string{"query", c.query}, headers...)} {
				resp := rec.Result()
				media, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
				if media != c.wantMedia || resp.StatusCode != c.wantStatus {
					t.Errorf("%s: got %d %s, want %d %s", resp.Request.Method, resp.StatusCode, media, c.wantStatus, c.wantMedia)
				}
			}
		})
	}
}

func TestRequestErrorsHaveNoData(t *testing.T) {
	e := newEdge(t, server.Options{})
	a := decode(t, e.post(t, `{ noSuchField }`, nil))
	if a.HasData || a.code() != "GRAPHQL_VALIDATION_FAILED" {
		t.Errorf("want no data and GRAPHQL_VALIDATION_FAILED, got %+v", a)
	}
}

func TestCrossSiteContentTypesAreRefused(t *testing.T) {
	e := newEdge(t, server.Options{})
	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	mw.WriteField("query", "{ __typename }")
	mw.Close()
	var upload bytes.Buffer
	uw := multipart.NewWriter(&upload)
	uw.WriteField("operations", `{"query":"mutation($f: Upload!) { upload(file: $f) }","variables":{"f":null}}`)
	uw.WriteField("map", `{"0":["variables.f"]}`)
	fw, _ := uw.CreateFormFile("0", "a.txt")
	fw.Write([]byte("hello"))
	uw.Close()

	cases := []struct {
		name, contentType, body string
	}{
		{"form-encoded", "application/x-www-form-urlencoded", "query=%7B__typename%7D"},
		{"text/plain", "text/plain", `{"query":"{ __typename }"}`},
		{"no content type", "", `{"query":"{ __typename }"}`},
		{"multipart that is not an upload", mw.FormDataContentType(), form.String()},
		{"application/graphql", "application/graphql", `{ __typename }`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := e.request(t, http.MethodPost, "/query", c.body, "Content-Type", c.contentType)
			wantRefused(t, rec, http.StatusUnsupportedMediaType, server.CodeUnsupportedMediaType)
		})
	}
	t.Run("a multipart upload passes the gate", func(t *testing.T) {
		rec := e.request(t, http.MethodPost, "/query", upload.String(), "Content-Type", uw.FormDataContentType())
		if rec.Code == http.StatusUnsupportedMediaType {
			t.Fatalf("an upload was refused as a cross-site form: %s", rec.Body)
		}
	})
}

func TestMalformedBodiesAre400(t *testing.T) {
	e := newEdge(t, server.Options{})
	cases := []struct{ name, body string }{
		{"invalid UTF-8", "{\"query\":\"{ person(slug: \\\"\xff\xfe\\\") { id } }\"}"},
		{"not JSON", `{"query": `},
		{"query not a string", `{"query": 42}`},
		{"no query", `{"variables": {}}`},
		{"two JSON values", `{"query":"{__typename}"} {"query":"{__typename}"}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := e.request(t, http.MethodPost, "/query", c.body, "Content-Type", "application/json")
			wantRefused(t, rec, http.StatusBadRequest, server.CodeBadRequest)
			if strings.Contains(rec.Body.String(), "__typename") || strings.Contains(rec.Body.String(), "\ufffd") {
				t.Errorf("the error quotes the body back: %s", rec.Body)
			}
		})
	}
	rec := e.request(t, http.MethodGet, "/query?query=%7B%20person(slug%3A%20%22%FF%22)%20%7B%20id%20%7D%20%7D", "")
	wantRefused(t, rec, http.StatusBadRequest, server.CodeBadRequest)

	// No transport takes subscriptions; the refusal is coded all the same.
	for _, h := range [][]string{{"Accept", "text/event-stream"}, {"Upgrade", "websocket"}} {
		wantRefused(t, e.get(t, []string{"query", "{ __typename }"}, h...), http.StatusBadRequest, server.CodeBadRequest)
	}
}

func TestIntrospectionSwitch(t *testing.T) {
	on := newEdge(t, server.Options{})
	if a := decode(t, on.post(t, `{ __schema { queryType { name } } }`, nil)); len(a.Errors) > 0 {
		t.Fatalf("introspection on: %+v", a.Errors)
	}
	if a := decode(t, on.post(t, `{ articlez(first: 1) { totalCount } }`, nil)); !strings.Contains(a.Errors[0].Message, "Did you mean") {
		t.Errorf("with introspection on, want a suggestion: %q", a.Errors[0].Message)
	}

	off := newEdge(t, server.Options{DisableIntrospection: true})
	for _, q := range []string{
		`{ __schema { queryType { name } } }`,
		`{ __type(name: "Article") { name } }`,
		`query { ...F } fragment F on Query { __schema { types { name } } }`,
	} {
		wantRefused(t, off.post(t, q, nil), http.StatusOK, server.CodeIntrospectionDisabled)
	}
	if a := decode(t, off.post(t, `{ __typename }`, nil)); len(a.Errors) > 0 {
		t.Errorf("__typename must work without introspection: %+v", a.Errors)
	}
	for _, q := range []string{`{ articlez(first: 1) { totalCount } }`, `{ articles(firts: 1) { totalCount } }`} {
		a := decode(t, off.post(t, q, nil))
		if len(a.Errors) == 0 || strings.Contains(a.Errors[0].Message, "Did you mean") || strings.Contains(a.Errors[0].Message, "articles(first") {
			t.Errorf("%s: want an error without suggestions, got %+v", q, a.Errors)
		}
	}
	if rec := off.request(t, http.MethodGet, "/schema.graphql", ""); rec.Code != http.StatusNotFound {
		t.Errorf("/schema.graphql with introspection off: status %d, want 404", rec.Code)
	}
	if rec := on.request(t, http.MethodGet, "/schema.graphql", ""); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "type Query") {
		t.Errorf("/schema.graphql: status %d", rec.Code)
	}
}

func TestErrorsLeakNoInternals(t *testing.T) {
	e := newEdge(t, server.Options{RequestTimeout: 1})
	bodies := []string{
		`{"query": "{ articles(first: 1) { edges { node { title } } } }"}`, // times out in the database
		`{"query": "{ node(id: \"not-an-id\") { id } }"}`,
		`{"query": "{ articles(first: 1000) { totalCount } }"}`,
		`{"query": "{ person(slug: 1) { id } }"}`,
		`{"query": "query($a: Int!) { __typename }", "variables": {"a": "x"}}`,
		`{"query": "{`,
		`[1, 2]`,
	}
	for _, b := range bodies {
		rec := e.request(t, http.MethodPost, "/query", b, "Content-Type", "application/json")
		body := strings.ToLower(rec.Body.String())
		for _, leak := range []string{"goroutine", ".go:", "/internal/", "select ", "sqlite", "sql:", "panic"} {
			if strings.Contains(body, leak) {
				t.Errorf("%s: the answer shows %q: %s", b, leak, rec.Body)
			}
		}
		if rec.Code == http.StatusInternalServerError {
			t.Errorf("%s: status %d", b, rec.Code)
		}
	}
}

// A multipart upload that does not follow the GraphQL multipart request
// specification is a coded 400, never gqlgen's uncoded 422 nor a panic.
func TestMalformedUploadsAreBadRequests(t *testing.T) {
	e := newEdge(t, server.Options{MediaDir: t.TempDir()})
	const upload = `mutation($f: Upload!) { uploadMedia(file: $f) { id } }`
	form := func(operations, paths string, files ...string) (string, string) {
		var b bytes.Buffer
		w := multipart.NewWriter(&b)
		w.WriteField("operations", operations)
		w.WriteField("map", paths)
		for _, name := range files {
			fw, _ := w.CreateFormFile(name, "a.png")
			fw.Write([]byte("not really a png"))
		}
		w.Close()
		return w.FormDataContentType(), b.String()
	}
	ops := `{"query": "` + upload + `", "variables": {"f": null}}`
	for _, tc := range []struct {
		name, operations, paths string
		files                   []string
		field                   string
	}{
		{"the file part is missing", ops, `{"0": ["variables.f"]}`, nil, "f"},
		{"a path names no variable", ops, `{"0": ["variables.g"]}`, []string{"0"}, "g"},
		{"a path below a null", ops, `{"0": ["variables.f.7"]}`, []string{"0"}, "f"},
		{"a path into a list too short", `{"query": "` + upload + `", "variables": {"f": null, "l": []}}`, `{"0": ["variables.l.3"]}`, []string{"0"}, "l"},
		{"a path outside the variables", ops, `{"0": ["query"]}`, []string{"0"}, ""},
		{"a variable that is not null", `{"query": "` + upload + `", "variables": {"f": "x"}}`, `{"0": ["variables.f"]}`, []string{"0"}, "f"},
		{"a part the map does not name", ops, `{"0": ["variables.f"]}`, []string{"1", "0"}, ""},
		{"operations not JSON", `{"query": `, `{"0": ["variables.f"]}`, []string{"0"}, ""},
		{"operations without a query", `{"variables": {"f": null}}`, `{"0": ["variables.f"]}`, []string{"0"}, ""},
		{"a batch of operations", `[` + ops + `]`, `{"0": ["0.variables.f"]}`, []string{"0"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ct, body := form(tc.operations, tc.paths, tc.files...)
			rec := e.request(t, http.MethodPost, "/query", body, "Content-Type", ct)
			a := wantRefused(t, rec, http.StatusBadRequest, server.CodeBadRequest)
			if got, _ := a.Errors[0].Extensions["field"].(string); got != tc.field {
				t.Errorf("field %q, want %q", got, tc.field)
			}
		})
	}
}
