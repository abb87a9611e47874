// Package sqljson compiles a GraphQL selection over the content model into
// one SQL expression that builds the selection's JSON in the database:
// json_build_object and json_agg on PostgreSQL, json_object and
// json_group_array on SQLite. A page of articles with their authors and the
// authors' positions is then one statement, and the server copies the bytes
// the database wrote instead of scanning rows into structs and marshalling
// them again field by field.
//
// It compiles only what it can answer exactly as the resolvers would:
// columns, edges, the unions its caller names, and __typename, on the types
// its caller lets it read, with the caller's filter on each. Anything else (a
// field with arguments or with its own resolver, a connection, a type it may
// not read, a directive it does not know) makes Compile return
// ErrUnsupported, and the caller answers the query the ordinary way.
package sqljson

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqlgraph"
	"entgo.io/ent/schema/field"
	"github.com/vektah/gqlparser/v2/ast"
)

// ErrUnsupported is returned for a selection the compiler does not answer.
var ErrUnsupported = errors.New("sqljson: selection not supported")

// Filter narrows a selector over one type's table to the rows a caller may
// read (an ent predicate such as predicate.Article is one).
type Filter func(*sql.Selector)

// Config tells the compiler what ent's schema graph does not.
type Config struct {
	// Resolved names the fields ("Type.field") answered by a resolver of
	// their own. They are never compiled.
	Resolved map[string]bool
	// Unions maps a list field ("Award.recipients") to the ent edges whose
	// targets, in this order, make up the list.
	Unions map[string][]string
	// Readable reports the filter on typ's rows for ctx's caller (nil: all
	// rows), or ok false when the compiler must not read typ at all.
	Readable func(ctx context.Context, typ string) (filter Filter, ok bool)
}

// Schema maps the GraphQL object types that ent stores to tables, columns
// and edges.
type Schema struct {
	cfg   Config
	types map[string]*objectType
}

type objectType struct {
	name       string
	table      string
	id         string   // primary key column
	implements []string // the type, its interfaces and its unions, for fragments
	columns    map[string]column
	edges      map[string]edge
	unions     map[string][]edge
}

type column struct {
	name string
	kind field.Type
	id   bool // GraphQL ID: written as a string
	date bool // GraphQL Date: a time written as its day in UTC
}

type edge struct {
	spec *sqlgraph.EdgeSpec
	to   string // target type
	list bool
}

// New indexes the types of graph (ent.SchemaGraph()) that schema (the
// GraphQL schema) declares as objects. A GraphQL field is a column or an
// edge when its name is the ent field's or edge's name in camel case.
func New(graph *sqlgraph.Schema, schema *ast.Schema, cfg Config) (*Schema, error) {
	s := &Schema{cfg: cfg, types: map[string]*objectType{}}
	for _, n := range graph.Nodes {
		def := schema.Types[n.Type]
		if def == nil || def.Kind != ast.Object || n.ID == nil {
			continue
		}
		t := &objectType{
			name:       n.Type,
			table:      n.Table,
			id:         n.ID.Column,
			implements: append([]string{n.Type}, def.Interfaces...),
			columns:    map[string]column{},
			edges:      map[string]edge{},
			unions:     map[string][]edge{},
		}
		for _, u := range schema.Types {
			if u.Kind == ast.Union && contains(u.Types, n.Type) {
				t.implements = append(t.implements, u.Name)
			}
		}
		fields := map[string]*sqlgraph.FieldSpec{}
		for name, f := range n.Fields {
			fields[fold(name)] = f
		}
		edges := map[string]string{}
		for name := range n.Edges {
			edges[fold(name)] = name
		}
		for _, fd := range def.Fields {
			key := n.Type + "." + fd.Name
			if len(fd.Arguments) > 0 || cfg.Resolved[key] {
				continue
			}
			named := schema.Types[fd.Type.Name()]
			switch {
			case fd.Name == "id":
				t.columns[fd.Name] = column{name: n.ID.Column, kind: n.ID.Type, id: true}
			case fields[fold(fd.Name)] != nil && fd.Type.Elem == nil && writes(named, fields[fold(fd.Name)].Type):
				f := fields[fold(fd.Name)]
				t.columns[fd.Name] = column{name: f.Column, kind: f.Type, id: named.Name == "ID", date: named.Name == "Date"}
			case edges[fold(fd.Name)] != "":
				e := n.Edges[edges[fold(fd.Name)]]
				if e.To.Type == fd.Type.Name() {
					t.edges[fd.Name] = edge{spec: e.Spec, to: e.To.Type, list: fd.Type.Elem != nil}
				}
			}
		}
		for key, names := range cfg.Unions {
			typ, name, _ := strings.Cut(key, ".")
			if typ != n.Type {
				continue
			}
			var parts []edge
			for _, en := range names {
				e, ok := n.Edges[en]
				if !ok {
					return nil, fmt.Errorf("sqljson: union %s: %s has no edge %q", key, n.Type, en)
				}
				parts = append(parts, edge{spec: e.Spec, to: e.To.Type, list: true})
			}
			t.unions[name] = parts
		}
		s.types[n.Type] = t
	}
	return s, nil
}

// writes reports whether the database writes a column of kind, read as
// GraphQL type def, exactly as gqlgen would. Floats are left out: the two
// engines and Go format them differently.
func writes(def *ast.Definition, kind field.Type) bool {
	if def == nil {
		return false
	}
	if def.Kind == ast.Enum {
		return kind == field.TypeEnum
	}
	switch def.Name {
	case "ID":
		return kind.Integer() || kind == field.TypeString
	case "String":
		return kind == field.TypeString
	case "Int":
		return kind.Integer()
	case "Boolean":
		return kind == field.TypeBool
	case "Time", "Date":
		return kind == field.TypeTime
	}
	return false
}

// fold makes an ent name (full_name, recipient_people) and its GraphQL name
// (fullName, recipientPeople) equal.
func fold(name string) string {
	return strings.ToLower(strings.ReplaceAll(name, "_", ""))
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
