package webhooks_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/ent/webhookdelivery"
	"github.com/newsgraph/newsgraph/ent/webhookendpoint"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/webhooks"
)

var ctx = auth.System(context.Background()) // tests set up their data as the system

// TestMain keeps the deliverer's expected warnings (dead deliveries, refused
// addresses) out of the test output.
func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})))
	testdb.Main(m)
}

// local is the policy of tests whose receivers listen on 127.0.0.1.
var local = webhooks.Policy{AllowPrivate: true}

// clock is a test's clock, moved on by hand: retries come due when the
// test says so, not when time passes.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Now().UTC().Truncate(time.Microsecond)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// minutes is the tests' backoff: n minutes after the n-th failure.
func minutes(n int) time.Duration { return time.Duration(n) * time.Minute }

// newDeliverer is a deliverer over db on clk's time that backs off by
// minutes, connecting where p allows.
func newDeliverer(db *database.DB, clk *clock, p webhooks.Policy, opts webhooks.Options) *webhooks.Deliverer {
	opts.Policy, opts.Now = p, clk.Now
	if opts.Backoff == nil {
		opts.Backoff = minutes
	}
	return webhooks.NewDeliverer(db.Client, opts)
}

// received is one request a receiver got.
type received struct {
	header http.Header
	body   []byte
	env    webhooks.Envelope
}

func (r received) id() string { return r.header.Get("webhook-id") }

// receiver is a webhook endpoint's server: it records every request and
// answers as answer says (nil: 204).
type receiver struct {
	*httptest.Server
	answer func(r received, seen int) (status int, header http.Header)

	mu   sync.Mutex
	got  []received
	seen map[string]int // attempts so far, by webhook-id
	hit  chan struct{}  // a request came
}

func newReceiver(t *testing.T, answer func(r received, seen int) (int, http.Header)) *receiver {
	t.Helper()
	rc := &receiver{answer: answer, seen: map[string]int{}, hit: make(chan struct{}, 1)}
	rc.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		got := received{header: r.Header.Clone(), body: body}
		if err := json.Unmarshal(body, &got.env); err != nil {
			t.Errorf("the body is not an envelope: %s", body)
		}
		rc.mu.Lock()
		seen := rc.seen[got.id()]
		rc.seen[got.id()]++
		rc.got = append(rc.got, got)
		rc.mu.Unlock()
		status, header := http.StatusNoContent, http.Header(nil)
		if rc.answer != nil {
			status, header = rc.answer(got, seen)
		}
		for k, v := range header {
			w.Header()[k] = v
		}
		w.WriteHeader(status)
		select {
		case rc.hit <- struct{}{}:
		default:
		}
	}))
	t.Cleanup(rc.Close)
	return rc
}

// requests are the requests so far, in the order they came.
func (rc *receiver) requests() []received {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return slices.Clone(rc.got)
}

// failFirst fails the first attempt of every delivery with 500.
func failFirst(_ received, seen int) (int, http.Header) {
	if seen == 0 {
		return http.StatusInternalServerError, nil
	}
	return http.StatusOK, nil
}

// register registers an endpoint at url for kinds through webhooks.Create
// and returns it with its secret.
func register(t *testing.T, db *database.DB, url string, kinds ...string) (*ent.WebhookEndpoint, string) {
	t.Helper()
	var ks []event.Kind
	for _, k := range kinds {
		ks = append(ks, event.Kind(k))
	}
	ep, secret, err := webhooks.Create(ctx, db.Client, local, url, ks)
	if err != nil {
		t.Fatal(err)
	}
	return ep, secret
}

// publish publishes an article now, which writes its ARTICLE_PUBLISHED event.
func publish(t *testing.T, db *database.DB, title string) *ent.Article {
	t.Helper()
	return db.Article.Create().SetTitle(title).SetStatus(article.StatusPUBLISHED).
		SetPublishedAt(time.Now().Add(-time.Minute).UTC().Truncate(time.Second)).SaveX(ctx)
}

// deliverDue runs d.DeliverDue and returns how many attempts it made.
func deliverDue(t *testing.T, d *webhooks.Deliverer) int {
	t.Helper()
	n, err := d.DeliverDue(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// verify checks r's signature with the Standard Webhooks library, as a
// receiver does.
func verify(t *testing.T, secret string, r received) {
	t.Helper()
	wh, err := standardwebhooks.NewWebhook(secret)
	if err != nil {
		t.Fatal(err)
	}
	if err := wh.Verify(r.body, r.header); err != nil {
		t.Errorf("delivery %s does not verify: %v", r.id(), err)
	}
}

// deliveries are ep's deliveries, oldest event first, with their attempts.
func deliveries(t *testing.T, db *database.DB, ep *ent.WebhookEndpoint) []*ent.WebhookDelivery {
	t.Helper()
	return db.WebhookDelivery.Query().
		Where(webhookdelivery.HasEndpointWith(webhookendpoint.ID(ep.ID))).
		WithAttempts().
		Order(ent.Asc(webhookdelivery.FieldEventID)).
		AllX(ctx)
}

// cursors are the event cursors of rs, in order.
func cursors(rs []received) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.env.Data.Cursor
	}
	return out
}

// ids are the webhook-ids of rs, in order.
func ids(rs []received) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.id()
	}
	return out
}

// seq is the sequence number of an event cursor.
func seq(t *testing.T, cursor string) int {
	t.Helper()
	n, err := events.ParseCursor("cursor", cursor)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// inOrder reports whether the cursors never go back (a retry repeats one).
func inOrder(t *testing.T, cs []string) bool {
	t.Helper()
	for i := 1; i < len(cs); i++ {
		if seq(t, cs[i]) < seq(t, cs[i-1]) {
			return false
		}
	}
	return true
}

// waitFor waits until done holds, looking again whenever wake fires, or
// fails the test at the deadline.
func waitFor(t *testing.T, what string, wake <-chan struct{}, done func() bool) {
	t.Helper()
	deadline := time.NewTimer(60 * time.Second)
	defer deadline.Stop()
	for !done() {
		select {
		case <-wake:
		case <-deadline.C:
			t.Fatalf("gave up waiting: %s", what)
		}
	}
}
