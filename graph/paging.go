package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// withoutPageInfoCount hides pageInfo from ent's Paginate when the request
// selects edges but not totalCount. Paginate runs a COUNT over every matching
// row whenever pageInfo is selected, yet with edges selected it derives
// pageInfo from the page itself (it fetches one row more than asked) and
// discards the count: on the feed that COUNT read 90,000 index entries per
// page for nothing. pageInfo is still answered, from the page.
func withoutPageInfoCount(ctx context.Context) context.Context {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !selects(ctx, "edges") || selects(ctx, "totalCount") || !selects(ctx, "pageInfo") {
		return ctx
	}
	kept := make(ast.SelectionSet, 0, len(fc.Field.Selections))
	for _, sel := range fc.Field.Selections {
		if f, ok := sel.(*ast.Field); ok && f.Name == "pageInfo" {
			continue
		}
		kept = append(kept, sel)
	}
	hidden := *fc
	hidden.Field.Selections = kept
	return graphql.WithFieldContext(ctx, &hidden)
}
