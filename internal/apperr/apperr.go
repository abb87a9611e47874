// Package apperr owns newsgraph's one application error type and its codes.
// Every layer returns these; the GraphQL edge turns them into
// extensions.code (and extensions.field) and never guesses from message text.
package apperr

import (
	"errors"
	"fmt"
)

// The codes a client can rely on in extensions.code.
const (
	BadUserInput    = "BAD_USER_INPUT"
	Unauthenticated = "UNAUTHENTICATED"
	Forbidden       = "FORBIDDEN"
	NotFound        = "NOT_FOUND"
	Conflict        = "CONFLICT"
	RateLimited     = "RATE_LIMITED"
	Internal        = "INTERNAL"
)

// Error is an error a client is meant to read: a code, a message safe to show,
// and, for bad input, the input field at fault.
type Error struct {
	Code    string
	Message string
	Field   string // the offending input field, when there is one
	// RetryAfter is, for RATE_LIMITED, how many seconds until a retry may
	// succeed (extensions.retryAfter).
	RetryAfter int
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s", e.Field, e.Message)
	}
	return e.Message
}

// Errorf returns an Error with code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns a BAD_USER_INPUT error about one input field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: BadUserInput, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Code reports the application error code of err, or INTERNAL.
func Code(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// As returns the application error in err's chain, if there is one.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
