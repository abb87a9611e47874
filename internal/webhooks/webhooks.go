// Package webhooks owns newsgraph's webhooks: the endpoints admins register
// (Create, Update, Delete, Redeliver, and the Policy their URLs must meet),
// and the Deliverer that POSTs the events of the outbox (internal/events)
// to them, signed per the Standard Webhooks specification with its Go
// library, at least once, in order per endpoint, retrying with exponential
// backoff and jitter for about a day before a delivery is DEAD.
//
// The queue is the outbox itself: each endpoint keeps its position in it
// (the sequence number of the last event it was handed), and a delivery
// row per event it wants, created as the endpoint reaches the event. A
// deliverer claims an endpoint with a lease (FOR UPDATE SKIP LOCKED on
// PostgreSQL; SQLite has one writer) and alone works through the
// endpoint's deliveries, oldest event first, one at a time, until none is
// due; every write it makes checks that it still holds the lease. A
// deliverer that dies loses its leases when they expire, and another (or
// itself, restarted) delivers the same event again, with the same
// webhook-id. docs/live.md#webhooks says why this is not a general job queue.
package webhooks

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"slices"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/ent/webhookdelivery"
	"github.com/newsgraph/newsgraph/ent/webhookendpoint"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// secretPrefix and messagePrefix are Standard Webhooks' prefixes of a
// signing secret (the rest is its base64) and a message id.
const (
	secretPrefix  = "whsec_"
	messagePrefix = "msg_"
)

// newSecret makes a signing secret: whsec_ and 32 random bytes in base64,
// the form the Standard Webhooks libraries read.
func newSecret() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("make a webhook secret: %w", err)
	}
	return secretPrefix + base64.StdEncoding.EncodeToString(b), nil
}

// newMessageID makes a webhook-id: msg_ and 16 random bytes.
func newMessageID() string {
	b := make([]byte, 16)
	rand.Read(b) // never fails (crypto/rand)
	return messagePrefix + base64.RawURLEncoding.EncodeToString(b)
}

// kinds checks and deduplicates the event kinds an endpoint asks for, as
// stored; nil and empty mean every kind.
func kinds(field string, ks []event.Kind) ([]string, error) {
	out := []string{}
	for _, k := range ks {
		if err := event.KindValidator(k); err != nil {
			return nil, apperr.Invalid(field, "%q is not a kind of event", k)
		}
		if !slices.Contains(out, string(k)) {
			out = append(out, string(k))
		}
	}
	slices.Sort(out)
	return out, nil
}

// notFound is NOT_FOUND naming the argument that named nothing.
func notFound(field, format string, args ...any) error {
	return &apperr.Error{Code: apperr.NotFound, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Head is the sequence number of the newest event in the outbox, 0 for
// none. client may be a transaction's.
func Head(ctx context.Context, client *ent.Client) (int, error) {
	e, err := client.Event.Query().Order(ent.Desc(event.FieldID)).Select(event.FieldID).First(auth.System(ctx))
	if ent.IsNotFound(err) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read the newest event: %w", err)
	}
	return e.ID, nil
}

// Create registers an endpoint at rawURL for the event kinds ks (none:
// every kind) through client, as ctx's caller, and returns it with its
// signing secret, which exists only in this answer and in the store. The
// endpoint starts at the head of the outbox: it receives the events that
// come after it, not the history.
func Create(ctx context.Context, client *ent.Client, p Policy, rawURL string, ks []event.Kind) (*ent.WebhookEndpoint, string, error) {
	u, err := p.CheckURL(ctx, "url", rawURL)
	if err != nil {
		return nil, "", err
	}
	stored, err := kinds("events", ks)
	if err != nil {
		return nil, "", err
	}
	secret, err := newSecret()
	if err != nil {
		return nil, "", err
	}
	head, err := Head(ctx, client)
	if err != nil {
		return nil, "", err
	}
	ep, err := client.WebhookEndpoint.Create().
		SetURL(u).
		SetEvents(stored).
		SetSecret(secret).
		SetPosition(head).
		Save(ctx)
	if err != nil {
		return nil, "", fmt.Errorf("create webhook endpoint: %w", err)
	}
	return ep, secret, nil
}

// Update changes what is given of endpoint id: its URL, its event kinds
// (nil: unchanged; empty: every kind), whether it is paused. Resuming it
// (paused false) or giving it a URL also re-enables an endpoint that a
// 410 Gone disabled.
func Update(ctx context.Context, client *ent.Client, p Policy, id int, rawURL *string, ks []event.Kind, paused *bool) (*ent.WebhookEndpoint, error) {
	ep, err := client.WebhookEndpoint.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, notFound("id", "no webhook endpoint with id %d", id)
	}
	if err != nil {
		return nil, fmt.Errorf("find webhook endpoint %d: %w", id, err)
	}
	upd := ep.Update()
	if rawURL != nil {
		u, err := p.CheckURL(ctx, "url", *rawURL)
		if err != nil {
			return nil, err
		}
		upd.SetURL(u).ClearDisabledAt().ClearDisabledReason()
	}
	if ks != nil {
		stored, err := kinds("events", ks)
		if err != nil {
			return nil, err
		}
		upd.SetEvents(stored)
	}
	if paused != nil {
		upd.SetPaused(*paused)
		if !*paused {
			upd.ClearDisabledAt().ClearDisabledReason()
		}
	}
	ep, err = upd.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("update webhook endpoint %d: %w", id, err)
	}
	return ep, nil
}

// Delete removes endpoint id with its deliveries and their attempts. A
// delivery in flight is not recorded.
func Delete(ctx context.Context, client *ent.Client, id int) error {
	err := client.WebhookEndpoint.DeleteOneID(id).Exec(ctx)
	if ent.IsNotFound(err) {
		return notFound("id", "no webhook endpoint with id %d", id)
	}
	if err != nil {
		return fmt.Errorf("delete webhook endpoint %d: %w", id, err)
	}
	return nil
}

// Redeliver queues delivery id again, at once and with the same
// webhook-id: a DELIVERED or DEAD one becomes PENDING with its attempt
// count at 0, a PENDING or RETRYING one is attempted now rather than at
// its next attempt. It goes before the endpoint's later events, so a
// receiver may see it after events that followed it; receivers drop
// duplicates by webhook-id. An endpoint paused or disabled gets it when
// resumed.
func Redeliver(ctx context.Context, client *ent.Client, id int, now time.Time) (*ent.WebhookDelivery, error) {
	now = now.UTC().Truncate(time.Microsecond) // as the deliverer's clock
	d, err := client.WebhookDelivery.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, notFound("deliveryId", "no webhook delivery with id %d", id)
	}
	if err != nil {
		return nil, fmt.Errorf("find webhook delivery %d: %w", id, err)
	}
	upd := d.Update().SetNextAttemptAt(now)
	if d.Status == webhookdelivery.StatusDELIVERED || d.Status == webhookdelivery.StatusDEAD {
		upd.SetStatus(webhookdelivery.StatusPENDING).SetAttemptCount(0).ClearDeliveredAt()
	}
	d, err = upd.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("redeliver webhook delivery %d: %w", id, err)
	}
	// It may be at the head of its endpoint's line now: the endpoint has
	// something due.
	epID, err := d.QueryEndpoint().OnlyID(ctx)
	if err != nil {
		return nil, fmt.Errorf("find the endpoint of webhook delivery %d: %w", id, err)
	}
	query, args := entsql.Dialect(client.Dialect()).
		Update(webhookendpoint.Table).
		Set(webhookendpoint.FieldNextAttemptAt, now).
		Where(entsql.EQ(webhookendpoint.FieldID, epID)).
		Query()
	if _, err := client.ExecContext(ctx, query, args...); err != nil {
		return nil, fmt.Errorf("redeliver webhook delivery %d: %w", id, err)
	}
	return d, nil
}
