package graph

import (
	"bytes"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/newsgraph/newsgraph/ent/entgql"
	"github.com/vektah/gqlparser/v2/ast"
)

// An edge field that no writer was given for fails the answer instead of
// panicking on the nil writer; readConnection keeps such fields from the
// connection path, so this guards the contract, not a query.
func TestWriteEdgesWithoutWriter(t *testing.T) {
	fields := []graphql.CollectedField{{Field: &ast.Field{Name: "score", Alias: "score"}}}
	var w bytes.Buffer
	err := writeEdges(&w, "ArticleEdge", fields, []entgql.Cursor[int]{{ID: 1}}, [][]byte{[]byte(`{}`)}, nil)
	if err == nil || !strings.Contains(err.Error(), `"score"`) {
		t.Fatalf("writeEdges with an unknown field and no writer: err %v, want one naming the field", err)
	}
}
