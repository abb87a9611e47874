package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/ent"
)

// withRecipients makes q load the recipients of all its awards at once when
// the request asks for Award.recipients on the connection's nodes.
// Award.recipients is a union over two edges, which ent's field collection
// does not know, so without this every award of a page would cost two more
// statements (the N+1 of a list of awards).
func withRecipients(ctx context.Context, q *ent.AwardQuery) *ent.AwardQuery {
	if selects(ctx, "edges", "node", "recipients") {
		q.WithRecipientPeople().WithRecipientOrganizations()
	}
	return q
}

// selects reports whether the current field's selection holds the field at
// path, e.g. edges → node → recipients.
func selects(ctx context.Context, path ...string) bool {
	if !graphql.HasOperationContext(ctx) || graphql.GetFieldContext(ctx) == nil {
		return false
	}
	opCtx := graphql.GetOperationContext(ctx)
	fields := graphql.CollectFieldsCtx(ctx, nil)
	for i, name := range path {
		var next *graphql.CollectedField
		for k := range fields {
			if fields[k].Name == name {
				next = &fields[k]
				break
			}
		}
		if next == nil {
			return false
		}
		if i == len(path)-1 {
			return true
		}
		fields = graphql.CollectFields(opCtx, next.Selections, nil)
	}
	return false
}
