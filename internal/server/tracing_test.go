package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// tracedEdge is the full HTTP handler with tracing on, over a database of
// engine e holding the demo content whose statements are traced too, and
// the spans they all end.
func tracedEdge(t *testing.T, e testdb.Engine, opts server.Options) (*edge, *tracetest.InMemoryExporter) {
	t.Helper()
	spans := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(spans))
	db, err := database.Open(context.Background(), e.URL(t), database.WithTracing(tp))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	withDemo(t, db)
	opts.Tracing = tp
	ed := edgeOn(db, opts)
	spans.Reset() // the migration and the demo ran outside any trace
	return ed, spans
}

// trail is the spans of one trace: by name, and each one's parent.
type trail struct {
	spans tracetest.SpanStubs
}

func (tr trail) named(name string) []tracetest.SpanStub {
	var out []tracetest.SpanStub
	for _, s := range tr.spans {
		if s.Name == name {
			out = append(out, s)
		}
	}
	return out
}

func (tr trail) one(t *testing.T, name string) tracetest.SpanStub {
	t.Helper()
	found := tr.named(name)
	if len(found) != 1 {
		var names []string
		for _, s := range tr.spans {
			names = append(names, s.Name)
		}
		t.Fatalf("%d spans named %q among %v, want 1", len(found), name, names)
	}
	return found[0]
}

// sqlUnder is the SQL statements' spans whose parent is span.
func (tr trail) sqlUnder(span tracetest.SpanStub) []tracetest.SpanStub {
	var out []tracetest.SpanStub
	for _, s := range tr.spans {
		if s.Parent.SpanID() == span.SpanContext.SpanID() && s.SpanKind == trace.SpanKindClient {
			out = append(out, s)
		}
	}
	return out
}

func attr(s tracetest.SpanStub, key attribute.Key) string {
	for _, a := range s.Attributes {
		if a.Key == key {
			return a.Value.Emit()
		}
	}
	return ""
}

// A traced request is a server span that continues the caller's trace
// (W3C traceparent); its query or mutation is a span under it, named by
// the operation's type and name; each SQL statement is a span under the
// operation's, in the same trace. Errors give the operation's span their
// code; a trusted document its id; the access log the trace's id. Probes
// are not traced.
func TestTracing(t *testing.T) {
	for _, engine := range testdb.Engines() {
		t.Run(engine.Name, func(t *testing.T) {
			var logs bytes.Buffer
			old := slog.Default()
			slog.SetDefault(slog.New(server.LogHandler(slog.NewJSONHandler(&logs, nil))))
			t.Cleanup(func() { slog.SetDefault(old) })

			e, spans := tracedEdge(t, engine, server.Options{})
			const callerTrace, callerSpan = "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"
			rec := e.post(t, `query People { people(first: 3) { totalCount edges { node { fullName positions { title organization { name } } } } } }`, nil,
				"traceparent", "00-"+callerTrace+"-"+callerSpan+"-01")
			if a := decode(t, rec); len(a.Errors) > 0 {
				t.Fatalf("query: %s", rec.Body)
			}
			tr := trail{spans.GetSpans()}
			request := tr.one(t, "POST /query")
			if request.SpanContext.TraceID().String() != callerTrace || request.Parent.SpanID().String() != callerSpan || !request.Parent.IsRemote() {
				t.Errorf("the request's span does not continue the caller's trace: trace %s, parent %s", request.SpanContext.TraceID(), request.Parent.SpanID())
			}
			if request.SpanKind != trace.SpanKindServer {
				t.Errorf("the request's span is of kind %s", request.SpanKind)
			}
			op := tr.one(t, "query People")
			if op.Parent.SpanID() != request.SpanContext.SpanID() {
				t.Errorf("the operation's span is not the request's child")
			}
			if attr(op, "graphql.operation.type") != "query" || attr(op, "graphql.operation.name") != "People" {
				t.Errorf("operation span attributes %v", op.Attributes)
			}
			statements := tr.sqlUnder(op)
			if len(statements) == 0 {
				t.Fatal("no SQL span under the operation's")
			}
			for _, s := range statements {
				if s.SpanContext.TraceID().String() != callerTrace || s.Name != "SELECT" || attr(s, "db.query.text") == "" {
					t.Errorf("SQL span %s in trace %s, text %q", s.Name, s.SpanContext.TraceID(), attr(s, "db.query.text"))
				}
			}
			if len(tr.sqlUnder(request)) != 0 {
				t.Error("SQL statements ran outside the operation's span")
			}
			// The access log line of the request names its trace.
			var line map[string]any
			for _, l := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
				json.Unmarshal([]byte(l), &line)
				if line["msg"] == "http request" {
					break
				}
			}
			if line["trace_id"] != callerTrace || line["span_id"] != request.SpanContext.SpanID().String() {
				t.Errorf("access log %v lacks the trace", line)
			}

			// Without a traceparent, a trace of its own; an error's code.
			spans.Reset()
			e.post(t, `query Missing { node(id: "x") { id } }`, nil)
			tr = trail{spans.GetSpans()}
			op = tr.one(t, "query Missing")
			if op.SpanContext.TraceID().String() == callerTrace || op.Parent.SpanID() != tr.one(t, "POST /query").SpanContext.SpanID() {
				t.Error("a request without traceparent does not start its own trace")
			}
			if op.Status.Code != codes.Error || attr(op, "error.type") != "BAD_USER_INPUT" {
				t.Errorf("failed operation: status %v, error.type %q", op.Status, attr(op, "error.type"))
			}

			// Probes and scrapes make no span.
			spans.Reset()
			for _, p := range []string{"/healthz", "/readyz", "/metrics"} {
				e.request(t, http.MethodGet, p, "")
			}
			if n := len(spans.GetSpans()); n != 0 {
				t.Errorf("probes made %d spans", n)
			}
		})
	}
}

// A mutation's transaction is in its span: begin, the writes, commit.
func TestTracingMutation(t *testing.T) {
	for _, engine := range testdb.Engines() {
		t.Run(engine.Name, func(t *testing.T) {
			e, spans := tracedEdge(t, engine, server.Options{})
			rec := e.post(t, `mutation Tag { createTag(input: {name: "Thi đua"}) { id } }`, nil, "Authorization", "Bearer editor")
			if a := decode(t, rec); len(a.Errors) > 0 {
				t.Fatalf("mutation: %s", rec.Body)
			}
			tr := trail{spans.GetSpans()}
			op := tr.one(t, "mutation Tag")
			names := map[string]bool{}
			for _, s := range tr.sqlUnder(op) {
				names[s.Name] = true
			}
			for _, want := range []string{"sql.conn.begin_tx", "INSERT", "sql.tx.commit"} {
				if !names[want] {
					t.Errorf("no %s span under the mutation's: %v", want, names)
				}
			}
		})
	}
}

// The span of an operation of a trusted document names the document.
func TestTracingTrustedDocument(t *testing.T) {
	e, spans := tracedEdge(t, testdb.Engines()[0], server.Options{Documents: testManifest(t)})
	rec := e.request(t, http.MethodPost, "/query", `{"documentId":"`+documentID(feedDocument)+`"}`, "Content-Type", "application/json")
	if a := decode(t, rec); len(a.Errors) > 0 {
		t.Fatalf("document: %s", rec.Body)
	}
	op := trail{spans.GetSpans()}.one(t, "query Feed")
	if got := attr(op, "newsgraph.document.id"); got != documentID(feedDocument) {
		t.Errorf("newsgraph.document.id = %q, want %s", got, documentID(feedDocument))
	}
}
