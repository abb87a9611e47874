package graph

import (
	"time"

	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/media"
	"github.com/newsgraph/newsgraph/internal/ratelimit"
	"github.com/newsgraph/newsgraph/internal/webhooks"
)

// Option gives the schema a service beyond the database.
type Option func(*Resolver)

// WithMedia stores uploadMedia's files in store. Without it uploads are off.
func WithMedia(store *media.Store) Option {
	return func(r *Resolver) { r.media = store }
}

// WithEvents serves subscriptions from this node's event stream, holding
// at most maxSubscribers of them at once (no bound when not positive);
// more are refused with SUBSCRIBER_LIMIT_EXCEEDED. Without it,
// subscriptions are refused.
func WithEvents(stream *events.Stream, maxSubscribers int) Option {
	return func(r *Resolver) {
		r.events = stream
		r.maxSubscribers = maxSubscribers
	}
}

// WithoutCompiledQueries answers every operation with gqlgen's executor,
// never with the compiled executor (compiled.go). Tests use it as the
// reference the compiled executor is compared with.
func WithoutCompiledQueries() Option {
	return func(r *Resolver) { r.interpretOnly = true }
}

// WithWebhookPolicy checks the URLs of webhook endpoints against p; without
// it, only public addresses are allowed.
func WithWebhookPolicy(p webhooks.Policy) Option {
	return func(r *Resolver) { r.webhooks = p }
}

// WithFeedbackLimit limits submitFeedback per client address with l instead
// of the default (DefaultFeedbackBurst, then one per DefaultFeedbackInterval,
// in this process's memory). With several nodes on PostgreSQL, l is a
// ratelimit.Shared, which holds across them.
func WithFeedbackLimit(l ratelimit.Limit) Option {
	return func(r *Resolver) { r.feedbackLimit = l }
}

// The default limit on reader feedback per client address: a reader may
// send a few messages in a row, then one a minute. Offices share an address
// behind NAT, hence more than one.
const (
	DefaultFeedbackBurst    = 5
	DefaultFeedbackInterval = time.Minute
)

func (r *Resolver) apply(opts []Option) {
	for _, o := range opts {
		o(r)
	}
	if r.feedbackLimit == nil {
		r.feedbackLimit = ratelimit.New(DefaultFeedbackInterval, DefaultFeedbackBurst)
	}
}
