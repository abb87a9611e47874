package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/newsgraph/newsgraph/ent/entgql"
	"github.com/newsgraph/newsgraph/internal/search"
)

// Organization is a party committee, a state agency, a mass organization or a
// unit, placed in a hierarchy by its parent.
type Organization struct{ ent.Schema }

// Mixin of the Organization.
func (Organization) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}, SlugMixin{Source: "name"}}
}

// Fields of the Organization.
func (Organization) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			MinLen(1).MaxLen(300).
			Annotations(entgql.OrderField("NAME")),
		field.String("short_name").
			Default("").MaxLen(100),
		field.Enum("kind").
			NamedValues(
				"PartyCommittee", "PARTY_COMMITTEE",
				"PartyBoard", "PARTY_BOARD",
				"StateAgency", "STATE_AGENCY",
				"MassOrganization", "MASS_ORGANIZATION",
				"Unit", "UNIT",
				"Other", "OTHER",
			).
			Default("OTHER").
			Annotations(entgql.Type("OrganizationKind")),
		field.Enum("level").
			NamedValues(
				"Central", "CENTRAL",
				"Provincial", "PROVINCIAL",
				"District", "DISTRICT",
				"Commune", "COMMUNE",
				"Other", "OTHER",
			).
			Default("OTHER").
			Annotations(entgql.Type("OrganizationLevel")),
		field.String("region").
			Default("").MaxLen(100).
			Comment("The province or city, e.g. Thái Nguyên; empty for central bodies."),
		field.String("website").
			Default("").MaxLen(500),
	}
}

// Edges of the Organization.
func (Organization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", Organization.Type).
			From("parent").Unique(),
		edge.From("positions", Position.Type).Ref("organization").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("awards_issued", Award.Type).Ref("issuer").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("awards_received", Award.Type).Ref("recipient_organizations").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("mentioned_in", Article.Type).Ref("mentioned_organizations").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Hooks of the Organization.
func (Organization) Hooks() []ent.Hook {
	return []ent.Hook{search.Hook}
}

// Annotations of the Organization.
func (Organization) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("organizations"),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
