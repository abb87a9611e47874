package schema

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/schema/mixin"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// TextMixin stores every string a mutation sets in Unicode NFC, so that
// "Hoàng" typed precomposed and decomposed is one name.
type TextMixin struct{ mixin.Schema }

// Hooks of the TextMixin.
func (TextMixin) Hooks() []ent.Hook {
	return []ent.Hook{
		func(next ent.Mutator) ent.Mutator {
			return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
				for _, name := range m.Fields() {
					v, _ := m.Field(name)
					if s, ok := v.(string); ok {
						if n := textvi.NFC(s); n != s {
							if err := m.SetField(name, n); err != nil {
								return nil, err
							}
						}
					}
				}
				return next.Mutate(ctx, m)
			})
		},
	}
}
