package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/newsgraph/newsgraph/ent/entgql"
)

// Media is an image stored by newsgraph or referenced by URL.
type Media struct{ ent.Schema }

// Mixin of the Media.
func (Media) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}}
}

// Fields of the Media.
func (Media) Fields() []ent.Field {
	return []ent.Field{
		field.String("url").
			NotEmpty().MaxLen(2000).
			Comment("Where clients fetch it: /media/... for stored files, or an absolute URL."),
		field.String("mime_type").
			Default(""),
		field.Int("width").
			Default(0).NonNegative(),
		field.Int("height").
			Default(0).NonNegative(),
		// Lengths in bytes: a Vietnamese letter takes up to three.
		field.String("alt").
			Default("").MaxLen(1000),
		field.Text("caption").
			Default("").MaxLen(10000),
		field.String("credit").
			Default("").MaxLen(1000),
	}
}

// Edges of the Media: who uses it, which decides who may see it
// (internal/access). The foreign keys are the articles' and people's.
func (Media) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("cover_of", Article.Type).Ref("cover").
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.From("portrait_of", Person.Type).Ref("photo").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the Media: /media/... finds the Media of the file asked for
// by its url, on every request, to tell whether the caller may have it.
// A url is not unique: the same bytes uploaded twice are two Media.
func (Media) Indexes() []ent.Index {
	return []ent.Index{index.Fields("url")}
}
