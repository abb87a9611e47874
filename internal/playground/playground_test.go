package playground_test

import (
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/playground"
)

func page(t *testing.T) (*httptest.ResponseRecorder, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	playground.Handler("/query").ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /: %d", rec.Code)
	}
	return rec, rec.Body.String()
}

// The page carries the examples as a JSON data block, and they are the
// embedded files: the feed first, each a named operation.
func TestPageOffersTheExamples(t *testing.T) {
	want, err := playground.Examples()
	if err != nil {
		t.Fatal(err)
	}
	_, body := page(t)
	m := regexp.MustCompile(`(?s)<script id="examples" type="application/json">(.*?)</script>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("the page has no examples data block")
	}
	var got []playground.Example
	if err := json.Unmarshal([]byte(m[1]), &got); err != nil {
		t.Fatalf("the examples block is not JSON: %v\n%s", err, m[1])
	}
	if len(got) != len(want) || len(got) < 6 {
		t.Fatalf("the page offers %d examples, the files %d (want at least 6)", len(got), len(want))
	}
	names := map[string]bool{}
	for i, ex := range got {
		if ex != want[i] {
			t.Errorf("example %d on the page = %+v, want %+v", i, ex, want[i])
		}
		if ex.Name == "" || names[ex.Name] || ex.Description == "" || !strings.Contains(ex.Query, ex.Name) {
			t.Errorf("example %d: want a unique name, a description and a query of that name: %+v", i, ex)
		}
		names[ex.Name] = true
	}
	if feed := got[0]; feed.Name != "Feed" || !strings.Contains(feed.Query, "articles(first: 10, after: $after") ||
		!strings.Contains(feed.Query, "pageInfo { hasNextPage endCursor }") || feed.Variables == "" {
		t.Errorf("the first example is not the feed with paging: %+v", feed)
	}
	// The JSON is escaped for a script element: a "</script>" in an example
	// could not end the block early.
	if strings.Contains(m[1], "<") {
		t.Errorf("the examples block holds a raw '<'")
	}
}

// No inline script runs: every script is a file of this server or a JSON
// data block, and the Content-Security-Policy forbids any other.
func TestPageRunsNoInlineScript(t *testing.T) {
	rec, body := page(t)
	csp := rec.Header().Get("Content-Security-Policy")
	scriptSrc := regexp.MustCompile(`script-src ([^;]*)`).FindStringSubmatch(csp)
	if scriptSrc == nil || strings.TrimSpace(scriptSrc[1]) != "'self'" || !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("Content-Security-Policy = %q, want default-src and script-src 'self' only", csp)
	}
	scripts := regexp.MustCompile(`<script([^>]*)>`).FindAllStringSubmatch(body, -1)
	if len(scripts) != 5 {
		t.Errorf("%d script elements, want the examples, react, react-dom, graphiql and start.js", len(scripts))
	}
	for _, s := range scripts {
		attrs := s[1]
		switch {
		case strings.Contains(attrs, `src="`+playground.AssetPrefix):
		case strings.Contains(attrs, `type="application/json"`):
		default:
			t.Errorf("<script%s> is neither a file of this server nor a data block", attrs)
		}
	}
	if regexp.MustCompile(`(?i)\son[a-z]+=`).MatchString(body) {
		t.Error("the page has an inline event handler")
	}
}

// The page says how to edit: the command that makes a token, the header
// that carries it, and the setting that keeps it across reloads.
func TestPageSaysHowToAddAToken(t *testing.T) {
	_, body := page(t)
	m := regexp.MustCompile(`(?s)<p id="token-hint">(.*?)</p>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("the page has no token hint")
	}
	hint := html.UnescapeString(m[1])
	for _, want := range []string{"newsgraph token create --name", "--role editor", `{"Authorization": "Bearer `, "Headers", "Persist headers", "Examples"} {
		if !strings.Contains(hint, want) {
			t.Errorf("the hint does not say %q:\n%s", want, hint)
		}
	}
	if !strings.Contains(hint, "<code>"+playground.TokenCommand+"</code>") {
		t.Errorf("the hint does not show playground.TokenCommand (which the docs test runs)")
	}
}

// start.js lets the user choose to keep headers: the setting is shown, the
// prop is the stored choice, and storage goes through the wrapper that
// keeps them while GraphiQL mounts (graphql/graphiql#3369).
func TestStartScriptLeavesHeadersToTheUser(t *testing.T) {
	rec := httptest.NewRecorder()
	playground.Handler("/query").ServeHTTP(rec, httptest.NewRequest(http.MethodGet, playground.AssetPrefix+"start.js", nil))
	js := rec.Body.String()
	for _, want := range []string{"showPersistHeadersSettings: true", "shouldPersistHeaders: persistHeaders", "storage: storage", "defaultTabs:", "plugins: [examplesPlugin]"} {
		if !strings.Contains(js, want) {
			t.Errorf("start.js lacks %q", want)
		}
	}
	if strings.Contains(js, "shouldPersistHeaders: false") {
		t.Error("start.js turns header persistence off for everyone, which hides the setting")
	}
}
