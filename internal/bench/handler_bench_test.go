package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/bench/operations"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
)

// EnvBenchURL names a database loaded with `newsgraph seed --scale S` for
// BenchmarkOperations.
const EnvBenchURL = "NEWSGRAPH_BENCH_DATABASE_URL"

// BenchmarkOperations measures what each operation of bench/operations
// costs newsgraph itself: requests go straight to the HTTP handler, in
// process, four at a time, with variables drawn as `newsgraph bench` draws
// them. Besides ns/op (wall time, shared with the database) it reports
// cpu-ms/op, the process's CPU time per request, which is what limits
// throughput when the server and its database share a machine:
//
//	NEWSGRAPH_BENCH_DATABASE_URL=postgres://... go test ./internal/bench -run '^$' -bench Operations -benchtime 2000x
func BenchmarkOperations(b *testing.B) {
	url := os.Getenv(EnvBenchURL)
	if url == "" {
		b.Skipf("set %s to a database loaded with newsgraph seed --scale 1", EnvBenchURL)
	}
	ctx := context.Background()
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil))) // the access log
	db, err := database.Open(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	h := server.New(db.Client, server.Options{DB: db.SQL})
	srv := httptest.NewServer(h)
	defer srv.Close()
	pool, err := fetchPool(ctx, newClient(srv.URL+"/query", 1))
	if err != nil {
		b.Fatal(err)
	}
	ops, err := LoadOperations(operations.Files)
	if err != nil {
		b.Fatal(err)
	}
	for _, op := range ops {
		b.Run(op.Name, func(b *testing.B) {
			rnd := rand.New(rand.NewPCG(1, 2))
			bodies := make([][]byte, 64)
			for i := range bodies {
				vars := map[string]any{}
				for _, v := range op.Variables {
					vals := pool.values(v)
					vars[v] = vals[rnd.IntN(len(vals))]
				}
				bodies[i], _ = json.Marshal(map[string]any{"query": op.Query, "variables": vars})
			}
			b.ReportAllocs()
			b.SetParallelism(4)
			cpu := cpuTime()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for i := 0; pb.Next(); i++ {
					req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(bodies[i%len(bodies)]))
					req.Header.Set("Content-Type", "application/json")
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, req)
					if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
						b.Errorf("%s: %d %.300s", op.Name, rec.Code, rec.Body)
						return
					}
				}
			})
			b.StopTimer()
			b.ReportMetric(float64(cpuTime()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
		})
	}
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
