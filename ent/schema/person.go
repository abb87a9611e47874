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

// Person is someone a story is about or by: an official, a reporter, a recipient.
type Person struct{ ent.Schema }

// Mixin of the Person.
func (Person) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}, SlugMixin{Source: "full_name"}}
}

// Fields of the Person.
func (Person) Fields() []ent.Field {
	return []ent.Field{
		field.String("full_name").
			MinLen(1).MaxLen(200).
			Annotations(entgql.OrderField("FULL_NAME")),
		field.Text("bio").
			Default(""),
	}
}

// Edges of the Person.
func (Person) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("photo", Media.Type).Unique(),
		edge.From("positions", Position.Type).Ref("person").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("awards", Award.Type).Ref("recipient_people").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("awards_presented", Award.Type).Ref("presented_by").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("articles", Article.Type).Ref("authors").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("mentioned_in", Article.Type).Ref("mentioned_people").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of the Person: the photo's key, for the Media side (whether a
// file is someone's photo is asked on every /media/... request).
func (Person) Indexes() []ent.Index {
	return []ent.Index{index.Edges("photo")}
}

// Annotations of the Person.
func (Person) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("people"),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Hooks of the Person: its name and text are searchable.
func (Person) Hooks() []ent.Hook {
	return []ent.Hook{search.Hook}
}
