package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/schemadiff"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// schemaServer is a real newsgraph HTTP server on a fresh database.
func schemaServer(t *testing.T, opts server.Options) *httptest.Server {
	t.Helper()
	db := testdb.Engines()[0].Open(t)
	opts.DB = db.SQL
	srv := httptest.NewServer(server.New(db.Client, opts))
	t.Cleanup(srv.Close)
	return srv
}

// schema diff exits 0 without a breaking change, 1 with one (and says so
// last), 2 when a schema cannot be read; a running server is read from
// its address, its endpoint or its /schema.graphql.
func TestSchemaDiff(t *testing.T) {
	srv := schemaServer(t, server.Options{})
	closed := schemaServer(t, server.Options{DisableIntrospection: true})

	dir := t.TempDir()
	file := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	served := file("served.graphql", server.SDL())
	withRetired := file("retired.graphql", server.SDL()+"\nextend type Query { retired: String }\n")
	withReview := file("review.graphql", strings.Replace(server.SDL(), "\tPUBLISHED\n", "\tPUBLISHED\n\tREVIEW\n", 1))
	broken := file("broken.graphql", "type Query {\n")

	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   []string // beginnings of lines the output must have
		stderr   string
		lastLine string
	}{
		{"same file", []string{served, served}, 0, nil, "", "no changes"},
		{"a field removed is breaking", []string{withRetired, served}, 1,
			[]string{"BREAKING   Query.retired  Field 'retired' was removed from object type 'Query'"}, "",
			"1 breaking, 0 dangerous, 0 safe: clients written for OLD may break"},
		{"an enum value added is dangerous", []string{served, withReview}, 0,
			[]string{"DANGEROUS  ArticleStatus.REVIEW  Enum value 'REVIEW' was added to enum 'ArticleStatus'"}, "",
			"0 breaking, 1 dangerous, 0 safe: no breaking change"},
		{"flags after the schemas", []string{served, withRetired, "--timeout", "5s"}, 0,
			[]string{"SAFE       Query.retired  Field 'retired' was added to object type 'Query'"}, "", ""},

		{"the server's address", []string{served, srv.URL + "/"}, 0, nil, "", "no changes"},
		{"the server's address without a slash", []string{served, srv.URL}, 0, nil, "", "no changes"},
		{"the server's SDL", []string{served, srv.URL + "/schema.graphql"}, 0, nil, "", "no changes"},
		{"the server's endpoint, by introspection", []string{served, srv.URL + "/query"}, 0, nil, "", "no changes"},
		{"a /graphql path the server does not have", []string{served, srv.URL + "/graphql"}, 0, nil, "", "no changes"},
		{"a breaking change against a server", []string{withRetired, srv.URL}, 1,
			[]string{"BREAKING   Query.retired"}, "", "1 breaking, 0 dangerous, 0 safe: clients written for OLD may break"},

		{"a missing file", []string{filepath.Join(dir, "missing.graphql"), served}, 2, nil, "OLD " + filepath.Join(dir, "missing.graphql"), ""},
		{"invalid SDL", []string{served, broken}, 2, nil, "NEW " + broken + ": invalid SDL", ""},
		{"a server with introspection off", []string{served, closed.URL + "/query"}, 2, nil, "INTROSPECTION_DISABLED", ""},
		{"one schema", []string{served}, 2, nil, "", ""},
		{"an unknown flag", []string{"--frobnicate", served, served}, 2, nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"schema", "diff"}, tt.args...), &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout.String(), stderr.String())
			}
			out := stdout.String()
			for _, want := range tt.stdout {
				if !strings.HasPrefix(out, want) && !strings.Contains(out, "\n"+want) {
					t.Errorf("stdout has no line %q:\n%s", want, out)
				}
			}
			if tt.lastLine != "" {
				lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
				if last := lines[len(lines)-1]; last != tt.lastLine {
					t.Errorf("last line %q, want %q", last, tt.lastLine)
				}
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tt.stderr)
			}
			if tt.stderr != "" && strings.Count(strings.TrimRight(stderr.String(), "\n"), "\n") > 0 {
				t.Errorf("want one line on stderr, got %q", stderr.String())
			}
		})
	}
}

// --json says where each schema was read from: a server's endpoint is
// read by introspection, its address by its SDL.
func TestSchemaDiffSources(t *testing.T) {
	srv := schemaServer(t, server.Options{})
	for path, want := range map[string]string{
		"/query":          srv.URL + "/query (introspection)",
		"/":               srv.URL + "/schema.graphql (SDL)",
		"/schema.graphql": srv.URL + "/schema.graphql (SDL)",
	} {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), []string{"schema", "diff", "--json", srv.URL + "/schema.graphql", srv.URL + path}, &stdout, &stderr); code != 0 {
			t.Fatalf("%s: exit %d: %s", path, code, stderr.String())
		}
		var got struct {
			New     string
			Changes []schemadiff.Change
		}
		if err := json.Unmarshal(stdout.Bytes(), &got); err != nil || got.New != want || len(got.Changes) != 0 {
			t.Errorf("%s: read %q with %d changes (%v), want %q and none", path, got.New, len(got.Changes), err, want)
		}
	}
}

func TestSchemaDiffJSON(t *testing.T) {
	dir := t.TempDir()
	old, new := filepath.Join(dir, "old.graphql"), filepath.Join(dir, "new.graphql")
	os.WriteFile(old, []byte("type Query { a(first: Int): Int b: String }"), 0o644)
	os.WriteFile(new, []byte("type Query { a(first: Int!): Int! c: String }"), 0o644)
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"schema", "diff", "--json", old, new}, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr.String())
	}
	var got struct {
		Old, New string
		Changes  []schemadiff.Change
		schemadiff.Count
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("%v:\n%s", err, stdout.String())
	}
	want := schemadiff.Count{Breaking: 2, Safe: 2}
	if got.Count != want || len(got.Changes) != 4 || got.Old != old+" (SDL)" {
		t.Errorf("got %+v", got)
	}
	if c := got.Changes[0]; c.Criticality != schemadiff.Breaking || c.Path != "Query.a(first:)" || c.Reason == "" {
		t.Errorf("first change %+v", c)
	}
}

// schema -o writes the SDL the server serves, as go generate does for
// docs/schema.graphql.
func TestSchemaWritesTheSDL(t *testing.T) {
	out := filepath.Join(t.TempDir(), "schema.graphql")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"schema", "-o", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil || string(b) != server.SDL() || stdout.Len() != 0 {
		t.Errorf("wrote %d bytes (%v) and printed %d, want the SDL in the file only", len(b), err, stdout.Len())
	}
}
