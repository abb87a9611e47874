package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/newsgraph/newsgraph/ent/entgql"
)

// Position is a role a person holds in an organization, e.g. "Trưởng Ban" in
// "Ban Tuyên giáo Tỉnh ủy", from startDate to endDate (empty: current).
type Position struct{ ent.Schema }

// Mixin of the Position.
func (Position) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}}
}

// Fields of the Position.
func (Position) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").
			MinLen(1).MaxLen(300),
		field.Time("start_date").
			Optional().Nillable().
			Comment("The day the position was taken up.").
			Annotations(dateOnly),
		field.Time("end_date").
			Optional().Nillable().
			Comment("The day the position was left; empty while it is held.").
			Annotations(dateOnly),
	}
}

// Edges of the Position.
func (Position) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("person", Person.Type).Unique().Required(),
		edge.To("organization", Organization.Type).Unique().Required(),
	}
}

// Annotations of the Position.
func (Position) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Indexes of the Position: a person's positions (the feed's authors) and an
// organization's are looked up by these keys.
func (Position) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("person"),
		index.Edges("organization"),
	}
}
