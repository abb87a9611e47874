package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
)

// Media is an image stored by newsgraph or referenced by URL.
type Media struct{ ent.Schema }

// Mixin of the Media.
func (Media) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, TextMixin{}, EdgeMixin{}}
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
