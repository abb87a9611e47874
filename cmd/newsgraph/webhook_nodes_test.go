package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

// hookRequest is one delivery a hookReceiver answered 2xx.
type hookRequest struct {
	ID     string // webhook-id
	Cursor string // data.cursor
	Seq    int    // the event's number, from the cursor
	At     time.Time
}

// hookReceiver is a webhook endpoint on 127.0.0.1 that verifies every
// request with the Standard Webhooks library. Its first request hangs: it
// is never answered, and ends only when the sender's connection does; every
// later one is answered 200 once released, and is recorded.
type hookReceiver struct {
	srv *httptest.Server

	mu     sync.Mutex
	wh     *standardwebhooks.Webhook
	got    []hookRequest // answered 2xx, in arrival order
	bad    []string      // what did not verify or parse
	busy   bool          // a request is in the handler
	nested []string      // requests that came while another was in the handler
	first  *hookRequest  // the hung request

	hung        chan struct{} // closed when the first request has arrived
	hungEnded   chan struct{} // closed when its connection has ended
	killed      atomic.Bool   // set just before its sender is killed
	endedEarly  atomic.Bool   // its connection ended before the kill
	release     chan struct{} // closed: later requests are answered
	releaseOnce sync.Once
}

// newHookReceiver starts a receiver, closed when t ends (after the nodes
// stopped: it is started before them).
func newHookReceiver(t *testing.T) *hookReceiver {
	r := &hookReceiver{
		hung:      make(chan struct{}),
		hungEnded: make(chan struct{}),
		release:   make(chan struct{}),
	}
	r.srv = httptest.NewServer(http.HandlerFunc(r.serve))
	if !strings.HasPrefix(r.srv.URL, "http://127.0.0.1:") {
		r.srv.Close()
		t.Fatalf("receiver at %s, want 127.0.0.1", r.srv.URL)
	}
	t.Cleanup(r.srv.Close)
	t.Cleanup(r.releaseAll) // first: Close waits for the handlers
	return r
}

func (r *hookReceiver) releaseAll() { r.releaseOnce.Do(func() { close(r.release) }) }

// setSecret gives the receiver the endpoint's secret to verify with.
func (r *hookReceiver) setSecret(t *testing.T, secret string) {
	wh, err := standardwebhooks.NewWebhook(secret)
	if err != nil {
		t.Fatalf("createWebhookEndpoint returned a secret the library refuses: %v", err)
	}
	r.mu.Lock()
	r.wh = wh
	r.mu.Unlock()
}

func (r *hookReceiver) fail(w http.ResponseWriter, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	r.mu.Lock()
	r.bad = append(r.bad, msg)
	r.mu.Unlock()
	http.Error(w, msg, http.StatusBadRequest)
}

func (r *hookReceiver) serve(w http.ResponseWriter, req *http.Request) {
	body, err := io.ReadAll(req.Body)
	if err != nil {
		return // the sender went away
	}
	r.mu.Lock()
	wh := r.wh
	r.mu.Unlock()
	if wh == nil {
		r.fail(w, "a request before the endpoint existed")
		return
	}
	if err := wh.Verify(body, req.Header); err != nil {
		r.fail(w, "webhook-id %q: signature: %v", req.Header.Get("webhook-id"), err)
		return
	}
	var env struct {
		Type string
		Data struct{ Cursor string }
	}
	if err := json.Unmarshal(body, &env); err != nil {
		r.fail(w, "webhook-id %q: body %q: %v", req.Header.Get("webhook-id"), body, err)
		return
	}
	seq, err := strconv.Atoi(strings.TrimPrefix(env.Data.Cursor, "ev:"))
	if err != nil || !strings.HasPrefix(env.Data.Cursor, "ev:") {
		r.fail(w, "webhook-id %q: cursor %q", req.Header.Get("webhook-id"), env.Data.Cursor)
		return
	}
	got := hookRequest{ID: req.Header.Get("webhook-id"), Cursor: env.Data.Cursor, Seq: seq, At: time.Now()}

	r.mu.Lock()
	if r.busy {
		// One delivery per endpoint in flight, across all nodes.
		r.nested = append(r.nested, got.ID+" "+got.Cursor)
	}
	r.busy = true
	first := r.first == nil
	if first {
		r.first = &got
	}
	r.mu.Unlock()

	if first {
		close(r.hung)
		<-req.Context().Done() // never answered: only its connection ends it
		if !r.killed.Load() {
			r.endedEarly.Store(true)
		}
		r.mu.Lock()
		r.busy = false
		r.mu.Unlock()
		close(r.hungEnded)
		return
	}
	select {
	case <-r.release:
		w.WriteHeader(http.StatusOK)
	case <-req.Context().Done():
	}
	r.mu.Lock()
	r.busy = false
	if req.Context().Err() == nil {
		r.got = append(r.got, got)
	}
	r.mu.Unlock()
}

// snapshot returns what the receiver answered and refused so far.
func (r *hookReceiver) snapshot() (got []hookRequest, bad, nested []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]hookRequest(nil), r.got...), append([]string(nil), r.bad...), append([]string(nil), r.nested...)
}

// waitFor waits for ch to close, failing t after within.
func waitFor(t *testing.T, ch <-chan struct{}, within time.Duration, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(within):
		t.Fatalf("waited %s for %s", within, what)
	}
}

// `kill -9` of the node that holds a webhook delivery, and every
// acknowledged event is still delivered: the node is killed in the middle
// of an attempt (the receiver holds the request open), with more events
// written and acknowledged meanwhile; once its lease expires, the same node
// restarted, or another node that was running all along, sends the
// interrupted delivery again with the same webhook-id, then the rest: each
// event at least once, once by webhook-id, in cursor order.
func TestWebhookDeliveriesSurviveKill9(t *testing.T) {
	t.Run("the same node restarted", func(t *testing.T) { webhookKill9(t, false) })
	t.Run("another node takes over", func(t *testing.T) { webhookKill9(t, true) })
}

// webhookKill9 runs the scenario on a fresh database. With takeover, a
// second node joins while the first one's delivery hangs (the first was
// alone when it claimed the endpoint, so the lease is its own), the first
// is killed and not restarted, and the second must take over.
func webhookKill9(t *testing.T, takeover bool) {
	const more = 4 // articles published while the delivery hangs
	// The attempt timeout bounds how long the hung attempt lives before
	// the node would give it up itself: the kill must come first. It is
	// longer with a takeover, which starts a node meanwhile.
	attemptTimeout := 2 * time.Second
	if takeover {
		attemptTimeout = 5 * time.Second
	}
	lease := 2*attemptTimeout + 5*time.Second // internal/webhooks: leaseMargin

	url := testdb.PostgresURL(t)
	rcv := newHookReceiver(t)
	c := testnode.Start(t, url, 1, "--webhook-allow-private=true", "--webhook-attempt-timeout="+attemptTimeout.String())
	a := c.Nodes[0]
	admin, editor := c.Token(t, "admin"), c.Token(t, "editor")

	var created struct {
		CreateWebhookEndpoint struct {
			Endpoint struct{ ID string }
			Secret   string
		}
	}
	a.Query(t, admin, `mutation($url: String!) { createWebhookEndpoint(url: $url) { endpoint { id } secret } }`,
		map[string]any{"url": rcv.srv.URL + "/hooks"}, &created)
	rcv.setSecret(t, created.CreateWebhookEndpoint.Secret)

	// The first event's delivery hangs: the node is in the middle of an
	// attempt, holding the endpoint's lease.
	published := []string{publishOn(t, a, editor, "Bài đầu tiên, giao dở dang")}
	waitFor(t, rcv.hung, 30*time.Second, "the first delivery")
	hungAt := time.Now()

	other := a
	if takeover {
		other = c.Add(t)
	}
	for i := range more {
		published = append(published, publishOn(t, other, editor, fmt.Sprintf("Đăng khi giao hàng bị treo %d", i+1)))
	}
	if got, _, _ := rcv.snapshot(); len(got) > 0 {
		t.Errorf("while the first delivery hangs, %d more were answered: %+v", len(got), got)
	}
	rcv.killed.Store(true)
	a.Kill(t)
	killedAt := time.Now()
	t.Logf("killed %s %s after the hung delivery arrived (attempt timeout %s, lease %s)", a.Name, killedAt.Sub(hungAt).Round(time.Millisecond), attemptTimeout, lease)
	waitFor(t, rcv.hungEnded, 30*time.Second, "the hung delivery's connection to end with the node")
	if rcv.endedEarly.Load() {
		t.Fatalf("the hung delivery ended before the kill (the attempt timed out after %s): the node was not killed in the middle of it; raise the attempt timeout", attemptTimeout)
	}

	// Every acknowledged event, as the outbox has it: nothing runs that
	// could write more (the other node, when there is one, is idle).
	events := outboxEvents(t, url)
	if len(events) == 0 {
		t.Fatal("no event in the outbox")
	}
	if len(events) != len(published) {
		t.Errorf("%d events in the outbox, want %d (one ARTICLE_PUBLISHED per publication): %+v", len(events), len(published), events)
	}
	for i, id := range published {
		if i < len(events) && (events[i].articleID != id || events[i].kind != "ARTICLE_PUBLISHED") {
			t.Errorf("event %d: %+v, want ARTICLE_PUBLISHED of article %s", i+1, events[i], id)
		}
	}

	rcv.releaseAll()
	if takeover {
		if a.Running() {
			t.Fatalf("%s runs after SIGKILL", a.Name)
		}
	} else {
		a.Restart(t)
		other = a
	}

	// Every event delivered, and the log says so.
	want := map[string]bool{}
	for _, e := range events {
		want[fmt.Sprintf("ev:%d", e.id)] = true
	}
	var log []deliveryLog
	waitUntil(t, 2*lease+30*time.Second, "every acknowledged event delivered and logged", func() bool {
		got, _, _ := rcv.snapshot()
		seen := map[string]bool{}
		for _, g := range got {
			seen[g.Cursor] = true
		}
		for cursor := range want {
			if !seen[cursor] {
				return false
			}
		}
		log = deliveries(t, other, admin)
		for _, d := range log {
			if d.Status != "DELIVERED" {
				return false
			}
		}
		return len(log) == len(want)
	})

	got, bad, nested := rcv.snapshot()
	hung := *rcv.first
	for _, b := range bad {
		t.Errorf("receiver refused: %s", b)
	}
	for _, n := range nested {
		t.Errorf("a delivery came while another was in flight: %s", n)
	}
	t.Logf("the interrupted delivery %s (%s) came again %s after the kill; %d deliveries answered", hung.ID, hung.Cursor, got[0].At.Sub(killedAt).Round(time.Millisecond), len(got))

	// The interrupted delivery comes again first, with the same
	// webhook-id: nothing overtakes it.
	if got[0].ID != hung.ID || got[0].Cursor != hung.Cursor {
		t.Errorf("first delivery after the kill: %s %s, want the interrupted one again, %s %s", got[0].ID, got[0].Cursor, hung.ID, hung.Cursor)
	}
	if hung.Cursor != fmt.Sprintf("ev:%d", events[0].id) {
		t.Errorf("the hung delivery was of %s, want the first event, ev:%d", hung.Cursor, events[0].id)
	}
	// Deduplicated by webhook-id: each event once, in cursor order. One
	// node delivered at a time and only the interrupted attempt got no
	// answer, so no delivery is answered twice.
	byID := map[string]string{hung.ID: hung.Cursor}
	byCursor := map[string]string{hung.Cursor: hung.ID}
	answered := map[string]bool{}
	last := 0
	for _, g := range got {
		if answered[g.ID] {
			t.Errorf("%s (%s) answered 2xx twice", g.ID, g.Cursor)
			continue
		}
		answered[g.ID] = true
		if c, ok := byID[g.ID]; ok && c != g.Cursor {
			t.Errorf("webhook-id %s came with %s and %s", g.ID, c, g.Cursor)
		}
		if id, ok := byCursor[g.Cursor]; ok && id != g.ID {
			t.Errorf("%s came as %s and as %s: one event, two webhook-ids", g.Cursor, id, g.ID)
		}
		byID[g.ID], byCursor[g.Cursor] = g.Cursor, g.ID
		if g.Seq <= last {
			t.Errorf("%s after ev:%d: out of order", g.Cursor, last)
		}
		last = g.Seq
		if !want[g.Cursor] {
			t.Errorf("%s delivered, not in the outbox", g.Cursor)
		}
	}
	if len(answered) != len(want) {
		t.Errorf("%d deliveries answered, want one per event: %d", len(answered), len(want))
	}

	// The log: the attempt the kill interrupted was never recorded (no
	// timeout, no error), so each delivery has its one successful attempt,
	// under the webhook-id the receiver got.
	for _, d := range log {
		if byCursor[d.EventCursor] != d.WebhookID {
			t.Errorf("logged delivery of %s has webhook-id %s, the receiver got %q", d.EventCursor, d.WebhookID, byCursor[d.EventCursor])
		}
		if d.AttemptCount != 1 || len(d.Attempts) != 1 || d.Attempts[0].Outcome != "DELIVERED" {
			t.Errorf("delivery of %s: %d attempts %+v, want one, DELIVERED", d.EventCursor, d.AttemptCount, d.Attempts)
		}
	}
}

// outboxEvent is a row of the events table.
type outboxEvent struct {
	id        int
	kind      string
	articleID string
}

// outboxEvents reads every event of the database at url, in order.
func outboxEvents(t *testing.T, url string) []outboxEvent {
	t.Helper()
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rows, err := db.QueryContext(ctx, `SELECT id, kind, article_id FROM events ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var evs []outboxEvent
	for rows.Next() {
		var e outboxEvent
		var article int
		if err := rows.Scan(&e.id, &e.kind, &article); err != nil {
			t.Fatal(err)
		}
		e.articleID = strconv.Itoa(article)
		evs = append(evs, e)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return evs
}

// deliveryLog is a delivery as the admin API shows it.
type deliveryLog struct {
	WebhookID    string
	EventCursor  string
	Status       string
	AttemptCount int
	Attempts     []struct {
		Outcome    string
		StatusCode *int
		Error      *string
	}
}

// deliveries reads the delivery log of the one endpoint through node n.
func deliveries(t *testing.T, n *testnode.Node, admin string) []deliveryLog {
	t.Helper()
	var out struct {
		WebhookEndpoints []struct{ Deliveries []deliveryLog }
	}
	n.Query(t, admin, `{ webhookEndpoints { deliveries(first: 100) {
		webhookId eventCursor status attemptCount attempts(first: 100) { outcome statusCode error } } } }`, nil, &out)
	if len(out.WebhookEndpoints) != 1 {
		t.Fatalf("%d webhook endpoints, want 1", len(out.WebhookEndpoints))
	}
	return out.WebhookEndpoints[0].Deliveries
}
