// Package relay owns newsgraph's Relay surface rules: how node IDs and
// cursors travel as GraphQL scalars, and how large a page may be.
package relay

import (
	"io"
	"strconv"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"

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

// truncate keeps error messages short whatever a client sent.
func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
