package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/newsgraph/newsgraph/internal/bench"
)

// benchCache measures how long a publication through one node takes to
// show in another node's cached answers.
func benchCache(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("bench cache", flag.ContinueOnError)
	read := fs.String("url", "http://127.0.0.1:8080/query", "the GraphQL endpoint whose cached answers are read, anonymously")
	publish := fs.String("publish-url", "", "the GraphQL endpoint articles are published through (default: --url); another node's measures the way across nodes")
	token := fs.String("token", os.Getenv(tokenEnv), "an editor's or admin's API token, for the mutations (env "+tokenEnv+")")
	events := fs.Int("events", 100, "articles published, one at a time")
	pause := fs.Duration("pause", 100*time.Millisecond, "idle time before each publication, so that it meets quiet nodes")
	poll := fs.Duration("poll", time.Millisecond, "time between two reads while waiting for a publication to show (the resolution of the figure; 0: read without pause, which loads the reader's node)")
	timeout := fs.Duration("timeout", time.Minute, "the longest wait for one publication to show")
	keep := fs.Bool("keep", false, "leave the benchmark's articles (by default they are deleted)")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *token == "" {
		return fmt.Errorf("--token (or %s) is required: publishing takes an editor's token", tokenEnv)
	}
	if *publish == "" {
		*publish = *read
	}
	if *events < 1 {
		return fmt.Errorf("--events %d: publish at least one article", *events)
	}
	res, err := bench.RunCache(ctx, bench.CacheConfig{
		Read: *read, Publish: *publish, Token: *token, Events: *events,
		Pause: *pause, Poll: *poll, Timeout: *timeout, Keep: *keep, Progress: os.Stderr,
	})
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(stdout, res)
	}
	fmt.Fprintf(stdout, "published through %s, read from %s's cache: %d articles\n", res.Publish, res.Read, res.Events)
	fmt.Fprintf(stdout, "visible after the commit: p50 %s  p99 %s  max %s\n", res.Visible.P50, res.Visible.P99, res.Visible.Max)
	fmt.Fprintf(stdout, "reads answered from the cache %d, invalidations %d\n", res.CachedReads, res.Invalidations)
	return nil
}
