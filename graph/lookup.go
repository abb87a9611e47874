package graph

import (
	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/relay"
)

// nullIfNotFound makes an unknown slug or id answer null, not an error.
func nullIfNotFound[T any](v *T, err error) (*T, error) {
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return v, err
}

// checkNodeCount bounds nodes(ids:) like a page.
func checkNodeCount(n int) error {
	if n > relay.MaxPageSize {
		return apperr.Invalid("ids", "at most %d ids per request, got %d", relay.MaxPageSize, n)
	}
	return nil
}
