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

// search compiles Query.search where the engine answers a page in one
// statement (PostgreSQL): the page's hits with each node's JSON built by
// the database (sqljson, one expression for each kind of node) beside the
// texts its score and snippet read, which the server still computes as
// Query.search's resolver does (searchText). Anything else in the field,
// an argument it cannot read exactly as the resolver does, or SQLite's
// engine, which reads a page in several statements, is left to gqlgen's
// executor.
func (s *compiledSchema) search(ctx context.Context, op *graphql.OperationContext, f graphql.CollectedField) (rootPlan, error) {
	if !s.r.search.OneStatement() {
		return nil, sqljson.ErrUnsupported
	}
	req, after, err := searchArgs(f.ArgumentMap(op.Variables))
	if err != nil {
		return nil, err
	}
	fields := graphql.CollectFields(op, f.Selections, []string{"SearchConnection"})
	var (
		edges    []graphql.CollectedField
		pageInfo = map[string][]graphql.CollectedField{}
		node     *graphql.CollectedField
		nEdges   int
		count    bool
	)
	for _, cf := range fields {
		switch cf.Name {
		case "edges":
			nEdges++
			edges = graphql.CollectFields(op, cf.Selections, []string{"SearchEdge"})
			for i, ef := range edges {
				switch ef.Name {
				case "node":
					if node != nil {
						return nil, sqljson.ErrUnsupported
					}
					node = &edges[i]
				case "cursor", "score", "snippet", "__typename":
				default:
					return nil, sqljson.ErrUnsupported
				}
			}
		case "pageInfo":
			pageInfo[cf.Alias] = graphql.CollectFields(op, cf.Selections, []string{"PageInfo"})
			for _, pf := range pageInfo[cf.Alias] {
				switch pf.Name {
				case "hasNextPage", "hasPreviousPage", "startCursor", "endCursor", "__typename":
				default:
					return nil, sqljson.ErrUnsupported
				}
			}
		case "totalCount":
			count = true
		case "__typename":
		default:
			return nil, sqljson.ErrUnsupported
		}
	}
	if nEdges > 1 {
		return nil, sqljson.ErrUnsupported
	}
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
		found, more, err := s.searchPage(ctx, req, nodes)
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
	query, args := searchJoin(ctx, page, args, columns, nodes)
	var (
		h     search.Hit
		kind  string
		dest  = []any{&h.Tier, &h.ID, &kind, &h.Key}
		ids   = make([]stdsql.NullInt64, len(searchNodeTables))
		texts = make([][]stdsql.NullString, len(searchNodeTables))
		raw   = make([][]byte, len(searchNodeTables))
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
		title, snippet := searchText(req.Query, h.Kind, values...)
		found = append(found, searchEdge{cursor: searchCursor(h), score: h.Score(req.Query, title), snippet: snippet, node: raw[i]})
	}
	return found, hits > limit, rows.Err()
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

func writeSearchEdges(ctx context.Context, w *bytes.Buffer, fields []graphql.CollectedField, found []searchEdge) error {
	w.WriteByte('[')
	for i, e := range found {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteByte('{')
		for j, f := range fields {
			writeKey(w, j, f.Alias)
			switch f.Name {
			case "node":
				w.Write(e.node)
			case "cursor":
				e.cursor.MarshalGQL(w)
			case "score":
				if err := graphql.MarshalFloatContext(e.score).MarshalGQLContext(ctx, w); err != nil {
					return err
				}
			case "snippet":
				graphql.MarshalString(e.snippet).MarshalGQL(w)
			case "__typename":
				w.WriteString(`"SearchEdge"`)
			}
		}
		w.WriteByte('}')
	}
	w.WriteByte(']')
	return nil
}
