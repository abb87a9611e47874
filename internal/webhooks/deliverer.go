package webhooks

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/ent/predicate"
	"github.com/newsgraph/newsgraph/ent/webhookdelivery"
	"github.com/newsgraph/newsgraph/ent/webhookendpoint"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// The defaults of Options, which the settings of internal/config repeat.
const (
	DefaultConcurrency    = 8
	DefaultAttemptTimeout = 15 * time.Second
	DefaultMaxAttempts    = 17
	// DefaultPoll is how often a deliverer looks for work: new events in
	// the outbox, retries that have come due. It is the longest an event
	// waits before its first attempt when the deliverer is idle.
	DefaultPoll = time.Second
)

// Tuning of the work itself.
const (
	// enqueueBatch is the most deliveries one step creates from the outbox.
	enqueueBatch = 100
	// claimBudget is the most attempts a deliverer makes on one claim of an
	// endpoint before giving the others their turn.
	claimBudget = 100
	// leaseMargin is how much longer than two attempts a lease lasts: the
	// time for the database writes around one attempt.
	leaseMargin = 5 * time.Second
	// errorPause is how long an endpoint rests after the deliverer failed
	// on its side (the database did not answer), so as not to spin on it.
	errorPause = 10 * time.Second
)

// Options tune a Deliverer; a zero field takes its default.
type Options struct {
	// Concurrency is how many endpoints the deliverer delivers to at once,
	// one delivery in flight each.
	Concurrency int
	// AttemptTimeout is the longest one attempt may take, from dialling to
	// the answer's status line.
	AttemptTimeout time.Duration
	// MaxAttempts is how many attempts a delivery gets before it is DEAD.
	MaxAttempts int
	// Policy is which addresses the deliverer connects to.
	Policy Policy
	// Node names the deliverer in the leases it takes; by default the host
	// name, the process id and a random part.
	Node string
	// Poll is how often Run looks for work (DefaultPoll).
	Poll time.Duration
	// Lease is how long a claim on an endpoint lasts without renewal: how
	// soon another deliverer takes over from one that died. By default
	// twice AttemptTimeout and 5 seconds, so that no attempt outlives the
	// lease it was made under.
	Lease time.Duration
	// Now is the clock that schedules attempts and leases (time.Now).
	Now func() time.Time
	// Backoff is the delay before the attempt after the n-th failed one
	// (Backoff, with jitter).
	Backoff func(n int) time.Duration
}

// Deliverer POSTs the outbox's events to the endpoints that want them,
// with the other deliverers on the same database sharing the work: at
// most one delivery per endpoint in flight across all of them.
type Deliverer struct {
	client   *ent.Client
	postgres bool
	opts     Options
	http     *http.Client
	metrics  *metrics
}

// NewDeliverer returns a deliverer over client with opts.
func NewDeliverer(client *ent.Client, opts Options) *Deliverer {
	if opts.Concurrency <= 0 {
		opts.Concurrency = DefaultConcurrency
	}
	if opts.AttemptTimeout <= 0 {
		opts.AttemptTimeout = DefaultAttemptTimeout
	}
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = DefaultMaxAttempts
	}
	if opts.Node == "" {
		opts.Node = nodeName()
	}
	if opts.Poll <= 0 {
		opts.Poll = DefaultPoll
	}
	if opts.Lease <= 0 {
		opts.Lease = 2*opts.AttemptTimeout + leaseMargin
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Backoff == nil {
		opts.Backoff = Backoff
	}
	return &Deliverer{
		client:   client,
		postgres: client.Dialect() == dialect.Postgres,
		opts:     opts,
		http:     httpClient(opts.Policy),
		metrics:  newMetrics(client, opts.Now),
	}
}

// nodeName names this process in leases: host, pid and a random part, so
// that a restarted process with the same pid is another node.
func nodeName() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b))
}

// httpClient is the client of every attempt: it connects only where p
// allows (checked on the resolved address of every connection), never
// through a proxy, and follows no redirect (a 3xx is a failed attempt).
func httpClient(p Policy) *http.Client {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: p.control}
	return &http.Client{
		Transport: &http.Transport{
			Proxy:                 nil,
			DialContext:           dialer.DialContext,
			ForceAttemptHTTP2:     true,
			MaxIdleConns:          100,
			MaxIdleConnsPerHost:   2,
			IdleConnTimeout:       90 * time.Second,
			TLSHandshakeTimeout:   10 * time.Second,
			ExpectContinueTimeout: time.Second,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// now is the deliverer's clock, in UTC and to the microsecond as the
// store keeps times: PostgreSQL rounds nanoseconds, and a delivery due
// "now" must not read back as due a moment later.
func (d *Deliverer) now() time.Time { return d.opts.Now().UTC().Truncate(time.Microsecond) }

// Run delivers until ctx ends: it claims endpoints with work (new events,
// retries come due) up to Concurrency at a time, looking again every Poll
// and whenever it finishes with one. On return no attempt is in flight and
// its leases are given back.
func (d *Deliverer) Run(ctx context.Context) {
	sys := auth.System(ctx)
	slots := make(chan struct{}, d.opts.Concurrency)
	finished := make(chan struct{}, 1)
	var wg sync.WaitGroup
	defer wg.Wait()
	poll := time.NewTicker(d.opts.Poll)
	defer poll.Stop()
	for {
		if free := cap(slots) - len(slots); free > 0 {
			ids, err := d.claim(sys, free)
			if err != nil && ctx.Err() == nil {
				slog.WarnContext(ctx, "webhooks: claim endpoints", "err", err)
			}
			for _, id := range ids {
				slots <- struct{}{}
				wg.Add(1)
				go func() {
					defer wg.Done()
					d.work(sys, id)
					<-slots
					select {
					case finished <- struct{}{}:
					default:
					}
				}()
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-poll.C:
		case <-finished:
		}
	}
}

// DeliverDue does, now, all the work there is: it claims endpoints with
// work, up to Concurrency at a time, and works through each until nothing
// of it is due, until no endpoint is left with work. It returns how many
// attempts it made. Tests drive a deliverer with it, on their own clock.
func (d *Deliverer) DeliverDue(ctx context.Context) (int, error) {
	sys := auth.System(ctx)
	total := 0
	for {
		ids, err := d.claim(sys, d.opts.Concurrency)
		if err != nil || len(ids) == 0 {
			return total, err
		}
		var (
			wg sync.WaitGroup
			mu sync.Mutex
		)
		for _, id := range ids {
			wg.Add(1)
			go func() {
				defer wg.Done()
				n := d.work(sys, id)
				mu.Lock()
				total += n
				mu.Unlock()
			}()
		}
		wg.Wait()
		if err := ctx.Err(); err != nil {
			return total, err
		}
	}
}

// claimable are the endpoints a deliverer may claim at now, given the
// outbox's head: active, not leased, not waiting for a retry (the endpoint's
// next_attempt_at is its head-of-line delivery's, set by work), and with
// work: a delivery under way, or events in the outbox it has not reached.
func claimable(now time.Time, head int) []predicate.WebhookEndpoint {
	return []predicate.WebhookEndpoint{
		webhookendpoint.Paused(false),
		webhookendpoint.DisabledAtIsNil(),
		webhookendpoint.LeaseExpiresAtLTE(now),
		webhookendpoint.NextAttemptAtLTE(now),
		webhookendpoint.Or(
			webhookendpoint.PositionLT(head),
			webhookendpoint.HasDeliveriesWith(webhookdelivery.StatusIn(webhookdelivery.StatusPENDING, webhookdelivery.StatusRETRYING)),
		),
	}
}

// claim leases up to n endpoints with work to this deliverer, least
// recently leased first, and returns their ids. A cheap read finds
// whether there is any first, so that an idle poll takes no lock.
func (d *Deliverer) claim(ctx context.Context, n int) (ids []int, err error) {
	now := d.now()
	head, err := Head(ctx, d.client)
	if err != nil {
		return nil, err
	}
	where := claimable(now, head)
	found, err := d.client.WebhookEndpoint.Query().Where(where...).Exist(ctx)
	if err != nil || !found {
		return nil, err
	}
	tx, err := d.client.Tx(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	q := tx.WebhookEndpoint.Query().Where(where...).
		Order(ent.Asc(webhookendpoint.FieldLeaseExpiresAt), ent.Asc(webhookendpoint.FieldID)).
		Limit(n)
	if d.postgres {
		// Another deliverer's candidates are skipped, not waited for.
		q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
	}
	candidates, err := q.IDs(ctx)
	if err != nil {
		return nil, fmt.Errorf("find endpoints with work: %w", err)
	}
	for _, id := range candidates {
		// The lease is taken only if nobody holds it: the condition is
		// checked again on the row as it is now.
		ok, err := d.exec(ctx, tx, entsql.Dialect(d.client.Dialect()).
			Update(webhookendpoint.Table).
			Set(webhookendpoint.FieldLeaseOwner, d.opts.Node).
			Set(webhookendpoint.FieldLeaseExpiresAt, now.Add(d.opts.Lease)).
			Where(entsql.And(entsql.EQ(webhookendpoint.FieldID, id), entsql.LTE(webhookendpoint.FieldLeaseExpiresAt, now))))
		if err != nil {
			return nil, fmt.Errorf("lease webhook endpoint %d: %w", id, err)
		}
		if ok {
			ids = append(ids, id)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return ids, nil
}

// exec runs the update u through tx and reports whether it changed a row.
func (d *Deliverer) exec(ctx context.Context, tx *ent.Tx, u *entsql.UpdateBuilder) (bool, error) {
	query, args := u.Query()
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// work delivers to endpoint id, which this deliverer has just claimed,
// until nothing of it is due, the lease is lost or the budget is spent,
// then gives the lease back, with the time its next delivery is due when
// that is what stopped it. It returns how many attempts it made.
func (d *Deliverer) work(ctx context.Context, id int) (attempts int) {
	var due *time.Time
	defer func() { d.release(ctx, id, due) }()
	failed := func(what string, err error) int {
		if ctx.Err() == nil {
			slog.WarnContext(ctx, "webhooks: "+what, "endpoint", id, "err", err)
			pause := d.now().Add(errorPause)
			due = &pause
		}
		return attempts
	}
	for attempts < claimBudget && ctx.Err() == nil {
		ep, err := d.renew(ctx, id)
		if err != nil {
			return failed("renew the lease", err)
		}
		if ep == nil {
			return attempts // lost, or the endpoint was paused, disabled or deleted
		}
		next, err := nextDelivery(ctx, d.client, id)
		if err != nil {
			return failed("read the next delivery", err)
		}
		if next == nil {
			advanced, err := d.enqueue(ctx, ep)
			if err != nil {
				return failed("queue deliveries", err)
			}
			if !advanced {
				return attempts
			}
			continue
		}
		if next.NextAttemptAt != nil && next.NextAttemptAt.After(d.now()) {
			due = next.NextAttemptAt
			return attempts
		}
		goOn, err := d.attempt(ctx, ep, next)
		if err != nil {
			return failed("deliver", err)
		}
		attempts++
		if !goOn {
			return attempts
		}
	}
	return attempts
}

// renew extends this deliverer's lease on endpoint id and reads the
// endpoint; nil when the lease is lost, or the endpoint was paused,
// disabled or deleted meanwhile.
func (d *Deliverer) renew(ctx context.Context, id int) (*ent.WebhookEndpoint, error) {
	tx, err := d.client.Tx(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	ok, err := d.exec(ctx, tx, entsql.Dialect(d.client.Dialect()).
		Update(webhookendpoint.Table).
		Set(webhookendpoint.FieldLeaseExpiresAt, d.now().Add(d.opts.Lease)).
		Where(entsql.And(
			entsql.EQ(webhookendpoint.FieldID, id),
			entsql.EQ(webhookendpoint.FieldLeaseOwner, d.opts.Node),
			entsql.EQ(webhookendpoint.FieldPaused, false),
			entsql.IsNull(webhookendpoint.FieldDisabledAt),
		)))
	if err != nil || !ok {
		return nil, err
	}
	ep, err := tx.WebhookEndpoint.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return ep, tx.Commit()
}

// release gives this deliverer's lease on endpoint id back, so that any
// deliverer may claim it as soon as it has work: at once, or at due when
// its next delivery waits until then.
func (d *Deliverer) release(ctx context.Context, id int, due *time.Time) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	u := entsql.Dialect(d.client.Dialect()).
		Update(webhookendpoint.Table).
		Set(webhookendpoint.FieldLeaseOwner, "").
		Set(webhookendpoint.FieldLeaseExpiresAt, d.now()).
		Where(entsql.And(entsql.EQ(webhookendpoint.FieldID, id), entsql.EQ(webhookendpoint.FieldLeaseOwner, d.opts.Node)))
	if due != nil {
		u.Set(webhookendpoint.FieldNextAttemptAt, due.UTC())
	}
	query, args := u.Query()
	if _, err := d.client.ExecContext(ctx, query, args...); err != nil {
		slog.WarnContext(ctx, "webhooks: give a lease back", "endpoint", id, "err", err)
	}
}

// nextDelivery is endpoint id's next delivery: of those under way
// (PENDING or RETRYING), the one of the oldest event. Nil when none is
// under way.
func nextDelivery(ctx context.Context, client *ent.Client, id int) (*ent.WebhookDelivery, error) {
	del, err := client.WebhookDelivery.Query().
		Where(
			webhookdelivery.HasEndpointWith(webhookendpoint.ID(id)),
			webhookdelivery.StatusIn(webhookdelivery.StatusPENDING, webhookdelivery.StatusRETRYING),
		).
		Order(ent.Asc(webhookdelivery.FieldEventID)).
		First(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return del, err
}

// enqueue creates the deliveries of the next events ep wants, at most
// enqueueBatch, and moves its position past them (and past the events it
// does not want), in one transaction that holds only while this deliverer
// holds the lease. It reports whether the position moved.
func (d *Deliverer) enqueue(ctx context.Context, ep *ent.WebhookEndpoint) (advanced bool, err error) {
	tx, err := d.client.Tx(ctx)
	if err != nil {
		return false, fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if !advanced || err != nil {
			tx.Rollback()
		}
	}()
	head, err := Head(ctx, tx.Client())
	if err != nil || head <= ep.Position {
		return false, err
	}
	q := tx.Event.Query().Where(event.IDGT(ep.Position), event.IDLTE(head))
	if len(ep.Events) > 0 {
		ks := make([]event.Kind, len(ep.Events))
		for i, k := range ep.Events {
			ks[i] = event.Kind(k)
		}
		q.Where(event.KindIn(ks...))
	}
	evs, err := q.Order(ent.Asc(event.FieldID)).Select(event.FieldID, event.FieldKind).Limit(enqueueBatch).All(ctx)
	if err != nil {
		return false, fmt.Errorf("read the outbox after %d: %w", ep.Position, err)
	}
	position := head
	if len(evs) == enqueueBatch {
		position = evs[len(evs)-1].ID
	}
	ok, err := d.exec(ctx, tx, entsql.Dialect(d.client.Dialect()).
		Update(webhookendpoint.Table).
		Set(webhookendpoint.FieldPosition, position).
		Where(entsql.And(
			entsql.EQ(webhookendpoint.FieldID, ep.ID),
			entsql.EQ(webhookendpoint.FieldLeaseOwner, d.opts.Node),
			entsql.EQ(webhookendpoint.FieldPosition, ep.Position),
		)))
	if err != nil || !ok {
		return false, err
	}
	now := d.now()
	creates := make([]*ent.WebhookDeliveryCreate, len(evs))
	for i, e := range evs {
		creates[i] = tx.WebhookDelivery.Create().
			SetEndpointID(ep.ID).
			SetEventID(e.ID).
			SetEventKind(webhookdelivery.EventKind(e.Kind)).
			SetWebhookID(newMessageID()).
			SetNextAttemptAt(now)
	}
	if len(creates) > 0 {
		if err := tx.WebhookDelivery.CreateBulk(creates...).Exec(ctx); err != nil {
			return false, fmt.Errorf("queue %d deliveries: %w", len(creates), err)
		}
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("commit: %w", err)
	}
	return true, nil
}
