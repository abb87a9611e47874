package testdb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/newsgraph/newsgraph/internal/database"
)

// The process's migrated templates, made on first use.
var (
	sqliteTemplate struct {
		once sync.Once
		file []byte // a migrated, closed SQLite database
		err  error
	}
	postgresTemplate struct {
		once sync.Once
		name string // a migrated database no client is connected to
		err  error
	}
)

// templatePrefix names PostgreSQL templates: the prefix, this machine's
// hostname hashed (hostHex), and the process id, so that a later process
// can tell which of them outlived their process (Run does not always end).
const templatePrefix = "newsgraph_template_"

func sqliteMigratedURL(t testing.TB) string {
	t.Helper()
	sqliteTemplate.once.Do(func() {
		sqliteTemplate.file, sqliteTemplate.err = migrateSQLiteTemplate()
	})
	if sqliteTemplate.err != nil {
		t.Fatalf("sqlite template: %v", sqliteTemplate.err)
	}
	path := filepath.Join(t.TempDir(), "newsgraph.db")
	if err := os.WriteFile(path, sqliteTemplate.file, 0o600); err != nil {
		t.Fatalf("copy the sqlite template: %v", err)
	}
	return "sqlite:" + path
}

func migrateSQLiteTemplate() ([]byte, error) {
	dir, err := os.MkdirTemp("", "newsgraph-testdb-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "template.db")
	if err := migrate("sqlite:" + path); err != nil {
		return nil, err
	}
	// Closing the last connection checkpointed the write-ahead log into
	// the file and removed the log: the file alone is the database.
	return os.ReadFile(path)
}

func postgresMigratedURL(t testing.TB, admin string) string {
	t.Helper()
	postgresTemplate.once.Do(func() {
		postgresTemplate.name, postgresTemplate.err = migratePostgresTemplate(admin)
	})
	if postgresTemplate.err != nil {
		t.Fatalf("postgres template: %v", postgresTemplate.err)
	}
	return postgresURL(t, admin, postgresTemplate.name)
}

func migratePostgresTemplate(admin string) (string, error) {
	u, err := url.Parse(admin)
	if err != nil {
		return "", fmt.Errorf("%s is not a URL: %w", EnvURL, err)
	}
	adminDB, err := sql.Open("postgres", admin)
	if err != nil {
		return "", err
	}
	defer adminDB.Close()
	dropOrphanTemplates(adminDB)
	name := fmt.Sprintf("%s%s_%d", templatePrefix, hostHex(), os.Getpid())
	if err := dropDatabase(admin, name); err != nil {
		return "", err
	}
	if _, err := adminDB.Exec(fmt.Sprintf("CREATE DATABASE %q", name)); err != nil {
		return "", err
	}
	u.Path = "/" + name
	if err := migrate(u.String()); err != nil {
		return "", err
	}
	return name, nil
}

// migrate migrates the database at rawURL and closes every connection to
// it, so that it can be copied.
func migrate(rawURL string) error {
	ctx := context.Background()
	db, err := database.Open(ctx, rawURL)
	if err != nil {
		return err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return err
	}
	return db.Close()
}

// dropTemplate removes the process's PostgreSQL template; Run calls it. A
// template left by a process that ended without it is dropped by the next
// test process on this machine.
func dropTemplate() {
	if postgresTemplate.name == "" {
		return
	}
	dropDatabase(os.Getenv(EnvURL), postgresTemplate.name)
}

// dropOrphanTemplates drops the templates of this machine's test processes
// that have ended. It is best effort: a template it cannot drop stays for
// the next process to try.
func dropOrphanTemplates(adminDB *sql.DB) {
	rows, err := adminDB.Query("SELECT datname FROM pg_database WHERE datname LIKE $1", templatePrefix+hostHex()+"_%")
	if err != nil {
		return
	}
	var orphans []string
	for rows.Next() {
		var name string
		if rows.Scan(&name) != nil {
			break
		}
		pid, err := strconv.Atoi(name[strings.LastIndexByte(name, '_')+1:])
		if err != nil || pid == os.Getpid() {
			continue
		}
		if processEnded(pid) {
			orphans = append(orphans, name)
		}
	}
	rows.Close()
	for _, name := range orphans {
		adminDB.Exec(fmt.Sprintf("DROP DATABASE IF EXISTS %q WITH (FORCE)", name))
	}
}

// processEnded reports whether no process pid runs on this machine. Only
// an answer that says so counts: a process this one may not signal, or a
// system that cannot tell, keeps its template.
func processEnded(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return true // Windows: no such process
	}
	err = p.Signal(syscall.Signal(0))
	return errors.Is(err, os.ErrProcessDone) || errors.Is(err, syscall.ESRCH)
}

// hostHex names this machine in templates' names: a hash of its hostname,
// so that machines sharing one server never drop each other's templates.
func hostHex() string {
	host, _ := os.Hostname()
	h := fnv.New32a()
	h.Write([]byte(host))
	return fmt.Sprintf("%08x", h.Sum32())
}
