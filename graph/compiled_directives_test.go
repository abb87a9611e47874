package graph

import (
	"context"
	"maps"
	"slices"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// declared is gqlgen's executable schema with a field definition carrying
// one more directive, as a rule declared on it would; it notes when the
// operation is left to it.
type declared struct {
	graphql.ExecutableSchema
	schema *ast.Schema
	gqlgen *bool
}

func (d declared) Schema() *ast.Schema { return d.schema }

func (d declared) Exec(ctx context.Context) graphql.ResponseHandler {
	*d.gqlgen = true
	return func(context.Context) *graphql.Response { return &graphql.Response{Data: []byte(`{}`)} }
}

// A field whose definition carries a directive the compiled executor does
// not understand (here @hasRole, which gqlgen's executor checks) sends the
// whole operation to gqlgen, wherever the field is: a root field, a
// connection's, a node's.
func TestCompiledLeavesDeclaredFieldsToGqlgen(t *testing.T) {
	plain := NewSchema(nil, WithoutCompiledQueries())
	const feed = `{ __typename articles(first: 2) { totalCount edges { cursor node { title } } pageInfo { hasNextPage } } }`
	for _, c := range []struct {
		typ, field, query string
		gqlgen            bool
	}{
		{"", "", feed, false}, // no directive: compiled
		{"Query", "articles", feed, true},
		{"ArticleConnection", "totalCount", feed, true},
		{"ArticleEdge", "cursor", feed, true},
		{"PageInfo", "hasNextPage", feed, true},
		{"Article", "title", feed, true},
		{"Query", "person", `{ person(slug: "a") { fullName } }`, true},
		{"Person", "fullName", `{ person(slug: "a") { fullName } }`, true},
	} {
		t.Run(c.typ+"."+c.field, func(t *testing.T) {
			schema := plain.Schema()
			if c.typ != "" {
				schema = withHasRole(t, schema, c.typ, c.field)
			}
			var gqlgen bool
			s, err := newCompiledSchema(declared{plain, schema, &gqlgen}, &Resolver{})
			if err != nil {
				t.Fatal(err)
			}
			doc, errs := gqlparser.LoadQuery(schema, c.query)
			if errs != nil {
				t.Fatal(errs)
			}
			ctx := graphql.WithOperationContext(context.Background(), &graphql.OperationContext{
				RawQuery: c.query, Doc: doc, Operation: doc.Operations[0], Variables: map[string]any{},
			})
			s.Exec(ctx)
			if gqlgen != c.gqlgen {
				t.Errorf("left to gqlgen: %v, want %v", gqlgen, c.gqlgen)
			}
		})
	}
}

// withHasRole returns a copy of schema in which typ.field carries
// @hasRole(role: VIEWER); the generated schema is shared and left alone.
func withHasRole(t *testing.T, schema *ast.Schema, typ, field string) *ast.Schema {
	t.Helper()
	out := *schema
	out.Types = maps.Clone(schema.Types)
	def := *schema.Types[typ]
	def.Fields = slices.Clone(def.Fields)
	f := def.Fields.ForName(field)
	if f == nil {
		t.Fatalf("no field %s.%s", typ, field)
	}
	declared := *f
	declared.Directives = append(slices.Clone(f.Directives), &ast.Directive{
		Name: "hasRole", Definition: schema.Directives["hasRole"], Location: ast.LocationFieldDefinition,
		Arguments: ast.ArgumentList{{Name: "role", Value: &ast.Value{Kind: ast.EnumValue, Raw: "VIEWER"}}},
	})
	def.Fields[slices.Index(def.Fields, f)] = &declared
	out.Types[typ] = &def
	if typ == "Query" {
		out.Query = &def
	}
	return &out
}
