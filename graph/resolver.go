// Package graph is newsgraph's GraphQL API: the SDL (ent.graphql, generated
// from the content model, and the hand-written *.graphql beside it) and its
// resolvers, one file per .graphql file.
package graph

import (
	"fmt"

	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/graph/generated"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/media"
	"github.com/newsgraph/newsgraph/internal/ratelimit"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/webhooks"
)

// Resolver holds what every resolver needs.
type Resolver struct {
	client *ent.Client
	media  *media.Store // nil: uploads are off
	// feedbackLimit limits submitFeedback per client address.
	feedbackLimit ratelimit.Limit
	search        *search.Index
	// events feeds subscriptions (live.go); nil: none. maxSubscribers
	// bounds how many this node holds at once.
	events         *events.Stream
	maxSubscribers int
	// interpretOnly turns the compiled executor (compiled.go) off.
	interpretOnly bool
	// webhooks is what webhook endpoint URLs must meet.
	webhooks webhooks.Policy
}

// NewSchema returns the executable schema over client.
func NewSchema(client *ent.Client, opts ...Option) graphql.ExecutableSchema {
	r := &Resolver{client: client, search: search.New(client)}
	r.apply(opts)
	es := accessSchema{generated.NewExecutableSchema(generated.Config{
		Schema:     servedSchema(),
		Resolvers:  r,
		Directives: generated.DirectiveRoot{HasRole: hasRole},
	})}
	if r.interpretOnly {
		return es
	}
	compiled, err := newCompiledSchema(es, r)
	if err != nil {
		// The schema graph and the GraphQL schema are both generated from
		// ent/schema: they disagree only if generation is out of date.
		panic(fmt.Sprintf("graph: compile schema: %v", err))
	}
	return compiled
}
