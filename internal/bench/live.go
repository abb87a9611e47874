package bench

import (
	"bytes"
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
)

// LiveConfig says what the live benchmark (`newsgraph bench live`) runs:
// Subscribers graphql-sse subscriptions to articleEvents, spread over the
// Subscribe endpoints in turn, and Events articles published one at a
// time through Publish, each awaited until every subscriber has it.
type LiveConfig struct {
	Subscribe   []string      // GraphQL endpoints the subscribers connect to
	Publish     string        // the GraphQL endpoint articles are published through
	Token       string        // an editor's or admin's token, for the mutations
	Subscribers int           // subscriptions to open, one HTTP connection each
	Events      int           // articles to publish, one at a time
	WithArticle bool          // subscribers select each event's article too
	Timeout     time.Duration // the longest wait for the subscribers to connect, and for one event to reach them all
	Keep        bool          // leave the articles; by default they are deleted at the end
	Progress    io.Writer     // where to say what it is doing; nil: nowhere
}

// LiveResult is what one run of the live benchmark measured.
type LiveResult struct {
	Subscribers  int             `json:"subscribers"`
	Events       int             `json:"events"`       // articles published
	Received     int             `json:"received"`     // their events received, all subscribers together
	Missing      int             `json:"missing"`      // Subscribers × Events − Received
	Duplicates   int             `json:"duplicates"`   // an event received twice by one subscriber
	OutOfOrder   int             `json:"outOfOrder"`   // an event received after a later one
	BeforeAnswer int             `json:"beforeAnswer"` // receipts before the mutation's answer, counted as 0 ms
	Latency      Latencies       `json:"latency"`      // from the publishArticle answer to each receipt
	Servers      []ServerFigures `json:"servers"`
	FirstError   string          `json:"firstError,omitempty"`
}

// OK reports whether every subscriber received every event, once, in
// order, without an error.
func (r LiveResult) OK() bool {
	return r.Missing == 0 && r.Duplicates == 0 && r.OutOfOrder == 0 && r.FirstError == ""
}

// ServerFigures is what one server's /metrics said about a run: the cost
// of an idle subscriber, and the database work of an event, which must not
// grow with the subscribers.
type ServerFigures struct {
	Endpoint                string  `json:"endpoint"`
	Subscribers             int     `json:"subscribers"` // this run's, on this server
	RSSBeforeBytes          float64 `json:"rssBeforeBytes"`
	RSSAfterBytes           float64 `json:"rssAfterBytes"`           // with the subscribers connected, idle
	KBPerSubscriber         float64 `json:"kbPerSubscriber"`         // growth of the RSS
	HeapKBPerSubscriber     float64 `json:"heapKbPerSubscriber"`     // growth of the heap in use
	GoroutinesPerSubscriber float64 `json:"goroutinesPerSubscriber"` // growth of the goroutines
	ReadsPerEvent           float64 `json:"readsPerEvent"`           // the stream's reads of the outbox
	ArticleLoadsPerEvent    float64 `json:"articleLoadsPerEvent"`    // reads of an event's article
	DeliveredPerEvent       float64 `json:"deliveredPerEvent"`       // events handed to subscribers
}

// Mutations of the live benchmarks.
const (
	createArticleQ = `mutation BenchCreateArticle($title: String!) { createArticle(input: {title: $title}) { id } }`
	publishNowQ    = `mutation BenchPublishArticle($id: ID!) { publishArticle(id: $id) { id version } }`
	deleteArticleQ = `mutation BenchDeleteArticle($id: ID!) { deleteArticle(id: $id) }`
)

// openAtOnce is how many subscriptions are being opened at any moment: a
// burst of thousands of connections would overflow the server's accept
// queue, and the retransmitted SYNs would count as connection time.
const openAtOnce = 64

// RunLive opens the subscribers, waits until the servers count them all,
// publishes the articles one at a time and measures.
func RunLive(ctx context.Context, cfg LiveConfig) (LiveResult, error) {
	if cfg.Subscribers < 1 || cfg.Events < 1 || len(cfg.Subscribe) == 0 || cfg.Publish == "" {
		return LiveResult{}, errors.New("live: want at least one subscriber, one event, a subscription endpoint and a publishing one")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = time.Minute
	}
	progress := cfg.Progress
	if progress == nil {
		progress = io.Discard
	}
	r := newLiveRun(cfg)
	servers, err := r.servers()
	if err != nil {
		return LiveResult{}, err
	}
	before, err := r.scrapeAll(ctx, servers)
	if err != nil {
		return LiveResult{}, err
	}
	for _, s := range servers {
		if err := requireMetrics(s, before[s.endpoint]); err != nil {
			return LiveResult{}, err
		}
	}

	// Subscribers.
	subCtx, closeSubscribers := context.WithCancel(ctx)
	defer closeSubscribers()
	started := time.Now()
	var running sync.WaitGroup
	if err := r.open(subCtx, &running); err != nil {
		closeSubscribers()
		running.Wait()
		return LiveResult{}, err
	}
	if err := r.awaitCounted(ctx, servers, before); err != nil {
		closeSubscribers()
		running.Wait()
		return LiveResult{}, err
	}
	fmt.Fprintf(progress, "%d subscribers connected and counted in %s\n", cfg.Subscribers, time.Since(started).Round(time.Millisecond))
	connected, err := r.scrapeAll(ctx, servers)
	if err != nil {
		closeSubscribers()
		running.Wait()
		return LiveResult{}, err
	}

	// Events, one at a time.
	pub := newClient(cfg.Publish, 1)
	pub.token = cfg.Token
	var ids []string
	published, pubErr := r.publish(ctx, pub, &ids, progress)
	after, scrapeErr := r.scrapeAll(ctx, servers)
	closeSubscribers()
	running.Wait()
	r.awaitUncounted(ctx, servers, before, progress)
	if !cfg.Keep {
		for _, id := range ids {
			if err := pub.do(ctx, deleteArticleQ, map[string]any{"id": id}, nil); err != nil {
				fmt.Fprintf(progress, "delete article %s: %v\n", id, err)
			}
		}
	}

	res := r.result(published)
	if pubErr != nil && res.FirstError == "" {
		res.FirstError = pubErr.Error()
	}
	if scrapeErr != nil {
		return res, scrapeErr
	}
	for _, s := range servers {
		res.Servers = append(res.Servers, figures(s, before[s.endpoint], connected[s.endpoint], after[s.endpoint], published))
	}
	return res, nil
}

// liveServer is one server of a run.
type liveServer struct {
	endpoint, metrics string
	subscribers       int // this run's, on it
}

// liveRun is the state of one run: the events published and who has
// received them.
type liveRun struct {
	cfg   LiveConfig
	http  *http.Client // the subscribers'
	query []byte       // the subscription request

	mu       sync.Mutex
	events   map[string]*liveEvent // by article ID
	order    []*liveEvent
	lastSeen []int // per subscriber, the index of the latest event it received
	dups     int
	disorder int
	firstErr error
	failed   chan struct{} // closed at the first subscriber's failure
}

// liveEvent is one published article's event and its receipts.
type liveEvent struct {
	index    int
	answered time.Time // when publishArticle answered
	receipts []time.Time
	seen     []bool // by subscriber
	all      chan struct{}
}

func newLiveRun(cfg LiveConfig) *liveRun {
	selection := "cursor kind articleId"
	if cfg.WithArticle {
		selection += " article { id title }"
	}
	query, _ := json.Marshal(map[string]string{"query": "subscription BenchLive { articleEvents { " + selection + " } }"})
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		ResponseHeaderTimeout: cfg.Timeout,
		DisableCompression:    true,
		MaxIdleConnsPerHost:   -1, // a stream's connection is never reused
	}
	lastSeen := make([]int, cfg.Subscribers)
	for i := range lastSeen {
		lastSeen[i] = -1
	}
	return &liveRun{
		cfg: cfg, http: &http.Client{Transport: tr}, query: query,
		events: map[string]*liveEvent{}, lastSeen: lastSeen, failed: make(chan struct{}),
	}
}

// servers are the run's servers: the subscription endpoints with their
// shares of the subscribers, and the publishing one.
func (r *liveRun) servers() ([]*liveServer, error) {
	var out []*liveServer
	add := func(endpoint string) (*liveServer, error) {
		for _, s := range out {
			if s.endpoint == endpoint {
				return s, nil
			}
		}
		m, err := MetricsURL(endpoint)
		if err != nil {
			return nil, err
		}
		s := &liveServer{endpoint: endpoint, metrics: m}
		out = append(out, s)
		return s, nil
	}
	for i := range r.cfg.Subscribers {
		s, err := add(r.cfg.Subscribe[i%len(r.cfg.Subscribe)])
		if err != nil {
			return nil, err
		}
		s.subscribers++
	}
	if _, err := add(r.cfg.Publish); err != nil {
		return nil, err
	}
	return out, nil
}

func (r *liveRun) scrapeAll(ctx context.Context, servers []*liveServer) (map[string]Metrics, error) {
	out := map[string]Metrics{}
	for _, s := range servers {
		m, err := Scrape(ctx, http.DefaultClient, s.metrics)
		if err != nil {
			return nil, err
		}
		out[s.endpoint] = m
	}
	return out, nil
}

// requireMetrics checks that the server has every figure the run reads.
func requireMetrics(s *liveServer, m Metrics) error {
	var missing []string
	for _, name := range []string{MetricSubscribers, MetricStreamReads, MetricArticleLoads, MetricDelivered, MetricResidentBytes, MetricHeapInuse, MetricGoroutines} {
		if _, ok := m.Get(name); !ok {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%s has no %s: is it a build with subscriptions?", s.metrics, strings.Join(missing, ", "))
	}
	return nil
}

// open starts every subscriber, at most openAtOnce connecting at a time,
// and returns once all are connected or one has failed.
func (r *liveRun) open(ctx context.Context, running *sync.WaitGroup) error {
	slots := make(chan struct{}, openAtOnce)
	var opening sync.WaitGroup
	for i := range r.cfg.Subscribers {
		select {
		case slots <- struct{}{}:
		case <-r.failed:
			opening.Wait()
			return r.err()
		case <-ctx.Done():
			opening.Wait()
			return ctx.Err()
		}
		opening.Add(1)
		running.Add(1)
		go func() {
			defer running.Done()
			r.subscribe(ctx, i, r.cfg.Subscribe[i%len(r.cfg.Subscribe)], func() {
				<-slots
				opening.Done()
			})
		}()
	}
	opening.Wait()
	select {
	case <-r.failed:
		return r.err()
	default:
		return nil
	}
}

// errCompleted is a subscription the server completed.
var errCompleted = errors.New("the server completed the subscription")

// subscribe runs subscriber i on endpoint until ctx ends, calling
// connected once the server has answered with an event stream, or failed.
func (r *liveRun) subscribe(ctx context.Context, i int, endpoint string, connected func()) {
	var once sync.Once
	done := func() { once.Do(connected) }
	defer done()
	fail := func(err error) {
		if ctx.Err() == nil {
			r.fail(fmt.Errorf("subscriber %d on %s: %w", i+1, endpoint, err))
		}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(r.query))
	if err != nil {
		fail(err)
		return
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	resp, err := r.http.Do(req)
	if err != nil {
		fail(err)
		return
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != http.StatusOK || !strings.HasPrefix(ct, "text/event-stream") {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		fail(fmt.Errorf("HTTP %s, %s, not an event stream: %s", resp.Status, ct, body))
		return
	}
	done()
	err = ReadSSE(resp.Body, func(ev SSEEvent) error {
		switch ev.Type {
		case "next":
			at := time.Now()
			var msg struct {
				Data struct {
					ArticleEvents struct {
						Kind      string
						ArticleID string `json:"articleId"`
					} `json:"articleEvents"`
				}
				Errors []struct{ Message string }
			}
			if err := json.Unmarshal([]byte(ev.Data), &msg); err != nil {
				return fmt.Errorf("an event that is not a GraphQL result: %w", err)
			}
			if len(msg.Errors) > 0 {
				return fmt.Errorf("GraphQL error: %s", msg.Errors[0].Message)
			}
			e := msg.Data.ArticleEvents
			r.receive(i, e.ArticleID, e.Kind, at)
		case "complete":
			return errCompleted
		}
		return nil
	})
	if err == nil {
		err = errors.New("the server closed the stream")
	}
	fail(err)
}

func (r *liveRun) fail(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.firstErr == nil {
		r.firstErr = err
		close(r.failed)
	}
}

func (r *liveRun) err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.firstErr
}

// receive records that subscriber sub received the event of kind about
// articleID at at. Events the run did not publish are not its business.
func (r *liveRun) receive(sub int, articleID, kind string, at time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	e := r.events[articleID]
	if e == nil || kind != "ARTICLE_PUBLISHED" {
		return
	}
	if e.seen[sub] {
		r.dups++
		return
	}
	e.seen[sub] = true
	e.receipts = append(e.receipts, at)
	if r.lastSeen[sub] > e.index {
		r.disorder++
	} else {
		r.lastSeen[sub] = e.index
	}
	if len(e.receipts) == r.cfg.Subscribers {
		close(e.all)
	}
}

// expect registers the event of articleID, about to be published.
func (r *liveRun) expect(articleID string) *liveEvent {
	r.mu.Lock()
	defer r.mu.Unlock()
	e := &liveEvent{index: len(r.order), seen: make([]bool, r.cfg.Subscribers), all: make(chan struct{})}
	r.events[articleID] = e
	r.order = append(r.order, e)
	return e
}

// awaitCounted waits until every server counts its share of the run's
// subscribers on top of those it had before.
func (r *liveRun) awaitCounted(ctx context.Context, servers []*liveServer, before map[string]Metrics) error {
	return poll(ctx, r.cfg.Timeout, r.failed, func() (bool, error) {
		for _, s := range servers {
			m, err := Scrape(ctx, http.DefaultClient, s.metrics)
			if err != nil {
				return false, err
			}
			if m[MetricSubscribers] < before[s.endpoint][MetricSubscribers]+float64(s.subscribers) {
				return false, nil
			}
		}
		return true, nil
	}, func() error {
		return fmt.Errorf("the servers did not count %d subscribers within %s", r.cfg.Subscribers, r.cfg.Timeout)
	}, r.err)
}

// awaitUncounted waits, for at most the timeout, until the servers count
// no more subscribers than before the run, so that the next run starts
// from the same place; it only says so if they do not.
func (r *liveRun) awaitUncounted(ctx context.Context, servers []*liveServer, before map[string]Metrics, progress io.Writer) {
	err := poll(ctx, r.cfg.Timeout, nil, func() (bool, error) {
		for _, s := range servers {
			m, err := Scrape(ctx, http.DefaultClient, s.metrics)
			if err != nil {
				return false, err
			}
			if m[MetricSubscribers] > before[s.endpoint][MetricSubscribers] {
				return false, nil
			}
		}
		return true, nil
	}, func() error {
		return fmt.Errorf("the servers still count subscribers of this run after %s", r.cfg.Timeout)
	}, nil)
	if err != nil {
		fmt.Fprintln(progress, err)
	}
}

// publish creates and publishes the articles one at a time, waiting after
// each until every subscriber has its event (or the timeout passes), and
// returns how many it published. ids gets every article it created.
func (r *liveRun) publish(ctx context.Context, pub *client, ids *[]string, progress io.Writer) (int, error) {
	stamp := time.Now().Format("15:04:05")
	for k := range r.cfg.Events {
		var created struct{ CreateArticle struct{ ID string } }
		title := fmt.Sprintf("Bench live %s, tin %d", stamp, k+1)
		if err := pub.do(ctx, createArticleQ, map[string]any{"title": title}, &created); err != nil {
			return k, fmt.Errorf("createArticle: %w", err)
		}
		id := created.CreateArticle.ID
		*ids = append(*ids, id)
		e := r.expect(id)
		err := pub.do(ctx, publishNowQ, map[string]any{"id": id}, nil)
		answered := time.Now()
		r.mu.Lock()
		e.answered = answered
		r.mu.Unlock()
		if err != nil {
			return k, fmt.Errorf("publishArticle: %w", err)
		}
		timer := time.NewTimer(r.cfg.Timeout)
		select {
		case <-e.all:
		case <-timer.C:
			fmt.Fprintf(progress, "event %d: not every subscriber had it after %s\n", k+1, r.cfg.Timeout)
		case <-r.failed:
			timer.Stop()
			return k + 1, nil
		case <-ctx.Done():
			timer.Stop()
			return k + 1, ctx.Err()
		}
		timer.Stop()
	}
	fmt.Fprintf(progress, "published %d articles\n", r.cfg.Events)
	return r.cfg.Events, nil
}

// result adds up the receipts of the first published events.
func (r *liveRun) result(published int) LiveResult {
	r.mu.Lock()
	defer r.mu.Unlock()
	res := LiveResult{Subscribers: r.cfg.Subscribers, Events: published, Duplicates: r.dups, OutOfOrder: r.disorder}
	var lat []time.Duration
	for _, e := range r.order[:min(published, len(r.order))] {
		for _, at := range e.receipts {
			d := at.Sub(e.answered)
			if d < 0 {
				res.BeforeAnswer++
				d = 0
			}
			lat = append(lat, d)
		}
	}
	res.Received = len(lat)
	res.Missing = r.cfg.Subscribers*published - res.Received
	res.Latency = Summarize(lat)
	if r.firstErr != nil {
		res.FirstError = r.firstErr.Error()
	}
	return res
}

// figures turns a server's scrapes before the run, with the subscribers
// connected and after the events into its figures.
func figures(s *liveServer, before, connected, after Metrics, events int) ServerFigures {
	f := ServerFigures{
		Endpoint:       s.endpoint,
		Subscribers:    s.subscribers,
		RSSBeforeBytes: before[MetricResidentBytes],
		RSSAfterBytes:  connected[MetricResidentBytes],
	}
	if n := float64(s.subscribers); n > 0 {
		f.KBPerSubscriber = (connected[MetricResidentBytes] - before[MetricResidentBytes]) / n / 1024
		f.HeapKBPerSubscriber = (connected[MetricHeapInuse] - before[MetricHeapInuse]) / n / 1024
		f.GoroutinesPerSubscriber = (connected[MetricGoroutines] - before[MetricGoroutines]) / n
	}
	if n := float64(events); n > 0 {
		f.ReadsPerEvent = (after[MetricStreamReads] - connected[MetricStreamReads]) / n
		f.ArticleLoadsPerEvent = (after[MetricArticleLoads] - connected[MetricArticleLoads]) / n
		f.DeliveredPerEvent = (after[MetricDelivered] - connected[MetricDelivered]) / n
	}
	return f
}

// pollEvery is how often a wait looks again.
const pollEvery = 100 * time.Millisecond

// poll calls check until it says done or fails, for at most within; a
// close of abort (when not nil) ends the wait with abortErr's error.
func poll(ctx context.Context, within time.Duration, abort <-chan struct{}, check func() (bool, error), late func() error, abortErr func() error) error {
	deadline := time.NewTimer(within)
	defer deadline.Stop()
	tick := time.NewTicker(pollEvery)
	defer tick.Stop()
	for {
		done, err := check()
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-abort:
			return abortErr()
		case <-deadline.C:
			return late()
		case <-tick.C:
		}
	}
}
