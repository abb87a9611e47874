package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// The figures of a server's /metrics that the cache benchmark reads.
const (
	MetricCacheHits          = "newsgraph_response_cache_hits_total"
	MetricCacheInvalidations = "newsgraph_response_cache_invalidations_total"
)

// CacheConfig is what RunCache measures: how long a publication through
// one node takes to show in the cached answers of another.
type CacheConfig struct {
	Read     string // the GraphQL endpoint whose cached answers are read (anonymously)
	Publish  string // the GraphQL endpoint articles are published through
	Token    string // an editor's or admin's token, for the mutations
	Events   int    // articles published, one at a time
	Timeout  time.Duration
	Keep     bool          // leave the articles (by default they are deleted)
	Pause    time.Duration // idle time between publications, so that each starts from a quiet node
	Poll     time.Duration // time between two reads while waiting for a publication; 0: none
	Progress io.Writer
}

// CacheResult is what RunCache found.
type CacheResult struct {
	Read    string `json:"read"`
	Publish string `json:"publish"`
	Events  int    `json:"events"`
	// Visible is, per publication, the time from publishArticle's answer
	// (the commit) to the first anonymous answer of Read that shows it.
	Visible Latencies `json:"visibleMs"`
	// CachedReads are the reads of Read answered from its cache while the
	// benchmark ran; Invalidations the times its cache was emptied.
	CachedReads   int `json:"cachedReads"`
	Invalidations int `json:"invalidations"`
}

// newestQ is the front page's newest article, as an anonymous reader asks.
const newestQ = `query BenchNewest { articles(first: 1, orderBy: {field: PUBLISHED_AT, direction: DESC}, where: {status: PUBLISHED}) { edges { node { id } } } }`

// RunCache publishes cfg.Events articles through cfg.Publish, one at a
// time: it creates a draft, reads the front page anonymously from
// cfg.Read until that node answers it from its cache, waits cfg.Pause,
// publishes, and reads the front page again and again until the article
// is there.
func RunCache(ctx context.Context, cfg CacheConfig) (CacheResult, error) {
	res := CacheResult{Read: cfg.Read, Publish: cfg.Publish, Events: cfg.Events}
	reader := newClient(cfg.Read, 1)
	pub := newClient(cfg.Publish, 1)
	pub.token = cfg.Token
	metricsURL, err := MetricsURL(cfg.Read)
	if err != nil {
		return res, err
	}
	scrape := func() (Metrics, error) {
		m, err := Scrape(ctx, http.DefaultClient, metricsURL)
		if err != nil {
			return nil, err
		}
		if _, ok := m.Get(MetricCacheHits); !ok {
			return nil, fmt.Errorf("%s has no %s: is its response cache on?", metricsURL, MetricCacheHits)
		}
		return m, nil
	}
	before, err := scrape()
	if err != nil {
		return res, err
	}
	var ids []string
	defer func() {
		if cfg.Keep {
			return
		}
		for _, id := range ids {
			if err := pub.do(context.WithoutCancel(ctx), deleteArticleQ, map[string]any{"id": id}, nil); err != nil {
				fmt.Fprintf(cfg.Progress, "delete article %s: %v\n", id, err)
			}
		}
	}()
	newest := func() (string, error) {
		var page struct {
			Articles struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		if err := reader.do(ctx, newestQ, nil, &page); err != nil {
			return "", err
		}
		if len(page.Articles.Edges) == 0 {
			return "", nil
		}
		return page.Articles.Edges[0].Node.ID, nil
	}
	stamp := time.Now().Format("15:04:05")
	var visible []time.Duration
	for k := range cfg.Events {
		var created struct{ CreateArticle struct{ ID string } }
		if err := pub.do(ctx, createArticleQ, map[string]any{"title": fmt.Sprintf("Bench cache %s, tin %d", stamp, k+1)}, &created); err != nil {
			return res, fmt.Errorf("createArticle: %w", err)
		}
		id := created.CreateArticle.ID
		ids = append(ids, id)
		// The draft's creation empties the caches too: read until the
		// reader's node answers from its cache again, so that the
		// publication is what it must notice.
		for start := time.Now(); ; {
			m0, err := scrape()
			if err != nil {
				return res, err
			}
			if _, err := newest(); err != nil {
				return res, err
			}
			m1, err := scrape()
			if err != nil {
				return res, err
			}
			if m1[MetricCacheHits] > m0[MetricCacheHits] {
				break
			}
			if time.Since(start) > cfg.Timeout {
				return res, fmt.Errorf("%s does not answer from its cache", cfg.Read)
			}
		}
		if cfg.Pause > 0 {
			select {
			case <-time.After(cfg.Pause):
			case <-ctx.Done():
				return res, ctx.Err()
			}
		}
		if err := pub.do(ctx, publishNowQ, map[string]any{"id": id}, nil); err != nil {
			return res, fmt.Errorf("publishArticle: %w", err)
		}
		committed := time.Now()
		for {
			got, err := newest()
			if err != nil {
				return res, err
			}
			if got == id {
				visible = append(visible, time.Since(committed))
				break
			}
			if time.Since(committed) > cfg.Timeout {
				return res, fmt.Errorf("article %s not in %s's answers %s after its publication", id, cfg.Read, cfg.Timeout)
			}
			if cfg.Poll > 0 {
				time.Sleep(cfg.Poll)
			}
		}
	}
	after, err := scrape()
	if err != nil {
		return res, err
	}
	res.Visible = Summarize(visible)
	res.CachedReads = int(after[MetricCacheHits] - before[MetricCacheHits])
	res.Invalidations = int(after[MetricCacheInvalidations] - before[MetricCacheInvalidations])
	if res.CachedReads < cfg.Events {
		return res, errors.New("the reader's node answered fewer reads from its cache than there were publications: the figure would not be the cache's")
	}
	return res, nil
}
