package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

// feedDocument is a document of the manifests of these tests, written as
// graphql-codegen's client preset prints documents.
const feedDocument = "query Feed {\n  articles(first: 3) {\n    totalCount\n    edges {\n      node {\n        title\n      }\n    }\n  }\n}"

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// writeManifest writes entries as a manifest file, indented as
// graphql-codegen writes persisted-documents.json, and returns its path.
func writeManifest(t *testing.T, entries map[string]string) string {
	t.Helper()
	b, err := json.MarshalIndent(entries, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "persisted-documents.json")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// A manifest that is not what it says stops `newsgraph serve` before it
// opens the database, with one line naming the setting and the bad key.
func TestServeRefusesABadManifest(t *testing.T) {
	good := sha256Hex(feedDocument)
	cases := []struct {
		name     string
		manifest func(t *testing.T) string
		want     string
	}{
		{"a key that is not the hash of its document", func(t *testing.T) string {
			return writeManifest(t, map[string]string{good: feedDocument, "sha256:" + sha256Hex("{ a }"): "{ b }"})
		}, `: key "sha256:` + sha256Hex("{ a }") + `" is not the sha256 of its document, whose id is sha256:` + sha256Hex("{ b }")},
		{"Relay's MD5 ids", func(t *testing.T) string {
			return writeManifest(t, map[string]string{"0cc175b9c0f1b6a831c399e269772661": "{ a }"})
		}, `: key "0cc175b9c0f1b6a831c399e269772661" is not a sha256 document id`},
		{"no such file", func(t *testing.T) string {
			return filepath.Join(t.TempDir(), "missing.json")
		}, "missing.json: no such file or directory"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.manifest(t)
			dbFile := filepath.Join(t.TempDir(), "never-opened.db")
			t.Setenv("NEWSGRAPH_ADDR", "127.0.0.1:0")
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{"serve", "--database-url", "sqlite:" + dbFile, "--documents", path}, &stdout, &stderr)
			want := "newsgraph serve: --documents (NEWSGRAPH_DOCUMENTS) " + path
			if code != 1 || !strings.HasPrefix(stderr.String(), want) || !strings.Contains(stderr.String(), c.want) || strings.Count(stderr.String(), "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want one line %q…%q", code, stderr.String(), want, c.want)
			}
			if _, err := os.Stat(dbFile); !os.IsNotExist(err) {
				t.Errorf("the database was opened: %v", err)
			}
		})
	}
}

// A real `newsgraph serve --documents` process: a document runs over GET
// with an ETag and a 304 on revalidation; an unknown id and ad-hoc text are
// refused with their codes, unless the caller's role is allowed ad-hoc
// operations.
func TestServeWithTrustedDocuments(t *testing.T) {
	manifest := writeManifest(t, map[string]string{sha256Hex(feedDocument): feedDocument})
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			c := testnode.Start(t, e.URL(t), 1, "--documents", manifest, "--adhoc-roles", "editor", "--demo")
			n := c.Nodes[0]
			get := func(t *testing.T, params url.Values, header ...string) (*http.Response, []byte) {
				t.Helper()
				req, _ := http.NewRequest(http.MethodGet, n.Endpoint()+"?"+params.Encode(), nil)
				for i := 0; i+1 < len(header); i += 2 {
					req.Header.Set(header[i], header[i+1])
				}
				return send(t, req)
			}
			post := func(t *testing.T, body map[string]any, token string) (*http.Response, []byte) {
				t.Helper()
				b, _ := json.Marshal(body)
				req, _ := http.NewRequest(http.MethodPost, n.Endpoint(), bytes.NewReader(b))
				req.Header.Set("Content-Type", "application/json")
				if token != "" {
					req.Header.Set("Authorization", "Bearer "+token)
				}
				return send(t, req)
			}

			byID := url.Values{"documentId": {"sha256:" + sha256Hex(feedDocument)}}
			resp, body := get(t, byID)
			etag := resp.Header.Get("ETag")
			if resp.StatusCode != http.StatusOK || codeIn(t, body) != "" || !strings.Contains(string(body), `"totalCount"`) {
				t.Fatalf("GET documentId: %d %s", resp.StatusCode, body)
			}
			if etag == "" || strings.HasPrefix(etag, "W/") || !strings.HasPrefix(resp.Header.Get("Cache-Control"), "public, max-age=") {
				t.Errorf("GET documentId: ETag %q, Cache-Control %q", etag, resp.Header.Get("Cache-Control"))
			}
			resp, body = get(t, byID, "If-None-Match", etag)
			if resp.StatusCode != http.StatusNotModified || len(body) != 0 || resp.Header.Get("ETag") != etag {
				t.Errorf("revalidation: %d %q, ETag %q", resp.StatusCode, body, resp.Header.Get("ETag"))
			}

			if _, body = get(t, url.Values{"documentId": {"sha256:" + sha256Hex("{ __typename }")}}); codeIn(t, body) != "PERSISTED_DOCUMENT_NOT_FOUND" {
				t.Errorf("an unknown documentId: %s", body)
			}
			adhoc := map[string]any{"query": `{ articles(first: 1) { totalCount } }`}
			if _, body = post(t, adhoc, ""); codeIn(t, body) != "PERSISTED_DOCUMENT_REQUIRED" {
				t.Errorf("ad-hoc text, anonymous: %s", body)
			}
			if _, body = post(t, adhoc, c.Token(t, "viewer")); codeIn(t, body) != "PERSISTED_DOCUMENT_REQUIRED" {
				t.Errorf("ad-hoc text, a viewer: %s", body)
			}
			if _, body = post(t, adhoc, c.Token(t, "editor")); codeIn(t, body) != "" {
				t.Errorf("ad-hoc text, an editor: %s", body)
			}
			if !strings.Contains(n.Stderr(), `"trusted_documents":1`) {
				t.Errorf("the start is not logged with the manifest's size")
			}
			// The access log line is written once the answer is out.
			waitUntil(t, time.Minute, "the access log to name the document run", func() bool {
				return strings.Contains(n.Stderr(), `"operation":"Feed","document":"sha256:`+sha256Hex(feedDocument)+`"`)
			})
		})
	}
}

func send(t *testing.T, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

// codeIn is the extensions.code of the first error of a GraphQL answer, or "".
func codeIn(t *testing.T, body []byte) string {
	t.Helper()
	if len(body) == 0 {
		return ""
	}
	var r struct {
		Errors []struct{ Extensions struct{ Code string } }
	}
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("not a GraphQL answer: %s", body)
	}
	if len(r.Errors) == 0 {
		return ""
	}
	return r.Errors[0].Extensions.Code
}
