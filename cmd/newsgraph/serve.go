package main

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"time"

	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/config"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/media"
	"github.com/newsgraph/newsgraph/internal/ratelimit"
	"github.com/newsgraph/newsgraph/internal/responsecache"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/telemetry"
	"github.com/newsgraph/newsgraph/internal/webhooks"
)

func serve(ctx context.Context, args []string, _ io.Writer) error {
	var cfg config.Config
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	check := cfg.Bind(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := check(); err != nil {
		return err
	}
	// A manifest that is not what it says stops the start before anything
	// opens, as an invalid setting does.
	documents, err := loadDocuments(cfg.Documents)
	if err != nil {
		return err
	}
	// JSON logs, each record of a request carrying its request_id.
	slog.SetDefault(slog.New(server.LogHandler(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))))
	// Tracing, when an OTLP endpoint is set, starts before the database
	// opens: its statements are spans of the requests' traces.
	tracing, err := telemetry.Start(ctx, telemetry.Settings{
		Endpoint: cfg.OTLPEndpoint, TracesEndpoint: cfg.OTLPTracesEndpoint, SampleRatio: cfg.TraceSampleRatio})
	if err != nil {
		return err
	}
	defer flushTraces(tracing)
	db, err := openMigrated(ctx, cfg.DatabaseURL, database.WithTracing(tracing.TracerProvider()), database.WithMaxConns(cfg.DBMaxConns))
	if err != nil {
		return err
	}
	defer db.Close()
	if cfg.Demo {
		if err := loadDemo(ctx, db); err != nil {
			return err
		}
	}

	// The event stream and the scheduler run as long as the server: the
	// stream feeds this node's subscriptions, the scheduler announces
	// articles whose publication time comes (once, whatever the nodes).
	stream := events.NewStream(db.Client, db.ListenDSN())
	live, stopLive := context.WithCancel(ctx)
	defer stopLive()
	go stream.Run(live)
	go events.Schedule(live, db.Client)
	tuneGC(live, db.EngineMemory(), cfg.ResponseCacheBytes, stream.Subscribers)

	// The webhook deliverer takes its share of the endpoints: each is
	// delivered to by one node at a time, whatever the number of nodes. On
	// shutdown it gives its leases back before the process exits, so that
	// another node takes over at once rather than when they expire.
	deliverer := webhooks.NewDeliverer(db.Client, webhookOptions(cfg))
	if cfg.WebhookConcurrency > 0 {
		delivering := make(chan struct{})
		go func() {
			defer close(delivering)
			deliverer.Run(live)
		}()
		defer func() {
			stopLive()
			<-delivering
		}()
	}

	// Uploaded images: a bucket every node shares, or this node's directory.
	store, err := media.Open(ctx, mediaConfig(cfg))
	if err != nil {
		return err
	}
	defer store.Close()
	feedback, closeFeedback, err := feedbackLimit(ctx, db)
	if err != nil {
		return err
	}
	defer closeFeedback()

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	opts := serverOptions(cfg, db, stream)
	opts.Documents = documents
	opts.Media = store
	opts.FeedbackLimit = feedback
	opts.Collectors = append(opts.Collectors, deliverer.Collectors()...)
	opts.Collectors = append(opts.Collectors, db.Collectors()...)
	opts.Tracing = tracing.TracerProvider()
	srv := &http.Server{
		Handler:           server.New(db.Client, opts),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		// A request may run RequestTimeout; its answer then needs time to go out.
		WriteTimeout: cfg.RequestTimeout + 30*time.Second,
		IdleTimeout:  2 * time.Minute,
		ErrorLog:     slog.NewLogLogger(slog.Default().Handler(), slog.LevelWarn),
	}
	serving := []any{"url", "http://" + displayAddr(ln.Addr()), "database", database.Redact(cfg.DatabaseURL), "engine", db.Dialect,
		"db_max_conns", db.SQL.Stats().MaxOpenConnections, "max_concurrent_operations", cmp.Or(cfg.MaxConcurrentOperations, server.AutoConcurrency()),
		"introspection", cfg.Introspection, "playground", cfg.Playground}
	if cfg.MediaURL != "" {
		serving = append(serving, "media", mediaLocation(cfg.MediaURL))
	}
	if documents != nil {
		serving = append(serving, "trusted_documents", documents.Len(), "adhoc_roles", fmt.Sprint(cfg.AdhocRoles))
	}
	if tracing != nil {
		serving = append(serving, "tracing", telemetry.Settings{Endpoint: cfg.OTLPEndpoint, TracesEndpoint: cfg.OTLPTracesEndpoint}.URL(), "trace_sample_ratio", cfg.TraceSampleRatio)
	}
	slog.Info("newsgraph is serving", serving...)
	return server.Run(ctx, srv, ln, cfg.ShutdownTimeout)
}

// mediaConfig is where uploaded images go: --media-url's bucket, or the
// directory --media-dir.
func mediaConfig(cfg config.Config) media.Config {
	return media.Config{BucketURL: cfg.MediaURL, Dir: cfg.MediaDir, MaxBytes: cfg.MediaMaxBytes, PublicURL: cfg.MediaPublicURL}
}

// mediaLocation is a bucket URL for the log: its scheme, bucket and path,
// never its parameters.
func mediaLocation(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Scheme + "://" + u.Host + u.Path
}

// feedbackLimit is the limit on reader feedback per client address. On
// PostgreSQL it is kept in the database, so that it holds across every node;
// it has connections of its own, so that a mutation holding one of the
// pool's in its transaction never waits on the pool for the limit. On
// SQLite (one process) it is kept in memory.
func feedbackLimit(ctx context.Context, db *database.DB) (ratelimit.Limit, func() error, error) {
	if db.Dialect != dialect.Postgres {
		return ratelimit.New(graph.DefaultFeedbackInterval, graph.DefaultFeedbackBurst), func() error { return nil }, nil
	}
	pool, err := sql.Open("postgres", db.ListenDSN())
	if err != nil {
		return nil, nil, fmt.Errorf("feedback limit: %w", err)
	}
	pool.SetMaxOpenConns(4)
	pool.SetMaxIdleConns(4)
	pool.SetConnMaxIdleTime(5 * time.Minute)
	pool.SetConnMaxLifetime(30 * time.Minute)
	limit, err := ratelimit.NewShared(ctx, pool, "feedback", graph.DefaultFeedbackInterval, graph.DefaultFeedbackBurst)
	if err != nil {
		pool.Close()
		return nil, nil, err
	}
	return limit, pool.Close, nil
}

// flushTraces sends the spans still waiting, for at most five seconds,
// once the server has stopped.
func flushTraces(t *telemetry.Tracing) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := t.Shutdown(ctx); err != nil {
		slog.Warn("tracing: spans left unsent at shutdown", "err", err)
	}
}

// loadDocuments reads the manifest of trusted documents at path; none
// when path is empty.
func loadDocuments(path string) (*server.Manifest, error) {
	if path == "" {
		return nil, nil
	}
	m, err := server.LoadManifest(path)
	if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
		err = pe.Err // the path is said once
	}
	if err != nil {
		return nil, fmt.Errorf("--documents (NEWSGRAPH_DOCUMENTS) %s: %w", path, err)
	}
	return m, nil
}

// loadDemo loads the demo content into an empty database, once however
// many nodes start together on it.
func loadDemo(ctx context.Context, db *database.DB) error {
	return db.Exclusive(ctx, "demo", func(ctx context.Context) error {
		empty, err := demo.IsEmpty(ctx, db.Client)
		if err != nil || !empty {
			return err
		}
		if _, err := demo.Load(ctx, db.Client); err != nil {
			return err
		}
		slog.Info("loaded the demo content into the empty database")
		return nil
	})
}

// responseCache is this node's cache of anonymous answers, emptied by
// every change the stream hears of (a write of any node, an event) and
// trusted only while it hears of them all; nil when the configuration
// turns it off.
func responseCache(cfg config.Config, stream *events.Stream) *responsecache.Cache {
	if cfg.ResponseCacheBytes <= 0 || stream == nil {
		return nil
	}
	c := responsecache.New(cfg.ResponseCacheBytes, cfg.ResponseCacheMaxAge, stream.Listening)
	stream.Watch(c.Invalidate)
	return c
}

// serverOptions turns the configuration into what the HTTP surface needs.
func serverOptions(cfg config.Config, db *database.DB, stream *events.Stream) server.Options {
	return server.Options{
		Events:               stream,
		CORSOrigins:          cfg.CORSOrigins,
		Authenticate:         auth.NewTokens(db.Client).Bearer,
		DB:                   db.SQL,
		DisableIntrospection: !cfg.Introspection,
		DisablePlayground:    !cfg.Playground,
		DisableMetrics:       !cfg.Metrics,
		InterpretedQueries:   !cfg.CompiledQueries,
		RequestTimeout:       cfg.RequestTimeout,
		MaxConcurrent:        cfg.MaxConcurrentOperations,
		CacheMaxAge:          cfg.CacheMaxAge,
		APQCacheSize:         cfg.APQCacheSize,
		ResponseCache:        responseCache(cfg, stream),
		AdhocRoles:           cfg.AdhocRoles,
		MediaDir:             cfg.MediaDir,
		MediaMaxBytes:        cfg.MediaMaxBytes,
		ClientIPHeader:       cfg.ClientIPHeader,
		Webhooks:             webhooks.Policy{AllowPrivate: cfg.WebhookAllowPrivate},
		Limits: server.Limits{
			MaxBodyBytes:        cfg.MaxBodyBytes,
			MaxDepth:            cfg.MaxDepth,
			MaxComplexity:       cfg.MaxComplexity,
			MaxAliases:          cfg.MaxAliases,
			MaxDirectives:       cfg.MaxDirectives,
			MaxFields:           cfg.MaxFields,
			MaxFieldRepeats:     cfg.MaxFieldRepeats,
			MaxTokens:           cfg.MaxTokens,
			MaxInputDepth:       cfg.MaxInputDepth,
			MaxInputListLength:  cfg.MaxInputListLength,
			MaxInputStringBytes: cfg.MaxInputStringBytes,
			MaxInputFields:      cfg.MaxInputFields,
			MaxBatch:            cfg.MaxBatch,
		},
		Live: server.LiveLimits{
			MaxSubscribers:  cfg.MaxSubscribers,
			SubscribeRate:   cfg.SubscribeRate,
			SubscribeBurst:  cfg.SubscribeBurst,
			RevocationCheck: cfg.RevocationCheck,
		},
	}
}

// webhookOptions turns the configuration into what the webhook deliverer
// needs.
func webhookOptions(cfg config.Config) webhooks.Options {
	return webhooks.Options{
		Concurrency:    cfg.WebhookConcurrency,
		AttemptTimeout: cfg.WebhookAttemptTimeout,
		MaxAttempts:    cfg.WebhookMaxAttempts,
		Policy:         webhooks.Policy{AllowPrivate: cfg.WebhookAllowPrivate},
	}
}

// displayAddr makes a listen address clickable: ":8080" becomes "localhost:8080".
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil || host == "::" || host == "0.0.0.0" || host == "" {
		return "localhost:" + port
	}
	return net.JoinHostPort(host, port)
}

// openMigrated opens the database and brings its schema up to date.
func openMigrated(ctx context.Context, url string, opts ...database.Option) (*database.DB, error) {
	db, err := database.Open(ctx, url, opts...)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}
