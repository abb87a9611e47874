package graph

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/award"
	"github.com/newsgraph/newsgraph/ent/entgql"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/person"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/search"
)

// searchKinds maps the GraphQL types argument to index kinds; none means all.
func searchKinds(types []model.SearchType) []search.Kind {
	kinds := make([]search.Kind, 0, len(types))
	for _, t := range types {
		switch t {
		case model.SearchTypeArticle:
			kinds = append(kinds, search.KindArticle)
		case model.SearchTypePerson:
			kinds = append(kinds, search.KindPerson)
		case model.SearchTypeOrganization:
			kinds = append(kinds, search.KindOrganization)
		case model.SearchTypeAward:
			kinds = append(kinds, search.KindAward)
		}
	}
	return kinds
}

// A search cursor carries the hit's node id and its position in the order of
// results, "tier:key"; the next page starts after that position, so paging
// neither skips nor repeats hits when the index changes in between.
func searchCursor(h search.Hit) entgql.Cursor[int] {
	return entgql.Cursor[int]{ID: h.ID, Value: strconv.Itoa(h.Tier) + ":" + strconv.FormatInt(h.Key, 10)}
}

// searchPosition reads the position a search cursor carries.
func searchPosition(after *entgql.Cursor[int]) (*search.Position, error) {
	if after == nil {
		return nil, nil
	}
	bad := apperr.Invalid("after", "not a search cursor")
	s, ok := after.Value.(string)
	if !ok {
		return nil, bad
	}
	tier, key, ok := strings.Cut(s, ":")
	p := &search.Position{}
	var err1, err2 error
	p.Tier, err1 = strconv.Atoi(tier)
	p.Key, err2 = strconv.ParseInt(key, 10, 64)
	if !ok || err1 != nil || err2 != nil || p.Tier < search.TierBody || p.Tier > search.TierTitle {
		return nil, bad
	}
	return p, nil
}

// searchEdges loads the nodes of hits through ent, so that privacy rules
// apply to search as to every other read, and makes their edges. A hit whose
// node cannot be read (deleted meanwhile, or hidden) is left out.
func (r *Resolver) searchEdges(ctx context.Context, q search.Query, hits []search.Hit) ([]*model.SearchEdge, error) {
	ids := map[search.Kind][]int{}
	for _, h := range hits {
		ids[h.Kind] = append(ids[h.Kind], h.ID)
	}
	nodes := map[int]ent.Noder{}
	snippets, titles := map[int]string{}, map[int]string{}
	if len(ids[search.KindArticle]) > 0 {
		if err := r.searchArticles(ctx, q, ids[search.KindArticle], nodes, titles, snippets); err != nil {
			return nil, err
		}
	}
	if len(ids[search.KindPerson]) > 0 {
		ns, err := r.client.Person.Query().Where(person.IDIn(ids[search.KindPerson]...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			nodes[n.ID] = n
			titles[n.ID], snippets[n.ID] = searchText(q, search.KindPerson, n.FullName, n.Bio)
		}
	}
	if len(ids[search.KindOrganization]) > 0 {
		ns, err := r.client.Organization.Query().Where(organization.IDIn(ids[search.KindOrganization]...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			nodes[n.ID] = n
			titles[n.ID], snippets[n.ID] = searchText(q, search.KindOrganization, n.Name, n.ShortName, n.Region)
		}
	}
	if len(ids[search.KindAward]) > 0 {
		ns, err := r.client.Award.Query().Where(award.IDIn(ids[search.KindAward]...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			nodes[n.ID] = n
			titles[n.ID], snippets[n.ID] = searchText(q, search.KindAward, n.Name, n.Reason)
		}
	}
	edges := make([]*model.SearchEdge, 0, len(hits))
	for _, h := range hits {
		n, ok := nodes[h.ID]
		if !ok {
			continue
		}
		edges = append(edges, &model.SearchEdge{
			Node:    n,
			Score:   h.Score(q, titles[h.ID]),
			Snippet: snippets[h.ID],
			Cursor:  searchCursor(h),
		})
	}
	return edges, nil
}

// articleHeadColumns are the columns of an article but its body and body
// text, which are most of a row's bytes.
var articleHeadColumns = slices.DeleteFunc(slices.Clone(article.Columns), func(c string) bool {
	return c == article.FieldBody || c == article.FieldBodyText
})

// articleSnippetColumns are the columns of an article but its body (the
// rich text, most of a row's bytes with the body text): what searchOne
// reads, the body text for snippets.
var articleSnippetColumns = slices.DeleteFunc(slices.Clone(article.Columns), func(c string) bool {
	return c == article.FieldBody
})

// searchArticles loads the articles of a page of hits and makes their
// snippets. It reads the body and its text only when the selection shows
// them, or, for a snippet, the text of the articles whose summary does not
// match every word of the query: Snippet prefers the summary to the body,
// so then the body cannot change the snippet.
func (r *Resolver) searchArticles(ctx context.Context, q search.Query, ids []int, nodes map[int]ent.Noder, titles, snippets map[int]string) error {
	query := r.client.Article.Query().Where(article.IDIn(ids...))
	full := selectsOnNodes(ctx, "Article", "body", "bodyText")
	if !full {
		query.Select(articleHeadColumns...)
	}
	ns, err := query.All(ctx)
	if err != nil {
		return err
	}
	var bodies []int
	for _, n := range ns {
		nodes[n.ID], titles[n.ID] = n, n.Title
		if full || search.Covers(q, n.Summary) {
			_, snippets[n.ID] = searchText(q, search.KindArticle, n.Title, n.Summary, n.BodyText)
		} else {
			bodies = append(bodies, n.ID)
		}
	}
	if len(bodies) == 0 {
		return nil
	}
	text, err := r.articleTexts(ctx, bodies)
	if err != nil {
		return err
	}
	for _, id := range bodies {
		n := nodes[id].(*ent.Article)
		_, snippets[id] = searchText(q, search.KindArticle, n.Title, n.Summary, text[id])
	}
	return nil
}

// selectsOnNodes reports whether the selection of the search field asks for
// any of fields on edges' nodes of type typ.
func selectsOnNodes(ctx context.Context, typ string, fields ...string) bool {
	op := graphql.GetOperationContext(ctx)
	for _, edges := range graphql.CollectFieldsCtx(ctx, nil) {
		if edges.Name != "edges" {
			continue
		}
		for _, node := range graphql.CollectFields(op, edges.Selections, nil) {
			if node.Name != "node" {
				continue
			}
			for _, f := range graphql.CollectFields(op, node.Selections, []string{typ, "Node", "SearchResult"}) {
				if slices.Contains(fields, f.Name) {
					return true
				}
			}
		}
	}
	return false
}

// wantsTotalCount reports whether the client asked for totalCount, which
// costs a second pass over every hit.
func wantsTotalCount(ctx context.Context) bool {
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if f.Name == "totalCount" {
			return true
		}
	}
	return false
}

// nonEmpty returns the strings of ss that are not empty.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// searchNodeTables are the tables of the kinds of node search returns, in
// the order searchOne reads their columns, with the columns a hit's score
// and snippet read (searchText).
var searchNodeTables = []struct {
	kind  search.Kind
	typ   string // the ent type, for access.Filter, and the GraphQL type
	table string
	alias string
	texts []string
}{
	{search.KindArticle, ent.TypeArticle, article.Table, "a", []string{article.FieldTitle, article.FieldSummary, article.FieldBodyText}},
	{search.KindPerson, ent.TypePerson, person.Table, "p", []string{person.FieldFullName, person.FieldBio}},
	{search.KindOrganization, ent.TypeOrganization, organization.Table, "o", []string{organization.FieldName, organization.FieldShortName, organization.FieldRegion}},
	{search.KindAward, ent.TypeAward, award.Table, "w", []string{award.FieldName, award.FieldReason}},
}

// searchText is a hit's title, which its score reads, and its snippet,
// from its node's texts in the order of searchNodeTables' texts: an
// article's summary is preferred to its body, the title the last resort.
func searchText(q search.Query, kind search.Kind, texts ...string) (title, snippet string) {
	title = texts[0]
	switch kind {
	case search.KindArticle:
		return title, search.Snippet(q, texts[1], texts[2], title)
	case search.KindOrganization:
		return title, search.Snippet(q, strings.Join(nonEmpty(texts...), " · "))
	}
	return title, search.Snippet(q, texts[1], title)
}

// searchJoin is the statement of a page of hits (search.Index.PageStatement)
// with each hit's node joined to it: the columns[i] of the i-th table of
// searchNodeTables and, when nodes is given, the JSON nodes[i] builds, as
// __node. Each node's table is narrowed by access.Filter, the rule ent's
// interceptor applies, so a hit whose node the caller may not read, or
// which was deleted meanwhile, has no node. The statement selects tier,
// node_id, kind, doc_key and covered, then each table's columns (and
// __node) in turn. With snippetBody, an article's body text is NULL where
// the hit is covered (its summary holds every word of the query), the
// only use of the body being a snippet, which then does not read it: most
// of a page's bytes, and of the server's work reading them, are bodies.
func searchJoin(ctx context.Context, page string, args []any, columns [][]string, nodes []entsql.Querier, snippetBody bool) (string, []any) {
	var b strings.Builder
	b.WriteString("SELECT h.tier, h.node_id, h.kind, h.doc_key, h.covered")
	for i, t := range searchNodeTables {
		for _, c := range columns[i] {
			col := t.alias + "." + strconv.Quote(c)
			if snippetBody && t.kind == search.KindArticle && c == article.FieldBodyText {
				col = "CASE WHEN h.covered THEN NULL ELSE " + col + " END"
			}
			b.WriteString(", " + col)
		}
		if nodes != nil {
			b.WriteString(", " + t.alias + "." + strconv.Quote(nodeColumn))
		}
	}
	b.WriteString("\nFROM (" + page + ") AS h")
	for i, t := range searchNodeTables {
		sel := entsql.Dialect(dialect.Postgres).Select().From(entsql.Table(t.table))
		sel.Select(sel.Columns(columns[i]...)...)
		if nodes != nil {
			sel.AppendSelectExprAs(nodes[i], nodeColumn)
		}
		if f := access.Filter(ctx, t.typ); f != nil {
			f(sel)
		}
		sel.SetTotal(len(args))
		query, a := sel.Query()
		args = append(args, a...)
		// The key is NULL for the other kinds' hits: the index is not
		// searched for them at all.
		fmt.Fprintf(&b, "\nLEFT JOIN (%s) AS %s ON %[2]s.\"id\" = CASE WHEN h.kind = '%s' THEN h.node_id END", query, t.alias, t.kind)
	}
	b.WriteString("\nORDER BY h.tier DESC, h.doc_key DESC")
	return b.String(), args
}

// searchOne answers a page of a search whose engine answers it in one
// statement (PostgreSQL, search.Index.PageStatement) with one statement:
// the page's statement, and each hit's node joined to it (searchJoin) with
// the columns that searchEdges loads through ent, and an article's body
// text where a snippet reads it: when the summary lacks a word of the
// query (a quarter of the articles the benchmark's names find; reading it
// with the row costs less than a second statement), or the selection
// shows it. A hit without a node is left out as searchEdges leaves it out.
// It returns the hits (limit+1 of them tell that a next page exists) and
// the edges of the first limit.
func (r *Resolver) searchOne(ctx context.Context, q search.Query, page string, args []any, limit int) (hits []search.Hit, edges []*model.SearchEdge, err error) {
	articleColumns := articleSnippetColumns
	if selectsOnNodes(ctx, "Article", "body") {
		articleColumns = article.Columns
	}
	columns := [][]string{articleColumns, person.Columns, organization.Columns, award.Columns}
	snippetBody := !selectsOnNodes(ctx, "Article", "body", "bodyText")
	query, args := searchJoin(ctx, page, args, columns, nil, snippetBody)

	articles, err := r.client.Article.Scanner(articleColumns)
	if err != nil {
		return nil, nil, err
	}
	people, err := r.client.Person.Scanner(person.Columns)
	if err != nil {
		return nil, nil, err
	}
	orgs, err := r.client.Organization.Scanner(organization.Columns)
	if err != nil {
		return nil, nil, err
	}
	awards, err := r.client.Award.Scanner(award.Columns)
	if err != nil {
		return nil, nil, err
	}
	var (
		h       search.Hit
		kind    string
		covered bool
		dest    = []any{&h.Tier, &h.ID, &kind, &h.Key, &covered}
		found   = func(dest []any) bool { return dest[0].(*entsql.NullInt64).Valid } // id is the first column
		unread  bodiesToRead
	)
	for _, d := range [][]any{articles.Dest(), people.Dest(), orgs.Dest(), awards.Dest()} {
		dest = append(dest, d...)
	}
	rows, err := r.client.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, nil, err
		}
		h.Kind = search.Kind(kind)
		hits = append(hits, h)
		if len(hits) > limit {
			continue // tells that a next page exists; not shown
		}
		var (
			node           ent.Noder
			title, snippet string
		)
		switch h.Kind {
		case search.KindArticle:
			if !found(articles.Dest()) {
				continue
			}
			n, err := articles.Entity()
			if err != nil {
				return nil, nil, err
			}
			node = n
			if snippetBody && covered && !search.Covers(q, n.Summary) {
				unread.add(len(edges), n.ID, n.Title, n.Summary)
			}
			title, snippet = searchText(q, h.Kind, n.Title, n.Summary, n.BodyText)
		case search.KindPerson:
			if !found(people.Dest()) {
				continue
			}
			n, err := people.Entity()
			if err != nil {
				return nil, nil, err
			}
			node = n
			title, snippet = searchText(q, h.Kind, n.FullName, n.Bio)
		case search.KindOrganization:
			if !found(orgs.Dest()) {
				continue
			}
			n, err := orgs.Entity()
			if err != nil {
				return nil, nil, err
			}
			node = n
			title, snippet = searchText(q, h.Kind, n.Name, n.ShortName, n.Region)
		case search.KindAward:
			if !found(awards.Dest()) {
				continue
			}
			n, err := awards.Entity()
			if err != nil {
				return nil, nil, err
			}
			node = n
			title, snippet = searchText(q, h.Kind, n.Name, n.Reason)
		default:
			continue
		}
		edges = append(edges, &model.SearchEdge{Node: node, Score: h.Score(q, title), Snippet: snippet, Cursor: searchCursor(h)})
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	err = unread.read(ctx, r, q, func(i int, snippet string) { edges[i].Snippet = snippet })
	return hits, edges, err
}

// bodiesToRead are the article hits of a page whose body the page's
// statement left out (PostgreSQL read every word of the query in the
// summary) but whose snippet needs it (Covers did not): the two readings
// of a text's words may differ at its edges, and a snippet must not
// depend on which read it.
type bodiesToRead struct {
	edges, ids      []int
	titles, summary []string
}

func (b *bodiesToRead) add(edge, id int, title, summary string) {
	b.edges, b.ids = append(b.edges, edge), append(b.ids, id)
	b.titles, b.summary = append(b.titles, title), append(b.summary, summary)
}

// read reads the bodies in one statement and hands each edge its snippet.
func (b *bodiesToRead) read(ctx context.Context, r *Resolver, q search.Query, set func(edge int, snippet string)) error {
	if len(b.ids) == 0 {
		return nil
	}
	text, err := r.articleTexts(ctx, b.ids)
	if err != nil {
		return err
	}
	for i, id := range b.ids {
		_, snippet := searchText(q, search.KindArticle, b.titles[i], b.summary[i], text[id])
		set(b.edges[i], snippet)
	}
	return nil
}

// articleTexts reads the body text of the articles ids.
func (r *Resolver) articleTexts(ctx context.Context, ids []int) (map[int]string, error) {
	texts, err := r.client.Article.Query().Where(article.IDIn(ids...)).Select(article.FieldID, article.FieldBodyText).All(ctx)
	if err != nil {
		return nil, err
	}
	text := make(map[int]string, len(texts))
	for _, t := range texts {
		text[t.ID] = t.BodyText
	}
	return text, nil
}
