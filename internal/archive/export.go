package archive

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	"entgo.io/ent/schema/field"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/media"
)

// Progress is told, as rows go by, how many of a table's rows are done.
type Progress func(table string, done, total int)

// ExportOptions says what goes into an archive besides the database.
type ExportOptions struct {
	Media    *media.Store // where the media files are (a directory or a bucket); nil: none
	Version  string       // the newsgraph writing it, for the header
	Gzip     bool         // compress the stream
	Progress Progress
}

// Export writes the whole content of db, read in one snapshot, and every
// file of opts.Media to w, and returns their checksums.
func Export(ctx context.Context, db *database.DB, w io.Writer, opts ExportOptions) (*Checksums, error) {
	txOpts := &sql.TxOptions{ReadOnly: true}
	if db.Dialect == dialect.Postgres {
		txOpts.Isolation = sql.LevelRepeatableRead
	} else {
		txOpts.ReadOnly = false // modernc's SQLite takes no read-only transactions
	}
	tx, err := db.SQL.BeginTx(ctx, txOpts)
	if err != nil {
		return nil, fmt.Errorf("export: begin a snapshot: %w", err)
	}
	defer tx.Rollback()

	h := Header{Format: Format, Version: opts.Version, Created: time.Now().UTC().Truncate(time.Second), Source: db.Dialect}
	for _, t := range tables() {
		n, err := count(ctx, tx, db.Dialect, t.Name)
		if err != nil {
			return nil, err
		}
		cols := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			cols[i] = c.Name
		}
		h.Tables = append(h.Tables, Table{Name: t.Name, Columns: cols, Rows: n})
	}

	out := w
	var gz *gzip.Writer
	if opts.Gzip {
		gz = gzip.NewWriter(w)
		out = gz
	}
	tw := tar.NewWriter(out)
	if err := writeJSON(tw, "header.json", h); err != nil {
		return nil, err
	}
	var sums Checksums
	for _, t := range h.Tables {
		chunk, n := &bytes.Buffer{}, 0
		flush := func() error {
			if chunk.Len() == 0 {
				return nil
			}
			n++
			if err := writeEntry(tw, fmt.Sprintf("tables/%s/%06d.jsonl", t.Name, n), chunk.Bytes()); err != nil {
				return err
			}
			chunk.Reset()
			return nil
		}
		rows := 0
		sum, err := readTable(ctx, tx, db.Dialect, t, func(line []byte) error {
			chunk.Write(line)
			if rows++; rows%chunkRows == 0 {
				if opts.Progress != nil {
					opts.Progress(t.Name, rows, t.Rows)
				}
				return flush()
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if err := flush(); err != nil {
			return nil, err
		}
		if opts.Progress != nil {
			opts.Progress(t.Name, rows, t.Rows)
		}
		sums.Tables = append(sums.Tables, sum)
	}
	files, err := writeMedia(ctx, tw, opts.Media)
	if err != nil {
		return nil, err
	}
	sums.Media = files
	sums.Checksum = overall(sums.Tables, sums.Media)
	if err := writeJSON(tw, "checksums.json", sums); err != nil {
		return nil, err
	}
	if err := tw.Close(); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	if gz != nil {
		if err := gz.Close(); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
	}
	return &sums, nil
}

// querier reads through a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func count(ctx context.Context, q querier, d, table string) (int, error) {
	query, args := entsql.Dialect(d).Select(entsql.Count("*")).From(entsql.Table(table)).Query()
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return 0, fmt.Errorf("count the rows of %s: %w", table, err)
	}
	defer rows.Close()
	var n int
	if rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, fmt.Errorf("count the rows of %s: %w", table, err)
		}
	}
	return n, rows.Err()
}

// readTable reads the columns t names of its table, in the order of its
// primary key, handing each row's JSON line to each, and returns the
// table's sum.
func readTable(ctx context.Context, q querier, d string, t Table, each func(line []byte) error) (Sum, error) {
	st := schemaTable(t.Name)
	if st == nil {
		return Sum{}, fmt.Errorf("no table %s in this newsgraph's schema", t.Name)
	}
	types := make([]*schema.Column, len(t.Columns))
	for i, name := range t.Columns {
		if types[i] = column(st, name); types[i] == nil {
			return Sum{}, fmt.Errorf("table %s has no column %s in this newsgraph's schema", t.Name, name)
		}
	}
	order := make([]string, len(st.PrimaryKey))
	for i, c := range st.PrimaryKey {
		order[i] = c.Name
	}
	query, args := entsql.Dialect(d).Select(t.Columns...).From(entsql.Table(t.Name)).OrderBy(order...).Query()
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return Sum{}, fmt.Errorf("read %s: %w", t.Name, err)
	}
	defer rows.Close()
	h := sha256.New()
	sum := Sum{Name: t.Name}
	values := make([]any, len(t.Columns))
	dest := make([]any, len(t.Columns))
	for i := range values {
		dest[i] = &values[i]
	}
	kinds := make([]field.Type, len(types))
	for i, c := range types {
		kinds[i] = c.Type
	}
	encoded := make([]json.RawMessage, len(t.Columns))
	var line, summed bytes.Buffer
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return Sum{}, fmt.Errorf("read %s: %w", t.Name, err)
		}
		for i, v := range values {
			c, err := canonical(kinds[i], v)
			if err == nil {
				encoded[i], err = json.Marshal(c)
			}
			if err != nil {
				return Sum{}, fmt.Errorf("read %s.%s: %w", t.Name, t.Columns[i], err)
			}
		}
		line.Reset()
		summed.Reset()
		encodeRow(&line, t.Columns, kinds, encoded, false)
		if err := encodeRow(&summed, t.Columns, kinds, encoded, true); err != nil {
			return Sum{}, fmt.Errorf("read %s: %w", t.Name, err)
		}
		h.Write(summed.Bytes())
		sum.Rows++
		if err := each(line.Bytes()); err != nil {
			return Sum{}, err
		}
	}
	if err := rows.Err(); err != nil {
		return Sum{}, fmt.Errorf("read %s: %w", t.Name, err)
	}
	sum.SHA256 = hex.EncodeToString(h.Sum(nil))
	return sum, nil
}

func schemaTable(name string) *schema.Table {
	all := tables()
	if i := slices.IndexFunc(all, func(t *schema.Table) bool { return t.Name == name }); i >= 0 {
		return all[i]
	}
	return nil
}

// writeMedia writes every file of store, in name order.
func writeMedia(ctx context.Context, tw *tar.Writer, store *media.Store) ([]Sum, error) {
	if store == nil {
		return nil, nil
	}
	var sums []Sum
	err := store.EachFile(ctx, func(name string, size int64, r io.Reader) error {
		h := sha256.New()
		if err := copyEntry(tw, "media/"+name, size, io.TeeReader(r, h)); err != nil {
			return err
		}
		sums = append(sums, Sum{Name: name, Bytes: size, SHA256: hex.EncodeToString(h.Sum(nil))})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("export media: %w", err)
	}
	return sums, nil
}

func writeJSON(tw *tar.Writer, name string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("export %s: %w", name, err)
	}
	return writeEntry(tw, name, append(b, '\n'))
}

func writeEntry(tw *tar.Writer, name string, data []byte) error {
	return copyEntry(tw, name, int64(len(data)), bytes.NewReader(data))
}

func copyEntry(tw *tar.Writer, name string, size int64, r io.Reader) error {
	if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: size, Typeflag: tar.TypeReg, ModTime: time.Unix(0, 0)}); err != nil {
		return fmt.Errorf("export %s: %w", name, err)
	}
	if _, err := io.Copy(tw, r); err != nil {
		return fmt.Errorf("export %s: %w", name, err)
	}
	return nil
}
