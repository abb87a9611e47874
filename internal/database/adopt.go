package database

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	atlas "ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/schema"
	"entgo.io/ent/dialect"
)

// adoption is how a database made by automatic migration becomes one that
// has run the baseline migration: the statements that add what an older
// release's schema lacks (none for the release before versioned
// migrations), then the baseline recorded as run.
type adoption struct {
	baseline   atlas.File
	stmts      []string
	addsOutbox bool // the events table is among what is added
}

// adopt takes over a database made by the automatic migration of a
// release before versioned migrations. Its ent tables must be the
// baseline's, or an older release's: a part of them, which it completes
// (the automatic migration only ever added tables, columns and indexes).
// Anything else, a column of another type, an index the baseline does not
// have, means the database was changed by other hands, and adopting it
// would hide that: it is refused, with the differences. What is added and
// the baseline's revision are committed together.
func (db *DB) adopt(ctx context.Context, dir atlas.Dir) error {
	a, err := db.adoption(ctx, dir)
	if err != nil {
		return err
	}
	return db.inTx(ctx, func(tx *sql.Tx) error {
		for _, stmt := range a.stmts {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("adopt the schema made by automatic migration: %s: %w", firstLine(stmt), err)
			}
		}
		if a.addsOutbox {
			// A database from before the outbox: what is public already was
			// published before events existed, and must not be announced now
			// as if it were new.
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET announced = true
				WHERE status IN ('PUBLISHED', 'SCHEDULED') AND published_at <= CURRENT_TIMESTAMP`); err != nil {
				return fmt.Errorf("adopt published articles into the event stream: %w", err)
			}
		}
		// As Atlas records a baseline: run, with no statements of its own.
		return (revisions{q: tx, dialect: db.Dialect}).WriteRevision(ctx, &atlas.Revision{
			Version:         a.baseline.Version(),
			Description:     a.baseline.Desc(),
			Type:            atlas.RevisionTypeBaseline,
			ExecutedAt:      time.Now(),
			OperatorVersion: operator(),
		})
	})
}

// adoption compares the database's ent tables with what the baseline
// migration makes, and plans what adopting it takes.
func (db *DB) adoption(ctx context.Context, dir atlas.Dir) (*adoption, error) {
	files, err := dir.Files()
	if err != nil {
		return nil, err
	}
	baseline := files[0]
	want, err := db.baselineState(ctx, baseline)
	if err != nil {
		return nil, fmt.Errorf("read the schema of migration %s: %w", baseline.Name(), err)
	}
	drv, err := atlasDriver(db.Dialect, db.SQL)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(want.Tables))
	for i, t := range want.Tables {
		names[i] = t.Name
	}
	have, err := drv.InspectSchema(ctx, "", &schema.InspectOptions{Tables: names})
	if err != nil {
		return nil, fmt.Errorf("inspect the schema: %w", err)
	}
	want.Name, want.Attrs = have.Name, have.Attrs
	changes, err := drv.SchemaDiff(have, want)
	if err != nil {
		return nil, fmt.Errorf("compare the schema with migration %s: %w", baseline.Name(), err)
	}
	a := &adoption{baseline: baseline}
	var foreign []string
	for _, c := range changes {
		switch c := c.(type) {
		case *schema.AddTable:
			a.addsOutbox = a.addsOutbox || c.T.Name == "events"
		case *schema.ModifyTable:
			for _, tc := range c.Changes {
				switch tc.(type) {
				case *schema.AddColumn, *schema.AddIndex, *schema.AddForeignKey:
				default:
					foreign = append(foreign, describe(c.T.Name, tc))
				}
			}
		default:
			foreign = append(foreign, fmt.Sprintf("%T", c))
		}
	}
	if len(foreign) > 0 {
		return nil, fmt.Errorf("the database was made by automatic migration but differs from migration %s in ways no release made "+
			"(%s); make it match, then run newsgraph migrate again", baseline.Name(), strings.Join(foreign, "; "))
	}
	if len(changes) == 0 {
		return a, nil
	}
	noQualifier := ""
	plan, err := drv.PlanChanges(ctx, "adopt", changes, func(o *atlas.PlanOptions) { o.SchemaQualifier = &noQualifier })
	if err != nil {
		return nil, fmt.Errorf("plan the adoption: %w", err)
	}
	for _, c := range plan.Changes {
		a.stmts = append(a.stmts, c.Cmd)
	}
	return a, nil
}

// describe names a change of table t for a person.
func describe(t string, c schema.Change) string {
	switch c := c.(type) {
	case *schema.DropColumn:
		return fmt.Sprintf("column %s.%s is not in it", t, c.C.Name)
	case *schema.ModifyColumn:
		return fmt.Sprintf("column %s.%s is not as it makes it", t, c.From.Name)
	case *schema.DropIndex:
		return fmt.Sprintf("index %s on %s is not in it", c.I.Name, t)
	case *schema.ModifyIndex:
		return fmt.Sprintf("index %s on %s is not as it makes it", c.From.Name, t)
	case *schema.DropForeignKey:
		return fmt.Sprintf("foreign key %s on %s is not in it", c.F.Symbol, t)
	case *schema.ModifyForeignKey:
		return fmt.Sprintf("foreign key %s on %s is not as it makes it", c.From.Symbol, t)
	}
	return fmt.Sprintf("table %s: %T", t, c)
}

// baselineState is the schema the baseline migration makes, read by
// running it where it harms nothing: on SQLite, a database in memory; on
// PostgreSQL, a scratch schema in a transaction that is rolled back.
func (db *DB) baselineState(ctx context.Context, baseline atlas.File) (*schema.Schema, error) {
	stmts, err := baseline.Stmts()
	if err != nil {
		return nil, err
	}
	if db.Dialect == dialect.Postgres {
		const scratch = "newsgraph_baseline_check"
		tx, err := db.SQL.BeginTx(ctx, nil)
		if err != nil {
			return nil, err
		}
		defer tx.Rollback()
		pre := []string{`CREATE SCHEMA ` + scratch, `SET LOCAL search_path TO ` + scratch}
		for _, s := range append(pre, stmts...) {
			if _, err := tx.ExecContext(ctx, s); err != nil {
				return nil, fmt.Errorf("%s: %w", firstLine(s), err)
			}
		}
		drv, err := atlasDriver(db.Dialect, tx)
		if err != nil {
			return nil, err
		}
		return drv.InspectSchema(ctx, scratch, nil)
	}
	mem, err := sql.Open("sqlite", "file:baseline?mode=memory&_pragma=foreign_keys(1)")
	if err != nil {
		return nil, err
	}
	defer mem.Close()
	mem.SetMaxOpenConns(1) // the database lives in its one connection
	for _, s := range stmts {
		if _, err := mem.ExecContext(ctx, s); err != nil {
			return nil, fmt.Errorf("%s: %w", firstLine(s), err)
		}
	}
	drv, err := atlasDriver(db.Dialect, mem)
	if err != nil {
		return nil, err
	}
	return drv.InspectSchema(ctx, "", nil)
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}
