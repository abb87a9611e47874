package synthetic_test

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/synthetic"
	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/textvi"
)

// Two loads of the same scale write the same rows, with the counts of the
// scale, valid unique slugs, published_sort mirroring published_at and IDs
// in each type's own range, on either engine: one with one writer, one
// with two batches of articles written at once (as `newsgraph seed` does on
// PostgreSQL), whose IDs may interleave, so the rows are compared by slug.
func TestLoadIsDeterministic(t *testing.T) {
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) { testLoadIsDeterministic(t, e) })
	}
}

func testLoadIsDeterministic(t *testing.T, e testdb.Engine) {
	ctx := context.Background()
	var titles [2][]string
	for i := range titles {
		db := e.Open(t)
		n, err := synthetic.Load(ctx, db.Client, 0.006, 1+2*i, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := (synthetic.Counts{Organizations: 12, People: 120, Articles: 600, Awards: 300}); n != want {
			t.Fatalf("counts = %+v, want %+v", n, want)
		}
		arts := db.Article.Query().Order(article.BySlug()).AllX(auth.System(ctx)) // drafts included
		if len(arts) != n.Articles {
			t.Fatalf("%d articles written, want %d", len(arts), n.Articles)
		}
		slugs := map[string]bool{}
		for _, a := range arts {
			titles[i] = append(titles[i], a.Title)
			if !textvi.ValidSlug(a.Slug) || slugs[a.Slug] {
				t.Fatalf("slug %q is not valid or not unique", a.Slug)
			}
			slugs[a.Slug] = true
			if a.PublishedAt != nil && !a.PublishedSort.Equal(*a.PublishedAt) {
				t.Fatalf("article %d: published_sort %v, published_at %v", a.ID, a.PublishedSort, *a.PublishedAt)
			}
		}
		// Global IDs: each type in its own 1<<32 range, so node(id:) finds it.
		award := db.Award.Query().FirstX(ctx)
		if node, err := db.Noder(ctx, award.ID); err != nil {
			t.Fatalf("node(%d): %v", award.ID, err)
		} else if _, ok := node.(*ent.Award); !ok {
			t.Fatalf("node(%d) is a %T, want an award", award.ID, node)
		}
	}
	if !slices.Equal(titles[0], titles[1]) {
		t.Fatal("two loads of the same scale wrote different articles")
	}
}
