package graph

import (
	"bytes"
	"fmt"
	"slices"
	"sync"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"

	"github.com/newsgraph/newsgraph/graph/generated"
)

// goDirectives tell gqlgen which Go types and fields to bind. They name Go
// import paths and mean nothing to a client, so the served schema (what
// introspection, /schema.graphql and `newsgraph schema` show) leaves them
// out; graph/ent.graphql keeps them for gqlgen.
var goDirectives = []string{"goModel", "goField", "goTag", "goExtraField", "goEnum"}

// servedSchema is the schema gqlgen generated from graph/*.graphql, less
// goDirectives, parsed anew so that the generated schema stays untouched.
var servedSchema = sync.OnceValue(func() *ast.Schema {
	var sdl bytes.Buffer
	formatter.NewFormatter(&sdl, formatter.WithComments()).FormatSchema(generated.NewExecutableSchema(generated.Config{}).Schema())
	doc, err := parser.ParseSchemas(validator.Prelude, &ast.Source{Name: "schema.graphql", Input: sdl.String()})
	if err != nil {
		panic(fmt.Sprintf("graph: parse the generated schema: %v", err))
	}
	doc.Directives = slices.DeleteFunc(doc.Directives, func(d *ast.DirectiveDefinition) bool {
		return slices.Contains(goDirectives, d.Name)
	})
	for _, defs := range []ast.DefinitionList{doc.Definitions, doc.Extensions} {
		for _, def := range defs {
			def.Directives = withoutGo(def.Directives)
			for _, f := range def.Fields {
				f.Directives = withoutGo(f.Directives)
				for _, a := range f.Arguments {
					a.Directives = withoutGo(a.Directives)
				}
			}
			for _, v := range def.EnumValues {
				v.Directives = withoutGo(v.Directives)
			}
		}
	}
	s, err := validator.ValidateSchemaDocument(doc)
	if err != nil {
		panic(fmt.Sprintf("graph: validate the served schema: %v", err))
	}
	return s
})

func withoutGo(list ast.DirectiveList) ast.DirectiveList {
	return slices.DeleteFunc(list, func(d *ast.Directive) bool { return slices.Contains(goDirectives, d.Name) })
}
