package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"github.com/newsgraph/newsgraph/internal/events"
)

// WebhookConfig says what the webhook benchmark (`newsgraph bench
// webhooks`) runs: a local receiver registered as an endpoint through the
// API, Events events written through it, and a check that each arrives.
type WebhookConfig struct {
	URL         string        // the GraphQL endpoint
	Token       string        // an admin's token: it registers the endpoint and writes the events
	Events      int           // events to write (publications and updates of articles)
	FailEvery   int           // the receiver fails the first attempt of every FailEvery-th delivery; 0: none
	Listen      string        // the receiver's address; 127.0.0.1:0 when empty
	ReceiverURL string        // the URL the server delivers to; empty: the receiver's own address
	Timeout     time.Duration // the longest the deliveries may make no progress
	Keep        bool          // leave the endpoint and the articles; by default they are deleted
	Progress    io.Writer     // where to say what it is doing; nil: nowhere
}

// WebhookResult is what a run of the webhook benchmark found.
type WebhookResult struct {
	Events        int    `json:"events"`        // written
	Attempts      int    `json:"attempts"`      // requests the receiver had
	Injected      int    `json:"injected"`      // first attempts it failed on purpose
	Delivered     int    `json:"delivered"`     // distinct webhook-ids accepted
	Redelivered   int    `json:"redelivered"`   // attempts of a webhook-id already accepted
	BadSignatures int    `json:"badSignatures"` // attempts whose signature did not verify
	BadPayloads   int    `json:"badPayloads"`   // accepted deliveries whose payload had no event cursor
	WriteTook     Millis `json:"writeTookMs"`   // writing the events
	Took          Millis `json:"tookMs"`        // from the first write to the last delivery accepted
	DeliveryCheck
}

// OK reports whether every event arrived once, in order, signed.
func (r WebhookResult) OK() bool {
	return r.Missing == 0 && r.Unexpected == 0 && r.Duplicates == 0 && r.OutOfOrder == 0 &&
		r.BadSignatures == 0 && r.BadPayloads == 0 && r.FirstProblem == ""
}

// Mutations of the webhook benchmark. deleteWebhookEndpoint is the
// expected name of the endpoint's removal; the benchmark only warns when
// the server has none.
const (
	createEndpointQ = `mutation BenchCreateWebhookEndpoint($url: String!) { createWebhookEndpoint(url: $url) { endpoint { id } secret } }`
	deleteEndpointQ = `mutation BenchDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }`
	updateArticleQ  = `mutation BenchUpdateArticle($id: ID!, $v: Int!, $s: String!) { updateArticle(id: $id, expectedVersion: $v, input: {summary: $s}) { version } }`
)

// updatesPerArticle is how many times each article is corrected after its
// publication: ten events an article.
const updatesPerArticle = 9

// RunWebhooks starts the receiver, registers it, writes the events, waits
// for their deliveries and checks them.
func RunWebhooks(ctx context.Context, cfg WebhookConfig) (WebhookResult, error) {
	if cfg.Events < 1 {
		return WebhookResult{}, errors.New("webhooks: want at least one event")
	}
	if cfg.Listen == "" {
		cfg.Listen = "127.0.0.1:0"
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = time.Minute
	}
	progress := cfg.Progress
	if progress == nil {
		progress = io.Discard
	}
	rec := NewReceiver(cfg.FailEvery)
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return WebhookResult{}, fmt.Errorf("receiver: %w", err)
	}
	srv := &http.Server{Handler: rec, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	target := cfg.ReceiverURL
	if target == "" {
		target = "http://" + ln.Addr().String() + "/"
	}

	c := newClient(cfg.URL, 1)
	c.token = cfg.Token
	var created struct {
		CreateWebhookEndpoint struct {
			Endpoint struct{ ID string }
			Secret   string
		}
	}
	if err := c.do(ctx, createEndpointQ, map[string]any{"url": target}, &created); err != nil {
		hint := "a receiver on a private address needs the server's --webhook-allow-private"
		if strings.Contains(err.Error(), "Cannot query field") {
			hint = "is it a build with webhooks?"
		}
		return WebhookResult{}, fmt.Errorf("register the receiver %s: %w (%s)", target, err, hint)
	}
	if err := rec.SetSecret(created.CreateWebhookEndpoint.Secret); err != nil {
		return WebhookResult{}, fmt.Errorf("the endpoint's secret: %w", err)
	}
	endpointID := created.CreateWebhookEndpoint.Endpoint.ID
	fmt.Fprintf(progress, "receiver %s registered as endpoint %s\n", target, endpointID)

	started := time.Now()
	wrote, articles, werr := writeEvents(ctx, c, cfg.Events)
	writeTook := time.Since(started)
	fmt.Fprintf(progress, "wrote %d events in %s\n", len(wrote), writeTook.Round(time.Millisecond))

	ours := map[string]bool{}
	for _, w := range wrote {
		ours[w.ArticleID] = true
	}
	waitErr := rec.await(ctx, cfg.Timeout, func(accepted []Delivery) bool {
		n := 0
		for _, d := range accepted {
			if ours[d.ArticleID] {
				n++
			}
		}
		return n >= len(wrote)
	})

	accepted := rec.Accepted()
	st := rec.Stats()
	res := WebhookResult{
		Events: len(wrote), Attempts: st.Attempts, Injected: st.Injected, Delivered: len(accepted),
		Redelivered: st.Redelivered, BadSignatures: st.BadSignatures, BadPayloads: st.BadPayloads,
		WriteTook: Millis(writeTook), DeliveryCheck: CheckDeliveries(accepted, wrote),
	}
	if n := len(accepted); n > 0 {
		res.Took = Millis(accepted[n-1].At.Sub(started))
	}
	if res.FirstProblem == "" && st.FirstBad != "" {
		res.FirstProblem = st.FirstBad
	}
	if !cfg.Keep {
		cleanUp(ctx, c, endpointID, articles, progress)
	}
	if werr != nil {
		return res, werr
	}
	if waitErr != nil && !errors.Is(waitErr, errNoProgress) {
		return res, waitErr
	}
	return res, nil
}

// writeEvents writes n events through c: each article is created,
// published (ARTICLE_PUBLISHED) and corrected (ARTICLE_UPDATED) up to nine
// times, one mutation at a time. It returns the events written, in order,
// and the articles it created.
func writeEvents(ctx context.Context, c *client, n int) ([]Wrote, []string, error) {
	var (
		wrote    []Wrote
		articles []string
	)
	stamp := time.Now().Format("15:04:05")
	for len(wrote) < n {
		var created struct{ CreateArticle struct{ ID string } }
		title := fmt.Sprintf("Bench webhooks %s, tin %d", stamp, len(articles)+1)
		if err := c.do(ctx, createArticleQ, map[string]any{"title": title}, &created); err != nil {
			return wrote, articles, fmt.Errorf("createArticle: %w", err)
		}
		id := created.CreateArticle.ID
		articles = append(articles, id)
		var published struct{ PublishArticle struct{ Version int } }
		if err := c.do(ctx, publishNowQ, map[string]any{"id": id}, &published); err != nil {
			return wrote, articles, fmt.Errorf("publishArticle: %w", err)
		}
		wrote = append(wrote, Wrote{ArticleID: id, Kind: "ARTICLE_PUBLISHED", Answered: time.Now()})
		version := published.PublishArticle.Version
		for u := 1; u <= updatesPerArticle && len(wrote) < n; u++ {
			var updated struct{ UpdateArticle struct{ Version int } }
			vars := map[string]any{"id": id, "v": version, "s": fmt.Sprintf("Đính chính lần %d", u)}
			if err := c.do(ctx, updateArticleQ, vars, &updated); err != nil {
				return wrote, articles, fmt.Errorf("updateArticle: %w", err)
			}
			wrote = append(wrote, Wrote{ArticleID: id, Kind: "ARTICLE_UPDATED", Answered: time.Now()})
			version = updated.UpdateArticle.Version
		}
	}
	return wrote, articles, nil
}

// cleanUp removes the endpoint, then the articles; when the endpoint
// cannot be removed, the articles stay, or their deletions would be
// delivered to a receiver that is gone.
func cleanUp(ctx context.Context, c *client, endpointID string, articles []string, progress io.Writer) {
	if err := c.do(ctx, deleteEndpointQ, map[string]any{"id": endpointID}, nil); err != nil {
		fmt.Fprintf(progress, "endpoint %s stays registered, and the %d articles stay: %v\n", endpointID, len(articles), err)
		return
	}
	for _, id := range articles {
		if err := c.do(ctx, deleteArticleQ, map[string]any{"id": id}, nil); err != nil {
			fmt.Fprintf(progress, "delete article %s: %v\n", id, err)
		}
	}
}

// Wrote is one event the benchmark wrote: its article, its kind, and when
// the mutation that wrote it answered.
type Wrote struct {
	ArticleID, Kind string
	Answered        time.Time
}

// Delivery is one delivery the receiver accepted: its webhook-id, the
// event it carried, and when it came.
type Delivery struct {
	WebhookID string
	Cursor    string
	Seq       int // the cursor's place in the stream
	Kind      string
	ArticleID string
	At        time.Time
}

// DeliveryCheck is what CheckDeliveries found.
type DeliveryCheck struct {
	Missing      int       `json:"missing"`    // events written and never accepted
	Unexpected   int       `json:"unexpected"` // deliveries of the run's articles beyond what was written
	Duplicates   int       `json:"duplicates"` // one event (cursor) accepted under two webhook-ids
	OutOfOrder   int       `json:"outOfOrder"` // a delivery whose cursor is not after the previous one's
	Foreign      int       `json:"foreign"`    // events of articles the run did not write (someone else's)
	Latency      Latencies `json:"latency"`    // from each write's answer to its delivery's acceptance
	FirstProblem string    `json:"firstProblem,omitempty"`
}

// CheckDeliveries checks the deliveries one endpoint accepted, in the order
// it accepted them, against the events written, in the order they were
// written: each event once, in the order of the stream (cursors), with
// nothing missing. The n-th delivery of an article's event of one kind is
// matched with the n-th write of it, for the latency.
func CheckDeliveries(accepted []Delivery, wrote []Wrote) DeliveryCheck {
	var ck DeliveryCheck
	problem := func(format string, args ...any) {
		if ck.FirstProblem == "" {
			ck.FirstProblem = fmt.Sprintf(format, args...)
		}
	}
	type key struct{ article, kind string }
	pending := map[key][]time.Time{}
	ours := map[string]bool{}
	for _, w := range wrote {
		k := key{w.ArticleID, w.Kind}
		pending[k] = append(pending[k], w.Answered)
		ours[w.ArticleID] = true
	}
	seen := map[string]string{} // cursor → webhook-id
	last := -1
	var lat []time.Duration
	for _, d := range accepted {
		if id, ok := seen[d.Cursor]; ok {
			ck.Duplicates++
			problem("event %s delivered as %s and again as %s", d.Cursor, id, d.WebhookID)
			continue
		}
		seen[d.Cursor] = d.WebhookID
		if d.Seq <= last {
			ck.OutOfOrder++
			problem("event %s delivered after event %s", d.Cursor, events.FormatCursor(last))
		} else {
			last = d.Seq
		}
		if !ours[d.ArticleID] {
			ck.Foreign++
			continue
		}
		k := key{d.ArticleID, d.Kind}
		q := pending[k]
		if len(q) == 0 {
			ck.Unexpected++
			problem("%s of article %s delivered (%s), more often than written", d.Kind, d.ArticleID, d.Cursor)
			continue
		}
		pending[k] = q[1:]
		lat = append(lat, max(0, d.At.Sub(q[0])))
	}
	for k, q := range pending {
		if len(q) > 0 {
			ck.Missing += len(q)
			problem("%d × %s of article %s never delivered", len(q), k.kind, k.article)
		}
	}
	ck.Latency = Summarize(lat)
	return ck
}

// Receiver is the benchmark's webhook endpoint: it verifies each
// delivery's Standard Webhooks signature, fails the first attempt of every
// FailEvery-th delivery (by webhook-id, in the order they first came) with
// 500, and keeps each delivery it accepts, once per webhook-id, in the
// order it accepted them.
type Receiver struct {
	FailEvery int

	mu       sync.Mutex
	verifier *standardwebhooks.Webhook
	ids      map[string]*attempts
	distinct int
	accepted []Delivery
	stats    ReceiverStats
	changed  chan struct{} // closed, and replaced, at each acceptance
}

// ReceiverStats counts what a Receiver had.
type ReceiverStats struct {
	Attempts      int // requests
	Injected      int // first attempts failed on purpose
	Redelivered   int // attempts of a webhook-id already accepted
	BadSignatures int
	BadPayloads   int
	FirstBad      string // what was wrong with the first bad request
}

type attempts struct {
	accepted bool
}

// maxPayload bounds a delivery's body.
const maxPayload = 1 << 20

// NewReceiver returns a receiver that fails the first attempt of every
// failEvery-th delivery (none when 0).
func NewReceiver(failEvery int) *Receiver {
	return &Receiver{FailEvery: failEvery, ids: map[string]*attempts{}, changed: make(chan struct{})}
}

// SetSecret gives the receiver the endpoint's signing secret (whsec_...).
func (r *Receiver) SetSecret(secret string) error {
	wh, err := standardwebhooks.NewWebhook(secret)
	if err != nil {
		return err
	}
	r.mu.Lock()
	r.verifier = wh
	r.mu.Unlock()
	return nil
}

// ServeHTTP takes one delivery attempt.
func (r *Receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodPost {
		http.Error(w, "deliveries are POSTed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(io.LimitReader(req.Body, maxPayload))
	at := time.Now()
	if err != nil {
		http.Error(w, "read the body", http.StatusBadRequest)
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stats.Attempts++
	bad := func(count *int, status int, format string, args ...any) {
		*count++
		msg := fmt.Sprintf(format, args...)
		if r.stats.FirstBad == "" {
			r.stats.FirstBad = msg
		}
		http.Error(w, msg, status)
	}
	if r.verifier == nil {
		bad(&r.stats.BadSignatures, http.StatusServiceUnavailable, "a delivery before the endpoint's secret was known")
		return
	}
	if err := r.verifier.Verify(body, req.Header); err != nil {
		bad(&r.stats.BadSignatures, http.StatusUnauthorized, "delivery %q: %v", req.Header.Get(standardwebhooks.HeaderWebhookID), err)
		return
	}
	id := req.Header.Get(standardwebhooks.HeaderWebhookID)
	a := r.ids[id]
	if a == nil {
		r.distinct++
		a = &attempts{}
		r.ids[id] = a
		if r.FailEvery > 0 && r.distinct%r.FailEvery == 0 {
			r.stats.Injected++
			http.Error(w, "the benchmark fails this first attempt on purpose", http.StatusInternalServerError)
			return
		}
	}
	if a.accepted {
		r.stats.Redelivered++
		w.WriteHeader(http.StatusNoContent)
		return
	}
	a.accepted = true
	d, err := parsePayload(body)
	if err != nil {
		// Accepted all the same: a retry would bring the same payload.
		bad(&r.stats.BadPayloads, http.StatusOK, "delivery %q: %v", id, err)
		return
	}
	d.WebhookID, d.At = id, at
	r.accepted = append(r.accepted, d)
	close(r.changed)
	r.changed = make(chan struct{})
	w.WriteHeader(http.StatusNoContent)
}

// payloadEvent is the event in a delivery's payload.
type payloadEvent struct {
	Cursor    string `json:"cursor"`
	Kind      string `json:"kind"`
	ArticleID string `json:"articleId"`
}

// parsePayload reads the event of a delivery: its fields at the top of the
// payload or, in the Standard Webhooks envelope ({"type", "timestamp",
// "data"}), under data, with the kind taken from the type
// ("article.published") when data does not say it.
func parsePayload(body []byte) (Delivery, error) {
	var p struct {
		payloadEvent
		Type string        `json:"type"`
		Data *payloadEvent `json:"data"`
	}
	if err := json.Unmarshal(body, &p); err != nil {
		return Delivery{}, fmt.Errorf("the payload is not JSON: %w", err)
	}
	ev := p.payloadEvent
	if p.Data != nil && p.Data.Cursor != "" {
		ev = *p.Data
	}
	if ev.Kind == "" {
		ev.Kind = strings.ToUpper(strings.ReplaceAll(p.Type, ".", "_"))
	}
	seq, err := events.ParseCursor("cursor", ev.Cursor)
	if err != nil {
		return Delivery{}, fmt.Errorf("the payload has no event cursor: %.200s", body)
	}
	return Delivery{Cursor: ev.Cursor, Seq: seq, Kind: ev.Kind, ArticleID: ev.ArticleID}, nil
}

// Accepted returns the deliveries accepted so far, in order.
func (r *Receiver) Accepted() []Delivery {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Delivery(nil), r.accepted...)
}

// Stats returns the receiver's counts.
func (r *Receiver) Stats() ReceiverStats {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stats
}

// errNoProgress ends a wait in which nothing was delivered for too long.
var errNoProgress = errors.New("no delivery for too long")

// await waits until done holds for the accepted deliveries, or until none
// has been accepted for idle (errNoProgress).
func (r *Receiver) await(ctx context.Context, idle time.Duration, done func([]Delivery) bool) error {
	for {
		r.mu.Lock()
		changed := r.changed
		finished := done(r.accepted)
		r.mu.Unlock()
		if finished {
			return nil
		}
		timer := time.NewTimer(idle)
		select {
		case <-changed:
			timer.Stop()
		case <-timer.C:
			return errNoProgress
		case <-ctx.Done():
			timer.Stop()
			return ctx.Err()
		}
	}
}
