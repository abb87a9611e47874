package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// StoryImport records that a story's text was imported, by the SHA-256 of
// that text, so that importing the same text again returns the draft it made
// instead of a duplicate. It is bookkeeping, not content: not in the API.
type StoryImport struct{ ent.Schema }

// Mixin of the StoryImport.
func (StoryImport) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}}
}

// Fields of the StoryImport.
func (StoryImport) Fields() []ent.Field {
	return []ent.Field{
		field.String("content_hash").
			Unique().NotEmpty().MaxLen(64).
			Comment("Hex SHA-256 of the imported text, after NFC."),
	}
}

// Edges of the StoryImport.
func (StoryImport) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("article", Article.Type).Unique().Required(),
	}
}

// Annotations of the StoryImport.
func (StoryImport) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
