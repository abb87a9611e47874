// Package testnode runs real newsgraph server processes for tests: the
// binary, built once per test binary from this module; nodes running
// `newsgraph serve` on one database, each on its own 127.0.0.1 port,
// started, stopped (SIGTERM), killed (SIGKILL) and restarted, with their
// standard error kept for the test's failure report. What several nodes do
// together is tested this way, never with mocks: the nodes share nothing
// but the database.
//
// A package that uses it calls Main from its TestMain, so that the binary
// is removed when its tests end:
//
//	func TestMain(m *testing.M) { testnode.Main(m) }
package testnode

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/testdb"
)

// Deadlines of a node's life.
const (
	// startTimeout bounds how long a node may take to serve and be ready.
	startTimeout = 90 * time.Second
	// stopTimeout bounds how long a node may take to exit after a signal.
	stopTimeout = 30 * time.Second
	// pollEvery is how often readiness is asked for while waiting.
	pollEvery = 20 * time.Millisecond
)

// EnvLogs, when set, gives every test the standard error of its nodes,
// not only a failed one.
const EnvLogs = "NEWSGRAPH_TESTNODE_LOGS"

// mainPackage is the import path of the newsgraph command.
const mainPackage = "github.com/newsgraph/newsgraph/cmd/newsgraph"

var (
	mainCalled bool
	build      struct {
		once      sync.Once
		dir, path string
		err       error
	}
)

// Main runs the tests of m, then removes the binary that Binary built.
func Main(m *testing.M) {
	mainCalled = true
	code := testdb.Run(m)
	if build.dir != "" {
		os.RemoveAll(build.dir)
	}
	os.Exit(code)
}

// Binary returns the path of the newsgraph binary, built from this module
// on the first call of the test binary (with the race detector when the
// tests run with it, so that a race in a node fails its test too).
func Binary(t testing.TB) string {
	t.Helper()
	if !mainCalled {
		t.Fatal("testnode: call testnode.Main(m) from TestMain, so that the built binary is removed")
	}
	build.once.Do(func() {
		build.dir, build.err = os.MkdirTemp("", "newsgraph-testnode-")
		if build.err != nil {
			return
		}
		build.path = filepath.Join(build.dir, "newsgraph")
		args := []string{"build", "-o", build.path}
		if raceEnabled {
			args = append(args, "-race")
		}
		args = append(args, mainPackage)
		out, err := exec.Command(goTool(), args...).CombinedOutput()
		if err != nil {
			build.err = fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	})
	if build.err != nil {
		t.Fatalf("testnode: build newsgraph: %v", build.err)
	}
	return build.path
}

func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return "go"
}

// Run runs the binary once with args (migrate, token create, ...) and
// returns what it printed on standard output; a failure fails t with what
// it printed on standard error.
func Run(t testing.TB, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(Binary(t), args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Run(); err != nil {
		t.Fatalf("newsgraph %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

// Cluster is a set of nodes on one database.
type Cluster struct {
	DatabaseURL string
	Nodes       []*Node

	args []string // more flags for every node's serve
}

// Start brings the database at databaseURL up to date with `newsgraph
// migrate` (nodes migrating an empty database at once is another matter),
// starts n nodes on it at once and waits until every one is ready. args
// are more flags for each node's `newsgraph serve`; the demo content is
// off unless args turn it on. The nodes still running when t ends are
// stopped, and a failed test is given each node's standard error (every
// test, with NEWSGRAPH_TESTNODE_LOGS set).
func Start(t testing.TB, databaseURL string, n int, args ...string) *Cluster {
	t.Helper()
	Run(t, "migrate", "--database-url", databaseURL)
	return StartTogether(t, databaseURL, n, args...)
}

// StartTogether is Start without the migration first: the n nodes start
// at once on the database as it is, an empty one included, and migrate it
// themselves, as replicas deployed together do.
func StartTogether(t testing.TB, databaseURL string, n int, args ...string) *Cluster {
	t.Helper()
	c := &Cluster{DatabaseURL: databaseURL, args: args}
	t.Cleanup(func() { c.cleanup(t) })
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		node := c.newNode(t)
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = node.start()
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	return c
}

// Add starts one more node on the cluster's database and waits until it is
// ready.
func (c *Cluster) Add(t testing.TB) *Node {
	t.Helper()
	node := c.newNode(t)
	if err := node.start(); err != nil {
		t.Fatal(err)
	}
	return node
}

func (c *Cluster) newNode(t testing.TB) *Node {
	n := &Node{
		Name: fmt.Sprintf("node%d", len(c.Nodes)+1),
		bin:  Binary(t),
		addr: "127.0.0.1:0",
		dir:  t.TempDir(),
	}
	n.args = append([]string{"--database-url", c.DatabaseURL, "--demo=false",
		"--media-dir", filepath.Join(n.dir, "media"), "--shutdown-timeout", "5s"}, c.args...)
	c.Nodes = append(c.Nodes, n)
	return n
}

// Token creates an API token of role (admin, editor or viewer) in the
// cluster's database and returns its secret.
func (c *Cluster) Token(t testing.TB, role string) string {
	t.Helper()
	return strings.TrimSpace(Run(t, "token", "create", "--name", "testnode "+role, "--role", role, "--database-url", c.DatabaseURL))
}

// cleanup stops the nodes still running, then fails t if any node's race
// detector spoke, and gives a failed t every node's standard error.
func (c *Cluster) cleanup(t testing.TB) {
	for _, n := range c.Nodes {
		if n.Running() {
			n.signal(syscall.SIGTERM)
			if !n.waitExit(stopTimeout) {
				n.signal(syscall.SIGKILL)
				n.waitExit(stopTimeout)
			}
		}
	}
	for _, n := range c.Nodes {
		log := n.Stderr()
		if strings.Contains(log, "WARNING: DATA RACE") {
			t.Errorf("%s: the race detector found a data race:\n%s", n.Name, log)
			continue
		}
		if t.Failed() || os.Getenv(EnvLogs) != "" {
			t.Logf("%s: standard error:\n%s", n.Name, tail(log, 64<<10))
		}
	}
}

// Node is one `newsgraph serve` process, or the place of one between a
// Stop or Kill and a Restart.
type Node struct {
	Name string // node1, node2, ... in the order the cluster made them

	bin, dir string
	args     []string
	addr     string // 127.0.0.1:0 until it first serves, then its address

	mu      sync.Mutex
	url     string
	cmd     *exec.Cmd
	exited  chan struct{} // closed when the process is gone
	exitErr error
	log     logBuffer
}

// URL is the node's base URL, http://127.0.0.1:PORT, the same across
// restarts.
func (n *Node) URL() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.url
}

// Endpoint is the node's GraphQL endpoint, URL()+"/query".
func (n *Node) Endpoint() string { return n.URL() + "/query" }

// Stderr is everything the node has written on standard error, across its
// restarts.
func (n *Node) Stderr() string { return n.log.String() }

// Running reports whether the node's process is running.
func (n *Node) Running() bool {
	n.mu.Lock()
	exited := n.exited
	n.mu.Unlock()
	if exited == nil {
		return false
	}
	select {
	case <-exited:
		return false
	default:
		return true
	}
}

// Stop sends the node SIGTERM and waits until it has exited, which it must
// do cleanly (status 0) within the shutdown timeout.
func (n *Node) Stop(t testing.TB) {
	t.Helper()
	n.signal(syscall.SIGTERM)
	if !n.waitExit(stopTimeout) {
		n.signal(syscall.SIGKILL)
		n.waitExit(stopTimeout)
		t.Fatalf("%s: still running %s after SIGTERM; killed\n%s", n.Name, stopTimeout, tail(n.Stderr(), 16<<10))
	}
	if err := n.exitError(); err != nil {
		t.Errorf("%s: after SIGTERM: %v, want a clean exit\n%s", n.Name, err, tail(n.Stderr(), 16<<10))
	}
}

// Kill sends the node SIGKILL, which it cannot handle, and waits until the
// process is gone.
func (n *Node) Kill(t testing.TB) {
	t.Helper()
	n.signal(syscall.SIGKILL)
	if !n.waitExit(stopTimeout) {
		t.Fatalf("%s: still running %s after SIGKILL", n.Name, stopTimeout)
	}
}

// Restart starts a stopped or killed node again, on the address it had, and
// waits until it is ready.
func (n *Node) Restart(t testing.TB) {
	t.Helper()
	if n.Running() {
		t.Fatalf("%s: restart of a running node", n.Name)
	}
	if err := n.start(); err != nil {
		t.Fatal(err)
	}
}

// start runs the process and waits until it serves (its "newsgraph is
// serving" log record names its URL) and answers /readyz with 200.
func (n *Node) start() error {
	serving := make(chan string, 1)
	n.log.startRun(n.Name, serving)
	cmd := exec.Command(n.bin, append([]string{"serve", "--addr", n.addr}, n.args...)...)
	cmd.Dir = n.dir
	cmd.Stderr = &n.log
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%s: start: %w", n.Name, err)
	}
	exited := make(chan struct{})
	n.mu.Lock()
	n.cmd, n.exited, n.exitErr = cmd, exited, nil
	n.mu.Unlock()
	go func() {
		err := cmd.Wait()
		n.mu.Lock()
		n.exitErr = err
		n.mu.Unlock()
		close(exited)
	}()

	deadline := time.NewTimer(startTimeout)
	defer deadline.Stop()
	failed := func(why string) error {
		n.signal(syscall.SIGKILL)
		n.waitExit(stopTimeout)
		return fmt.Errorf("%s: %s\n%s", n.Name, why, tail(n.Stderr(), 16<<10))
	}
	var base string
	select {
	case base = <-serving:
	case <-exited:
		return fmt.Errorf("%s: exited before serving: %v\n%s", n.Name, n.exitError(), tail(n.Stderr(), 16<<10))
	case <-deadline.C:
		return failed(fmt.Sprintf("not serving after %s", startTimeout))
	}
	u, err := url.Parse(base)
	if err != nil {
		return failed(fmt.Sprintf("serving at %q, not a URL", base))
	}
	n.mu.Lock()
	n.url, n.addr = base, u.Host
	n.mu.Unlock()

	poll := time.NewTicker(pollEvery)
	defer poll.Stop()
	client := &http.Client{Timeout: 5 * time.Second}
	for {
		resp, err := client.Get(base + "/readyz")
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-exited:
			return fmt.Errorf("%s: exited before it was ready: %v\n%s", n.Name, n.exitError(), tail(n.Stderr(), 16<<10))
		case <-deadline.C:
			return failed(fmt.Sprintf("not ready after %s (last: %v)", startTimeout, err))
		case <-poll.C:
		}
	}
}

func (n *Node) signal(sig syscall.Signal) {
	n.mu.Lock()
	cmd := n.cmd
	n.mu.Unlock()
	if cmd != nil && cmd.Process != nil {
		cmd.Process.Signal(sig) // an error means it is gone already
	}
}

// waitExit waits at most d for the process to be gone.
func (n *Node) waitExit(d time.Duration) bool {
	n.mu.Lock()
	exited := n.exited
	n.mu.Unlock()
	if exited == nil {
		return true
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-exited:
		return true
	case <-timer.C:
		return false
	}
}

func (n *Node) exitError() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.exitErr
}

// Do posts a GraphQL request to the node as the holder of token (empty:
// anonymous) and decodes the answer's data into out (when not nil). A
// transport failure, a status other than 200 or GraphQL errors are an
// error, which names the errors' codes.
func (n *Node) Do(ctx context.Context, token, query string, vars map[string]any, out any) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.Endpoint(), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("%s: %w", n.Name, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("%s: read the answer: %w", n.Name, err)
	}
	var r struct {
		Data   json.RawMessage
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(raw, &r); err != nil || resp.StatusCode != http.StatusOK || len(r.Errors) > 0 {
		return fmt.Errorf("%s: HTTP %d: %.500s", n.Name, resp.StatusCode, raw)
	}
	if out != nil {
		return json.Unmarshal(r.Data, out)
	}
	return nil
}

// Query is Do that fails t on any error, within a minute.
func (n *Node) Query(t testing.TB, token, query string, vars map[string]any, out any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := n.Do(ctx, token, query, vars, out); err != nil {
		t.Fatal(err)
	}
}

// logBuffer keeps a node's standard error and finds, in each run's JSON
// log, the record that says where it serves.
type logBuffer struct {
	mu      sync.Mutex
	all     bytes.Buffer
	partial []byte
	serving chan<- string // nil once told
}

// startRun marks the start of a run in the log and waits for its URL.
func (l *logBuffer) startRun(name string, serving chan<- string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.partial) > 0 {
		l.all.WriteByte('\n')
		l.partial = nil
	}
	fmt.Fprintf(&l.all, "--- testnode: %s starts at %s\n", name, time.Now().Format(time.RFC3339Nano))
	l.serving = serving
}

// Write implements io.Writer for the process's standard error.
func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.all.Write(p)
	l.partial = append(l.partial, p...)
	for {
		i := bytes.IndexByte(l.partial, '\n')
		if i < 0 {
			break
		}
		l.line(l.partial[:i])
		l.partial = l.partial[i+1:]
	}
	return len(p), nil
}

// line reads one line of the log: newsgraph serve logs JSON.
func (l *logBuffer) line(b []byte) {
	if l.serving == nil || !bytes.Contains(b, []byte("newsgraph is serving")) {
		return
	}
	var rec struct {
		Msg string `json:"msg"`
		URL string `json:"url"`
	}
	if json.Unmarshal(b, &rec) == nil && rec.Msg == "newsgraph is serving" && rec.URL != "" {
		l.serving <- rec.URL
		l.serving = nil
	}
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.all.String()
}

// tail is the end of s, at most n bytes.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "[...]\n" + s[len(s)-n:]
}
