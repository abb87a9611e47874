package testdb

import (
	"database/sql"
	"fmt"
	"os"
	"sync"
	"testing"
)

// Main runs a package's tests, waits until every PostgreSQL database they
// made is dropped, drops the process's template, and exits. A package
// whose tests open databases calls it from TestMain:
//
//	func TestMain(m *testing.M) { testdb.Main(m) }
//
// With it, a test's database is dropped while the next tests run: a DROP
// DATABASE waits for a checkpoint (half a second or more on a busy disk),
// and several drops under way at once share one. Without it, each test
// drops its database before the next begins.
func Main(m *testing.M) { os.Exit(Run(m)) }

// Run is Main without the exit, for a TestMain that has more to do after
// the tests; it returns the exit code, failed when a drop failed.
func Run(m *testing.M) int {
	drops.mu.Lock()
	drops.background = true
	drops.mu.Unlock()
	code := m.Run()
	if err := drops.wait(); err != nil && code == 0 {
		fmt.Fprintln(os.Stderr, "testdb:", err)
		code = 1
	}
	dropTemplate()
	return code
}

// maxDrops bounds the drops under way at once.
const maxDrops = 4

// drops are the test databases being dropped in the background.
var drops dropper

type dropper struct {
	mu         sync.Mutex
	background bool // set by Run: drops go on while the next tests run
	slots      chan struct{}
	pending    sync.WaitGroup
	err        error // the first background drop that failed
}

// start drops the database name: now, or in the background under Run,
// where a failure fails the run instead of the test.
func (d *dropper) start(admin, name string) error {
	d.mu.Lock()
	background := d.background
	if d.slots == nil {
		d.slots = make(chan struct{}, maxDrops)
	}
	d.mu.Unlock()
	if !background {
		return dropDatabase(admin, name)
	}
	d.pending.Add(1)
	d.slots <- struct{}{}
	go func() {
		defer d.pending.Done()
		defer func() { <-d.slots }()
		if err := dropDatabase(admin, name); err != nil {
			d.mu.Lock()
			if d.err == nil {
				d.err = fmt.Errorf("drop test database %s: %w", name, err)
			}
			d.mu.Unlock()
		}
	}()
	return nil
}

func (d *dropper) wait() error {
	d.pending.Wait()
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.err
}

// dropDatabase drops name; FORCE ends any connection a test left open.
func dropDatabase(admin, name string) error {
	adminDB, err := sql.Open("postgres", admin)
	if err != nil {
		return err
	}
	defer adminDB.Close()
	_, err = adminDB.Exec(fmt.Sprintf("DROP DATABASE IF EXISTS %q WITH (FORCE)", name))
	return err
}
