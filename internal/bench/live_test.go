package bench

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// The live benchmark against a stand-in server: every subscriber, spread
// over two servers, receives every event once, in order, and the server
// figures come out of /metrics as the stand-in set them.
func TestRunLive(t *testing.T) {
	a, b := newFakeServer(t), newFakeServer(t)
	a.peers = []*fakeServer{b}
	srvA, srvB := httptest.NewServer(a), httptest.NewServer(b)
	defer srvA.Close()
	defer srvB.Close()
	res, err := RunLive(context.Background(), LiveConfig{
		Subscribe: []string{srvA.URL + "/query", srvB.URL + "/query"}, Publish: srvA.URL + "/query",
		Token: "ngt_fake", Subscribers: 20, Events: 5, WithArticle: true, Timeout: 10 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK() || res.Received != 100 || res.Events != 5 || res.Latency.N != 100 {
		t.Fatalf("result %+v", res)
	}
	if len(res.Servers) != 2 {
		t.Fatalf("figures of %d servers, want 2", len(res.Servers))
	}
	for _, s := range res.Servers {
		if s.Subscribers != 10 || s.RSSAfterBytes-s.RSSBeforeBytes != 100<<10 || s.KBPerSubscriber != 10 || s.HeapKBPerSubscriber != 5 || s.GoroutinesPerSubscriber != 2 {
			t.Errorf("%s: %+v", s.Endpoint, s)
		}
	}
	for _, s := range res.Servers {
		if s.ReadsPerEvent != 1 || s.ArticleLoadsPerEvent != 1 || s.DeliveredPerEvent != 10 {
			t.Errorf("%s: %+v", s.Endpoint, s)
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.subs) != 0 {
		t.Errorf("%d subscribers left open", len(a.subs))
	}
}

// A server without the figures, or without subscriptions, is said to be
// so before anything is published.
func TestRunLiveSaysWhatIsMissing(t *testing.T) {
	noFigures := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("go_goroutines 12\nprocess_resident_memory_bytes 1e+08\n"))
	}))
	defer noFigures.Close()
	// Figures, but /query refuses event streams as a server without
	// subscriptions does.
	fake := newFakeServer(t)
	noStreams := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/query" {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			w.Write([]byte(`{"errors":[{"message":"this server has no subscriptions"}]}`))
			return
		}
		fake.ServeHTTP(w, r)
	}))
	defer noStreams.Close()
	for _, c := range []struct{ url, want string }{
		{noFigures.URL, "has no newsgraph_subscribers, newsgraph_event_stream_reads_total"},
		{noStreams.URL, "HTTP 400 Bad Request, application/json, not an event stream: {\"errors\":[{\"message\":\"this server has no subscriptions\"}]}"},
	} {
		_, err := RunLive(context.Background(), LiveConfig{
			Subscribe: []string{c.url + "/query"}, Publish: c.url + "/query", Token: "ngt_fake",
			Subscribers: 3, Events: 1, Timeout: 5 * time.Second,
		})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("err %v, want %q", err, c.want)
		}
	}
}

// Receipts: an event twice to one subscriber is a duplicate, an event
// after a later one is out of order, events of other articles and kinds
// are not the run's.
func TestLiveReceipts(t *testing.T) {
	r := newLiveRun(LiveConfig{Subscribers: 2})
	first, second := r.expect("1"), r.expect("2")
	at := time.Now()
	r.receive(0, "2", "ARTICLE_PUBLISHED", at)
	r.receive(0, "1", "ARTICLE_PUBLISHED", at) // after a later one
	r.receive(0, "1", "ARTICLE_PUBLISHED", at) // again
	r.receive(1, "1", "ARTICLE_UPDATED", at)   // not the run's kind
	r.receive(1, "3", "ARTICLE_PUBLISHED", at) // not the run's article
	r.receive(1, "1", "ARTICLE_PUBLISHED", at)
	first.answered, second.answered = at, at
	res := r.result(2)
	if res.Received != 3 || res.Missing != 1 || res.Duplicates != 1 || res.OutOfOrder != 1 || res.OK() {
		t.Errorf("%+v", res)
	}
	select {
	case <-first.all:
	default:
		t.Error("event 1 reached both subscribers, and is not marked so")
	}
}
