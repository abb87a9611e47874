package testdb

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"testing"
)

// A template is an orphan only when its process has ended: this process
// has not; a child that has exited has.
func TestProcessEnded(t *testing.T) {
	if processEnded(os.Getpid()) {
		t.Fatal("this process is reported ended")
	}
	child := exec.Command(os.Args[0], "-test.run=^$")
	if err := child.Run(); err != nil {
		t.Fatal(err)
	}
	if !processEnded(child.Process.Pid) {
		t.Errorf("child %d has exited but is reported running", child.Process.Pid)
	}
}

// A template whose process has ended is dropped by the next process that
// makes one; a live process's stays.
func TestOrphanTemplatesAreDropped(t *testing.T) {
	admin := os.Getenv(EnvURL)
	if admin == "" {
		t.Skipf("%s is not set: this test needs PostgreSQL", EnvURL)
	}
	child := exec.Command(os.Args[0], "-test.run=^$")
	if err := child.Run(); err != nil {
		t.Fatal(err)
	}
	adminDB, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer adminDB.Close()
	dead := fmt.Sprintf("%s%s_%d", templatePrefix, hostHex(), child.Process.Pid)
	live := fmt.Sprintf("%s%s_%d", templatePrefix, hostHex(), os.Getppid())
	for _, name := range []string{dead, live} {
		if _, err := adminDB.Exec(fmt.Sprintf("CREATE DATABASE %q", name)); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { dropDatabase(admin, name) })
	}
	dropOrphanTemplates(adminDB)
	for name, want := range map[string]bool{dead: false, live: true} {
		var n int
		if err := adminDB.QueryRow("SELECT count(*) FROM pg_database WHERE datname = $1", name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if got := n == 1; got != want {
			t.Errorf("%s: exists %v, want %v", name, got, want)
		}
	}
}
