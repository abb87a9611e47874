package database_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	atlaspg "ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	atlassqlite "ariga.io/atlas/sql/sqlite"

	"github.com/newsgraph/newsgraph/ent/article"
	entmigrate "github.com/newsgraph/newsgraph/ent/migrate"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/database/migrations"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// eachEmpty runs f on a fresh, empty (unmigrated) database of every engine.
func eachEmpty(t *testing.T, f func(t *testing.T, db *database.DB)) {
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			db, err := database.Open(context.Background(), e.URL(t))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			f(t, db)
		})
	}
}

// autoMigrate makes db as every release before versioned migrations did at
// start: ent's automatic migration (with the reverse join indexes), then
// the search tables.
func autoMigrate(t *testing.T, db *database.DB) {
	t.Helper()
	ctx := context.Background()
	if err := entmigrate.Create(ctx, db.Schema, migrations.Tables()); err != nil {
		t.Fatalf("automatic migration: %v", err)
	}
	if err := search.Migrate(ctx, db.SQL, db.Dialect); err != nil {
		t.Fatal(err)
	}
}

// previousRelease makes in db what the automatic migration of the last
// release before versioned migrations made: the tables of the baseline
// migration (not recorded as run), and the search index. (autoMigrate makes
// today's ent schema, which no release made once a migration followed the
// baseline.)
func previousRelease(t *testing.T, db *database.DB) {
	t.Helper()
	ctx := context.Background()
	dir, err := migrations.Dir(db.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	files, err := dir.Files()
	if err != nil || len(files) == 0 {
		t.Fatalf("migration files: %d, %v", len(files), err)
	}
	stmts, err := files[0].Stmts()
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range stmts {
		if _, err := db.SQL.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("baseline: %s: %v", stmt, err)
		}
	}
	if err := search.Migrate(ctx, db.SQL, db.Dialect); err != nil {
		t.Fatal(err)
	}
}

// entSchema inspects the tables of the ent schema in db.
func entSchema(t *testing.T, db *database.DB) *schema.Schema {
	t.Helper()
	var names []string
	for _, tb := range migrations.Tables() {
		names = append(names, tb.Name)
	}
	drv, err := atlassqlite.Open(db.SQL)
	if db.Dialect == "postgres" {
		drv, err = atlaspg.Open(db.SQL)
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := drv.InspectSchema(context.Background(), "", &schema.InspectOptions{Tables: names})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// schemaDiff lists how the ent tables of a and b differ.
func schemaDiff(t *testing.T, a, b *database.DB) []string {
	t.Helper()
	drv, err := atlassqlite.Open(a.SQL)
	if a.Dialect == "postgres" {
		drv, err = atlaspg.Open(a.SQL)
	}
	if err != nil {
		t.Fatal(err)
	}
	sa, sb := entSchema(t, a), entSchema(t, b)
	sb.Name = sa.Name
	changes, err := drv.SchemaDiff(sa, sb)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range changes {
		if m, ok := c.(*schema.ModifyTable); ok {
			for _, tc := range m.Changes {
				out = append(out, fmt.Sprintf("%s: %T %+v", m.T.Name, tc, tc))
			}
			continue
		}
		out = append(out, fmt.Sprintf("%T", c))
	}
	return out
}

// The migration files make on an empty database exactly what ent's
// automatic migration made: the same tables, columns, indexes and keys.
func TestMigrateMakesWhatAutomaticMigrationMade(t *testing.T) {
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			testMigrateMakesWhatAutomaticMigrationMade(t, e)
		})
	}
}

func testMigrateMakesWhatAutomaticMigrationMade(t *testing.T, e testdb.Engine) {
	db := e.Open(t)
	auto, err := database.Open(context.Background(), e.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer auto.Close()
	autoMigrate(t, auto)
	{
		if len(entSchema(t, db).Tables) != len(migrations.Tables()) {
			t.Fatalf("migrated database has %d ent tables, want %d", len(entSchema(t, db).Tables), len(migrations.Tables()))
		}
		if diff := schemaDiff(t, auto, db); len(diff) > 0 {
			t.Errorf("versioned migrations differ from the automatic migration:\n%s", strings.Join(diff, "\n"))
		}
	}
}

// tableCounts counts the rows of every table of the ent schema and of the
// search index.
func tableCounts(t *testing.T, db *database.DB) map[string]int {
	t.Helper()
	counts := map[string]int{}
	names := []string{"search_documents"}
	for _, tb := range migrations.Tables() {
		names = append(names, tb.Name)
	}
	for _, name := range names {
		var n int
		if err := db.SQL.QueryRow(`SELECT count(*) FROM ` + name).Scan(&n); err != nil {
			continue // a table a later migration adds
		}
		counts[name] = n
	}
	return counts
}

// A database made by the automatic migration of the previous release, with
// the demo content in it, is adopted: nothing is lost, the baseline is
// recorded as run, and the next start finds nothing to do.
func TestMigrateAdoptsThePreviousReleasesDatabase(t *testing.T) {
	ctx := auth.System(context.Background())
	eachEmpty(t, func(t *testing.T, db *database.DB) {
		previousRelease(t, db)
		// Today's demo content in the tables the previous release had: its
		// search entries are left out, since indexing reads today's columns
		// (awards' recipient counts) that the previous release lacked.
		if _, err := demo.Load(search.WithoutHook(ctx), db.Client); err != nil {
			t.Fatal(err)
		}
		before := tableCounts(t, db)
		if before["articles"] == 0 || before["article_mentioned_people"] == 0 {
			t.Fatalf("the demo content left tables empty: %v", before)
		}
		st, err := db.MigrationStatus(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !st.Adopt || st.Current != "" {
			t.Errorf("status before adoption: %+v, want to adopt", st)
		}
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		after := tableCounts(t, db)
		maps.DeleteFunc(after, func(name string, _ int) bool { _, ok := before[name]; return !ok })
		if !maps.Equal(before, after) {
			t.Errorf("rows before adoption %v, after %v", before, after)
		}
		st, err = db.MigrationStatus(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Adopt || st.Current != st.Latest || len(st.Pending) != 0 {
			t.Errorf("status after adoption: %+v, want the baseline adopted, the later migrations run, nothing pending", st)
		}
		var typ int
		if err := db.SQL.QueryRow(`SELECT type FROM atlas_schema_revisions WHERE version = $1`, st.Baseline).Scan(&typ); err != nil || typ != 1 {
			t.Errorf("baseline revision: type %d, %v; want 1 (baseline)", typ, err)
		}
		if err := db.Migrate(ctx); err != nil {
			t.Fatalf("second start: %v", err)
		}
		// The content reads back through ent as before.
		if n := db.Article.Query().CountX(ctx); n != before["articles"] {
			t.Errorf("ent reads %d articles, want %d", n, before["articles"])
		}
	})
}

// A database from before the outbox (an older release's schema) gets the
// events table, and adopts its published articles as announced, so that
// the scheduler does not announce them as new; drafts and articles
// scheduled for later are announced when their time comes.
func TestMigrateAdoptsADatabaseFromBeforeTheOutbox(t *testing.T) {
	ctx := auth.System(context.Background())
	eachEmpty(t, func(t *testing.T, db *database.DB) {
		previousRelease(t, db)
		c := db.Client
		public := c.Article.Create().SetTitle("Đã đăng").SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now().Add(-time.Hour)).SaveX(ctx)
		later := c.Article.Create().SetTitle("Hẹn giờ").SetStatus(article.StatusSCHEDULED).SetPublishedAt(time.Now().Add(time.Hour)).SaveX(ctx)
		draft := c.Article.Create().SetTitle("Bản nháp").SaveX(ctx)
		// As the database was before: no outbox, nothing announced.
		for _, stmt := range []string{`DROP TABLE events`, `UPDATE articles SET announced = false`} {
			if _, err := db.SQL.ExecContext(ctx, stmt); err != nil {
				t.Fatal(err)
			}
		}
		var out bytes.Buffer
		if err := db.DryRun(ctx, &out); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), "CREATE TABLE") || !strings.Contains(out.String(), "events") {
			t.Errorf("dry run does not show the events table created:\n%s", out.String())
		}
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			id   int
			want bool
		}{{public.ID, true}, {later.ID, false}, {draft.ID, false}} {
			if got := c.Article.GetX(ctx, tc.id).Announced; got != tc.want {
				t.Errorf("article %d: announced %v, want %v", tc.id, got, tc.want)
			}
		}
		if n, err := events.AnnounceDue(ctx, c, time.Now()); err != nil || n != 0 {
			t.Errorf("announced %d articles after adoption (%v), want 0", n, err)
		}
		// A second migration leaves what the stream has done alone.
		c.Article.UpdateOneID(public.ID).SetStatus(article.StatusDRAFT).ClearPublishedAt().ExecX(ctx)
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		if c.Article.GetX(ctx, public.ID).Announced {
			t.Error("a second migration marked an unpublished article announced")
		}
	})
}

// A database whose ent tables were changed by hand is not adopted: the
// error names what differs, and nothing is recorded.
func TestMigrateRefusesToAdoptAChangedDatabase(t *testing.T) {
	ctx := context.Background()
	eachEmpty(t, func(t *testing.T, db *database.DB) {
		previousRelease(t, db)
		if _, err := db.SQL.ExecContext(ctx, `CREATE INDEX articles_by_hand ON articles (title)`); err != nil {
			t.Fatal(err)
		}
		err := db.Migrate(ctx)
		if err == nil || !strings.Contains(err.Error(), "index articles_by_hand on articles") {
			t.Fatalf("Migrate = %v, want a refusal naming the index", err)
		}
		st, err := db.MigrationStatus(ctx)
		if err != nil || !st.Adopt || st.Current != "" {
			t.Errorf("status after the refusal: %+v, %v; want still to adopt", st, err)
		}
	})
}

// A database that has run a migration this binary does not have was
// migrated by a newer release: Migrate refuses it, naming both versions.
func TestMigrateRefusesADatabaseAheadOfTheBinary(t *testing.T) {
	ctx := context.Background()
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		const future = "29991231000000"
		if _, err := db.SQL.ExecContext(ctx, `INSERT INTO atlas_schema_revisions
			(version, description, type, applied, total, executed_at, execution_time, hash, operator_version)
			VALUES ($1, 'from_the_future', 2, 1, 1, $2, 0, '', 'newsgraph v99')`, future, time.Now().UTC()); err != nil {
			t.Fatal(err)
		}
		st, err := db.MigrationStatus(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(st.Ahead, []string{future}) {
			t.Errorf("status: ahead %v, want [%s]", st.Ahead, future)
		}
		err = db.Migrate(ctx)
		var ahead *database.AheadError
		if !errors.As(err, &ahead) {
			t.Fatalf("Migrate = %v, want an AheadError", err)
		}
		for _, want := range []string{"ahead of this newsgraph", future, st.Latest} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not say %q", err, want)
			}
		}
	})
}

// On an empty database, status lists every file as pending and the dry run
// prints their SQL; neither changes anything. Migrate then runs them all.
func TestStatusAndDryRunOnAnEmptyDatabase(t *testing.T) {
	ctx := context.Background()
	eachEmpty(t, func(t *testing.T, db *database.DB) {
		st, err := db.MigrationStatus(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Current != "" || st.Adopt || len(st.Pending) == 0 || !strings.HasPrefix(st.Pending[len(st.Pending)-1], st.Latest) {
			t.Errorf("status of an empty database: %+v, want every file pending", st)
		}
		var out bytes.Buffer
		if err := db.DryRun(ctx, &out); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"-- migration " + st.Pending[0], "CREATE TABLE", "article_authors_person_id"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("dry run does not print %q", want)
			}
		}
		if tables := tableNames(t, db); len(tables) != 0 {
			t.Errorf("the dry run made tables %v", tables)
		}
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		st, err = db.MigrationStatus(ctx)
		if err != nil || st.Current != st.Latest || len(st.Pending) != 0 {
			t.Errorf("status after Migrate: %+v, %v; want the latest run", st, err)
		}
		out.Reset()
		if err := db.DryRun(ctx, &out); err != nil || !strings.Contains(out.String(), "nothing to run") {
			t.Errorf("dry run when up to date: %q, %v", out.String(), err)
		}
	})
}

func tableNames(t *testing.T, db *database.DB) []string {
	t.Helper()
	q := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
	if db.Dialect == "postgres" {
		q = `SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`
	}
	rows, err := db.SQL.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	return names
}
