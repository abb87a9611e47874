package graph_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/relay"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// The served schema tells client generators what the server answers, over
// every type of the schema: a type or a field added tomorrow is covered.
func TestTheSchemaSaysWhatTheServerAnswers(t *testing.T) {
	nodes := map[string]bool{}
	for _, n := range ent.SchemaGraph().Nodes {
		nodes[n.Type] = true
	}
	for _, def := range apiSchema.Types {
		if def.BuiltIn {
			continue
		}
		if def.Kind == ast.Scalar && def.Description == "" {
			t.Errorf("scalar %s has no description", def.Name)
		}
		if def.Kind != ast.Object {
			continue
		}
		if strings.HasSuffix(def.Name, "Connection") {
			if f := def.Fields.ForName("edges"); f == nil || f.Type.String() != "["+strings.TrimSuffix(def.Name, "Connection")+"Edge!]!" {
				t.Errorf("%s.edges is %v, want a non-null list of non-null edges", def.Name, f.Type)
			}
		}
		if strings.HasSuffix(def.Name, "Edge") {
			if f := def.Fields.ForName("node"); f == nil || !f.Type.NonNull {
				t.Errorf("%s.node is %v, want non-null", def.Name, f.Type)
			}
		}
		for _, f := range def.Fields {
			if nodes[def.Name] && f.Type.Elem != nil && !apiSchema.Types[f.Type.Name()].IsLeafType() &&
				(!f.Type.NonNull || !f.Type.Elem.NonNull) {
				t.Errorf("%s.%s is %s: the server never answers null for a related list or its items", def.Name, f.Name, f.Type)
			}
			if !strings.HasSuffix(f.Type.Name(), "Connection") {
				continue
			}
			for _, a := range f.Arguments {
				if (a.Name == "first" || a.Name == "last") && !strings.Contains(a.Description, fmt.Sprint(relay.MaxPageSize)) {
					t.Errorf("%s.%s(%s) does not state the paging rule: %q", def.Name, f.Name, a.Name, a.Description)
				}
			}
		}
	}
	for _, name := range []string{"Time", "Date", "Upload"} {
		if d := apiSchema.Types[name]; d == nil || d.Directives.ForName("specifiedBy") == nil {
			t.Errorf("scalar %s has no @specifiedBy", name)
		}
	}
	sdl := server.SDL()
	for _, directive := range []string{"@goModel", "@goField", "@goTag", "@goExtraField", "@goEnum"} {
		if strings.Contains(sdl, directive) {
			t.Errorf("the served SDL shows %s, a directive for gqlgen only", directive)
		}
	}
	if _, ok := apiSchema.Directives["goModel"]; ok {
		t.Error("introspection lists @goModel")
	}
}

// A Date is a calendar day: written and read as "YYYY-MM-DD" by both
// executors on every engine, the same day whatever the zone; a time or an
// offset is refused, not cut off.
func TestDatesAreDays(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ed := newAPIAs(db.Client, auth.Editor)
		var created struct {
			CreateArticle struct{ ID, EventDate string }
		}
		ed.mustDo(t, `mutation { createArticle(input: {title: "Hội nghị", eventDate: "2024-07-03"}) { id eventDate } }`, nil, &created)
		if created.CreateArticle.EventDate != "2024-07-03" {
			t.Errorf("created with eventDate %q, want 2024-07-03", created.CreateArticle.EventDate)
		}
		id := created.CreateArticle.ID
		ed.mustDo(t, `mutation($id: ID!) { publishArticle(id: $id) { id } }`, map[string]any{"id": id}, nil)
		for name, a := range map[string]*api{"compiled": newAPI(db.Client), "interpreted": newInterpretedAPI(db.Client)} {
			var page struct {
				Articles struct {
					Edges []struct{ Node struct{ EventDate string } }
				}
			}
			a.mustDo(t, `{ articles(first: 1, where: {eventDate: "2024-07-03"}) { edges { node { eventDate } } } }`, nil, &page)
			if len(page.Articles.Edges) != 1 || page.Articles.Edges[0].Node.EventDate != "2024-07-03" {
				t.Errorf("%s: filtered by its day, read %+v, want one article of 2024-07-03", name, page.Articles.Edges)
			}
		}
		for _, bad := range []string{"2024-07-03T00:00:00+07:00", "3/7/2024", "2024-13-01", ""} {
			e := ed.wantCode(t, "BAD_USER_INPUT", `mutation($d: Date) { createArticle(input: {title: "Hội nghị", eventDate: $d}) { id } }`, map[string]any{"d": bad})
			if !strings.Contains(e.Message, "YYYY-MM-DD") {
				t.Errorf("%q: message %q does not say what a Date looks like", bad, e.Message)
			}
		}
	})
}
