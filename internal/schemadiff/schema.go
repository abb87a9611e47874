package schemadiff

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// Schema is a GraphQL schema read for comparison.
type Schema struct {
	ast *ast.Schema
	// usages: the source says where directives are applied. SDL does;
	// introspection only for @deprecated, @specifiedBy and @oneOf.
	usages bool
	source string
}

// Source says where the schema was read from and how, e.g.
// "http://127.0.0.1:8080/schema.graphql (SDL)".
func (s *Schema) Source() string { return s.source }

// ParseSDL reads a schema from SDL text; name says where the text came
// from, for error messages.
func ParseSDL(name, sdl string) (*Schema, error) {
	s, err := gqlparser.LoadSchema(&ast.Source{Name: name, Input: sdl})
	if err != nil {
		return nil, fmt.Errorf("invalid SDL: %w", err)
	}
	if s.Query == nil {
		return nil, errors.New("invalid SDL: no query root type (type Query)")
	}
	return &Schema{ast: s, usages: true, source: name + " (SDL)"}, nil
}

// ParseIntrospection reads a schema from the JSON answer to an
// introspection query, {"data": {"__schema": …}} or {"__schema": …}.
func ParseIntrospection(name string, data []byte) (*Schema, error) {
	var answer struct {
		Data   *introspection `json:"data"`
		Schema *introSchema   `json:"__schema"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(data, &answer); err != nil {
		return nil, fmt.Errorf("not an introspection result: %w", err)
	}
	schema := answer.Schema
	if answer.Data != nil {
		schema = answer.Data.Schema
	}
	if schema == nil {
		if len(answer.Errors) > 0 {
			msg := answer.Errors[0].Message
			if code, ok := answer.Errors[0].Extensions["code"].(string); ok {
				msg += " (" + code + ")"
			}
			return nil, fmt.Errorf("introspection refused: %s", msg)
		}
		return nil, errors.New("not an introspection result: no __schema")
	}
	s, err := ParseSDL(name, schema.sdl())
	if err != nil {
		return nil, fmt.Errorf("introspection result: %w", err)
	}
	s.usages = false
	s.source = name + " (introspection)"
	return s, nil
}

// LoadOptions says how Load reaches a server.
type LoadOptions struct {
	// Client makes the requests; nil means one with a 30-second timeout.
	Client *http.Client
	// Header goes with every request, e.g. Authorization.
	Header http.Header
}

// Load reads a schema from a file (SDL, or an introspection result in
// JSON) or from an http(s) URL. A URL's answer is used when it is SDL;
// otherwise the standard introspection query is posted to it; failing
// both, the same is tried at schema.graphql, query and graphql beside it,
// so that a server's root URL is enough.
func Load(ctx context.Context, source string, opts LoadOptions) (*Schema, error) {
	if !strings.HasPrefix(source, "http://") && !strings.HasPrefix(source, "https://") {
		b, err := os.ReadFile(source)
		if err != nil {
			return nil, err
		}
		if bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")) {
			return ParseIntrospection(source, b)
		}
		return ParseSDL(source, string(b))
	}
	u, err := url.Parse(source)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("not a URL: %q", source)
	}
	if opts.Client == nil {
		opts.Client = &http.Client{Timeout: 30 * time.Second}
	}
	l := &loader{opts: opts}
	if s := l.at(ctx, u); s != nil {
		return s, nil
	}
	for _, rel := range []string{"schema.graphql", "query", "graphql"} {
		if ctx.Err() != nil {
			break
		}
		next := u.ResolveReference(&url.URL{Path: rel})
		if next.String() == u.String() {
			continue
		}
		if s := l.at(ctx, next); s != nil {
			return s, nil
		}
	}
	return nil, fmt.Errorf("no GraphQL schema at %s: %s", source, strings.Join(l.failures, "; "))
}

// loader tries the places a server may answer with its schema and keeps
// why each one did not.
type loader struct {
	opts     LoadOptions
	failures []string
}

// at tries one URL: GET for SDL, then POST for introspection.
func (l *loader) at(ctx context.Context, u *url.URL) *Schema {
	if s := l.sdl(ctx, u); s != nil {
		return s
	}
	for _, query := range []string{introspectionQuery, basicIntrospectionQuery} {
		s, retry := l.introspect(ctx, u, query)
		if s != nil || !retry {
			return s
		}
	}
	return nil
}

func (l *loader) sdl(ctx context.Context, u *url.URL) *Schema {
	body, mediaType, err := l.do(ctx, http.MethodGet, u, nil)
	if err != nil {
		l.fail("GET %s: %v", u, err)
		return nil
	}
	switch {
	case mediaType == "text/html":
		l.fail("GET %s: an HTML page, not SDL", u)
		return nil
	case strings.HasSuffix(mediaType, "json"):
		s, err := ParseIntrospection(u.String(), body)
		if err != nil {
			l.fail("GET %s: %v", u, err)
		}
		return s
	}
	s, err := ParseSDL(u.String(), string(body))
	if err != nil {
		l.fail("GET %s: %v", u, err)
	}
	return s
}

// introspect posts query to u; retry says a smaller query may still work
// (the server refused a field of the full one).
func (l *loader) introspect(ctx context.Context, u *url.URL, query string) (s *Schema, retry bool) {
	req, _ := json.Marshal(map[string]string{"query": query})
	body, mediaType, err := l.do(ctx, http.MethodPost, u, req)
	if err != nil {
		l.fail("POST %s: %v", u, err)
		return nil, false
	}
	if !strings.HasSuffix(mediaType, "json") {
		l.fail("POST %s: answered %s, not JSON", u, mediaType)
		return nil, false
	}
	s, err = ParseIntrospection(u.String(), body)
	if err != nil {
		l.fail("POST %s: %v", u, err)
		return nil, query == introspectionQuery && strings.Contains(err.Error(), "Cannot query field")
	}
	return s, false
}

// do makes one request and reads a successful answer, at most 64 MiB.
func (l *loader) do(ctx context.Context, method string, u *url.URL, body []byte) ([]byte, string, error) {
	req, err := http.NewRequestWithContext(ctx, method, u.String(), bytes.NewReader(body))
	if err != nil {
		return nil, "", err
	}
	for k, vs := range l.opts.Header {
		req.Header[k] = append([]string(nil), vs...)
	}
	if method == http.MethodPost {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/graphql-response+json, application/json")
	} else {
		req.Header.Set("Accept", "application/graphql, text/plain;q=0.9, */*;q=0.5")
	}
	resp, err := l.opts.Client.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	mediaType, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, "", err
	}
	// A GraphQL server answers a refused query 4xx with a JSON body that says why.
	if resp.StatusCode/100 != 2 && !(method == http.MethodPost && strings.HasSuffix(mediaType, "json") && resp.StatusCode/100 == 4) {
		return nil, "", errors.New(resp.Status)
	}
	return b, mediaType, nil
}

func (l *loader) fail(format string, args ...any) {
	l.failures = append(l.failures, fmt.Sprintf(format, args...))
}
