package server

// Trusted documents: a server started with a manifest runs only the
// operations in it (an operation allow-list), named by their id or sent as
// their exact text; callers whose role is allowed ad-hoc operations (editors
// in GraphiQL) run anything. The check is one gqlgen extension, run before
// the document is parsed, so it holds for every transport (GET, POST, batches,
// uploads, WebSocket, graphql-sse) and for both executors (compiled or not).

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// The codes of trusted documents (docs/http.md).
const (
	CodePersistedDocumentNotFound = apperr.PersistedDocumentNotFound // a documentId or persistedQuery hash the manifest lacks
	CodePersistedDocumentRequired = apperr.PersistedDocumentRequired // a text the manifest lacks, from a caller not allowed ad-hoc operations
)

// documentIDPrefix starts a SHA256 hex document identifier (GraphQL over
// HTTP, Appendix A: Persisted Documents).
const documentIDPrefix = "sha256:"

// Manifest is the set of trusted documents of a server: the JSON object
// that graphql-codegen's client preset (persistedDocuments, sha256) and
// Relay's persisted queries (persistConfig algorithm SHA256) write, from a
// document id, "sha256:<hex>" or the bare hex, to the document's text. Every
// id is the sha256 of its text, checked when the manifest is read.
type Manifest struct {
	texts map[string]string // lower-case hex sha256 of a text → the text
}

// LoadManifest reads the manifest in the file at path (ParseManifest).
func LoadManifest(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseManifest(data)
}

// ParseManifest reads a manifest, refusing it whole, with an error naming
// the first bad key, when a key is not a sha256 document id, a value is not
// a string, an id is not the sha256 of its text, or a text does not parse
// as GraphQL.
func ParseManifest(data []byte) (*Manifest, error) {
	var entries map[string]json.RawMessage
	if err := json.Unmarshal(data, &entries); err != nil || entries == nil {
		return nil, fmt.Errorf(`not a JSON object from document ids ("sha256:<hex>") to documents`)
	}
	keys := make([]string, 0, len(entries))
	for k := range entries {
		keys = append(keys, k)
	}
	sort.Strings(keys) // the same key is reported first every time
	m := &Manifest{texts: make(map[string]string, len(entries))}
	for _, key := range keys {
		hash, ok := documentHash(key)
		if !ok {
			return nil, fmt.Errorf(`key %q is not a sha256 document id ("sha256:" and 64 hex digits, or the 64 digits alone)%s`, key, otherHash(key))
		}
		var text string
		if err := json.Unmarshal(entries[key], &text); err != nil {
			return nil, fmt.Errorf("key %q: the value is not a string, the text of a document", key)
		}
		if sum := sha256Hex(text); sum != hash {
			return nil, fmt.Errorf("key %q is not the sha256 of its document, whose id is %s%s: the manifest and its documents disagree", key, documentIDPrefix, sum)
		}
		if _, err := parser.ParseQuery(&ast.Source{Input: text}); err != nil {
			return nil, fmt.Errorf("key %q: the document does not parse: %v", key, err)
		}
		m.texts[hash] = text
	}
	return m, nil
}

// Len is the number of documents in m.
func (m *Manifest) Len() int { return len(m.texts) }

// text is the document of id hash (lower-case hex), if m has it.
func (m *Manifest) text(hash string) (string, bool) {
	t, ok := m.texts[hash]
	return t, ok
}

// has tells whether query is the exact text of one of m's documents, and
// its hash.
func (m *Manifest) has(query string) (string, bool) {
	if query == "" {
		return "", false
	}
	hash := sha256Hex(query)
	t, ok := m.texts[hash]
	return hash, ok && t == query
}

// documentHash reads a document id, "sha256:<hex>" or the bare 64 hex
// digits (graphql-codegen's and Relay's manifests, Apollo's sha256Hash), as
// the lower-case hex of a sha256.
func documentHash(id string) (string, bool) {
	h := strings.TrimPrefix(id, documentIDPrefix)
	if len(h) != 2*sha256.Size || !isHex(h) {
		return "", false
	}
	return strings.ToLower(h), true
}

// otherHash says what an id of another hash is likely to be, for the error
// of a manifest that holds one.
func otherHash(id string) string {
	if !isHex(id) {
		return ""
	}
	switch len(id) {
	case 32:
		return `; 32 hex digits are an MD5, which Relay writes unless persistConfig.algorithm is "SHA256"`
	case 40:
		return `; 40 hex digits are a SHA-1: set graphql-codegen's persistedDocuments.hashAlgorithm to "sha256"`
	}
	return ""
}

func isHex(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// documentIDKey is the context key of the documentId a request named.
type documentIDKey struct{}

// withDocumentID is ctx carrying the documentId of a persisted document
// request, which the HTTP transports read beside query (gqlgen's
// parameters have no place for it); "" leaves ctx as it is.
func withDocumentID(ctx context.Context, id string) context.Context {
	if id == "" {
		return ctx
	}
	return context.WithValue(ctx, documentIDKey{}, id)
}

func documentIDFrom(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(documentIDKey{}).(string)
	return id, ok
}

// trustedDocuments is the gqlgen extension that decides, before anything
// parses a document, what runs. With a manifest, a request names a
// document by documentId (GraphQL over HTTP's persisted documents, over GET,
// POST and graphql-sse) or by Apollo's extensions.persistedQuery.sha256Hash
// (any transport, WebSocket included), or sends its exact text; anything
// else runs only for a caller whose role is in adhoc. Automatic persisted
// queries are off then (server.New): nothing registers new documents.
// Without a manifest, everything runs, and a documentId alone is refused
// as naming nothing.
type trustedDocuments struct {
	manifest *Manifest // nil: no manifest
	adhoc    []auth.Role
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = trustedDocuments{}

func (trustedDocuments) ExtensionName() string                   { return "TrustedDocuments" }
func (trustedDocuments) Validate(graphql.ExecutableSchema) error { return nil }

func (d trustedDocuments) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	id, byID := documentIDFrom(ctx)
	if d.manifest == nil {
		if byID && p.Query == "" {
			return documentError(CodePersistedDocumentNotFound, "this server keeps no persisted documents: send the document's text as query")
		}
		return nil
	}
	if !byID {
		var err *gqlerror.Error
		if id, err = persistedQueryHash(p.Extensions); err != nil {
			return err
		}
	}
	if id != "" {
		hash, wellFormed := documentHash(id)
		text, known := d.manifest.text(hash)
		switch {
		case known && (p.Query == "" || p.Query == text):
			p.Query = text
			noteDocument(ctx, hash)
			return nil
		case known:
			return documentError(apperr.BadRequest, "the query sent is not the text of document %s%s: send the id alone", documentIDPrefix, hash)
		case !wellFormed && p.Query == "":
			return documentError(CodePersistedDocumentNotFound, "the document id is not one of this server's: they are %s followed by 64 hex digits", documentIDPrefix)
		case p.Query == "":
			return documentError(CodePersistedDocumentNotFound, "document %s%s is not in this server's manifest of trusted documents", documentIDPrefix, hash)
		case !wellFormed || sha256Hex(p.Query) != hash:
			return documentError(apperr.BadRequest, "the document id is not the sha256 of the query sent with it")
		}
		// An id the manifest lacks, sent with its text: the text decides.
	}
	if hash, ok := d.manifest.has(p.Query); ok {
		noteDocument(ctx, hash)
		return nil
	}
	if c := auth.FromContext(ctx); c != nil && slices.Contains(d.adhoc, c.Role) {
		return nil
	}
	return documentError(CodePersistedDocumentRequired, "%s", d.requiredMessage())
}

// requiredMessage tells a caller refused an ad-hoc operation what runs.
func (d trustedDocuments) requiredMessage() string {
	msg := "this server runs only the trusted documents of its manifest: name one with documentId (or extensions.persistedQuery.sha256Hash), or send its exact text"
	if len(d.adhoc) == 0 {
		return msg
	}
	roles := make([]string, len(d.adhoc))
	for i, r := range d.adhoc {
		roles[i] = string(r)
	}
	return msg + "; other operations need an API token of role " + strings.Join(roles, " or ")
}

// persistedQueryHash is the hash of Apollo's persisted query extension
// ({"persistedQuery": {"version": 1, "sha256Hash": "<hex>"}}), "" when
// there is none.
func persistedQueryHash(ext map[string]any) (string, *gqlerror.Error) {
	raw, ok := ext["persistedQuery"]
	if !ok || raw == nil {
		return "", nil
	}
	pq, ok := raw.(map[string]any)
	if !ok {
		return "", documentError(apperr.BadRequest, "extensions.persistedQuery is not an object")
	}
	if v := fmt.Sprint(pq["version"]); v != "1" {
		return "", documentError(apperr.BadRequest, "extensions.persistedQuery.version must be 1")
	}
	hash, ok := pq["sha256Hash"].(string)
	if !ok || hash == "" {
		return "", documentError(apperr.BadRequest, "extensions.persistedQuery.sha256Hash must be a string")
	}
	return hash, nil
}

// documentError is a refusal of the document with code, coded already:
// gqlgen sends a WebSocket's refused operation unpresented.
func documentError(code, format string, args ...any) *gqlerror.Error {
	return limitError(code, nil, format, args...)
}
