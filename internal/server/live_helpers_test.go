package server_test

// Clients of the subscription transports for the live tests: a small
// graphql-transport-ws client over coder/websocket and a graphql-sse
// reader, both behind one interface, against a real server on a loopback
// port with its event stream running.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/server"
)

// wait is the longest a live test waits for anything: generous, for CI
// under the race detector. Nothing waits for it unless something is wrong.
const wait = 30 * time.Second

// liveServer is newsgraph over a database, served on a loopback port,
// with this node's event stream running.
type liveServer struct {
	url    string
	db     *database.DB
	stream *events.Stream
}

// newLiveServer serves db with opts (tokens authenticated by the
// database, revocations checked every 50 ms unless opts say otherwise);
// configure may set the http.Server's timeouts. Everything stops when t
// ends: the stream first, which ends every subscription.
func newLiveServer(t *testing.T, db *database.DB, opts server.Options, configure ...func(*http.Server)) *liveServer {
	t.Helper()
	stream := events.NewStream(db.Client, db.ListenDSN())
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		stream.Run(ctx)
	}()
	opts.Events = stream
	if opts.Authenticate == nil {
		opts.Authenticate = auth.NewTokens(db.Client).Bearer
	}
	if opts.DB == nil {
		opts.DB = db.SQL
	}
	if opts.Live.RevocationCheck == 0 {
		opts.Live.RevocationCheck = 50 * time.Millisecond
	}
	srv := httptest.NewUnstartedServer(server.New(db.Client, opts))
	for _, c := range configure {
		c(srv.Config)
	}
	srv.Start()
	t.Cleanup(func() {
		cancel()
		<-stopped
		srv.Close()
	})
	return &liveServer{url: srv.URL, db: db, stream: stream}
}

// token creates an API token with role and returns its secret.
func (s *liveServer) token(t *testing.T, role auth.Role) (id int, secret string) {
	t.Helper()
	tok, secret, err := auth.CreateToken(context.Background(), s.db.Client, "live "+string(role), role)
	if err != nil {
		t.Fatal(err)
	}
	return tok.ID, secret
}

// response is a GraphQL response as a subscription client reads it.
type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// code is the extensions.code of the first error, or "".
func (r response) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// do sends a query or mutation over HTTP with token ("" for none) and
// fails t on errors.
func (s *liveServer) do(t *testing.T, token, query string, vars map[string]any, out any) {
	t.Helper()
	if err := s.post(token, query, vars, out); err != nil {
		t.Fatal(err)
	}
}

// post is do for goroutines other than the test's: it returns the error.
func (s *liveServer) post(token, query string, vars map[string]any, out any) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, s.url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r response
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return fmt.Errorf("%s: status %d, not a GraphQL response: %v", query, resp.StatusCode, err)
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("%s: %+v", query, r.Errors)
	}
	if out != nil {
		if err := json.Unmarshal(r.Data, out); err != nil {
			return fmt.Errorf("decode %s: %v", r.Data, err)
		}
	}
	return nil
}

// awaitSubscribers waits until the stream holds n subscriptions.
func (s *liveServer) awaitSubscribers(t *testing.T, n int) {
	t.Helper()
	eventually(t, fmt.Sprintf("%d subscribers", n), func() bool { return s.stream.Subscribers() == n })
}

// eventually waits until cond holds, looking every few milliseconds, and
// fails t if it does not within wait.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(wait)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited %s for %s", wait, what)
		}
		<-tick.C
	}
}

// subscription is one subscription as a client reads it.
type subscription interface {
	// next is the next response; false once the subscription has ended.
	next(t *testing.T) (response, bool)
}

// liveTransport opens subscriptions over one protocol; token "" is anonymous.
type liveTransport struct {
	name      string
	subscribe func(t *testing.T, s *liveServer, token, query string, vars map[string]any) subscription
}

var liveTransports = []liveTransport{
	{"graphql-transport-ws", func(t *testing.T, s *liveServer, token, query string, vars map[string]any) subscription {
		t.Helper()
		c, err := dialWS(t, s, "graphql-transport-ws", initWith(token), nil)
		if err != nil {
			t.Fatalf("connect: %v", err)
		}
		return c.subscribe(t, "1", query, vars)
	}},
	{"graphql-sse", func(t *testing.T, s *liveServer, token, query string, vars map[string]any) subscription {
		t.Helper()
		sub, resp := openSSE(t, s, token, query, vars)
		if sub == nil {
			t.Fatalf("event stream refused: %d %+v", resp.status, resp.response)
		}
		return sub
	}},
}

// initWith is the connection_init payload carrying token, if any.
func initWith(token string) map[string]any {
	if token == "" {
		return nil
	}
	return map[string]any{"Authorization": "Bearer " + token}
}

// wsMessage is a message of graphql-transport-ws (or graphql-ws).
type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// wsClient is one WebSocket connection: a reader goroutine answers pings
// and sorts messages by subscription id ("" for the connection's own).
type wsClient struct {
	conn *websocket.Conn

	mu     sync.Mutex
	queues map[string]chan wsMessage
	done   chan struct{} // closed when the connection has ended
	err    error         // why, once done
}

// dialWS connects with subprotocol and sends connection_init with payload.
// It returns once the server acknowledges, or the error it ended with:
// the handshake's, or the close (see closeStatus).
func dialWS(t *testing.T, s *liveServer, subprotocol string, payload map[string]any, header http.Header) (*wsClient, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(s.url, "http")+"/query", &websocket.DialOptions{
		Subprotocols: []string{subprotocol},
		HTTPHeader:   header,
	})
	if err != nil {
		return nil, err
	}
	conn.SetReadLimit(1 << 20)
	t.Cleanup(func() { conn.CloseNow() })
	c := &wsClient{conn: conn, queues: map[string]chan wsMessage{}, done: make(chan struct{})}
	go c.read()
	var init json.RawMessage
	if payload != nil {
		init, _ = json.Marshal(payload)
	}
	c.send(t, wsMessage{Type: "connection_init", Payload: init})
	m, ok := c.await(t, "")
	if !ok {
		return nil, c.err
	}
	if m.Type != "connection_ack" {
		t.Fatalf("want connection_ack, got %+v", m)
	}
	return c, nil
}

func (c *wsClient) read() {
	defer close(c.done)
	for {
		_, b, err := c.conn.Read(context.Background())
		if err != nil {
			c.err = err
			return
		}
		var m wsMessage
		if err := json.Unmarshal(b, &m); err != nil {
			c.err = fmt.Errorf("message %q: %w", b, err)
			return
		}
		switch m.Type {
		case "ping":
			b, _ := json.Marshal(wsMessage{Type: "pong"})
			c.conn.Write(context.Background(), websocket.MessageText, b)
		case "pong", "ka": // keep-alives
		default:
			c.queue(m.ID) <- m
		}
	}
}

func (c *wsClient) queue(id string) chan wsMessage {
	c.mu.Lock()
	defer c.mu.Unlock()
	q := c.queues[id]
	if q == nil {
		q = make(chan wsMessage, 10000)
		c.queues[id] = q
	}
	return q
}

func (c *wsClient) send(t *testing.T, m wsMessage) {
	t.Helper()
	b, _ := json.Marshal(m)
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	if err := c.conn.Write(ctx, websocket.MessageText, b); err != nil {
		t.Fatalf("send %s: %v", b, err)
	}
}

// await is the next message for id; false once the connection has ended
// and every message for id has been read.
func (c *wsClient) await(t *testing.T, id string) (wsMessage, bool) {
	t.Helper()
	q := c.queue(id)
	select {
	case m := <-q:
		return m, true
	case <-c.done:
		select {
		case m := <-q:
			return m, true
		default:
			return wsMessage{}, false
		}
	case <-time.After(wait):
		t.Fatalf("waited %s for a message of subscription %q", wait, id)
		return wsMessage{}, false
	}
}

// closeStatus waits for the connection to end and returns the close code
// and reason the server sent.
func (c *wsClient) closeStatus(t *testing.T) (websocket.StatusCode, string) {
	t.Helper()
	select {
	case <-c.done:
	case <-time.After(wait):
		t.Fatalf("the connection was not closed within %s", wait)
	}
	return closeOf(c.err)
}

func closeOf(err error) (websocket.StatusCode, string) {
	var ce websocket.CloseError
	if errors.As(err, &ce) {
		return ce.Code, ce.Reason
	}
	return -1, fmt.Sprint(err)
}

// subscribe starts the operation query under id.
func (c *wsClient) subscribe(t *testing.T, id, query string, vars map[string]any) *wsSubscription {
	t.Helper()
	payload, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	c.send(t, wsMessage{ID: id, Type: "subscribe", Payload: payload})
	return &wsSubscription{c: c, id: id}
}

type wsSubscription struct {
	c  *wsClient
	id string
}

func (s *wsSubscription) next(t *testing.T) (response, bool) {
	t.Helper()
	m, ok := s.c.await(t, s.id)
	if !ok {
		return response{}, false
	}
	var r response
	switch m.Type {
	case "next":
		if err := json.Unmarshal(m.Payload, &r); err != nil {
			t.Fatalf("next %s: %v", m.Payload, err)
		}
	case "error":
		if err := json.Unmarshal(m.Payload, &r.Errors); err != nil {
			t.Fatalf("error %s: %v", m.Payload, err)
		}
	case "complete":
		return response{}, false
	default:
		t.Fatalf("unexpected message %+v", m)
	}
	return r, true
}

// sseEvent is one event of a text/event-stream.
type sseEvent struct{ event, data string }

type sseSubscription struct{ events chan sseEvent }

// refusal is an answer that is not an event stream.
type refusal struct {
	status   int
	response response
}

// openSSE posts a subscription accepting text/event-stream, with token.
// It returns the stream, or nil and the answer when the server refused it.
func openSSE(t *testing.T, s *liveServer, token, query string, vars map[string]any) (*sseSubscription, refusal) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		defer resp.Body.Close()
		r := refusal{status: resp.StatusCode}
		if err := json.NewDecoder(resp.Body).Decode(&r.response); err != nil {
			t.Fatalf("status %d: not a GraphQL response: %v", resp.StatusCode, err)
		}
		return nil, r
	}
	return readSSE(resp.Body), refusal{status: resp.StatusCode}
}

// readSSE reads the events of a text/event-stream body until it ends.
func readSSE(body io.ReadCloser) *sseSubscription {
	sub := &sseSubscription{events: make(chan sseEvent, 10000)}
	go func() {
		defer body.Close()
		defer close(sub.events)
		sc := bufio.NewScanner(body)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		var e sseEvent
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if e.event != "" || e.data != "" {
					sub.events <- e
				}
				e = sseEvent{}
			case strings.HasPrefix(line, ":"): // a comment: keep-alive
			case strings.HasPrefix(line, "event:"):
				e.event = strings.TrimSpace(strings.TrimPrefix(line, "event:"))
			case strings.HasPrefix(line, "data:"):
				e.data += strings.TrimPrefix(strings.TrimPrefix(line, "data:"), " ")
			}
		}
	}()
	return sub
}

func (s *sseSubscription) next(t *testing.T) (response, bool) {
	t.Helper()
	select {
	case e, ok := <-s.events:
		if !ok || e.event == "complete" {
			return response{}, false
		}
		if e.event != "next" {
			t.Fatalf("unexpected event %+v", e)
		}
		var r response
		if err := json.Unmarshal([]byte(e.data), &r); err != nil {
			t.Fatalf("next %s: %v", e.data, err)
		}
		return r, true
	case <-time.After(wait):
		t.Fatalf("waited %s for an event", wait)
		return response{}, false
	}
}
