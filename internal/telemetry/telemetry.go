// Package telemetry owns newsgraph's OpenTelemetry tracing setup: from the
// settings (an OTLP/HTTP endpoint, a sample ratio) to the tracer provider
// that the HTTP edge (internal/server) and the database pool
// (internal/database) make their spans with, which batches them to the
// endpoint, describes the process (service.name, service.version, host) and
// flushes what is left on shutdown. Tracing is off unless an endpoint is
// set: then nothing is started, and the edge and the pool are not wrapped.
// Spans travel between services as W3C trace context (Propagator).
package telemetry

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"path"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"

	"github.com/newsgraph/newsgraph/internal/buildinfo"
)

// Settings say where spans go and how many traces are kept.
type Settings struct {
	// Endpoint is the base URL of an OTLP/HTTP receiver (a collector,
	// Jaeger, Tempo): spans are sent to its path /v1/traces, as for
	// OTEL_EXPORTER_OTLP_ENDPOINT in the OpenTelemetry specification.
	Endpoint string
	// TracesEndpoint is the full URL spans are sent to, as for
	// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT; it wins over Endpoint.
	TracesEndpoint string
	// SampleRatio is the share of the traces started here that are
	// recorded, from 0 to 1. A request that continues a caller's trace
	// follows the caller's decision.
	SampleRatio float64
}

// On tells whether s turns tracing on: it names an endpoint.
func (s Settings) On() bool { return s.Endpoint != "" || s.TracesEndpoint != "" }

// URL is where s sends spans, "" when tracing is off.
func (s Settings) URL() string {
	if s.TracesEndpoint != "" {
		return s.TracesEndpoint
	}
	if s.Endpoint == "" {
		return ""
	}
	u, err := url.Parse(s.Endpoint)
	if err != nil {
		return s.Endpoint
	}
	u.Path = path.Join("/", u.Path, "v1/traces")
	return u.String()
}

// CheckEndpoint refuses an endpoint that is not an http or https URL with
// a host.
func CheckEndpoint(endpoint string) error {
	if endpoint == "" {
		return nil
	}
	u, err := url.Parse(endpoint)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return errors.New("not a URL such as http://localhost:4318")
	}
	return nil
}

// Propagator reads and writes trace context in HTTP headers: W3C
// traceparent and tracestate.
var Propagator propagation.TextMapPropagator = propagation.TraceContext{}

// Tracing is a running tracer provider. A nil *Tracing is tracing off.
type Tracing struct {
	provider *sdktrace.TracerProvider
}

// Start sets up tracing as s says, nil when s names no endpoint. It
// connects to nothing: spans are sent in batches, in the background, and
// a receiver that is down is retried, then its spans dropped, with a
// warning in the log. The exporter's other OTEL_EXPORTER_OTLP_* variables
// (headers, timeout, compression, certificates) and OTEL_SERVICE_NAME and
// OTEL_RESOURCE_ATTRIBUTES are read as the specification says.
func Start(ctx context.Context, s Settings) (*Tracing, error) {
	if !s.On() {
		return nil, nil
	}
	exporter, err := otlptracehttp.New(ctx, otlptracehttp.WithEndpointURL(s.URL()))
	if err != nil {
		return nil, fmt.Errorf("tracing: %w", err)
	}
	build := buildinfo.Read()
	res, err := resource.New(ctx,
		resource.WithSchemaURL(semconv.SchemaURL),
		resource.WithAttributes(semconv.ServiceName("newsgraph"), semconv.ServiceVersion(build.Version)),
		resource.WithHost(),
		resource.WithFromEnv(), // last: OTEL_SERVICE_NAME wins
	)
	if errors.Is(err, resource.ErrPartialResource) {
		slog.Warn("tracing: some resource attributes could not be read", "err", err)
	} else if err != nil {
		return nil, fmt.Errorf("tracing: %w", err)
	}
	// The SDK reports failed exports here; the default writes them with
	// the standard logger, outside the JSON log.
	otel.SetErrorHandler(otel.ErrorHandlerFunc(func(err error) {
		slog.Warn("tracing: spans could not be sent", "err", err)
	}))
	return &Tracing{provider: sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(exporter),
		sdktrace.WithResource(res),
		sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(s.SampleRatio))),
	)}, nil
}

// TracerProvider is what spans are made with, nil when t is off.
func (t *Tracing) TracerProvider() trace.TracerProvider {
	if t == nil {
		return nil
	}
	return t.provider
}

// Shutdown sends the spans still waiting and stops, within ctx.
func (t *Tracing) Shutdown(ctx context.Context) error {
	if t == nil {
		return nil
	}
	return t.provider.Shutdown(ctx)
}
