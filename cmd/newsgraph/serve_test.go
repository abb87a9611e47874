package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/config"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/webhooks"
)

// An invalid setting stops `newsgraph serve` before it opens anything, with
// one line that names the flag and its variable.
func TestServeRefusesInvalidSettingsInOneLine(t *testing.T) {
	cases := []struct {
		env, value string
		args       []string
		want       string
	}{
		{"NEWSGRAPH_MAX_COMPLEXITY", "lots", nil, "newsgraph serve: --max-complexity (NEWSGRAPH_MAX_COMPLEXITY) = \"lots\""},
		{"NEWSGRAPH_PLAYGROUND", "maybe", nil, "newsgraph serve: --playground (NEWSGRAPH_PLAYGROUND) = \"maybe\""},
		{"", "", []string{"--cache-max-age", "-5s"}, "newsgraph serve: --cache-max-age (NEWSGRAPH_CACHE_MAX_AGE) = \"-5s\""},
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			if c.env != "" {
				t.Setenv(c.env, c.value)
			}
			t.Setenv("DATABASE_URL", "sqlite:"+t.TempDir()+"/never-opened.db")
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"serve"}, c.args...), &stdout, &stderr)
			if code != 1 || !strings.HasPrefix(stderr.String(), c.want) || strings.Count(stderr.String(), "\n") != 1 {
				t.Errorf("exit %d, stderr %q", code, stderr.String())
			}
		})
	}
}

// Every HTTP setting of the configuration reaches the server's options.
func TestServerOptionsCarryTheSettings(t *testing.T) {
	cfg := config.Config{
		CORSOrigins: []string{"https://a.example.vn"}, Introspection: false, Playground: false, Metrics: false, CompiledQueries: false,
		RequestTimeout: 3 * time.Second, CacheMaxAge: 7 * time.Second, APQCacheSize: 9,
		MaxBodyBytes: 11, MaxDepth: 12, MaxComplexity: 13, MaxAliases: 14, MaxDirectives: 15, MaxTokens: 16, MaxBatch: 17,
		MaxFields: 18, MaxFieldRepeats: 19, MaxInputDepth: 20, MaxInputListLength: 21, MaxInputStringBytes: 22, MaxInputFields: 23,
		MaxSubscribers: 24, SubscribeRate: 25, SubscribeBurst: 26, RevocationCheck: 27 * time.Second,
		WebhookAllowPrivate: true, AdhocRoles: []auth.Role{auth.Editor},
	}
	got := serverOptions(cfg, &database.DB{}, nil)
	want := server.Options{
		CORSOrigins: cfg.CORSOrigins, DisableIntrospection: true, DisablePlayground: true, DisableMetrics: true, InterpretedQueries: true,
		RequestTimeout: 3 * time.Second, CacheMaxAge: 7 * time.Second, APQCacheSize: 9, AdhocRoles: []auth.Role{auth.Editor},
		Limits: server.Limits{MaxBodyBytes: 11, MaxDepth: 12, MaxComplexity: 13, MaxAliases: 14, MaxDirectives: 15, MaxTokens: 16, MaxBatch: 17,
			MaxFields: 18, MaxFieldRepeats: 19, MaxInputDepth: 20, MaxInputListLength: 21, MaxInputStringBytes: 22, MaxInputFields: 23},
		Live:     server.LiveLimits{MaxSubscribers: 24, SubscribeRate: 25, SubscribeBurst: 26, RevocationCheck: 27 * time.Second},
		Webhooks: webhooks.Policy{AllowPrivate: true},
	}
	got.Authenticate = nil
	if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
		t.Errorf("options\n got %+v\nwant %+v", got, want)
	}
}

// Every webhook setting reaches the deliverer, and the defaults of the
// settings are the deliverer's.
func TestWebhookOptionsCarryTheSettings(t *testing.T) {
	cfg := config.Config{WebhookConcurrency: 3, WebhookAttemptTimeout: 4 * time.Second, WebhookMaxAttempts: 5, WebhookAllowPrivate: true}
	want := webhooks.Options{Concurrency: 3, AttemptTimeout: 4 * time.Second, MaxAttempts: 5, Policy: webhooks.Policy{AllowPrivate: true}}
	if got := webhookOptions(cfg); fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
		t.Errorf("options\n got %+v\nwant %+v", got, want)
	}
	var defaults config.Config
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	check := defaults.Bind(fs)
	if err := fs.Parse(nil); err != nil {
		t.Fatal(err)
	}
	if err := check(); err != nil {
		t.Fatal(err)
	}
	got := webhookOptions(defaults)
	if got.Concurrency != webhooks.DefaultConcurrency || got.AttemptTimeout != webhooks.DefaultAttemptTimeout ||
		got.MaxAttempts != webhooks.DefaultMaxAttempts || got.Policy.AllowPrivate {
		t.Errorf("options from the default settings: %+v", got)
	}
}

// The configuration's default limits are the server's: a server told
// nothing and one started with no flags refuse the same requests.
func TestDefaultSettingsAreTheServersDefaultLimits(t *testing.T) {
	var cfg config.Config
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	check := cfg.Bind(fs)
	if err := fs.Parse(nil); err != nil {
		t.Fatal(err)
	}
	if err := check(); err != nil {
		t.Fatal(err)
	}
	opts := serverOptions(cfg, &database.DB{}, nil)
	if opts.Limits != server.DefaultLimits {
		t.Errorf("limits from the default settings\n got %+v\nwant %+v", opts.Limits, server.DefaultLimits)
	}
	if opts.Live != server.DefaultLive {
		t.Errorf("subscription settings from the default settings\n got %+v\nwant %+v", opts.Live, server.DefaultLive)
	}
}
