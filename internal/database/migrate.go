package database

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	atlas "ariga.io/atlas/sql/migrate"
	atlaspg "ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	atlassqlite "ariga.io/atlas/sql/sqlite"
	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/internal/buildinfo"
	"github.com/newsgraph/newsgraph/internal/database/migrations"
	"github.com/newsgraph/newsgraph/internal/search"
)

// Migrate brings the schema up to date: it applies the migration files the
// database has not run yet, in order, each in a transaction of its own, and
// records each in atlas_schema_revisions. A database made by the automatic
// migration of a release before versioned migrations is adopted first
// (Adopt). It refuses a database that has run a migration this binary does
// not have (AheadError). It is safe to run on every start, by any number of
// nodes at once: they take turns (Exclusive), and all but the first find
// nothing to do.
func (db *DB) Migrate(ctx context.Context) error {
	return db.Exclusive(ctx, "migrate", db.migrate)
}

// AheadError is Migrate's refusal of a database migrated by a newer
// release: running on it could write rows that release does not expect.
type AheadError struct {
	Database string // the newest version the database has run
	Binary   string // the newest version this binary has
}

func (e *AheadError) Error() string {
	return fmt.Sprintf("the database is ahead of this newsgraph: it has run migration %s, and the newest this binary has is %s; "+
		"run the newsgraph release that migrated it (or a newer one)", e.Database, e.Binary)
}

// MigrationStatus is where a database stands against this binary's
// migration files.
type MigrationStatus struct {
	// Current is the version of the last migration the database has run,
	// empty if none.
	Current string
	// Latest is the version of this binary's newest migration file.
	Latest string
	// Adopt is set when the database was made by the automatic migration
	// of an earlier release: Migrate records Baseline as run, after adding
	// what an older release's schema lacks.
	Adopt    bool
	Baseline string
	// Pending names the files Migrate would run, in order.
	Pending []string
	// Ahead lists the versions the database has run that this binary does
	// not have; Migrate refuses such a database.
	Ahead []string
}

// MigrationStatus reports where the database stands. It changes nothing.
func (db *DB) MigrationStatus(ctx context.Context) (MigrationStatus, error) {
	dir, err := migrations.Dir(db.Dialect)
	if err != nil {
		return MigrationStatus{}, err
	}
	return db.status(ctx, dir)
}

func (db *DB) status(ctx context.Context, dir atlas.Dir) (MigrationStatus, error) {
	var st MigrationStatus
	files, err := dir.Files()
	if err != nil {
		return st, err
	}
	if len(files) == 0 {
		return st, errors.New("this binary has no migration files")
	}
	st.Latest = files[len(files)-1].Version()
	st.Baseline = files[0].Version()
	revs, err := (revisions{q: db.SQL, dialect: db.Dialect}).ReadRevisions(ctx)
	if err != nil {
		return st, fmt.Errorf("read migration revisions: %w", err)
	}
	done := map[string]bool{}
	for _, r := range revs {
		st.Current = r.Version
		if r.Applied == r.Total {
			done[r.Version] = true
		}
		if !slices.ContainsFunc(files, func(f atlas.File) bool { return f.Version() == r.Version }) {
			st.Ahead = append(st.Ahead, r.Version)
		}
	}
	if len(revs) == 0 {
		legacy, err := db.madeByAutoMigration(ctx)
		if err != nil {
			return st, err
		}
		if legacy {
			st.Adopt = true
			done[st.Baseline] = true
		}
	}
	for _, f := range files {
		if !done[f.Version()] {
			st.Pending = append(st.Pending, f.Name())
		}
	}
	return st, nil
}

// madeByAutoMigration reports whether a database without revisions has
// tables of the ent schema: it was made by ent's automatic migration, which
// every release before versioned migrations ran at start.
func (db *DB) madeByAutoMigration(ctx context.Context) (bool, error) {
	for _, t := range migrations.Tables() {
		ok, err := tableExists(ctx, db.SQL, db.Dialect, t.Name)
		if err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

// migrationPlan is the binary's migrations and where the database stands
// with them; a database ahead of the binary is an AheadError.
func (db *DB) migrationPlan(ctx context.Context) (atlas.Dir, MigrationStatus, error) {
	dir, err := migrations.Dir(db.Dialect)
	if err != nil {
		return nil, MigrationStatus{}, err
	}
	st, err := db.status(ctx, dir)
	if err != nil {
		return nil, MigrationStatus{}, err
	}
	if len(st.Ahead) > 0 {
		return nil, MigrationStatus{}, &AheadError{Database: st.Ahead[len(st.Ahead)-1], Binary: st.Latest}
	}
	return dir, st, nil
}

func (db *DB) migrate(ctx context.Context) error {
	dir, st, err := db.migrationPlan(ctx)
	if err != nil {
		return err
	}
	if st.Adopt {
		if err := db.adopt(ctx, dir); err != nil {
			return err
		}
	}
	for {
		more, err := db.applyNext(ctx, dir)
		if err != nil {
			return err
		}
		if !more {
			break
		}
	}
	return search.Migrate(ctx, db.SQL, db.Dialect)
}

// applyNext runs the next pending migration file, if any, in a transaction
// with its revision: a file that fails leaves nothing behind, and the next
// start tries it again.
func (db *DB) applyNext(ctx context.Context, dir atlas.Dir) (bool, error) {
	ran := false
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		ex, err := db.executor(tx, dir)
		if err != nil {
			return err
		}
		pending, err := ex.Pending(ctx)
		if errors.Is(err, atlas.ErrNoPendingFiles) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("find pending migrations: %w", err)
		}
		if err := ex.Execute(ctx, pending[0]); err != nil {
			return fmt.Errorf("migration %s: %w", pending[0].Name(), err)
		}
		ran = true
		return nil
	})
	return ran, err
}

func (db *DB) executor(q querier, dir atlas.Dir) (*atlas.Executor, error) {
	drv, err := atlasDriver(db.Dialect, q)
	if err != nil {
		return nil, err
	}
	rrw := revisions{q: q, dialect: db.Dialect}
	// A database without revisions is empty of ent's tables here (one
	// with them was adopted first); other tables it may hold are not ours
	// to refuse.
	return atlas.NewExecutor(drv, dir, rrw, atlas.WithAllowDirty(true),
		atlas.WithOperatorVersion(operator()))
}

// operator is what the revisions record as having run a migration.
func operator() string { return "newsgraph " + buildinfo.Read().Version }

func atlasDriver(dia string, q schema.ExecQuerier) (atlas.Driver, error) {
	if dia == dialect.Postgres {
		return atlaspg.Open(q)
	}
	return atlassqlite.Open(q)
}

// inTx runs fn in a transaction. On SQLite it runs on a connection with
// foreign keys off, as Atlas's migrations of SQLite expect (a changed table
// is copied to a new one), and checks them before committing.
func (db *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) (err error) {
	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if db.Dialect == dialect.SQLite {
		if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = off`); err != nil {
			return err
		}
		defer func() {
			if _, err2 := conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA foreign_keys = on`); err2 != nil {
				err = errors.Join(err, err2)
				conn.Raw(func(any) error { return driver.ErrBadConn }) // do not reuse it
			}
		}()
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		return errors.Join(err, tx.Rollback())
	}
	if db.Dialect == dialect.SQLite {
		var table string
		switch err := tx.QueryRowContext(ctx, `PRAGMA foreign_key_check`).Scan(&table); {
		case err == nil:
			return errors.Join(fmt.Errorf("the migration breaks foreign keys of table %s", table), tx.Rollback())
		case !errors.Is(err, sql.ErrNoRows):
			return errors.Join(err, tx.Rollback())
		}
	}
	return tx.Commit()
}

// DryRun writes to w the SQL Migrate would run, file by file, and runs
// nothing. It shows the adoption of a database made by automatic migration
// too.
func (db *DB) DryRun(ctx context.Context, w io.Writer) error {
	dir, st, err := db.migrationPlan(ctx)
	if err != nil {
		return err
	}
	if st.Adopt {
		a, err := db.adoption(ctx, dir)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "-- adopt the schema made by automatic migration as migration %s\n", st.Baseline)
		for _, stmt := range a.stmts {
			fmt.Fprintln(w, stmt+";")
		}
	}
	files, err := dir.Files()
	if err != nil {
		return err
	}
	for _, f := range files {
		if !slices.Contains(st.Pending, f.Name()) {
			continue
		}
		fmt.Fprintf(w, "-- migration %s\n", f.Name())
		stmts, err := f.Stmts()
		if err != nil {
			return err
		}
		for _, s := range stmts {
			fmt.Fprintln(w, strings.TrimSpace(s))
		}
	}
	if len(st.Pending) == 0 && !st.Adopt {
		fmt.Fprintln(w, "-- nothing to run: the schema is up to date")
	}
	return nil
}
