package schema

import (
	"time"

	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/newsgraph/newsgraph/ent/entgql"
)

// TimeMixin gives every type createdAt and updatedAt, both orderable.
type TimeMixin struct{ mixin.Schema }

// Fields of the TimeMixin.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").
			Default(now).
			Immutable().
			Annotations(entgql.OrderField("CREATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("updated_at").
			Default(now).
			UpdateDefault(now).
			Annotations(entgql.OrderField("UPDATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// now is UTC so that both engines store and return the same instant.
func now() time.Time { return time.Now().UTC() }

// noDate stands in for an empty time in sort columns: it sorts before every
// real date. It is not the zero time because page cursors drop zero values,
// which would lose the row's place in the order.
func noDate() time.Time { return time.Date(1, time.January, 1, 0, 0, 1, 0, time.UTC) }
