package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/database"
)

// PresentError is the one presenter: the one place where an error becomes
// what a client reads. It reads codes with errors.As, never from message
// text:
//
//   - an *apperr.Error (also inside a gqlerror or an ent error) keeps its
//     code, message, field and retryAfter;
//   - the request's deadline is TIMEOUT, a database out of reach
//     UNAVAILABLE, a transaction PostgreSQL broke off for a concurrent one
//     CONFLICT (database.Fault);
//   - ent's validation, constraint and not-found errors are BAD_USER_INPUT,
//     CONFLICT and NOT_FOUND;
//   - a value gqlgen could not read into an argument (a scalar, an enum) is
//     BAD_USER_INPUT, with extensions.field naming the input field;
//   - gqlgen's own coded errors (parse, validation, limits) keep their code,
//     and its uncoded refusals of the request are BAD_REQUEST;
//   - anything else is a defect: logged once, in full, and answered as
//     INTERNAL without detail, so that no SQL text, path or stack reaches a
//     client.
func PresentError(ctx context.Context, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	app := classify(ctx, gerr, err)
	out := &gqlerror.Error{
		Message:    app.Message,
		Path:       gerr.Path,
		Locations:  gerr.Locations,
		Extensions: map[string]any{"code": app.Code},
	}
	if app.Field != "" {
		out.Extensions["field"] = app.Field
	}
	if app.RetryAfter > 0 {
		out.Extensions["retryAfter"] = app.RetryAfter
	}
	return out
}

// classify finds the application error err stands for; gerr is err as
// gqlgen reports it.
func classify(ctx context.Context, gerr *gqlerror.Error, err error) *apperr.Error {
	var (
		validation *ent.ValidationError
		constraint *ent.ConstraintError
		notFound   *ent.NotFoundError
	)
	if app, ok := apperr.As(err); ok {
		if app.Field != "" {
			return app
		}
		c := *app
		if errors.As(err, &validation) {
			c.Field = camel(validation.Name)
		} else if field, ok := argumentField(ctx, gerr); ok {
			c.Field = field
		}
		return &c
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return apperr.Errorf(apperr.Timeout, "the request took longer than the server allows")
	}
	if errors.Is(ctx.Err(), context.Canceled) {
		// The client went away: not a defect, and nobody reads the answer.
		return apperr.Errorf(apperr.ClientClosed, "the client closed the request")
	}
	if fault := database.Fault(err); fault != nil {
		return fault
	}
	switch {
	case errors.As(err, &validation):
		return apperr.Invalid(camel(validation.Name), "invalid value for %s", camel(validation.Name))
	case errors.As(err, &constraint):
		return apperr.Errorf(apperr.Conflict, "the change conflicts with existing data (a duplicate or a missing reference)")
	case errors.As(err, &notFound):
		return apperr.Errorf(apperr.NotFound, "not found")
	}
	if field, ok := argumentField(ctx, gerr); ok {
		// gqlgen's own scalars and the model's enums say what is wrong with
		// the value in their message, and nothing else.
		return apperr.Invalid(field, "%s", gerr.Message)
	}
	if code, _ := gerr.Extensions["code"].(string); code != "" {
		return apperr.Errorf(code, "%s", gerr.Message)
	}
	if gerr.Err == nil && graphql.GetFieldContext(ctx) == nil {
		// gqlgen refusing the request itself (an APQ extension it cannot
		// read, a hash that does not match its query), before any field.
		return apperr.Errorf(apperr.BadRequest, "%s", gerr.Message)
	}
	slog.ErrorContext(ctx, "internal error", "path", gerr.Path.String(), "err", err)
	return apperr.Errorf(apperr.Internal, "internal error")
}

// argumentField tells whether gerr arose while gqlgen read the arguments of
// the field ctx resolves: it reports those on a path below the field's own
// (the argument, then the input fields and list indexes inside it). The
// field at fault is the last name on that path.
func argumentField(ctx context.Context, gerr *gqlerror.Error) (string, bool) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || len(gerr.Path) == 0 {
		return "", false
	}
	own := fc.Path()
	if len(gerr.Path) <= len(own) {
		return "", false
	}
	for i, el := range own {
		if gerr.Path[i] != el {
			return "", false
		}
	}
	for i := len(gerr.Path) - 1; i >= len(own); i-- {
		if name, ok := gerr.Path[i].(ast.PathName); ok {
			return string(name), true
		}
	}
	return "", false
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

// presenter is PresentError as gqlgen's error presenter. Without
// suggestions, "Did you mean" hints are cut from every message, not only
// the ones gqlgen's SetDisableSuggestion covers.
func presenter(suggest bool) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		if refusal := graph.FieldRefusal(ctx); refusal != nil {
			err = refusal
		}
		gerr := PresentError(ctx, err)
		if !suggest {
			if i := strings.Index(gerr.Message, " Did you mean"); i >= 0 {
				gerr.Message = gerr.Message[:i]
			}
		}
		return gerr
	}
}

// recoverResolver turns a panic in a resolver into INTERNAL, logged once
// with its stack, instead of a crashed request.
func recoverResolver(ctx context.Context, p any) error {
	slog.ErrorContext(ctx, "graphql: panic", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
	return apperr.Errorf(apperr.Internal, "internal error")
}

// statusOf is the HTTP status of resp under media, from the table of codes
// (apperr.ClassOf), and the seconds of its Retry-After header (0: none).
//
// A response without data (a request refused as a whole) takes the status
// of its error's code; a GraphQL error there (status 200) is a 400 under
// application/graphql-response+json, as the specification asks.
//
// A response that answered nothing (data null; under application/json also
// data whose every field is null) takes 503 from an error of that status
// (UNAVAILABLE, TIMEOUT): the service failed, not the request, and trying
// again later may help. The specification asks for a 2xx whenever
// application/graphql-response+json data is not null.
//
// Any other response is a 200: its errors sit beside the data.
func statusOf(resp *graphql.Response, media string) (status, retryAfter int) {
	status = http.StatusOK
	switch {
	case len(resp.Errors) == 0:
		return status, 0
	case resp.Data == nil:
		status = apperr.ClassOf(codeOf(resp.Errors[0])).Status
		if status == http.StatusOK && media == mediaGraphQLResponse {
			status = http.StatusBadRequest
		}
	case unavailable(resp.Errors) && answeredNothing(resp.Data, media):
		status = http.StatusServiceUnavailable
	}
	if status >= 400 {
		for _, e := range resp.Errors {
			if n, ok := e.Extensions["retryAfter"].(int); ok && n > retryAfter {
				retryAfter = n
			}
		}
	}
	return status, retryAfter
}

// unavailable tells whether one of errs has a code of status 503.
func unavailable(errs gqlerror.List) bool {
	for _, e := range errs {
		if apperr.ClassOf(codeOf(e)).Status == http.StatusServiceUnavailable {
			return true
		}
	}
	return false
}

// answeredNothing tells whether data holds no answer: null, or, under
// application/json, an object whose every field is null.
func answeredNothing(data json.RawMessage, media string) bool {
	if string(data) == "null" {
		return true
	}
	if media != mediaJSON {
		return false
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(data, &fields) != nil {
		return false
	}
	for _, v := range fields {
		if string(v) != "null" {
			return false
		}
	}
	return true
}

func codeOf(e *gqlerror.Error) string {
	c, _ := e.Extensions["code"].(string)
	return c
}

// writeError is the one writer of refusals: it answers the whole request
// with err, presented by PresentError, with the status the table of codes
// gives it, and returns err as presented.
func writeError(ctx context.Context, w http.ResponseWriter, media string, err error) *gqlerror.Error {
	presented := PresentError(ctx, err)
	resp := &graphql.Response{Errors: gqlerror.List{presented}}
	status, retryAfter := statusOf(resp, media)
	body, _ := encodeResponse(resp)
	h := w.Header()
	h.Set("Content-Type", media+"; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	if retryAfter > 0 {
		h.Set("Retry-After", strconv.Itoa(retryAfter))
	}
	w.WriteHeader(status)
	w.Write(body)
	return presented
}
