package webhooks

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/ent/webhookattempt"
	"github.com/newsgraph/newsgraph/ent/webhookendpoint"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// metrics are a deliverer's Prometheus figures (Collectors).
type metrics struct {
	attempts *prometheus.CounterVec
	dead     prometheus.Counter
	backlog  *backlogCollector
}

func newMetrics(client *ent.Client, now func() time.Time) *metrics {
	m := &metrics{
		attempts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsgraph_webhook_attempts_total",
			Help: "Webhook delivery attempts this node made, by outcome (delivered, http_error, gone, timeout, network_error, refused).",
		}, []string{"outcome"}),
		dead: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsgraph_webhook_deliveries_dead_total",
			Help: "Webhook deliveries this node gave up on after their last attempt.",
		}),
		backlog: &backlogCollector{
			client: client,
			now:    now,
			lag: prometheus.NewDesc("newsgraph_webhook_lag_events",
				"Outbox events, of every kind, from the oldest one an active webhook endpoint has not had delivered to the newest; the most of any endpoint.", nil, nil),
			oldest: prometheus.NewDesc("newsgraph_webhook_oldest_pending_seconds",
				"How long ago the oldest event an active webhook endpoint has not had delivered happened; 0 when none waits.", nil, nil),
		},
	}
	for _, o := range []webhookattempt.Outcome{
		webhookattempt.OutcomeDELIVERED, webhookattempt.OutcomeHTTP_ERROR, webhookattempt.OutcomeGONE,
		webhookattempt.OutcomeTIMEOUT, webhookattempt.OutcomeNETWORK_ERROR, webhookattempt.OutcomeREFUSED,
	} {
		m.attempts.WithLabelValues(strings.ToLower(string(o))) // every outcome shows, from 0
	}
	return m
}

// Collectors are the deliverer's figures for /metrics
// (server.Options.Collectors): attempts by outcome and dead deliveries,
// counted by this node, and the backlog of every endpoint, read from the
// database at each scrape.
func (d *Deliverer) Collectors() []prometheus.Collector {
	return []prometheus.Collector{d.metrics.attempts, d.metrics.dead, d.metrics.backlog}
}

// Backlog is how far the active endpoints (neither paused nor disabled)
// are behind the outbox.
type Backlog struct {
	// LagEvents is the most outbox events, of every kind, from the oldest
	// an endpoint has not had delivered to the head.
	LagEvents int
	// Oldest is how long ago the oldest event an endpoint has not had
	// delivered happened; 0 when none waits.
	Oldest time.Duration
}

// ReadBacklog reads the backlog at now: one query per active endpoint,
// which an admin registers a handful of.
func ReadBacklog(ctx context.Context, client *ent.Client, now time.Time) (Backlog, error) {
	ctx = auth.System(ctx)
	var b Backlog
	head, err := Head(ctx, client)
	if err != nil {
		return b, err
	}
	eps, err := client.WebhookEndpoint.Query().
		Where(webhookendpoint.Paused(false), webhookendpoint.DisabledAtIsNil()).
		Select(webhookendpoint.FieldID, webhookendpoint.FieldPosition).
		All(ctx)
	if err != nil {
		return b, fmt.Errorf("read webhook endpoints: %w", err)
	}
	for _, ep := range eps {
		first := ep.Position + 1
		next, err := nextDelivery(ctx, client, ep.ID)
		if err != nil {
			return b, fmt.Errorf("read the next delivery of endpoint %d: %w", ep.ID, err)
		}
		if next != nil {
			first = next.EventID
		}
		if first > head {
			continue
		}
		b.LagEvents = max(b.LagEvents, head-first+1)
		ev, err := client.Event.Query().Where(event.IDGTE(first)).Order(ent.Asc(event.FieldID)).
			Select(event.FieldOccurredAt).First(ctx)
		if err != nil {
			return b, fmt.Errorf("read event %d: %w", first, err)
		}
		b.Oldest = max(b.Oldest, now.Sub(ev.OccurredAt))
	}
	return b, nil
}

// backlogCollector reports the Backlog at each scrape.
type backlogCollector struct {
	client      *ent.Client
	now         func() time.Time
	lag, oldest *prometheus.Desc
}

func (c *backlogCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.lag
	ch <- c.oldest
}

// Collect reads the backlog; when the database does not answer it reports
// nothing rather than fail the whole scrape.
func (c *backlogCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	b, err := ReadBacklog(ctx, c.client, c.now())
	if err != nil {
		slog.WarnContext(ctx, "webhooks: read the backlog for /metrics", "err", err)
		return
	}
	ch <- prometheus.MustNewConstMetric(c.lag, prometheus.GaugeValue, float64(b.LagEvents))
	ch <- prometheus.MustNewConstMetric(c.oldest, prometheus.GaugeValue, max(b.Oldest, 0).Seconds())
}
