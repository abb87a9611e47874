package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/award"
	"github.com/newsgraph/newsgraph/ent/entgql"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/relay"
	"github.com/newsgraph/newsgraph/internal/sqljson"
)

// pageArgs are a connection field's arguments, read as the resolver's
// would be.
type pageArgs struct {
	after, before *entgql.Cursor[int]
	first, last   *int
	orderBy       map[string]any
	where         any
	count         bool // totalCount is selected
}

// A page is what the compiled executor writes a connection from.
type page struct {
	cursors []entgql.Cursor[int]
	nodes   [][]byte
	info    entgql.PageInfo[int]
	total   int
}

// A pager fetches one page, each node with the JSON node writes.
type pager func(ctx context.Context, node sql.Querier) (*page, error)

func (p *page) add(cursor entgql.Cursor[int], n valuer) error {
	raw, err := nodeJSON(n)
	if err != nil {
		return err
	}
	p.cursors = append(p.cursors, cursor)
	p.nodes = append(p.nodes, raw)
	return nil
}

// pagingField is the selection ent's Paginate is shown: edges with cursors
// only, so that it pages without loading edges itself and without counting
// (pageInfo comes from the page; totalCount is counted apart).
var pagingField = graphql.CollectedField{
	Field: &ast.Field{Alias: "page", Name: "page"},
	Selections: ast.SelectionSet{&ast.Field{Alias: "edges", Name: "edges",
		SelectionSet: ast.SelectionSet{&ast.Field{Alias: "cursor", Name: "cursor"}}}},
}

func pagingContext(ctx context.Context) context.Context {
	return graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: pagingField})
}

// articlePager pages articles as Query.articles does.
func (r *Resolver) articlePager(a pageArgs) (pager, error) {
	var where *ent.ArticleWhereInput
	var order *ent.ArticleOrder
	if err := readFilter(a, &where, func(dir entgql.OrderDirection, f *ent.ArticleOrderField) {
		order = &ent.ArticleOrder{Direction: dir, Field: f}
	}); err != nil {
		return nil, err
	}
	return func(ctx context.Context, node sql.Querier) (*page, error) {
		access.Restrict(ctx, where)
		q, err := withPublishedSort(where).Filter(r.client.Article.Query())
		if err != nil {
			return nil, err
		}
		total, err := countIf(ctx, a.count, q.Clone().Count)
		if err != nil {
			return nil, err
		}
		q.Select(article.FieldID).Modify(pageNodes(article.Table, node))
		conn, err := q.Paginate(pagingContext(ctx), a.after, a.first, a.before, a.last, ent.WithArticleOrder(order))
		if err != nil {
			return nil, err
		}
		return pageOf(conn.Edges, conn.PageInfo, total, func(e *ent.ArticleEdge) (entgql.Cursor[int], valuer) { return e.Cursor, e.Node })
	}, nil
}

// awardPager pages awards as Query.awards does.
func (r *Resolver) awardPager(a pageArgs) (pager, error) {
	var where *ent.AwardWhereInput
	var order *ent.AwardOrder
	if err := readFilter(a, &where, func(dir entgql.OrderDirection, f *ent.AwardOrderField) {
		order = &ent.AwardOrder{Direction: dir, Field: f}
	}); err != nil {
		return nil, err
	}
	return func(ctx context.Context, node sql.Querier) (*page, error) {
		access.Restrict(ctx, where)
		q, err := where.Filter(r.client.Award.Query())
		if err != nil {
			return nil, err
		}
		total, err := countIf(ctx, a.count, q.Clone().Count)
		if err != nil {
			return nil, err
		}
		q.Select(award.FieldID).Modify(pageNodes(award.Table, node))
		conn, err := q.Paginate(pagingContext(ctx), a.after, a.first, a.before, a.last, ent.WithAwardOrder(order))
		if err != nil {
			return nil, err
		}
		return pageOf(conn.Edges, conn.PageInfo, total, func(e *ent.AwardEdge) (entgql.Cursor[int], valuer) { return e.Cursor, e.Node })
	}, nil
}

// readFilter reads a page's where argument into where and, when orderBy is
// given, its direction and field into ordered.
func readFilter[W, F any, PF interface {
	*F
	graphql.Unmarshaler
}](a pageArgs, where **W, ordered func(entgql.OrderDirection, PF)) error {
	if err := decodeInput(a.where, where); err != nil {
		return err
	}
	if a.orderBy == nil {
		return nil
	}
	field := PF(new(F))
	dir, err := orderArg(a.orderBy, field)
	if err != nil {
		return err
	}
	ordered(dir, field)
	return nil
}

// countIf counts the page's matches when totalCount is selected.
func countIf(ctx context.Context, selected bool, count func(context.Context) (int, error)) (int, error) {
	if !selected {
		return 0, nil
	}
	n, err := count(ctx)
	if err != nil {
		return 0, fmt.Errorf("count: %w", err)
	}
	return n, nil
}

// pageOf is the page of ent's edges, each node with its JSON.
func pageOf[E any](edges []E, info entgql.PageInfo[int], total int, edge func(E) (entgql.Cursor[int], valuer)) (*page, error) {
	p := &page{info: info, total: total}
	for _, e := range edges {
		if err := p.add(edge(e)); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// pageNodes makes a page's statement select each node's JSON around the
// page: SELECT id, ..., node FROM (the page's SELECT *) AS table, in the
// page's order. Beside the page's own columns, the JSON's subqueries would
// weigh in the planner's choice of index for the page, and on PostgreSQL
// tipped the feed onto an index that filters 2,000 scheduled rows.
func pageNodes(table string, node sql.Querier) func(*sql.Selector) {
	return func(s *sql.Selector) {
		page := s.Clone().Select("*").As(table)
		// FromSelect copies the empty selector's filter: the page keeps it.
		s.From(page).FromSelect(sql.Select())
		s.AppendSelectExprAs(node, nodeColumn)
	}
}

// connection compiles a connection root field of nodes of type typ.
func (s *compiledSchema) connection(ctx context.Context, op *graphql.OperationContext, f graphql.CollectedField, typ, table string, newPager func(pageArgs) (pager, error)) (rootPlan, error) {
	a, err := readPageArgs(f.ArgumentMap(op.Variables))
	if err != nil {
		return nil, err
	}
	sel, err := readConnection(op, f, typ)
	if err != nil {
		return nil, err
	}
	a.count = sel.count
	fields, edges, pageInfo, node := sel.fields, sel.edges, sel.pageInfo, sel.node
	// Without edges, or without nodes, ent's Paginate answers by counting:
	// that is for gqlgen's executor.
	if sel.nEdges != 1 || node == nil {
		return nil, sqljson.ErrUnsupported
	}
	nodeExpr, err := s.node(ctx, op, f.Alias, typ, node.Selections, table)
	if err != nil {
		return nil, err
	}
	fetch, err := newPager(a)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, w *bytes.Buffer) error {
		p, err := fetch(ctx, nodeExpr)
		if err != nil {
			return err
		}
		size := 256
		for _, raw := range p.nodes {
			size += len(raw) + 64 // the edge's cursor and keys
		}
		w.Grow(size)
		w.WriteByte('{')
		for i, cf := range fields {
			writeKey(w, i, cf.Alias)
			switch cf.Name {
			case "edges":
				if err := writeEdges(w, typ+"Edge", edges, p.cursors, p.nodes, nil); err != nil {
					return err
				}
			case "pageInfo":
				writePageInfo(w, pageInfo[cf.Alias], p.info)
			case "totalCount":
				w.WriteString(strconv.Itoa(p.total))
			case "__typename":
				w.WriteString(strconv.Quote(typ + "Connection"))
			}
		}
		w.WriteByte('}')
		return nil
	}, nil
}

// A connectionSelection is what a connection field selects.
type connectionSelection struct {
	fields   []graphql.CollectedField            // the connection's, in order
	edges    []graphql.CollectedField            // an edge's
	node     *graphql.CollectedField             // the edge's node, if selected
	pageInfo map[string][]graphql.CollectedField // by the alias of pageInfo
	nEdges   int                                 // how many times edges is selected
	count    bool                                // totalCount is selected
}

// readConnection reads the selection of the connection field f of typ's
// nodes (typ+"Connection", typ+"Edge"), whose edges may select
// edgeFields beside node, cursor and __typename. Anything else is
// ErrUnsupported.
func readConnection(op *graphql.OperationContext, f graphql.CollectedField, typ string, edgeFields ...string) (connectionSelection, error) {
	sel := connectionSelection{
		fields:   graphql.CollectFields(op, f.Selections, []string{typ + "Connection"}),
		pageInfo: map[string][]graphql.CollectedField{},
	}
	for _, cf := range sel.fields {
		switch cf.Name {
		case "edges":
			sel.nEdges++
			sel.edges = graphql.CollectFields(op, cf.Selections, []string{typ + "Edge"})
			for i, ef := range sel.edges {
				switch {
				case ef.Name == "node" && sel.node == nil:
					sel.node = &sel.edges[i]
				case ef.Name == "cursor", ef.Name == "__typename", slices.Contains(edgeFields, ef.Name):
				default:
					return sel, sqljson.ErrUnsupported
				}
			}
		case "pageInfo":
			sel.pageInfo[cf.Alias] = graphql.CollectFields(op, cf.Selections, []string{"PageInfo"})
			for _, pf := range sel.pageInfo[cf.Alias] {
				switch pf.Name {
				case "hasNextPage", "hasPreviousPage", "startCursor", "endCursor", "__typename":
				default:
					return sel, sqljson.ErrUnsupported
				}
			}
		case "totalCount":
			sel.count = true
		case "__typename":
		default:
			return sel, sqljson.ErrUnsupported
		}
	}
	return sel, nil
}

// writeKey writes the key of the i-th member of an object.
func writeKey(w *bytes.Buffer, i int, alias string) {
	if i > 0 {
		w.WriteByte(',')
	}
	w.WriteString(strconv.Quote(alias))
	w.WriteByte(':')
}

// writeEdges writes the edges of type typename with fields in order: each
// edge's node and cursor from nodes and cursors, any other field (a
// search's score and snippet) by extra.
func writeEdges(w *bytes.Buffer, typename string, fields []graphql.CollectedField, cursors []entgql.Cursor[int], nodes [][]byte, extra func(i int, field string) error) error {
	w.WriteByte('[')
	for i := range nodes {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteByte('{')
		for j, f := range fields {
			writeKey(w, j, f.Alias)
			switch f.Name {
			case "node":
				w.Write(nodes[i])
			case "cursor":
				cursors[i].MarshalGQL(w)
			case "__typename":
				w.WriteString(strconv.Quote(typename))
			default:
				// readConnection admits other edge fields only where the
				// caller says it writes them; nil says it writes none.
				if extra == nil {
					return fmt.Errorf("compiled edges: no writer for field %q of %s", f.Name, typename)
				}
				if err := extra(i, f.Name); err != nil {
					return err
				}
			}
		}
		w.WriteByte('}')
	}
	w.WriteByte(']')
	return nil
}

func writePageInfo(w *bytes.Buffer, fields []graphql.CollectedField, info entgql.PageInfo[int]) {
	w.WriteByte('{')
	for i, f := range fields {
		writeKey(w, i, f.Alias)
		switch f.Name {
		case "hasNextPage":
			w.WriteString(strconv.FormatBool(info.HasNextPage))
		case "hasPreviousPage":
			w.WriteString(strconv.FormatBool(info.HasPreviousPage))
		case "startCursor":
			writeCursor(w, info.StartCursor)
		case "endCursor":
			writeCursor(w, info.EndCursor)
		case "__typename":
			w.WriteString(`"PageInfo"`)
		}
	}
	w.WriteByte('}')
}

func writeCursor(w *bytes.Buffer, c *entgql.Cursor[int]) {
	if c == nil {
		w.WriteString("null")
		return
	}
	c.MarshalGQL(w)
}

// readPageArgs reads first, last, after, before, orderBy and where. Any
// other argument, or a value it cannot read, leaves the field to gqlgen's
// executor, which reports what is wrong with it.
func readPageArgs(args map[string]any) (pageArgs, error) {
	var a pageArgs
	for name, v := range args {
		if v == nil {
			continue
		}
		var err error
		switch name {
		case "first":
			a.first, err = intArg(v)
		case "last":
			a.last, err = intArg(v)
		case "after":
			a.after, err = cursorArg(v)
		case "before":
			a.before, err = cursorArg(v)
		case "orderBy":
			m, ok := v.(map[string]any)
			if !ok {
				err = sqljson.ErrUnsupported
			}
			a.orderBy = m
		case "where":
			a.where = v
		default:
			err = sqljson.ErrUnsupported
		}
		if err != nil {
			return pageArgs{}, err
		}
	}
	return a, nil
}

func intArg(v any) (*int, error) {
	n, ok := relay.PageArg(v)
	if !ok {
		return nil, sqljson.ErrUnsupported
	}
	i := int(n)
	return &i, nil
}

func cursorArg(v any) (*entgql.Cursor[int], error) {
	c, err := relay.UnmarshalCursor(v)
	if err != nil {
		return nil, sqljson.ErrUnsupported
	}
	return &c, nil
}

// orderArg reads an orderBy argument into its direction (ASC when left
// out, as the schema's default) and field.
func orderArg(m map[string]any, field graphql.Unmarshaler) (entgql.OrderDirection, error) {
	dir := entgql.OrderDirectionAsc
	if d, ok := m["direction"]; ok {
		if err := dir.UnmarshalGQL(d); err != nil {
			return "", sqljson.ErrUnsupported
		}
	}
	if err := field.UnmarshalGQL(m["field"]); err != nil {
		return "", sqljson.ErrUnsupported
	}
	return dir, nil
}

// decodeInput reads a where argument into ent's WhereInput through its
// JSON names, which are the GraphQL names. A value that does not fit (an
// ID given as a string, a field ent does not know) is left to gqlgen's
// executor.
func decodeInput(v any, out any) error {
	if v == nil {
		return nil
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return sqljson.ErrUnsupported
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(out); err != nil {
		return sqljson.ErrUnsupported
	}
	return nil
}
