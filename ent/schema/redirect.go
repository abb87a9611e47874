package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/newsgraph/newsgraph/ent/entgql"
)

// Redirect is what a merged person or organization leaves behind
// (internal/merge): its old id and slug, and the id of the one it was
// merged into, so that links made before the merge (person(slug:),
// node(id:)) still answer. Lookups consult it only on a miss: a live
// entity that takes the old slug later wins over the redirect. When the
// kept entity is merged in turn, its redirects are moved on to the next
// one, so a redirect never points at a redirect.
type Redirect struct{ ent.Schema }

// Mixin of the Redirect.
func (Redirect) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}}
}

// Fields of the Redirect. Plain ids, not edges: the old entity is gone, and
// ids are unique across types.
func (Redirect) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("node_type").
			Values("Person", "Organization").
			Immutable(),
		field.Int("from_id").
			Unique().Immutable().
			Comment("The merged entity's id."),
		field.String("from_slug").
			MaxLen(200).Immutable().
			Comment("The merged entity's slug."),
		field.Int("to_id").
			Comment("The id of the entity it was merged into."),
	}
}

// Indexes of the Redirect: lookups by old slug, and the redirects to move on
// when the kept entity is merged in turn.
func (Redirect) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("node_type", "from_slug").Unique(),
		index.Fields("to_id"),
	}
}

// Annotations of the Redirect: bookkeeping, not in the API.
func (Redirect) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
