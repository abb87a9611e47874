//go:build ignore

// entc.go generates the ent client and the GraphQL schema of the content
// model (graph/ent.graphql) from ent/schema. Run it through `go generate`
// from the module root. It loads the schema with the build tag entgql, the
// one build in which ent/schema's GraphQL annotations are entgql's own
// (ent/schema/entgql); the server's build has inert ones.
package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
	"text/template/parse"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/internal/relay"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithConfigPath("gqlgen.yml"),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("graph/ent.graphql"),
		entgql.WithWhereInputs(true),
		entgql.WithNodeDescriptor(false),
		entgql.WithSchemaHook(honestTypes),
	)
	if err != nil {
		log.Fatalf("create entgql extension: %v", err)
	}
	if err := importServerEntgql(ex.Templates()); err != nil {
		log.Fatalf("entgql templates: %v", err)
	}
	err = entc.Generate("./ent/schema", &gen.Config{
		Target:  "./ent",
		Package: "github.com/newsgraph/newsgraph/ent",
		Features: []gen.Feature{
			gen.FeatureGlobalID,
			gen.FeaturePrivacy,
			gen.FeatureIntercept,
			gen.FeatureEntQL,
			gen.FeatureModifier,
			gen.FeatureExecQuery,
			gen.FeatureUpsert,
			gen.FeatureLock,
		},
	}, entc.Extensions(ex), entc.BuildTags("entgql"))
	if err != nil {
		log.Fatalf("generate ent: %v", err)
	}
}

// The generated code takes entgql's types (Cursor, PageInfo,
// Transactioner...) from ent/entgql, a copy of them without entgql's
// code generator, which would otherwise be linked into the server and
// started with it.
const (
	contribEntgql = `"entgo.io/contrib/entgql"`
	serverEntgql  = `"github.com/newsgraph/newsgraph/ent/entgql"`
)

// importServerEntgql makes entgql's templates import serverEntgql where
// they import contribEntgql: the text of their import blocks is changed,
// nothing else.
func importServerEntgql(ts []*gen.Template) error {
	n := 0
	for _, t := range ts {
		for _, tt := range t.Templates() {
			if tt.Tree != nil {
				n += replaceText(tt.Tree.Root, []byte(contribEntgql), []byte(serverEntgql))
			}
		}
	}
	if n == 0 {
		return fmt.Errorf("no template imports %s any more: has entgql changed?", contribEntgql)
	}
	return nil
}

// replaceText replaces old by new in the text of a template below node,
// and says how many times.
func replaceText(node parse.Node, old, new []byte) int {
	n := 0
	switch node := node.(type) {
	case *parse.TextNode:
		n = bytes.Count(node.Text, old)
		node.Text = bytes.ReplaceAll(node.Text, old, new)
	case *parse.ListNode:
		if node != nil {
			for _, c := range node.Nodes {
				n += replaceText(c, old, new)
			}
		}
	case *parse.IfNode:
		n = replaceText(node.List, old, new) + replaceText(node.ElseList, old, new)
	case *parse.RangeNode:
		n = replaceText(node.List, old, new) + replaceText(node.ElseList, old, new)
	case *parse.WithNode:
		n = replaceText(node.List, old, new) + replaceText(node.ElseList, old, new)
	}
	return n
}

// honestTypes makes the generated schema say what the server answers, so
// that generated clients need no null checks the server never calls for
// (docs/schema.md):
//   - a connection's edges and an edge's node are never null;
//   - a list of an object's related objects is never null, nor are its
//     items;
//   - first and last say the paging rule (relay.PageSize enforces it);
//   - Time and Cursor are declared, with their descriptions, in
//     graph/scalars.graphql beside the other scalars.
func honestTypes(g *gen.Graph, s *ast.Schema) error {
	delete(s.Types, "Time")
	delete(s.Types, "Cursor")
	nodes := map[string]bool{}
	for _, n := range g.Nodes {
		nodes[n.Name] = true
	}
	for _, def := range s.Types {
		if def.Kind != ast.Object {
			continue
		}
		if strings.HasSuffix(def.Name, "Connection") {
			edges := def.Fields.ForName("edges")
			if edges == nil || edges.Type.Elem == nil {
				return fmt.Errorf("%s has no list of edges", def.Name)
			}
			edge := s.Types[edges.Type.Elem.Name()]
			node := edge.Fields.ForName("node")
			if node == nil {
				return fmt.Errorf("%s has no node", edge.Name)
			}
			edges.Type = ast.NonNullListType(ast.NonNullNamedType(edge.Name, nil), nil)
			node.Type = ast.NonNullNamedType(node.Type.Name(), nil)
		}
		for _, f := range def.Fields {
			// Query.nodes, by contrast, answers null for an id not found.
			if nodes[def.Name] && f.Type.Elem != nil && s.Types[f.Type.Elem.Name()] != nil && !s.Types[f.Type.Elem.Name()].IsLeafType() {
				f.Type = ast.NonNullListType(ast.NonNullNamedType(f.Type.Elem.Name(), nil), nil)
			}
			if strings.HasSuffix(f.Type.Name(), "Connection") {
				describePaging(f)
			}
		}
	}
	return nil
}

// describePaging states, on a connection field's arguments, the rule every
// connection follows.
func describePaging(f *ast.FieldDefinition) {
	for _, a := range f.Arguments {
		switch a.Name {
		case "first":
			a.Description = fmt.Sprintf("The number of elements from the start of the list (or after after), 0 to %d. "+
				"Every connection takes first or last, not both.", relay.MaxPageSize)
		case "last":
			a.Description = fmt.Sprintf("The number of elements from the end of the list (or before before), 0 to %d. "+
				"Every connection takes first or last, not both.", relay.MaxPageSize)
		case "after":
			a.Description = "The elements after this cursor: the endCursor of a page of the same field in the same order. Null or empty: from the start."
		case "before":
			a.Description = "The elements before this cursor: the startCursor of a page of the same field in the same order. Null or empty: up to the end."
		}
	}
}
