package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/apitoken"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// hasRole implements @hasRole (graph/access.graphql), the one check of who
// may call a field.
func hasRole(ctx context.Context, _ any, next graphql.Resolver, role apitoken.Role) (any, error) {
	if err := access.Require(ctx, auth.Role(role)); err != nil {
		return nil, err
	}
	return next(ctx)
}

// FieldRefusal is what @hasRole answers the caller for the field being
// resolved in ctx, or nil when the caller may call it. gqlgen reads a
// field's arguments before its directives run, so a caller who may not
// call a field would otherwise hear what is wrong with the arguments
// (an anonymous createArticle with categoryID "x": BAD_USER_INPUT) instead
// of UNAUTHENTICATED; the error presenter asks this first.
func FieldRefusal(ctx context.Context) error {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || fc.Field.Definition == nil {
		return nil
	}
	d := fc.Field.Definition.Directives.ForName("hasRole")
	if d == nil {
		return nil
	}
	role := d.Arguments.ForName("role")
	if role == nil || role.Value == nil {
		return nil
	}
	return access.Require(ctx, auth.Role(role.Value.Raw))
}

// accessSchema is the executable schema with every field's arguments
// read as internal/access says for the caller (access.Restrict): edge
// filters that reach a restricted type see only what the caller may
// read, and an article's status filter means its displayed status.
type accessSchema struct{ graphql.ExecutableSchema }

// Exec puts restrictArguments in front of the operation's resolvers.
func (s accessSchema) Exec(ctx context.Context) graphql.ResponseHandler {
	if oc := graphql.GetOperationContext(ctx); oc != nil {
		next := oc.ResolverMiddleware
		oc.ResolverMiddleware = func(ctx context.Context, resolve graphql.Resolver) (any, error) {
			return next(restrictArguments(ctx), resolve)
		}
	}
	return s.ExecutableSchema.Exec(ctx)
}

// restrictArguments restricts the arguments of the field being resolved.
// For a resolver it also restricts the filters that ent's eager loading
// reads from the selection below it (ent's CollectFields unmarshals nested
// connections' where: through the context's input unmarshalers), so that
// a nested connection's filter is as narrow as a root one's.
func restrictArguments(ctx context.Context) context.Context {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return ctx
	}
	if len(fc.Args) > 0 {
		access.Restrict(ctx, fc.Args)
	}
	if fc.IsResolver || fc.IsMethod {
		outer := ctx
		ctx = graphql.WithLazyInputUnmarshalerIndex(ctx, func() *graphql.InputUnmarshalerIndex {
			return graphql.NewInputUnmarshalerIndex(
				restricting[ent.ApiTokenWhereInput](outer, "ApiTokenWhereInput"),
				restricting[ent.ArticleWhereInput](outer, "ArticleWhereInput"),
				restricting[ent.AwardWhereInput](outer, "AwardWhereInput"),
				restricting[ent.CategoryWhereInput](outer, "CategoryWhereInput"),
				restricting[ent.DocumentWhereInput](outer, "DocumentWhereInput"),
				restricting[ent.FeedbackWhereInput](outer, "FeedbackWhereInput"),
				restricting[ent.MediaWhereInput](outer, "MediaWhereInput"),
				restricting[ent.OrganizationWhereInput](outer, "OrganizationWhereInput"),
				restricting[ent.PersonWhereInput](outer, "PersonWhereInput"),
				restricting[ent.PositionWhereInput](outer, "PositionWhereInput"),
				restricting[ent.RevisionWhereInput](outer, "RevisionWhereInput"),
				restricting[ent.TagWhereInput](outer, "TagWhereInput"),
			)
		})
	}
	return ctx
}

// restricting is the unmarshaler of the where input name that outer's
// generated one reads, restricted for ctx's caller.
// TestEveryWhereInputIsRestricted keeps the list above whole.
func restricting[T any](outer context.Context, name string) graphql.InputUnmarshaler {
	return graphql.NewInputUnmarshaler(name, func(ctx context.Context, raw any) (T, error) {
		var v T
		if err := graphql.UnmarshalNamedInputFromContext(outer, name, raw, &v); err != nil {
			return v, err
		}
		access.Restrict(ctx, &v)
		return v, nil
	})
}
