// Package server owns newsgraph's HTTP surface: the GraphQL endpoint and its
// gqlgen wiring (transports, abuse limits, trusted documents, persisted
// queries, caching), the playground, the SDL, health checks, metrics,
// request IDs and access logs, CORS, and running the server until SIGTERM.
package server

import (
	"bytes"
	"context"
	"database/sql"
	"log/slog"
	"net/http"
	"slices"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"go.opentelemetry.io/otel/trace"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/entgql"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/clientip"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/media"
	"github.com/newsgraph/newsgraph/internal/playground"
	"github.com/newsgraph/newsgraph/internal/ratelimit"
	"github.com/newsgraph/newsgraph/internal/relay"
	"github.com/newsgraph/newsgraph/internal/responsecache"
	"github.com/newsgraph/newsgraph/internal/webhooks"
)

// Options are the parts of the configuration the HTTP surface needs. The
// zero Options is a working development server: default limits,
// introspection, playground and metrics on, no cache, no timeout.
type Options struct {
	CORSOrigins []string
	// Authenticate tells who presents authorization, the value of a
	// request's Authorization header or of a WebSocket's connection_init
	// payload (auth.Tokens.Bearer): nil for none, an error (an
	// *apperr.Error, UNAUTHENTICATED) for credentials that are not valid.
	// Nil Authenticate treats every request as anonymous.
	Authenticate func(ctx context.Context, authorization string) (*auth.Caller, error)

	// DB is the pool behind the client: /readyz pings it and /metrics
	// reports its figures. Nil: /readyz answers ready without asking.
	DB *sql.DB

	Limits               Limits        // zero fields take DefaultLimits
	DisableIntrospection bool          // refuse __schema/__type, hide /schema.graphql, no "Did you mean"
	DisablePlayground    bool          // no GraphiQL at /
	DisableMetrics       bool          // no /metrics
	RequestTimeout       time.Duration // the longest a request may run; 0: no limit
	CacheMaxAge          time.Duration // max-age of anonymous GET answers; 0: not cacheable
	// MaxConcurrent is how many GraphQL operations sent over HTTP (GET and
	// POST /query, uploads included) execute at once; the others wait in
	// line, in the order they came (admission.go). Answers from the
	// response cache, subscriptions and what is sent over their
	// connections, and the other endpoints do not take a place. 0:
	// AutoConcurrency; negative: no limit.
	MaxConcurrent int
	// ResponseCache keeps anonymous queries' answers (POST and GET, one
	// operation each) in this node; its owner empties it on every change
	// (events.Stream.Watch). Nil: every query runs.
	ResponseCache *responsecache.Cache
	APQCacheSize  int // persisted queries remembered; 0: APQ off (off too while Documents is set)
	// Documents is the manifest of trusted documents (LoadManifest). When
	// set, only its documents run, named by documentId or by Apollo's
	// persistedQuery hash, or sent as their exact text; callers whose role
	// is in AdhocRoles may send any operation (GraphiQL's introspection
	// included). Automatic persisted queries are off: nothing may add a
	// document. Nil: every operation runs.
	Documents  *Manifest
	AdhocRoles []auth.Role
	// Media stores uploaded images and serves them at /media/ (media.Open:
	// a local directory or a shared bucket, with the public base URL of
	// Media.url). Without it, MediaDir is a local directory to do so, and
	// empty turns uploads off. MediaMaxBytes is the largest upload
	// (media.DefaultMaxBytes when not positive) for MediaDir.
	Media         *media.Store
	MediaDir      string
	MediaMaxBytes int64
	// FeedbackLimit limits submitFeedback per client address; nil: the
	// default limit, kept in this process.
	FeedbackLimit ratelimit.Limit
	// ClientIPHeader names the header a trusted reverse proxy puts the
	// client address in; empty (the default) uses the connection's address.
	ClientIPHeader string
	// InterpretedQueries answers every query with gqlgen's executor, not
	// the compiled one (graph.WithoutCompiledQueries).
	InterpretedQueries bool
	// Events is this node's event stream, which subscriptions read; nil:
	// no subscriptions.
	Events *events.Stream
	Live   LiveLimits // zero fields take DefaultLive
	// Collectors are more Prometheus figures for /metrics (the webhook
	// deliverer's, say).
	Collectors []prometheus.Collector
	// Webhooks is what the URLs of webhook endpoints registered through
	// the API must meet; the zero Policy allows only public addresses.
	Webhooks webhooks.Policy
	// Tracing makes spans of requests and operations (tracing.go); nil:
	// no tracing, and nothing of it on the way of a request.
	Tracing trace.TracerProvider
}

// New returns the HTTP handler of newsgraph over client.
func New(client *ent.Client, opts Options) http.Handler {
	limits := opts.Limits.withDefaults()
	admit := newAdmission(opts.MaxConcurrent)
	var m *metrics
	if !opts.DisableMetrics {
		m = newMetrics(opts.DB, opts.Events, opts.ResponseCache, slices.Concat(opts.Collectors, admit.collectors())...)
	}
	origins := corsFor(opts.CORSOrigins)
	store := opts.Media
	if store == nil && opts.MediaDir != "" {
		store = media.NewStore(opts.MediaDir, opts.MediaMaxBytes)
	}

	schemaOpts := []graph.Option{graph.WithMedia(store), graph.WithWebhookPolicy(opts.Webhooks)}
	if opts.FeedbackLimit != nil {
		schemaOpts = append(schemaOpts, graph.WithFeedbackLimit(opts.FeedbackLimit))
	}
	if opts.InterpretedQueries {
		schemaOpts = append(schemaOpts, graph.WithoutCompiledQueries())
	}
	var subscriptions *live
	if opts.Events != nil {
		subscriptions = &live{limits: limits, settings: opts.Live.withDefaults(), origins: origins, authenticate: opts.Authenticate}
		if client != nil {
			subscriptions.revocations = auth.NewRevocations(client, subscriptions.settings.RevocationCheck)
		}
		schemaOpts = append(schemaOpts, graph.WithEvents(opts.Events, subscriptions.settings.MaxSubscribers))
	}
	es := graph.NewSchema(client, schemaOpts...)
	gql := handler.New(es)
	gql.AddTransport(transport.Options{})
	httpT := httpTransport{limits: limits, cacheMaxAge: opts.CacheMaxAge, metrics: m, live: subscriptions != nil, cache: opts.ResponseCache, admission: admit}
	gql.AddTransport(httpT)
	if store != nil {
		// The gate in front lets multipart through only as a real upload
		// (a browser form posts multipart cross-site without a preflight).
		gql.AddTransport(uploadTransport{http: httpT, maxFile: store.MaxBytes()})
	}
	if subscriptions != nil {
		for _, t := range subscriptions.transports() {
			gql.AddTransport(t)
		}
	}
	gql.AddTransport(noSubscriptions{live: subscriptions != nil})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	gql.SetParserTokenLimit(limits.MaxTokens)
	gql.SetDisableSuggestion(opts.DisableIntrospection)
	if opts.Tracing != nil {
		// First, so that its span holds everything the operation does.
		gql.Use(operationTracing{tracer: opts.Tracing.Tracer(tracerName)})
	}
	// A WebSocket's flood of operations is refused before anything else
	// looks at them.
	gql.Use(operationRate{})
	// What may run is decided next, before anything reads the document,
	// whatever the transport and the executor.
	gql.Use(trustedDocuments{manifest: opts.Documents, adhoc: opts.AdhocRoles})
	if !opts.DisableIntrospection {
		gql.Use(extension.Introspection{})
	}
	if opts.APQCacheSize > 0 && opts.Documents == nil {
		gql.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](opts.APQCacheSize)})
	}
	// Cheapest and most specific checks first: the shape (linear in the
	// document), page sizes (a clearer error than complexity for first: 1000),
	// then the complexity walk.
	gql.Use(shapeLimits{limits: limits, introspection: !opts.DisableIntrospection})
	gql.Use(oneStream{})
	gql.Use(inputValues{schema: es.Schema()})
	gql.Use(relay.PageSize{Check: graph.CheckPageArgs})
	if client != nil {
		// Each mutation runs in one transaction: a failure leaves nothing behind.
		gql.Use(entgql.Transactioner{TxOpener: client})
	}
	gql.Use(newComplexityLimit(limits.MaxComplexity))
	gql.Use(operationBudget{timeout: opts.RequestTimeout})
	gql.SetErrorPresenter(presenter(!opts.DisableIntrospection))
	gql.SetRecoverFunc(recoverResolver)

	mux := http.NewServeMux()
	mux.Handle("/query", origins.Handler(gate(limits.MaxBodyBytes, m, clientip.Middleware(opts.ClientIPHeader, authenticate(opts.Authenticate, gql)))))
	if !opts.DisableIntrospection {
		sdl := []byte(SDL())
		started := time.Now()
		mux.HandleFunc("GET /schema.graphql", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			http.ServeContent(w, r, "schema.graphql", started, bytes.NewReader(sdl))
		})
	}
	if store != nil {
		mux.Handle("GET "+media.URLPrefix, authenticate(opts.Authenticate, store.Handler(mediaVisibility(client))))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if err := ping(r.Context(), opts.DB); err != nil {
			slog.WarnContext(r.Context(), "not ready: the database does not answer", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte("the database does not answer\n"))
			return
		}
		w.Write([]byte("ok\n"))
	})
	if m != nil {
		mux.Handle("GET /metrics", m.handler())
	}
	if !opts.DisablePlayground {
		pg := playground.Handler("/query")
		mux.Handle("GET /{$}", pg)
		mux.Handle("GET "+playground.AssetPrefix, pg)
	}
	h := withRequestID(accessLog(recoverPanics(requestBudget(opts.RequestTimeout, mux))))
	if opts.Tracing != nil {
		h = traceRequests(opts.Tracing, h)
	}
	return h
}

// ping asks the database for a sign of life, for at most five seconds.
func ping(ctx context.Context, db *sql.DB) error {
	if db == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return db.PingContext(ctx)
}

// SDL returns the full GraphQL schema of newsgraph as text.
func SDL() string {
	var sdl bytes.Buffer
	formatter.NewFormatter(&sdl, formatter.WithComments()).FormatSchema(graph.NewSchema(nil).Schema())
	return sdl.String()
}

// corsFor allows browsers on origins (patterns with one '*', such as
// http://localhost:*) to call the API, with the methods and headers it uses.
// Credentials (cookies) are never allowed: the API's credential is the
// Authorization header, which needs no cookie and so cannot be replayed by
// another site, whatever the origins, "*" included.
func corsFor(origins []string) *cors.Cors {
	return cors.New(cors.Options{
		AllowedOrigins:   origins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:   []string{"Content-Type", "Authorization", "X-Request-ID"},
		ExposedHeaders:   []string{"X-Request-ID", "ETag"},
		AllowCredentials: false,
		MaxAge:           corsMaxAge,
	})
}

// corsMaxAge is how long (seconds) a browser may reuse a preflight answer:
// two hours, the most Chromium honours.
const corsMaxAge = 7200

// authenticate puts the caller of each request into its context. Credentials
// that are not valid are refused outright rather than treated as anonymous,
// so a client with a revoked token learns it at once.
func authenticate(who func(context.Context, string) (*auth.Caller, error), next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		note(r.Context(), func(n *requestNote) { n.client = clientip.FromContext(r.Context()) })
		if who == nil {
			next.ServeHTTP(w, r)
			return
		}
		caller, err := who(r.Context(), r.Header.Get("Authorization"))
		if err != nil {
			// UNAUTHENTICATED, UNAVAILABLE when the token store is out of
			// reach, or INTERNAL: the one presenter tells them apart.
			noteErrors(r.Context(), gqlerror.List{writeError(r.Context(), w, negotiate(r.Header.Get("Accept")), err)})
			return
		}
		if caller != nil {
			note(r.Context(), func(n *requestNote) { n.caller = caller.Name })
			r = r.WithContext(auth.WithCaller(r.Context(), caller))
		}
		next.ServeHTTP(w, r)
	})
}
