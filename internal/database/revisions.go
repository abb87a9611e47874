package database

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
)

// revisionsTable records which migration files a database has run, with
// the columns Atlas's own revisions table has, so that the atlas CLI could
// read it too.
const revisionsTable = "atlas_schema_revisions"

// querier is what the revisions store and the migrations run on: the pool,
// or the transaction of one migration file.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// revisions is Atlas's RevisionReadWriter over revisionsTable. Reading a
// database without the table finds no revisions; writing creates it.
type revisions struct {
	q       querier
	dialect string
}

var _ atlas.RevisionReadWriter = revisions{}

func (r revisions) Ident() *atlas.TableIdent { return &atlas.TableIdent{Name: revisionsTable} }

func (r revisions) create(ctx context.Context) error {
	timeType := "datetime"
	if r.dialect == dialect.Postgres {
		timeType = "timestamptz"
	}
	_, err := r.q.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+revisionsTable+` (
	version varchar(255) NOT NULL PRIMARY KEY,
	description text NOT NULL,
	type bigint NOT NULL DEFAULT 2,
	applied bigint NOT NULL DEFAULT 0,
	total bigint NOT NULL DEFAULT 0,
	executed_at `+timeType+` NOT NULL,
	execution_time bigint NOT NULL,
	error text NULL,
	error_stmt text NULL,
	hash text NOT NULL,
	partial_hashes text NULL,
	operator_version text NOT NULL
)`)
	if err != nil {
		return fmt.Errorf("create %s: %w", revisionsTable, err)
	}
	return nil
}

func (r revisions) exists(ctx context.Context) (bool, error) {
	return tableExists(ctx, r.q, r.dialect, revisionsTable)
}

const revisionColumns = `version, description, type, applied, total, executed_at, execution_time,
	error, error_stmt, hash, partial_hashes, operator_version`

func (r revisions) ReadRevisions(ctx context.Context) ([]*atlas.Revision, error) {
	if ok, err := r.exists(ctx); err != nil || !ok {
		return nil, err
	}
	rows, err := r.q.QueryContext(ctx, `SELECT `+revisionColumns+` FROM `+revisionsTable+` ORDER BY version`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var revs []*atlas.Revision
	for rows.Next() {
		rev, err := scanRevision(rows)
		if err != nil {
			return nil, err
		}
		revs = append(revs, rev)
	}
	return revs, rows.Err()
}

func (r revisions) ReadRevision(ctx context.Context, version string) (*atlas.Revision, error) {
	if ok, err := r.exists(ctx); err != nil {
		return nil, err
	} else if !ok {
		return nil, atlas.ErrRevisionNotExist
	}
	rev, err := scanRevision(r.q.QueryRowContext(ctx, `SELECT `+revisionColumns+` FROM `+revisionsTable+` WHERE version = $1`, version))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, atlas.ErrRevisionNotExist
	}
	return rev, err
}

func (r revisions) WriteRevision(ctx context.Context, rev *atlas.Revision) error {
	if err := r.create(ctx); err != nil {
		return err
	}
	partial, err := json.Marshal(rev.PartialHashes)
	if err != nil {
		return err
	}
	_, err = r.q.ExecContext(ctx, `INSERT INTO `+revisionsTable+` (`+revisionColumns+`)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
ON CONFLICT (version) DO UPDATE SET description = excluded.description, type = excluded.type,
	applied = excluded.applied, total = excluded.total, executed_at = excluded.executed_at,
	execution_time = excluded.execution_time, error = excluded.error, error_stmt = excluded.error_stmt,
	hash = excluded.hash, partial_hashes = excluded.partial_hashes, operator_version = excluded.operator_version`,
		rev.Version, rev.Description, int64(rev.Type), rev.Applied, rev.Total, rev.ExecutedAt.UTC(),
		int64(rev.ExecutionTime), rev.Error, rev.ErrorStmt, rev.Hash, string(partial), rev.OperatorVersion)
	if err != nil {
		return fmt.Errorf("record migration %s: %w", rev.Version, err)
	}
	return nil
}

func (r revisions) DeleteRevision(ctx context.Context, version string) error {
	_, err := r.q.ExecContext(ctx, `DELETE FROM `+revisionsTable+` WHERE version = $1`, version)
	return err
}

func scanRevision(row interface{ Scan(...any) error }) (*atlas.Revision, error) {
	var (
		rev              atlas.Revision
		typ, elapsed     int64
		errText, errStmt sql.NullString
		partial          sql.NullString
		executedAt       time.Time
		applied, total   int64
	)
	if err := row.Scan(&rev.Version, &rev.Description, &typ, &applied, &total, &executedAt, &elapsed,
		&errText, &errStmt, &rev.Hash, &partial, &rev.OperatorVersion); err != nil {
		return nil, err
	}
	rev.Type = atlas.RevisionType(typ)
	rev.Applied, rev.Total = int(applied), int(total)
	rev.ExecutedAt, rev.ExecutionTime = executedAt, time.Duration(elapsed)
	rev.Error, rev.ErrorStmt = errText.String, errStmt.String
	if partial.Valid && partial.String != "" && partial.String != "null" {
		if err := json.Unmarshal([]byte(partial.String), &rev.PartialHashes); err != nil {
			return nil, fmt.Errorf("migration %s: partial hashes: %w", rev.Version, err)
		}
	}
	return &rev, nil
}

// tableExists reports whether the current schema has table name.
func tableExists(ctx context.Context, q querier, dia, name string) (bool, error) {
	query := `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $1`
	if dia == dialect.Postgres {
		query = `SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1`
	}
	var n int
	if err := q.QueryRowContext(ctx, query, name).Scan(&n); err != nil {
		return false, fmt.Errorf("look for table %s: %w", name, err)
	}
	return n > 0, nil
}
