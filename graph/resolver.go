// Package graph is newsgraph's GraphQL API: the SDL (ent.graphql, generated
// from the content model, and the hand-written *.graphql beside it) and its
// resolvers, one file per .graphql file.
package graph

import (
	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/graph/generated"
	"github.com/newsgraph/newsgraph/internal/media"
	"github.com/newsgraph/newsgraph/internal/ratelimit"
	"github.com/newsgraph/newsgraph/internal/search"
)

// Resolver holds what every resolver needs.
type Resolver struct {
	client *ent.Client
	media  *media.Store // nil: uploads are off
	// feedbackLimit limits submitFeedback per client address.
	feedbackLimit *ratelimit.Limiter
	search        *search.Index
}

// NewSchema returns the executable schema over client.
func NewSchema(client *ent.Client, opts ...Option) graphql.ExecutableSchema {
	r := &Resolver{client: client, search: search.New(client)}
	r.apply(opts)
	return generated.NewExecutableSchema(generated.Config{
		Resolvers: r,
	})
}
