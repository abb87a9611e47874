package graph

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/award"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/person"
	"github.com/newsgraph/newsgraph/graph/model"
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
			nodes[n.ID], titles[n.ID], snippets[n.ID] = n, n.FullName, search.Snippet(q, n.Bio, n.FullName)
		}
	}
	if len(ids[search.KindOrganization]) > 0 {
		ns, err := r.client.Organization.Query().Where(organization.IDIn(ids[search.KindOrganization]...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			nodes[n.ID], titles[n.ID], snippets[n.ID] = n, n.Name, search.Snippet(q, strings.Join(nonEmpty(n.Name, n.ShortName, n.Region), " · "))
		}
	}
	if len(ids[search.KindAward]) > 0 {
		ns, err := r.client.Award.Query().Where(award.IDIn(ids[search.KindAward]...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			nodes[n.ID], titles[n.ID], snippets[n.ID] = n, n.Name, search.Snippet(q, n.Reason, n.Name)
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
			snippets[n.ID] = search.Snippet(q, n.Summary, n.BodyText, n.Title)
		} else {
			bodies = append(bodies, n.ID)
		}
	}
	if len(bodies) == 0 {
		return nil
	}
	texts, err := r.client.Article.Query().Where(article.IDIn(bodies...)).Select(article.FieldID, article.FieldBodyText).All(ctx)
	if err != nil {
		return err
	}
	text := make(map[int]string, len(texts))
	for _, t := range texts {
		text[t.ID] = t.BodyText
	}
	for _, id := range bodies {
		n := nodes[id].(*ent.Article)
		snippets[id] = search.Snippet(q, n.Summary, text[id], n.Title)
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
