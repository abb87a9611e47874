package schema

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/schema/mixin"

	"github.com/newsgraph/newsgraph/ent/intercept"
	"github.com/newsgraph/newsgraph/ent/privacy"
	"github.com/newsgraph/newsgraph/internal/access"
)

// AccessMixin puts every type behind the one trust boundary, the rule of
// internal/access: its queries (lists, node and nodes, lookups, nested
// edges, eager loading, counts) are narrowed to what the caller may read,
// and its writes refused to whoever may not make them. Every type has it;
// TestEveryTypeHasAccessMixin keeps it so.
type AccessMixin struct{ mixin.Schema }

// Interceptors of the AccessMixin: the read rule.
func (AccessMixin) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{
		intercept.TraverseFunc(func(ctx context.Context, q intercept.Query) error {
			if f := access.Filter(ctx, q.Type()); f != nil {
				q.WhereP(f)
			}
			return nil
		}),
	}
}

// Policy of the AccessMixin: the write rule, behind the API's @hasRole.
func (AccessMixin) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{privacy.MutationRuleFunc(access.Mutation)},
	}
}
