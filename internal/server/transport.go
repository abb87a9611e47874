package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/responsecache"
)

// The response media types of the GraphQL-over-HTTP specification.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// httpTransport is newsgraph's GraphQL-over-HTTP transport for GET queries
// and application/json POSTs (one operation, or a JSON array of them when
// batching is on). It differs from gqlgen's GET and POST transports where
// the specification asks: 405 with Allow for a mutation over GET, 400 for a
// body that is not UTF-8 or not JSON, 200 for request errors under
// application/json and 400 under application/graphql-response+json. It also
// makes anonymous GET answers cacheable (Cache-Control, ETag, 304).
type httpTransport struct {
	limits      Limits
	cacheMaxAge time.Duration
	metrics     *metrics
	live        bool                 // subscriptions are served, by the transports made for them
	cache       *responsecache.Cache // anonymous queries' answers; nil: none kept
	admission   *admission           // the line operations wait in to execute; nil: none
}

var _ graphql.Transport = httpTransport{}

// Supports claims GET and application/json POST requests, leaving WebSocket
// upgrades and text/event-stream subscriptions to the transports made for them.
func (httpTransport) Supports(r *http.Request) bool {
	if r.Header.Get("Upgrade") != "" || strings.Contains(r.Header.Get("Accept"), "text/event-stream") {
		return false
	}
	if r.Method == http.MethodGet {
		return true
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return r.Method == http.MethodPost && mt == mediaJSON
}

// exchange is one request being answered.
type exchange struct {
	w     http.ResponseWriter
	r     *http.Request
	media string // the response media type the client accepts
	start time.Time
	t     httpTransport
	op    string // the operation's metrics label (metrics.operation), once known
	name  string // the operation's name, once known (noteOperation)
	query bool   // the operation is a query, once known
	key   string // the request's key in the response cache (fromCache)
	gen   uint64 // the cache's generation to store the answer under; 0: not to store it
}

func (t httpTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	x := &exchange{w: w, r: r, media: negotiate(r.Header.Get("Accept")), start: time.Now(), t: t, op: operationLabel("")}
	if r.Method == http.MethodGet {
		if x.fromCache("GET?", r.URL.RawQuery, nil) {
			return
		}
		params, documentID, err := x.fromURL()
		if err == nil {
			err = x.onlyQueries(params)
		}
		if err != nil {
			x.fail(err)
			return
		}
		x.single(exec, params, documentID)
		return
	}
	body, err := readBody(w, r, t.limits.MaxBodyBytes)
	if err != nil {
		x.fail(err)
		return
	}
	if first := firstByte(body); first == '[' {
		x.batch(exec, body)
		return
	}
	if x.fromCache("POST ", "", body) {
		return
	}
	params, documentID, err := decodeParams(body, t.limits)
	if err != nil {
		x.fail(err)
		return
	}
	x.single(exec, params, documentID)
}

// maxCachedRequest bounds the requests whose answers are cached, since
// the request is the key: real queries are a few kilobytes, and a large
// request (refused by a limit, most likely) costs no copy.
const maxCachedRequest = 16 << 10

// fromCache answers the request from the response cache when the caller
// is anonymous and the cache holds the answer to these very bytes (a GET's
// query string, a POST's body, up to maxCachedRequest): the same bytes from an anonymous caller
// are the same question, whose answer only a change (which empties the
// cache) can alter. Otherwise it leaves the key and generation that single
// stores the answer under.
func (x *exchange) fromCache(method, query string, body []byte) bool {
	if x.t.cache == nil || len(query)+len(body) > maxCachedRequest || !access.Cacheable(x.r.Context()) {
		return false
	}
	// The bytes themselves are the key: the map hashes them faster than
	// a digest would, and compares them whole.
	x.key = method + query + string(body)
	hit, gen := x.t.cache.Get(x.key)
	if hit == nil {
		x.gen = gen
		return false
	}
	x.op = hit.Operation
	noteOperation(x.r.Context(), hit.Name)
	x.respond(hit.Body, hit.ETag, http.StatusOK, 0, outcomeOK, nil)
	return true
}

// single runs one operation, named by documentID when it is a persisted
// document request, and writes its answer, keeping it in the response
// cache when it is a complete answer to an anonymous query.
func (x *exchange) single(exec graphql.GraphExecutor, params *graphql.RawParams, documentID string) {
	resp, err := x.run(exec, params, documentID)
	if err != nil {
		x.fail(err)
		return
	}
	body, err := encodeResponse(resp)
	if err != nil {
		slog.ErrorContext(x.r.Context(), "encode response", "err", err)
		x.fail(apperr.Errorf(apperr.Internal, "internal error"))
		return
	}
	status, retryAfter := statusOf(resp, x.media)
	etag := ""
	if status == http.StatusOK && (x.r.Method == http.MethodGet || x.gen != 0) {
		etag = etagOf(body)
	}
	// x.gen is set only for the anonymous viewer (fromCache): no token
	// holder's answer, so no draft, ever goes in.
	if x.gen != 0 && x.query && status == http.StatusOK && len(resp.Errors) == 0 && len(resp.Extensions) == 0 {
		x.t.cache.Put(x.key, x.gen, &responsecache.Entry{Body: body, ETag: etag, Operation: x.op, Name: x.name})
	}
	x.respond(body, etag, status, retryAfter, outcomeOf(resp), resp.Errors)
}

// respond writes an answer: its headers (caching ones for a GET), 304 when
// the client holds it already, and counts it.
func (x *exchange) respond(body []byte, etag string, status, retryAfter int, outcome string, errs gqlerror.List) {
	h := x.w.Header()
	h.Set("Content-Type", x.media+"; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff") // data holds HTML, unescaped
	if retryAfter > 0 {
		h.Set("Retry-After", strconv.Itoa(retryAfter))
	}
	defer func() {
		x.t.metrics.observe(x.op, outcome, time.Since(x.start))
		x.t.metrics.countErrors(errs)
		noteErrors(x.r.Context(), errs)
	}()
	if x.r.Method == http.MethodGet && status == http.StatusOK {
		if x.cacheable(errs) {
			h.Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(x.t.cacheMaxAge.Seconds())))
		} else if !access.Cacheable(x.r.Context()) {
			h.Set("Cache-Control", "private, no-store")
		} else {
			h.Set("Cache-Control", "no-store")
		}
		h.Add("Vary", "Accept")
		h.Add("Vary", "Authorization")
		h.Set("ETag", etag)
		if etagMatches(x.r.Header.Get("If-None-Match"), etag) {
			x.w.WriteHeader(http.StatusNotModified)
			return
		}
	} else {
		h.Set("Cache-Control", "no-store")
	}
	x.w.WriteHeader(status)
	x.w.Write(body)
}

// etagOf is the entity tag of an answer's body.
func etagOf(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + hex.EncodeToString(sum[:16]) + `"`
}

// cacheable tells whether a GET answer may be kept by shared caches: it
// must be one everyone would get (access.Cacheable: what a token sees is
// not public), free of errors, and caching must be on.
func (x *exchange) cacheable(errs gqlerror.List) bool {
	return x.t.cacheMaxAge > 0 && len(errs) == 0 && access.Cacheable(x.r.Context())
}

// batch runs a JSON array of operations, one after the other, each in its
// own right (they do not share a transaction), and answers with an array.
func (x *exchange) batch(exec graphql.GraphExecutor, body []byte) {
	max := x.t.limits.MaxBatch
	if max == 0 {
		x.fail(apperr.Errorf(apperr.BatchingDisabled, "batched requests (a JSON array) are turned off on this server; send one operation per request"))
		return
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		x.fail(apperr.Errorf(apperr.BadRequest, "the body is not a JSON array of GraphQL requests"))
		return
	}
	if len(raws) == 0 || len(raws) > max {
		x.fail(apperr.Errorf(apperr.BatchLimit, "a batch holds 1 to %d operations, this one holds %d", max, len(raws)))
		return
	}
	params := make([]*graphql.RawParams, len(raws))
	documentIDs := make([]string, len(raws))
	for i, raw := range raws {
		p, documentID, err := decodeParams(raw, x.t.limits)
		if err != nil {
			x.fail(err)
			return
		}
		params[i], documentIDs[i] = p, documentID
	}
	out := make([]*graphql.Response, len(params))
	for i, p := range params {
		resp, err := x.run(exec, p, documentIDs[i])
		if err != nil {
			resp = &graphql.Response{Errors: gqlerror.List{PresentError(x.r.Context(), err)}}
		}
		out[i] = resp
		x.t.metrics.observe(x.op, outcomeOf(resp), time.Since(x.start))
		x.t.metrics.countErrors(resp.Errors)
		noteErrors(x.r.Context(), resp.Errors)
	}
	x.w.Header().Set("Content-Type", x.media+"; charset=utf-8")
	x.w.Header().Set("Cache-Control", "no-store")
	x.w.WriteHeader(http.StatusOK)
	wires := make([]wireResponse, len(out))
	for i, resp := range out {
		wires[i] = wire(resp)
	}
	json.NewEncoder(x.w).Encode(wires)
}

// wireResponse is a GraphQL response as it is sent: without a data entry
// when the request was refused before execution, as the specification asks
// (gqlgen's Response always writes one).
type wireResponse struct {
	Errors     gqlerror.List   `json:"errors,omitempty"`
	Data       json.RawMessage `json:"data,omitempty"`
	Extensions map[string]any  `json:"extensions,omitempty"`
}

func wire(r *graphql.Response) wireResponse {
	return wireResponse{Errors: r.Errors, Data: r.Data, Extensions: r.Extensions}
}

// encodeResponse writes r as wireResponse would encode, with r.Data copied
// as it is: gqlgen wrote it as JSON already, and json.Marshal would
// validate and compact every byte of it again (a twentieth of the server's
// CPU on a page of articles).
func encodeResponse(r *graphql.Response) ([]byte, error) {
	b := make([]byte, 0, len(r.Data)+64)
	b = append(b, '{')
	member := func(name string, v any, raw []byte) error {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, name...)
		if raw == nil {
			var err error
			if raw, err = json.Marshal(v); err != nil {
				return err
			}
		}
		b = append(b, raw...)
		return nil
	}
	if len(r.Errors) > 0 {
		if err := member(`"errors":`, r.Errors, nil); err != nil {
			return nil, err
		}
	}
	if len(r.Data) > 0 {
		member(`"data":`, nil, r.Data)
	}
	if len(r.Extensions) > 0 {
		if err := member(`"extensions":`, r.Extensions, nil); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

// run prepares and executes one operation, named by documentID when it is
// a persisted document request (trustedDocuments reads it). Request errors
// come back as a response without data; an error when HTTP itself must
// refuse it.
func (x *exchange) run(exec graphql.GraphExecutor, params *graphql.RawParams, documentID string) (*graphql.Response, error) {
	// The place in line is taken before the document is read: reading,
	// validating and executing are what compete for the cores. It is
	// given back before the answer is written, so a slow reader holds none.
	leave, err := x.t.admission.enter(x.r.Context())
	if err != nil {
		return nil, err
	}
	defer leave()
	params.Headers = x.r.Header
	params.ReadTime = graphql.TraceTiming{Start: graphql.Now(), End: graphql.Now()}
	ctx := withDocumentID(x.r.Context(), documentID)
	name := operationLabel(params.OperationName)
	oc, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		x.op = x.t.metrics.operation(name, operationDocument(oc), false)
		return exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs), nil
	}
	if oc.Operation.Name != "" {
		name = operationLabel(oc.Operation.Name)
	}
	x.op = x.t.metrics.operation(name, operationDocument(oc), true)
	x.name, x.query = name, oc.Operation.Operation == ast.Query
	noteOperation(ctx, name)
	if x.r.Method == http.MethodGet && oc.Operation.Operation != ast.Query {
		return nil, notOverGET(x.w, oc.Operation.Operation) // a persisted mutation, sent by hash
	}
	if oc.Operation.Operation == ast.Subscription {
		// One answer cannot carry a stream of them.
		return nil, subscriptionsElsewhere(x.t.live)
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	resp := responses(ctx)
	if resp == nil {
		// gqlgen gives no response at all when the context ended first:
		// the deadline's, or the client's going away.
		if errors.Is(ctx.Err(), context.Canceled) {
			return nil, apperr.Errorf(apperr.ClientClosed, "the client closed the request")
		}
		return nil, apperr.Errorf(apperr.Timeout, "the request took longer than the server allows")
	}
	return resp, nil
}

// onlyQueries refuses a GET that would run a mutation or a subscription,
// before validation, so the answer is the specification's 405 even for an
// operation the schema would refuse anyway. A document that does not parse
// is left for the executor to report.
func (x *exchange) onlyQueries(p *graphql.RawParams) error {
	if !strings.Contains(p.Query, "mutation") && !strings.Contains(p.Query, "subscription") {
		return nil
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, x.t.limits.MaxTokens)
	if err != nil {
		return nil
	}
	op := doc.Operations.ForName(p.OperationName)
	if op == nil || op.Operation == ast.Query {
		return nil
	}
	return notOverGET(x.w, op.Operation)
}

func notOverGET(w http.ResponseWriter, op ast.Operation) error {
	w.Header().Set("Allow", http.MethodPost)
	return apperr.Errorf(apperr.MethodNotAllowed, "a %s cannot be sent with GET; use POST", op)
}

// fromURL reads a GET request's query, documentId, operationName,
// variables and extensions.
func (x *exchange) fromURL() (params *graphql.RawParams, documentID string, err error) {
	if int64(len(x.r.URL.RawQuery)) > x.t.limits.MaxBodyBytes {
		return nil, "", apperr.Errorf(apperr.BodyTooLarge, "the query string is over %d bytes; send a POST", x.t.limits.MaxBodyBytes)
	}
	q, err := url.ParseQuery(x.r.URL.RawQuery)
	if err != nil {
		return nil, "", apperr.Errorf(apperr.BadRequest, "the query string is not URL-encoded")
	}
	for _, vs := range q {
		for _, v := range vs {
			if !utf8.ValidString(v) {
				return nil, "", apperr.Errorf(apperr.BadRequest, "the query string is not valid UTF-8")
			}
		}
	}
	p := &graphql.RawParams{Query: q.Get("query"), OperationName: q.Get("operationName")}
	if v := q.Get("variables"); v != "" {
		raw := []byte(v)
		if err := scanVariables(raw, false, x.t.limits); err != nil {
			return nil, "", err
		}
		if err := decodeJSON(raw, &p.Variables); err != nil {
			return nil, "", apperr.Errorf(apperr.BadRequest, "variables is not a JSON object")
		}
	}
	if v := q.Get("extensions"); v != "" {
		if err := decodeJSON([]byte(v), &p.Extensions); err != nil {
			return nil, "", apperr.Errorf(apperr.BadRequest, "extensions is not a JSON object")
		}
	}
	documentID = q.Get("documentId")
	if p.Query == "" && documentID == "" && p.Extensions["persistedQuery"] == nil {
		return nil, "", apperr.Errorf(apperr.BadRequest, "a GET request needs a query or a documentId parameter")
	}
	return p, documentID, nil
}

// readBody reads at most limit bytes of a POST body and insists on UTF-8:
// encoding/json would silently replace bad bytes with U+FFFD.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	tooLarge := apperr.Errorf(apperr.BodyTooLarge, "the request body is over the limit of %d bytes", limit)
	if r.ContentLength > limit {
		return nil, tooLarge
	}
	body, err := readAll(http.MaxBytesReader(w, r.Body, limit), r.ContentLength)
	var big *http.MaxBytesError
	switch {
	case errors.As(err, &big):
		return nil, tooLarge
	case err != nil:
		return nil, apperr.Errorf(apperr.BadRequest, "the request body could not be read")
	case !utf8.Valid(body):
		return nil, apperr.Errorf(apperr.BadRequest, "the request body is not valid UTF-8")
	}
	return body, nil
}

// readAll is io.ReadAll for a body that announced its size (not -1): it
// reads into 64 KiB, then into one buffer of the announced size, where
// io.ReadAll grows its buffer in steps and allocates twice what it reads.
// A client that announces a large body and sends none of it holds 64 KiB.
func readAll(r io.Reader, size int64) ([]byte, error) {
	if size < 0 {
		return io.ReadAll(r)
	}
	b := make([]byte, 0, min(size, 64<<10)+1) // one more, to meet the end without growing
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			grown := make([]byte, len(b), max(size+1, int64(2*len(b))))
			b = grown[:copy(grown, b)]
		}
	}
}

// decodeParams reads one GraphQL request object, or persisted document
// request (documentId in place of query), refusing variables over the
// input limits before it decodes them. Its error never quotes the body
// back.
func decodeParams(body []byte, l Limits) (params *graphql.RawParams, documentID string, err error) {
	if err := scanVariables(body, true, l); err != nil {
		return nil, "", err
	}
	var p struct {
		Query         *string        `json:"query"`
		DocumentID    *string        `json:"documentId"`
		OperationName *string        `json:"operationName"`
		Variables     map[string]any `json:"variables"`
		Extensions    map[string]any `json:"extensions"`
	}
	if err := decodeJSON(body, &p); err != nil {
		return nil, "", apperr.Errorf(apperr.BadRequest, "the body is not a GraphQL request: a JSON object with a string query (or documentId), and optionally operationName, variables and extensions")
	}
	params = &graphql.RawParams{Variables: p.Variables, Extensions: p.Extensions}
	if p.Query != nil {
		params.Query = *p.Query
	}
	if p.DocumentID != nil {
		documentID = *p.DocumentID
	}
	if p.OperationName != nil {
		params.OperationName = *p.OperationName
	}
	if params.Query == "" && documentID == "" && params.Extensions["persistedQuery"] == nil {
		return nil, "", apperr.Errorf(apperr.BadRequest, "the request has no query")
	}
	return params, documentID, nil
}

// decodeJSON decodes exactly one JSON value, keeping numbers exact.
func decodeJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("data after the JSON value")
	}
	return nil
}

func firstByte(b []byte) byte {
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 {
		return 0
	}
	return b[0]
}

// fail answers the request with err alone, through the one writer.
func (x *exchange) fail(err error) {
	x.t.metrics.observe(x.op, outcomeRejected, time.Since(x.start))
	errs := gqlerror.List{writeError(x.r.Context(), x.w, x.media, err)}
	x.t.metrics.countErrors(errs)
	noteErrors(x.r.Context(), errs)
}

// negotiate picks the response media type from an Accept header: the
// acceptable one of highest quality, application/json when there is none or
// only wildcards (the specification's default while clients move over).
func negotiate(accept string) string {
	type choice struct {
		media string
		q     float64
		order int
	}
	var choices []choice
	for i, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if s, ok := params["q"]; ok {
			if f, err := strconv.ParseFloat(s, 64); err == nil {
				q = f
			}
		}
		switch mt {
		case mediaGraphQLResponse, mediaJSON:
		case "*/*", "application/*":
			mt = mediaJSON
		default:
			continue
		}
		if q > 0 {
			choices = append(choices, choice{mt, q, i})
		}
	}
	if len(choices) == 0 {
		return mediaJSON
	}
	sort.SliceStable(choices, func(i, j int) bool { return choices[i].q > choices[j].q })
	return choices[0].media
}

// etagMatches tells whether an If-None-Match header names etag.
func etagMatches(header, etag string) bool {
	for _, tag := range strings.Split(header, ",") {
		tag = strings.TrimPrefix(strings.TrimSpace(tag), "W/")
		if tag == etag || tag == "*" {
			return true
		}
	}
	return false
}

// requestBudget bounds how long one request may run. The error presenter
// turns the resulting deadline errors into TIMEOUT. A WebSocket and an
// event stream live as long as their subscriptions; the queries and
// mutations sent over them have the same budget each (operationBudget).
func requestBudget(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if d <= 0 || streaming(r) {
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// streaming tells whether r asks for a connection that lasts as long as
// its subscriptions: a WebSocket upgrade, or a POST for text/event-stream.
func streaming(r *http.Request) bool {
	return r.Header.Get("Upgrade") != "" ||
		r.Method == http.MethodPost && strings.Contains(r.Header.Get("Accept"), "text/event-stream")
}

// noSubscriptions answers what no transport of this server takes (a
// WebSocket upgrade or a request for text/event-stream when subscriptions
// are off, a GET for text/event-stream) with a coded refusal, where gqlgen
// would write an uncoded "transport not supported". It must be the last
// transport.
type noSubscriptions struct{ live bool }

var _ graphql.Transport = noSubscriptions{}

func (noSubscriptions) Supports(*http.Request) bool { return true }

func (t noSubscriptions) Do(w http.ResponseWriter, r *http.Request, _ graphql.GraphExecutor) {
	writeError(r.Context(), w, negotiate(r.Header.Get("Accept")), subscriptionsElsewhere(t.live))
}

// subscriptionsElsewhere refuses a subscription, or a request for a
// stream, that reached a transport that does not take it, saying where
// they go.
func subscriptionsElsewhere(live bool) error {
	if !live {
		return apperr.Errorf(apperr.BadRequest,
			"this server has no subscriptions (WebSocket, text/event-stream): send queries and mutations as GET or POST, accepting application/json")
	}
	return apperr.Errorf(apperr.BadRequest,
		"subscriptions go over a WebSocket (graphql-transport-ws) or a POST of application/json that accepts text/event-stream (graphql-sse), both at /query")
}
