package main

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"

	"github.com/newsgraph/newsgraph/internal/telemetry/telemetrytest"
	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

// A real `newsgraph serve --otlp-endpoint` process sends its spans to an
// OTLP/HTTP receiver through the SDK's exporter: a request that carries a
// W3C traceparent continues the caller's trace; its query is a span under
// the request's, and each SQL statement a span under the query's, all in
// the caller's trace. The last spans go out when the server stops.
func TestServeSendsTraces(t *testing.T) {
	const callerTrace, callerSpan = "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331"
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			receiver := telemetrytest.NewReceiver(t)
			c := testnode.Start(t, e.URL(t), 1, "--demo", "--otlp-endpoint", receiver.URL)
			n := c.Nodes[0]
			req, _ := http.NewRequest(http.MethodPost, n.Endpoint(),
				strings.NewReader(`{"query":"query People { people(first: 3) { totalCount edges { node { fullName positions { title } } } } }"}`))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("traceparent", "00-"+callerTrace+"-"+callerSpan+"-01")
			if _, body := send(t, req); codeIn(t, body) != "" {
				t.Fatalf("query: %s", body)
			}
			// The statements are on /metrics too, tracing or not.
			metrics, _ := http.NewRequest(http.MethodGet, n.URL()+"/metrics", nil)
			if _, body := send(t, metrics); !regexp.MustCompile(`(?m)^newsgraph_db_statement_duration_seconds_count\{kind="select"\} [1-9]`).Match(body) {
				t.Errorf("/metrics counts no select statement:\n%s", body)
			}
			n.Stop(t)

			spans := receiver.Wait(t, 10*time.Second, func(s []telemetrytest.Span) bool {
				for _, sp := range s {
					if sp.Name == "query People" {
						return true
					}
				}
				return false
			})
			byID := map[string]telemetrytest.Span{}
			var request, query telemetrytest.Span
			for _, s := range spans {
				byID[s.SpanID] = s
				switch s.Name {
				case "POST /query":
					request = s
				case "query People":
					query = s
				}
			}
			if request.TraceID != callerTrace || request.ParentSpanID != callerSpan || request.Kind != tracepb.Span_SPAN_KIND_SERVER {
				t.Errorf("request span %+v does not continue the caller's trace", request)
			}
			if query.TraceID != callerTrace || query.ParentSpanID != request.SpanID {
				t.Errorf("query span %+v is not under the request's", query)
			}
			if request.Resource["service.name"] != "newsgraph" || request.Path != "/v1/traces" {
				t.Errorf("resource %v, posted to %s", request.Resource, request.Path)
			}
			statements := 0
			for _, s := range spans {
				if s.Kind != tracepb.Span_SPAN_KIND_CLIENT || s.ParentSpanID != query.SpanID {
					continue
				}
				statements++
				if s.TraceID != callerTrace || s.Name != "SELECT" || s.Attributes["db.query.text"] == "" || s.Attributes["db.system.name"] == "" {
					t.Errorf("SQL span %+v", s)
				}
			}
			if statements == 0 {
				t.Errorf("no SQL span under the query's among %d spans", len(spans))
			}
		})
	}
}
