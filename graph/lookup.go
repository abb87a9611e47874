package graph

import (
	"context"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/relay"
)

// nodeByID loads the node with id as the caller may see it, or nil. A
// merged person's or organization's id answers as the one it was merged
// into, so that what was linked before a merge (node(id:), an import's
// entities) still answers.
func nodeByID(ctx context.Context, c *ent.Client, id int) (ent.Noder, error) {
	n, err := c.Noder(ctx, id)
	if ent.IsNotFound(err) {
		to, ferr := merge.Follow(ctx, c, id)
		if ferr != nil || to == 0 {
			return nil, ferr
		}
		n, err = c.Noder(ctx, to)
	}
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return n, err
}

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
