package webhooks

import (
	"context"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/newsgraph/newsgraph/internal/auth"
)

// Claim leases up to n endpoints with work, as Run and DeliverDue do.
func (d *Deliverer) Claim(ctx context.Context, n int) ([]int, error) {
	return d.claim(auth.System(ctx), n)
}

// Enqueue queues the next deliveries of endpoint id, which d must hold.
func (d *Deliverer) Enqueue(ctx context.Context, id int) error {
	ctx = auth.System(ctx)
	ep, err := d.client.WebhookEndpoint.Get(ctx, id)
	if err != nil {
		return err
	}
	_, err = d.enqueue(ctx, ep)
	return err
}

// Counters are d's counters of attempts by outcome and of dead deliveries.
func (d *Deliverer) Counters() (*prometheus.CounterVec, prometheus.Counter) {
	return d.metrics.attempts, d.metrics.dead
}

// NominalBackoff is Backoff without the jitter.
var NominalBackoff = nominalBackoff

// RetryAfter reads a Retry-After header.
var RetryAfter = retryAfter

// AttemptNext makes one attempt of endpoint id's next delivery as d, whether
// or not d holds the lease, as a deliverer does that stalled past its
// lease; it reports whether d may go on.
func (d *Deliverer) AttemptNext(ctx context.Context, id int) (bool, error) {
	ctx = auth.System(ctx)
	ep, err := d.client.WebhookEndpoint.Get(ctx, id)
	if err != nil {
		return false, err
	}
	del, err := nextDelivery(ctx, d.client, id)
	if err != nil {
		return false, err
	}
	return d.attempt(ctx, ep, del)
}
