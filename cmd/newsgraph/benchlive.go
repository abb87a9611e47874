package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsgraph/newsgraph/internal/bench"
)

// tokenEnv is where the live benchmarks read a token when no flag gives one.
const tokenEnv = "NEWSGRAPH_TOKEN"

// benchLive measures subscriptions on running servers: the memory of idle
// subscribers, the latency of an event to each, and the database work of
// an event, for a series of subscriber counts.
func benchLive(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("bench live", flag.ContinueOnError)
	urls := fs.String("url", "http://127.0.0.1:8080/query", "comma-separated GraphQL endpoints the subscribers connect to, taken in turn")
	publish := fs.String("publish-url", "", "the GraphQL endpoint articles are published through (default: the first --url); another node's measures delivery across nodes")
	token := fs.String("token", os.Getenv(tokenEnv), "an editor's or admin's API token, for the mutations (env "+tokenEnv+")")
	counts := fs.String("subscribers", "1000", "subscribers; a comma-separated list runs one after the other (1,1000 shows the work of an event does not grow with them)")
	events := fs.Int("events", 20, "articles published one at a time in each run")
	article := fs.Bool("article", true, "subscribers select each event's article, whose reads are then counted")
	timeout := fs.Duration("timeout", time.Minute, "the longest wait for the subscribers to be counted, and for one event to reach them all")
	keep := fs.Bool("keep", false, "leave the benchmark's articles (by default they are deleted)")
	asJSON := fs.Bool("json", false, "print the results as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	runs, err := positiveInts(*counts)
	if err != nil {
		return fmt.Errorf("--subscribers %q: %w", *counts, err)
	}
	if *token == "" {
		return fmt.Errorf("--token (or %s) is required: publishing takes an editor's token", tokenEnv)
	}
	subscribe := strings.Split(*urls, ",")
	if *publish == "" {
		*publish = subscribe[0]
	}
	// A connection per subscriber, and some to spare.
	want := uint64(slices.Max(runs) + 256)
	if limit, err := bench.RaiseOpenFiles(want); err == nil && limit > 0 && limit < want {
		return fmt.Errorf("this process may open %d files, too few for %d subscribers: raise the limit (ulimit -n) or spread them over machines", limit, slices.Max(runs))
	}

	var results []bench.LiveResult
	for _, n := range runs {
		fmt.Fprintf(os.Stderr, "bench live: %d subscribers, %d events\n", n, *events)
		res, err := bench.RunLive(ctx, bench.LiveConfig{
			Subscribe: subscribe, Publish: *publish, Token: *token,
			Subscribers: n, Events: *events, WithArticle: *article, Timeout: *timeout, Keep: *keep,
			Progress: os.Stderr,
		})
		if err != nil {
			return err
		}
		results = append(results, res)
	}
	if *asJSON {
		if err := printJSON(stdout, results); err != nil {
			return err
		}
	} else {
		printLive(stdout, results)
	}
	for _, r := range results {
		if !r.OK() {
			return fmt.Errorf("%d subscribers: %d of %d receipts missing, %d duplicated, %d out of order; %s",
				r.Subscribers, r.Missing, r.Subscribers*r.Events, r.Duplicates, r.OutOfOrder, r.FirstError)
		}
	}
	return nil
}

func printLive(w io.Writer, results []bench.LiveResult) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "subscribers\tevents\treceived\tmissing\tp50\tp99\tmax\t\n")
	for _, r := range results {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%d\t%s\t%s\t%s\t\n", r.Subscribers, r.Events, r.Received, r.Missing, r.Latency.P50, r.Latency.P99, r.Latency.Max)
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "run\tserver\tsubscribers\tKB/sub RSS\tKB/sub heap\tgoroutines/sub\treads/event\tarticle loads/event\tdelivered/event\t\n")
	for _, r := range results {
		for _, s := range r.Servers {
			fmt.Fprintf(tw, "%d\t%s\t%d\t%.1f\t%.1f\t%.2f\t%.2f\t%.2f\t%.1f\t\n", r.Subscribers, s.Endpoint, s.Subscribers,
				s.KBPerSubscriber, s.HeapKBPerSubscriber, s.GoroutinesPerSubscriber, s.ReadsPerEvent, s.ArticleLoadsPerEvent, s.DeliveredPerEvent)
		}
	}
	tw.Flush()
}

// positiveInts reads a comma-separated list of positive integers.
func positiveInts(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// benchWebhooks checks and times the delivery of events to a webhook
// endpoint of its own.
func benchWebhooks(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("bench webhooks", flag.ContinueOnError)
	url := fs.String("url", "http://127.0.0.1:8080/query", "the GraphQL endpoint")
	token := fs.String("token", os.Getenv(tokenEnv), "an admin's API token: it registers the endpoint and writes the events (env "+tokenEnv+")")
	events := fs.Int("events", 1000, "events to write: each article is published, then corrected nine times")
	failEvery := fs.Int("fail-every", 10, "the receiver answers 500 to the first attempt of every Nth delivery (0: never)")
	listen := fs.String("listen", "127.0.0.1:0", "the receiver's address")
	receiverURL := fs.String("receiver-url", "", "the URL the server is to deliver to (default: http://the receiver's address/)")
	timeout := fs.Duration("timeout", time.Minute, "the longest the deliveries may make no progress")
	keep := fs.Bool("keep", false, "leave the endpoint and the articles (by default they are deleted)")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *token == "" {
		return fmt.Errorf("--token (or %s) is required: registering an endpoint takes an admin's token", tokenEnv)
	}
	res, err := bench.RunWebhooks(ctx, bench.WebhookConfig{
		URL: *url, Token: *token, Events: *events, FailEvery: *failEvery, Listen: *listen, ReceiverURL: *receiverURL,
		Timeout: *timeout, Keep: *keep, Progress: os.Stderr,
	})
	if err != nil {
		return err
	}
	if *asJSON {
		if err := printJSON(stdout, res); err != nil {
			return err
		}
	} else {
		tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "events\tdelivered\tattempts\tfailed on purpose\tredelivered\tmissing\tduplicates\tout of order\tbad signatures\twrite\tall delivered\tp50\tp99\tmax\t\n")
		fmt.Fprintf(tw, "%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t\n", res.Events, res.Delivered, res.Attempts, res.Injected,
			res.Redelivered, res.Missing, res.Duplicates, res.OutOfOrder, res.BadSignatures, res.WriteTook, res.Took,
			res.Latency.P50, res.Latency.P99, res.Latency.Max)
		tw.Flush()
	}
	if !res.OK() {
		return fmt.Errorf("the deliveries are not right: %s", res.FirstProblem)
	}
	return nil
}
