package graph

import (
	"bytes"
	"context"
	stdsql "database/sql"
	"fmt"
	"strconv"
	"time"

	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/ent/entgql"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/relay"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/sqljson"
)

// A searchEdge is one result as the compiled executor writes it.
type searchEdge struct {
	cursor  entgql.Cursor[int]
	score   float64
	snippet string
	node    []byte
}

// search compiles Query.search: the page's hits with each node's JSON
// built by the database (sqljson, one expression for each kind of node)
// beside the texts its score and snippet read, which the server still
// computes as Query.search's resolver does (searchText). On PostgreSQL the
// nodes come in the page's one statement (searchPage), on SQLite in one
// statement for each kind of node found (searchHits). Anything else in
// the field, or an argument it cannot read exactly as the resolver does,
// is left to gqlgen's executor.
func (s *compiledSchema) search(ctx context.Context, op *graphql.OperationContext, f graphql.CollectedField) (rootPlan, error) {
	req, after, err := searchArgs(f.ArgumentMap(op.Variables))
	if err != nil {
		return nil, err
	}
	sel, err := readConnection(op, f, "Search", "score", "snippet")
	if err != nil {
		return nil, err
	}
	if sel.nEdges > 1 {
		return nil, sqljson.ErrUnsupported
	}
	fields, edges, pageInfo, node, count := sel.fields, sel.edges, sel.pageInfo, sel.node, sel.count
	var nodes []sql.Querier
	if node != nil {
		for _, t := range searchNodeTables {
			n, err := s.node(ctx, op, f.Alias+"/"+t.typ, t.typ, node.Selections, t.table)
			if err != nil {
				return nil, err
			}
			nodes = append(nodes, n)
		}
	}
	return func(ctx context.Context, w *bytes.Buffer) error {
		req.Drafts, req.Now = access.SeesDrafts(ctx), time.Now()
		read := s.searchHits
		if s.r.search.OneStatement() {
			read = s.searchPage
		}
		found, more, err := read(ctx, req, nodes)
		if err != nil {
			return err
		}
		info := entgql.PageInfo[int]{HasPreviousPage: after, HasNextPage: more}
		if n := len(found); n > 0 {
			info.StartCursor, info.EndCursor = &found[0].cursor, &found[n-1].cursor
		}
		total := 0
		if count {
			if total, err = s.r.search.Count(ctx, req); err != nil {
				return err
			}
		}
		w.WriteByte('{')
		for i, cf := range fields {
			writeKey(w, i, cf.Alias)
			switch cf.Name {
			case "edges":
				if err := writeSearchEdges(ctx, w, edges, found); err != nil {
					return err
				}
			case "pageInfo":
				writePageInfo(w, pageInfo[cf.Alias], info)
			case "totalCount":
				w.WriteString(strconv.Itoa(total))
			case "__typename":
				w.WriteString(`"SearchConnection"`)
			}
		}
		w.WriteByte('}')
		return nil
	}, nil
}

// searchArgs reads search's arguments as its resolver does, and whether a
// cursor was given. A value it cannot read leaves the field to gqlgen's
// executor, which reports what is wrong with it.
func searchArgs(args map[string]any) (req search.Request, after bool, err error) {
	limit := relay.MaxPageSize
	for name, v := range args {
		if v == nil {
			continue
		}
		switch name {
		case "query":
			text, ok := v.(string)
			if !ok {
				return req, false, sqljson.ErrUnsupported
			}
			if req.Query, err = search.ParseQuery(text); err != nil {
				return req, false, sqljson.ErrUnsupported
			}
		case "types":
			list, ok := v.([]any)
			if !ok {
				return req, false, sqljson.ErrUnsupported
			}
			types := make([]model.SearchType, len(list))
			for i, t := range list {
				if err := types[i].UnmarshalGQL(t); err != nil {
					return req, false, sqljson.ErrUnsupported
				}
			}
			req.Kinds = searchKinds(types)
		case "first":
			n, err := intArg(v)
			if err != nil || *n < 0 || *n > relay.MaxPageSize {
				return req, false, sqljson.ErrUnsupported
			}
			limit = *n
		case "after":
			c, err := cursorArg(v)
			if err != nil {
				return req, false, err
			}
			if req.After, err = searchPosition(c); err != nil {
				return req, false, sqljson.ErrUnsupported
			}
			after = true
		default:
			return req, false, sqljson.ErrUnsupported
		}
	}
	if req.Query.Empty() {
		return req, false, sqljson.ErrUnsupported
	}
	req.Limit = limit + 1 // one more tells whether a next page exists
	return req, after, nil
}

// searchPage runs the page's statement (searchJoin) and returns its
// edges, in order, and whether a next page exists. Like searchOne, it
// leaves out a hit whose node the caller may not read.
func (s *compiledSchema) searchPage(ctx context.Context, req search.Request, nodes []sql.Querier) (found []searchEdge, more bool, err error) {
	page, args, one, err := s.r.search.PageStatement(ctx, req)
	if err != nil || !one {
		return nil, false, err
	}
	columns := make([][]string, len(searchNodeTables))
	for i, t := range searchNodeTables {
		columns[i] = append([]string{"id"}, t.texts...)
	}
	query, args := searchJoin(ctx, page, args, columns, nodes, true)
	var (
		h       search.Hit
		kind    string
		covered bool
		unread  bodiesToRead
		dest    = []any{&h.Tier, &h.ID, &kind, &h.Key, &covered}
		ids     = make([]stdsql.NullInt64, len(searchNodeTables))
		texts   = make([][]stdsql.NullString, len(searchNodeTables))
		raw     = make([][]byte, len(searchNodeTables))
	)
	for i, t := range searchNodeTables {
		dest = append(dest, &ids[i])
		texts[i] = make([]stdsql.NullString, len(t.texts))
		for j := range texts[i] {
			dest = append(dest, &texts[i][j])
		}
		if nodes != nil {
			dest = append(dest, &raw[i])
		}
	}
	rows, err := s.r.client.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, false, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	hits, limit := 0, req.Limit-1
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, false, fmt.Errorf("search: %w", err)
		}
		if hits++; hits > limit {
			continue // tells that a next page exists; not shown
		}
		h.Kind = search.Kind(kind)
		i := searchKindIndex(h.Kind)
		if i < 0 || !ids[i].Valid {
			continue
		}
		values := make([]string, len(texts[i]))
		for j, t := range texts[i] {
			values[j] = t.String
		}
		if h.Kind == search.KindArticle && covered && !search.Covers(req.Query, values[1]) {
			unread.add(len(found), int(ids[i].Int64), values[0], values[1])
		}
		title, snippet := searchText(req.Query, h.Kind, values...)
		found = append(found, searchEdge{cursor: searchCursor(h), score: h.Score(req.Query, title), snippet: snippet, node: raw[i]})
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("search: %w", err)
	}
	err = unread.read(ctx, s.r, req.Query, func(i int, snippet string) { found[i].snippet = snippet })
	return found, hits > limit, err
}

// searchHits reads a page of hits from an engine that reads them in
// statements of its own (SQLite), then the nodes of each kind found in
// one statement, narrowed by access.Filter as searchEdges's reads are by
// ent's interceptor; a hit whose node the caller may not read is left out.
func (s *compiledSchema) searchHits(ctx context.Context, req search.Request, nodes []sql.Querier) (found []searchEdge, more bool, err error) {
	hits, err := s.r.search.Search(ctx, req)
	if err != nil {
		return nil, false, err
	}
	if limit := req.Limit - 1; len(hits) > limit {
		hits, more = hits[:limit], true
	}
	type row struct {
		texts []string
		node  []byte
	}
	rows := make([]map[int]row, len(searchNodeTables))
	for i, t := range searchNodeTables {
		var ids []int
		for _, h := range hits {
			if h.Kind == t.kind {
				ids = append(ids, h.ID)
			}
		}
		if len(ids) == 0 {
			continue
		}
		b := sql.Dialect(s.r.client.Dialect())
		sel := b.Select().From(b.Table(t.table))
		sel.Select(sel.Columns(append([]string{"id"}, t.texts...)...)...)
		if nodes != nil {
			sel.AppendSelectExprAs(nodes[i], nodeColumn)
		}
		sel.Where(sql.InInts(sel.C("id"), ids...))
		if f := access.Filter(ctx, t.typ); f != nil {
			f(sel)
		}
		query, args := sel.Query()
		var (
			id    int
			texts = make([]stdsql.NullString, len(t.texts))
			raw   []byte
			dest  = []any{&id}
		)
		for j := range texts {
			dest = append(dest, &texts[j])
		}
		if nodes != nil {
			dest = append(dest, &raw)
		}
		rows[i] = map[int]row{}
		err := func() error {
			rs, err := s.r.client.QueryContext(ctx, query, args...)
			if err != nil {
				return err
			}
			defer rs.Close()
			for rs.Next() {
				if err := rs.Scan(dest...); err != nil {
					return err
				}
				values := make([]string, len(texts))
				for j, t := range texts {
					values[j] = t.String
				}
				rows[i][id] = row{values, raw}
			}
			return rs.Err()
		}()
		if err != nil {
			return nil, false, fmt.Errorf("search: %s: %w", t.table, err)
		}
	}
	for _, h := range hits {
		i := searchKindIndex(h.Kind)
		if i < 0 {
			continue
		}
		r, ok := rows[i][h.ID]
		if !ok {
			continue
		}
		title, snippet := searchText(req.Query, h.Kind, r.texts...)
		found = append(found, searchEdge{cursor: searchCursor(h), score: h.Score(req.Query, title), snippet: snippet, node: r.node})
	}
	return found, more, nil
}

// searchKindIndex is the place of kind in searchNodeTables, or -1.
func searchKindIndex(kind search.Kind) int {
	for i, t := range searchNodeTables {
		if t.kind == kind {
			return i
		}
	}
	return -1
}

// writeSearchEdges writes a search's edges: writeEdges, with each edge's
// score and snippet.
func writeSearchEdges(ctx context.Context, w *bytes.Buffer, fields []graphql.CollectedField, found []searchEdge) error {
	cursors := make([]entgql.Cursor[int], len(found))
	nodes := make([][]byte, len(found))
	for i, e := range found {
		cursors[i], nodes[i] = e.cursor, e.node
	}
	return writeEdges(w, "SearchEdge", fields, cursors, nodes, func(i int, field string) error {
		switch field {
		case "score":
			return graphql.MarshalFloatContext(found[i].score).MarshalGQLContext(ctx, w)
		case "snippet":
			graphql.MarshalString(found[i].snippet).MarshalGQL(w)
		}
		return nil
	})
}
