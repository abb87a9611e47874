package migrations_test

import (
	"context"
	"strings"
	"testing"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/database/migrations"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// generateCommand is what a developer runs after changing ent/schema.
const generateCommand = "go run ./internal/database/migrations/generate.go NAME"

// The migration files carried by the binary make exactly the ent schema:
// replayed on an empty database, ent finds nothing left to change. This is
// the check that fails when ent/schema changes without a migration.
func TestMigrationsMatchTheEntSchema(t *testing.T) {
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			dir, err := migrations.Dir(dialectOf(e))
			if err != nil {
				t.Fatal(err)
			}
			if written := diff(t, e, dir); written != "" {
				t.Errorf("the ent schema has changes that no file in %s makes; run\n\n\t%s\n\n"+
					"(NAME says what changes, e.g. add_article_subtitle), review the new files and commit them. "+
					"The %s file would be:\n%s", migrations.Path(dialectOf(e)), generateCommand, e.Name, written)
			}
		})
	}
}

// The check can fail: against a directory without the baseline, Diff
// writes a migration that creates the whole schema.
func TestDiffWritesWhatTheFilesLack(t *testing.T) {
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			written := diff(t, e, &atlas.MemDir{})
			if !strings.Contains(written, "CREATE TABLE") || !strings.Contains(written, "article_authors_person_id") {
				t.Errorf("diff against no files wrote:\n%s", written)
			}
		})
	}
}

// diff runs migrations.Diff on a scratch database of engine e and returns
// the file it wrote to dir, if any.
func diff(t *testing.T, e testdb.Engine, dir atlas.Dir) string {
	t.Helper()
	ctx := context.Background()
	dev, err := database.Open(ctx, e.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	before, err := dir.Files()
	if err != nil {
		t.Fatal(err)
	}
	wrote, err := migrations.Diff(ctx, dev.SQL, dev.Dialect, dir, "99990101000000", "pending")
	if err != nil {
		t.Fatal(err)
	}
	if !wrote {
		return ""
	}
	after, err := dir.Files()
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before)+1 {
		t.Fatalf("Diff reported a file, and the directory went from %d to %d files", len(before), len(after))
	}
	return string(after[len(after)-1].Bytes())
}

func dialectOf(e testdb.Engine) string {
	if e.Name == "postgres" {
		return dialect.Postgres
	}
	return dialect.SQLite
}
