package server

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"go.opentelemetry.io/otel/trace"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// gate refuses, before GraphQL sees them, the requests /query does not
// take: methods other than GET and POST, and POSTs a browser can send from
// any site without a CORS preflight (form-encoded, text/plain, multipart
// that is not a GraphQL file upload). Those are the cross-site request
// forgery paths.
func gate(limit int64, m *metrics, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		media := negotiate(r.Header.Get("Accept"))
		start := time.Now()
		refuse := func(err error) {
			m.observe(operationLabel(""), outcomeRejected, time.Since(start))
			errs := gqlerror.List{writeError(r.Context(), w, media, err)}
			m.countErrors(errs)
			noteErrors(r.Context(), errs)
		}
		switch r.Method {
		case http.MethodGet, http.MethodOptions:
			next.ServeHTTP(w, r)
			return
		case http.MethodPost:
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			refuse(apperr.Errorf(apperr.MethodNotAllowed, "/query takes GET (queries) and POST"))
			return
		}
		mt, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		switch {
		case mt == mediaJSON:
			next.ServeHTTP(w, r)
		case mt == "multipart/form-data" && isUpload(r, params["boundary"], limit):
			next.ServeHTTP(w, r)
		case mt == "multipart/form-data":
			refuse(apperr.Errorf(apperr.UnsupportedMediaType, "multipart/form-data is only for file uploads (the GraphQL multipart request: operations, map, files); send other requests as application/json"))
		default:
			refuse(apperr.Errorf(apperr.UnsupportedMediaType, "a POST to /query must have Content-Type: application/json"))
		}
	})
}

// isUpload tells whether r is a GraphQL multipart request that carries a
// file: its first part is "operations", its second a "map" naming at least
// one file. It reads at most limit bytes to find out and puts them back, so
// the upload transport reads the whole body.
func isUpload(r *http.Request, boundary string, limit int64) bool {
	if boundary == "" {
		return false
	}
	var seen bytes.Buffer
	mr := multipart.NewReader(io.TeeReader(io.LimitReader(r.Body, limit), &seen), boundary)
	defer func() {
		r.Body = struct {
			io.Reader
			io.Closer
		}{io.MultiReader(&seen, r.Body), r.Body}
	}()
	ops, err := mr.NextPart()
	if err != nil || ops.FormName() != "operations" {
		return false
	}
	if _, err := io.Copy(io.Discard, ops); err != nil {
		return false
	}
	part, err := mr.NextPart()
	if err != nil || part.FormName() != "map" {
		return false
	}
	var files map[string][]string
	if err := json.NewDecoder(part).Decode(&files); err != nil {
		return false
	}
	return len(files) > 0
}

// requestIDKey is the context key of a request's ID.
type requestIDKey struct{}

// RequestID returns the ID of the request ctx belongs to, or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// withRequestID gives every request an ID: the client's X-Request-ID when
// it is a sane token (so a proxy's ID carries through), a random one
// otherwise. The ID is returned in X-Request-ID and logged with every record.
func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID")
		if !saneID(id) {
			var b [16]byte
			rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id)))
	})
}

// saneID accepts 1 to 128 letters, digits and -_.: so that an ID cannot
// forge log lines or headers.
func saneID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("-_.:", c)) {
			return false
		}
	}
	return true
}

// LogHandler wraps h so that every record logged with a request's context
// carries its request_id, and, when the request is traced, its trace_id and
// span_id.
func LogHandler(h slog.Handler) slog.Handler { return requestIDHandler{h} }

type requestIDHandler struct{ slog.Handler }

func (h requestIDHandler) Handle(ctx context.Context, r slog.Record) error {
	if id := RequestID(ctx); id != "" {
		r.AddAttrs(slog.String("request_id", id))
	}
	if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
		r.AddAttrs(slog.String("trace_id", sc.TraceID().String()), slog.String("span_id", sc.SpanID().String()))
	}
	return h.Handler.Handle(ctx, r)
}

func (h requestIDHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return requestIDHandler{h.Handler.WithAttrs(as)}
}

func (h requestIDHandler) WithGroup(name string) slog.Handler {
	return requestIDHandler{h.Handler.WithGroup(name)}
}

// accessLog logs one line per request once it is answered, with the
// GraphQL operation when there was one. Probes and scrapes that succeed are
// logged at debug level, so that they do not drown the rest.
func accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		note := &requestNote{}
		r = r.WithContext(context.WithValue(r.Context(), requestNoteKey{}, note))
		next.ServeHTTP(rec, r)
		level := slog.LevelInfo
		if rec.status < 400 && (r.URL.Path == "/healthz" || r.URL.Path == "/readyz" || r.URL.Path == "/metrics") {
			level = slog.LevelDebug
		}
		attrs := []any{"method", r.Method, "path", r.URL.Path, "status", rec.status,
			"bytes", rec.bytes, "duration_ms", float64(time.Since(start).Microseconds()) / 1000}
		for _, a := range [...]struct{ key, value string }{
			{"operation", note.operation}, {"document", note.document}, {"code", note.code}, {"caller", note.caller}, {"client", note.client},
		} {
			if a.value != "" {
				attrs = append(attrs, a.key, a.value)
			}
		}
		slog.Log(r.Context(), level, "http request", attrs...)
	})
}

// requestNote is what the inner layers tell the access log about a
// request: the operation, the trusted document it ran, the code of the
// first error answered, who called (a token's name, never its secret) and
// from what address.
type requestNote struct{ operation, document, code, caller, client string }

type requestNoteKey struct{}

// note lets f record what the access log is to say of ctx's request.
func note(ctx context.Context, f func(*requestNote)) {
	if n, ok := ctx.Value(requestNoteKey{}).(*requestNote); ok {
		f(n)
	}
}

// noteOperation records the operation a request ran, for the access log.
func noteOperation(ctx context.Context, op string) {
	note(ctx, func(n *requestNote) { n.operation = op })
}

// noteDocument records the trusted document (the hex of its sha256) an
// operation runs: on the operation, for its metrics label and its span,
// and the request's first, for the access log.
func noteDocument(ctx context.Context, hash string) {
	if graphql.HasOperationContext(ctx) {
		graphql.GetOperationContext(ctx).Stats.SetExtension(documentStatsKey, hash)
	}
	note(ctx, func(n *requestNote) {
		if n.document == "" {
			n.document = documentIDPrefix + hash
		}
	})
}

// documentStatsKey is where an operation keeps its trusted document.
const documentStatsKey = "newsgraph.document"

// operationDocument is the trusted document (the hex of its sha256) of
// the operation of oc, "" when it ran none.
func operationDocument(oc *graphql.OperationContext) string {
	if oc == nil {
		return ""
	}
	hash, _ := oc.Stats.GetExtension(documentStatsKey).(string)
	return hash
}

// noteErrors records the code of the first of errs, for the access log.
func noteErrors(ctx context.Context, errs gqlerror.List) {
	if len(errs) > 0 {
		note(ctx, func(n *requestNote) {
			if n.code == "" {
				n.code = codeOf(errs[0])
			}
		})
	}
}

// recorder remembers the status and size of a response. Unwrap lets
// http.ResponseController (flushes, WebSocket hijacks) reach the real writer.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int
	wrote  bool
}

func (r *recorder) WriteHeader(status int) {
	if !r.wrote {
		r.status, r.wrote = status, true
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}

func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

func (r *recorder) Flush() { http.NewResponseController(r.ResponseWriter).Flush() }

// recoverPanics answers a panic outside the resolvers (gqlgen recovers
// those) with a bare INTERNAL error, logging the stack once, for operators
// only.
func recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				slog.ErrorContext(r.Context(), "http: panic", "panic", p, "stack", string(debug.Stack()))
				writeError(r.Context(), w, negotiate(r.Header.Get("Accept")), apperr.Errorf(apperr.Internal, "internal error"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}
