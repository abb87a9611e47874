package graph_test

import (
	"fmt"
	"maps"
	"strings"
	"sync"
	"testing"

	entc "entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// The tests in this file walk the GraphQL schema for the mutations that
// take one of entgql's inputs, createX(input:) and updateX(id:, input:),
// and check the model's invariants on every field of every one of them:
// a new type, edge or field is covered without anyone listing it here.

// inputMutation is a Mutation field that takes an entgql input object.
type inputMutation struct {
	field  *ast.FieldDefinition
	input  *ast.Definition // CreateArticleInput
	create bool
	typ    string // the ent type it writes: Article
}

// inputMutations returns the schema and every Mutation field of it that
// takes a Create…Input or an Update…Input.
func inputMutations(t *testing.T) (*ast.Schema, []inputMutation) {
	t.Helper()
	s := graph.NewSchema(nil, graph.WithoutCompiledQueries()).Schema()
	var out []inputMutation
	for _, f := range s.Mutation.Fields {
		arg := f.Arguments.ForName("input")
		if arg == nil {
			continue
		}
		name := arg.Type.Name()
		if !strings.HasSuffix(name, "Input") || !strings.HasPrefix(name, "Create") && !strings.HasPrefix(name, "Update") {
			continue
		}
		out = append(out, inputMutation{
			field:  f,
			input:  s.Types[name],
			create: strings.HasPrefix(name, "Create"),
			typ:    strings.TrimSuffix(name[len("Create"):], "Input"),
		})
	}
	if len(out) < 14 {
		t.Fatalf("only %d create and update mutations in the schema", len(out))
	}
	return s, out
}

// The names entgql gives the fields of mutation inputs (see entgql/schema.go).
var (
	camel    = entc.Funcs["camel"].(func(string) string)
	pascal   = entc.Funcs["pascal"].(func(string) string)
	singular = entc.Funcs["singular"].(func(string) string)
)

// targetOf returns the type of the rows an ID field of typ's inputs names,
// from the edge behind it in ent's schema graph.
func targetOf(t *testing.T, typ, field string) string {
	t.Helper()
	for _, node := range ent.SchemaGraph().Nodes {
		if node.Type != typ {
			continue
		}
		for name, e := range node.Edges {
			s := pascal(singular(name))
			for _, f := range []string{camel(name) + "ID", camel(singular(name)) + "IDs", "add" + s + "IDs", "remove" + s + "IDs"} {
				if f == field {
					return e.To.Type
				}
			}
		}
	}
	t.Fatalf("no edge of %s behind the input field %s", typ, field)
	return ""
}

// writer runs input mutations as an editor with the least valid arguments,
// built from the schema: required strings "x", the first enum value, and
// for a required ID a new row of the type it names.
type writer struct {
	api    *api
	schema *ast.Schema
	muts   []inputMutation
	rows   map[string]string // a row of each type, made on first use
}

func newWriter(t *testing.T, db *database.DB) *writer {
	s, muts := inputMutations(t)
	return &writer{api: newAPIAs(db.Client, auth.Editor), schema: s, muts: muts, rows: map[string]string{}}
}

// mutation returns typ's create or update mutation.
func (w *writer) mutation(typ string, create bool) (inputMutation, bool) {
	for _, m := range w.muts {
		if m.typ == typ && m.create == create {
			return m, true
		}
	}
	return inputMutation{}, false
}

// row returns the id of a row of typ, the same one every time.
func (w *writer) row(t *testing.T, typ string) string {
	t.Helper()
	if w.rows[typ] == "" {
		w.rows[typ] = w.fresh(t, typ)
	}
	return w.rows[typ]
}

// fresh creates a row of typ and returns its id.
func (w *writer) fresh(t *testing.T, typ string) string {
	t.Helper()
	m, ok := w.mutation(typ, true)
	if !ok {
		t.Fatalf("no create mutation for %s", typ)
	}
	var out map[string]struct{ ID string }
	if errs := w.run(t, m, "", nil, "id", &out); len(errs) > 0 {
		t.Fatalf("create %s: %+v", typ, errs)
	}
	return out[m.field.Name].ID
}

// complete returns input with a value for every required field of m's
// input it lacks.
func (w *writer) complete(t *testing.T, m inputMutation, input map[string]any) map[string]any {
	t.Helper()
	full := maps.Clone(input)
	if full == nil {
		full = map[string]any{}
	}
	for _, f := range m.input.Fields {
		if _, ok := full[f.Name]; !ok && f.Type.NonNull && f.DefaultValue == nil {
			full[f.Name] = w.value(t, m.typ, f)
		}
	}
	return full
}

// value returns a valid value for field f of an input of typ.
func (w *writer) value(t *testing.T, typ string, f *ast.FieldDefinition) any {
	t.Helper()
	var v any
	switch name := f.Type.Name(); name {
	case "String":
		v = "x"
	case "Int":
		v = 2023 // a plausible year
	case "Boolean":
		v = false
	case "Time":
		v = "2024-07-03T00:00:00Z"
	case "ID":
		v = w.row(t, targetOf(t, typ, f.Name))
	default:
		if def := w.schema.Types[name]; def != nil && def.Kind == ast.Enum {
			v = def.EnumValues[0].Name
		} else {
			t.Fatalf("no value for %s.%s of type %s", typ, f.Name, name)
		}
	}
	if f.Type.Elem != nil {
		return []any{v}
	}
	return v
}

// run calls m with input, on the row id for an update (a new row when id
// is empty), selecting sel into out. A create's input gets the required
// fields it does not set.
func (w *writer) run(t *testing.T, m inputMutation, id string, input map[string]any, sel string, out any) []gqlError {
	t.Helper()
	var params, args []string
	vars := map[string]any{}
	for _, a := range m.field.Arguments {
		params = append(params, fmt.Sprintf("$%s: %s", a.Name, a.Type.String()))
		args = append(args, fmt.Sprintf("%s: $%s", a.Name, a.Name))
		switch {
		case a.Name == "input" && m.create:
			vars[a.Name] = w.complete(t, m, input)
		case a.Name == "input":
			vars[a.Name] = input
		case a.Name == "id":
			if id == "" {
				id = w.fresh(t, m.typ)
			}
			vars[a.Name] = id
		case a.Name == "expectedVersion":
			var v struct{ Node struct{ Version int } }
			w.api.mustDo(t, `query($id: ID!) { node(id: $id) { ... on Article { version } } }`, map[string]any{"id": id}, &v)
			vars[a.Name] = v.Node.Version
		case a.Type.NonNull:
			t.Fatalf("%s: no value for argument %s", m.field.Name, a.Name)
		}
	}
	q := fmt.Sprintf("mutation(%s) { %s(%s) { %s } }", strings.Join(params, ", "), m.field.Name, strings.Join(args, ", "), sel)
	return w.api.do(t, q, vars, out)
}

// wantInvalid asserts that errs is one BAD_USER_INPUT naming field.
func wantInvalid(t *testing.T, errs []gqlError, field string) {
	t.Helper()
	if len(errs) != 1 || errs[0].code() != "BAD_USER_INPUT" || errs[0].Extensions["field"] != field {
		t.Errorf("want BAD_USER_INPUT on %s, got %+v", field, errs)
	}
}

// Every ID field of every create and update input refuses an id that names
// no row, and one that names a row of another type, as BAD_USER_INPUT
// naming the field (docs/editing.md), never CONFLICT or INTERNAL.
func TestEveryInputIDIsChecked(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		w := newWriter(t, db)
		n := 0
		for _, m := range w.muts {
			for _, f := range m.input.Fields {
				if f.Type.Name() != "ID" {
					continue
				}
				n++
				target := targetOf(t, m.typ, f.Name)
				other := "Tag"
				if target == other {
					other = "Person"
				}
				for _, c := range []struct{ name, id string }{
					{"unknown", "4503599627370496"}, // 1<<52: in no type's range of ids
					{"a " + other, w.row(t, other)},
				} {
					t.Run(m.field.Name+"."+f.Name+"/"+c.name, func(t *testing.T) {
						var v any = c.id
						if f.Type.Elem != nil {
							v = []any{c.id}
						}
						id := ""
						if !m.create {
							id = w.row(t, m.typ) // refused changes leave it as it was
						}
						wantInvalid(t, w.run(t, m, id, map[string]any{f.Name: v}, "id", nil), f.Name)
					})
				}
			}
		}
		if n < 40 {
			t.Errorf("only %d ID fields in the inputs", n)
		}
	})
}

// Every string field of every create and update input refuses a NUL
// character as BAD_USER_INPUT naming the field, on both engines alike
// (PostgreSQL cannot store one; SQLite would).
func TestEveryInputStringRefusesNUL(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		w := newWriter(t, db)
		n := 0
		for _, m := range w.muts {
			for _, f := range m.input.Fields {
				if f.Type.Name() != "String" || f.Type.Elem != nil {
					continue
				}
				n++
				t.Run(m.field.Name+"."+f.Name, func(t *testing.T) {
					id := ""
					if !m.create {
						id = w.row(t, m.typ)
					}
					wantInvalid(t, w.run(t, m, id, map[string]any{f.Name: "Hội nghị\x00sơ kết"}, "id", nil), f.Name)
				})
			}
		}
		if n < 20 {
			t.Errorf("only %d string fields in the inputs", n)
		}
		// The same holds for the other mutations that store text.
		admin := newAPIAs(db.Client, auth.Admin)
		errs := admin.do(t, `mutation { createApiToken(name: "desk\u0000Lan", role: EDITOR) { secret } }`, nil, nil)
		wantInvalid(t, errs, "name")
	})
}

// Clearing an edge either succeeds or is BAD_USER_INPUT naming the field,
// never INTERNAL: an edge the other side requires (an article's feedback)
// cannot be cleared or have rows removed; they are deleted instead.
func TestClearingEdges(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		w := newWriter(t, db)
		for _, m := range w.muts {
			if m.create {
				continue
			}
			for _, f := range m.input.Fields {
				if !strings.HasPrefix(f.Name, "clear") || f.Type.Name() != "Boolean" {
					continue
				}
				t.Run(m.field.Name+"."+f.Name, func(t *testing.T) {
					errs := w.run(t, m, "", map[string]any{f.Name: true}, "id", nil)
					if len(errs) > 0 && (errs[0].code() != "BAD_USER_INPUT" || errs[0].Extensions["field"] != f.Name) {
						t.Errorf("want success or BAD_USER_INPUT on %s, got %+v", f.Name, errs)
					}
				})
			}
		}

		article := w.fresh(t, "Article")
		fb := db.Feedback.Create().SetArticleID(mustAtoi(t, article)).SetName("Lan").SetEmail("lan@example.vn").SetContent("Bài hay").SaveX(auth.System(ctx))
		// The API's article inputs have no feedback fields; the model refuses
		// the same on every other path.
		sys := auth.System(ctx)
		for name, err := range map[string]error{
			"clearFeedback":     db.Article.UpdateOneID(mustAtoi(t, article)).ClearFeedback().Exec(sys),
			"removeFeedbackIDs": db.Article.UpdateOneID(mustAtoi(t, article)).RemoveFeedbackIDs(fb.ID).Exec(sys),
		} {
			if e, ok := apperr.As(err); !ok || e.Code != apperr.BadUserInput || e.Field != name {
				t.Errorf("%s: got %v, want BAD_USER_INPUT on %s", name, err, name)
			}
		}
		if got, err := fb.QueryArticle().OnlyID(auth.System(ctx)); err != nil || fmt.Sprint(got) != article {
			t.Errorf("the feedback's article is %v (%v), want %s", got, err, article)
		}
	})
}

// Every type whose inputs set a parent of its own type stays a tree: no
// row becomes its own ancestor, by a new parent or by new children.
func TestHierarchiesStayTrees(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		w := newWriter(t, db)
		n := 0
		for _, update := range w.muts {
			if update.create || update.input.Fields.ForName("parentID") == nil || targetOf(t, update.typ, "parentID") != update.typ {
				continue
			}
			n++
			create, _ := w.mutation(update.typ, true)
			t.Run(update.typ, func(t *testing.T) {
				child := func(parent string) string {
					var out map[string]struct{ ID string }
					if errs := w.run(t, create, "", map[string]any{"parentID": parent}, "id", &out); len(errs) > 0 {
						t.Fatalf("create under %s: %+v", parent, errs)
					}
					return out[create.field.Name].ID
				}
				top := w.fresh(t, update.typ)
				mid := child(top)
				low := child(mid)
				refused := []struct {
					name, id string
					input    map[string]any
					field    string
				}{
					{"own parent", top, map[string]any{"parentID": top}, "parentID"},
					{"parent is its child", top, map[string]any{"parentID": mid}, "parentID"},
					{"parent is its grandchild", top, map[string]any{"parentID": low}, "parentID"},
					{"child is its parent", mid, map[string]any{"addChildIDs": []any{top}}, "addChildIDs"},
					{"child is its grandparent", low, map[string]any{"addChildIDs": []any{top}}, "addChildIDs"},
					{"child is itself", low, map[string]any{"addChildIDs": []any{low}}, "addChildIDs"},
				}
				for _, c := range refused {
					t.Run(c.name, func(t *testing.T) {
						wantInvalid(t, w.run(t, update, c.id, c.input, "id", nil), c.field)
					})
				}
				t.Run("new row with its ancestor as child", func(t *testing.T) {
					wantInvalid(t, w.run(t, create, "", map[string]any{"parentID": low, "childIDs": []any{top}}, "id", nil), "childIDs")
				})
				// Moves that keep a tree are fine, and what they build is
				// then checked like the rest.
				for _, c := range []struct {
					id    string
					input map[string]any
				}{
					{low, map[string]any{"parentID": top}},                                // top ← mid, top ← low
					{mid, map[string]any{"parentID": low}},                                // top ← low ← mid
					{low, map[string]any{"clearParent": true, "addChildIDs": []any{top}}}, // low ← top, low ← mid
				} {
					if errs := w.run(t, update, c.id, c.input, "id", nil); len(errs) > 0 {
						t.Errorf("%v on %s: %+v", c.input, c.id, errs)
					}
				}
				wantInvalid(t, w.run(t, update, low, map[string]any{"parentID": mid}, "id", nil), "parentID")
			})
		}
		if n < 2 {
			t.Errorf("only %d hierarchies in the inputs, want organizations and categories", n)
		}
	})
}

// Concurrent creates with one title all succeed, each with its own slug,
// for every type with a slug, on both engines: the slug is chosen and
// written by one writer at a time.
func TestConcurrentCreatesTakeDistinctSlugs(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		w := newWriter(t, db)
		for _, m := range w.muts {
			if !m.create || m.input.Fields.ForName("slug") == nil {
				continue
			}
			t.Run(m.typ, func(t *testing.T) {
				input := w.complete(t, m, nil)
				for name, v := range input {
					if _, ok := v.(string); ok && m.input.Fields.ForName(name).Type.Name() == "String" {
						input[name] = "Hội nghị sơ kết"
					}
				}
				const creates, clients = 200, 32
				todo := make(chan int, creates)
				for i := range creates {
					todo <- i
				}
				close(todo)
				slugs := make([]string, creates)
				failures := make([][]gqlError, creates)
				var wg sync.WaitGroup
				for range clients {
					wg.Go(func() {
						for i := range todo {
							var out map[string]struct{ Slug string }
							failures[i] = w.run(t, m, "", input, "slug", &out)
							slugs[i] = out[m.field.Name].Slug
						}
					})
				}
				wg.Wait()
				seen := map[string]bool{}
				for i, s := range slugs {
					if len(failures[i]) > 0 {
						t.Fatalf("create %d of %d failed: %+v", i, creates, failures[i])
					}
					if seen[s] {
						t.Fatalf("slug %q given twice", s)
					}
					seen[s] = true
				}
				if !seen["hoi-nghi-so-ket"] || !seen[fmt.Sprintf("hoi-nghi-so-ket-%d", creates)] {
					t.Errorf("slugs are not hoi-nghi-so-ket to hoi-nghi-so-ket-%d", creates)
				}
			})
		}
	})
}
