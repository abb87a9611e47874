package sqljson

import (
	"context"
	"fmt"
	"strconv"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqlgraph"
	"entgo.io/ent/schema/field"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// maxObjectFields keeps json_build_object under PostgreSQL's limit of 100
// function arguments (a key and a value per field).
const maxObjectFields = 50

// Compile returns an expression that writes the JSON of set, a selection on
// an object of type typ, for the row that table (a table name or alias of
// the enclosing statement) holds. It returns ErrUnsupported, wrapped with
// the reason, for a selection it does not answer, a directive it does not
// understand (CheckOperation) among them. Readable's filter is
// applied to every table the expression reaches; narrowing the enclosing
// statement's own rows to what the caller may read is the caller's part.
func (s *Schema) Compile(ctx context.Context, op *graphql.OperationContext, typ string, set ast.SelectionSet, table string) (sql.Querier, error) {
	if _, ok := s.cfg.Readable(ctx, typ); !ok {
		return nil, unsupported("type %s is not readable here", typ)
	}
	if err := checkSelection(set, map[string]bool{}); err != nil {
		return nil, err
	}
	c := &compiler{s: s, ctx: ctx, op: op}
	w, err := c.object(typ, set, table)
	if err != nil {
		return nil, err
	}
	return sql.ExprFunc(w), nil
}

// A writer writes one SQL expression. Writers run when the statement is
// built, so they read the dialect from the builder.
type writer func(*sql.Builder)

type compiler struct {
	s       *Schema
	ctx     context.Context
	op      *graphql.OperationContext
	aliases int
}

func unsupported(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrUnsupported, fmt.Sprintf(format, args...))
}

// alias names the table of one nested subquery; "ng" keeps it apart from
// the t1, t2... that ent's own predicates use.
func (c *compiler) alias() string {
	c.aliases++
	return "ng" + strconv.Itoa(c.aliases)
}

func (c *compiler) object(typ string, set ast.SelectionSet, row string) (writer, error) {
	t := c.s.types[typ]
	if t == nil {
		return nil, unsupported("type %s is not stored by ent", typ)
	}
	fields := graphql.CollectFields(c.op, set, t.implements)
	if len(fields) > maxObjectFields {
		return nil, unsupported("%d fields on one %s", len(fields), typ)
	}
	keys := make([]string, len(fields))
	values := make([]writer, len(fields))
	for i, f := range fields {
		if len(f.Arguments) > 0 {
			return nil, unsupported("%s.%s has arguments", typ, f.Name)
		}
		v, err := c.field(t, f, row)
		if err != nil {
			return nil, err
		}
		keys[i], values[i] = "'"+f.Alias+"'", v
	}
	return func(b *sql.Builder) {
		if b.Dialect() == dialect.Postgres {
			b.WriteString("json_build_object(")
		} else {
			b.WriteString("json_object(")
		}
		for i := range keys {
			if i > 0 {
				b.Comma()
			}
			b.WriteString(keys[i]).Comma()
			values[i](b)
		}
		b.WriteByte(')')
	}, nil
}

func (c *compiler) field(t *objectType, f graphql.CollectedField, row string) (writer, error) {
	if f.Name == "__typename" {
		name := "'" + t.name + "'"
		return func(b *sql.Builder) { b.WriteString(name) }, nil
	}
	if col, ok := t.columns[f.Name]; ok {
		return columnValue(col, row), nil
	}
	if e, ok := t.edges[f.Name]; ok {
		return c.edge(t, e, f.Selections, row)
	}
	if parts, ok := t.unions[f.Name]; ok {
		return c.union(t, parts, f.Selections, row)
	}
	return nil, unsupported("%s.%s is not a column or an edge", t.name, f.Name)
}

// columnValue writes a column as gqlgen writes it: IDs as strings, times in
// RFC 3339 with trailing zeros of the fraction dropped and Z for UTC
// (time.RFC3339Nano), dates as their day in UTC (relay.MarshalDate),
// booleans as true and false on SQLite too.
func columnValue(col column, row string) writer {
	return func(b *sql.Builder) {
		ref := func() { b.Ident(row).WriteByte('.').Ident(col.name) }
		pg := b.Dialect() == dialect.Postgres
		switch {
		case col.id:
			b.WriteString("CAST(")
			ref()
			b.WriteString(" AS TEXT)")
		case col.date && pg:
			b.WriteString("to_char(")
			ref()
			b.WriteString(` AT TIME ZONE 'UTC', 'YYYY-MM-DD')`)
		case col.date:
			// SQLite's date() reads ent's "2006-01-02 15:04:05-07:00" in UTC.
			b.WriteString("date(")
			ref()
			b.WriteString(")")
		case col.kind == field.TypeTime && pg:
			b.WriteString("to_char(")
			ref()
			b.WriteString(` AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || rtrim(rtrim(to_char(`)
			ref()
			b.WriteString(`, '.US'), '0'), '.') || 'Z'`)
		case col.kind == field.TypeTime:
			// ent stores times on SQLite as "2006-01-02 15:04:05.999999999-07:00".
			b.WriteString("CASE WHEN ")
			ref()
			b.WriteString(" LIKE '%+00:00' THEN replace(substr(")
			ref()
			b.WriteString(", 1, length(")
			ref()
			b.WriteString(") - 6), ' ', 'T') || 'Z' ELSE replace(")
			ref()
			b.WriteString(", ' ', 'T') END")
		case col.kind == field.TypeBool && !pg:
			b.WriteString("json(CASE WHEN ")
			ref()
			b.WriteString(" IS NULL THEN 'null' WHEN ")
			ref()
			b.WriteString(" THEN 'true' ELSE 'false' END)")
		default:
			ref()
		}
	}
}

// edge writes the object or the list of objects an edge leads to, as a
// subquery correlated with row. A list comes in the order the database
// reads it, as ent's eager loading has it: sorting every list of every row
// cost a tenth of the database's time on the awards page.
func (c *compiler) edge(from *objectType, e edge, set ast.SelectionSet, row string) (writer, error) {
	target, err := c.target(from, e, set)
	if err != nil {
		return nil, err
	}
	return func(b *sql.Builder) {
		sel := target.selector(b.Dialect(), row)
		if e.list {
			sel.AppendSelectExpr(sql.ExprFunc(func(b *sql.Builder) { aggregate(b, target.object) }))
		} else {
			sel.AppendSelectExpr(sql.ExprFunc(target.object))
		}
		subquery(b, sel)
	}, nil
}

// union writes the list made of several edges' targets: the first edge's,
// then the second's.
func (c *compiler) union(from *objectType, parts []edge, set ast.SelectionSet, row string) (writer, error) {
	targets := make([]*target, len(parts))
	for i, e := range parts {
		t, err := c.target(from, e, set)
		if err != nil {
			return nil, err
		}
		targets[i] = t
	}
	u := c.alias()
	return func(b *sql.Builder) {
		pg := b.Dialect() == dialect.Postgres
		if !pg {
			b.WriteString("json(")
		}
		b.WriteString("(SELECT ")
		aggregate(b, func(b *sql.Builder) {
			if !pg {
				b.WriteString("json(")
			}
			b.Ident(u).WriteByte('.').Ident("o")
			if !pg {
				b.WriteByte(')')
			}
		})
		b.WriteString(" FROM (")
		for i, t := range targets {
			if i > 0 {
				b.WriteString(" UNION ALL ")
			}
			b.Join(t.selector(b.Dialect(), row).AppendSelectExprAs(sql.ExprFunc(t.object), "o"))
		}
		b.WriteString(") AS ").Ident(u).WriteByte(')')
		if !pg {
			b.WriteByte(')')
		}
	}, nil
}

// A target is the table an edge leads to, under its own alias, with the
// selection compiled for it.
type target struct {
	from   *objectType
	to     *objectType
	spec   *sqlgraph.EdgeSpec
	alias  string
	filter Filter
	object writer
}

func (c *compiler) target(from *objectType, e edge, set ast.SelectionSet) (*target, error) {
	to := c.s.types[e.to]
	if to == nil {
		return nil, unsupported("type %s is not stored by ent", e.to)
	}
	filter, ok := c.s.cfg.Readable(c.ctx, e.to)
	if !ok {
		return nil, unsupported("type %s is not readable here", e.to)
	}
	if e.spec.Bidi || (e.spec.Rel == sqlgraph.M2M && !e.list) || (e.list && e.spec.Rel == sqlgraph.M2O) {
		return nil, unsupported("edge %s to %s", from.name, e.to)
	}
	t := &target{from: from, to: to, spec: e.spec, alias: c.alias(), filter: filter}
	obj, err := c.object(e.to, set, t.alias)
	if err != nil {
		return nil, err
	}
	t.object = obj
	return t, nil
}

// selector selects from the target's table the rows the edge leads to from
// row, that the caller may read. The caller appends what to select.
func (t *target) selector(d string, row string) *sql.Selector {
	b := sql.Dialect(d)
	sel := b.Select().From(b.Table(t.to.table).As(t.alias))
	outer := b.Table(row)
	switch s := t.spec; {
	case s.Rel == sqlgraph.M2M:
		fromCol, toCol := s.Columns[0], s.Columns[1]
		if s.Inverse {
			fromCol, toCol = toCol, fromCol
		}
		join := b.Table(s.Table).As(t.alias + "j")
		sel.Join(join).On(sel.C(t.to.id), join.C(toCol)).
			Where(sql.ColumnsEQ(join.C(fromCol), outer.C(t.from.id)))
	case s.Rel == sqlgraph.M2O || (s.Rel == sqlgraph.O2O && s.Inverse):
		// The foreign key is in row's table.
		sel.Where(sql.ColumnsEQ(sel.C(t.to.id), outer.C(s.Columns[0])))
	default:
		// O2M, or O2O held by the target: the foreign key is in the target's table.
		sel.Where(sql.ColumnsEQ(sel.C(s.Columns[0]), outer.C(t.from.id)))
	}
	if t.filter != nil {
		t.filter(sel)
	}
	return sel
}

// aggregate writes a JSON array of item.
func aggregate(b *sql.Builder, item writer) {
	if b.Dialect() == dialect.Postgres {
		b.WriteString("coalesce(json_agg(")
		item(b)
		b.WriteString("), '[]')")
		return
	}
	b.WriteString("json_group_array(")
	item(b)
	b.WriteByte(')')
}

// subquery writes sel as a scalar subquery. SQLite forgets that a value
// from a subquery is JSON, so it is parsed again there.
func subquery(b *sql.Builder, sel *sql.Selector) {
	if b.Dialect() != dialect.Postgres {
		b.WriteString("json(")
		b.Wrap(func(b *sql.Builder) { b.Join(sel) })
		b.WriteByte(')')
		return
	}
	b.Wrap(func(b *sql.Builder) { b.Join(sel) })
}
