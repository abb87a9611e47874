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
// statements (the N+1 of a list of awards). Each side of the union loads
// only the columns and edges its fragment selects, as entgql does for an
// edge it knows.
func withRecipients(ctx context.Context, q *ent.AwardQuery) *ent.AwardQuery {
	recipients := selected(ctx, "edges", "node", "recipients")
	if recipients == nil {
		return q
	}
	// entgql's collection reads the field from the context: give it
	// recipients, with each member type's fragments.
	// If collecting fails, the recipients are loaded whole, as before.
	fieldCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: *recipients})
	return q.
		WithRecipientPeople(func(pq *ent.PersonQuery) {
			if c, err := pq.CollectFields(fieldCtx, "Person", "Node", "AwardRecipient"); err == nil {
				*pq = *c
			}
		}).
		WithRecipientOrganizations(func(oq *ent.OrganizationQuery) {
			if c, err := oq.CollectFields(fieldCtx, "Organization", "Node", "AwardRecipient"); err == nil {
				*oq = *c
			}
		})
}

// selected returns the field at path in the current field's selection,
// e.g. edges → node → recipients, or nil when the request does not select it.
func selected(ctx context.Context, path ...string) *graphql.CollectedField {
	if !graphql.HasOperationContext(ctx) || graphql.GetFieldContext(ctx) == nil {
		return nil
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
			return nil
		}
		if i == len(path)-1 {
			return next
		}
		fields = graphql.CollectFields(opCtx, next.Selections, nil)
	}
	return nil
}

// selects reports whether the current field's selection holds the field at
// path.
func selects(ctx context.Context, path ...string) bool { return selected(ctx, path...) != nil }
