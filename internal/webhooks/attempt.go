package webhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	entsql "entgo.io/ent/dialect/sql"
	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/ent/webhookattempt"
	"github.com/newsgraph/newsgraph/ent/webhookdelivery"
	"github.com/newsgraph/newsgraph/ent/webhookendpoint"
	"github.com/newsgraph/newsgraph/internal/events"
)

// The retry schedule (Backoff): the delay after the first failed attempt,
// doubling with each failure up to backoffCap, each ±25% at random so
// that endpoints that failed together do not retry together. The first
// delays are short because an endpoint's deliveries wait in order behind
// the one failing: a receiver restarting, or failing one request in ten,
// should hold the rest back seconds, not minutes. With DefaultMaxAttempts
// the last attempt comes about 21 hours after the first.
const (
	backoffBase = 2 * time.Second
	backoffCap  = 6 * time.Hour
	// MaxRetryAfter bounds how long a receiver's Retry-After may hold its
	// next attempt back.
	MaxRetryAfter = time.Hour
	// maxBodyRead is how much of an answer's body is read (and dropped), so
	// that the connection can be used again.
	maxBodyRead = 64 << 10
	// maxErrorText is the longest error text kept in the log (bytes).
	maxErrorText = 1000
)

// Backoff is the delay before the attempt after the n-th failed one (n ≥ 1):
// 2 seconds, doubling up to 6 hours, ±25% at random.
func Backoff(n int) time.Duration {
	return jitter(nominalBackoff(n))
}

// nominalBackoff is Backoff without the jitter.
func nominalBackoff(n int) time.Duration {
	d := backoffBase
	for i := 1; i < n && d < backoffCap; i++ {
		d *= 2
	}
	return min(d, backoffCap)
}

func jitter(d time.Duration) time.Duration {
	return time.Duration(float64(d) * (0.75 + rand.Float64()/2))
}

// EventType is the Standard Webhooks type of an event kind:
// ARTICLE_PUBLISHED is "article.published", FEEDBACK_APPROVED
// "feedback.approved".
func EventType(k event.Kind) string {
	return strings.ToLower(strings.Replace(string(k), "_", ".", 1))
}

// Envelope is the body of every delivery: Standard Webhooks' recommended
// form, the event's type, when it happened and what it is about.
type Envelope struct {
	Type      string    `json:"type"`
	Timestamp time.Time `json:"timestamp"`
	Data      Data      `json:"data"`
}

// Data is what a delivery says of its event, as the event recorded it
// when it happened (the article may have changed or gone since). IDs are
// the API's node IDs.
type Data struct {
	// Cursor is the event's place in the stream: a subscription resumes
	// after it (events.FormatCursor), and it orders one endpoint's events.
	Cursor      string     `json:"cursor"`
	ArticleID   string     `json:"articleId"`
	Slug        string     `json:"slug"`
	Title       string     `json:"title"`
	PublishedAt *time.Time `json:"publishedAt"`
	CategoryID  *string    `json:"categoryId"`
	// FeedbackID is the approved feedback's, on feedback.approved only.
	FeedbackID *string `json:"feedbackId,omitempty"`
}

// Payload is the body of ev's deliveries. It depends on the event alone,
// so every attempt of a delivery sends the same bytes.
func Payload(ev *ent.Event) ([]byte, error) {
	d := Data{
		Cursor:      events.FormatCursor(ev.ID),
		ArticleID:   nodeID(ev.ArticleID),
		Slug:        ev.Slug,
		Title:       ev.Title,
		PublishedAt: ev.PublishedAt,
	}
	if ev.CategoryID != nil {
		id := nodeID(*ev.CategoryID)
		d.CategoryID = &id
	}
	if ev.FeedbackID != nil {
		id := nodeID(*ev.FeedbackID)
		d.FeedbackID = &id
	}
	return json.Marshal(Envelope{Type: EventType(ev.Kind), Timestamp: ev.OccurredAt.UTC(), Data: d})
}

// nodeID is the API's ID of the row id (internal/relay.MarshalID).
func nodeID(id int) string { return strconv.Itoa(id) }

// result is how one attempt went.
type result struct {
	at         time.Time // when it was made, on the deliverer's clock
	outcome    webhookattempt.Outcome
	status     int           // the receiver's HTTP status; 0 for none
	latency    time.Duration // from sending to the status line, or the failure
	err        string        // what went wrong; empty on success
	retryAfter *time.Duration
}

// attempt POSTs del to ep once and records how it went. It reports
// whether the deliverer may go on with ep: not when it lost the lease,
// the receiver answered 410 Gone, or ctx ended; and an error when it could
// make or record no attempt.
func (d *Deliverer) attempt(ctx context.Context, ep *ent.WebhookEndpoint, del *ent.WebhookDelivery) (goOn bool, err error) {
	ev, err := d.client.Event.Get(ctx, del.EventID)
	if ent.IsNotFound(err) {
		return d.record(ctx, ep, del, nil, fmt.Sprintf("event %d is no longer in the outbox", del.EventID))
	}
	if err != nil {
		return false, fmt.Errorf("read event %d: %w", del.EventID, err)
	}
	body, err := Payload(ev)
	if err != nil {
		return false, fmt.Errorf("encode event %d: %w", ev.ID, err)
	}
	wh, err := standardwebhooks.NewWebhook(ep.Secret)
	if err != nil {
		return false, fmt.Errorf("the secret of endpoint %d is not a Standard Webhooks secret: %w", ep.ID, err)
	}
	// The signed timestamp is the wall clock's: receivers check it
	// against theirs.
	sent := time.Now()
	signature, err := wh.Sign(del.WebhookID, sent, body)
	if err != nil {
		return false, fmt.Errorf("sign delivery %d: %w", del.ID, err)
	}
	actx, cancel := context.WithTimeout(ctx, d.opts.AttemptTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodPost, ep.URL, bytes.NewReader(body))
	if err != nil {
		r := &result{at: d.now(), outcome: webhookattempt.OutcomeNETWORK_ERROR, err: err.Error()}
		return d.record(ctx, ep, del, r, "")
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "newsgraph-webhooks")
	req.Header.Set(standardwebhooks.HeaderWebhookID, del.WebhookID)
	req.Header.Set(standardwebhooks.HeaderWebhookTimestamp, strconv.FormatInt(sent.Unix(), 10))
	req.Header.Set(standardwebhooks.HeaderWebhookSignature, signature)

	r := &result{at: d.now()}
	res, err := d.http.Do(req)
	r.latency = time.Since(sent)
	if err != nil {
		if ctx.Err() != nil {
			return false, nil // shutting down: nothing to record; it is made again
		}
		r.outcome, r.err = failure(err)
		return d.record(ctx, ep, del, r, "")
	}
	io.Copy(io.Discard, io.LimitReader(res.Body, maxBodyRead))
	res.Body.Close()
	r.status = res.StatusCode
	switch {
	case res.StatusCode >= 200 && res.StatusCode < 300:
		r.outcome = webhookattempt.OutcomeDELIVERED
	case res.StatusCode == http.StatusGone:
		r.outcome, r.err = webhookattempt.OutcomeGONE, "410 Gone: the receiver asked for no more deliveries; the endpoint is disabled"
	default:
		r.outcome, r.err = webhookattempt.OutcomeHTTP_ERROR, "HTTP "+res.Status
		if res.StatusCode >= 300 && res.StatusCode < 400 {
			r.err += " (redirects are not followed: register the URL it redirects to)"
		}
		if wait, ok := retryAfter(res.Header.Get("Retry-After"), time.Now()); ok {
			r.retryAfter = &wait
		}
	}
	return d.record(ctx, ep, del, r, "")
}

// failure is the outcome of an attempt that got no answer, and why.
func failure(err error) (webhookattempt.Outcome, string) {
	var ne net.Error
	switch {
	case errors.Is(err, ErrForbiddenAddress):
		return webhookattempt.OutcomeREFUSED, err.Error()
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return webhookattempt.OutcomeTIMEOUT, err.Error()
	}
	return webhookattempt.OutcomeNETWORK_ERROR, err.Error()
}

// retryAfter reads a Retry-After header (seconds, or an HTTP date) as a
// delay from now, at most MaxRetryAfter.
func retryAfter(h string, now time.Time) (time.Duration, bool) {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0, false
	}
	var wait time.Duration
	if secs, err := strconv.ParseInt(h, 10, 64); err == nil {
		wait = time.Duration(min(max(secs, 0), int64(MaxRetryAfter/time.Second))) * time.Second
	} else if t, err := http.ParseTime(h); err == nil {
		wait = t.Sub(now)
	} else {
		return 0, false
	}
	return min(max(wait, 0), MaxRetryAfter), true
}

// record writes how an attempt went (r; nil when del is given up on
// without one, for reason) in one transaction, which holds only while
// this deliverer holds ep's lease: an attempt whose lease another
// deliverer took meanwhile is not recorded, and is made again by it. It
// reports whether the deliverer may go on with ep.
func (d *Deliverer) record(ctx context.Context, ep *ent.WebhookEndpoint, del *ent.WebhookDelivery, r *result, reason string) (goOn bool, err error) {
	now := d.now()
	tx, err := d.client.Tx(ctx)
	if err != nil {
		return false, fmt.Errorf("begin: %w", err)
	}
	committed := false
	defer func() {
		if !committed {
			tx.Rollback()
		}
	}()
	lease := entsql.Dialect(d.client.Dialect()).
		Update(webhookendpoint.Table).
		Set(webhookendpoint.FieldLeaseExpiresAt, now.Add(d.opts.Lease)).
		Where(entsql.And(entsql.EQ(webhookendpoint.FieldID, ep.ID), entsql.EQ(webhookendpoint.FieldLeaseOwner, d.opts.Node)))
	gone := r != nil && r.outcome == webhookattempt.OutcomeGONE
	if gone {
		lease.Set(webhookendpoint.FieldDisabledAt, now).Set(webhookendpoint.FieldDisabledReason, r.err)
	}
	held, err := d.exec(ctx, tx, lease)
	if err != nil {
		return false, fmt.Errorf("renew the lease on endpoint %d: %w", ep.ID, err)
	}
	if !held {
		slog.WarnContext(ctx, "webhooks: lost the lease during an attempt; another deliverer makes it again", "endpoint", ep.ID, "delivery", del.ID)
		return false, nil
	}
	upd := tx.WebhookDelivery.UpdateOneID(del.ID)
	dead := false
	switch {
	case r == nil:
		dead = true
		upd.SetStatus(webhookdelivery.StatusDEAD).ClearNextAttemptAt().SetLastError(reason)
	case r.outcome == webhookattempt.OutcomeDELIVERED:
		upd.SetStatus(webhookdelivery.StatusDELIVERED).ClearNextAttemptAt().SetDeliveredAt(now).ClearLastError()
	case gone:
		// Attempted again as soon as the endpoint is resumed.
		upd.SetStatus(webhookdelivery.StatusRETRYING).SetNextAttemptAt(now)
	case del.AttemptCount+1 >= d.opts.MaxAttempts:
		dead = true
		upd.SetStatus(webhookdelivery.StatusDEAD).ClearNextAttemptAt()
	default:
		wait := d.opts.Backoff(del.AttemptCount + 1)
		if r.retryAfter != nil {
			wait = *r.retryAfter
		}
		upd.SetStatus(webhookdelivery.StatusRETRYING).SetNextAttemptAt(now.Add(wait))
	}
	if r != nil {
		upd.SetAttemptCount(del.AttemptCount + 1)
		if r.status != 0 {
			upd.SetLastStatusCode(r.status)
		} else {
			upd.ClearLastStatusCode()
		}
		if r.err != "" {
			upd.SetLastError(truncate(r.err))
		}
		a := tx.WebhookAttempt.Create().
			SetDeliveryID(del.ID).
			SetAttemptedAt(r.at).
			SetOutcome(r.outcome).
			SetLatencyMs(int(r.latency.Milliseconds()))
		if r.status != 0 {
			a.SetStatusCode(r.status)
		}
		if r.err != "" {
			a.SetError(truncate(r.err))
		}
		if err := a.Exec(ctx); err != nil {
			return false, fmt.Errorf("record an attempt of delivery %d: %w", del.ID, err)
		}
	}
	if err := upd.Exec(ctx); err != nil {
		return false, fmt.Errorf("record an attempt of delivery %d: %w", del.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("record an attempt of delivery %d: commit: %w", del.ID, err)
	}
	committed = true
	if r != nil {
		d.metrics.attempts.WithLabelValues(strings.ToLower(string(r.outcome))).Inc()
	}
	if dead {
		d.metrics.dead.Inc()
		slog.WarnContext(ctx, "webhooks: a delivery is dead after its last attempt; the endpoint goes on with its next event",
			"endpoint", ep.ID, "delivery", del.ID, "webhook_id", del.WebhookID)
	}
	return !gone, nil
}

// truncate cuts s to maxErrorText bytes, on a character boundary.
func truncate(s string) string {
	if len(s) <= maxErrorText {
		return s
	}
	s = s[:maxErrorText]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}
