package graph_test

// Helpers for the tests that read the API's own schema (authorization_test.go,
// leaks_test.go, status_test.go): what they cover comes from the schema, so a
// mutation, an edge or a field is covered the day it is added, without
// anyone extending a list.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"slices"
	"strconv"
	"strings"
	"testing"

	"entgo.io/ent/dialect"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
)

// apiSchema is the schema the server answers with.
var apiSchema = graph.NewSchema(nil).Schema()

// namedType is the named type at the bottom of t, lists and non-null taken off.
func namedType(t *ast.Type) string {
	for t.Elem != nil {
		t = t.Elem
	}
	return t.NamedType
}

// itemType is the type of what a field of type t yields: its named type,
// or the node type of a connection (a type with edges { node } and
// totalCount).
func itemType(t *ast.Type) (name string, connection bool) {
	name = namedType(t)
	def := apiSchema.Types[name]
	if edges := def.Fields.ForName("edges"); edges != nil && def.Fields.ForName("totalCount") != nil {
		if node := apiSchema.Types[namedType(edges.Type)].Fields.ForName("node"); node != nil {
			return namedType(node.Type), true
		}
	}
	return name, false
}

// possibleTypes are the object types a value of the named type can be.
func possibleTypes(name string) []*ast.Definition {
	def := apiSchema.Types[name]
	if def == nil {
		return nil
	}
	if def.Kind == ast.Object {
		return []*ast.Definition{def}
	}
	return apiSchema.GetPossibleTypes(def)
}

// restrictedAmong are the restricted types (internal/access) a value of
// the named type can be.
func restrictedAmong(name string) []string {
	var out []string
	for _, d := range possibleTypes(name) {
		if access.Restricted(d.Name) {
			out = append(out, d.Name)
		}
	}
	return out
}

// isNode reports whether the object type implements Node, so nodes(ids:)
// reaches it.
func isNode(def *ast.Definition) bool {
	return def.Kind == ast.Object && slices.Contains(def.Interfaces, "Node")
}

// whereOf is the where: argument of f, and the type its input filters
// (ArticleWhereInput filters Article), or nil.
func whereOf(f *ast.FieldDefinition) (arg *ast.ArgumentDefinition, filters string) {
	arg = f.Arguments.ForName("where")
	if arg == nil {
		return nil, ""
	}
	return arg, strings.TrimSuffix(namedType(arg.Type), "WhereInput")
}

// required reports whether an argument or input field must be given.
func required(t *ast.Type, def *ast.Value) bool { return t.NonNull && def == nil }

// authorization reads f's declaration of who may call it: @public, or
// @hasRole(role:) with a role of the schema's Role enum. A field with
// neither, with both, or with one twice is an error.
func authorization(f *ast.FieldDefinition) (public bool, role auth.Role, err error) {
	has, pub := f.Directives.ForNames("hasRole"), f.Directives.ForNames("public")
	switch n := len(has) + len(pub); {
	case n == 0:
		return false, "", fmt.Errorf("declares neither @hasRole nor @public")
	case n > 1:
		return false, "", fmt.Errorf("declares %d of @hasRole and @public; exactly one is allowed", n)
	case len(pub) == 1:
		return true, "", nil
	}
	arg := has[0].Arguments.ForName("role")
	if arg == nil || arg.Value == nil {
		return false, "", fmt.Errorf("@hasRole without a role")
	}
	role = auth.Role(arg.Value.Raw)
	if !role.AtLeast(role) {
		return false, "", fmt.Errorf("@hasRole(role: %s) names no role internal/auth knows", role)
	}
	return false, role, nil
}

// schemaRoles are the roles of the schema's Role enum, least first.
func schemaRoles(t *testing.T) []auth.Role {
	t.Helper()
	var roles []auth.Role
	for _, v := range apiSchema.Types["Role"].EnumValues {
		r := auth.Role(v.Name)
		if !r.AtLeast(r) {
			t.Fatalf("Role %s of the schema is no role internal/auth knows", r)
		}
		roles = append(roles, r)
	}
	slices.SortFunc(roles, func(a, b auth.Role) int {
		switch {
		case a == b:
			return 0
		case b.AtLeast(a):
			return -1
		}
		return 1
	})
	return roles
}

// caller is who a request comes from: "" is anonymous.
type caller = auth.Role

const anonymous caller = ""

// testServer is the API for role (anonymous for ""), with uploads stored
// in mediaDir when it is not empty, and limits high enough for the long
// generated operations.
func testServer(client *ent.Client, role caller, interpreted bool, mediaDir string) *api {
	opts := server.Options{
		Limits: server.Limits{MaxComplexity: 1 << 30, MaxAliases: 10000, MaxTokens: 1 << 20, MaxBodyBytes: 16 << 20,
			MaxFields: 1 << 20, MaxFieldRepeats: 1 << 20, MaxInputFields: 1 << 20},
		InterpretedQueries: interpreted,
		MediaDir:           mediaDir,
	}
	if role != anonymous {
		c := &auth.Caller{TokenID: 1, Name: "test " + string(role), Role: role}
		opts.Authenticate = func(context.Context, string) (*auth.Caller, error) { return c, nil }
	}
	return &api{h: server.New(client, opts)}
}

// send posts query with vars as JSON, or, when files maps variable paths
// ("variables.file") to contents, as a GraphQL multipart request. It
// returns the raw data and the errors.
func (a *api) send(t *testing.T, query string, vars map[string]any, files map[string][]byte) (json.RawMessage, []gqlError) {
	t.Helper()
	var body bytes.Buffer
	contentType := "application/json"
	ops, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		body.Write(ops)
	} else {
		w := multipart.NewWriter(&body)
		w.WriteField("operations", string(ops))
		m := map[string][]string{}
		var parts []string
		for path := range files {
			parts = append(parts, path)
		}
		slices.Sort(parts)
		for i, path := range parts {
			m[fmt.Sprint(i)] = []string{path}
		}
		mj, _ := json.Marshal(m)
		w.WriteField("map", string(mj))
		for i, path := range parts {
			fw, err := w.CreateFormFile(fmt.Sprint(i), "file.png")
			if err != nil {
				t.Fatal(err)
			}
			fw.Write(files[path])
		}
		w.Close()
		contentType = w.FormDataContentType()
	}
	_, data, errs := a.roundTrip(t, contentType, &body)
	return data, errs
}

// mustSend is send for operations that must not fail; it decodes the data.
func (a *api) mustSend(t *testing.T, query string, vars map[string]any) map[string]any {
	t.Helper()
	data, errs := a.send(t, query, vars, nil)
	if len(errs) > 0 {
		t.Fatalf("%s\nfailed: %+v", query, errs)
	}
	var out map[string]any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("decode %s: %v", data, err)
	}
	return out
}

// tables are the database's tables, read from its own catalogue.
func tables(t *testing.T, db *database.DB) []string {
	t.Helper()
	q := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
	if db.Dialect == dialect.Postgres {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
	}
	rows, err := db.SQL.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	return names
}

// snapshot hashes every row of every table, ordered by its first column.
func snapshot(t *testing.T, db *database.DB, names []string) map[string]string {
	t.Helper()
	out := make(map[string]string, len(names))
	for _, name := range names {
		rows, err := db.SQL.Query(`SELECT * FROM "` + name + `" ORDER BY 1`)
		if err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		cols, _ := rows.Columns()
		h := sha256.New()
		n := 0
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatalf("read %s: %v", name, err)
			}
			for _, v := range vals {
				fmt.Fprintf(h, "%v\x1f", v)
			}
			h.Write([]byte{'\n'})
			n++
		}
		if err := rows.Err(); err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		rows.Close()
		out[name] = fmt.Sprintf("%d rows %s", n, hex.EncodeToString(h.Sum(nil))[:16])
	}
	return out
}

// changedTables are the tables whose rows differ between two snapshots.
func changedTables(before, after map[string]string) []string {
	var out []string
	for name, h := range before {
		if after[name] != h {
			out = append(out, fmt.Sprintf("%s (%s → %s)", name, h, after[name]))
		}
	}
	slices.Sort(out)
	return out
}

// slugLookups are the root fields that look one row of typ up by its slug
// (article(slug:), person(slug:)): the compiled executor answers those.
func slugLookups(typ string) []*ast.FieldDefinition {
	var out []*ast.FieldDefinition
	for _, f := range apiSchema.Query.Fields {
		if f.Type.Elem == nil && f.Type.NamedType == typ && f.Arguments.ForName("slug") != nil && !hasRequiredArgs(f, "slug") {
			out = append(out, f)
		}
	}
	return out
}

// sampleSlugs are the slugs of the first, middle and last of ids (in the
// order stored), rows of typ, as a reads them.
func sampleSlugs(t *testing.T, a *api, typ string, ids []string) []string {
	t.Helper()
	sample := sampleIDs(ids)
	var out struct{ Nodes []map[string]any }
	a.mustDo(t, `query($ids: [ID!]!) { nodes(ids: $ids) { ... on `+typ+` { slug } } }`, map[string]any{"ids": sample}, &out)
	var slugs []string
	for _, n := range out.Nodes {
		if s, ok := n["slug"].(string); ok && !slices.Contains(slugs, s) {
			slugs = append(slugs, s)
		}
	}
	if len(slugs) == 0 {
		t.Fatalf("no slug of %s %v", typ, sample)
	}
	return slugs
}

// sampleIDs are the first, middle and last of ids in the order stored:
// in the seeds, rows of the shared world and of the private one.
func sampleIDs(ids []string) []string {
	ids = slices.SortedFunc(slices.Values(ids), func(a, b string) int {
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return x - y
	})
	return []string{ids[0], ids[len(ids)/2], ids[len(ids)-1]}
}

// compiledAPI is testServer with the compiled executor over db, recording
// the statements it sends in the log compiledRan reads.
func compiledAPI(db *database.DB, role caller) (*api, *statementLog) {
	client, log := logStatements(db)
	return testServer(client, role, false, ""), log
}

// compiledRan counts the statements in log that the compiled executor
// built (they select each node's JSON as __node): a test comparing it with
// gqlgen's executor asserts it is not zero, so that the comparison is not
// between gqlgen and itself.
func compiledRan(log *statementLog) int {
	n := 0
	for _, s := range log.take() {
		if strings.Contains(s, "__node") {
			n++
		}
	}
	return n
}

// idSelection selects only the id of each value of the named type (or of
// a connection of it), which the compiled executor answers.
func idSelection(name string, connection bool) string {
	sel := "{ id }"
	if def := apiSchema.Types[name]; def.Kind != ast.Object {
		var b strings.Builder
		b.WriteString("{ __typename")
		for _, d := range possibleTypes(name) {
			if d.Fields.ForName("id") != nil {
				fmt.Fprintf(&b, " ... on %s { id }", d.Name)
			}
		}
		sel = b.String() + " }"
	}
	if connection {
		return "{ totalCount pageInfo { hasNextPage hasPreviousPage } edges { node " + sel + " } }"
	}
	return sel
}
