// Package relay owns newsgraph's Relay surface rules: how node IDs, cursors,
// times and uploads travel as GraphQL scalars (a value a client gets wrong
// is BAD_USER_INPUT, never INTERNAL), and how large a page may be.
package relay

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/ent/entgql"
	"github.com/newsgraph/newsgraph/internal/apperr"
)

// MarshalID writes a node ID. IDs are unique across types; clients should
// treat them as opaque strings.
func MarshalID(id int) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(strconv.Itoa(id)))
	})
}

// UnmarshalID reads a node ID, refusing anything that is not one as bad input.
func UnmarshalID(v any) (int, error) {
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case int64:
		s = strconv.FormatInt(v, 10)
	case int:
		s = strconv.Itoa(v)
	default:
		return 0, apperr.Errorf(apperr.BadUserInput, "malformed id: %T is not an ID", v)
	}
	id, err := strconv.Atoi(s)
	if err != nil || id <= 0 {
		return 0, apperr.Errorf(apperr.BadUserInput, "malformed id %q", truncate(s))
	}
	return id, nil
}

// MarshalCursor writes a page cursor.
func MarshalCursor(c entgql.Cursor[int]) graphql.Marshaler { return c }

// UnmarshalCursor reads a page cursor, refusing a malformed one as bad input.
func UnmarshalCursor(v any) (entgql.Cursor[int], error) {
	var c entgql.Cursor[int]
	if err := c.UnmarshalGQL(v); err != nil || c.ID <= 0 {
		s, _ := v.(string)
		return c, apperr.Errorf(apperr.BadUserInput, "malformed cursor %q", truncate(s))
	}
	return c, nil
}

// MarshalTime writes a Time as RFC 3339, as gqlgen does.
func MarshalTime(t time.Time) graphql.Marshaler { return graphql.MarshalTime(t) }

// timeExample is what a client is shown when a Time does not parse.
const timeExample = `such as "2024-07-03T08:30:00+07:00" or "2024-07-03T01:30:00Z"`

// UnmarshalTime reads a Time: an RFC 3339 date and time with its offset. A
// date alone ("2024-01-01") is refused rather than guessed at: which
// midnight it means depends on a zone it does not say.
func UnmarshalTime(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, apperr.Errorf(apperr.BadUserInput, "a Time is a string in RFC 3339, %s, not %s", timeExample, kind(v))
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err == nil {
		return t, nil
	}
	if _, err := time.Parse(time.DateOnly, s); err == nil {
		return time.Time{}, apperr.Errorf(apperr.BadUserInput, "%q is a date without a time: a Time is RFC 3339, a date, a time and an offset, %s", s, timeExample)
	}
	return time.Time{}, apperr.Errorf(apperr.BadUserInput, "%q is not a Time: a Time is RFC 3339, %s", truncate(s), timeExample)
}

// MarshalDate writes a calendar day as ISO 8601 "2024-07-03": the day of
// t in UTC, where dates are stored (midnight UTC).
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(t.UTC().Format(time.DateOnly)))
	})
}

// UnmarshalDate reads a calendar day, "2024-07-03", as its midnight in UTC.
// A time or an offset is refused rather than cut off: "2024-07-03T00:00:00+07:00"
// is a day earlier in UTC, and which day was meant is the client's to say.
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, apperr.Errorf(apperr.BadUserInput, "a Date is a string such as \"2024-07-03\", not %s", kind(v))
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, apperr.Errorf(apperr.BadUserInput, "%q is not a Date: a Date is a day written YYYY-MM-DD, such as \"2024-07-03\", with no time or zone", truncate(s))
	}
	return t, nil
}

// MarshalUpload writes an Upload, as gqlgen does (uploads only come in).
func MarshalUpload(u graphql.Upload) graphql.Marshaler { return graphql.MarshalUpload(u) }

// UnmarshalUpload reads an Upload: the file of a GraphQL multipart request
// that the request's map puts at this variable.
func UnmarshalUpload(v any) (graphql.Upload, error) {
	if u, ok := v.(graphql.Upload); ok {
		return u, nil
	}
	return graphql.Upload{}, apperr.Errorf(apperr.BadUserInput,
		"not a file (%s): send the file as a part of a multipart request (the GraphQL multipart request specification), with null for its variable in operations", kind(v))
}

// kind names the JSON kind of a value a client sent, for messages.
func kind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case map[string]any:
		return "an object"
	case []any:
		return "a list"
	case int, int64, float64, interface{ Int64() (int64, error) }:
		return "a number"
	}
	return fmt.Sprintf("%T", v)
}

// truncate keeps error messages short whatever a client sent.
func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
