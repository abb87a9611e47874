package schema_test

import (
	"context"
	"reflect"
	"testing"

	gen "entgo.io/ent"
	"entgo.io/ent/dialect/sql/sqlgraph"
	entc "entgo.io/ent/entc/gen"
	"entgo.io/ent/schema/field"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/category"
	"github.com/newsgraph/newsgraph/ent/feedback"
	"github.com/newsgraph/newsgraph/ent/organization"
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

// tree is a type that forms a hierarchy, as the tests below drive it.
type tree struct {
	name      string
	create    func(name string, parent ...int) int
	setParent func(id, parent int) error
	addChild  func(id, child int) error
	hasParent func(id int) bool
}

func trees(c *ent.Client) []tree {
	return []tree{
		{
			name: "organization",
			create: func(name string, parent ...int) int {
				q := c.Organization.Create().SetName(name)
				for _, p := range parent {
					q.SetParentID(p)
				}
				return q.SaveX(ctx).ID
			},
			setParent: func(id, parent int) error { return c.Organization.UpdateOneID(id).SetParentID(parent).Exec(ctx) },
			addChild:  func(id, child int) error { return c.Organization.UpdateOneID(id).AddChildIDs(child).Exec(ctx) },
			hasParent: func(id int) bool { return c.Organization.Query().Where(organization.ID(id)).QueryParent().ExistX(ctx) },
		},
		{
			name: "category",
			create: func(name string, parent ...int) int {
				q := c.Category.Create().SetName(name)
				for _, p := range parent {
					q.SetParentID(p)
				}
				return q.SaveX(ctx).ID
			},
			setParent: func(id, parent int) error { return c.Category.UpdateOneID(id).SetParentID(parent).Exec(ctx) },
			addChild:  func(id, child int) error { return c.Category.UpdateOneID(id).AddChildIDs(child).Exec(ctx) },
			hasParent: func(id int) bool { return c.Category.Query().Where(category.ID(id)).QueryParent().ExistX(ctx) },
		},
	}
}

// An organization or a category can never become its own ancestor, by a
// new parent or by new children.
func TestHierarchiesStayTrees(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		for _, tr := range trees(db.Client) {
			t.Run(tr.name, func(t *testing.T) {
				top := tr.create("Tỉnh ủy Thái Nguyên")
				mid := tr.create("Ban Tuyên giáo Tỉnh ủy", top)
				low := tr.create("Phòng Tuyên truyền", mid)
				other := tr.create("Sở Y tế")
				bad := []struct {
					name  string
					err   error
					field string
				}{
					{"own parent", tr.setParent(mid, mid), "parentID"},
					{"parent is its child", tr.setParent(top, mid), "parentID"},
					{"parent is its grandchild", tr.setParent(top, low), "parentID"},
					{"child is its parent", tr.addChild(mid, top), "addChildIDs"},
					{"child is its grandparent", tr.addChild(low, top), "addChildIDs"},
					{"child is itself", tr.addChild(low, low), "addChildIDs"},
				}
				for _, tt := range bad {
					if e, ok := apperr.As(tt.err); !ok || e.Code != apperr.BadUserInput || e.Field != tt.field {
						t.Errorf("%s: err = %v, want BAD_USER_INPUT on %s", tt.name, tt.err, tt.field)
					}
				}
				if tr.hasParent(top) {
					t.Error("a refused change was written")
				}
				// Moves that keep a tree are fine.
				for _, err := range []error{tr.setParent(low, top), tr.setParent(mid, other), tr.setParent(top, other)} {
					if err != nil {
						t.Errorf("a move that keeps a tree: %v", err)
					}
				}
			})
		}
	})
}

// unknownID is in no type's range of ids, so it names no row.
const unknownID = 1 << 52

// The names entgql gives the fields of mutation inputs (see entgql/schema.go).
var (
	camel    = entc.Funcs["camel"].(func(string) string)
	pascal   = entc.Funcs["pascal"].(func(string) string)
	singular = entc.Funcs["singular"].(func(string) string)
)

// newCreate returns the create builder of type typ and its mutation, found
// by reflection on the client, so that the tests below cover a type as
// soon as it exists.
func newCreate(t *testing.T, c *ent.Client, typ string) (builder reflect.Value, m gen.Mutation) {
	t.Helper()
	types := reflect.ValueOf(c).Elem().FieldByName(typ)
	if !types.IsValid() {
		t.Fatalf("the client has no %s", typ)
	}
	builder = types.MethodByName("Create").Call(nil)[0]
	return builder, builder.MethodByName("Mutation").Call(nil)[0].Interface().(gen.Mutation)
}

// save saves a create builder and returns its error.
func save(ctx context.Context, builder reflect.Value) error {
	err, _ := builder.MethodByName("Save").Call([]reflect.Value{reflect.ValueOf(ctx)})[1].Interface().(error)
	return err
}

// Every edge of every type, set on create to an id that names no row, is
// refused as BAD_USER_INPUT naming the input field that sets it, before
// any foreign key sees it. The edges come from the schema graph: a type
// without the EdgeMixin, or a new edge it does not check, fails here.
func TestEveryEdgeChecksItsIDs(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := auth.System(ctx)
		n := 0
		for _, node := range ent.SchemaGraph().Nodes {
			for name, e := range node.Edges {
				n++
				t.Run(node.Type+"."+name, func(t *testing.T) {
					builder, m := newCreate(t, db.Client, node.Type)
					method, field := "Add"+pascal(singular(name))+"IDs", camel(singular(name))+"IDs"
					if e.Spec.Rel == sqlgraph.M2O || e.Spec.Rel == sqlgraph.O2O {
						method, field = "Set"+pascal(name)+"ID", camel(name)+"ID"
					}
					add := reflect.ValueOf(m).MethodByName(method)
					if !add.IsValid() {
						t.Fatalf("%sMutation has no %s", node.Type, method)
					}
					add.Call([]reflect.Value{reflect.ValueOf(unknownID)})
					err := save(ctx, builder)
					if e, ok := apperr.As(err); !ok || e.Code != apperr.BadUserInput || e.Field != field {
						t.Errorf("err = %v, want BAD_USER_INPUT on %s", err, field)
					}
				})
			}
		}
		if n < 30 {
			t.Fatalf("only %d edges in the schema graph", n)
		}
		if got := db.Tag.Query().CountX(ctx) + db.Organization.Query().CountX(ctx); got != 0 {
			t.Errorf("refused creates wrote %d rows", got)
		}
	})
}

// Every string field of every type refuses text no engine may store, on
// both engines alike: PostgreSQL refuses a NUL where SQLite keeps it.
func TestEveryStringRefusesUnstorableText(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := auth.System(ctx)
		n := 0
		for _, node := range ent.SchemaGraph().Nodes {
			for name, f := range node.Fields {
				if f.Type != field.TypeString {
					continue
				}
				for _, bad := range []string{"Hội\x00nghị", "H\xf4i ngh\xec"} {
					n++
					builder, m := newCreate(t, db.Client, node.Type)
					if err := m.SetField(name, bad); err != nil {
						t.Fatalf("%s.%s: %v", node.Type, name, err)
					}
					err := save(ctx, builder)
					if e, ok := apperr.As(err); !ok || e.Code != apperr.BadUserInput || e.Field != camel(name) {
						t.Errorf("%s.%s = %q: err = %v, want BAD_USER_INPUT on %s", node.Type, name, bad, err, camel(name))
					}
				}
			}
		}
		if n < 40 {
			t.Fatalf("only %d string fields in the schema graph", n/2)
		}
	})
}

// An edge the other side cannot do without is never cleared: feedback
// keeps its article, a position its person.
func TestRequiredEdgesAreKept(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := auth.System(ctx)
		c := db.Client
		a := c.Article.Create().SetTitle("Hội nghị").SaveX(ctx)
		fb := c.Feedback.Create().SetArticle(a).SetName("Lan").SetEmail("lan@example.vn").SetContent("Hay").SaveX(ctx)
		p := c.Person.Create().SetFullName("Vũ Duy Hoàng").SaveX(ctx)
		o := c.Organization.Create().SetName("Ban Tuyên giáo").SaveX(ctx)
		pos := c.Position.Create().SetTitle("Trưởng Ban").SetPerson(p).SetOrganization(o).SaveX(ctx)
		tests := []struct {
			name, field string
			err         error
		}{
			{"clear an article's feedback", "clearFeedback", c.Article.UpdateOne(a).ClearFeedback().Exec(ctx)},
			{"remove feedback from its article", "removeFeedbackIDs", c.Article.UpdateOne(a).RemoveFeedbackIDs(fb.ID).Exec(ctx)},
			{"clear a position's person", "clearPerson", c.Position.UpdateOne(pos).ClearPerson().Exec(ctx)},
		}
		for _, tt := range tests {
			if e, ok := apperr.As(tt.err); !ok || e.Code != apperr.BadUserInput || e.Field != tt.field {
				t.Errorf("%s: err = %v, want BAD_USER_INPUT on %s", tt.name, tt.err, tt.field)
			}
		}
		if got := c.Feedback.Query().Where(feedback.HasArticleWith(article.ID(a.ID))).CountX(ctx); got != 1 {
			t.Errorf("the article has %d feedback, want 1", got)
		}
		// Setting another is a change of person, not a loss.
		other := c.Person.Create().SetFullName("Nguyễn Văn A").SaveX(ctx)
		c.Position.UpdateOne(pos).SetPerson(other).ExecX(ctx)
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
