package server

import (
	"database/sql"
	"net/http"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/internal/buildinfo"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/responsecache"
)

// The outcomes a GraphQL request is counted under.
const (
	outcomeOK       = "ok"       // executed without errors
	outcomeError    = "error"    // executed, with errors in the answer
	outcomeRejected = "rejected" // refused before execution: HTTP, parse, validation or limit errors
)

// maxOperationLabels bounds the distinct operation labels /metrics keeps;
// names are chosen by clients, and each would be a new time series.
const maxOperationLabels = 200

// The operation labels that are not an operation's own.
const (
	labelAnonymous = "anonymous" // no name, no trusted document, or not read yet
	labelInvalid   = "invalid"   // a name that is not a GraphQL name
	labelOther     = "other"     // past the cap, or a name no valid operation had
)

// documentLabelDigits is how many hex digits of a trusted document's id
// label an operation without a name: enough to tell a manifest's apart.
const documentLabelDigits = 12

// metrics are the Prometheus figures of one server, in a registry of its own
// so that tests can build many servers.
type metrics struct {
	registry *prometheus.Registry
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	errors   *prometheus.CounterVec

	mu    sync.Mutex
	names map[string]bool
}

func newMetrics(db *sql.DB, stream *events.Stream, cache *responsecache.Cache, more ...prometheus.Collector) *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsgraph_graphql_requests_total",
			Help: "GraphQL requests by operation (its name, or its trusted document's short id; at most 200, then other) and outcome (ok, error, rejected).",
		}, []string{"operation", "outcome"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "newsgraph_graphql_request_duration_seconds",
			Help:    "Time to answer a GraphQL request, by operation (labelled as in newsgraph_graphql_requests_total) and outcome.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 15, 30},
		}, []string{"operation", "outcome"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsgraph_graphql_errors_total",
			Help: "Errors in GraphQL answers, by extensions.code (newsgraph's codes, docs/http.md).",
		}, []string{"code"}),
		names: map[string]bool{},
	}
	build := buildinfo.Read()
	buildInfo := prometheus.NewGauge(prometheus.GaugeOpts{
		Name:        "newsgraph_build_info",
		Help:        "The build of this server (always 1): version, VCS revision, Go version.",
		ConstLabels: prometheus.Labels{"version": build.Version, "revision": build.Revision, "goversion": build.GoVersion},
	})
	buildInfo.Set(1)
	m.registry.MustRegister(m.requests, m.duration, m.errors, buildInfo,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if db != nil {
		m.registry.MustRegister(collectors.NewDBStatsCollector(db, "newsgraph"))
	}
	if stream != nil {
		m.registry.MustRegister(streamCollectors(stream)...)
	}
	if cache != nil {
		m.registry.MustRegister(cacheCollectors(cache)...)
	}
	m.registry.MustRegister(more...)
	return m
}

// operation is the label an operation is counted under: its name (as
// operationLabel gives it) or, when it has none and ran a trusted
// document, the document's short id (sha256: and 12 hex digits). A label
// becomes a time series only when an operation that validated brings it,
// and only for the first maxOperationLabels of them in this process:
// later ones, and names no valid operation had (a client sends any
// operationName it likes with a document that fails), are "other". With a
// manifest of trusted documents, the labels are the manifest's names and
// ids and those of the ad-hoc operations of --adhoc-roles.
func (m *metrics) operation(name, document string, validated bool) string {
	label := name
	if label == labelAnonymous && len(document) >= documentLabelDigits {
		label = documentIDPrefix + document[:documentLabelDigits]
	}
	if m == nil || label == labelAnonymous || label == labelInvalid {
		return label
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	switch {
	case m.names[label]:
		return label
	case !validated || len(m.names) >= maxOperationLabels:
		return labelOther
	}
	m.names[label] = true
	return label
}

// observe counts one GraphQL request under its operation's label
// (m.operation). A nil m counts nothing.
func (m *metrics) observe(operation, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	m.requests.WithLabelValues(operation, outcome).Inc()
	m.duration.WithLabelValues(operation, outcome).Observe(took.Seconds())
}

// countErrors counts the errors of an answer by their code. The codes are
// newsgraph's own few (the presenter gives every error one), so the label
// stays bounded. A nil m counts nothing.
func (m *metrics) countErrors(errs gqlerror.List) {
	if m == nil {
		return
	}
	for _, e := range errs {
		code := codeOf(e)
		if code == "" {
			code = "NONE"
		}
		m.errors.WithLabelValues(code).Inc()
	}
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

// operationLabel is the metrics label of an operation name: the name when it
// is a GraphQL name of at most 64 characters, "anonymous" when empty, and
// "invalid" otherwise.
func operationLabel(name string) string {
	if name == "" {
		return labelAnonymous
	}
	if len(name) > 64 {
		return labelInvalid
	}
	for i, c := range name {
		letter := c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || c < '0' || c > '9') {
			return labelInvalid
		}
	}
	return name
}

func outcomeOf(resp *graphql.Response) string {
	switch {
	case resp.Data == nil:
		return outcomeRejected
	case len(resp.Errors) > 0:
		return outcomeError
	}
	return outcomeOK
}

// streamCollectors are the figures of this node's event stream, read from
// it when scraped. Reads and article loads against events written are the
// database work of subscriptions: they do not grow with the subscribers.
func streamCollectors(s *events.Stream) []prometheus.Collector {
	return []prometheus.Collector{
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "newsgraph_subscribers",
			Help: "Subscriptions open on this node.",
		}, func() float64 { return float64(s.Subscribers()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "newsgraph_event_stream_reads_total",
			Help: "Reads of the outbox for new events by this node's event stream, for all its subscribers at once.",
		}, func() float64 { return float64(s.Reads()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "newsgraph_event_article_loads_total",
			Help: "Reads of an event's article for subscribers: at most one per event and visibility, whatever the subscribers.",
		}, func() float64 { return float64(s.ArticleLoads()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "newsgraph_events_total",
			Help: "Events written to the outbox, by any node, as this node's stream read them.",
		}, func() float64 { return float64(s.Events()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "newsgraph_event_stream_head",
			Help: "The sequence number of the last event this node's stream has read: nodes that differ for long are not hearing each other.",
		}, func() float64 { return float64(s.Head()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "newsgraph_events_delivered_total",
			Help: "Events handed to subscribers on this node, one per event and subscriber.",
		}, func() float64 { return float64(s.Delivered()) }),
	}
}

// cacheCollectors are the figures of this node's response cache, read from
// it when scraped. The hit ratio over a window is
// rate(hits) / (rate(hits) + rate(misses)).
func cacheCollectors(c *responsecache.Cache) []prometheus.Collector {
	counter := func(name, help string, f func(responsecache.Stats) uint64) prometheus.Collector {
		return prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help}, func() float64 { return float64(f(c.Stats())) })
	}
	gauge := func(name, help string, f func(responsecache.Stats) float64) prometheus.Collector {
		return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, func() float64 { return f(c.Stats()) })
	}
	return []prometheus.Collector{
		counter("newsgraph_response_cache_hits_total", "Anonymous queries answered from this node's response cache.",
			func(s responsecache.Stats) uint64 { return s.Hits }),
		counter("newsgraph_response_cache_misses_total", "Anonymous queries this node's response cache did not hold (or, while it hears of no changes, would not serve).",
			func(s responsecache.Stats) uint64 { return s.Misses }),
		counter("newsgraph_response_cache_invalidations_total", "Times this node's response cache was emptied: a write committed somewhere, an event was read, the change listener was lost or came back.",
			func(s responsecache.Stats) uint64 { return s.Invalidations }),
		counter("newsgraph_response_cache_evictions_total", "Answers dropped from this node's response cache to keep it within its size.",
			func(s responsecache.Stats) uint64 { return s.Evictions }),
		gauge("newsgraph_response_cache_bytes", "Bytes of answers in this node's response cache (bodies and bookkeeping).",
			func(s responsecache.Stats) float64 { return float64(s.Bytes) }),
		gauge("newsgraph_response_cache_max_bytes", "The size this node's response cache stays within.",
			func(s responsecache.Stats) float64 { return float64(s.MaxBytes) }),
		gauge("newsgraph_response_cache_entries", "Answers in this node's response cache.",
			func(s responsecache.Stats) float64 { return float64(s.Entries) }),
		gauge("newsgraph_response_cache_hit_ratio", "Hits over lookups of this node's response cache since it started (0 before any).",
			func(s responsecache.Stats) float64 {
				if s.Hits+s.Misses == 0 {
					return 0
				}
				return float64(s.Hits) / float64(s.Hits+s.Misses)
			}),
	}
}
