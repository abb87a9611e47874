package bench

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// The figures of a server's /metrics that the live benchmarks read.
const (
	MetricSubscribers   = "newsgraph_subscribers"               // subscriptions open on the node
	MetricStreamReads   = "newsgraph_event_stream_reads_total"  // reads of the outbox by the node's stream
	MetricArticleLoads  = "newsgraph_event_article_loads_total" // reads of an event's article for subscribers
	MetricDelivered     = "newsgraph_events_delivered_total"    // events handed to subscribers
	MetricResidentBytes = "process_resident_memory_bytes"       // the process's RSS
	MetricHeapInuse     = "go_memstats_heap_inuse_bytes"        // bytes in in-use heap spans
	MetricGoroutines    = "go_goroutines"                       // goroutines that exist
)

// Metrics are the figures of one scrape of /metrics: each family's
// counters, gauges and untyped values, summed over their labels.
type Metrics map[string]float64

// Get returns the figure of family name and whether the server has it.
func (m Metrics) Get(name string) (float64, bool) {
	v, ok := m[name]
	return v, ok
}

// MetricsURL is the /metrics address of the server whose GraphQL endpoint
// is endpoint.
func MetricsURL(endpoint string) (string, error) {
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("%q is not the URL of a GraphQL endpoint", endpoint)
	}
	u.Path, u.RawQuery, u.Fragment = "/metrics", "", ""
	return u.String(), nil
}

// Scrape reads the Prometheus text exposition at metricsURL.
func Scrape(ctx context.Context, client *http.Client, metricsURL string) (Metrics, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, metricsURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "text/plain")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("scrape %s: %w", metricsURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("scrape %s: HTTP %s (is the server run with --metrics?)", metricsURL, resp.Status)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("scrape %s: %w", metricsURL, err)
	}
	m := Metrics{}
	for name, f := range families {
		for _, s := range f.GetMetric() {
			if v, ok := value(f.GetType(), s); ok {
				m[name] += v
			}
		}
	}
	return m, nil
}

func value(t dto.MetricType, s *dto.Metric) (float64, bool) {
	switch t {
	case dto.MetricType_COUNTER:
		return s.GetCounter().GetValue(), true
	case dto.MetricType_GAUGE:
		return s.GetGauge().GetValue(), true
	case dto.MetricType_UNTYPED:
		return s.GetUntyped().GetValue(), true
	}
	return 0, false
}
