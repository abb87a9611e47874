package graph

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/award"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/person"
	"github.com/newsgraph/newsgraph/ent/predicate"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/search"
)

// maxSearchOffset bounds how deep search pages go: ranking every hit again
// for page 500 costs more than anyone reading it needs.
const maxSearchOffset = 10_000

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

// A search cursor carries the hit's node id and its position in the ranking;
// the next page starts after that position.
func searchCursor(id, position int) entgql.Cursor[int] {
	return entgql.Cursor[int]{ID: id, Value: position}
}

// searchOffset is where the page after cursor starts.
func searchOffset(after *entgql.Cursor[int]) (int, error) {
	if after == nil {
		return 0, nil
	}
	var pos int64
	switch v := after.Value.(type) {
	case int64:
		pos = v
	case uint64:
		pos = int64(min(v, maxSearchOffset+1))
	case int8:
		pos = int64(v)
	case int16:
		pos = int64(v)
	case int32:
		pos = int64(v)
	case uint8:
		pos = int64(v)
	case uint16:
		pos = int64(v)
	case uint32:
		pos = int64(v)
	default:
		return 0, apperr.Invalid("after", "not a search cursor")
	}
	if pos < 0 || pos >= maxSearchOffset {
		return 0, apperr.Invalid("after", "search results stop at %d", maxSearchOffset)
	}
	return int(pos) + 1, nil
}

// searchEdges loads the nodes of hits through ent, so that privacy rules
// apply to search as to every other read, and makes their edges. A hit whose
// node cannot be read (deleted meanwhile, or hidden) is left out.
func (r *Resolver) searchEdges(ctx context.Context, q search.Query, hits []search.Hit, offset int) ([]*model.SearchEdge, error) {
	ids := map[search.Kind][]int{}
	for _, h := range hits {
		ids[h.Kind] = append(ids[h.Kind], h.ID)
	}
	nodes := map[int]ent.Noder{}
	snippets := map[int]string{}
	if len(ids[search.KindArticle]) > 0 {
		ns, err := r.client.Article.Query().Where(article.IDIn(ids[search.KindArticle]...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			nodes[n.ID], snippets[n.ID] = n, search.Snippet(q, n.Summary, n.BodyText, n.Title)
		}
	}
	if len(ids[search.KindPerson]) > 0 {
		ns, err := r.client.Person.Query().Where(person.IDIn(ids[search.KindPerson]...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			nodes[n.ID], snippets[n.ID] = n, search.Snippet(q, n.Bio, n.FullName)
		}
	}
	if len(ids[search.KindOrganization]) > 0 {
		ns, err := r.client.Organization.Query().Where(organization.IDIn(ids[search.KindOrganization]...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			nodes[n.ID], snippets[n.ID] = n, search.Snippet(q, n.Name+" ("+n.ShortName+") "+n.Region, n.Name)
		}
	}
	if len(ids[search.KindAward]) > 0 {
		ns, err := r.client.Award.Query().Where(award.IDIn(ids[search.KindAward]...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			nodes[n.ID], snippets[n.ID] = n, search.Snippet(q, n.Reason, n.Name)
		}
	}
	edges := make([]*model.SearchEdge, 0, len(hits))
	for i, h := range hits {
		n, ok := nodes[h.ID]
		if !ok {
			continue
		}
		edges = append(edges, &model.SearchEdge{
			Node:    n,
			Score:   h.Score(),
			Snippet: snippets[h.ID],
			Cursor:  searchCursor(h.ID, offset+i),
		})
	}
	return edges, nil
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

// publishedBy keeps the articles anonymous callers may read at now.
func publishedBy(now time.Time) predicate.Article {
	return article.And(article.StatusEQ(article.StatusPUBLISHED), article.PublishedAtLTE(now))
}
