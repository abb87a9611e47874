// Package config owns newsgraph's one configuration struct: every setting,
// its default, its flag and its NEWSGRAPH_* (or DATABASE_URL) environment
// variable. Flags win over the environment, the environment over defaults.
package config

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/media"
	"github.com/newsgraph/newsgraph/internal/telemetry"
	"github.com/newsgraph/newsgraph/internal/webhooks"
)

// Config is everything `newsgraph serve` can be told.
type Config struct {
	Addr        string   // where the HTTP server listens
	DatabaseURL string   // sqlite:PATH or postgres://...
	DBMaxConns  int      // connections the database pool opens; 0 = sized to the cores and the database (database.PoolSize)
	Demo        bool     // load the demo content into an empty database
	CORSOrigins []string // browser origins allowed to call the API

	LogLevel        slog.Level    // the least severe log record written
	Introspection   bool          // answer __schema/__type, serve /schema.graphql, suggest field names
	Playground      bool          // serve GraphiQL at /
	Metrics         bool          // serve Prometheus metrics at /metrics
	CompiledQueries bool          // answer the queries it can with one SQL statement per root field (graph/compiled.go)
	RequestTimeout  time.Duration // the longest one request may run
	ShutdownTimeout time.Duration // how long requests in flight may finish after SIGTERM
	CacheMaxAge     time.Duration // Cache-Control max-age of anonymous GET query answers; 0 = not cacheable
	APQCacheSize    int           // automatic persisted queries remembered; 0 = APQ off
	// MaxConcurrentOperations is how many GraphQL operations over HTTP
	// execute at once, the others waiting in line in the order they came;
	// 0 = automatic (server.AutoConcurrency).
	MaxConcurrentOperations int
	// ResponseCacheBytes bounds this node's cache of anonymous query
	// answers (internal/responsecache); 0 turns it off.
	ResponseCacheBytes int64
	// ResponseCacheMaxAge is the longest a cached answer is served, a
	// backstop behind the change notices that empty the cache.
	ResponseCacheMaxAge time.Duration
	Documents           string      // the manifest of trusted documents (JSON); empty: every operation runs
	AdhocRoles          []auth.Role // the roles that may send operations not in the manifest

	MaxBodyBytes        int64  // the largest request body (multipart uploads excepted)
	MaxDepth            int    // the deepest selection nesting of an operation
	MaxComplexity       int    // the highest complexity of an operation (connections cost first/last times their selection)
	MaxAliases          int    // the most aliased fields in one operation (__typename included)
	MaxDirectives       int    // the most directives on one field, fragment, operation or variable
	MaxFields           int    // the most fields written in one query document
	MaxFieldRepeats     int    // the most times one field name or alias is written in one query document
	MaxTokens           int    // the most lexical tokens in one query document
	MaxInputDepth       int    // the deepest nesting of lists and objects in one argument or variable value
	MaxInputListLength  int    // the most items in one list of an argument or variable value
	MaxInputStringBytes int    // the longest string in an argument or variable value, in bytes
	MaxInputFields      int    // the most input object fields in one request's arguments and variables
	MaxBatch            int    // the most operations in one JSON-array request; 0 = batches refused
	MediaDir            string // where uploaded images are stored when MediaURL is empty
	MediaURL            string // the bucket uploaded images are stored in (file:// or s3://); empty: MediaDir
	MediaPublicURL      string // the absolute base URL Media.url answers are under; empty: /media/ paths
	MediaMaxBytes       int64  // the largest upload
	ClientIPHeader      string // the header a trusted proxy puts the client address in; empty: none

	MaxSubscribers        int           // the most subscriptions open at once on this node
	SubscribeRate         int           // operations one WebSocket may start per second, after a burst
	SubscribeBurst        int           // operations one WebSocket may start at once
	RevocationCheck       time.Duration // how often open connections' tokens are checked for revocation
	WebhookConcurrency    int           // webhook endpoints this node delivers to at once; 0: it delivers none
	WebhookAttemptTimeout time.Duration // the longest one webhook attempt may take
	WebhookMaxAttempts    int           // attempts before a webhook delivery is DEAD
	WebhookAllowPrivate   bool          // let webhook endpoints be at loopback, private and link-local addresses

	OTLPEndpoint       string  // OpenTelemetry: the OTLP/HTTP base URL spans are sent to; empty: no tracing
	OTLPTracesEndpoint string  // the full OTLP/HTTP URL spans are sent to, winning over OTLPEndpoint
	TraceSampleRatio   float64 // the share of traces started here that are recorded
}

// setting is one line of the configuration: its flag, environment variable,
// default, help text and where its value goes.
type setting struct {
	name, env, def, usage string
	target                any
}

// settings lists every setting of c.
func (c *Config) settings() []setting {
	return []setting{
		{"addr", "NEWSGRAPH_ADDR", ":8080", "HOST:PORT to listen on", &c.Addr},
		{"database-url", "DATABASE_URL", database.DefaultURL, "sqlite:PATH or postgres://USER@HOST/DB", &c.DatabaseURL},
		{"db-max-conns", "NEWSGRAPH_DB_MAX_CONNS", "0", "connections this node opens to the database (0: automatic: SQLite twice the cores, at least 4; PostgreSQL 8 per core, at most a quarter of its max_connections less one)", &c.DBMaxConns},
		{"demo", "NEWSGRAPH_DEMO", "true", "load the demo content into an empty database", &c.Demo},
		{"cors-origins", "NEWSGRAPH_CORS_ORIGINS", "http://localhost:*,http://127.0.0.1:*", "comma-separated browser origins allowed to call /query (one * wildcard each)", &c.CORSOrigins},
		{"log-level", "NEWSGRAPH_LOG_LEVEL", "info", "debug, info, warn or error", &c.LogLevel},
		{"introspection", "NEWSGRAPH_INTROSPECTION", "true", "answer introspection, serve /schema.graphql and suggest field names in errors", &c.Introspection},
		{"playground", "NEWSGRAPH_PLAYGROUND", "true", "serve GraphiQL at /", &c.Playground},
		{"metrics", "NEWSGRAPH_METRICS", "true", "serve Prometheus metrics at /metrics", &c.Metrics},
		{"otlp-endpoint", "OTEL_EXPORTER_OTLP_ENDPOINT", "", "OpenTelemetry tracing: base URL of an OTLP/HTTP receiver, spans go to its /v1/traces (e.g. http://localhost:4318); empty: no tracing", &c.OTLPEndpoint},
		{"otlp-traces-endpoint", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "", "the full OTLP/HTTP URL spans are sent to; wins over --otlp-endpoint", &c.OTLPTracesEndpoint},
		{"trace-sample-ratio", "NEWSGRAPH_TRACE_SAMPLE_RATIO", "1", "share of the traces started here that are recorded, 0 to 1 (a request that sends a traceparent follows its caller)", &c.TraceSampleRatio},
		{"compiled-queries", "NEWSGRAPH_COMPILED_QUERIES", "true", "answer pages and lookups with one SQL statement that builds the JSON (false: gqlgen's resolvers for everything)", &c.CompiledQueries},
		{"max-concurrent-operations", "NEWSGRAPH_MAX_CONCURRENT_OPERATIONS", "0", "GraphQL operations over HTTP this node executes at once, the others waiting in line in the order they came (0: automatic, 4 per core)", &c.MaxConcurrentOperations},
		{"request-timeout", "NEWSGRAPH_REQUEST_TIMEOUT", "15s", "the longest one request may run", &c.RequestTimeout},
		{"shutdown-timeout", "NEWSGRAPH_SHUTDOWN_TIMEOUT", "20s", "how long requests in flight may finish after SIGTERM", &c.ShutdownTimeout},
		{"cache-max-age", "NEWSGRAPH_CACHE_MAX_AGE", "60s", "Cache-Control max-age of anonymous GET query answers (0: not cacheable)", &c.CacheMaxAge},
		{"apq-cache-size", "NEWSGRAPH_APQ_CACHE_SIZE", "1000", "automatic persisted queries remembered (0: APQ off; off while --documents is set)", &c.APQCacheSize},
		{"response-cache-bytes", "NEWSGRAPH_RESPONSE_CACHE_BYTES", "8388608", "bytes of anonymous query answers each node keeps, emptied on every committed change (0: no response cache)", &c.ResponseCacheBytes},
		{"response-cache-max-age", "NEWSGRAPH_RESPONSE_CACHE_MAX_AGE", "10s", "the longest a node serves an answer from its response cache, whatever it hears of changes", &c.ResponseCacheMaxAge},
		{"documents", "NEWSGRAPH_DOCUMENTS", "", "JSON manifest of trusted documents (sha256 id → text): when set, only they run, except for --adhoc-roles; empty: every operation runs", &c.Documents},
		{"adhoc-roles", "NEWSGRAPH_ADHOC_ROLES", "", "comma-separated token roles (admin, editor, viewer) that may still send any operation while --documents is set", &c.AdhocRoles},
		{"max-body-bytes", "NEWSGRAPH_MAX_BODY_BYTES", "1048576", "the largest request body in bytes (uploads excepted)", &c.MaxBodyBytes},
		{"max-depth", "NEWSGRAPH_MAX_DEPTH", "15", "the deepest selection nesting of an operation", &c.MaxDepth},
		{"max-complexity", "NEWSGRAPH_MAX_COMPLEXITY", "20000", "the highest complexity of an operation", &c.MaxComplexity},
		{"max-aliases", "NEWSGRAPH_MAX_ALIASES", "30", "the most aliased fields in one operation (__typename included)", &c.MaxAliases},
		{"max-directives", "NEWSGRAPH_MAX_DIRECTIVES", "5", "the most directives on one field, fragment, operation or variable", &c.MaxDirectives},
		{"max-fields", "NEWSGRAPH_MAX_FIELDS", "1000", "the most fields written in one query document", &c.MaxFields},
		{"max-field-repeats", "NEWSGRAPH_MAX_FIELD_REPEATS", "100", "the most times one field name or alias is written in one query document", &c.MaxFieldRepeats},
		{"max-tokens", "NEWSGRAPH_MAX_TOKENS", "10000", "the most lexical tokens in one query document", &c.MaxTokens},
		{"max-input-depth", "NEWSGRAPH_MAX_INPUT_DEPTH", "24", "the deepest nesting of lists and objects in one argument or variable value", &c.MaxInputDepth},
		{"max-input-list-length", "NEWSGRAPH_MAX_INPUT_LIST_LENGTH", "1000", "the most items in one list of an argument or variable value", &c.MaxInputListLength},
		{"max-input-string-bytes", "NEWSGRAPH_MAX_INPUT_STRING_BYTES", "1048576", "the longest string in an argument or variable value, in bytes", &c.MaxInputStringBytes},
		{"max-input-fields", "NEWSGRAPH_MAX_INPUT_FIELDS", "100", "the most input object fields in one request's arguments and variables (a variable counted at each use)", &c.MaxInputFields},
		{"max-batch", "NEWSGRAPH_MAX_BATCH", "0", "the most operations in one JSON-array request (0: batches refused)", &c.MaxBatch},
		{"media-dir", "NEWSGRAPH_MEDIA_DIR", "./media", "directory uploaded images are stored in and served from at /media/ (unless --media-url is set)", &c.MediaDir},
		{"media-url", "NEWSGRAPH_MEDIA_URL", "", "bucket uploaded images are stored in, shared by every node: s3://BUCKET?region=R[&endpoint=URL&use_path_style=true] (credentials from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) or file:///DIR; empty: --media-dir", &c.MediaURL},
		{"media-public-url", "NEWSGRAPH_MEDIA_PUBLIC_URL", "", "absolute base URL of uploaded images in Media.url answers, e.g. https://cdn.example.vn/media/ (a CDN or load balancer in front of the nodes' /media/); empty: /media/NAME paths", &c.MediaPublicURL},
		{"media-max-bytes", "NEWSGRAPH_MEDIA_MAX_BYTES", strconv.Itoa(media.DefaultMaxBytes), "largest image upload, in bytes", &c.MediaMaxBytes},
		{"client-ip-header", "NEWSGRAPH_CLIENT_IP_HEADER", "", "header a trusted reverse proxy sets to the client address (e.g. X-Real-IP); empty: use the connection's address", &c.ClientIPHeader},
		{"max-subscribers", "NEWSGRAPH_MAX_SUBSCRIBERS", "20000", "the most subscriptions open at once on this node", &c.MaxSubscribers},
		{"subscribe-rate", "NEWSGRAPH_SUBSCRIBE_RATE", "10", "operations one WebSocket connection may start per second, after a burst of --subscribe-burst", &c.SubscribeRate},
		{"subscribe-burst", "NEWSGRAPH_SUBSCRIBE_BURST", "20", "operations one WebSocket connection may start at once", &c.SubscribeBurst},
		{"revocation-check", "NEWSGRAPH_REVOCATION_CHECK", "2s", "how often the API tokens of open subscriptions are checked: the longest a connection outlives its revoked token", &c.RevocationCheck},
		{"webhook-concurrency", "NEWSGRAPH_WEBHOOK_CONCURRENCY", strconv.Itoa(webhooks.DefaultConcurrency), "webhook endpoints this node delivers to at once, one delivery each (0: this node delivers no webhooks)", &c.WebhookConcurrency},
		{"webhook-attempt-timeout", "NEWSGRAPH_WEBHOOK_ATTEMPT_TIMEOUT", webhooks.DefaultAttemptTimeout.String(), "the longest one webhook attempt may take, connecting included", &c.WebhookAttemptTimeout},
		{"webhook-max-attempts", "NEWSGRAPH_WEBHOOK_MAX_ATTEMPTS", strconv.Itoa(webhooks.DefaultMaxAttempts), "attempts of a webhook delivery before it is DEAD (the default spans about a day)", &c.WebhookMaxAttempts},
		{"webhook-allow-private", "NEWSGRAPH_WEBHOOK_ALLOW_PRIVATE", "false", "let webhook endpoints be at loopback, private, link-local and other non-public addresses", &c.WebhookAllowPrivate},
	}
}

// Bind registers c's settings on fs, with defaults taken from the
// environment, and returns a function that checks and converts the parsed
// values. Its error is one line naming the flag and the variable.
func (c *Config) Bind(fs *flag.FlagSet) func() error {
	settings := c.settings()
	raw := make([]string, len(settings))
	for i, s := range settings {
		def := s.def
		if v, ok := os.LookupEnv(s.env); ok {
			def = v
		}
		raw[i] = def
		_, isBool := s.target.(*bool)
		fs.Var(rawValue{&raw[i], isBool}, s.name, s.usage)
	}
	fs.Usage = func() { c.usage(fs.Output(), fs.Name()) }
	return func() error {
		for i, s := range settings {
			if err := set(s.target, strings.TrimSpace(raw[i])); err != nil {
				return fmt.Errorf("--%s (%s) = %q: %v", s.name, s.env, raw[i], err)
			}
		}
		return c.check()
	}
}

// usage lists every setting with its variable and built-in default.
func (c *Config) usage(w io.Writer, name string) {
	fmt.Fprintf(w, "usage: newsgraph %s [flags]\n\nEvery flag can be set in the environment; a flag wins over its variable.\n\n", name)
	for _, s := range c.settings() {
		fmt.Fprintf(w, "  --%s (env %s, default %q)\n    \t%s\n", s.name, s.env, s.def, s.usage)
	}
}

// Settings returns every setting as rows of flag, environment variable,
// default and meaning, for documentation.
func Settings() [][4]string {
	var c Config
	var rows [][4]string
	for _, s := range c.settings() {
		rows = append(rows, [4]string{"--" + s.name, s.env, s.def, s.usage})
	}
	return rows
}

// set converts v into target's type.
func set(target any, v string) error {
	switch t := target.(type) {
	case *string:
		*t = v
	case *bool:
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("not true or false")
		}
		*t = b
	case *int:
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("not a whole number of zero or more")
		}
		*t = n
	case *int64:
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			return fmt.Errorf("not a whole number of zero or more")
		}
		*t = n
	case *float64:
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f < 0 || f > 1 {
			return fmt.Errorf("not a number from 0 to 1")
		}
		*t = f
	case *time.Duration:
		d, err := time.ParseDuration(v)
		if err != nil || d < 0 {
			return fmt.Errorf("not a duration such as 15s or 2m")
		}
		*t = d
	case *slog.Level:
		if err := t.UnmarshalText([]byte(v)); err != nil {
			return fmt.Errorf("not debug, info, warn or error")
		}
	case *[]string:
		*t = nil
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				*t = append(*t, part)
			}
		}
	case *[]auth.Role:
		*t = nil
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part == "" {
				continue
			}
			if strings.EqualFold(part, "anonymous") {
				return fmt.Errorf("anonymous callers cannot be allowed ad-hoc operations; to let everyone send any operation, leave --documents unset")
			}
			role, err := auth.ParseRole(part)
			if err != nil {
				return fmt.Errorf("%q is not a role: admin, editor or viewer", part)
			}
			if !slices.Contains(*t, role) {
				*t = append(*t, role)
			}
		}
	default:
		panic(fmt.Sprintf("config: no conversion to %T", target))
	}
	return nil
}

// check refuses values that convert but make no sense.
func (c *Config) check() error {
	positive := []struct {
		name, env string
		ok        bool
	}{
		{"addr", "NEWSGRAPH_ADDR", c.Addr != ""},
		{"request-timeout", "NEWSGRAPH_REQUEST_TIMEOUT", c.RequestTimeout > 0},
		{"shutdown-timeout", "NEWSGRAPH_SHUTDOWN_TIMEOUT", c.ShutdownTimeout > 0},
		{"max-body-bytes", "NEWSGRAPH_MAX_BODY_BYTES", c.MaxBodyBytes > 0},
		{"max-depth", "NEWSGRAPH_MAX_DEPTH", c.MaxDepth > 0},
		{"max-complexity", "NEWSGRAPH_MAX_COMPLEXITY", c.MaxComplexity > 0},
		{"max-aliases", "NEWSGRAPH_MAX_ALIASES", c.MaxAliases > 0},
		{"max-directives", "NEWSGRAPH_MAX_DIRECTIVES", c.MaxDirectives > 0},
		{"max-fields", "NEWSGRAPH_MAX_FIELDS", c.MaxFields > 0},
		{"max-field-repeats", "NEWSGRAPH_MAX_FIELD_REPEATS", c.MaxFieldRepeats > 0},
		{"max-tokens", "NEWSGRAPH_MAX_TOKENS", c.MaxTokens > 0},
		{"max-input-depth", "NEWSGRAPH_MAX_INPUT_DEPTH", c.MaxInputDepth > 0},
		{"max-input-list-length", "NEWSGRAPH_MAX_INPUT_LIST_LENGTH", c.MaxInputListLength > 0},
		{"max-input-string-bytes", "NEWSGRAPH_MAX_INPUT_STRING_BYTES", c.MaxInputStringBytes > 0},
		{"max-input-fields", "NEWSGRAPH_MAX_INPUT_FIELDS", c.MaxInputFields > 0},
		{"media-dir", "NEWSGRAPH_MEDIA_DIR", c.MediaDir != ""},
		{"media-max-bytes", "NEWSGRAPH_MEDIA_MAX_BYTES", c.MediaMaxBytes > 0},
		{"max-subscribers", "NEWSGRAPH_MAX_SUBSCRIBERS", c.MaxSubscribers > 0},
		{"subscribe-rate", "NEWSGRAPH_SUBSCRIBE_RATE", c.SubscribeRate > 0},
		{"subscribe-burst", "NEWSGRAPH_SUBSCRIBE_BURST", c.SubscribeBurst > 0},
		{"revocation-check", "NEWSGRAPH_REVOCATION_CHECK", c.RevocationCheck > 0},
		{"webhook-attempt-timeout", "NEWSGRAPH_WEBHOOK_ATTEMPT_TIMEOUT", c.WebhookAttemptTimeout > 0},
		{"webhook-max-attempts", "NEWSGRAPH_WEBHOOK_MAX_ATTEMPTS", c.WebhookMaxAttempts > 0},
	}
	for _, p := range positive {
		if !p.ok {
			return fmt.Errorf("--%s (%s) must be set and greater than zero", p.name, p.env)
		}
	}
	if err := media.CheckConfig(media.Config{BucketURL: c.MediaURL}); err != nil {
		return fmt.Errorf("--media-url (NEWSGRAPH_MEDIA_URL) = %q: %v", c.MediaURL, err)
	}
	if err := media.CheckConfig(media.Config{PublicURL: c.MediaPublicURL}); err != nil {
		return fmt.Errorf("--media-public-url (NEWSGRAPH_MEDIA_PUBLIC_URL): %v", err)
	}
	for _, e := range []struct{ name, env, url string }{
		{"otlp-endpoint", "OTEL_EXPORTER_OTLP_ENDPOINT", c.OTLPEndpoint},
		{"otlp-traces-endpoint", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", c.OTLPTracesEndpoint},
	} {
		if err := telemetry.CheckEndpoint(e.url); err != nil {
			return fmt.Errorf("--%s (%s) = %q: %v", e.name, e.env, e.url, err)
		}
	}
	for _, o := range c.CORSOrigins {
		if o == "*" {
			continue
		}
		if !strings.HasPrefix(o, "http://") && !strings.HasPrefix(o, "https://") || strings.Count(o, "*") > 1 {
			return fmt.Errorf("--cors-origins (NEWSGRAPH_CORS_ORIGINS): %q is not an origin such as https://news.example.vn", o)
		}
	}
	return nil
}

// rawValue keeps a flag's text for Bind's check to convert, so that a bad
// value gets the same one-line message from a flag as from the environment.
// A boolean setting may be given bare (--demo means --demo=true).
type rawValue struct {
	p      *string
	isBool bool
}

func (v rawValue) String() string {
	if v.p == nil {
		return ""
	}
	return *v.p
}
func (v rawValue) Set(s string) error { *v.p = s; return nil }
func (v rawValue) IsBoolFlag() bool   { return v.isBool }
