package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/newsgraph/newsgraph/ent/entgql"
)

// Revision is a snapshot of an article's content as one save left it, with
// who saved it; createdAt says when. Every save of an article adds one.
type Revision struct{ ent.Schema }

// Mixin of the Revision.
func (Revision) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}}
}

// Fields of the Revision: the article's content fields as they were saved.
func (Revision) Fields() []ent.Field {
	return []ent.Field{
		field.Int("version").
			Immutable().
			Annotations(entgql.OrderField("VERSION")).
			Comment("The article's version this snapshot is of."),
		field.String("title").Immutable(),
		field.String("slug").Immutable(),
		field.Text("summary").Immutable(),
		field.Text("body").Immutable(),
		field.String("status").
			Immutable().
			Comment("The article's status then: DRAFT, SCHEDULED, PUBLISHED or ARCHIVED."),
		field.Time("published_at").Optional().Nillable().Immutable(),
		field.Time("event_date").Optional().Nillable().Immutable().Annotations(dateOnly),
		field.String("language").Immutable(),
		field.String("saved_by").
			Default("").
			Immutable().
			Comment("The name of the token that saved it; empty for the system (imports, demo content)."),
	}
}

// Edges of the Revision.
func (Revision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("article", Article.Type).Ref("revisions").
			Unique().Required().Immutable(),
	}
}

// Annotations of the Revision.
func (Revision) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
