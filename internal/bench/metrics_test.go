package bench

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

// Scrape sums each family over its labels and keeps counters, gauges and
// untyped values.
func TestScrape(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		w.Write([]byte(`# HELP newsgraph_subscribers Subscriptions open on this node.
# TYPE newsgraph_subscribers gauge
newsgraph_subscribers 1200
# TYPE newsgraph_event_stream_reads_total counter
newsgraph_event_stream_reads_total 41
# TYPE newsgraph_graphql_requests_total counter
newsgraph_graphql_requests_total{operation="A",outcome="ok"} 2
newsgraph_graphql_requests_total{operation="B",outcome="error"} 3
# TYPE process_resident_memory_bytes gauge
process_resident_memory_bytes 5.0331648e+07
plain_untyped 9
# TYPE newsgraph_graphql_request_duration_seconds histogram
newsgraph_graphql_request_duration_seconds_bucket{le="+Inf"} 5
newsgraph_graphql_request_duration_seconds_sum 0.5
newsgraph_graphql_request_duration_seconds_count 5
`))
	}))
	defer srv.Close()
	m, err := Scrape(context.Background(), srv.Client(), srv.URL+"/metrics")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]float64{
		MetricSubscribers: 1200, MetricStreamReads: 41, "newsgraph_graphql_requests_total": 5,
		MetricResidentBytes: 50331648, "plain_untyped": 9,
	} {
		if got, ok := m.Get(name); !ok || got != want {
			t.Errorf("%s = %v (%v), want %v", name, got, ok, want)
		}
	}
	if _, ok := m.Get("newsgraph_graphql_request_duration_seconds"); ok {
		t.Error("a histogram was read as one figure")
	}
	if _, ok := m.Get(MetricArticleLoads); ok {
		t.Error("a figure the server does not have was found")
	}
}

func TestMetricsURL(t *testing.T) {
	for in, want := range map[string]string{
		"http://127.0.0.1:8080/query":        "http://127.0.0.1:8080/metrics",
		"https://api.example.vn/query?x=1#f": "https://api.example.vn/metrics",
	} {
		if got, err := MetricsURL(in); err != nil || got != want {
			t.Errorf("MetricsURL(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := MetricsURL("127.0.0.1:8080"); err == nil {
		t.Error("a URL without a scheme was taken")
	}
}
