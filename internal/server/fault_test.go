package server_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// A database that goes out of reach while the server runs (PostgreSQL
// restarting, a SQLite file that cannot be opened) is a fault, not a bug:
// every request, anonymous or with a token, is answered 503 with
// Retry-After and UNAVAILABLE, and /readyz says not ready.
func TestDatabaseOutOfReachIsUnavailable(t *testing.T) {
	for _, eng := range testdb.Engines() {
		t.Run(eng.Name, func(t *testing.T) {
			ctx := context.Background()
			db, cut := openCuttable(t, eng)
			if _, err := demo.Load(ctx, db.Client); err != nil {
				t.Fatal(err)
			}
			_, secret, err := auth.CreateToken(ctx, db.Client, "desk", auth.Editor)
			if err != nil {
				t.Fatal(err)
			}
			e := &edge{db: db, h: server.New(db.Client, server.Options{
				DB:           db.SQL,
				Authenticate: auth.NewTokens(db.Client).Bearer,
			})}
			bearer := []string{"Authorization", "Bearer " + secret}
			const feed = `{ articles(first: 2) { edges { node { title } } } }`
			const mutation = `mutation { createTag(input: {name: "Bão"}) { id } }`
			if a := decode(t, e.post(t, feed, nil, bearer...)); len(a.Errors) > 0 {
				t.Fatalf("before the cut: %+v", a.Errors)
			}

			cut()
			for _, tc := range []struct {
				name string
				send func() *httptestRecorder
			}{
				{"anonymous POST", func() *httptestRecorder { return e.post(t, feed, nil) }},
				{"anonymous GET", func() *httptestRecorder { return e.get(t, []string{"query", feed}) }},
				{"anonymous, graphql-response+json", func() *httptestRecorder {
					return e.post(t, feed, nil, "Accept", "application/graphql-response+json")
				}},
				{"a token's query", func() *httptestRecorder { return e.post(t, feed, nil, bearer...) }},
				{"a token's mutation", func() *httptestRecorder { return e.post(t, mutation, nil, bearer...) }},
				{"anonymous lookup by slug", func() *httptestRecorder {
					return e.post(t, `{ article(slug: "x") { title } }`, nil)
				}},
			} {
				t.Run(tc.name, func(t *testing.T) {
					rec := tc.send()
					a := decode(t, rec)
					if rec.Code != http.StatusServiceUnavailable || a.code() != apperr.Unavailable {
						t.Fatalf("want 503 UNAVAILABLE, got %d %s", rec.Code, rec.Body)
					}
					if ra := rec.Header().Get("Retry-After"); ra != "5" {
						t.Errorf("Retry-After %q, want 5", ra)
					}
					if a.Errors[0].Extensions["retryAfter"] != float64(database.RetryAfter) {
						t.Errorf("extensions %v, want retryAfter %d", a.Errors[0].Extensions, database.RetryAfter)
					}
					if strings.Contains(strings.ToLower(rec.Body.String()), "dial") || strings.Contains(rec.Body.String(), "127.0.0.1") {
						t.Errorf("the answer shows the driver's error: %s", rec.Body)
					}
				})
			}
			if rec := e.request(t, http.MethodGet, "/readyz", ""); rec.Code != http.StatusServiceUnavailable {
				t.Errorf("/readyz: %d, want 503", rec.Code)
			}
		})
	}
}

type httptestRecorder = httptest.ResponseRecorder

// openCuttable opens a fresh, migrated database of eng and returns it with
// a function that puts it out of reach for good: on PostgreSQL the server
// talks to it through a TCP proxy that the cut stops, closing every
// connection (as a restart does); on SQLite the cut closes the idle
// connections and removes the database's directory, so that no new
// connection can open the file.
func openCuttable(t *testing.T, eng testdb.Engine) (*database.DB, func()) {
	t.Helper()
	ctx := context.Background()
	raw := eng.URL(t)
	var cut func()
	if eng.Name == "postgres" {
		u, err := url.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		p := startProxy(t, u.Host)
		u.Host = p.addr()
		raw = u.String()
		cut = p.stop
	}
	db, err := database.Open(ctx, raw)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if eng.Name == "sqlite" {
		dir := filepath.Dir(strings.SplitN(strings.TrimPrefix(raw, "sqlite:"), "?", 2)[0])
		cut = func() {
			db.SQL.SetMaxIdleConns(0)
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
		}
	}
	return db, cut
}

// proxy forwards TCP connections to a target until it is stopped.
type proxy struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
	wg    sync.WaitGroup
}

func startProxy(t *testing.T, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			client, err := ln.Accept()
			if err != nil {
				return
			}
			upstream, err := net.Dial("tcp", target)
			if err != nil {
				client.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, client, upstream)
			p.mu.Unlock()
			p.wg.Add(2)
			go func() { defer p.wg.Done(); io.Copy(upstream, client); upstream.Close() }()
			go func() { defer p.wg.Done(); io.Copy(client, upstream); client.Close() }()
		}
	}()
	t.Cleanup(p.stop)
	return p
}

func (p *proxy) addr() string { return p.ln.Addr().String() }

// stop closes the listener and every connection, and waits for the copies
// to end. Connecting again is refused.
func (p *proxy) stop() {
	p.ln.Close()
	p.mu.Lock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
	p.mu.Unlock()
	p.wg.Wait()
}

// A client that goes away is not a defect: its request ends as
// CLIENT_CLOSED_REQUEST, whether it left before the operation ran or while
// a resolver was reading, and nothing is logged as an internal error.
func TestClientGoneIsNotInternal(t *testing.T) {
	var logs bytes.Buffer
	defer slog.SetDefault(slog.Default())
	slog.SetDefault(slog.New(slog.NewTextHandler(&logs, nil)))

	db := testdb.Engines()[0].Open(t)
	if _, err := demo.Load(context.Background(), db.Client); err != nil {
		t.Fatal(err)
	}
	// leave, when set, is called as the first query runs: the client goes.
	var leave atomic.Pointer[context.CancelFunc]
	db.Client.Intercept(ent.InterceptFunc(func(next ent.Querier) ent.Querier {
		return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
			if f := leave.Swap(nil); f != nil {
				(*f)()
			}
			return next.Query(ctx, q)
		})
	}))
	h := server.New(db.Client, server.Options{DB: db.SQL, InterpretedQueries: true})
	for _, during := range []bool{false, true} {
		ctx, cancel := context.WithCancel(context.Background())
		if during {
			leave.Store(&cancel)
		} else {
			cancel()
		}
		body := `{"query": "{ people(first: 2) { edges { node { fullName } } } }"}`
		req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/query", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if a := decode(t, rec); a.code() != apperr.ClientClosed {
			t.Errorf("client gone (during the query: %v): HTTP %d, code %q; want %s: %s", during, rec.Code, a.code(), apperr.ClientClosed, rec.Body)
		}
		cancel()
	}
	if strings.Contains(logs.String(), "internal") {
		t.Errorf("logged as a defect:\n%s", logs.String())
	}
}
