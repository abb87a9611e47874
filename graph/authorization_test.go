package graph_test

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// undeclared lists the fields of s that do not say who may call them as
// they must: every Mutation and Subscription field carries exactly one of
// @hasRole and @public, a Query field at most one, and a Query field that
// returns rows of an admin-only type (API tokens, webhook endpoints…)
// @hasRole(role: ADMIN).
func undeclared(s *ast.Schema) []string {
	var out []string
	for _, root := range []*ast.Definition{s.Mutation, s.Subscription} {
		if root == nil {
			continue
		}
		for _, f := range root.Fields {
			if _, _, err := authorization(f); err != nil {
				out = append(out, fmt.Sprintf("%s.%s %v", root.Name, f.Name, err))
			}
		}
	}
	for _, f := range s.Query.Fields {
		public, role, err := authorization(f)
		declared := len(f.Directives.ForNames("hasRole"))+len(f.Directives.ForNames("public")) > 0
		if declared && err != nil {
			out = append(out, fmt.Sprintf("Query.%s %v", f.Name, err))
		}
		if typ := adminOnlyRows(s, f.Type); typ != "" && (public || role != auth.Admin) {
			out = append(out, fmt.Sprintf("Query.%s returns %s rows without @hasRole(role: ADMIN)", f.Name, typ))
		}
	}
	return out
}

// adminOnlyRows names the admin-only type (access.AdminOnly) whose rows a
// field of type t returns: the type itself, a list of them, or a
// connection of them; "" for none.
func adminOnlyRows(s *ast.Schema, t *ast.Type) string {
	name := namedType(t)
	if edges := s.Types[name].Fields.ForName("edges"); edges != nil {
		if node := s.Types[namedType(edges.Type)].Fields.ForName("node"); node != nil {
			name = namedType(node.Type)
		}
	}
	if access.AdminOnly(name) {
		return name
	}
	return ""
}

// TestEveryMutationDeclaresWhoMayCallIt checks the schema, as the server
// runs it and as /schema.graphql publishes it: every Mutation and
// Subscription field says who may call it, once (@hasRole or @public), and
// the query fields that return rows of admin-only types are for admins.
func TestEveryMutationDeclaresWhoMayCallIt(t *testing.T) {
	published, err := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: server.SDL()})
	if err != nil {
		t.Fatalf("the published SDL does not load: %v", err)
	}
	for name, s := range map[string]*ast.Schema{"executable schema": apiSchema, "published SDL": published} {
		for _, problem := range undeclared(s) {
			t.Errorf("%s: %s", name, problem)
		}
	}
	if len(apiSchema.Mutation.Fields) == 0 || apiSchema.Subscription == nil || len(apiSchema.Subscription.Fields) == 0 {
		t.Fatal("the schema has no mutations or no subscriptions")
	}

	// The check finds a field with neither declaration and one with both,
	// a subscription as much as a mutation.
	bad, err := gqlparser.LoadSchema(&ast.Source{Name: "bad.graphql", Input: `
		directive @hasRole(role: Role!) on FIELD_DEFINITION
		directive @public on FIELD_DEFINITION
		enum Role { ADMIN EDITOR VIEWER }
		type ApiToken { name: String }
		type Query { tokens: [ApiToken!]! @hasRole(role: EDITOR) }
		type Mutation {
			neither: Int
			both: Int @hasRole(role: EDITOR) @public
			editors: Int @hasRole(role: EDITOR)
			anyone: Int @public
		}
		type Subscription {
			unguarded: Int
			watched: Int @public
			drafts: Int @hasRole(role: VIEWER)
		}`})
	if err != nil {
		t.Fatal(err)
	}
	got := undeclared(bad)
	want := []string{"Mutation.neither", "Mutation.both", "Subscription.unguarded", "Query.tokens"}
	if len(got) != len(want) {
		t.Fatalf("on a schema with %v wrong, the check reports %q", want, got)
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i], w+" ") {
			t.Errorf("report %d = %q, want one about %s", i, got[i], w)
		}
	}
}

// roleCall is one generated call of a root field.
type roleCall struct {
	name  string // Mutation.createArticle
	query string
	vars  map[string]any
	files map[string][]byte // variable paths of uploads → contents
}

// callOf builds a call of the root field f of operation op ("mutation",
// "query") with minimal well-typed values for its required arguments, ids
// taken from ids (by GraphQL type), selecting only __typename of an object.
func callOf(t *testing.T, op string, f *ast.FieldDefinition, ids map[string][]string) roleCall {
	t.Helper()
	c := roleCall{name: op + "." + f.Name, vars: map[string]any{}, files: map[string][]byte{}}
	var decls, args []string
	for _, a := range f.Arguments {
		if !required(a.Type, a.DefaultValue) {
			continue
		}
		decls = append(decls, fmt.Sprintf("$%s: %s", a.Name, a.Type))
		args = append(args, fmt.Sprintf("%s: $%s", a.Name, a.Name))
		c.vars[a.Name] = c.value(t, a.Type, "variables."+a.Name, f.Name, a.Name, ids)
	}
	sel := ""
	if k := apiSchema.Types[namedType(f.Type)].Kind; k == ast.Object || k == ast.Interface || k == ast.Union {
		sel = " { __typename }"
	}
	c.query = op
	if len(decls) > 0 {
		c.query += "(" + strings.Join(decls, ", ") + ")"
	}
	c.query += " { " + f.Name
	if len(args) > 0 {
		c.query += "(" + strings.Join(args, ", ") + ")"
	}
	c.query += sel + " }"
	return c
}

// value is a minimal value of type typ at path (for uploads), for the
// argument or input field name of field.
func (c *roleCall) value(t *testing.T, typ *ast.Type, path, field, name string, ids map[string][]string) any {
	t.Helper()
	if typ.Elem != nil {
		return []any{c.value(t, typ.Elem, path+".0", field, name, ids)}
	}
	def := apiSchema.Types[typ.NamedType]
	switch def.Kind {
	case ast.Enum:
		return def.EnumValues[0].Name
	case ast.InputObject:
		m := map[string]any{}
		for _, f := range def.Fields {
			if required(f.Type, f.DefaultValue) {
				m[f.Name] = c.value(t, f.Type, path+"."+f.Name, field, f.Name, ids)
			}
		}
		return m
	}
	switch typ.NamedType {
	case "ID":
		return idFor(ids, field, name)
	case "String":
		if strings.Contains(strings.ToLower(name), "email") {
			return "ban.doc@example.org" // so that the call gets past checking it
		}
		return "x"
	case "Int":
		return 1
	case "Float":
		return 1.0
	case "Boolean":
		return false
	case "Time":
		return time.Now().UTC().Format(time.RFC3339)
	case "Upload":
		c.files[path] = testImage(t, "png", 1, 1)
		return nil
	}
	t.Fatalf("%s(%s:) is a %s: teach roleCall.value a value of it", field, name, typ.NamedType)
	return nil
}

// idFor is the ID of a stored row for the ID argument arg of field: of
// the type arg names (articleId, personID), or for id of the type the
// field acts on (updateArticle, deleteMedia); else of any type.
func idFor(ids map[string][]string, field, arg string) string {
	for _, suffix := range []string{"IDs", "Ids", "ID", "Id"} {
		if base, ok := strings.CutSuffix(arg, suffix); ok && base != "" {
			if of := ids[strings.ToUpper(base[:1])+base[1:]]; len(of) > 0 {
				return of[0]
			}
		}
	}
	if i := strings.IndexFunc(field, unicode.IsUpper); i > 0 {
		if of := ids[field[i:]]; len(of) > 0 {
			return of[0]
		}
	}
	return ids["Article"][0]
}

// TestEveryRoleCheckHolds calls every field that declares @hasRole
// (mutations, and restricted query fields), built from the schema with
// minimal well-typed arguments naming stored rows: anonymously the answer
// is UNAUTHENTICATED, with any lesser role FORBIDDEN, and no row of any
// table (as the database lists them) nor any stored file changes. The
// required role and those above it are not refused (other errors are
// theirs to get from made-up arguments), and @public mutations are not
// refused anonymously.
func TestEveryRoleCheckHolds(t *testing.T) {
	roles := schemaRoles(t)
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		w := seedLeakWorld(t, db)
		mediaDir := t.TempDir()
		servers := map[caller]*api{anonymous: testServer(db.Client, anonymous, false, mediaDir)}
		for _, r := range roles {
			servers[r] = testServer(db.Client, r, false, mediaDir)
		}
		names := tables(t, db)
		before := snapshot(t, db, names)

		type declared struct {
			call   roleCall
			public bool
			role   auth.Role
		}
		var calls []declared
		for op, fields := range map[string]ast.FieldList{"mutation": apiSchema.Mutation.Fields, "query": apiSchema.Query.Fields} {
			for _, f := range fields {
				public, role, err := authorization(f)
				if err != nil && op == "query" {
					continue // reads are the visibility rule's (leaks_test.go)
				}
				if err != nil {
					t.Errorf("mutation %s: %v", f.Name, err)
					continue
				}
				calls = append(calls, declared{callOf(t, op, f, w.ids), public, role})
			}
		}
		slices.SortFunc(calls, func(a, b declared) int { return strings.Compare(a.call.name, b.call.name) })

		refused := 0
		for _, d := range calls {
			if d.public {
				continue
			}
			for _, who := range append([]caller{anonymous}, roles...) {
				want := "FORBIDDEN"
				switch {
				case who == anonymous:
					want = "UNAUTHENTICATED"
				case who.AtLeast(d.role):
					continue
				}
				data, errs := servers[who].send(t, d.call.query, d.call.vars, d.call.files)
				if len(errs) == 0 || errs[0].code() != want {
					t.Errorf("%s as %q: want %s, got %+v (data %s)\n%s", d.call.name, who, want, errs, data, d.call.query)
				}
				// Refused the same with malformed ids: who may call a
				// field is said before what is wrong with its arguments.
				if bad, ok := malformIDs(d.call.vars).(map[string]any); ok && !reflect.DeepEqual(bad, d.call.vars) {
					_, errs := servers[who].send(t, d.call.query, bad, d.call.files)
					if len(errs) == 0 || errs[0].code() != want {
						t.Errorf("%s as %q with malformed ids: want %s, got %+v", d.call.name, who, want, errs)
					}
				}
				if changed := changedTables(before, snapshot(t, db, names)); len(changed) > 0 {
					t.Fatalf("%s as %q was refused and still changed %v", d.call.name, who, changed)
				}
				refused++
			}
		}
		if files, _ := os.ReadDir(mediaDir); len(files) > 0 {
			t.Errorf("refused calls stored files: %v", files)
		}

		// Those allowed are not refused. These calls write, so they come
		// after every refusal has been checked against the seed, deletions
		// last so that the others find their rows.
		slices.SortStableFunc(calls, func(a, b declared) int {
			return compareBool(strings.HasPrefix(a.call.name, "mutation.delete"), strings.HasPrefix(b.call.name, "mutation.delete"))
		})
		allowed := 0
		for _, d := range calls {
			whos := []caller{anonymous}
			if !d.public {
				whos = nil
				for _, r := range roles {
					if r.AtLeast(d.role) {
						whos = append(whos, r)
					}
				}
			}
			for _, who := range whos {
				_, errs := servers[who].send(t, d.call.query, d.call.vars, d.call.files)
				for _, e := range errs {
					if c := e.code(); c == "UNAUTHENTICATED" || c == "FORBIDDEN" {
						t.Errorf("%s as %q is refused: %+v", d.call.name, who, e)
					}
				}
				if len(errs) == 0 {
					allowed++
				}
			}
		}
		// The snapshot sees writes: those of the allowed calls.
		changed := changedTables(before, snapshot(t, db, names))
		if len(changed) == 0 {
			t.Error("the allowed calls changed no table the snapshot reads")
		}
		t.Logf("%d fields, %d refused calls; %d allowed calls succeeded, changing %d of %d tables",
			len(calls), refused, allowed, len(changed), len(names))
	})
}

// compareBool orders false before true.
func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// malformIDs copies v with every string of digits (the ids callOf gives)
// replaced by one that is no id.
func malformIDs(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = malformIDs(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = malformIDs(x)
		}
		return out
	case string:
		if _, err := strconv.Atoi(v); err == nil {
			return "not-an-id"
		}
	}
	return v
}
