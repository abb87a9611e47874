package server

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// encodeResponse writes the same JSON as json.Marshal of the wire form, for
// answers with and without data, errors and extensions. (json.Marshal also
// escapes <, > and & in data; encodeResponse leaves them, as gqlgen wrote
// them, which decodes the same.)
func TestEncodeResponse(t *testing.T) {
	for _, r := range []*graphql.Response{
		{Data: json.RawMessage(`{"a":[1,{"b":"c"}]}`)},
		{Data: json.RawMessage(`{"body":"<p>Tom &amp; Jerry</p>"}`)},
		{Data: json.RawMessage(`null`), Errors: gqlerror.List{{Message: "no", Path: ast.Path{ast.PathName("a")}}}},
		{Errors: gqlerror.List{{Message: "bad", Extensions: map[string]any{"code": "BAD_USER_INPUT"}}}},
		{Data: json.RawMessage(`{}`), Extensions: map[string]any{"cost": 3}},
		{},
	} {
		want, err := json.Marshal(wire(r))
		if err != nil {
			t.Fatal(err)
		}
		got, err := encodeResponse(r)
		if err != nil {
			t.Fatal(err)
		}
		var g, w any
		if err := json.Unmarshal(got, &g); err != nil {
			t.Fatalf("encodeResponse wrote %s: %v", got, err)
		}
		json.Unmarshal(want, &w)
		if !reflect.DeepEqual(g, w) {
			t.Errorf("encodeResponse = %s; want %s", got, want)
		}
	}
}
