package database

import (
	"context"
	"database/sql/driver"
	"strings"

	"entgo.io/ent/dialect"
	"github.com/XSAM/otelsql"
	"go.opentelemetry.io/otel/metric/noop"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"
)

// sqlTracing is how otelsql traces the pool's statements under tp: a
// client span per statement, named by its kind (SELECT, INSERT...), with
// its text (never its arguments) and the engine; begin, commit and
// rollback, and connecting when a statement had to wait for it, are spans
// too. Only statements that run within a trace get one: the event stream,
// the scheduler and the webhook deliverer poll all the time, and a root
// span for each of their reads would bury the requests' traces. Reading
// rows and resetting sessions are not spans (as many again, telling
// little). otelsql's metrics are not recorded: the statement histogram is
// Prometheus', kept by the pool whether tracing is on or not.
func sqlTracing(tp trace.TracerProvider, dia string) []otelsql.Option {
	system := semconv.DBSystemNameSQLite
	if dia == dialect.Postgres {
		system = semconv.DBSystemNamePostgreSQL
	}
	return []otelsql.Option{
		otelsql.WithTracerProvider(tp),
		otelsql.WithMeterProvider(noop.NewMeterProvider()),
		otelsql.WithAttributes(system),
		otelsql.WithSpanNameFormatter(statementSpanName),
		otelsql.WithSpanOptions(otelsql.SpanOptions{
			OmitRows:             true,
			OmitConnResetSession: true,
			DisableErrSkip:       true,
			SpanFilter:           withinTrace,
		}),
	}
}

// withinTrace tells whether ctx belongs to a trace.
func withinTrace(ctx context.Context, _ otelsql.Method, _ string, _ []driver.NamedValue) bool {
	return trace.SpanContextFromContext(ctx).IsValid()
}

// statementSpanName is the kind of a statement in capitals, or otelsql's
// name of the call for anything else (sql.conn.begin_tx, sql.tx.commit).
func statementSpanName(_ context.Context, method otelsql.Method, query string) string {
	if k := statementKind(query); k != kindOther {
		return strings.ToUpper(kindNames[k])
	}
	return string(method)
}
