package graph

// The compiled executor: a query whose root fields are all pages of
// articles or awards, lookups by slug, or searches (on PostgreSQL), is answered with one SQL
// statement per root field that builds each node's JSON in the database
// (internal/sqljson). ent still builds the page itself (filters, order,
// cursors, the visibility interceptors), so only the nodes' selection is
// compiled. Any other operation, or a selection sqljson does not answer,
// goes to gqlgen's executor, which stays the reference: compiled_test.go
// runs both on the same queries and compares the answers.

import (
	"bytes"
	"context"
	stdsql "database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/award"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/person"
	"github.com/newsgraph/newsgraph/graph/generated"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/sqljson"
)

// nodeColumn is the column that carries a node's JSON next to ent's columns.
const nodeColumn = "__node"

// compiledSchema is gqlgen's executable schema with queries it can compile
// answered by the compiled executor.
type compiledSchema struct {
	graphql.ExecutableSchema
	r     *Resolver
	nodes *sqljson.Schema
	// nodeSQL remembers compiled node expressions by operation, root field
	// and caller (nodeKey): building the SQL text was a fifth of the
	// server's CPU on DETAIL. "" remembers a selection sqljson does not
	// answer.
	nodeSQL *lru.LRU[string]
}

func newCompiledSchema(es graphql.ExecutableSchema, r *Resolver) (*compiledSchema, error) {
	nodes, err := sqljson.New(ent.SchemaGraph(), es.Schema(), sqljson.Config{
		Resolved: resolvedFields(es.Schema()),
		Unions:   map[string][]string{"Award.recipients": {"recipient_people", "recipient_organizations"}},
		Readable: readable,
	})
	if err != nil {
		return nil, err
	}
	return &compiledSchema{ExecutableSchema: es, r: r, nodes: nodes, nodeSQL: lru.New[string](1000)}, nil
}

// readable is what the compiled executor may read for ctx's caller: the
// rows access.Filter leaves, the rule ent's interceptor applies to every
// other query. Revisions, tokens, feedback, media, documents and imports
// are left to the resolvers.
func readable(ctx context.Context, typ string) (sqljson.Filter, bool) {
	switch typ {
	case "Article", "Award", "Category", "Organization", "Person", "Position", "Tag":
		if f := access.Filter(ctx, typ); f != nil {
			return f, true
		}
		return nil, true
	}
	return nil, false
}

// resolvedFields names the fields that gqlgen answers through a resolver
// method (generated.ResolverRoot), such as Article.status: their value is
// not the column's.
func resolvedFields(s *ast.Schema) map[string]bool {
	resolved := map[string]bool{}
	root := reflect.TypeOf((*generated.ResolverRoot)(nil)).Elem()
	for i := 0; i < root.NumMethod(); i++ {
		typ := s.Types[root.Method(i).Name]
		if typ == nil {
			continue
		}
		methods := root.Method(i).Type.Out(0)
		for j := 0; j < methods.NumMethod(); j++ {
			for _, f := range typ.Fields {
				if strings.EqualFold(f.Name, methods.Method(j).Name) {
					resolved[typ.Name+"."+f.Name] = true
				}
			}
		}
	}
	return resolved
}

// Exec answers the operation with the compiled executor when it can.
func (s *compiledSchema) Exec(ctx context.Context) graphql.ResponseHandler {
	op := graphql.GetOperationContext(ctx)
	if op.Operation == nil || op.Operation.Operation != ast.Query {
		return s.ExecutableSchema.Exec(ctx)
	}
	// A directive the compiled executor does not understand (an
	// authorization rule on a field's definition, @defer) sends the whole
	// operation to gqlgen's executor, which applies it.
	if err := sqljson.CheckOperation(op.Operation); err != nil {
		return s.ExecutableSchema.Exec(ctx)
	}
	roots := graphql.CollectFields(op, op.Operation.SelectionSet, []string{"Query"})
	plans := make([]rootPlan, len(roots))
	for i, f := range roots {
		p, err := s.plan(ctx, op, f)
		if err != nil {
			return s.ExecutableSchema.Exec(ctx)
		}
		plans[i] = p
	}
	// Run when the executor asks for the response, as gqlgen's own
	// executor does: errors then belong to the response, beside data.
	done := false
	return func(ctx context.Context) *graphql.Response {
		if done {
			return nil
		}
		done = true
		return s.run(ctx, roots, plans)
	}
}

// A rootPlan writes the value of one root field.
type rootPlan func(ctx context.Context, w *bytes.Buffer) error

func (s *compiledSchema) run(ctx context.Context, roots []graphql.CollectedField, plans []rootPlan) *graphql.Response {
	var w bytes.Buffer
	w.WriteByte('{')
	for i, f := range roots {
		writeKey(&w, i, f.Alias)
		mark := w.Len()
		if err := plans[i](ctx, &w); err != nil {
			graphql.AddError(ctx, gqlerror.WrapPath(ast.Path{ast.PathName(f.Alias)}, err))
			if f.Definition.Type.NonNull {
				// As in gqlgen's executor, a non-null root field that
				// fails makes data null.
				return &graphql.Response{Data: json.RawMessage("null")}
			}
			w.Truncate(mark)
			w.WriteString("null")
		}
	}
	w.WriteByte('}')
	return &graphql.Response{Data: w.Bytes()}
}

// plan compiles one root field, or returns an error for a field the
// compiled executor does not answer.
func (s *compiledSchema) plan(ctx context.Context, op *graphql.OperationContext, f graphql.CollectedField) (rootPlan, error) {
	args := f.ArgumentMap(op.Variables)
	switch f.Name {
	case "__typename":
		return func(_ context.Context, w *bytes.Buffer) error { w.WriteString(`"Query"`); return nil }, nil
	case "articles":
		return s.connection(ctx, op, f, "Article", article.Table, s.r.articlePager)
	case "awards":
		return s.connection(ctx, op, f, "Award", award.Table, s.r.awardPager)
	case "search":
		return s.search(ctx, op, f)
	case "article", "person", "organization":
		slug, ok := args["slug"].(string)
		if !ok || len(args) != 1 {
			return nil, sqljson.ErrUnsupported
		}
		return s.lookup(ctx, op, f, slug)
	}
	return nil, sqljson.ErrUnsupported
}

// A valuer is an ent node that carries the extra columns a query selected.
type valuer interface {
	Value(string) (ent.Value, error)
}

// lookups are the root fields that find one node by slug.
var lookups = map[string]struct{ typ, table, slug string }{
	"article":      {"Article", article.Table, article.FieldSlug},
	"person":       {"Person", person.Table, person.FieldSlug},
	"organization": {"Organization", organization.Table, organization.FieldSlug},
}

// lookup answers article(slug:), person(slug:) and organization(slug:):
// the node, or null for an unknown slug (or an article the caller may not
// read: the statement carries readable's filter, the rule of the type's
// interceptor). The statement is built here rather than by ent, whose
// query machinery was a fifth of the server's CPU on DETAIL.
func (s *compiledSchema) lookup(ctx context.Context, op *graphql.OperationContext, f graphql.CollectedField, slug string) (rootPlan, error) {
	root := lookups[f.Name]
	node, err := s.node(ctx, op, f.Alias, root.typ, f.Selections, root.table)
	if err != nil {
		return nil, err
	}
	filter, _ := readable(ctx, root.typ) // readable: node compiled
	// one writes the node whose column col is v; found is false when no
	// row the caller may read has it.
	one := func(ctx context.Context, w *bytes.Buffer, col string, v any) (found bool, err error) {
		b := sql.Dialect(s.r.client.Dialect())
		sel := b.Select().From(b.Table(root.table))
		sel.AppendSelectExprAs(node, nodeColumn).Where(sql.EQ(sel.C(col), v)).Limit(1)
		if filter != nil {
			filter(sel)
		}
		query, args := sel.Query()
		rows, err := s.r.client.QueryContext(ctx, query, args...)
		if err != nil {
			return false, fmt.Errorf("%s(slug: %q): %w", f.Name, slug, err)
		}
		defer rows.Close()
		if !rows.Next() {
			return false, rows.Err()
		}
		var raw stdsql.RawBytes
		if err := rows.Scan(&raw); err != nil {
			return false, fmt.Errorf("%s(slug: %q): %w", f.Name, slug, err)
		}
		w.Write(raw)
		return true, rows.Err()
	}
	return func(ctx context.Context, w *bytes.Buffer) error {
		found, err := one(ctx, w, root.slug, slug)
		if err != nil || found {
			return err
		}
		if root.typ != "Article" {
			// A merged one's slug answers as the one it was merged into.
			to, err := merge.FollowSlug(ctx, s.r.client, root.typ, slug)
			if err != nil {
				return err
			}
			if to != 0 {
				if found, err := one(ctx, w, "id", to); err != nil || found {
					return err
				}
			}
		}
		w.WriteString("null")
		return nil
	}, nil
}

// node compiles the selection of nodes of type typ under the root field
// with alias root, or takes it from the cache.
func (s *compiledSchema) node(ctx context.Context, op *graphql.OperationContext, root, typ string, set ast.SelectionSet, table string) (sql.Querier, error) {
	key := nodeKey(ctx, op, root)
	if text, ok := s.nodeSQL.Get(ctx, key); ok {
		if text == "" {
			return nil, sqljson.ErrUnsupported
		}
		return sql.Expr(text), nil
	}
	node, err := s.nodes.Compile(ctx, op, typ, set, table)
	if errors.Is(err, sqljson.ErrUnsupported) {
		s.nodeSQL.Add(ctx, key, "")
	}
	if err != nil {
		return nil, err
	}
	return sql.ExprFunc(func(b *sql.Builder) {
		// Only an expression without arguments (such as the time in
		// articles' filter) reads the same in every statement.
		text, args := sql.Dialect(b.Dialect()).Expr(func(b *sql.Builder) { b.Join(node) }).Query()
		if len(args) == 0 {
			s.nodeSQL.Add(ctx, key, text)
		}
		b.Join(node)
	}), nil
}

// nodeKey is what a compiled node expression depends on: the operation,
// the root field, the caller's role (what they may read), and the Boolean
// variables, which @skip and @include read.
func nodeKey(ctx context.Context, op *graphql.OperationContext, root string) string {
	role := "public"
	if c := auth.FromContext(ctx); c != nil {
		role = string(c.Role)
	}
	var k strings.Builder
	k.WriteString(op.RawQuery)
	for _, part := range []string{op.OperationName, root, role} {
		k.WriteByte(0)
		k.WriteString(part)
	}
	for _, v := range op.Operation.VariableDefinitions {
		if v.Type.Name() == "Boolean" {
			k.WriteByte(0)
			k.WriteString(strconv.FormatBool(op.Variables[v.Variable] == true))
		}
	}
	return k.String()
}

// nodeJSON is the JSON the database wrote for a node.
func nodeJSON(n valuer) ([]byte, error) {
	v, err := n.Value(nodeColumn)
	if err != nil {
		return nil, err
	}
	switch v := v.(type) {
	case []byte:
		return v, nil
	case string:
		return []byte(v), nil
	}
	return nil, fmt.Errorf("compiled node: unexpected %T", v)
}
