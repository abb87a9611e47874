package config_test

import (
	"bytes"
	"flag"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/config"
)

// parse binds a Config, parses args and checks the values.
func parse(t *testing.T, args ...string) (config.Config, error) {
	t.Helper()
	var c config.Config
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	check := c.Bind(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatalf("parse %v: %v", args, err)
	}
	return c, check()
}

func TestDefaults(t *testing.T) {
	c, err := parse(t)
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":8080" || !c.Introspection || !c.Playground || !c.Metrics || c.LogLevel != slog.LevelInfo ||
		c.RequestTimeout != 15*time.Second || c.CacheMaxAge != time.Minute || c.APQCacheSize != 1000 ||
		c.MaxBodyBytes != 1<<20 || c.MaxDepth != 15 || c.MaxComplexity != 20000 || c.MaxAliases != 30 ||
		c.MaxDirectives != 5 || c.MaxFields != 1000 || c.MaxFieldRepeats != 100 || c.MaxTokens != 10000 ||
		c.MaxInputDepth != 24 || c.MaxInputListLength != 1000 || c.MaxInputStringBytes != 1<<20 || c.MaxInputFields != 100 ||
		c.MaxBatch != 0 {
		t.Errorf("defaults: %+v", c)
	}
	if c.WebhookConcurrency != 8 || c.WebhookAttemptTimeout != 15*time.Second || c.WebhookMaxAttempts != 17 || c.WebhookAllowPrivate {
		t.Errorf("webhook defaults: %+v", c)
	}
	if strings.Join(c.CORSOrigins, " ") != "http://localhost:* http://127.0.0.1:*" {
		t.Errorf("CORS origins by default: %v", c.CORSOrigins)
	}
}

func TestEnvironmentAndFlags(t *testing.T) {
	t.Setenv("NEWSGRAPH_INTROSPECTION", "false")
	t.Setenv("NEWSGRAPH_MAX_DEPTH", "9")
	t.Setenv("NEWSGRAPH_CORS_ORIGINS", " https://a.example.vn , https://b.example.vn ")
	t.Setenv("NEWSGRAPH_REQUEST_TIMEOUT", "2m")
	t.Setenv("NEWSGRAPH_MAX_INPUT_DEPTH", "12")
	t.Setenv("NEWSGRAPH_MAX_FIELD_REPEATS", "7")
	c, err := parse(t, "--max-depth", "11", "--playground=false", "--demo", "--max-input-depth", "10", "--max-fields", "300")
	if err != nil {
		t.Fatal(err)
	}
	if c.Introspection || c.MaxDepth != 11 || c.Playground || !c.Demo || c.RequestTimeout != 2*time.Minute ||
		c.MaxInputDepth != 10 || c.MaxFieldRepeats != 7 || c.MaxFields != 300 {
		t.Errorf("env and flags: %+v", c)
	}
	if strings.Join(c.CORSOrigins, " ") != "https://a.example.vn https://b.example.vn" {
		t.Errorf("CORS origins: %q", c.CORSOrigins)
	}
}

func TestInvalidValuesStopWithOneLine(t *testing.T) {
	cases := []struct{ env, value, want string }{
		{"NEWSGRAPH_MAX_DEPTH", "deep", "--max-depth (NEWSGRAPH_MAX_DEPTH)"},
		{"NEWSGRAPH_MAX_DEPTH", "0", "--max-depth (NEWSGRAPH_MAX_DEPTH) must be set and greater than zero"},
		{"NEWSGRAPH_MAX_BATCH", "-1", "--max-batch (NEWSGRAPH_MAX_BATCH)"},
		{"NEWSGRAPH_INTROSPECTION", "nope", "--introspection (NEWSGRAPH_INTROSPECTION) = \"nope\": not true or false"},
		{"NEWSGRAPH_REQUEST_TIMEOUT", "15", "--request-timeout (NEWSGRAPH_REQUEST_TIMEOUT) = \"15\": not a duration"},
		{"NEWSGRAPH_LOG_LEVEL", "loud", "--log-level (NEWSGRAPH_LOG_LEVEL)"},
		{"NEWSGRAPH_CORS_ORIGINS", "news.example.vn", "--cors-origins (NEWSGRAPH_CORS_ORIGINS): \"news.example.vn\" is not an origin"},
		{"NEWSGRAPH_MAX_BODY_BYTES", "1MB", "--max-body-bytes (NEWSGRAPH_MAX_BODY_BYTES)"},
		{"NEWSGRAPH_MAX_INPUT_DEPTH", "0", "--max-input-depth (NEWSGRAPH_MAX_INPUT_DEPTH) must be set and greater than zero"},
		{"NEWSGRAPH_MAX_INPUT_FIELDS", "many", "--max-input-fields (NEWSGRAPH_MAX_INPUT_FIELDS)"},
		{"NEWSGRAPH_WEBHOOK_MAX_ATTEMPTS", "0", "--webhook-max-attempts (NEWSGRAPH_WEBHOOK_MAX_ATTEMPTS) must be set and greater than zero"},
		{"NEWSGRAPH_WEBHOOK_ATTEMPT_TIMEOUT", "0s", "--webhook-attempt-timeout (NEWSGRAPH_WEBHOOK_ATTEMPT_TIMEOUT) must be set and greater than zero"},
		{"NEWSGRAPH_WEBHOOK_CONCURRENCY", "-1", "--webhook-concurrency (NEWSGRAPH_WEBHOOK_CONCURRENCY)"},
		{"NEWSGRAPH_ADHOC_ROLES", "editor,writer", "--adhoc-roles (NEWSGRAPH_ADHOC_ROLES) = \"editor,writer\": \"writer\" is not a role: admin, editor or viewer"},
		{"NEWSGRAPH_MEDIA_URL", "gs://newsgraph-media", "--media-url (NEWSGRAPH_MEDIA_URL) = \"gs://newsgraph-media\": not a file:// or s3:// URL"},
		{"NEWSGRAPH_MEDIA_URL", "file://media", "--media-url (NEWSGRAPH_MEDIA_URL) = \"file://media\": file://media…: a file:// media URL names a local directory"},
		{"NEWSGRAPH_MEDIA_PUBLIC_URL", "cdn.example.vn/media", "--media-public-url (NEWSGRAPH_MEDIA_PUBLIC_URL): the public media URL \"cdn.example.vn/media\" is not an absolute http(s) URL"},
		{"NEWSGRAPH_ADHOC_ROLES", "anonymous", "--adhoc-roles (NEWSGRAPH_ADHOC_ROLES) = \"anonymous\": anonymous callers cannot be allowed ad-hoc operations"},
	}
	for _, c := range cases {
		t.Run(c.env+"="+c.value, func(t *testing.T) {
			t.Setenv(c.env, c.value)
			_, err := parse(t)
			if err == nil {
				t.Fatal("accepted")
			}
			if !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("message %q, want one line with %q", err, c.want)
			}
		})
	}
}

// `serve --help` and docs/http.md list every setting with its default.
func TestEverySettingIsListed(t *testing.T) {
	var c config.Config
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var help bytes.Buffer
	fs.SetOutput(&help)
	c.Bind(fs)
	if err := fs.Parse([]string{"--help"}); err != flag.ErrHelp {
		t.Fatalf("--help: %v", err)
	}
	docs, err := os.ReadFile("../../docs/http.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range config.Settings() {
		flagName, env, def := s[0], s[1], s[2]
		line := flagName + " (env " + env + ", default \"" + def + "\")"
		if !strings.Contains(help.String(), line) {
			t.Errorf("--help lacks %s", line)
		}
		row := "| `" + flagName + "` | `" + env + "` | `" + def + "` |"
		if !strings.Contains(string(docs), row) {
			t.Errorf("docs/http.md lacks the row %s", row)
		}
	}
}

// The trusted documents' settings: a manifest's path, and the roles that
// may still send any operation, read as auth's roles, each once.
func TestTrustedDocumentsSettings(t *testing.T) {
	c, err := parse(t)
	if err != nil || c.Documents != "" || c.AdhocRoles != nil {
		t.Fatalf("defaults: %q %v (%v)", c.Documents, c.AdhocRoles, err)
	}
	t.Setenv("NEWSGRAPH_DOCUMENTS", "/etc/newsgraph/documents.json")
	t.Setenv("NEWSGRAPH_ADHOC_ROLES", "viewer")
	c, err = parse(t, "--adhoc-roles", " editor, ADMIN ,editor")
	if err != nil {
		t.Fatal(err)
	}
	if c.Documents != "/etc/newsgraph/documents.json" || !slices.Equal(c.AdhocRoles, []auth.Role{auth.Editor, auth.Admin}) {
		t.Errorf("documents %q, ad-hoc roles %v", c.Documents, c.AdhocRoles)
	}
}

// Shared media: a bucket URL and a public base URL, both off by default
// (the media directory, /media/ paths).
func TestMediaSettings(t *testing.T) {
	c, err := parse(t)
	if err != nil || c.MediaURL != "" || c.MediaPublicURL != "" || c.MediaDir != "./media" {
		t.Fatalf("defaults: %q %q %q %v", c.MediaURL, c.MediaPublicURL, c.MediaDir, err)
	}
	t.Setenv("NEWSGRAPH_MEDIA_URL", "s3://newsgraph-media?region=ap-southeast-1&endpoint=http://127.0.0.1:9000&use_path_style=true")
	c, err = parse(t, "--media-public-url", "https://cdn.example.vn/media/")
	if err != nil {
		t.Fatal(err)
	}
	if c.MediaURL != "s3://newsgraph-media?region=ap-southeast-1&endpoint=http://127.0.0.1:9000&use_path_style=true" || c.MediaPublicURL != "https://cdn.example.vn/media/" {
		t.Errorf("media settings: %q %q", c.MediaURL, c.MediaPublicURL)
	}
}

// Tracing is off by default; OpenTelemetry's own variables turn it on, as
// the flags do; a ratio outside 0 to 1 and an endpoint that is not an
// http(s) URL stop the start with one line.
func TestTracingSettings(t *testing.T) {
	c, err := parse(t)
	if err != nil || c.OTLPEndpoint != "" || c.OTLPTracesEndpoint != "" || c.TraceSampleRatio != 1 {
		t.Fatalf("defaults: %q %q %v (%v)", c.OTLPEndpoint, c.OTLPTracesEndpoint, c.TraceSampleRatio, err)
	}
	t.Setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")
	t.Setenv("NEWSGRAPH_TRACE_SAMPLE_RATIO", "0.25")
	c, err = parse(t, "--otlp-traces-endpoint", "https://tempo.example.vn/v1/traces")
	if err != nil || c.OTLPEndpoint != "http://collector:4318" || c.OTLPTracesEndpoint != "https://tempo.example.vn/v1/traces" || c.TraceSampleRatio != 0.25 {
		t.Errorf("env and flags: %q %q %v (%v)", c.OTLPEndpoint, c.OTLPTracesEndpoint, c.TraceSampleRatio, err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--trace-sample-ratio", "1.5"}, `--trace-sample-ratio (NEWSGRAPH_TRACE_SAMPLE_RATIO) = "1.5": not a number from 0 to 1`},
		{[]string{"--trace-sample-ratio", "half"}, `--trace-sample-ratio (NEWSGRAPH_TRACE_SAMPLE_RATIO) = "half": not a number from 0 to 1`},
		{[]string{"--otlp-endpoint", "collector:4318"}, `--otlp-endpoint (OTEL_EXPORTER_OTLP_ENDPOINT) = "collector:4318": not a URL such as http://localhost:4318`},
		{[]string{"--otlp-traces-endpoint", "grpc://collector:4317"}, `--otlp-traces-endpoint (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) = "grpc://collector:4317": not a URL`},
	} {
		if _, err := parse(t, tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want %s", tc.args, err, tc.want)
		}
	}
}

// The database pool's size: automatic (0) by default, else what the
// variable or the flag says, the flag winning.
func TestDBMaxConns(t *testing.T) {
	for _, tc := range []struct {
		env  string
		args []string
		want int
		err  string
	}{
		{"", nil, 0, ""},
		{"8", nil, 8, ""},
		{"8", []string{"--db-max-conns", "3"}, 3, ""},
		{"", []string{"--db-max-conns=0"}, 0, ""},
		{"-1", nil, 0, "--db-max-conns (NEWSGRAPH_DB_MAX_CONNS) = \"-1\": not a whole number"},
		{"many", nil, 0, "--db-max-conns (NEWSGRAPH_DB_MAX_CONNS) = \"many\": not a whole number"},
	} {
		if tc.env != "" {
			t.Setenv("NEWSGRAPH_DB_MAX_CONNS", tc.env)
		} else {
			os.Unsetenv("NEWSGRAPH_DB_MAX_CONNS")
		}
		c, err := parse(t, tc.args...)
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q %v: error %v, want %q", tc.env, tc.args, err, tc.err)
		case tc.err == "" && (err != nil || c.DBMaxConns != tc.want):
			t.Errorf("%q %v: %d, %v; want %d", tc.env, tc.args, c.DBMaxConns, err, tc.want)
		}
	}
}

// The limit of operations executing at once: automatic (0) by default,
// else what the variable or the flag says, the flag winning.
func TestMaxConcurrentOperations(t *testing.T) {
	for _, tc := range []struct {
		env  string
		args []string
		want int
		err  string
	}{
		{"", nil, 0, ""},
		{"6", nil, 6, ""},
		{"6", []string{"--max-concurrent-operations", "2"}, 2, ""},
		{"", []string{"--max-concurrent-operations=0"}, 0, ""},
		{"-1", nil, 0, "--max-concurrent-operations (NEWSGRAPH_MAX_CONCURRENT_OPERATIONS) = \"-1\": not a whole number"},
	} {
		t.Setenv("NEWSGRAPH_MAX_CONCURRENT_OPERATIONS", tc.env)
		if tc.env == "" {
			os.Unsetenv("NEWSGRAPH_MAX_CONCURRENT_OPERATIONS")
		}
		c, err := parse(t, tc.args...)
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q %v: error %v, want %q", tc.env, tc.args, err, tc.err)
		case tc.err == "" && (err != nil || c.MaxConcurrentOperations != tc.want):
			t.Errorf("%q %v: %d, %v; want %d", tc.env, tc.args, c.MaxConcurrentOperations, err, tc.want)
		}
	}
}
