package archive

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	"entgo.io/ent/schema/field"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/media"
	"github.com/newsgraph/newsgraph/internal/search"
)

// ErrNotEmpty is returned by Restore for a database that has content.
var ErrNotEmpty = errors.New("the database is not empty: restore loads an archive into an empty database")

// RestoreOptions says where the archive's media files go.
type RestoreOptions struct {
	Media    *media.Store // a directory or a bucket; nil: the archive's media files are skipped
	Progress Progress
}

// Result is what a restore loaded and verified.
type Result struct {
	Header    Header
	Checksums Checksums
	Rows      int // rows of every table
}

// Restore loads the archive r (gzipped or not) into db, which must be
// migrated and empty, in one transaction: the rows are checked against the
// archive's checksums as they come, and read back from db and checked
// again before the transaction commits, so that a bad or truncated archive
// leaves db empty. Then the search index is rebuilt from the content.
func Restore(ctx context.Context, db *database.DB, r io.Reader, opts RestoreOptions) (*Result, error) {
	for _, t := range tables() {
		n, err := count(ctx, db.SQL, db.Dialect, t.Name)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			return nil, fmt.Errorf("%w (%s has %d rows)", ErrNotEmpty, t.Name, n)
		}
	}
	tr, err := openTar(r)
	if err != nil {
		return nil, err
	}
	tx, err := db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("restore: begin: %w", err)
	}
	l := &loader{ctx: ctx, tx: tx, dialect: db.Dialect, files: opts.Media, progress: opts.Progress}
	res, err := l.load(tr)
	if err == nil {
		err = tx.Commit()
	}
	if err != nil {
		tx.Rollback()
		for _, name := range l.written {
			opts.Media.RemoveFile(context.WithoutCancel(ctx), name)
		}
		return nil, err
	}
	if _, err := search.Rebuild(ctx, db.Client); err != nil {
		return nil, fmt.Errorf("restored and verified, but the search index was not rebuilt (run newsgraph reindex): %w", err)
	}
	return res, nil
}

// openTar reads a tar stream, gunzipping it first when it is gzipped.
func openTar(r io.Reader) (*tar.Reader, error) {
	br := bufio.NewReader(r)
	magic, err := br.Peek(2)
	if err != nil {
		return nil, fmt.Errorf("not a newsgraph archive: %w", err)
	}
	if magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("not a newsgraph archive: %w", err)
		}
		return tar.NewReader(gz), nil
	}
	return tar.NewReader(br), nil
}

// loader is one restore under way.
type loader struct {
	ctx      context.Context
	tx       *sql.Tx
	dialect  string
	files    *media.Store
	progress Progress
	written  []string // names of media files created, removed if the restore fails

	header Header
	table  int // index in header.Tables of the table being loaded; -1 before the first
	cur    *tableLoad
	sums   []Sum
	media  []Sum
	rows   int
}

// tableLoad is the table whose rows are coming.
type tableLoad struct {
	meta    Table
	schema  *schema.Table
	columns []*schema.Column
	self    map[string]bool // columns referring to the table itself
	batch   [][]any
	later   []selfRef // their values, set once every row is in
	kinds   []field.Type
	encoded []json.RawMessage // the row being read, column by column
	summed  bytes.Buffer      // the row as checksums read it (encodeRow)
	h       hash.Hash
	rows    int
}

type selfRef struct {
	id     any
	column string
	value  any
}

func (l *loader) load(tr *tar.Reader) (*Result, error) {
	hdr, err := tr.Next()
	if err != nil || hdr.Name != "header.json" {
		return nil, fmt.Errorf("not a newsgraph archive: it does not begin with header.json")
	}
	if err := json.NewDecoder(io.LimitReader(tr, 1<<20)).Decode(&l.header); err != nil {
		return nil, fmt.Errorf("not a newsgraph archive: header.json: %w", err)
	}
	if l.header.Format != Format {
		return nil, fmt.Errorf("an archive of format %d; this newsgraph reads format %d", l.header.Format, Format)
	}
	for _, t := range l.header.Tables {
		st := schemaTable(t.Name)
		if st == nil {
			return nil, fmt.Errorf("the archive has a table %s that this newsgraph does not know: it comes from a newer version", t.Name)
		}
		for _, c := range t.Columns {
			if column(st, c) == nil {
				return nil, fmt.Errorf("the archive's table %s has a column %s that this newsgraph does not know: it comes from a newer version", t.Name, c)
			}
		}
	}
	l.table = -1
	var sums *Checksums
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read the archive: %w", err)
		}
		if sums != nil {
			return nil, fmt.Errorf("the archive has %s after checksums.json", hdr.Name)
		}
		switch {
		case strings.HasPrefix(hdr.Name, "tables/"):
			name, _, _ := strings.Cut(strings.TrimPrefix(hdr.Name, "tables/"), "/")
			if err := l.rowsOf(name, tr); err != nil {
				return nil, err
			}
		case strings.HasPrefix(hdr.Name, "media/"):
			if err := l.endTables(); err != nil {
				return nil, err
			}
			if err := l.file(strings.TrimPrefix(hdr.Name, "media/"), tr); err != nil {
				return nil, err
			}
		case hdr.Name == "checksums.json":
			if err := l.endTables(); err != nil {
				return nil, err
			}
			sums = &Checksums{}
			if err := json.NewDecoder(io.LimitReader(tr, 64<<20)).Decode(sums); err != nil {
				return nil, fmt.Errorf("the archive's checksums.json: %w", err)
			}
		default:
			return nil, fmt.Errorf("the archive has an entry %q that is not newsgraph's", hdr.Name)
		}
	}
	if sums == nil {
		return nil, errors.New("the archive is truncated: it ends before checksums.json")
	}
	if err := l.check(sums); err != nil {
		return nil, err
	}
	if err := l.resetSequences(); err != nil {
		return nil, err
	}
	// Read back what the database now holds, as an export would.
	for i, t := range l.header.Tables {
		got, err := readTable(l.ctx, l.tx, l.dialect, t, func([]byte) error { return nil })
		if err != nil {
			return nil, err
		}
		if got != sums.Tables[i] {
			return nil, fmt.Errorf("read back, table %s has %d rows with checksum %s; the archive has %d rows with %s",
				t.Name, got.Rows, got.SHA256, sums.Tables[i].Rows, sums.Tables[i].SHA256)
		}
	}
	return &Result{Header: l.header, Checksums: *sums, Rows: l.rows}, nil
}

// rowsOf loads one chunk of table name's rows.
func (l *loader) rowsOf(name string, r io.Reader) error {
	if l.cur == nil || l.cur.meta.Name != name {
		if err := l.endTable(); err != nil {
			return err
		}
		next := -1
		for i := l.table + 1; i < len(l.header.Tables); i++ {
			if l.header.Tables[i].Name == name {
				next = i
				break
			}
		}
		if next < 0 {
			return fmt.Errorf("the archive has rows of %s out of order or not in its header", name)
		}
		// Tables the archive has no rows of are empty: they still get
		// their sum, in order.
		for i := l.table + 1; i < next; i++ {
			if err := l.begin(i); err != nil {
				return err
			}
			if err := l.endTable(); err != nil {
				return err
			}
		}
		if err := l.begin(next); err != nil {
			return err
		}
	}
	t := l.cur
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 256<<20)
	for sc.Scan() {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			return fmt.Errorf("the archive's rows of %s: %w", name, err)
		}
		row := make([]any, len(t.columns))
		for i, c := range t.columns {
			t.encoded[i] = raw[c.Name]
			if t.encoded[i] == nil {
				t.encoded[i] = json.RawMessage("null")
			}
			v, err := value(c.Type, raw[c.Name])
			if err != nil {
				return fmt.Errorf("the archive's rows of %s: column %s: %w", name, c.Name, err)
			}
			if tm, ok := v.(time.Time); ok && l.dialect == dialect.Postgres {
				// PostgreSQL would round to its microsecond; the
				// checksums cut to it (encodeRow).
				v = tm.Truncate(time.Microsecond)
			}
			if t.self[c.Name] && v != nil {
				t.later = append(t.later, selfRef{id: row[0], column: c.Name, value: v})
				v = nil
			}
			row[i] = v
		}
		t.summed.Reset()
		if err := encodeRow(&t.summed, t.meta.Columns, t.kinds, t.encoded, true); err != nil {
			return fmt.Errorf("the archive's rows of %s: %w", name, err)
		}
		t.h.Write(t.summed.Bytes())
		t.batch = append(t.batch, row)
		t.rows++
		if len(t.batch) >= l.batchSize() {
			if err := l.flush(); err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("the archive's rows of %s: %w", name, err)
	}
	return nil
}

// batchSize keeps an insert under both engines' limits on parameters.
func (l *loader) batchSize() int {
	return max(1, min(500, 30000/len(l.cur.columns)))
}

func (l *loader) begin(i int) error {
	meta := l.header.Tables[i]
	st := schemaTable(meta.Name)
	t := &tableLoad{meta: meta, schema: st, self: map[string]bool{}}
	for _, name := range meta.Columns {
		c := column(st, name)
		t.columns = append(t.columns, c)
		t.kinds = append(t.kinds, c.Type)
	}
	t.encoded = make([]json.RawMessage, len(t.columns))
	for _, fk := range st.ForeignKeys {
		if fk.RefTable == st {
			for _, c := range fk.Columns {
				t.self[c.Name] = true
			}
		}
	}
	if len(t.self) > 0 && (len(st.PrimaryKey) != 1 || meta.Columns[0] != st.PrimaryKey[0].Name) {
		return fmt.Errorf("table %s refers to itself but its first column is not its key", meta.Name)
	}
	t.h = sha256.New()
	l.table, l.cur = i, t
	return nil
}

func (l *loader) flush() error {
	t := l.cur
	if len(t.batch) == 0 {
		return nil
	}
	ins := entsql.Dialect(l.dialect).Insert(t.meta.Name).Columns(t.meta.Columns...)
	for _, row := range t.batch {
		ins.Values(row...)
	}
	query, args := ins.Query()
	if _, err := l.tx.ExecContext(l.ctx, query, args...); err != nil {
		return fmt.Errorf("restore %s: %w", t.meta.Name, err)
	}
	l.rows += len(t.batch)
	t.batch = t.batch[:0]
	if l.progress != nil {
		l.progress(t.meta.Name, t.rows, t.meta.Rows)
	}
	return nil
}

// endTable finishes the table being loaded: its last rows, the references
// of its rows to one another, and its sum.
func (l *loader) endTable() error {
	t := l.cur
	if t == nil {
		return nil
	}
	if err := l.flush(); err != nil {
		return err
	}
	key := t.schema.PrimaryKey
	for _, ref := range t.later {
		query, args := entsql.Dialect(l.dialect).Update(t.meta.Name).Set(ref.column, ref.value).Where(entsql.EQ(key[0].Name, ref.id)).Query()
		if _, err := l.tx.ExecContext(l.ctx, query, args...); err != nil {
			return fmt.Errorf("restore %s.%s: %w", t.meta.Name, ref.column, err)
		}
	}
	l.sums = append(l.sums, Sum{Name: t.meta.Name, Rows: t.rows, SHA256: hex.EncodeToString(t.h.Sum(nil))})
	l.cur = nil
	return nil
}

// endTables finishes the tables: every table of the header has its sum.
func (l *loader) endTables() error {
	if err := l.endTable(); err != nil {
		return err
	}
	for i := l.table + 1; i < len(l.header.Tables); i++ {
		if err := l.begin(i); err != nil {
			return err
		}
		if err := l.endTable(); err != nil {
			return err
		}
	}
	l.table = len(l.header.Tables)
	return nil
}

// file writes one media file, refusing a name that would leave the
// store's top level and one that is there with other bytes.
func (l *loader) file(name string, r io.Reader) error {
	if name == "" || name != filepath.Base(name) || strings.HasPrefix(name, ".") {
		return fmt.Errorf("the archive has a media file named %q", name)
	}
	old, err := l.openFile(name)
	if err != nil {
		return err
	}
	h := sha256.New()
	in := &countingReader{r: io.TeeReader(r, h)}
	switch {
	case old != nil:
		defer old.Close()
		if _, err := io.Copy(io.Discard, in); err != nil {
			return fmt.Errorf("the archive's media file %s: %w", name, err)
		}
		there := sha256.New()
		if _, err := io.Copy(there, old); err != nil {
			return fmt.Errorf("restore media file %s: %w", name, err)
		}
		if !bytes.Equal(there.Sum(nil), h.Sum(nil)) {
			return fmt.Errorf("media file %s is already in the media store with other bytes", name)
		}
	case l.files == nil:
		if _, err := io.Copy(io.Discard, in); err != nil {
			return fmt.Errorf("the archive's media file %s: %w", name, err)
		}
	default:
		// Written whole or not at all: a failure while reading the
		// archive leaves nothing under name.
		if err := l.files.WriteFile(l.ctx, name, in); err != nil {
			return fmt.Errorf("restore media file %s: %w", name, err)
		}
		l.written = append(l.written, name)
	}
	l.media = append(l.media, Sum{Name: name, Bytes: in.n, SHA256: hex.EncodeToString(h.Sum(nil))})
	return nil
}

// openFile opens the stored media file name, nil when there is none (or no
// store).
func (l *loader) openFile(name string) (io.ReadCloser, error) {
	if l.files == nil {
		return nil, nil
	}
	f, err := l.files.OpenFile(l.ctx, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("restore media file %s: %w", name, err)
	}
	return f, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// check compares what came with the archive's own checksums.
func (l *loader) check(sums *Checksums) error {
	if len(sums.Tables) != len(l.header.Tables) || len(l.sums) != len(sums.Tables) {
		return fmt.Errorf("the archive's checksums name %d tables, its header %d", len(sums.Tables), len(l.header.Tables))
	}
	for i, want := range sums.Tables {
		got := l.sums[i]
		if got.Rows != l.header.Tables[i].Rows || got != want {
			return fmt.Errorf("the archive is damaged: table %s has %d rows with checksum %s, its checksums say %d rows with %s",
				got.Name, got.Rows, got.SHA256, want.Rows, want.SHA256)
		}
	}
	if len(l.media) != len(sums.Media) {
		return fmt.Errorf("the archive is damaged: it has %d media files, its checksums say %d", len(l.media), len(sums.Media))
	}
	for i, want := range sums.Media {
		if l.media[i] != want {
			return fmt.Errorf("the archive is damaged: media file %s differs from its checksum", want.Name)
		}
	}
	if overall(sums.Tables, sums.Media) != sums.Checksum {
		return errors.New("the archive is damaged: its checksum does not match its contents")
	}
	return nil
}

// resetSequences moves PostgreSQL's id sequences past the restored ids,
// so that the next row of each type gets a new id in its type's range.
// SQLite's AUTOINCREMENT follows the largest id inserted by itself.
func (l *loader) resetSequences() error {
	if l.dialect != dialect.Postgres {
		return nil
	}
	for _, t := range l.header.Tables {
		st := schemaTable(t.Name)
		if t.Rows == 0 || len(st.PrimaryKey) != 1 || !st.PrimaryKey[0].Increment {
			continue
		}
		key := st.PrimaryKey[0].Name
		q := fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%s', '%s'), (SELECT max(%q) FROM %q))`, t.Name, key, key, t.Name)
		if _, err := l.tx.ExecContext(l.ctx, q); err != nil {
			return fmt.Errorf("restore: move the id sequence of %s: %w", t.Name, err)
		}
	}
	return nil
}
