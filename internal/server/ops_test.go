package server_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/auth"

	"github.com/newsgraph/newsgraph/internal/server"
)

// The playground page and everything it references come from newsgraph:
// no URL of another host in the page, and every asset served.
func TestPlaygroundIsSelfContained(t *testing.T) {
	e := newEdge(t, server.Options{})
	rec := e.request(t, http.MethodGet, "/", "")
	page := rec.Body.String()
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("/: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	if m := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]`).FindString(page); m != "" {
		t.Errorf("the page names another host: %q", m)
	}
	csp := rec.Header().Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("Content-Security-Policy = %q", csp)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(page, -1)
	var scripts, styles int
	for _, ref := range refs {
		u := ref[1]
		if strings.HasPrefix(u, "data:") {
			continue
		}
		if !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") {
			t.Errorf("reference %q is not on this server", u)
			continue
		}
		rec := e.request(t, http.MethodGet, u, "")
		if rec.Code != http.StatusOK || rec.Body.Len() == 0 {
			t.Errorf("%s: %d, %d bytes", u, rec.Code, rec.Body.Len())
			continue
		}
		switch ct := rec.Header().Get("Content-Type"); {
		case strings.HasPrefix(ct, "text/javascript"):
			scripts++
		case strings.HasPrefix(ct, "text/css"):
			styles++
			// A stylesheet may load fonts and images; they must be inline.
			if m := regexp.MustCompile(`url\(\s*['"]?(https?:)?//`).FindString(rec.Body.String()); m != "" {
				t.Errorf("%s loads from another host: %q", u, m)
			}
		default:
			t.Errorf("%s: Content-Type %q", u, ct)
		}
	}
	if scripts != 4 || styles != 1 {
		t.Errorf("want react, react-dom, graphiql and start.js plus one stylesheet, got %d scripts and %d styles", scripts, styles)
	}

	// Assets go gzipped to clients that take it, and revalidate with an ETag.
	rec = e.request(t, http.MethodGet, "/playground/graphiql.min.js", "", "Accept-Encoding", "gzip")
	zr, err := gzip.NewReader(rec.Body)
	if err != nil || rec.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("gzip: %v, %q", err, rec.Header().Get("Content-Encoding"))
	}
	plain, _ := io.ReadAll(zr)
	if !bytes.Contains(plain, []byte("GraphiQL")) {
		t.Error("the gzipped bundle is not GraphiQL")
	}
	if again := e.request(t, http.MethodGet, "/playground/graphiql.min.js", "", "If-None-Match", rec.Header().Get("ETag")); again.Code != http.StatusNotModified {
		t.Errorf("If-None-Match: %d", again.Code)
	}
	if rec := e.request(t, http.MethodGet, "/playground/nothing.js", ""); rec.Code != http.StatusNotFound {
		t.Errorf("an unknown asset: %d", rec.Code)
	}

	off := newEdge(t, server.Options{DisablePlayground: true})
	for _, p := range []string{"/", "/playground/graphiql.min.js"} {
		if rec := off.request(t, http.MethodGet, p, ""); rec.Code != http.StatusNotFound {
			t.Errorf("playground off: %s answers %d", p, rec.Code)
		}
	}
}

func TestHealthAndReadiness(t *testing.T) {
	e := newEdge(t, server.Options{})
	for _, p := range []string{"/healthz", "/readyz"} {
		if rec := e.request(t, http.MethodGet, p, ""); rec.Code != http.StatusOK {
			t.Errorf("%s: %d", p, rec.Code)
		}
	}
	e.db.SQL.Close()
	if rec := e.request(t, http.MethodGet, "/readyz", ""); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("/readyz with the database gone: %d", rec.Code)
	}
	if rec := e.request(t, http.MethodGet, "/healthz", ""); rec.Code != http.StatusOK {
		t.Errorf("/healthz with the database gone: %d (the process is still up)", rec.Code)
	}
}

func TestMetrics(t *testing.T) {
	e := newEdge(t, server.Options{})
	e.post(t, `query FrontPage { people(first: 2) { totalCount } }`, nil)
	e.post(t, `query FrontPage { people(first: 2) { totalCount } }`, nil)
	e.post(t, `query Broken { nope }`, nil)
	e.post(t, `query Missing { node(id: "x") { id } }`, nil)
	e.request(t, http.MethodPost, "/query", "x=1", "Content-Type", "text/plain")
	body := e.request(t, http.MethodGet, "/metrics", "").Body.String()
	for _, want := range []string{
		`newsgraph_graphql_requests_total{operation="FrontPage",outcome="ok"} 2`,
		// A document that does not validate has no name the server can trust.
		`newsgraph_graphql_requests_total{operation="anonymous",outcome="rejected"} 2`,
		`newsgraph_graphql_requests_total{operation="Missing",outcome="error"} 1`,
		`newsgraph_graphql_request_duration_seconds_count{operation="FrontPage",outcome="ok"} 2`,
		// By code: the unknown field, the form post, the missing node.
		`newsgraph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1`,
		`newsgraph_graphql_errors_total{code="UNSUPPORTED_MEDIA_TYPE"} 1`,
		`newsgraph_graphql_errors_total{code="BAD_USER_INPUT"} 1`,
		`newsgraph_build_info{goversion="go`,
		`go_sql_max_open_connections{db_name="newsgraph"}`,
		`go_sql_in_use_connections{db_name="newsgraph"}`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	off := newEdge(t, server.Options{DisableMetrics: true})
	if rec := off.request(t, http.MethodGet, "/metrics", ""); rec.Code != http.StatusNotFound {
		t.Errorf("metrics off: %d", rec.Code)
	}
}

func TestRequestIDAndJSONLogs(t *testing.T) {
	var logs bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(server.LogHandler(slog.NewJSONHandler(&logs, nil))))
	t.Cleanup(func() { slog.SetDefault(old) })

	desk := &auth.Caller{TokenID: 7, Name: "desk: Lan", Role: auth.Editor}
	e := newEdge(t, server.Options{Authenticate: func(_ context.Context, h string) (*auth.Caller, error) {
		if h == "Bearer ngt_desk" {
			return desk, nil
		}
		return nil, nil
	}})
	rec := e.post(t, `{ __typename }`, nil, "X-Request-ID", "lb-1234.abc")
	if got := rec.Header().Get("X-Request-ID"); got != "lb-1234.abc" {
		t.Errorf("a sane X-Request-ID is kept: got %q", got)
	}
	rec = e.post(t, `{ __typename }`, nil, "X-Request-ID", "evil\"\ninjected")
	forged := rec.Header().Get("X-Request-ID")
	if forged == "" || strings.Contains(forged, "evil") {
		t.Errorf("an unsafe X-Request-ID must be replaced, got %q", forged)
	}
	generated := e.post(t, `{ __typename }`, nil).Header().Get("X-Request-ID")
	if len(generated) != 32 {
		t.Errorf("generated ID %q", generated)
	}

	e.post(t, `query Named { __typename }`, nil, "X-Request-ID", "named", "Authorization", "Bearer ngt_desk")
	e.request(t, http.MethodGet, "/healthz", "", "X-Request-ID", "probe")
	e.post(t, `query Broken { nope }`, nil, "X-Request-ID", "broken")
	var ids []string
	operations := map[string]string{}
	records := map[string]map[string]any{}
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line %q is not JSON: %v", line, err)
		}
		if rec["msg"] == "http request" {
			id, _ := rec["request_id"].(string)
			ids = append(ids, id)
			operations[id], _ = rec["operation"].(string)
			records[id] = rec
		}
	}
	// The probe is logged at debug level, below the handler's info.
	if strings.Join(ids, " ") != strings.Join([]string{"lb-1234.abc", forged, generated, "named", "broken"}, " ") {
		t.Errorf("access log request IDs = %v", ids)
	}
	if operations["named"] != "Named" || operations["lb-1234.abc"] != "anonymous" {
		t.Errorf("access log operations = %v", operations)
	}
	// Who called (the token's name, never its secret), from where, and the
	// code of what went wrong.
	for id, want := range map[string]map[string]any{
		"named":  {"caller": "desk: Lan", "client": "192.0.2.1", "code": nil},
		"broken": {"caller": nil, "client": "192.0.2.1", "code": "GRAPHQL_VALIDATION_FAILED"},
	} {
		for k, v := range want {
			if got := records[id][k]; got != v {
				t.Errorf("access log of %s: %s = %v, want %v", id, k, got, v)
			}
		}
	}
	if strings.Contains(logs.String(), "ngt_desk") {
		t.Error("the access log holds a token's secret")
	}
}

func TestRequestTimeout(t *testing.T) {
	e := newEdge(t, server.Options{RequestTimeout: time.Nanosecond})
	rec := e.post(t, `{ people(first: 5) { edges { node { fullName } } } }`, nil)
	a := decode(t, rec)
	if rec.Code != http.StatusServiceUnavailable || a.code() != server.CodeTimeout {
		t.Fatalf("want 503 %s, got %d %s", server.CodeTimeout, rec.Code, rec.Body)
	}
	if rec := newEdge(t, server.Options{RequestTimeout: time.Minute}).post(t, `{ people(first: 5) { totalCount } }`, nil); decode(t, rec).code() != "" {
		t.Errorf("within the timeout: %s", rec.Body)
	}
}

// SIGTERM stops the server taking connections but lets the request in
// flight finish with its answer.
func TestGracefulShutdownOnSIGTERM(t *testing.T) {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()

	started, release := make(chan struct{}), make(chan struct{})
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		w.Write([]byte("finished"))
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- server.Run(ctx, srv, ln, time.Minute) }()

	answer := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/slow")
		if err != nil {
			answer <- "error: " + err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		answer <- string(b)
	}()
	<-started
	shuttingDown := make(chan struct{})
	srv.RegisterOnShutdown(func() { close(shuttingDown) })
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	<-shuttingDown // called once Shutdown has closed the listener
	if c, err := net.Dial("tcp", ln.Addr().String()); err == nil {
		c.Close()
		t.Error("a new connection was taken after SIGTERM")
	}
	select {
	case err := <-done:
		t.Fatalf("Run returned (%v) while a request was in flight", err)
	default:
	}
	close(release)
	if got := <-answer; got != "finished" {
		t.Errorf("the request in flight got %q", got)
	}
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
}
