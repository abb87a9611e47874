// Package bench owns the load benchmarks of running newsgraph servers. Run
// drives one over HTTP with concurrent clients, one named operation at a
// time, with variables drawn from a pool fetched through the API first, and
// reports throughput and latency percentiles per operation. RunLive and
// RunWebhooks measure the event stream: subscribers over graphql-sse (the
// cost of an idle one, the latency of an event to each, the database work
// of an event, from the servers' /metrics), and webhook deliveries (each
// event once, in order, signed).
package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"net/http"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// Operation is one named GraphQL operation of the benchmark.
type Operation struct {
	Name      string   // the file's name, e.g. FEED
	Query     string   // the document, one operation
	Variables []string // the names of its variables, without $
}

// LoadOperations reads every NAME.graphql of fsys, sorted by name.
func LoadOperations(fsys fs.FS) ([]Operation, error) {
	names, err := fs.Glob(fsys, "*.graphql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	ops := make([]Operation, 0, len(names))
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		doc, gerr := parser.ParseQuery(&ast.Source{Name: name, Input: string(src)})
		if gerr != nil {
			return nil, fmt.Errorf("%s: %w", name, gerr)
		}
		if len(doc.Operations) != 1 {
			return nil, fmt.Errorf("%s: want exactly one operation, found %d", name, len(doc.Operations))
		}
		op := Operation{Name: strings.TrimSuffix(path.Base(name), ".graphql"), Query: string(src)}
		for _, v := range doc.Operations[0].VariableDefinitions {
			op.Variables = append(op.Variables, v.Variable)
		}
		ops = append(ops, op)
	}
	return ops, nil
}

// Config says what to run.
type Config struct {
	URL        string        // the GraphQL endpoint, e.g. http://127.0.0.1:8080/query
	Clients    int           // concurrent clients
	Duration   time.Duration // how long each operation runs
	Operations []Operation
}

// Result is what one operation achieved.
type Result struct {
	Operation     string  `json:"operation"`
	Requests      int     `json:"requests"`
	Errors        int     `json:"errors"`
	PerSecond     float64 `json:"requestsPerSecond"`
	P50           Millis  `json:"p50Ms"`
	P95           Millis  `json:"p95Ms"`
	P99           Millis  `json:"p99Ms"`
	FirstError    string  `json:"firstError,omitempty"`
	Clients       int     `json:"clients"`
	DurationMilli int64   `json:"durationMs"`
	// CPU per request, in milliseconds: of the server process (from its
	// /metrics) and of the PostgreSQL processes on this machine (from
	// /proc); absent when the bench cannot see them.
	ServerCPUMs   *float64 `json:"serverCpuMsPerRequest,omitempty"`
	DatabaseCPUMs *float64 `json:"databaseCpuMsPerRequest,omitempty"`
}

// Millis is a latency that prints and encodes as milliseconds.
type Millis time.Duration

// MarshalJSON writes m as a number of milliseconds.
func (m Millis) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("%.2f", float64(m)/float64(time.Millisecond))), nil
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (m *Millis) UnmarshalJSON(b []byte) error {
	var ms float64
	if err := json.Unmarshal(b, &ms); err != nil {
		return err
	}
	*m = Millis(ms * float64(time.Millisecond))
	return nil
}

func (m Millis) String() string { return fmt.Sprintf("%.1fms", float64(m)/float64(time.Millisecond)) }

// Run fetches the variable pool, then runs each operation in turn for
// cfg.Duration with cfg.Clients clients.
func Run(ctx context.Context, cfg Config) ([]Result, error) {
	if cfg.Clients < 1 {
		return nil, fmt.Errorf("clients %d: want at least 1", cfg.Clients)
	}
	c := newClient(cfg.URL, cfg.Clients)
	pool, err := fetchPool(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("fetch variables through the API: %w", err)
	}
	for _, op := range cfg.Operations {
		for _, v := range op.Variables {
			if len(pool.values(v)) == 0 {
				return nil, fmt.Errorf("%s: no values for $%s (the bench knows slug, year, after, query)", op.Name, v)
			}
		}
	}
	meter := newCPUMeter(cfg.URL, c.http)
	var results []Result
	for _, op := range cfg.Operations {
		before := meter.read(ctx)
		r := runOne(ctx, c, pool, op, cfg)
		r.ServerCPUMs, r.DatabaseCPUMs = perRequest(before, meter.read(ctx), r.Requests)
		results = append(results, r)
	}
	return results, nil
}

// runOne drives op with cfg.Clients goroutines until cfg.Duration passes.
func runOne(ctx context.Context, c *client, pool *pool, op Operation, cfg Config) Result {
	// Clients start no request after the deadline but finish the one they
	// are in, so that a slow operation still yields its latencies.
	deadline := time.Now().Add(cfg.Duration)
	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      int
		firstErr  string
		wg        sync.WaitGroup
	)
	started := time.Now()
	for i := 0; i < cfg.Clients; i++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			rnd := rand.New(rand.NewPCG(seed, 42))
			var mine []time.Duration
			var myErrs int
			var myFirst string
			for ctx.Err() == nil && time.Now().Before(deadline) {
				vars := make(map[string]any, len(op.Variables))
				for _, v := range op.Variables {
					vals := pool.values(v)
					vars[v] = vals[rnd.IntN(len(vals))]
				}
				t0 := time.Now()
				err := c.do(ctx, op.Query, vars, nil)
				if ctx.Err() != nil {
					break // interrupted: neither a result nor an error
				}
				mine = append(mine, time.Since(t0))
				if err != nil {
					myErrs++
					if myFirst == "" {
						myFirst = err.Error()
					}
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			errs += myErrs
			if firstErr == "" {
				firstErr = myFirst
			}
			mu.Unlock()
		}(uint64(i + 1))
	}
	wg.Wait()
	elapsed := time.Since(started)
	slices.Sort(latencies)
	return Result{
		Operation:     op.Name,
		Requests:      len(latencies),
		Errors:        errs,
		PerSecond:     float64(len(latencies)) / elapsed.Seconds(),
		P50:           Millis(percentile(latencies, 0.50)),
		P95:           Millis(percentile(latencies, 0.95)),
		P99:           Millis(percentile(latencies, 0.99)),
		FirstError:    firstErr,
		Clients:       cfg.Clients,
		DurationMilli: cfg.Duration.Milliseconds(),
	}
}

// percentile of sorted latencies, nearest rank.
func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.999999) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// client posts GraphQL requests to one endpoint, as the holder of token
// when it is not empty.
type client struct {
	url   string
	token string
	http  *http.Client
}

func newClient(url string, clients int) *client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = clients
	return &client{url: url, http: &http.Client{Transport: tr, Timeout: time.Minute}}
}

// do runs query; a transport failure, a non-2xx status or a response with
// GraphQL errors is an error. It decodes data into out when out is not nil.
func (c *client) do(ctx context.Context, query string, vars map[string]any, out any) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("HTTP %s: %.200s", resp.Status, raw)
	}
	if out == nil && !bytes.Contains(raw, []byte(`"errors"`)) {
		// No errors: skip decoding, the client shares the machine's CPUs
		// with the server it measures.
		return nil
	}
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("response is not JSON: %w", err)
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("GraphQL error: %s", r.Errors[0].Message)
	}
	if out != nil {
		return json.Unmarshal(r.Data, out)
	}
	return nil
}
