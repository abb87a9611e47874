// Package migrations owns the versioned schema migrations: the reviewed SQL
// files for each engine (sqlite/ and postgres/, each with Atlas's atlas.sum),
// embedded in the binary, and how a new file is generated from the ent
// schema (Diff). Applying them is internal/database's job.
package migrations

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"

	entmigrate "github.com/newsgraph/newsgraph/ent/migrate"
)

//go:embed sqlite postgres
var files embed.FS

// Path is where the files of an engine live in the repository, for
// messages that tell a developer what to run.
func Path(dia string) string { return "internal/database/migrations/" + folder(dia) }

func folder(dia string) string {
	if dia == dialect.Postgres {
		return "postgres"
	}
	return "sqlite"
}

// Dir returns the migration directory of engine dia (dialect.SQLite or
// dialect.Postgres) as the binary carries it. It refuses a directory whose
// files do not match their atlas.sum: a file edited after it was generated.
func Dir(dia string) (atlas.Dir, error) {
	if dia != dialect.SQLite && dia != dialect.Postgres {
		return nil, fmt.Errorf("no migrations for engine %q", dia)
	}
	sub, err := fs.Sub(files, folder(dia))
	if err != nil {
		return nil, err
	}
	entries, err := fs.ReadDir(sub, ".")
	if err != nil {
		return nil, err
	}
	dir := &atlas.MemDir{}
	for _, e := range entries {
		b, err := fs.ReadFile(sub, e.Name())
		if err != nil {
			return nil, err
		}
		if err := dir.WriteFile(e.Name(), b); err != nil {
			return nil, err
		}
	}
	if err := atlas.Validate(dir); err != nil {
		return nil, fmt.Errorf("migration files of %s do not match their atlas.sum: %w", dia, err)
	}
	return dir, nil
}

// Tables returns the tables of the ent schema as the migrations create
// them: ent's description plus an index on (to, from) of every join table
// keyed by (from, to). ent's key finds the targets of one source (an
// article's authors) but not the sources of one target: a person's awards,
// articles and mentions would scan the whole table. The index holds both
// columns so that it answers such a lookup alone, without visiting the
// table: DETAIL reads the awards of five people per request, and at scale
// 10 the table's pages were a seventh of the pages it read from outside
// PostgreSQL's buffers (docs/performance.md, "Scale 10: what grows"). The
// ent schema cannot declare indexes on join tables without turning each
// edge into an edge schema, so they are added here, on both engines.
//
// The tables are copies: ent's descriptions are package globals.
func Tables() []*schema.Table {
	out := make([]*schema.Table, len(entmigrate.Tables))
	for i, t := range entmigrate.Tables {
		out[i] = t
		if len(t.PrimaryKey) != 2 || len(t.Columns) != 2 {
			continue
		}
		joined := *t
		from, to := t.PrimaryKey[0], t.PrimaryKey[1]
		joined.Indexes = append(slices.Clone(t.Indexes), &schema.Index{
			Name:    t.Name + "_" + to.Name,
			Columns: []*schema.Column{to, from},
		})
		out[i] = &joined
	}
	return out
}

// Diff writes to dir the migration that takes a database from what dir's
// files make to what the ent schema describes, as file version_name.sql,
// and updates dir's atlas.sum. It reports whether there was anything to
// write. dev is an empty database of engine dia to work in (ent replays
// dir's files on it, inspects the result and cleans it again).
func Diff(ctx context.Context, dev *sql.DB, dia string, dir atlas.Dir, version, name string) (bool, error) {
	m, err := schema.NewMigrate(entsql.OpenDB(dia, dev),
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dia),
		schema.WithFormatter(versioned{version}),
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
		schema.WithErrNoPlan(true),
	)
	if err != nil {
		return false, err
	}
	switch err := m.NamedDiff(ctx, name, Tables()...); {
	case errors.Is(err, atlas.ErrNoPlan):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("diff %s migrations against the ent schema: %w", dia, err)
	}
	return true, nil
}

// versioned is Atlas's own file format with a version chosen by the
// caller, so that the files of both engines for one change share it.
type versioned struct{ version string }

func (v versioned) Format(p *atlas.Plan) ([]atlas.File, error) {
	p.Version = v.version
	return atlas.DefaultFormatter.Format(p)
}
