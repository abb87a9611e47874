package bench

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
)

// CPU per request comes from the server's process_cpu_seconds_total and
// the postgres processes' times in /proc, read before and after a run;
// what cannot be read is left out, never reported as 0.
func TestCPUPerRequest(t *testing.T) {
	proc := t.TempDir()
	writeStat := func(pid int, comm string, utime, stime int) {
		dir := filepath.Join(proc, fmt.Sprint(pid))
		os.MkdirAll(dir, 0o755)
		stat := fmt.Sprintf("%d (%s) S 1 1 1 0 -1 4194560 100 0 0 0 %d %d 0 0 20 0 1 0 100 1000 10\n", pid, comm, utime, stime)
		if err := os.WriteFile(filepath.Join(dir, "stat"), []byte(stat), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeStat(10, "postgres", 100, 50)    // 1.5 s
	writeStat(11, "postgres", 20, 30)     // 0.5 s
	writeStat(12, "newsgraph x", 900, 90) // not postgres, a space in its name
	var cpu atomic.Int64                  // the server's CPU, in milliseconds
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "# TYPE process_cpu_seconds_total counter\nprocess_cpu_seconds_total %g\n", float64(cpu.Load())/1000)
	}))
	defer srv.Close()

	m := newCPUMeter(srv.URL+"/query", srv.Client())
	m.procDir = proc
	before := m.read(context.Background())
	if before.database.Seconds() != 2 || before.server.Seconds() != 0 {
		t.Fatalf("read %+v, want 2 s of postgres and 0 of server", before)
	}
	cpu.Store(300)                     // 0.3 s of server CPU
	writeStat(10, "postgres", 140, 70) // +0.6 s
	server, database := perRequest(before, m.read(context.Background()), 100)
	if server == nil || database == nil || *server != 3 || *database != 6 {
		t.Errorf("per request: server %v, database %v; want 3 ms and 6 ms", server, database)
	}

	// No /metrics and no postgres: nothing reported.
	blind := newCPUMeter("http://127.0.0.1:1/query", srv.Client())
	blind.procDir = t.TempDir()
	r := blind.read(context.Background())
	if s, d := perRequest(r, r, 10); s != nil || d != nil {
		t.Errorf("unmeasured: %v %v, want none", s, d)
	}
}
