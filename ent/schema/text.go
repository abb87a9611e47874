package schema

import (
	"context"
	"strings"
	"unicode/utf8"

	"entgo.io/ent"
	"entgo.io/ent/schema/mixin"

	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/textvi"
)

// TextMixin checks every string a mutation sets and stores it in Unicode
// NFC, so that "Hoàng" typed precomposed and decomposed is one name. A
// string that one of the engines cannot store as text (invalid UTF-8, or a
// NUL character, which PostgreSQL refuses and SQLite would keep) is
// BAD_USER_INPUT naming the field, on both engines alike.
type TextMixin struct{ mixin.Schema }

// Hooks of the TextMixin.
func (TextMixin) Hooks() []ent.Hook {
	return []ent.Hook{
		func(next ent.Mutator) ent.Mutator {
			return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
				for _, name := range m.Fields() {
					v, _ := m.Field(name)
					s, ok := v.(string)
					if !ok {
						continue
					}
					if err := storable(name, s); err != nil {
						return nil, err
					}
					if n := textvi.NFC(s); n != s {
						if err := m.SetField(name, n); err != nil {
							return nil, err
						}
					}
				}
				return next.Mutate(ctx, m)
			})
		},
	}
}

// storable refuses the text of field name that the database cannot store.
func storable(name, s string) error {
	switch {
	case !utf8.ValidString(s):
		return apperr.Invalid(camel(name), "the text is not valid UTF-8")
	case strings.IndexByte(s, 0) >= 0:
		return apperr.Invalid(camel(name), "the text contains a NUL character (U+0000), which cannot be stored")
	}
	return nil
}
