package graph

import (
	"context"

	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/events"
)

// maxFilterIDs is the most ids one list of an ArticleEventFilter takes: a
// filter is matched against every event for every subscriber.
const maxFilterIDs = 100

// subscriberRetryAfter is what a subscriber refused for SUBSCRIBER_LIMIT_EXCEEDED
// is told to wait, in seconds (another node may take it at once).
const subscriberRetryAfter = 5

// follow subscribes ctx's operation to the events f matches, after the
// cursor after when given, and forwards them until the subscription ends:
// its context ends (the client stops it or goes away), or the stream ends
// it (shutting down, or failing to read the outbox), which closes the
// channel. What the client reads of each event (its article, its feedback)
// is resolved later with ctx, as its caller may read it.
func (r *Resolver) follow(ctx context.Context, after *string, f events.Filter) (<-chan *events.Event, error) {
	if r.events == nil {
		return nil, apperr.Errorf(apperr.BadRequest, "this server has no subscriptions")
	}
	var from *int
	if after != nil {
		seq, err := events.ParseCursor("after", *after)
		if err != nil {
			return nil, err
		}
		from = &seq
	}
	// Counted by the stream itself: concurrent subscriptions may pass the
	// bound by a few, which costs nothing.
	if r.maxSubscribers > 0 && r.events.Subscribers() >= r.maxSubscribers {
		return nil, &apperr.Error{
			Code:       apperr.SubscriberLimit,
			Message:    "this server holds as many subscriptions as it may; try again shortly",
			RetryAfter: subscriberRetryAfter,
		}
	}
	// The stream's channel goes straight to gqlgen: no goroutine of ours
	// per subscriber, of which a node may hold tens of thousands.
	sub, err := r.events.Subscribe(ctx, from, f)
	if err != nil {
		return nil, err
	}
	return sub.Events, nil
}

// checkEventFilter refuses an ArticleEventFilter list of more than
// maxFilterIDs ids.
func checkEventFilter(f *events.Filter) error {
	for _, l := range [...]struct {
		field string
		n     int
	}{
		{"categoryIDs", len(f.CategoryIDs)}, {"tagIDs", len(f.TagIDs)}, {"authorIDs", len(f.AuthorIDs)},
		{"personIDs", len(f.PersonIDs)}, {"organizationIDs", len(f.OrganizationIDs)},
	} {
		if l.n > maxFilterIDs {
			return apperr.Invalid(l.field, "a filter takes at most %d ids in one list, this one has %d", maxFilterIDs, l.n)
		}
	}
	return nil
}
