package server

// Tracing, when Options.Tracing is set (internal/telemetry): each HTTP
// request is a server span, continuing the caller's trace when it sends a
// W3C traceparent; each query or mutation is a span under it, in whose
// context the resolvers run, and so the SQL statements, each a span of its
// own (internal/database). Without a tracer provider nothing here is
// installed: the edge costs what it did before.

import (
	"context"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/metric/noop"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"

	"github.com/newsgraph/newsgraph/internal/telemetry"
)

// tracerName names the spans this package makes.
const tracerName = "github.com/newsgraph/newsgraph/internal/server"

// documentAttribute is the span attribute of the trusted document an
// operation ran ("sha256:<hex>"); OpenTelemetry names none.
const documentAttribute = attribute.Key("newsgraph.document.id")

// traceRequests makes each request to next a server span, named by its
// method and route. Subscriptions (a WebSocket, an event stream) are not
// traced: a span as long as a connection tells nothing; nor are probes and
// scrapes, which would be most of the spans.
func traceRequests(tp trace.TracerProvider, next http.Handler) http.Handler {
	return otelhttp.NewHandler(next, "newsgraph",
		otelhttp.WithTracerProvider(tp),
		otelhttp.WithPropagators(telemetry.Propagator),
		otelhttp.WithMeterProvider(noop.NewMeterProvider()), // the request figures are Prometheus'
		otelhttp.WithFilter(traced),
		otelhttp.WithSpanNameFormatter(func(_ string, r *http.Request) string {
			return r.Method + " " + route(r.URL.Path)
		}),
	)
}

// traced tells whether r gets a span.
func traced(r *http.Request) bool {
	switch r.URL.Path {
	case "/healthz", "/readyz", "/metrics":
		return false
	}
	return r.Header.Get("Upgrade") == "" && !strings.Contains(r.Header.Get("Accept"), "text/event-stream")
}

// route is the path pattern of path, a span name of bounded variety.
func route(path string) string {
	switch {
	case path == "/query", path == "/schema.graphql", path == "/":
		return path
	case strings.HasPrefix(path, "/media/"):
		return "/media/{path}"
	case strings.HasPrefix(path, "/playground/"):
		return "/playground/{asset}"
	}
	return "{other}"
}

// operationTracing is the gqlgen extension that makes each query and
// mutation a span: "query FrontPage", with the operation's type and name,
// the trusted document it ran, and, when the answer has errors, the code
// of the first as error.type. The resolvers run in its context.
type operationTracing struct{ tracer trace.Tracer }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = operationTracing{}

func (operationTracing) ExtensionName() string                   { return "OperationTracing" }
func (operationTracing) Validate(graphql.ExecutableSchema) error { return nil }

func (t operationTracing) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil || oc.Operation.Operation == ast.Subscription {
		return next(ctx)
	}
	kind := string(oc.Operation.Operation)
	name := kind
	attrs := []attribute.KeyValue{semconv.GraphQLOperationTypeKey.String(kind)}
	if oc.Operation.Name != "" {
		name += " " + oc.Operation.Name
		attrs = append(attrs, semconv.GraphQLOperationName(oc.Operation.Name))
	}
	if doc := operationDocument(oc); doc != "" {
		attrs = append(attrs, documentAttribute.String(documentIDPrefix+doc))
	}
	ctx, span := t.tracer.Start(ctx, name, trace.WithAttributes(attrs...))
	responses := next(ctx)
	return func(rctx context.Context) *graphql.Response {
		// The fields resolve in the context the response is asked for
		// in; it carries the span whatever the transport.
		resp := responses(trace.ContextWithSpan(rctx, span))
		if resp != nil && len(resp.Errors) > 0 {
			code := codeOf(resp.Errors[0])
			span.SetAttributes(semconv.ErrorTypeKey.String(code))
			span.SetStatus(codes.Error, code)
		}
		span.End()
		return resp
	}
}
