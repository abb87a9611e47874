package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent/entgql"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// mistake is a request a client gets wrong, and what the answer must say.
type mistake struct {
	name  string
	query string
	vars  map[string]any
	// body and contentType, when set, are sent instead of query and vars.
	body, contentType string
	code, field       string // "": any code but INTERNAL (or an answer) will do; no field is expected
	message           string // in the first error's message, when set
}

// Client mistakes in any scalar, input, cursor or filter, sent to the real
// handler on every engine, are never a defect: never HTTP 500, every error
// has a code and it is not INTERNAL, and no message shows SQL. Where the
// fault is one field's, the error names it.
func TestClientMistakesAreNeverInternal(t *testing.T) {
	for _, eng := range testdb.Engines() {
		t.Run(eng.Name, func(t *testing.T) {
			ctx := context.Background()
			db := eng.Open(t)
			if _, err := demo.Load(ctx, db.Client); err != nil {
				t.Fatal(err)
			}
			editor := &auth.Caller{TokenID: 1, Name: "desk", Role: auth.Editor}
			e := &edge{db: db, h: server.New(db.Client, server.Options{
				DB:           db.SQL,
				MediaDir:     t.TempDir(),
				Authenticate: func(context.Context, string) (*auth.Caller, error) { return editor, nil },
			})}

			// An article with a reader's feedback, for the feedback edge.
			var page struct {
				Articles struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			jsonInto(t, decode(t, e.post(t, `{ articles(first: 1) { edges { node { id } } } }`, nil)).Data, &page)
			id := page.Articles.Edges[0].Node.ID
			sent := decode(t, e.post(t, `mutation($a: ID!) { submitFeedback(articleId: $a, name: "Lan", email: "lan@example.vn", content: "Cảm ơn") { id } }`, map[string]any{"a": id}))
			if len(sent.Errors) > 0 {
				t.Fatalf("submit feedback: %+v", sent.Errors)
			}

			for _, m := range mistakes(t, id) {
				t.Run(m.name, func(t *testing.T) {
					var rec *httptest.ResponseRecorder
					if m.contentType != "" {
						rec = e.request(t, http.MethodPost, "/query", m.body, "Content-Type", m.contentType)
					} else {
						rec = e.post(t, m.query, m.vars)
					}
					if rec.Code >= 500 {
						t.Fatalf("status %d: %.500s", rec.Code, rec.Body)
					}
					a := decode(t, rec)
					if len(a.Errors) == 0 {
						if m.code != "" {
							t.Fatalf("no error: %.500s", rec.Body)
						}
						return // answering is fine too
					}
					for _, err := range a.Errors {
						code, _ := err.Extensions["code"].(string)
						if code == "" || code == apperr.Internal {
							t.Errorf("code %q: %.500s", code, rec.Body)
						}
						for _, sql := range []string{"select ", " from ", "sqlite", "pq:", " like ", "syntax", "sql:", "operator does not exist"} {
							if strings.Contains(strings.ToLower(err.Message), sql) {
								t.Errorf("the message shows SQL (%q): %s", sql, err.Message)
							}
						}
					}
					if m.code != "" && a.code() != m.code {
						t.Errorf("code %q, want %s: %.500s", a.code(), m.code, rec.Body)
					}
					if got, _ := a.Errors[0].Extensions["field"].(string); m.field != "" && got != m.field {
						t.Errorf("field %q, want %q: %.500s", got, m.field, rec.Body)
					}
					if m.message != "" && !strings.Contains(a.Errors[0].Message, m.message) {
						t.Errorf("message %q, want it to say %q", a.Errors[0].Message, m.message)
					}
				})
			}
		})
	}
}

// mistakes are the requests TestClientMistakesAreNeverInternal sends;
// article is the id of an article with feedback.
func mistakes(t *testing.T, article string) []mistake {
	const bad = apperr.BadUserInput
	const invalid = apperr.ValidationFailed
	publish := `mutation($at: Time) { publishArticle(id: "` + article + `", at: $at) { id } }`
	feed := `query($w: ArticleWhereInput) { articles(first: 2, where: $w) { totalCount edges { node { id } } } }`
	update := func(input string) string {
		return `mutation { updateArticle(id: "` + article + `", expectedVersion: 1, input: {` + input + `}) { id } }`
	}
	nest := func(op string, depth int) map[string]any {
		w := map[string]any{"titleContains": "a"}
		for range depth {
			if op == "not" {
				w = map[string]any{"not": w}
			} else {
				w = map[string]any{op: []any{w}}
			}
		}
		return w
	}
	nestLiteral := func(depth int) string {
		return strings.Repeat(`{not: `, depth) + `{titleContains: "a"}` + strings.Repeat(`}`, depth)
	}
	ms := []mistake{
		// Times.
		{name: "a time in words", query: publish, vars: map[string]any{"at": "yesterday"}, code: bad, field: "at", message: "RFC 3339"},
		{name: "a date for a time", query: publish, vars: map[string]any{"at": "2024-01-01"}, code: bad, field: "at", message: "a date without a time"},
		{name: "a number for a time", query: publish, vars: map[string]any{"at": 1720000000}, code: bad, field: "at"},
		{name: "a time literal", query: `mutation { publishArticle(id: "` + article + `", at: "next week") { id } }`, code: bad, field: "at"},
		{name: "a time in a filter", query: `{ articles(first: 1, where: {publishedAtGT: "2024-01-01"}) { totalCount } }`, code: bad, field: "publishedAtGT"},
		{name: "a date in words", query: `mutation { createArticle(input: {title: "Bão", eventDate: "3/7/2024"}) { id } }`, code: bad, field: "eventDate", message: "YYYY-MM-DD"},
		{name: "a time for a date", query: `mutation { createArticle(input: {title: "Bão", eventDate: "2024-07-03T00:00:00+07:00"}) { id } }`, code: bad, field: "eventDate", message: "YYYY-MM-DD"},
		{name: "a time for a date in a filter", query: `{ awards(first: 1, where: {awardedOnGT: "2024-07-03T00:00:00Z"}) { totalCount } }`, code: bad, field: "awardedOnGT"},
		{name: "a time in a list of filters", query: feed, vars: map[string]any{"w": map[string]any{"or": []any{map[string]any{"createdAtLT": "hôm qua"}}}}, code: bad, field: "createdAtLT"},

		// Uploads.
		{name: "a string for an upload", query: `mutation($f: Upload!) { uploadMedia(file: $f) { id } }`, vars: map[string]any{"f": "a.png"}, code: bad, field: "file", message: "multipart"},
		{name: "an object for an upload", query: `mutation($f: Upload!) { uploadMedia(file: $f) { id } }`, vars: map[string]any{"f": map[string]any{"filename": "a.png"}}, code: bad, field: "file"},
		{name: "an upload literal", query: `mutation { uploadMedia(file: "a.png") { id } }`, code: bad, field: "file"},
		multipartMistake("a multipart upload without its file"),

		// Cursors.
		{name: "a garbage cursor", query: `{ articles(first: 1, after: "garbage") { edges { node { id } } } }`, code: bad, field: "after"},
		{name: "a garbage cursor on a nested connection", query: `{ people(first: 1) { edges { node { articles(first: 1, before: "!!") { totalCount } } } } }`, code: bad, field: "before"},
		{name: "a garbage search cursor", query: `{ search(query: "bão", first: 1, after: "garbage") { edges { cursor } } }`, code: bad, field: "after"},
		{name: "a cursor of id 0", query: `query($c: Cursor) { articles(first: 1, after: $c) { totalCount } }`, vars: map[string]any{"c": cursorOf(0, nil)}, code: bad, field: "after"},

		// Enums.
		{name: "a lower-case enum in a variable", query: feed, vars: map[string]any{"w": map[string]any{"status": "published"}}, code: bad, field: "status"},
		{name: "a lower-case enum variable", query: `query($s: ArticleStatus) { articles(first: 1, where: {status: $s}) { totalCount } }`, vars: map[string]any{"s": "published"}, code: bad, field: "s"},
		{name: "a lower-case enum in a list", query: `query($t: [SearchType!]) { search(query: "bão", types: $t, first: 1) { edges { cursor } } }`, vars: map[string]any{"t": []any{"article"}}, code: bad, field: "t"},
		{name: "a lower-case order field", query: `query($o: ArticleOrder) { articles(first: 1, orderBy: $o) { totalCount } }`, vars: map[string]any{"o": map[string]any{"field": "title"}}, code: bad, field: "field"},
		{name: "a lower-case enum literal", query: `{ articles(first: 1, where: {status: published}) { totalCount } }`, code: invalid},
		{name: "an unknown enum value", query: feed, vars: map[string]any{"w": map[string]any{"status": "LIVE"}}, code: invalid},

		// Page arguments.
		{name: "first with last", query: `{ articles(first: 2, last: 2) { edges { node { id } } } }`, code: bad, field: "last"},
		{name: "first with last, nested", query: `{ people(first: 1) { edges { node { articles(first: 1, last: 1) { pageInfo { hasNextPage } } } } } }`, code: bad, field: "last"},
		{name: "a negative first", query: `{ articles(first: -1) { totalCount } }`, code: bad, field: "first"},
		{name: "a first too large for an Int", query: `query($n: Int) { articles(first: $n) { totalCount } }`, vars: map[string]any{"n": 1e20}, code: invalid},
		{name: "a malformed id", query: `{ node(id: "abc") { id } }`, code: bad, field: "id"},
		{name: "a malformed id in a list", query: `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, vars: map[string]any{"ids": []any{"1", "x"}}, code: bad, field: "ids"},

		// Filters.
		{name: "a 200 KB titleContains", query: feed, vars: map[string]any{"w": map[string]any{"titleContains": strings.Repeat("ab%_", 50000)}}, code: bad, field: "titleContains"},
		{name: "a 200 KB titleContains, nested", query: `query($s: String) { documents(first: 1) { edges { node { mentionedIn(first: 1, where: {titleContains: $s}) { totalCount } } } } }`, vars: map[string]any{"s": strings.Repeat("ạ", 70000)}, code: bad, field: "titleContains"},
		{name: "an empty filter in a list", query: feed, vars: map[string]any{"w": map[string]any{"hasCategoryWith": []any{map[string]any{}}}}, code: bad, field: "hasCategoryWith"},
		{name: "an empty not", query: feed, vars: map[string]any{"w": map[string]any{"not": map[string]any{"id": ""}}}, code: bad, field: "not"},
		{name: "not nested 100 deep", query: feed, vars: map[string]any{"w": nest("not", 100)}},
		{name: "and nested 100 deep", query: feed, vars: map[string]any{"w": nest("and", 100)}},
		{name: "or nested 100 deep", query: feed, vars: map[string]any{"w": nest("or", 100)}},
		{name: "not nested 1,200 deep in the document", query: `{ articles(first: 1, where: ` + nestLiteral(1200) + `) { totalCount } }`},

		// The feedback edge is the readers': editing an article leaves it alone.
		{name: "clearFeedback", query: update(`clearFeedback: true`), code: invalid},
		{name: "removeFeedbackIDs", query: update(`removeFeedbackIDs: ["1"]`), code: invalid},
		{name: "addFeedbackIDs", query: update(`addFeedbackIDs: ["1"]`), code: invalid},
		{name: "feedbackIDs on create", query: `mutation { createArticle(input: {title: "Bão", feedbackIDs: ["1"]}) { id } }`, code: invalid},
	}
	// Crafted cursors: positions of every kind under every order, at the
	// root and nested, through variables.
	for _, v := range []any{"x", 5, 1.5, true, []byte("x"), map[string]any{"a": 1}, []any{1}, time.Now()} {
		for _, order := range []string{"", "TITLE", "CREATED_AT", "PUBLISHED_AT"} {
			by := ""
			if order != "" {
				by = `, orderBy: {field: ` + order + `}`
			}
			fits := (order == "TITLE" && fmt.Sprintf("%T", v) == "string") ||
				((order == "CREATED_AT" || order == "PUBLISHED_AT") && fmt.Sprintf("%T", v) == "time.Time")
			if fits {
				continue
			}
			c := map[string]any{"c": cursorOf(1, v)}
			ms = append(ms,
				mistake{name: fmt.Sprintf("a %T cursor by %s", v, order), query: `query($c: Cursor) { articles(first: 1, after: $c` + by + `) { edges { node { id } } } }`, vars: c, code: bad, field: "after"},
				mistake{name: fmt.Sprintf("a nested %T cursor by %s", v, order), query: `query($c: Cursor) { people(first: 1) { edges { node { articles(last: 1, before: $c` + by + `) { edges { node { id } } } } } } }`, vars: c, code: bad, field: "before"},
			)
		}
	}
	return ms
}

// cursorOf writes a cursor as the server would, with any position value.
func cursorOf(id int, v any) string {
	var b strings.Builder
	entgql.Cursor[int]{ID: id, Value: v}.MarshalGQL(&b)
	return strings.Trim(b.String(), `"`)
}

// multipartMistake is an upload whose map names a file the request lacks.
func multipartMistake(name string) mistake {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	ops, _ := json.Marshal(map[string]any{"query": `mutation($f: Upload!) { uploadMedia(file: $f) { id } }`, "variables": map[string]any{"f": nil}})
	w.WriteField("operations", string(ops))
	w.WriteField("map", `{"0": ["variables.f"]}`)
	w.Close()
	return mistake{name: name, body: b.String(), contentType: w.FormDataContentType(), code: apperr.BadRequest, field: "f"}
}
