package sqljson_test

import (
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/sqljson"
)

// compile compiles the selection of the first root field of query on
// dialect d, with Article.status answered by a resolver and tags
// unreadable.
func compile(t *testing.T, d, query string) (string, error) {
	t.Helper()
	return compileOn(t, graph.NewSchema(nil, graph.WithoutCompiledQueries()).Schema(), d, query)
}

// compileOn is compile over schema.
func compileOn(t *testing.T, schema *ast.Schema, d, query string) (string, error) {
	t.Helper()
	s, err := sqljson.New(ent.SchemaGraph(), schema, sqljson.Config{
		Resolved: map[string]bool{"Article.status": true},
		Unions:   map[string][]string{"Award.recipients": {"recipient_people", "recipient_organizations"}},
		Readable: func(_ context.Context, typ string) (sqljson.Filter, bool) { return nil, typ != "Tag" },
	})
	if err != nil {
		t.Fatal(err)
	}
	doc, errs := gqlparser.LoadQuery(schema, query)
	if errs != nil {
		t.Fatal(errs)
	}
	op := &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0], Variables: map[string]any{}}
	root := op.Operation.SelectionSet[0].(*ast.Field)
	q, err := s.Compile(context.Background(), op, root.Definition.Type.Name(), root.SelectionSet, "t")
	if err != nil {
		return "", err
	}
	text, _ := sql.Dialect(d).Expr(func(b *sql.Builder) { b.Join(q) }).Query()
	return text, nil
}

func TestCompile(t *testing.T) {
	for _, c := range []struct {
		name, dialect, query string
		want                 []string // parts of the SQL, in order
	}{
		{"columns as gqlgen writes them", dialect.Postgres, `{ article(slug: "a") { id title publishedAt } }`,
			[]string{`json_build_object('id', CAST("t"."id" AS TEXT), 'title', "t"."title", 'publishedAt', to_char(`}},
		{"an edge list, unordered", dialect.Postgres, `{ article(slug: "a") { authors { fullName } } }`,
			[]string{`(SELECT coalesce(json_agg(json_build_object('fullName', "ng1"."full_name")), '[]') FROM "persons" AS "ng1" JOIN "article_authors" AS "ng1j"`}},
		{"the union: people, then organizations", dialect.SQLite, `{ person(slug: "a") { awards { recipients { __typename } } } }`,
			[]string{"json_group_array(json(`ng4`.`o`))", "FROM `persons`", "UNION ALL", "FROM `organizations`"}},
		{"times on SQLite", dialect.SQLite, `{ article(slug: "a") { publishedAt } }`,
			[]string{"LIKE '%+00:00'"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := compile(t, c.dialect, c.query)
			if err != nil {
				t.Fatal(err)
			}
			rest := got
			for _, part := range c.want {
				i := strings.Index(rest, part)
				if i < 0 {
					t.Fatalf("missing %q in\n%s", part, got)
				}
				rest = rest[i+len(part):]
			}
		})
	}
}

func TestCompileUnsupported(t *testing.T) {
	for _, query := range []string{
		`{ article(slug: "a") { status } }`,                             // a resolver of its own
		`{ article(slug: "a") { revisions(first: 1) { totalCount } } }`, // a connection (arguments)
		`{ article(slug: "a") { tags { slug } } }`,                      // a type it may not read
		`{ person(slug: "a") { articles(first: 1) { totalCount } } }`,   // a field with arguments
	} {
		_, err := compile(t, dialect.Postgres, query)
		if !errors.Is(err, sqljson.ErrUnsupported) {
			t.Errorf("%s: %v, want ErrUnsupported", query, err)
		}
	}
}

// withDirective returns a copy of schema in which the field typ.field
// carries the directive @name, as a rule declared on the field would
// (the generated schema itself is shared, and left alone).
func withDirective(t *testing.T, schema *ast.Schema, typ, field, name string) *ast.Schema {
	t.Helper()
	out := *schema
	out.Types = maps.Clone(schema.Types)
	def := *schema.Types[typ]
	def.Fields = slices.Clone(def.Fields)
	f := def.Fields.ForName(field)
	if f == nil || schema.Directives[name] == nil {
		t.Fatalf("no field %s.%s or no directive @%s", typ, field, name)
	}
	withIt := *f
	withIt.Directives = append(slices.Clone(f.Directives), &ast.Directive{Name: name, Definition: schema.Directives[name], Location: ast.LocationFieldDefinition})
	def.Fields[slices.Index(def.Fields, f)] = &withIt
	out.Types[typ] = &def
	return &out
}

// A field whose definition carries a directive the compiler does not
// understand (an authorization rule, say) is left to gqlgen, however deep
// it is selected; so is a selection with a query directive other than
// @skip and @include. @deprecated changes nothing and is compiled.
func TestCompileLeavesDirectivesToGqlgen(t *testing.T) {
	schema := graph.NewSchema(nil, graph.WithoutCompiledQueries()).Schema()
	for _, c := range []struct {
		name   string
		schema *ast.Schema
		query  string
	}{
		{"@hasRole on a column", withDirective(t, schema, "Article", "title", "hasRole"), `{ article(slug: "a") { title } }`},
		{"@public on a column", withDirective(t, schema, "Article", "title", "public"), `{ article(slug: "a") { ... on Article { title } } }`},
		{"@hasRole on an edge's column", withDirective(t, schema, "Person", "fullName", "hasRole"), `{ article(slug: "a") { authors { fullName } } }`},
		{"@hasRole on an edge", withDirective(t, schema, "Article", "authors", "hasRole"), `{ article(slug: "a") { authors { id } } }`},
		{"@hasRole in a fragment", withDirective(t, schema, "Article", "slug", "hasRole"), `{ article(slug: "a") { ...F } } fragment F on Article { slug }`},
		{"@defer", schema, `{ article(slug: "a") { id ... @defer { title } } }`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := compileOn(t, c.schema, dialect.Postgres, c.query)
			if !errors.Is(err, sqljson.ErrUnsupported) {
				t.Errorf("%s: %v, want ErrUnsupported", c.query, err)
			}
		})
	}
	if _, err := compileOn(t, withDirective(t, schema, "Article", "title", "deprecated"), dialect.Postgres, `{ article(slug: "a") { title } }`); err != nil {
		t.Errorf("@deprecated: %v", err)
	}
}
