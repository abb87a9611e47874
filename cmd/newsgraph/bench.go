package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsgraph/newsgraph/bench/operations"
	"github.com/newsgraph/newsgraph/internal/bench"
)

// benchmark drives a running server with the operations of bench/operations
// and prints what each achieved; any failed request makes it fail. `bench
// live`, `bench webhooks` and `bench cache` measure subscriptions, webhooks
// and the response cache instead.
func benchmark(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "live":
			return benchLive(ctx, args[1:], stdout)
		case "webhooks":
			return benchWebhooks(ctx, args[1:], stdout)
		case "cache":
			return benchCache(ctx, args[1:], stdout)
		}
	}
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: newsgraph bench [flags]           queries: requests/s and latency per operation\n"+
			"       newsgraph bench live [flags]      subscriptions: memory per subscriber, delivery latency, reads per event\n"+
			"       newsgraph bench webhooks [flags]  webhooks: every event delivered once, in order, and how fast\n"+
			"       newsgraph bench cache [flags]     response cache: how soon a publication shows in another node's cached answers\n\nflags of bench:")
		fs.PrintDefaults()
	}
	url := fs.String("url", "http://127.0.0.1:8080/query", "the GraphQL endpoint of a running server")
	clients := fs.Int("clients", 16, "concurrent clients")
	duration := fs.Duration("duration", 30*time.Second, "how long each operation runs")
	only := fs.String("ops", "", "comma-separated operations to run (default: all of bench/operations)")
	asJSON := fs.Bool("json", false, "print the results as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	ops, err := bench.LoadOperations(operations.Files)
	if err != nil {
		return fmt.Errorf("load operations: %w", err)
	}
	if *only != "" {
		want := strings.Split(*only, ",")
		ops = slices.DeleteFunc(ops, func(op bench.Operation) bool { return !slices.Contains(want, op.Name) })
		if len(ops) != len(want) {
			return fmt.Errorf("--ops %q: unknown operation among them", *only)
		}
	}
	results, err := bench.Run(ctx, bench.Config{URL: *url, Clients: *clients, Duration: *duration, Operations: ops})
	if err != nil {
		return err
	}
	if *asJSON {
		if err := printJSON(stdout, results); err != nil {
			return err
		}
	} else {
		tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "operation\trequests\treq/s\tp50\tp95\tp99\tserver cpu/req\tdb cpu/req\terrors\t\n")
		for _, r := range results {
			fmt.Fprintf(tw, "%s\t%d\t%.1f\t%s\t%s\t%s\t%s\t%s\t%d\t\n", r.Operation, r.Requests, r.PerSecond, r.P50, r.P95, r.P99,
				cpuMillis(r.ServerCPUMs), cpuMillis(r.DatabaseCPUMs), r.Errors)
		}
		tw.Flush()
	}
	failed := 0
	var first string
	for _, r := range results {
		failed += r.Errors
		if first == "" && r.FirstError != "" {
			first = r.Operation + ": " + r.FirstError
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d requests failed; the first: %s", failed, first)
	}
	return nil
}

// cpuMillis prints a CPU time per request, "-" when it was not measured.
func cpuMillis(ms *float64) string {
	if ms == nil {
		return "-"
	}
	return fmt.Sprintf("%.2fms", *ms)
}

// printJSON writes a benchmark's results to w as indented JSON (--json).
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
