// Package archive owns newsgraph's portable archive: the whole content of a
// database (every table of the ent schema: content, edges, revisions,
// feedback, tokens' hashes, the event outbox, webhooks) and the media
// files, in one tar stream that either engine can load (Export, Restore,
// Copy). Rows travel as JSON lines in a form that does not depend on the
// engine they came from, so a table's checksum is the same on SQLite and
// on PostgreSQL, before and after a copy; the search index is rebuilt from
// the content, not carried.
//
// The stream holds, in order: header.json (the format, the tables with
// their columns and row counts), each table's rows in chunks
// (tables/<table>/<n>.jsonl), parents before the tables that refer to
// them, the media files (media/<name>), and checksums.json (each table's
// and file's SHA-256, and one checksum over them all).
package archive

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect/sql/schema"
	"entgo.io/ent/schema/field"

	"github.com/newsgraph/newsgraph/ent/migrate"
)

// Format is the version of the archive's layout.
const Format = 1

// chunkRows is how many rows one tar entry holds: the stream's memory is
// bounded by a chunk, whatever the size of a table.
const chunkRows = 1000

// Header is the archive's first entry.
type Header struct {
	Format  int       `json:"format"`
	Version string    `json:"version"` // the newsgraph that wrote it
	Created time.Time `json:"created"`
	Source  string    `json:"source"` // the engine it came from
	Tables  []Table   `json:"tables"`
}

// Table is one table of the archive: its columns, in the order each row's
// JSON has them, and how many rows it has.
type Table struct {
	Name    string   `json:"name"`
	Columns []string `json:"columns"`
	Rows    int      `json:"rows"`
}

// Checksums is the archive's last entry.
type Checksums struct {
	Tables   []Sum  `json:"tables"`
	Media    []Sum  `json:"media"`
	Checksum string `json:"checksum"` // over every sum above, in order
}

// Sum is a table's or a media file's count and SHA-256: of a table's JSON
// lines (each followed by a newline) with times cut to the microsecond, of
// a file's bytes.
type Sum struct {
	Name   string `json:"name"`
	Rows   int    `json:"rows,omitempty"`
	Bytes  int64  `json:"bytes,omitempty"`
	SHA256 string `json:"sha256"`
}

// overall is the checksum over sums: what `newsgraph copy` reports.
func overall(tables, media []Sum) string {
	h := sha256.New()
	for _, s := range tables {
		fmt.Fprintf(h, "table %s %d %s\n", s.Name, s.Rows, s.SHA256)
	}
	for _, s := range media {
		fmt.Fprintf(h, "media %s %d %s\n", s.Name, s.Bytes, s.SHA256)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// tables is the ent schema's tables, each after the tables it refers to,
// so that rows can be inserted in the order they come. A table that refers
// to itself (an organization's parent) is handled by Restore.
var tables = sync.OnceValue(func() []*schema.Table {
	var ordered []*schema.Table
	done := map[string]bool{}
	var visit func(t *schema.Table)
	visit = func(t *schema.Table) {
		if done[t.Name] {
			return
		}
		done[t.Name] = true
		for _, fk := range t.ForeignKeys {
			if fk.RefTable != t {
				visit(fk.RefTable)
			}
		}
		ordered = append(ordered, t)
	}
	all := slices.Clone(migrate.Tables)
	slices.SortFunc(all, func(a, b *schema.Table) int { return strings.Compare(a.Name, b.Name) })
	for _, t := range all {
		visit(t)
	}
	return ordered
})

// column finds a table's column by name.
func column(t *schema.Table, name string) *schema.Column {
	for _, c := range t.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// canonical is a value read from either engine as it travels in the
// archive: booleans as booleans (SQLite has integers), times in UTC in
// RFC 3339 (to the nanosecond SQLite keeps; PostgreSQL keeps microseconds),
// JSON compacted, integers as integers, bytes in base64 (encoding/json's
// []byte).
func canonical(typ field.Type, v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	switch {
	case typ == field.TypeBool:
		switch v := v.(type) {
		case bool:
			return v, nil
		case int64:
			return v != 0, nil
		}
	case typ == field.TypeTime:
		var t time.Time
		switch v := v.(type) {
		case time.Time:
			t = v
		case string, []byte:
			parsed, err := parseTime(asString(v))
			if err != nil {
				return nil, err
			}
			t = parsed
		default:
			return nil, fmt.Errorf("a %T for a time", v)
		}
		return t.UTC(), nil // encoding/json writes RFC 3339 with nanoseconds
	case typ.Integer():
		switch v := v.(type) {
		case int64:
			return v, nil
		case []byte, string:
			return strconv.ParseInt(asString(v), 10, 64)
		}
	case typ.Float():
		switch v := v.(type) {
		case float64:
			return v, nil
		case int64:
			return float64(v), nil
		case []byte, string:
			return strconv.ParseFloat(asString(v), 64)
		}
	case typ == field.TypeJSON:
		raw := []byte(asString(v))
		var compact json.RawMessage
		if err := json.Unmarshal(raw, &compact); err != nil {
			return nil, fmt.Errorf("a JSON column holds no JSON: %w", err)
		}
		return compactJSON(compact)
	case typ == field.TypeBytes:
		switch v := v.(type) {
		case []byte:
			return v, nil
		case string:
			return []byte(v), nil
		}
	default: // strings, enums, UUIDs
		switch v.(type) {
		case string, []byte:
			return asString(v), nil
		}
	}
	return nil, fmt.Errorf("a %T for a %s column", v, typ)
}

// encodeRow writes a row's line: an object of the columns' names and
// their values (JSON) in order, and a newline. forSum writes the line as
// checksums read it, times cut to the microsecond that PostgreSQL keeps,
// so that a table sums the same on both engines while the archive itself
// loses nothing a SQLite-to-SQLite copy could keep.
func encodeRow(b *bytes.Buffer, names []string, types []field.Type, values []json.RawMessage, forSum bool) error {
	b.WriteByte('{')
	for i, v := range values {
		if i > 0 {
			b.WriteByte(',')
		}
		name, _ := json.Marshal(names[i])
		b.Write(name)
		b.WriteByte(':')
		if forSum && types[i] == field.TypeTime && string(v) != "null" {
			var t time.Time
			if err := json.Unmarshal(v, &t); err != nil {
				return fmt.Errorf("column %s: %w", names[i], err)
			}
			v, _ = json.Marshal(t.Truncate(time.Microsecond))
		}
		b.Write(v)
	}
	b.WriteString("}\n")
	return nil
}

// value is the Go value a database driver takes for an archived value of
// type typ (raw is its JSON).
func value(typ field.Type, raw json.RawMessage) (any, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	switch {
	case typ == field.TypeBool:
		var b bool
		err := json.Unmarshal(raw, &b)
		return b, err
	case typ == field.TypeTime:
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, err
		}
		return time.Parse(time.RFC3339Nano, s)
	case typ.Integer():
		var n int64
		err := json.Unmarshal(raw, &n)
		return n, err
	case typ.Float():
		var f float64
		err := json.Unmarshal(raw, &f)
		return f, err
	case typ == field.TypeJSON:
		return string(raw), nil
	case typ == field.TypeBytes:
		var b []byte
		err := json.Unmarshal(raw, &b)
		return b, err
	}
	var s string
	err := json.Unmarshal(raw, &s)
	return s, err
}

func asString(v any) string {
	if b, ok := v.([]byte); ok {
		return string(b)
	}
	s, _ := v.(string)
	return s
}

func compactJSON(raw json.RawMessage) (json.RawMessage, error) {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// timeLayouts are the ways a driver may hand a time over as text: ent's
// SQLite layout, and RFC 3339.
var timeLayouts = []string{"2006-01-02 15:04:05.999999999-07:00", time.RFC3339Nano, "2006-01-02 15:04:05.999999999Z07:00", "2006-01-02 15:04:05"}

func parseTime(s string) (time.Time, error) {
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a time", s)
}
