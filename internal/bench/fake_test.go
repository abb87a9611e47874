package bench

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"github.com/newsgraph/newsgraph/internal/events"
)

// fakeServer stands in for a newsgraph server with subscriptions and
// webhooks, to test the benchmarks' own logic: it numbers an event for
// each publication and update, streams it to its graphql-sse subscribers
// and delivers it, signed, to its one webhook endpoint, in order, retrying
// a failed attempt at once. Its /metrics says what the real ones do:
// 10 KB and 2 goroutines per subscriber, one read of the outbox per event.
type fakeServer struct {
	t *testing.T

	mu        sync.Mutex
	articles  int
	seq       int
	versions  map[string]int
	subs      map[chan string]bool
	reads     int
	loads     int
	delivered int
	hook      chan []byte // payloads for the deliverer
	hookDone  chan struct{}
	endpoints int
	peers     []*fakeServer // other nodes on the same "database": they stream its events too
}

func newFakeServer(t *testing.T) *fakeServer {
	return &fakeServer{t: t, versions: map[string]int{}, subs: map[chan string]bool{}}
}

// close stops the deliverer.
func (f *fakeServer) close() {
	f.mu.Lock()
	hook := f.hook
	f.hook = nil
	f.mu.Unlock()
	if hook != nil {
		close(hook)
		<-f.hookDone
	}
}

func (f *fakeServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/metrics":
		f.metrics(w)
	case r.URL.Path != "/query" || r.Method != http.MethodPost:
		http.NotFound(w, r)
	case strings.Contains(r.Header.Get("Accept"), "text/event-stream"):
		f.subscribe(w, r)
	default:
		f.mutate(w, r)
	}
}

func (f *fakeServer) metrics(w http.ResponseWriter) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := len(f.subs)
	fmt.Fprintf(w, "# TYPE %s gauge\n%s %d\n", MetricSubscribers, MetricSubscribers, n)
	fmt.Fprintf(w, "# TYPE %s counter\n%s %d\n", MetricStreamReads, MetricStreamReads, f.reads)
	fmt.Fprintf(w, "# TYPE %s counter\n%s %d\n", MetricArticleLoads, MetricArticleLoads, f.loads)
	fmt.Fprintf(w, "# TYPE %s counter\n%s %d\n", MetricDelivered, MetricDelivered, f.delivered)
	fmt.Fprintf(w, "# TYPE %s gauge\n%s %d\n", MetricResidentBytes, MetricResidentBytes, 50<<20+n*10<<10)
	fmt.Fprintf(w, "# TYPE %s gauge\n%s %d\n", MetricHeapInuse, MetricHeapInuse, 20<<20+n*5<<10)
	fmt.Fprintf(w, "# TYPE %s gauge\n%s %d\n", MetricGoroutines, MetricGoroutines, 10+2*n)
}

func (f *fakeServer) subscribe(w http.ResponseWriter, r *http.Request) {
	ch := make(chan string, 1000)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Write([]byte(":\n\n"))
	w.(http.Flusher).Flush()
	f.mu.Lock()
	f.subs[ch] = true
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		delete(f.subs, ch)
		f.mu.Unlock()
	}()
	for {
		select {
		case data := <-ch:
			fmt.Fprintf(w, "event: next\ndata: %s\n\n", data)
			w.(http.Flusher).Flush()
		case <-r.Context().Done():
			return
		}
	}
}

func (f *fakeServer) mutate(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Query     string
		Variables map[string]any
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if r.Header.Get("Authorization") != "Bearer ngt_fake" {
		json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{"message": "unauthenticated"}}})
		return
	}
	id, _ := req.Variables["id"].(string)
	var data any
	f.mu.Lock()
	op, _, _ := strings.Cut(strings.Fields(req.Query)[1], "(")
	switch op {
	case "BenchCreateArticle":
		f.articles++
		id = fmt.Sprint(4294967296 + f.articles)
		f.versions[id] = 1
		data = map[string]any{"createArticle": map[string]any{"id": id}}
	case "BenchPublishArticle":
		f.versions[id]++
		f.event(id, "ARTICLE_PUBLISHED")
		data = map[string]any{"publishArticle": map[string]any{"id": id, "version": f.versions[id]}}
	case "BenchUpdateArticle":
		if v, _ := req.Variables["v"].(float64); int(v) != f.versions[id] {
			f.mu.Unlock()
			json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{"message": "CONFLICT"}}})
			return
		}
		f.versions[id]++
		f.event(id, "ARTICLE_UPDATED")
		data = map[string]any{"updateArticle": map[string]any{"version": f.versions[id]}}
	case "BenchDeleteArticle":
		data = map[string]any{"deleteArticle": id}
	case "BenchCreateWebhookEndpoint":
		key := make([]byte, 24)
		rand.Read(key)
		secret := "whsec_" + base64.StdEncoding.EncodeToString(key)
		f.startDeliverer(req.Variables["url"].(string), secret)
		f.endpoints++
		data = map[string]any{"createWebhookEndpoint": map[string]any{"endpoint": map[string]any{"id": "99"}, "secret": secret}}
	case "BenchDeleteWebhookEndpoint":
		f.endpoints--
		data = map[string]any{"deleteWebhookEndpoint": id}
	default:
		f.t.Errorf("the fake server does not know %s", op)
	}
	f.mu.Unlock()
	json.NewEncoder(w).Encode(map[string]any{"data": data})
}

// event numbers an event and hands it out, under f.mu, to its subscribers
// and its peers'.
func (f *fakeServer) event(articleID, kind string) {
	f.seq++
	cursor := events.FormatCursor(f.seq)
	data, _ := json.Marshal(map[string]any{"data": map[string]any{"articleEvents": map[string]any{
		"cursor": cursor, "kind": kind, "articleId": articleID}}})
	f.stream(string(data))
	for _, p := range f.peers {
		p.mu.Lock()
		p.stream(string(data))
		p.mu.Unlock()
	}
	if f.hook != nil {
		payload, _ := json.Marshal(map[string]any{
			"type": strings.ToLower(strings.ReplaceAll(kind, "_", ".")), "timestamp": time.Now(),
			"data": map[string]any{"cursor": cursor, "articleId": articleID}})
		f.hook <- payload
	}
}

// stream hands an event to f's subscribers, under f.mu.
func (f *fakeServer) stream(data string) {
	f.reads++
	if len(f.subs) > 0 {
		f.loads++
	}
	for ch := range f.subs {
		ch <- data
		f.delivered++
	}
}

// startDeliverer delivers the payloads of f.hook to url in order, each
// until it is answered with a 2xx.
func (f *fakeServer) startDeliverer(url, secret string) {
	wh, err := standardwebhooks.NewWebhook(secret)
	if err != nil {
		f.t.Error(err)
		return
	}
	f.hook = make(chan []byte, 10000)
	f.hookDone = make(chan struct{})
	go func(hook chan []byte) {
		defer close(f.hookDone)
		n := 0
		for payload := range hook {
			n++
			id := fmt.Sprintf("msg_%d", n)
			for attempt := 1; ; attempt++ {
				now := time.Now()
				sig, _ := wh.Sign(id, now, payload)
				req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(payload))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set(standardwebhooks.HeaderWebhookID, id)
				req.Header.Set(standardwebhooks.HeaderWebhookTimestamp, fmt.Sprint(now.Unix()))
				req.Header.Set(standardwebhooks.HeaderWebhookSignature, sig)
				resp, err := http.DefaultClient.Do(req)
				if err == nil {
					resp.Body.Close()
					if resp.StatusCode/100 == 2 {
						break
					}
				}
				if attempt == 5 {
					f.t.Errorf("delivery %s: given up after %d attempts", id, attempt)
					break
				}
			}
		}
	}(f.hook)
}
