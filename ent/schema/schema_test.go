package schema_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/ent/schema"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

var ctx = auth.System(context.Background()) // tests set up their data as the system

// Slugs are derived from the title or name when not given, unique per type
// with a numeric suffix, and independent between types.
func TestSlugs(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		tests := []struct {
			title, slug, want string
		}{
			{"Hội nghị sơ kết", "", "hoi-nghi-so-ket"},
			{"Hội nghị sơ kết", "", "hoi-nghi-so-ket-2"},
			{"HỘI NGHỊ SƠ KẾT", "", "hoi-nghi-so-ket-3"},
			{"Hội nghị sơ kết công tác tuyên giáo", "", "hoi-nghi-so-ket-cong-tac-tuyen-giao"},
			{"Tên bất kỳ", "duong-dan-rieng", "duong-dan-rieng"},
			{"北京", "", "article"},
			{"上海", "", "article-2"},
		}
		for _, tt := range tests {
			q := c.Article.Create().SetTitle(tt.title)
			if tt.slug != "" {
				q.SetSlug(tt.slug)
			}
			a, err := q.Save(ctx)
			if err != nil {
				t.Fatalf("create %q: %v", tt.title, err)
			}
			if a.Slug != tt.want {
				t.Errorf("slug of %q = %q, want %q", tt.title, a.Slug, tt.want)
			}
		}
		// Another type may use the same slug.
		if p := c.Person.Create().SetFullName("Hội nghị sơ kết").SaveX(ctx); p.Slug != "hoi-nghi-so-ket" {
			t.Errorf("person slug = %q", p.Slug)
		}
		// A name is stored in NFC whatever form it was typed in.
		if p := c.Person.Create().SetFullName("Vu\u0303 Duy Hoa\u0300ng").SaveX(ctx); p.FullName != "Vũ Duy Hoàng" || p.Slug != "vu-duy-hoang" {
			t.Errorf("decomposed name stored as %q (%q)", p.FullName, p.Slug)
		}
	})
}

func TestSlugRejectsWhatIsNotASlug(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		for _, slug := range []string{"Hoa Sen", "hội-nghị", "a--b", "-a", "a_b"} {
			_, err := db.Article.Create().SetTitle("Tin").SetSlug(slug).Save(ctx)
			if err == nil {
				t.Errorf("slug %q accepted", slug)
			}
		}
		db.Article.Create().SetTitle("Tin").SetSlug("tin").ExecX(ctx)
		if err := db.Article.Create().SetTitle("Tin khác").SetSlug("tin").Exec(ctx); err == nil {
			t.Error("an explicit slug that is taken was accepted")
		}
	})
}

// An organization can never become its own ancestor, by a new parent or by
// new children.
func TestOrganizationHierarchyStaysATree(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		province := c.Organization.Create().SetName("Tỉnh ủy Thái Nguyên").SaveX(ctx)
		board := c.Organization.Create().SetName("Ban Tuyên giáo Tỉnh ủy").SetParent(province).SaveX(ctx)
		unit := c.Organization.Create().SetName("Phòng Tuyên truyền").SetParent(board).SaveX(ctx)
		other := c.Organization.Create().SetName("Sở Y tế").SaveX(ctx)

		bad := []struct {
			name string
			do   func() error
		}{
			{"own parent", func() error { return c.Organization.UpdateOne(board).SetParent(board).Exec(ctx) }},
			{"parent is its child", func() error { return c.Organization.UpdateOne(province).SetParent(board).Exec(ctx) }},
			{"parent is its grandchild", func() error { return c.Organization.UpdateOne(province).SetParent(unit).Exec(ctx) }},
			{"child is its parent", func() error { return c.Organization.UpdateOne(board).AddChildren(province).Exec(ctx) }},
			{"child is itself", func() error { return c.Organization.UpdateOne(unit).AddChildIDs(unit.ID).Exec(ctx) }},
		}
		for _, tt := range bad {
			err := tt.do()
			if apperr.Code(err) != apperr.BadUserInput {
				t.Errorf("%s: err = %v, want BAD_USER_INPUT", tt.name, err)
			}
		}
		if p := c.Organization.GetX(ctx, province.ID); c.Organization.QueryParent(p).ExistX(ctx) {
			t.Error("a refused change was written")
		}
		// Moves that keep a tree are fine.
		c.Organization.UpdateOne(unit).SetParent(province).ExecX(ctx)
		c.Organization.UpdateOne(board).SetParent(other).ExecX(ctx)
		c.Organization.UpdateOne(province).SetParent(other).ExecX(ctx)
	})
}

// Under DeferRevisions an article save keeps its revision pending until
// Write, which writes the revisions of a whole bulk create at once, each
// the snapshot of its article.
func TestDeferRevisions(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx, pending := schema.DeferRevisions(auth.System(ctx))
		tx, err := db.Tx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		arts, err := tx.Article.CreateBulk(
			tx.Article.Create().SetTitle("Hội nghị sơ kết"),
			tx.Article.Create().SetTitle("Bằng khen").SetSummary("Tóm tắt"),
		).Save(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n := tx.Revision.Query().CountX(ctx); n != 0 {
			t.Fatalf("%d revisions written before Write, want 0", n)
		}
		if err := pending.Write(ctx, tx.Client()); err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			revs := a.QueryRevisions().AllX(ctx)
			if len(revs) != 1 || revs[0].Title != a.Title || revs[0].Summary != a.Summary || revs[0].Version != 1 {
				t.Errorf("article %q: revisions %+v, want one snapshot of version 1", a.Title, revs)
			}
		}
		if err := pending.Write(ctx, tx.Client()); err != nil {
			t.Fatal(err)
		}
		if n := tx.Revision.Query().CountX(ctx); n != 2 {
			t.Errorf("%d revisions after a second Write, want 2", n)
		}
	})
}
