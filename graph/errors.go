package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/apperr"
)

// PresentError is the one place where an error becomes what a client reads:
// an application error keeps its code, message and field; ent's validation,
// constraint and not-found errors become BAD_USER_INPUT, CONFLICT and
// NOT_FOUND; gqlgen's own parse and validation errors keep their codes; and
// anything else is logged in full and answered as INTERNAL without detail,
// so no SQL text, file path or stack ever reaches a client.
func PresentError(ctx context.Context, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	if gerr.Extensions == nil {
		gerr.Extensions = map[string]any{}
	}
	var (
		app        *apperr.Error
		validation *ent.ValidationError
		constraint *ent.ConstraintError
		notFound   *ent.NotFoundError
	)
	switch {
	case errors.As(err, &app):
		gerr.Message = app.Message
		gerr.Extensions["code"] = app.Code
		if app.Field != "" {
			gerr.Extensions["field"] = app.Field
		}
		if app.RetryAfter > 0 {
			gerr.Extensions["retryAfter"] = app.RetryAfter
		}
	case errors.As(err, &validation):
		gerr.Message = validationMessage(validation)
		gerr.Extensions["code"] = apperr.BadUserInput
		gerr.Extensions["field"] = camel(validation.Name)
	case errors.As(err, &constraint):
		gerr.Message = "the change conflicts with existing data (a duplicate or a missing reference)"
		gerr.Extensions["code"] = apperr.Conflict
	case errors.As(err, &notFound):
		gerr.Message = "not found"
		gerr.Extensions["code"] = apperr.NotFound
	case gerr.Extensions["code"] != nil && gerr.Err == nil:
		// gqlgen's own parse and validation errors: already safe and coded.
	default:
		slog.ErrorContext(ctx, "graphql: internal error", "path", gerr.Path.String(), "err", err)
		gerr.Message = "internal error"
		gerr.Extensions = map[string]any{"code": apperr.Internal}
	}
	return gerr
}

// validationMessage keeps the message of an application error wrapped by an
// ent validator, and otherwise names the field.
func validationMessage(v *ent.ValidationError) string {
	if app, ok := apperr.As(v); ok {
		return app.Message
	}
	return fmt.Sprintf("invalid value for %s", camel(v.Name))
}

// camel turns ent's snake_case field names into the GraphQL names clients see.
func camel(s string) string {
	out := make([]byte, 0, len(s))
	up := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			up = true
			continue
		}
		if up && c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		up = false
		out = append(out, c)
	}
	return string(out)
}

// Recover turns a panic in a resolver into an INTERNAL error, logged with its
// stack, instead of a crashed request.
func Recover(ctx context.Context, p any) error {
	slog.ErrorContext(ctx, "graphql: panic", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
	return errors.New("internal error: panic")
}
