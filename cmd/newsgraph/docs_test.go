package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/newsgraph/newsgraph/internal/playground"
	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

// Limits of a block's run.
const (
	blockTimeout     = time.Minute
	streamFor        = time.Second
	subscriptionFor  = 500 * time.Millisecond
	slowBlock        = time.Second // a block that takes longer is named in the log
	docsExampleAddr  = "localhost:8080"
	docsExampleAddr2 = "127.0.0.1:8080"
)

// TestDocsRun runs the documentation: every ```graphql, ```sh, ```shell and
// ```console block of README.md and docs/*.md, file by file (README.md,
// then docs/ by name), each block in order, against one fresh server with
// the demo content per engine (SQLite, and PostgreSQL when
// NEWSGRAPH_TEST_DATABASE_URL is set), and checks that each gives what the
// doc says. The conventions, also in README.md under "Writing docs":
//
//   - Shell blocks (sh, shell; console: the lines after "$ ") run with
//     `bash -e -o pipefail` in a folder that mirrors the repository, so
//     paths such as internal/importer/testdata/… resolve; it also holds
//     hoi-nghi.jpg (a 1600×1067 JPEG), the reader's own photo of
//     docs/media.md. `newsgraph` and `go run ./cmd/newsgraph` are the built
//     binary; DATABASE_URL is the server's database; http://localhost:8080
//     (and 127.0.0.1:8080) is the test's server. Lines that start a server
//     (`newsgraph serve …`) are not run: the test's server is the one.
//     Variables a block sets (TOKEN=$(newsgraph token create …)) are set
//     for the later blocks of the same file, as in a reader's terminal.
//     The engines run at once: a block writes its scratch files with
//     mktemp (TMPDIR is the run's own), never at a fixed path in /tmp.
//   - A block must exit 0 within a minute. Every GraphQL response it prints
//     (any JSON object with "data" or "errors") has no errors and non-null
//     data, unless the block, or its expected answer, shows the error's
//     code ("code":"CONFLICT"): then that error, and every code shown,
//     must come.
//   - GraphQL blocks run over HTTP: each operation in order (several in a
//     block need names: each runs by its operationName). Queries are
//     anonymous, mutations an editor's; `<!-- as: admin -->` (viewer,
//     editor, anonymous) before a block says otherwise. Subscriptions are
//     opened over graphql-sse for half a second: no error may come.
//     Without an expected answer, every root field of the answer is
//     non-null and there are no errors.
//   - `<!-- variables: {…} -->` before a GraphQL block gives its variables;
//     a value "{{path.to.field}}" is taken from the latest answer of the
//     same file that has it (e.g. "{{feedbacks.edges.0.node.id}}"), and
//     "${NAME}" from the file's shell variables.
//   - A ```text block right after a shell block is its expected output:
//     each of its lines must be in a line of what the block printed, in
//     that order (other lines may come between; "…" is any text).
//   - A ```json block right after a block (nothing but blank lines between)
//     is its expected answer: the response of a GraphQL block's last
//     operation, the last GraphQL response a shell block printed. With a
//     top-level "data" or "errors" it is the whole response, otherwise its
//     data. What it shows must match, field by field (fields it leaves
//     out are not checked; lists have the length shown); in a string "…"
//     stands for any text, so "…" alone is any non-null value (an id, a
//     time) and "/media/….jpg" any such name.
//   - A GraphQL block of type definitions (type, enum, union, input, …) is
//     an excerpt of the schema: each type it shows exists in the served
//     SDL, and each field it shows has the arguments and type shown.
//   - `<!-- runs until stopped -->` before a shell block marks a stream
//     (curl -N …): the test stops it after a second and checks what it
//     printed. `<!-- not run: <reason> -->` skips a block; the test logs
//     each skip and their count.
//
// Before the docs, the playground's examples (the README's "Try it"
// queries, internal/playground/examples) run on the same fresh server and
// must answer with data: no list empty, no totalCount 0.
func TestDocsRun(t *testing.T) {
	for _, tool := range []string{"bash", "curl"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("the docs' commands need %s: %v", tool, err)
		}
	}
	files := docFiles(t)
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			t.Parallel() // the engines share nothing: each has its server, database and folder
			r := newDocsRun(t, e.URL(t))
			r.runExamples(t)
			for _, f := range files {
				r.runFile(t, f)
			}
			t.Logf("%d blocks run, %d not run", r.ran, len(r.skipped))
			for _, s := range r.skipped {
				t.Logf("not run: %s", s)
			}
		})
	}
}

// The README's "Try it" examples are the playground's, word for word: the
// README shows each, and GraphiQL offers each.
func TestPlaygroundExamplesAreTheReadmes(t *testing.T) {
	examples, err := playground.Examples()
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := parseDoc(filepath.Join(repoRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	inReadme := map[string]bool{}
	for _, b := range blocks {
		if b.lang == "graphql" {
			inReadme[strings.TrimSpace(b.text)] = true
		}
	}
	for _, ex := range examples {
		q := strings.TrimSpace(ex.Query)
		if !inReadme[q] {
			t.Errorf("the playground's example %s is not a GraphQL block of README.md:\n%s", ex.Name, q)
		}
		delete(inReadme, q)
	}
	for q := range inReadme {
		t.Errorf("README.md's GraphQL block is not among the playground's examples (internal/playground/examples):\n%s", q)
	}
}

// docFiles are README.md and docs/*.md, in the order they run.
func docFiles(t *testing.T) []string {
	t.Helper()
	root := repoRoot(t)
	docs, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(docs)
	return append([]string{filepath.Join(root, "README.md")}, docs...)
}

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// docsRun is one engine's run: its server, tokens and working folder.
type docsRun struct {
	node    *testnode.Node
	dbURL   string
	tokens  map[string]string // role → secret, for GraphQL blocks
	binDir  string            // holds newsgraph, first on PATH
	workDir string            // mirrors the repository
	tmpDir  string            // the blocks' TMPDIR
	schema  *ast.Schema       // the served SDL, read once
	ran     int
	skipped []string
}

func newDocsRun(t *testing.T, dbURL string) *docsRun {
	t.Helper()
	// No webhook deliveries: the docs register endpoints at example
	// addresses, which must never be called.
	c := testnode.Start(t, dbURL, 1, "--demo", "--webhook-concurrency", "0")
	r := &docsRun{node: c.Nodes[0], dbURL: dbURL, tokens: map[string]string{}}
	for _, role := range []string{"viewer", "editor", "admin"} {
		r.tokens[role] = c.Token(t, role)
	}
	r.binDir = t.TempDir()
	if err := os.Symlink(testnode.Binary(t), filepath.Join(r.binDir, "newsgraph")); err != nil {
		t.Fatal(err)
	}
	r.workDir, r.tmpDir = t.TempDir(), t.TempDir()
	root := repoRoot(t)
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == ".git" {
			continue
		}
		if err := os.Symlink(filepath.Join(root, e.Name()), filepath.Join(r.workDir, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	writePhoto(t, filepath.Join(r.workDir, "hoi-nghi.jpg"), 1600, 1067)
	return r
}

// writePhoto writes a plain JPEG of w×h, the reader's photo of docs/media.md.
func writePhoto(t *testing.T, path string, w, h int) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{uint8(x / 8), 90, uint8(y / 6), 255})
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := jpeg.Encode(f, img, &jpeg.Options{Quality: 60}); err != nil {
		t.Fatal(err)
	}
}

// runExamples runs the playground's examples and the command its token
// hint shows.
func (r *docsRun) runExamples(t *testing.T) {
	t.Helper()
	examples, err := playground.Examples()
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range examples {
		role := ""
		if strings.HasPrefix(strings.TrimSpace(ex.Query), "mutation") {
			role = "editor"
		}
		resp, err := r.post(ex.Query, ex.Name, nil, role)
		if err != nil {
			t.Fatalf("playground example %s: %v", ex.Name, err)
		}
		if len(resp.Errors) > 0 || resp.Data == nil {
			t.Errorf("playground example %s answered %s", ex.Name, resp.raw)
			continue
		}
		if empty := emptyParts(resp.Data, "data"); len(empty) > 0 {
			t.Errorf("playground example %s answered without data at %s:\n%s", ex.Name, strings.Join(empty, ", "), resp.raw)
		}
	}
	out, err := r.shell(context.Background(), playground.TokenCommand, nil)
	if err != nil || !strings.HasPrefix(strings.TrimSpace(out), "ngt_") {
		t.Errorf("the playground's token hint, %s: %v\n%s", playground.TokenCommand, err, out)
	}
}

// emptyParts lists where v has an empty list or a totalCount of 0.
func emptyParts(v any, path string) []string {
	var out []string
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if k == "totalCount" && x == float64(0) {
				out = append(out, path+".totalCount")
			}
			out = append(out, emptyParts(x, path+"."+k)...)
		}
	case []any:
		if len(v) == 0 {
			out = append(out, path)
		}
		for i, x := range v {
			out = append(out, emptyParts(x, path+"."+strconv.Itoa(i))...)
		}
	}
	return out
}

// docFile is the state of one file's run: its shell variables and answers.
type docFile struct {
	name    string
	vars    map[string]string // set by its shell blocks
	answers []map[string]any  // data of its GraphQL operations, in order
}

func (r *docsRun) runFile(t *testing.T, path string) {
	t.Helper()
	blocks, err := parseDoc(path)
	if err != nil {
		t.Fatal(err)
	}
	f := &docFile{name: filepath.Base(path), vars: map[string]string{}}
	if strings.HasSuffix(filepath.Dir(path), "docs") {
		f.name = "docs/" + f.name
	}
	for _, b := range blocks {
		if !b.runnable() {
			continue
		}
		where := fmt.Sprintf("%s:%d (```%s)", f.name, b.line, b.lang)
		if b.notRun != "" {
			r.skipped = append(r.skipped, where+": "+b.notRun)
			continue
		}
		r.ran++
		var err error
		started := time.Now()
		switch b.lang {
		case "graphql":
			err = r.runGraphQL(f, b)
		default:
			err = r.runShell(f, b)
		}
		if took := time.Since(started); took > slowBlock {
			t.Logf("%s took %s", where, took.Round(time.Millisecond))
		}
		if err != nil {
			t.Errorf("%s: %v\n--- the block:\n%s", where, err, b.text)
		}
	}
}

// --- GraphQL blocks ---

// gqlResponse is one GraphQL response as the docs see it.
type gqlResponse struct {
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	raw    string
	status int
}

func (g *gqlResponse) codes() []string {
	var out []string
	for _, e := range g.Errors {
		code, _ := e.Extensions["code"].(string)
		out = append(out, code)
	}
	return out
}

func (r *docsRun) runGraphQL(f *docFile, b *docBlock) error {
	if isSchemaExcerpt(b.text) {
		return r.checkSchemaExcerpt(b.text)
	}
	doc, gerr := parser.ParseQuery(&ast.Source{Input: b.text})
	if gerr != nil {
		return fmt.Errorf("not a GraphQL document: %v", gerr)
	}
	if len(doc.Operations) > 1 {
		for _, op := range doc.Operations {
			if op.Name == "" {
				return errors.New("several operations in one block, one without a name: GraphiQL and every server need an operationName to run it")
			}
		}
	}
	var last *gqlResponse
	for _, op := range doc.Operations {
		vars, err := b.variablesFor(f, op)
		if err != nil {
			return err
		}
		role := b.as
		if role == "" && op.Operation == ast.Mutation {
			role = "editor"
		}
		var resp *gqlResponse
		if op.Operation == ast.Subscription {
			resp, err = r.subscribe(b.text, op.Name, vars, role)
		} else {
			resp, err = r.post(b.text, op.Name, vars, role)
		}
		if err != nil {
			return fmt.Errorf("operation %q: %w", op.Name, err)
		}
		if resp == nil { // a subscription that stayed quiet
			continue
		}
		if resp.Data != nil {
			f.answers = append(f.answers, resp.Data)
		}
		last = resp
		if b.expect == nil || op != doc.Operations[len(doc.Operations)-1] {
			if err := wantData(resp); err != nil {
				return fmt.Errorf("operation %q: %w", op.Name, err)
			}
		}
	}
	if b.expect != nil {
		if last == nil {
			return errors.New("an expected answer follows, but nothing answered")
		}
		return matchExpected(b.expect, last)
	}
	return nil
}

// wantData fails a response with errors or a null root field.
func wantData(resp *gqlResponse) error {
	if len(resp.Errors) > 0 {
		return fmt.Errorf("answered errors %v: %s", resp.codes(), resp.raw)
	}
	if resp.Data == nil {
		return fmt.Errorf("answered no data: %s", resp.raw)
	}
	for k, v := range resp.Data {
		if v == nil {
			return fmt.Errorf("answered %s: null: %s", k, resp.raw)
		}
	}
	return nil
}

var templateRef = regexp.MustCompile(`^\{\{([A-Za-z0-9_.]+)\}\}$`)

// variablesFor gives op the variables it declares from the block's
// `<!-- variables: … -->`, resolving {{path}} and ${NAME}.
func (b *docBlock) variablesFor(f *docFile, op *ast.OperationDefinition) (map[string]any, error) {
	if b.variables == "" {
		return nil, nil
	}
	var all map[string]any
	if err := json.Unmarshal([]byte(b.variables), &all); err != nil {
		return nil, fmt.Errorf("<!-- variables: --> is not a JSON object: %v", err)
	}
	vars := map[string]any{}
	for _, d := range op.VariableDefinitions {
		v, ok := all[d.Variable]
		if !ok {
			continue
		}
		if s, isString := v.(string); isString {
			if m := templateRef.FindStringSubmatch(s); m != nil {
				found, ok := f.lookup(m[1])
				if !ok {
					return nil, fmt.Errorf("variable %s: no earlier answer of %s has %s", d.Variable, f.name, m[1])
				}
				v = found
			} else {
				v = os.Expand(s, func(name string) string { return f.vars[name] })
			}
		}
		vars[d.Variable] = v
	}
	return vars, nil
}

// lookup finds path (fields and list indexes, dot-separated) in the latest
// answer that has it.
func (f *docFile) lookup(path string) (any, bool) {
	for i := len(f.answers) - 1; i >= 0; i-- {
		var v any = f.answers[i]
		ok := true
		for _, part := range strings.Split(path, ".") {
			switch x := v.(type) {
			case map[string]any:
				v, ok = x[part]
			case []any:
				n, err := strconv.Atoi(part)
				ok = err == nil && n >= 0 && n < len(x)
				if ok {
					v = x[n]
				}
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok && v != nil {
			return v, true
		}
	}
	return nil, false
}

func (r *docsRun) request(ctx context.Context, query, opName string, vars map[string]any, role string, accept string) (*http.Response, error) {
	body, err := json.Marshal(map[string]any{"query": query, "operationName": opName, "variables": vars})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.node.Endpoint(), bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", accept)
	if role != "" && role != "anonymous" {
		tok, ok := r.tokens[role]
		if !ok {
			return nil, fmt.Errorf("<!-- as: %s -->: no such role (viewer, editor, admin, anonymous)", role)
		}
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	return http.DefaultClient.Do(req)
}

// post runs a query or mutation.
func (r *docsRun) post(query, opName string, vars map[string]any, role string) (*gqlResponse, error) {
	ctx, cancel := context.WithTimeout(context.Background(), blockTimeout)
	defer cancel()
	resp, err := r.request(ctx, query, opName, vars, role, "application/json")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var g gqlResponse
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, fmt.Errorf("HTTP %d, not JSON: %.300s", resp.StatusCode, raw)
	}
	g.raw, g.status = strings.TrimSpace(string(raw)), resp.StatusCode
	return &g, nil
}

// subscribe opens a subscription over graphql-sse for a moment: its first
// event when one comes (an error, or data), nil when none came.
func (r *docsRun) subscribe(query, opName string, vars map[string]any, role string) (*gqlResponse, error) {
	ctx, cancel := context.WithTimeout(context.Background(), subscriptionFor)
	defer cancel()
	resp, err := r.request(ctx, query, opName, vars, role, "text/event-stream")
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil
		}
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		raw, _ := io.ReadAll(resp.Body)
		return nil, fmt.Errorf("HTTP %d: %.300s", resp.StatusCode, raw)
	}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		data, ok := strings.CutPrefix(sc.Text(), "data:")
		if !ok || strings.TrimSpace(data) == "" {
			continue
		}
		var g gqlResponse
		if err := json.Unmarshal([]byte(data), &g); err != nil {
			return nil, fmt.Errorf("an event that is not JSON: %.300s", data)
		}
		g.raw = strings.TrimSpace(data)
		return &g, nil
	}
	return nil, nil // quiet until the deadline: opened, and no error
}

// --- schema excerpts ---

var sdlStart = regexp.MustCompile(`(?m)^\s*(extend\s+)?(type|interface|union|enum|input|scalar|directive|schema)\b`)

// isSchemaExcerpt tells SDL from an executable document.
func isSchemaExcerpt(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		return sdlStart.MatchString(line)
	}
	return false
}

func (r *docsRun) servedSchema() (*ast.Schema, error) {
	if r.schema != nil {
		return r.schema, nil
	}
	resp, err := http.Get(r.node.URL() + "/schema.graphql")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	sdl, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	s, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: string(sdl)})
	if gerr != nil {
		return nil, fmt.Errorf("the served SDL: %v", gerr)
	}
	r.schema = s
	return s, nil
}

func (r *docsRun) checkSchemaExcerpt(text string) error {
	served, err := r.servedSchema()
	if err != nil {
		return err
	}
	doc, gerr := parser.ParseSchema(&ast.Source{Input: text})
	if gerr != nil {
		return fmt.Errorf("not SDL: %v", gerr)
	}
	var problems []string
	for _, d := range append(slices.Clone(doc.Definitions), doc.Extensions...) {
		st := served.Types[d.Name]
		if st == nil {
			problems = append(problems, fmt.Sprintf("type %s is not in the schema", d.Name))
			continue
		}
		if st.Kind != d.Kind {
			problems = append(problems, fmt.Sprintf("%s is a %s in the schema, not a %s", d.Name, st.Kind, d.Kind))
		}
		for _, f := range d.Fields {
			sf := st.Fields.ForName(f.Name)
			if sf == nil {
				problems = append(problems, fmt.Sprintf("%s.%s is not in the schema", d.Name, f.Name))
				continue
			}
			if got, want := sf.Type.String(), f.Type.String(); got != want {
				problems = append(problems, fmt.Sprintf("%s.%s is %s in the schema, the doc says %s", d.Name, f.Name, got, want))
			}
			if got, want := argList(sf.Arguments), argList(f.Arguments); got != want {
				problems = append(problems, fmt.Sprintf("%s.%s takes (%s) in the schema, the doc says (%s)", d.Name, f.Name, got, want))
			}
			for _, dir := range f.Directives {
				if sf.Directives.ForName(dir.Name) == nil {
					problems = append(problems, fmt.Sprintf("%s.%s has no @%s in the schema", d.Name, f.Name, dir.Name))
				}
			}
		}
		for _, v := range d.EnumValues {
			if st.EnumValues.ForName(v.Name) == nil {
				problems = append(problems, fmt.Sprintf("%s has no value %s in the schema", d.Name, v.Name))
			}
		}
		for _, m := range d.Types {
			if !slices.Contains(st.Types, m) {
				problems = append(problems, fmt.Sprintf("%s has no member %s in the schema", d.Name, m))
			}
		}
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

func argList(args ast.ArgumentDefinitionList) string {
	var out []string
	for _, a := range args {
		out = append(out, a.Name+": "+a.Type.String())
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// --- shell blocks ---

var (
	serveLine = regexp.MustCompile(`^\s*([A-Z_]+=\S*\s+)*(newsgraph|go run \./cmd/newsgraph)\s+serve(\s|$)`)
	shownCode = regexp.MustCompile(`"code"\s*:\s*"([A-Z_]+)"`)
)

// script is the block as bash runs it.
func (r *docsRun) script(b *docBlock) string {
	var lines []string
	text := b.text
	if b.lang == "console" {
		var cmds []string
		for _, l := range strings.Split(text, "\n") {
			if c, ok := strings.CutPrefix(l, "$ "); ok {
				cmds = append(cmds, c)
			}
		}
		text = strings.Join(cmds, "\n")
	}
	for _, l := range strings.Split(text, "\n") {
		if serveLine.MatchString(l) {
			l = ": # not run: the test's server is the one"
		}
		lines = append(lines, l)
	}
	return r.rewriteURLs(strings.Join(lines, "\n"))
}

func (r *docsRun) rewriteURLs(s string) string {
	host := strings.TrimPrefix(r.node.URL(), "http://")
	s = strings.ReplaceAll(s, docsExampleAddr, host)
	return strings.ReplaceAll(s, docsExampleAddr2, host)
}

func (r *docsRun) runShell(f *docFile, b *docBlock) error {
	ctx, cancel := context.WithTimeout(context.Background(), blockTimeout)
	defer cancel()
	if b.stream {
		var stop context.CancelFunc
		ctx, stop = context.WithTimeout(ctx, streamFor)
		defer stop()
	}
	out, err := r.shellIn(ctx, f, r.script(b))
	if err != nil && !(b.stream && ctx.Err() != nil) {
		return fmt.Errorf("%v\n--- output:\n%s", err, out)
	}
	responses := graphQLResponses(out)
	shown := map[string]bool{}
	showing := b.text
	if b.expect != nil {
		showing += b.expect.text
	}
	for _, m := range shownCode.FindAllStringSubmatch(showing, -1) {
		shown[m[1]] = true
	}
	came := map[string]bool{}
	for _, resp := range responses {
		for _, code := range resp.codes() {
			if !shown[code] {
				return fmt.Errorf("a response has the error %s, which the block does not show: %s", code, resp.raw)
			}
			came[code] = true
		}
		if len(resp.Errors) == 0 && resp.Data == nil {
			return fmt.Errorf("a response has no data: %s", resp.raw)
		}
	}
	for code := range shown {
		if !came[code] {
			return fmt.Errorf("the block shows the error %s, which no response had\n--- output:\n%s", code, out)
		}
	}
	if b.expect != nil && b.expect.lang == "text" {
		return matchOutput(b.expect, out)
	}
	if b.expect != nil {
		if len(responses) == 0 {
			return fmt.Errorf("an expected answer follows, but the block printed no GraphQL response\n--- output:\n%s", out)
		}
		return matchExpected(b.expect, responses[len(responses)-1])
	}
	return nil
}

// shell runs one command line outside any file, for the test's own use.
func (r *docsRun) shell(ctx context.Context, script string, vars map[string]string) (string, error) {
	return r.shellIn(ctx, &docFile{vars: vars}, script)
}

// shellIn runs script with bash as a block of f: its variables in, the
// variables it sets back into f.
func (r *docsRun) shellIn(ctx context.Context, f *docFile, script string) (string, error) {
	state := filepath.Join(r.workDir, ".docs-state")
	prelude := `set -e -o pipefail -a
go() { if [ "$1" = run ] && [ "$2" = ./cmd/newsgraph ]; then shift 2; newsgraph "$@"; else command go "$@"; fi; }
trap 'env -0 > "$NEWSGRAPH_DOCS_STATE"' EXIT
`
	cmd := exec.CommandContext(ctx, "bash", "-c", prelude+script)
	cmd.Dir = r.workDir
	env := r.baseEnv()
	env = append(env, "NEWSGRAPH_DOCS_STATE="+state)
	if f.vars == nil {
		f.vars = map[string]string{}
	}
	for k, v := range f.vars {
		env = append(env, k+"="+v)
	}
	cmd.Env = env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM) }
	cmd.WaitDelay = 5 * time.Second
	os.Remove(state)
	err := cmd.Run()
	if raw, rerr := os.ReadFile(state); rerr == nil {
		base := map[string]bool{}
		for _, kv := range env {
			base[kv] = true
		}
		for _, kv := range strings.Split(string(raw), "\x00") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || base[kv] || !carried(k) {
				continue
			}
			f.vars[k] = v
		}
	}
	return out.String(), err
}

// carried tells the variables a block sets from bash's own.
func carried(name string) bool {
	switch name {
	case "_", "PWD", "OLDPWD", "SHLVL", "NEWSGRAPH_DOCS_STATE":
		return false
	}
	return !strings.HasPrefix(name, "BASH")
}

// baseEnv is the environment of every block: the test's, less anything
// that would point newsgraph elsewhere, with the binary first on PATH, the
// server's database and the run's own TMPDIR.
func (r *docsRun) baseEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k == "DATABASE_URL" || k == "PATH" || k == "TMPDIR" || strings.HasPrefix(k, "NEWSGRAPH_") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "PATH="+r.binDir+string(os.PathListSeparator)+os.Getenv("PATH"), "DATABASE_URL="+r.dbURL, "TMPDIR="+r.tmpDir)
}

// graphQLResponses finds the GraphQL responses in what a block printed:
// every JSON object with "data" or "errors" at its top, in order (curl
// prints them back to back, an event stream after "data:").
func graphQLResponses(out string) []*gqlResponse {
	var found []*gqlResponse
	for i := 0; i < len(out); i++ {
		if out[i] != '{' {
			continue
		}
		dec := json.NewDecoder(strings.NewReader(out[i:]))
		var raw json.RawMessage
		if dec.Decode(&raw) != nil {
			continue
		}
		var top map[string]json.RawMessage
		if json.Unmarshal(raw, &top) != nil {
			continue
		}
		_, hasData := top["data"]
		_, hasErrors := top["errors"]
		if !hasData && !hasErrors {
			continue
		}
		var g gqlResponse
		if json.Unmarshal(raw, &g) != nil {
			continue
		}
		g.raw = string(raw)
		found = append(found, &g)
		i += int(dec.InputOffset()) - 1
	}
	return found
}

// --- expected answers ---

func matchExpected(expect *docBlock, resp *gqlResponse) error {
	var want any
	if err := json.Unmarshal([]byte(expect.text), &want); err != nil {
		return fmt.Errorf("the expected answer (line %d) is not JSON: %v", expect.line, err)
	}
	var got any
	if err := json.Unmarshal([]byte(resp.raw), &got); err != nil {
		return err
	}
	if m, ok := want.(map[string]any); ok {
		_, d := m["data"]
		_, e := m["errors"]
		if !d && !e {
			got = got.(map[string]any)["data"]
		}
	}
	if err := match(want, got, "$"); err != nil {
		return fmt.Errorf("the answer differs from the expected one (line %d): %v\n--- answer:\n%s", expect.line, err, resp.raw)
	}
	return nil
}

// match compares an expected value with an answer: see the conventions
// at the top of this file.
func match(want, got any, path string) error {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: want an object, got %v", path, got)
		}
		keys := make([]string, 0, len(w))
		for k := range w {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			gv, ok := g[k]
			if !ok {
				return fmt.Errorf("%s.%s: missing", path, k)
			}
			if err := match(w[k], gv, path+"."+k); err != nil {
				return err
			}
		}
		return nil
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return fmt.Errorf("%s: want a list of %d, got %v", path, len(w), got)
		}
		for i := range w {
			if err := match(w[i], g[i], fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		return nil
	case string:
		if strings.Contains(w, "…") {
			if got == nil {
				return fmt.Errorf("%s: want %q, got null", path, w)
			}
			s, isString := got.(string)
			if w == "…" {
				return nil
			}
			if !isString || !wildcard(w).MatchString(s) {
				return fmt.Errorf("%s: want %q, got %v", path, w, got)
			}
			return nil
		}
	}
	if fmt.Sprint(want) != fmt.Sprint(got) {
		return fmt.Errorf("%s: want %v, got %v", path, want, got)
	}
	return nil
}

// matchOutput checks that every line of an expected output appears in
// what a block printed, in order (other lines may come between).
func matchOutput(expect *docBlock, out string) error {
	lines := strings.Split(out, "\n")
	at := 0
	for _, want := range strings.Split(strings.TrimRight(expect.text, "\n"), "\n") {
		want = strings.TrimRight(want, " ")
		if want == "" {
			continue
		}
		re := wildcardPattern(want, false) // anywhere in a line: curl's answers end without a newline
		for at < len(lines) && !re.MatchString(lines[at]) {
			at++
		}
		if at == len(lines) {
			return fmt.Errorf("the expected output (line %d) has %q, which the block did not print (or not in that order)\n--- output:\n%s", expect.line, want, out)
		}
		at++
	}
	return nil
}

// wildcard is the pattern of an expected string in which "…" is any text.
func wildcard(s string) *regexp.Regexp { return wildcardPattern(s, true) }

// wildcardPattern is wildcard's, matching the whole text or anywhere in it.
func wildcardPattern(s string, whole bool) *regexp.Regexp {
	parts := strings.Split(s, "…")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	re := strings.Join(parts, ".*")
	if whole {
		re = `^` + re + `$`
	}
	return regexp.MustCompile(`(?s)` + re)
}

// --- parsing ---

// docBlock is one fenced block of a doc, with what the lines before it say.
type docBlock struct {
	line      int    // of the opening fence, from 1
	lang      string // the info string's first word
	text      string
	notRun    string // <!-- not run: reason -->
	as        string // <!-- as: role -->
	variables string // <!-- variables: {…} -->
	stream    bool   // <!-- runs until stopped -->
	expect    *docBlock
}

func (b *docBlock) runnable() bool {
	switch b.lang {
	case "graphql", "sh", "shell", "console":
		return true
	}
	return false
}

var directive = regexp.MustCompile(`^<!--\s*([a-z ]+?)\s*(?::\s*(.*?))?\s*-->$`)

// parseDoc reads the fenced blocks of a Markdown file; a directive (an
// HTML comment on its own line) applies to the block right after it.
func parseDoc(path string) ([]*docBlock, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(string(src), "\n")
	var (
		blocks  []*docBlock
		pending = &docBlock{}
		prev    *docBlock // the last block, while only blank lines follow it
	)
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		trimmed := strings.TrimSpace(line)
		if m := directive.FindStringSubmatch(trimmed); m != nil {
			switch m[1] {
			case "not run":
				pending.notRun = m[2]
				if pending.notRun == "" {
					return nil, fmt.Errorf("%s:%d: <!-- not run: --> without a reason", path, i+1)
				}
			case "as":
				pending.as = m[2]
			case "variables":
				pending.variables = m[2]
			case "runs until stopped":
				pending.stream = true
			}
			prev = nil
			continue
		}
		if !strings.HasPrefix(trimmed, "```") {
			if trimmed != "" {
				pending, prev = &docBlock{}, nil
			}
			continue
		}
		indent := line[:len(line)-len(strings.TrimLeft(line, " "))]
		b := pending
		b.line = i + 1
		b.lang, _, _ = strings.Cut(strings.TrimSpace(strings.TrimPrefix(trimmed, "```")), " ")
		var body []string
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != "```"; i++ {
			body = append(body, strings.TrimPrefix(lines[i], indent))
		}
		if i == len(lines) {
			return nil, fmt.Errorf("%s:%d: a block that does not end", path, b.line)
		}
		b.text = strings.Join(body, "\n") + "\n"
		if prev != nil && (b.lang == "json" && prev.runnable() || b.lang == "text" && prev.lang != "graphql" && prev.runnable()) {
			prev.expect = b
		}
		blocks = append(blocks, b)
		pending, prev = &docBlock{}, b
	}
	return blocks, nil
}
