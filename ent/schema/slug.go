package schema

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/textvi"
)

// SlugMixin gives a type a unique ASCII slug, derived from the Source field
// when a create leaves it empty, with a numeric suffix on collision
// ("hoi-nghi-so-ket", "hoi-nghi-so-ket-2"). A slug given explicitly is kept
// as given, so a taken one is a conflict rather than a silent rename.
// Writers of slugs that could collide take turns (lockUntilCommit), so
// concurrent creates with one title all succeed, on both engines.
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
				table := graphNode(mu.Type()).Table
				if v, ok := mu.Field("slug"); ok && v.(string) != "" {
					// A slug given explicitly still waits for those
					// deriving one like it, so that it is they who move
					// on to the next number, not this one that fails.
					if err := lockUntilCommit(ctx, mu.(mutation), table, slugRoot(v.(string))); err != nil {
						return nil, err
					}
					return next.Mutate(ctx, mu)
				}
				if !mu.Op().Is(ent.OpCreate) {
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
				// Creates that could choose the same slug take turns until
				// each commits, so the next one reads the slug taken
				// before it: concurrent creates with one title all succeed.
				if err := lockUntilCommit(ctx, mu.(mutation), table, slugRoot(base)); err != nil {
					return nil, err
				}
				taken, err := slugsWithPrefix(ctx, mu.(mutation), table, base)
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

// slugRoot is s without the numeric suffixes a collision may add:
// "hoi-nghi-2" and "hoi-nghi" both have the root "hoi-nghi". Two writers
// whose slugs could collide ("Hội nghị" numbered 2, and "Hội nghị 2")
// have the same root.
func slugRoot(s string) string {
	for {
		i := strings.LastIndexByte(s, '-')
		if i <= 0 || strings.Trim(s[i+1:], "0123456789") != "" || i == len(s)-1 {
			return s
		}
		s = s[:i]
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

// slugsWithPrefix lists the slugs in table that start with prefix: of all
// rows, drafts included, whoever is asking.
func slugsWithPrefix(ctx context.Context, m mutation, table, prefix string) ([]string, error) {
	b := sql.Dialect(m.Client().Dialect())
	query, args := b.Select("slug").From(b.Table(table)).Where(sql.HasPrefix("slug", prefix)).Query()
	rows, err := m.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var slugs []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		slugs = append(slugs, s)
	}
	return slugs, rows.Err()
}
