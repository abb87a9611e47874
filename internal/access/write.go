package access

import (
	"context"

	"entgo.io/ent"

	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// Require returns nil when ctx's caller holds role or a higher one (or is
// the system), and otherwise the error that says why not: UNAUTHENTICATED
// without a token, FORBIDDEN with a lesser one. The @hasRole directive on
// the schema's fields is its one caller in the API.
func Require(ctx context.Context, role auth.Role) error {
	if auth.IsSystem(ctx) {
		return nil
	}
	c := auth.FromContext(ctx)
	switch {
	case c == nil:
		return apperr.Errorf(apperr.Unauthenticated, "this needs an API token with the %s role or higher: send Authorization: Bearer <token>", role)
	case !c.Role.AtLeast(role):
		return apperr.Errorf(apperr.Forbidden, "a %s token cannot do this: it needs the %s role or higher", c.Role, role)
	}
	return nil
}

// WriterOf is the least role that changes rows of the ent type typ:
// editors change content, admins the admin-only types (AdminOnly).
func WriterOf(typ string) auth.Role {
	if AdminOnly(typ) {
		return auth.Admin
	}
	return auth.Editor
}

// Mutation is ent's mutation policy for every type (ent/schema's
// AccessMixin): the second line behind @hasRole, so that no path (the
// command line, the importer, a future resolver) writes past the rule.
// Writes the system makes (auth.System) pass; ent decides those before
// asking.
func Mutation(ctx context.Context, m ent.Mutation) error {
	return Require(ctx, WriterOf(m.Type()))
}
