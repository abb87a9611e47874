// Package web holds the test of the web kit, a TypeScript client generated
// by graphql-codegen's client preset: the Go test drives npm, graphql-codegen,
// tsc and node, against a real newsgraph server.
package web

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/examples/internal/kittest"
	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

func TestMain(m *testing.M) { testnode.Main(m) }

// The web kit generates from the committed schema to what is committed,
// type-checks in strict mode, and, run with node against a real server on
// the demo content, shows every example: two different feed pages, the
// newest article, award recipients of both kinds, a search hit, and a
// draft created and deleted with an editor's token. It does the same
// against a server started with its persisted-documents manifest, sending
// documentIds only, where its query text is refused.
func TestKitAgainstServer(t *testing.T) {
	requireNode(t)
	kit, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(kit, "node_modules")); err != nil {
		run(t, kit, nil, 5*time.Minute, "npm", "ci", "--no-audit", "--no-fund")
	}
	work := build(t, kit)

	env := func(s *kittest.Server, token string, persisted bool) []string {
		env := []string{
			"NEWSGRAPH_URL=" + s.Endpoint,
			"NEWSGRAPH_TOKEN=" + token,
			"NEWSGRAPH_PAGE_SIZE=" + strconv.Itoa(kittest.PageSize),
			"NEWSGRAPH_SEARCH=" + kittest.Search,
		}
		if persisted {
			env = append(env, "NEWSGRAPH_PERSISTED=1")
		}
		return env
	}
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			t.Run("query text", func(t *testing.T) {
				s := kittest.Start(t, e)
				s.Check(t, run(t, work, env(s, s.Token, false), time.Minute, "node", "dist/main.js"))
			})
			t.Run("persisted documents", func(t *testing.T) {
				// Admins may still send any text, as the test's own setup and
				// checks do; the kit, with an editor's token or none, may not.
				manifest := filepath.Join(work, "src", "gql", "persisted-documents.json")
				s := kittest.Start(t, e, "--documents", manifest, "--adhoc-roles", "admin")
				s.Check(t, run(t, work, env(s, s.Token, true), time.Minute, "node", "dist/main.js"))

				_, stderr, err := command(work, env(s, s.Token, false), time.Minute, "node", "dist/main.js")
				if err == nil || !strings.Contains(stderr, "PERSISTED_DOCUMENT_REQUIRED") {
					t.Errorf("the kit sending query text to a server with a manifest: %v, %q; want PERSISTED_DOCUMENT_REQUIRED", err, stderr)
				}
			})
		})
	}
}

// requireNode skips the test when Node.js and npm are not installed, and
// fails it in CI, which must run it.
func requireNode(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"node", "npm", "npx"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed: CI runs the web kit's test, install Node.js and npm", tool)
			}
			t.Skipf("%s is not installed: the web kit's test needs Node.js and npm", tool)
		}
	}
}

// build copies the kit (its node_modules linked) and the committed schema
// into a temporary directory, so that the work tree is left as it is, runs
// graphql-codegen there and fails t unless what it generates is what is
// committed, then compiles with tsc, which type-checks in strict mode. It
// returns the copy's directory.
func build(t *testing.T, kit string) string {
	t.Helper()
	root := t.TempDir()
	work := filepath.Join(root, "examples", "web")
	for _, name := range []string{"package.json", "codegen.ts", "tsconfig.json", "src"} {
		copyTree(t, filepath.Join(kit, name), filepath.Join(work, name))
	}
	copyTree(t, filepath.Join(kit, "..", "..", "docs", "schema.graphql"), filepath.Join(root, "docs", "schema.graphql"))
	if err := os.Symlink(filepath.Join(kit, "node_modules"), filepath.Join(work, "node_modules")); err != nil {
		t.Fatal(err)
	}

	run(t, work, nil, time.Minute, "npx", "--no-install", "graphql-codegen", "--silent")
	generated := filepath.Join("src", "gql")
	entries, err := os.ReadDir(filepath.Join(work, generated))
	if err != nil {
		t.Fatal(err)
	}
	for _, entry := range entries {
		name := filepath.Join(generated, entry.Name())
		fresh, err := os.ReadFile(filepath.Join(work, name))
		if err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(filepath.Join(kit, name))
		if err != nil || !bytes.Equal(fresh, committed) {
			t.Errorf("examples/web/%s is not what graphql-codegen generates from docs/schema.graphql: run `npx graphql-codegen` in examples/web and commit it", name)
		}
	}
	run(t, work, nil, time.Minute, "npx", "--no-install", "tsc")
	return work
}

// run runs a command in dir with env added to the test's environment and
// returns its standard output; a failure fails t with both outputs.
func run(t *testing.T, dir string, env []string, timeout time.Duration, name string, args ...string) string {
	t.Helper()
	stdout, stderr, err := command(dir, env, timeout, name, args...)
	if err != nil {
		t.Fatalf("%s %s: %v\n%s\n%s", name, strings.Join(args, " "), err, stdout, stderr)
	}
	return stdout
}

// command runs a command in dir with env added to the test's environment,
// within timeout, and returns what it printed.
func command(dir string, env []string, timeout time.Duration, name string, args ...string) (stdout, stderr string, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	return out.String(), errOut.String(), err
}

// copyTree copies a file, or a directory and everything in it.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		target := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
