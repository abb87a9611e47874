package server_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/server"
)

// A generated client sends the zero value of every optional variable the
// caller left out (genqlient: after: "", categoryID: ""). An empty optional
// ID or Cursor means none, as null does; and an anonymous caller's mutation
// is UNAUTHENTICATED, whatever its input.
func TestZeroValuesOfGeneratedClients(t *testing.T) {
	editor := &auth.Caller{TokenID: 1, Name: "desk", Role: auth.Editor}
	e := newEdge(t, server.Options{Authenticate: func(_ context.Context, authorization string) (*auth.Caller, error) {
		if authorization == "Bearer editor" {
			return editor, nil
		}
		return nil, nil
	}})

	feed := `query($first: Int!, $after: Cursor, $before: Cursor, $where: ArticleWhereInput) {
  articles(first: $first, after: $after, before: $before, where: $where) { edges { node { id title } } }
}`
	none := decode(t, e.post(t, feed, map[string]any{"first": 3}))
	zero := decode(t, e.post(t, feed, map[string]any{"first": 3, "after": "", "before": "",
		"where": map[string]any{"id": "", "idNEQ": "", "hasCategoryWith": []any{map[string]any{"idNEQ": "", "hasArticles": true}}}}))
	if len(none.Errors) > 0 || len(zero.Errors) > 0 {
		t.Fatalf("errors: %+v %+v", none.Errors, zero.Errors)
	}
	if !bytes.Equal(none.Data, zero.Data) {
		t.Errorf("empty cursors and ids answered\n%s\nwant what their absence answers\n%s", zero.Data, none.Data)
	}

	create := `mutation($in: CreateArticleInput!) { createArticle(input: $in) { title category { id } } }`
	for _, in := range []map[string]any{
		{"title": "Bản tin", "categoryID": ""},
		{"title": "Bản tin", "categoryID": "not an id"},
		{"title": "", "categoryID": "0"},
	} {
		if a := decode(t, e.post(t, create, map[string]any{"in": in})); a.code() != apperr.Unauthenticated {
			t.Errorf("anonymous createArticle(%v): code %q, want %s: %+v", in, a.code(), apperr.Unauthenticated, a.Errors)
		}
	}
	a := decode(t, e.post(t, create, map[string]any{"in": map[string]any{"title": "Bản tin", "categoryID": ""}}, "Authorization", "Bearer editor"))
	if len(a.Errors) > 0 || !bytes.Contains(a.Data, []byte(`"category":null`)) {
		t.Errorf("categoryID \"\" from an editor: %s %+v, want an article without a category", a.Data, a.Errors)
	}
}
