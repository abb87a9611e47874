package sqljson_test

import (
	"context"
	"errors"
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
	schema := graph.NewSchema(nil, graph.WithoutCompiledQueries()).Schema()
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
