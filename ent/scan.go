package ent

// This file is written by hand, not generated: ent's generator leaves it
// alone.

// Scanner reads entities of one type out of the rows of a statement ent
// did not build, bound to the client as if ent had loaded them (their edges
// can be queried). Dest gives the destinations of the type's columns for
// rows.Scan, among the statement's other columns; Entity makes the entity
// of the row just scanned. The destinations are reused from row to row.
//
// The statement is the caller's: it must apply the rule the type's
// interceptor applies (access.Filter), which a query through ent applies
// by itself. graph's search reads a page of hits and their nodes in one
// statement with it.
type Scanner[T any] struct {
	columns []string
	values  []any
	assign  func(columns []string, values []any) (T, error)
}

// Dest returns the destinations of the columns, in their order.
func (s *Scanner[T]) Dest() []any { return s.values }

// Entity returns the entity of the row last scanned into Dest.
func (s *Scanner[T]) Entity() (T, error) { return s.assign(s.columns, s.values) }

// Scanner reads articles of columns (article.Columns or some of them).
func (c *ArticleClient) Scanner(columns []string) (*Scanner[*Article], error) {
	values, err := (*Article)(nil).scanValues(columns)
	if err != nil {
		return nil, err
	}
	return &Scanner[*Article]{columns, values, func(columns []string, values []any) (*Article, error) {
		n := &Article{config: c.config}
		return n, n.assignValues(columns, values)
	}}, nil
}

// Scanner reads people of columns (person.Columns or some of them).
func (c *PersonClient) Scanner(columns []string) (*Scanner[*Person], error) {
	values, err := (*Person)(nil).scanValues(columns)
	if err != nil {
		return nil, err
	}
	return &Scanner[*Person]{columns, values, func(columns []string, values []any) (*Person, error) {
		n := &Person{config: c.config}
		return n, n.assignValues(columns, values)
	}}, nil
}

// Scanner reads organizations of columns (organization.Columns or some of
// them).
func (c *OrganizationClient) Scanner(columns []string) (*Scanner[*Organization], error) {
	values, err := (*Organization)(nil).scanValues(columns)
	if err != nil {
		return nil, err
	}
	return &Scanner[*Organization]{columns, values, func(columns []string, values []any) (*Organization, error) {
		n := &Organization{config: c.config}
		return n, n.assignValues(columns, values)
	}}, nil
}

// Scanner reads awards of columns (award.Columns or some of them).
func (c *AwardClient) Scanner(columns []string) (*Scanner[*Award], error) {
	values, err := (*Award)(nil).scanValues(columns)
	if err != nil {
		return nil, err
	}
	return &Scanner[*Award]{columns, values, func(columns []string, values []any) (*Award, error) {
		n := &Award{config: c.config}
		return n, n.assignValues(columns, values)
	}}, nil
}
