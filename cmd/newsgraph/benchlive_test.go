package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/bench"
	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

// bench live on real nodes: subscribers on one node, articles published
// through the other; every subscriber has every event, and the reads of
// an event do not grow from 1 subscriber to 20.
func TestBenchLiveAcrossNodes(t *testing.T) {
	c := testnode.Start(t, testdb.PostgresURL(t), 2)
	a, b := c.Nodes[0], c.Nodes[1]
	editor := c.Token(t, "editor")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"bench", "live", "--url", b.Endpoint(), "--publish-url", a.Endpoint(),
		"--token", editor, "--subscribers", "1,20", "--events", "5", "--timeout", "30s", "--json"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, stderr.String(), stdout.String())
	}
	var results []bench.LiveResult
	if err := json.Unmarshal(stdout.Bytes(), &results); err != nil {
		t.Fatalf("bench live --json printed %q: %v", stdout.String(), err)
	}
	if len(results) != 2 {
		t.Fatalf("%d runs, want 2", len(results))
	}
	for _, r := range results {
		if !r.OK() || r.Received != r.Subscribers*5 {
			t.Errorf("%d subscribers: %+v", r.Subscribers, r)
		}
		for _, s := range r.Servers {
			// Per event, per node: a read of the outbox (two when a
			// fallback poll falls in the run), and on the subscribers'
			// node one read of the article for all the anonymous ones.
			if s.ReadsPerEvent < 0.8 || s.ReadsPerEvent > 2 || s.ArticleLoadsPerEvent > 1 {
				t.Errorf("%d subscribers, %s: %.2f reads and %.2f article loads per event", r.Subscribers, s.Endpoint, s.ReadsPerEvent, s.ArticleLoadsPerEvent)
			}
		}
	}
}

// bench webhooks on real nodes: a hundred events written through one of
// two nodes reach the receiver once each, in order, a tenth of them after
// a failed first attempt.
func TestBenchWebhooksAcrossNodes(t *testing.T) {
	t.Setenv("NEWSGRAPH_WEBHOOK_ALLOW_PRIVATE", "true") // the receiver is on 127.0.0.1
	c := testnode.Start(t, testdb.PostgresURL(t), 2)
	a := c.Nodes[0]
	admin := c.Token(t, "admin")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"bench", "webhooks", "--url", a.Endpoint(), "--token", admin,
		"--events", "100", "--timeout", "30s", "--json"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, stderr.String(), stdout.String())
	}
	var res bench.WebhookResult
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatalf("bench webhooks --json printed %q: %v", stdout.String(), err)
	}
	if !res.OK() || res.Delivered != 100 || res.Injected != 10 || res.Redelivered != 0 {
		t.Errorf("%+v", res)
	}
}

// The live benchmarks refuse what they cannot run before they connect.
func TestBenchLiveFlags(t *testing.T) {
	t.Setenv("NEWSGRAPH_TOKEN", "")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"bench", "live", "--token", "x", "--subscribers", "1,none"}, `--subscribers "1,none": "none" is not a positive number`},
		{[]string{"bench", "live", "--subscribers", "10"}, "--token (or NEWSGRAPH_TOKEN) is required"},
		{[]string{"bench", "webhooks"}, "--token (or NEWSGRAPH_TOKEN) is required"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), c.args, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%v: exit %d, %q; want %q", c.args, code, stderr.String(), c.want)
		}
	}
}

// bench cache on real nodes: each article published through one node is
// in the other's cached answers, which it did answer from its cache.
func TestBenchCacheAcrossNodes(t *testing.T) {
	c := testnode.Start(t, testdb.PostgresURL(t), 2)
	a, b := c.Nodes[0], c.Nodes[1]
	editor := c.Token(t, "editor")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"bench", "cache", "--url", a.Endpoint(), "--publish-url", b.Endpoint(),
		"--token", editor, "--events", "5", "--pause", "0", "--timeout", "30s", "--json"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, stderr.String(), stdout.String())
	}
	var r bench.CacheResult
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatalf("bench cache --json printed %q: %v", stdout.String(), err)
	}
	if r.Visible.N != 5 || r.CachedReads < 5 || r.Invalidations < 5 {
		t.Errorf("bench cache: %+v", r)
	}
}
