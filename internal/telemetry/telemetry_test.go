package telemetry_test

import (
	"context"
	"testing"
	"time"

	"go.opentelemetry.io/otel/trace"

	"github.com/newsgraph/newsgraph/internal/telemetry"
	"github.com/newsgraph/newsgraph/internal/telemetry/telemetrytest"
)

// Where spans go, as the OpenTelemetry specification says of
// OTEL_EXPORTER_OTLP_ENDPOINT (a base URL, /v1/traces appended) and
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (the URL as it is, and it wins).
func TestSettingsURL(t *testing.T) {
	for _, tc := range []struct {
		s    telemetry.Settings
		want string
	}{
		{telemetry.Settings{}, ""},
		{telemetry.Settings{Endpoint: "http://localhost:4318"}, "http://localhost:4318/v1/traces"},
		{telemetry.Settings{Endpoint: "http://localhost:4318/"}, "http://localhost:4318/v1/traces"},
		{telemetry.Settings{Endpoint: "https://otel.example.vn/collector"}, "https://otel.example.vn/collector/v1/traces"},
		{telemetry.Settings{TracesEndpoint: "http://jaeger:4318/v1/traces"}, "http://jaeger:4318/v1/traces"},
		{telemetry.Settings{Endpoint: "http://a:4318", TracesEndpoint: "http://b:4318/custom"}, "http://b:4318/custom"},
	} {
		if got := tc.s.URL(); got != tc.want {
			t.Errorf("%+v: URL %q, want %q", tc.s, got, tc.want)
		}
		if tc.s.On() != (tc.want != "") {
			t.Errorf("%+v: On() = %v", tc.s, tc.s.On())
		}
	}
}

func TestCheckEndpoint(t *testing.T) {
	for endpoint, ok := range map[string]bool{
		"":                      true,
		"http://localhost:4318": true,
		"https://otel.example":  true,
		"localhost:4318":        false,
		"grpc://localhost:4317": false,
		"http://":               false,
	} {
		if err := telemetry.CheckEndpoint(endpoint); (err == nil) != ok {
			t.Errorf("CheckEndpoint(%q) = %v", endpoint, err)
		}
	}
}

// No endpoint, no tracing: nothing is started and the provider is nil,
// which the server and the database take as "off".
func TestStartOff(t *testing.T) {
	tr, err := telemetry.Start(context.Background(), telemetry.Settings{SampleRatio: 1})
	if tr != nil || err != nil || tr.TracerProvider() != nil || tr.Shutdown(context.Background()) != nil {
		t.Fatalf("Start without an endpoint = %v, %v", tr, err)
	}
}

// Spans reach an OTLP/HTTP receiver at the endpoint's /v1/traces, as
// protobuf, describing the process (service.name, which OTEL_SERVICE_NAME
// changes, service.version); Shutdown sends what is left. The sample
// ratio applies to traces started here; a caller's sampled trace is
// followed whatever the ratio.
func TestExportToOTLPReceiver(t *testing.T) {
	t.Setenv("OTEL_SERVICE_NAME", "newsgraph-desk")
	receiver := telemetrytest.NewReceiver(t)
	ctx := context.Background()
	tr, err := telemetry.Start(ctx, telemetry.Settings{Endpoint: receiver.URL, SampleRatio: 0})
	if err != nil {
		t.Fatal(err)
	}
	tracer := tr.TracerProvider().Tracer("test")
	_, own := tracer.Start(ctx, "started here")
	own.End()
	caller := trace.NewSpanContext(trace.SpanContextConfig{
		TraceID: trace.TraceID{1, 2, 3}, SpanID: trace.SpanID{4, 5, 6}, TraceFlags: trace.FlagsSampled, Remote: true,
	})
	_, continued := tracer.Start(trace.ContextWithRemoteSpanContext(ctx, caller), "continued")
	continued.End()
	if err := tr.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	spans := receiver.Wait(t, 10*time.Second, func(s []telemetrytest.Span) bool { return len(s) > 0 })
	if len(spans) != 1 || spans[0].Name != "continued" {
		t.Fatalf("spans %v, want the continued one alone (ratio 0)", spans)
	}
	s := spans[0]
	if s.Path != "/v1/traces" || s.TraceID != caller.TraceID().String() || s.ParentSpanID != caller.SpanID().String() {
		t.Errorf("span at %s in trace %s under %s", s.Path, s.TraceID, s.ParentSpanID)
	}
	if s.Resource["service.name"] != "newsgraph-desk" || s.Resource["service.version"] == "" {
		t.Errorf("resource %v", s.Resource)
	}
}
