package bench

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// MetricCPUSeconds is the server process's CPU time (Prometheus's process
// collector): user and system, in seconds.
const MetricCPUSeconds = "process_cpu_seconds_total"

// clockTicks is the unit of /proc/PID/stat's CPU times: USER_HZ, 100 on
// every Linux that newsgraph runs on.
const clockTicks = 100

// cpuMeter reads the CPU time the server and the PostgreSQL backends on
// this machine have used, so that a run can report CPU per request: the
// figure that survives a noisy machine, where throughput does not. Either
// reading may be missing (a server without --metrics, a database on
// another machine or SQLite); the figure is then left out.
type cpuMeter struct {
	http       *http.Client
	metricsURL string
	procDir    string // /proc
}

// cpuReading is one reading; a negative figure was not available.
type cpuReading struct {
	server, database time.Duration
}

func newCPUMeter(endpoint string, client *http.Client) *cpuMeter {
	u, err := MetricsURL(endpoint)
	if err != nil {
		u = ""
	}
	return &cpuMeter{http: client, metricsURL: u, procDir: "/proc"}
}

func (m *cpuMeter) read(ctx context.Context) cpuReading {
	r := cpuReading{server: -1, database: -1}
	if m.metricsURL != "" {
		if metrics, err := Scrape(ctx, m.http, m.metricsURL); err == nil {
			if s, ok := metrics.Get(MetricCPUSeconds); ok {
				r.server = time.Duration(s * float64(time.Second))
			}
		}
	}
	if d, ok := postgresCPU(m.procDir); ok {
		r.database = d
	}
	return r
}

// perRequest is the CPU per request between two readings, in
// milliseconds; nil where a reading is missing.
func perRequest(before, after cpuReading, requests int) (server, database *float64) {
	if requests == 0 {
		return nil, nil
	}
	ms := func(a, b time.Duration) *float64 {
		if a < 0 || b < 0 {
			return nil
		}
		v := float64(b-a) / float64(time.Millisecond) / float64(requests)
		return &v
	}
	return ms(before.server, after.server), ms(before.database, after.database)
}

// postgresCPU sums the CPU time of every process named postgres that this
// user may read: the PostgreSQL server's backends on this machine. A
// backend that ends between two readings takes its time with it, so runs
// should keep their connections (the bench's clients do).
func postgresCPU(procDir string) (time.Duration, bool) {
	stats, _ := filepath.Glob(filepath.Join(procDir, "[0-9]*", "stat"))
	var ticks int64
	found := false
	for _, path := range stats {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		// pid (comm) state ppid ... utime is field 14, stime 15; comm
		// may hold spaces, so count from its closing parenthesis.
		s := string(b)
		open, close := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || close < open || s[open+1:close] != "postgres" {
			continue
		}
		fields := strings.Fields(s[close+1:])
		if len(fields) < 13 {
			continue
		}
		u, err1 := strconv.ParseInt(fields[11], 10, 64)
		k, err2 := strconv.ParseInt(fields[12], 10, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		ticks += u + k
		found = true
	}
	return time.Duration(ticks) * time.Second / clockTicks, found
}
