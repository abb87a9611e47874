// Package apperr owns newsgraph's one error vocabulary: the error type with
// codes that every layer returns, every code a client can see in
// extensions.code, and the one table from code to HTTP status. The edge
// (internal/server) turns errors into responses through it and never
// guesses from message text.
package apperr

import (
	"errors"
	"fmt"
	"net/http"
)

// The codes of the application: what went wrong with an operation.
const (
	BadUserInput    = "BAD_USER_INPUT"
	Unauthenticated = "UNAUTHENTICATED"
	Forbidden       = "FORBIDDEN"
	NotFound        = "NOT_FOUND"
	Conflict        = "CONFLICT"
	RateLimited     = "RATE_LIMITED"
	Unavailable     = "UNAVAILABLE"
	Internal        = "INTERNAL"
	// SubscriberLimit refuses a subscription on a node that holds as many
	// as it may: another node, or this one shortly, takes it.
	SubscriberLimit = "SUBSCRIBER_LIMIT_EXCEEDED"
)

// The codes of the HTTP edge: requests refused before any resolver runs.
const (
	BadRequest             = "BAD_REQUEST"
	MethodNotAllowed       = "METHOD_NOT_ALLOWED"
	UnsupportedMediaType   = "UNSUPPORTED_MEDIA_TYPE"
	BodyTooLarge           = "BODY_TOO_LARGE"
	TokenLimit             = "TOKEN_LIMIT_EXCEEDED"
	DepthLimit             = "DEPTH_LIMIT_EXCEEDED"
	ComplexityLimit        = "COMPLEXITY_LIMIT_EXCEEDED" // gqlgen's own code
	AliasLimit             = "ALIAS_LIMIT_EXCEEDED"
	DirectiveLimit         = "DIRECTIVE_LIMIT_EXCEEDED"
	FieldLimit             = "FIELD_LIMIT_EXCEEDED"
	RepeatedFieldLimit     = "REPEATED_FIELD_LIMIT_EXCEEDED"
	InputDepthLimit        = "INPUT_DEPTH_LIMIT_EXCEEDED"
	InputListLimit         = "INPUT_LIST_LIMIT_EXCEEDED"
	InputStringLimit       = "INPUT_STRING_LIMIT_EXCEEDED"
	InputFieldLimit        = "INPUT_FIELD_LIMIT_EXCEEDED"
	BatchingDisabled       = "BATCHING_DISABLED"
	BatchLimit             = "BATCH_LIMIT_EXCEEDED"
	IntrospectionDisabled  = "INTROSPECTION_DISABLED"
	PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND" // gqlgen's own code
	ParseFailed            = "GRAPHQL_PARSE_FAILED"      // gqlgen's own code
	ValidationFailed       = "GRAPHQL_VALIDATION_FAILED" // gqlgen's own code
	Timeout                = "TIMEOUT"
	ClientClosed           = "CLIENT_CLOSED_REQUEST" // nobody reads it: for logs and metrics
	OriginNotAllowed       = "ORIGIN_NOT_ALLOWED"    // a WebSocket from a browser origin CORS does not allow
	// PersistedDocumentNotFound refuses a documentId (or an Apollo
	// persistedQuery hash) that names no document of the server's manifest.
	PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND"
	// PersistedDocumentRequired refuses a document's text that is not in
	// the manifest, from a caller whose role may not send ad-hoc operations.
	PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED"
)

// Class is how the edge answers a code: its row in the table of codes.
type Class struct {
	// Status is the HTTP status of a response that this error refuses as
	// a whole. http.StatusOK marks a GraphQL error: 200 under
	// application/json, and 400 under application/graphql-response+json
	// when nothing was executed. Errors beside data never change a 200,
	// except 503: a fault of the service stands whenever no data came.
	Status int
	// Retryable tells whether the same request may succeed later, unchanged.
	Retryable bool
}

// classes is the one table from code to HTTP status; docs/http.md shows it.
var classes = map[string]Class{
	BadUserInput:    {http.StatusOK, false},
	Unauthenticated: {http.StatusUnauthorized, false},
	Forbidden:       {http.StatusOK, false},
	NotFound:        {http.StatusOK, false},
	Conflict:        {http.StatusOK, false},
	RateLimited:     {http.StatusOK, true},
	Unavailable:     {http.StatusServiceUnavailable, true},
	Internal:        {http.StatusInternalServerError, false},
	SubscriberLimit: {http.StatusOK, true},

	BadRequest:             {http.StatusBadRequest, false},
	MethodNotAllowed:       {http.StatusMethodNotAllowed, false},
	UnsupportedMediaType:   {http.StatusUnsupportedMediaType, false},
	BodyTooLarge:           {http.StatusRequestEntityTooLarge, false},
	TokenLimit:             {http.StatusOK, false},
	DepthLimit:             {http.StatusOK, false},
	ComplexityLimit:        {http.StatusOK, false},
	AliasLimit:             {http.StatusOK, false},
	DirectiveLimit:         {http.StatusOK, false},
	FieldLimit:             {http.StatusOK, false},
	RepeatedFieldLimit:     {http.StatusOK, false},
	InputDepthLimit:        {http.StatusOK, false},
	InputListLimit:         {http.StatusOK, false},
	InputStringLimit:       {http.StatusOK, false},
	InputFieldLimit:        {http.StatusOK, false},
	BatchingDisabled:       {http.StatusBadRequest, false},
	BatchLimit:             {http.StatusBadRequest, false},
	IntrospectionDisabled:  {http.StatusOK, false},
	PersistedQueryNotFound: {http.StatusOK, false},
	ParseFailed:            {http.StatusOK, false},
	ValidationFailed:       {http.StatusOK, false},
	Timeout:                {http.StatusServiceUnavailable, false},
	ClientClosed:           {499, false},
	OriginNotAllowed:       {http.StatusForbidden, false},

	PersistedDocumentNotFound: {http.StatusOK, false},
	PersistedDocumentRequired: {http.StatusOK, false},
}

// ClassOf returns the row of code in the table of codes. A code the table
// does not know is a GraphQL error like any other (status 200).
func ClassOf(code string) Class {
	if c, ok := classes[code]; ok {
		return c
	}
	return Class{Status: http.StatusOK}
}

// Codes returns every code of the table, for tests and documentation.
func Codes() []string {
	codes := make([]string, 0, len(classes))
	for c := range classes {
		codes = append(codes, c)
	}
	return codes
}

// Error is an error a client is meant to read: a code, a message safe to show,
// and, for bad input, the input field at fault.
type Error struct {
	Code    string
	Message string
	Field   string // the offending input field, when there is one
	// RetryAfter is, for RATE_LIMITED and UNAVAILABLE, how many seconds
	// until a retry may succeed (extensions.retryAfter, and the Retry-After
	// header when the whole request is refused).
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
