package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/newsgraph/newsgraph/ent/entgql"
	"github.com/newsgraph/newsgraph/internal/search"
)

// Award is a distinction an organization confers on people and organizations,
// e.g. a "Bằng khen" of the Central Propaganda Department for 2023.
type Award struct{ ent.Schema }

// Mixin of the Award.
func (Award) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}}
}

// Fields of the Award.
func (Award) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			MinLen(1).MaxLen(300).
			Annotations(entgql.OrderField("NAME")),
		field.Enum("kind").
			NamedValues(
				"CertificateOfMerit", "CERTIFICATE_OF_MERIT",
				"CertificateOfCommendation", "CERTIFICATE_OF_COMMENDATION",
				"Medal", "MEDAL",
				"HonoraryTitle", "HONORARY_TITLE",
				"Prize", "PRIZE",
				"Other", "OTHER",
			).
			Default("OTHER").
			Annotations(entgql.Type("AwardKind")),
		field.Int("year").
			Validate(plausibleYear).
			Annotations(entgql.OrderField("YEAR")),
		field.Text("reason").
			Default("").
			Comment("The citation: what the award was given for."),
		field.Time("awarded_on").
			Optional().Nillable().
			Comment("The day the award was conferred.").
			Annotations(dateOnly),
		// A conferral is often counted rather than named: "cho 23 tập thể và
		// 23 cá nhân", "cho 20 tập thể, cá nhân". The counts are the story's,
		// kept beside the named recipients (who may be among them), since no
		// row per unnamed recipient can be made; a count given only in all
		// ("20 tập thể, cá nhân") is not split into a guess.
		field.Int("recipient_count").
			Optional().Nillable().NonNegative().
			Comment("How many recipients received the award in all, as counted by its source (\"20 tập thể, cá nhân\"; for \"23 tập thể và 23 cá nhân\", 46); null when not counted."),
		field.Int("recipient_collectives").
			Optional().Nillable().NonNegative().
			Comment("How many collectives (tập thể) received the award, as counted by its source; null when not counted."),
		field.Int("recipient_individuals").
			Optional().Nillable().NonNegative().
			Comment("How many individuals (cá nhân) received the award, as counted by its source; null when not counted."),
	}
}

// Edges of the Award. Its recipients are people and organizations; GraphQL
// also offers them together as the union list Award.recipients.
func (Award) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("issuer", Organization.Type).Unique(),
		edge.To("recipient_people", Person.Type),
		edge.To("recipient_organizations", Organization.Type),
		edge.To("presented_by", Person.Type).Unique(),
		edge.To("for_documents", Document.Type).
			Comment("The documents the award was given for implementing."),
		edge.From("mentioned_in", Article.Type).Ref("mentioned_awards").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of the Award.
func (Award) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("year"),
		index.Edges("issuer"), // an organization's awards issued
	}
}

// Annotations of the Award.
func (Award) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("awards"),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Hooks of the Award: its name and text are searchable.
func (Award) Hooks() []ent.Hook {
	return []ent.Hook{search.Hook}
}
