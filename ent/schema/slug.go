package schema

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	gen "github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/category"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/person"
	"github.com/newsgraph/newsgraph/ent/privacy"
	"github.com/newsgraph/newsgraph/ent/tag"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/textvi"
)

// SlugMixin gives a type a unique ASCII slug, derived from the Source field
// when a create leaves it empty, with a numeric suffix on collision
// ("hoi-nghi-so-ket", "hoi-nghi-so-ket-2"). A slug given explicitly is kept
// as given, so a taken one is a conflict rather than a silent rename.
type SlugMixin struct {
	mixin.Schema
	Source string // the field the slug is derived from, e.g. "title"
}

// Fields of the SlugMixin.
func (SlugMixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("slug").
			Unique().
			MaxLen(200).
			// The empty default makes the slug optional in create inputs;
			// the hook below derives one before the row is written.
			DefaultFunc(noSlug).
			Validate(func(s string) error {
				if !textvi.ValidSlug(s) {
					return apperr.Invalid("slug", "%q is not a slug: use lower-case ASCII letters and digits joined by single dashes", s)
				}
				return nil
			}),
	}
}

// Hooks of the SlugMixin.
func (m SlugMixin) Hooks() []ent.Hook {
	return []ent.Hook{
		func(next ent.Mutator) ent.Mutator {
			return ent.MutateFunc(func(ctx context.Context, mu ent.Mutation) (ent.Value, error) {
				if !mu.Op().Is(ent.OpCreate) {
					return next.Mutate(ctx, mu)
				}
				if v, ok := mu.Field("slug"); ok && v.(string) != "" {
					return next.Mutate(ctx, mu)
				}
				src, _ := mu.Field(m.Source)
				s, _ := src.(string)
				base := textvi.Slug(s)
				if base == "" {
					base = strings.ToLower(mu.Type())
				}
				if len(base) > 180 {
					base = strings.TrimRight(base[:180], "-")
				}
				// The slug must be free among all rows, drafts included,
				// whoever is asking.
				taken, err := slugsWithPrefix(privacy.DecisionContext(ctx, privacy.Allow), mu, base)
				if err != nil {
					return nil, fmt.Errorf("find slugs like %q: %w", base, err)
				}
				if err := mu.SetField("slug", freeSlug(base, taken)); err != nil {
					return nil, err
				}
				return next.Mutate(ctx, mu)
			})
		},
	}
}

// noSlug is the slug of a create that gives none: the hook derives one.
func noSlug() string { return "" }

// freeSlug returns base if it is not taken, else base-N with the smallest N ≥ 2
// that is free.
func freeSlug(base string, taken []string) string {
	used := make(map[string]bool, len(taken))
	for _, s := range taken {
		used[s] = true
	}
	if !used[base] {
		return base
	}
	for n := 2; ; n++ {
		if s := base + "-" + strconv.Itoa(n); !used[s] {
			return s
		}
	}
}

// slugsWithPrefix lists the slugs of mu's type that start with prefix.
func slugsWithPrefix(ctx context.Context, mu ent.Mutation, prefix string) ([]string, error) {
	switch mu := mu.(type) {
	case *gen.ArticleMutation:
		return mu.Client().Article.Query().Where(article.SlugHasPrefix(prefix)).Select(article.FieldSlug).Strings(ctx)
	case *gen.PersonMutation:
		return mu.Client().Person.Query().Where(person.SlugHasPrefix(prefix)).Select(person.FieldSlug).Strings(ctx)
	case *gen.OrganizationMutation:
		return mu.Client().Organization.Query().Where(organization.SlugHasPrefix(prefix)).Select(organization.FieldSlug).Strings(ctx)
	case *gen.CategoryMutation:
		return mu.Client().Category.Query().Where(category.SlugHasPrefix(prefix)).Select(category.FieldSlug).Strings(ctx)
	case *gen.TagMutation:
		return mu.Client().Tag.Query().Where(tag.SlugHasPrefix(prefix)).Select(tag.FieldSlug).Strings(ctx)
	}
	return nil, fmt.Errorf("no slug lookup for %s", mu.Type())
}
