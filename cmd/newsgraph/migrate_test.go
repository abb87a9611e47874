package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// migrate status, migrate --dry-run and migrate on a fresh database, then
// on one that a newer release has migrated.
func TestMigrateCommands(t *testing.T) {
	ctx := context.Background()
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			url := e.URL(t)
			newsgraph := func(args ...string) (string, string, int) {
				var stdout, stderr bytes.Buffer
				code := run(ctx, append(args, "--database-url", url), &stdout, &stderr)
				return stdout.String(), stderr.String(), code
			}
			steps := []struct {
				args     []string
				code     int
				want     []string
				dontWant []string
			}{
				{[]string{"migrate", "status"}, 0, []string{"current:  none (an empty database)", "pending:  1", "_baseline.sql"}, nil},
				{[]string{"migrate", "--dry-run"}, 0, []string{"-- migration ", "CREATE TABLE", "articles"}, nil},
				// The dry run ran nothing: still pending.
				{[]string{"migrate", "status"}, 0, []string{"pending:  1"}, nil},
				{[]string{"migrate"}, 0, []string{"is up to date"}, nil},
				{[]string{"migrate", "status"}, 0, []string{"pending:  none"}, []string{"ahead"}},
				{[]string{"migrate", "--dry-run"}, 0, []string{"nothing to run"}, []string{"CREATE TABLE"}},
			}
			for _, s := range steps {
				out, errOut, code := newsgraph(s.args...)
				if code != s.code {
					t.Fatalf("%v: exit %d, want %d: %s%s", s.args, code, s.code, out, errOut)
				}
				for _, w := range s.want {
					if !strings.Contains(out, w) {
						t.Errorf("%v printed %q, want %q in it", s.args, out, w)
					}
				}
				for _, w := range s.dontWant {
					if strings.Contains(out, w) {
						t.Errorf("%v printed %q, want no %q", s.args, out, w)
					}
				}
			}

			// A newer release ran a migration this binary does not have.
			db, err := database.Open(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			_, err = db.SQL.ExecContext(ctx, `INSERT INTO atlas_schema_revisions
				(version, description, type, applied, total, executed_at, execution_time, hash, operator_version)
				VALUES ('29991231000000', 'from_the_future', 2, 1, 1, $1, 0, '', 'newsgraph v99')`, time.Now().UTC())
			db.Close()
			if err != nil {
				t.Fatal(err)
			}
			out, _, code := newsgraph("migrate", "status")
			if code != 1 || !strings.Contains(out, "ahead:    29991231000000") {
				t.Errorf("status of a database ahead: exit %d:\n%s", code, out)
			}
			for _, args := range [][]string{{"migrate"}, {"serve", "--addr", "127.0.0.1:0"}} {
				_, errOut, code := newsgraph(args...)
				if code != 1 || !strings.Contains(errOut, "ahead of this newsgraph") || !strings.Contains(errOut, "29991231000000") {
					t.Errorf("%v on a database ahead: exit %d: %s", args, code, errOut)
				}
			}
		})
	}
}
