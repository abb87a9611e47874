package server_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// admissionQuery reads through ent (the interpreted executor), where the
// tests' interceptor can hold it.
const admissionQuery = `{ articles(first: 1) { edges { node { id } } } }`

// lineServer is a live server whose operations can be held in the
// database: a request sent with the X-Request-ID of a held name stops at
// its first query until released. It records the order in which requests
// reached the database.
type lineServer struct {
	*liveServer
	mu      sync.Mutex
	held    map[string]chan struct{} // closed to release
	entered map[string]chan struct{} // closed when the request reached the database
	order   []string
}

func newLineServer(t *testing.T, db *database.DB, opts server.Options, held ...string) *lineServer {
	t.Helper()
	s := &lineServer{held: map[string]chan struct{}{}, entered: map[string]chan struct{}{}}
	for _, id := range held {
		s.held[id] = make(chan struct{})
	}
	// Installed before the event stream reads through the client: Intercept
	// is not safe beside a running query.
	db.Client.Intercept(ent.InterceptFunc(func(next ent.Querier) ent.Querier {
		return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
			if id := server.RequestID(ctx); id != "" {
				s.mu.Lock()
				_, seen := s.entered[id]
				if !seen {
					s.entered[id] = make(chan struct{})
					s.order = append(s.order, id)
					close(s.entered[id])
				}
				release := s.held[id]
				s.mu.Unlock()
				if release != nil && !seen {
					<-release
				}
			}
			return next.Query(ctx, q)
		})
	}))
	opts.InterpretedQueries = true
	s.liveServer = newLiveServer(t, db, opts)
	// Before the server closes (cleanups run last first), which waits for
	// the requests in flight: a test that failed may have left one held.
	t.Cleanup(func() {
		for id := range s.held {
			s.release(id)
		}
	})
	return s
}

// send posts admissionQuery as request id in the background; its status
// (0 when the client gave up) comes on the channel.
func (s *lineServer) send(ctx context.Context, id string) <-chan int {
	done := make(chan int, 1)
	go func() {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.url+"/query", strings.NewReader(`{"query":"`+admissionQuery+`"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Request-ID", id)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			done <- 0
			return
		}
		defer resp.Body.Close()
		var r response
		if json.NewDecoder(resp.Body).Decode(&r) != nil || len(r.Errors) > 0 {
			done <- -resp.StatusCode
			return
		}
		done <- resp.StatusCode
	}()
	return done
}

// awaitEntered waits until request id has reached the database.
func (s *lineServer) awaitEntered(t *testing.T, id string) {
	t.Helper()
	eventually(t, id+" in the database", func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		_, ok := s.entered[id]
		return ok
	})
}

// release lets request id go on; again, it does nothing.
func (s *lineServer) release(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-s.held[id]:
	default:
		close(s.held[id])
	}
}

// metric reads one figure (a full name with its labels, if any) of /metrics.
func (s *lineServer) metric(t *testing.T, name string) float64 {
	t.Helper()
	resp, err := http.Get(s.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), name+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("%s: %v", sc.Text(), err)
			}
			return f
		}
	}
	t.Fatalf("/metrics has no %s", name)
	return 0
}

func (s *lineServer) awaitMetric(t *testing.T, name string, want float64) {
	t.Helper()
	eventually(t, fmt.Sprintf("%s = %v", name, want), func() bool { return s.metric(t, name) == want })
}

// status waits for a request's status.
func status(t *testing.T, done <-chan int) int {
	t.Helper()
	select {
	case code := <-done:
		return code
	case <-time.After(wait):
		t.Fatalf("waited %s for an answer", wait)
		return 0
	}
}

// With one operation at a time, the next ones wait in line and execute in
// the order they came, each once the one before has finished; the line is
// in /metrics while it lasts.
func TestAdmissionLine(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newLineServer(t, db, server.Options{MaxConcurrent: 1}, "first")
		if got := s.metric(t, "newsgraph_admission_limit"); got != 1 {
			t.Errorf("limit %v, want 1", got)
		}
		first := s.send(context.Background(), "first")
		s.awaitEntered(t, "first")
		s.awaitMetric(t, "newsgraph_admission_executing", 1)
		var later []<-chan int
		for i, id := range []string{"second", "third", "fourth"} {
			later = append(later, s.send(context.Background(), id))
			s.awaitMetric(t, "newsgraph_admission_waiting", float64(i+1))
		}
		s.mu.Lock()
		if len(s.order) != 1 {
			t.Errorf("reached the database while one was executing: %v", s.order)
		}
		s.mu.Unlock()
		s.release("first")
		for _, done := range append([]<-chan int{first}, later...) {
			if code := status(t, done); code != http.StatusOK {
				t.Errorf("status %d", code)
			}
		}
		s.mu.Lock()
		if got := strings.Join(s.order, " "); got != "first second third fourth" {
			t.Errorf("executed in the order %s, want first second third fourth", got)
		}
		s.mu.Unlock()
		s.awaitMetric(t, "newsgraph_admission_waiting", 0)
		s.awaitMetric(t, "newsgraph_admission_executing", 0)
		if got := s.metric(t, "newsgraph_admission_wait_seconds_count"); got != 4 {
			t.Errorf("wait histogram counts %v operations, want 4", got)
		}
	})
}

// A request that leaves the line before its turn, because its client went
// away or its time ran out, takes no place: the line shortens at once and
// the next request gets the place.
func TestAdmissionLeavesTheLine(t *testing.T) {
	cases := []struct {
		name    string
		timeout time.Duration
		cancel  bool
		want    int // the leaver's status; 0: the client saw none
	}{
		{"the client goes away", 0, true, 0},
		{"the request timeout passes", time.Second, false, -http.StatusServiceUnavailable}, // TIMEOUT,
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			testdb.Each(t, func(t *testing.T, db *database.DB) {
				s := newLineServer(t, db, server.Options{MaxConcurrent: 1, RequestTimeout: c.timeout}, "holder")
				holder := s.send(context.Background(), "holder")
				s.awaitEntered(t, "holder")
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				leaver := s.send(ctx, "leaver")
				s.awaitMetric(t, "newsgraph_admission_waiting", 1)
				if c.cancel {
					cancel()
				}
				if code := status(t, leaver); code != c.want {
					t.Errorf("the leaver's status %d, want %d", code, c.want)
				}
				s.awaitMetric(t, "newsgraph_admission_waiting", 0)
				s.awaitMetric(t, "newsgraph_admission_abandoned_total", 1)
				s.release("holder")
				status(t, holder)
				// The place the leaver had in line is nobody's: the next
				// request runs as soon as the holder is done.
				if code := status(t, s.send(context.Background(), "next")); code != http.StatusOK {
					t.Errorf("the next request's status %d", code)
				}
				s.mu.Lock()
				if got := strings.Join(s.order, " "); got != "holder next" {
					t.Errorf("reached the database: %s, want holder next", got)
				}
				s.mu.Unlock()
				s.awaitMetric(t, "newsgraph_admission_executing", 0)
			})
		})
	}
}

// Subscriptions, by either transport, the probes, /metrics, the SDL and
// GraphiQL take no place in line: they are answered while the only place
// is held, and the subscriptions left open hold none afterwards.
func TestAdmissionLeavesOthersAlone(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newLineServer(t, db, server.Options{MaxConcurrent: 1}, "holder")
		holder := s.send(context.Background(), "holder")
		s.awaitEntered(t, "holder")
		for i, tr := range liveTransports {
			tr.subscribe(t, s.liveServer, "", articleEventsQuery, nil)
			s.awaitSubscribers(t, i+1)
		}
		for _, path := range []string{"/healthz", "/readyz", "/metrics", "/schema.graphql", "/"} {
			resp, err := http.Get(s.url + path)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("GET %s: %d while the place is held", path, resp.StatusCode)
			}
		}
		if got := s.metric(t, "newsgraph_admission_executing"); got != 1 {
			t.Errorf("executing %v with two subscriptions open, want 1 (the holder)", got)
		}
		s.release("holder")
		status(t, holder)
		for _, id := range []string{"after1", "after2"} {
			if code := status(t, s.send(context.Background(), id)); code != http.StatusOK {
				t.Errorf("%s: status %d with subscriptions open", id, code)
			}
		}
		s.awaitMetric(t, "newsgraph_admission_executing", 0)
		if got := s.metric(t, "newsgraph_admission_wait_seconds_count"); got != 3 {
			t.Errorf("operations admitted %v, want 3 (no subscription)", got)
		}
	})
}
