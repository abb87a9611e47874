package server

// The subscription transports at /query: graphql-transport-ws (and the
// legacy graphql-ws, which gqlgen's transport speaks too) over a
// WebSocket, and graphql-sse over a POST that accepts text/event-stream.
// Both are gqlgen's; this file gives them what newsgraph asks of every
// connection: the CORS allow-list for WebSocket origins, the token in the
// connection_init payload (through Options.Authenticate, as the
// Authorization header), the end of a connection whose token is revoked
// (auth.Revocations), a rate of operations per WebSocket, keep-alive pings,
// and the request limits.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	coderws "github.com/coder/websocket"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/ratelimit"
)

// LiveLimits are the settings of subscriptions. A zero field takes its
// value from DefaultLive.
type LiveLimits struct {
	// MaxSubscribers is the most subscriptions open at once on this node;
	// one more is refused with SUBSCRIBER_LIMIT_EXCEEDED.
	MaxSubscribers int
	// SubscribeRate is how many operations one WebSocket may start per
	// second, after a burst of SubscribeBurst; more are RATE_LIMITED.
	SubscribeRate  int
	SubscribeBurst int
	// RevocationCheck is how often the tokens of open connections are
	// checked: the longest a connection outlives its revoked token.
	RevocationCheck time.Duration
}

// DefaultLive are the subscription settings of a server told nothing.
var DefaultLive = LiveLimits{
	MaxSubscribers:  20000,
	SubscribeRate:   10,
	SubscribeBurst:  20,
	RevocationCheck: auth.DefaultRevocationCheck,
}

func (l LiveLimits) withDefaults() LiveLimits {
	d := DefaultLive
	if l.MaxSubscribers > 0 {
		d.MaxSubscribers = l.MaxSubscribers
	}
	if l.SubscribeRate > 0 {
		d.SubscribeRate = l.SubscribeRate
	}
	if l.SubscribeBurst > 0 {
		d.SubscribeBurst = l.SubscribeBurst
	}
	if l.RevocationCheck > 0 {
		d.RevocationCheck = l.RevocationCheck
	}
	return d
}

// Timings of the subscription transports.
const (
	// keepAlive is how often an idle connection gets a ping: often enough
	// for proxies that drop connections quiet for a minute (nginx's
	// default), and to find dead graphql-transport-ws peers, which must
	// answer within twice this.
	keepAlive = 15 * time.Second
	// initTimeout is how long a WebSocket may wait before its
	// connection_init.
	initTimeout = 10 * time.Second
)

// The WebSocket close codes newsgraph ends a connection with, beside
// RFC 6455's. graphql-ws clients do not reconnect after a 44xx.
const (
	closeForbidden     = 4403 // the token is not valid, or was revoked
	closeInternalError = 4500 // a defect of newsgraph
	closeTryAgainLater = 1013 // RFC 6455: the service cannot take it now
)

// maxCloseReason is the longest reason a WebSocket close frame carries,
// in bytes (RFC 6455: 125 bytes of payload, 2 of them the code).
const maxCloseReason = 123

// revokedReason is the close reason of a connection whose token is revoked.
var revokedReason = apperr.Unauthenticated + ": this API token was revoked"

// live is what the subscription transports of one server share.
type live struct {
	limits       Limits
	settings     LiveLimits
	origins      *cors.Cors
	authenticate func(ctx context.Context, authorization string) (*auth.Caller, error)
	revocations  *auth.Revocations // nil: no tokens to watch (no database)
}

// transports are the subscription transports, to be added before
// noSubscriptions.
func (l *live) transports() []graphql.Transport {
	readLimit := l.limits.MaxBodyBytes
	ws := transport.Websocket{
		Implementation: sessionSockets{transport.CoderWebsocketImplementation{
			// The origin was checked against the CORS allow-list before
			// the handshake (websocketTransport.Do).
			AcceptOptions: coderws.AcceptOptions{InsecureSkipVerify: true},
		}},
		InitFunc:              l.init,
		InitTimeout:           initTimeout,
		KeepAlivePingInterval: keepAlive, // graphql-ws
		PingPongInterval:      keepAlive, // graphql-transport-ws
		PayloadReadLimit:      &readLimit,
	}
	return []graphql.Transport{
		websocketTransport{Websocket: ws, live: l},
		sseTransport{SSE: transport.SSE{KeepAlivePingInterval: keepAlive}, live: l},
	}
}

// session is one long-lived connection, a WebSocket or an event stream:
// what ends it when its token is revoked, and a WebSocket's rate of
// operations.
type session struct {
	operations *ratelimit.Limiter // nil on an event stream: one operation

	mu     sync.Mutex
	conn   transport.WebsocketConn // the accepted socket
	cancel context.CancelFunc      // ends the connection's context
	stop   func()                  // stops watching its token
}

type sessionKey struct{}

func withSession(ctx context.Context, s *session) context.Context {
	return context.WithValue(ctx, sessionKey{}, s)
}

func sessionFrom(ctx context.Context) *session {
	s, _ := ctx.Value(sessionKey{}).(*session)
	return s
}

// watch ends the session with cancel, closing its socket first with 4403,
// when the check finds its caller's token revoked. An anonymous session
// has nothing to watch.
func (s *session) watch(ctx context.Context, rev *auth.Revocations, cancel context.CancelFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cancel = cancel
	c := auth.FromContext(ctx)
	if c == nil || rev == nil {
		return
	}
	s.stop = rev.Watch(c.TokenID, func() {
		s.mu.Lock()
		conn := s.conn
		s.mu.Unlock()
		if conn != nil {
			// Before the cancellation, whose close (1000) would win.
			conn.WriteClose(closeForbidden, revokedReason)
		}
		cancel()
	})
}

// end stops watching and releases the session's context.
func (s *session) end() {
	s.mu.Lock()
	stop, cancel := s.stop, s.cancel
	s.mu.Unlock()
	if stop != nil {
		stop()
	}
	if cancel != nil {
		cancel()
	}
}

// websocketTransport is gqlgen's WebSocket transport behind newsgraph's
// origin check, with a session per connection.
type websocketTransport struct {
	transport.Websocket
	live *live
}

// Do refuses a handshake from a browser origin the CORS allow-list does
// not allow (browsers apply no CORS to WebSockets: the server must), then
// serves the connection until it ends.
func (t websocketTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	if !originAllowed(r, t.live.origins) {
		writeError(r.Context(), w, negotiate(r.Header.Get("Accept")), apperr.Errorf(apperr.OriginNotAllowed,
			"WebSockets from %q are not allowed: the origin is not in this server's CORS origins", truncateOrigin(r.Header.Get("Origin"))))
		return
	}
	s := &session{operations: ratelimit.New(time.Second/time.Duration(t.live.settings.SubscribeRate), t.live.settings.SubscribeBurst)}
	defer s.end()
	t.Websocket.Do(w, r.WithContext(withSession(r.Context(), s)), exec)
}

// originAllowed tells whether a WebSocket handshake may come from r's
// Origin: one without (not a browser), the server's own, or one the CORS
// allow-list allows, matched by the same rs/cors rules as every request.
func originAllowed(r *http.Request, origins *cors.Cors) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	if u, err := url.Parse(origin); err == nil && u.Host != "" && strings.EqualFold(u.Host, r.Host) {
		return true
	}
	return origins.OriginAllowed(r)
}

func truncateOrigin(s string) string {
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}

// sessionSockets accepts WebSockets with gqlgen's coder/websocket adapter
// and hands each socket to its session, which closes it with its own code
// when the token is revoked.
type sessionSockets struct {
	transport.CoderWebsocketImplementation
}

func (i sessionSockets) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	conn, err := i.CoderWebsocketImplementation.Accept(w, r, opts)
	if err != nil {
		return nil, err
	}
	if s := sessionFrom(r.Context()); s != nil {
		s.mu.Lock()
		s.conn = conn
		s.mu.Unlock()
	}
	return conn, nil
}

// init authenticates a WebSocket by its connection_init payload:
// {"Authorization": "Bearer ngt_…"} ("authorization" too), read by the
// same function as the Authorization header. A payload without it keeps
// the caller of the handshake's header, anonymous without one. A token
// that is not valid closes the socket with 4403 and the reason. The
// context returned is the connection's: cancelling it (the token revoked)
// ends every subscription and closes the socket.
func (l *live) init(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	if h := authorizationOf(payload); h != "" && l.authenticate != nil {
		caller, err := l.authenticate(ctx, h)
		if err != nil {
			return refusal(ctx, err), nil, err
		}
		ctx = auth.WithCaller(ctx, caller)
	}
	s := sessionFrom(ctx)
	if s == nil {
		return ctx, nil, nil // not through websocketTransport: nothing to end it by
	}
	ctx, cancel := context.WithCancel(ctx)
	s.watch(ctx, l.revocations, cancel)
	return ctx, nil, nil
}

// authorizationOf is the Authorization entry of a connection_init payload,
// as text ("" for none). A value that is not a string is not a valid
// credential either, and is refused as one.
func authorizationOf(p transport.InitPayload) string {
	for _, key := range []string{"Authorization", "authorization"} {
		if v, ok := p[key]; ok && v != nil {
			if s, ok := v.(string); ok {
				return s
			}
			return fmt.Sprint(v)
		}
	}
	return ""
}

// refusal is ctx carrying the close code and reason of a connection_init
// refused for err: 4403 for credentials that are not valid, 1013 when the
// token store is out of reach (retry later), 4500 for a defect.
func refusal(ctx context.Context, err error) context.Context {
	e := PresentError(ctx, err)
	code := codeOf(e)
	close := closeInternalError
	switch {
	case code == apperr.Unauthenticated:
		close = closeForbidden
	case apperr.ClassOf(code).Retryable:
		close = closeTryAgainLater
	}
	ctx = transport.WithWebsocketCloseCode(ctx, close)
	return transport.AppendCloseReason(ctx, closeReason(code+": "+e.Message))
}

// closeReason cuts s to what a close frame carries, on a rune boundary.
func closeReason(s string) string {
	if len(s) <= maxCloseReason {
		return s
	}
	s = s[:maxCloseReason]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

// sseTransport is gqlgen's graphql-sse transport (distinct connections:
// a POST that accepts text/event-stream) with the request limits of the
// HTTP transport, and, for a token's stream, the end of it when the token
// is revoked.
type sseTransport struct {
	transport.SSE
	live *live
}

func (t sseTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	media := negotiate(r.Header.Get("Accept"))
	body, err := readBody(w, r, t.live.limits.MaxBodyBytes)
	var documentID string
	if err == nil {
		_, documentID, err = decodeParams(body, t.live.limits)
	}
	if err != nil {
		writeError(r.Context(), w, media, err)
		return
	}
	// gqlgen's transport reads the body again, without the documentId of
	// a persisted document request: trustedDocuments finds it in the context.
	r = r.WithContext(withDocumentID(r.Context(), documentID))
	r.Body = io.NopCloser(bytes.NewReader(body))
	// A stream lasts as long as its subscription: the server's read and
	// write timeouts, meant for one answer, do not bound it.
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Time{})
	rc.SetWriteDeadline(time.Time{})
	w.Header().Set("X-Accel-Buffering", "no") // nginx: pass events on at once

	ctx, cancel := context.WithCancel(r.Context())
	s := &session{}
	s.watch(ctx, t.live.revocations, cancel)
	defer s.end()
	t.SSE.Do(w, r.WithContext(withSession(ctx, s)), exec)
}

// operationRate is the gqlgen extension that limits the operations one
// WebSocket starts (subscriptions, and queries sent over it), before
// they are parsed.
type operationRate struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = operationRate{}

func (operationRate) ExtensionName() string                   { return "OperationRate" }
func (operationRate) Validate(graphql.ExecutableSchema) error { return nil }

func (operationRate) MutateOperationParameters(ctx context.Context, _ *graphql.RawParams) *gqlerror.Error {
	s := sessionFrom(ctx)
	if s == nil || s.operations == nil {
		return nil
	}
	ok, wait := s.operations.Allow("")
	if ok {
		return nil
	}
	app := &apperr.Error{
		Code:       apperr.RateLimited,
		Message:    "too many operations started on this connection: wait, or stop some first",
		RetryAfter: int(math.Ceil(wait.Seconds())),
	}
	// gqlgen sends a WebSocket's refused operation as it is, unpresented:
	// the extensions are the presenter's.
	return &gqlerror.Error{Err: app, Message: app.Message, Extensions: map[string]any{"code": app.Code, "retryAfter": app.RetryAfter}}
}

// operationBudget bounds the queries and mutations sent over a
// subscription transport by the request timeout: the transport's request
// has none, since it lasts as long as its subscriptions (requestBudget).
// Subscriptions are not bounded.
type operationBudget struct{ timeout time.Duration }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = operationBudget{}

func (operationBudget) ExtensionName() string                   { return "OperationBudget" }
func (operationBudget) Validate(graphql.ExecutableSchema) error { return nil }

func (b operationBudget) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if b.timeout <= 0 || oc == nil || oc.Operation == nil || oc.Operation.Operation == ast.Subscription {
		return next(ctx)
	}
	if _, bounded := ctx.Deadline(); bounded {
		return next(ctx)
	}
	ctx, cancel := context.WithTimeout(ctx, b.timeout)
	responses := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		resp := responses(ctx)
		if resp == nil {
			cancel()
		}
		return resp
	}
}

// oneStream refuses a subscription that does not select exactly one root
// field, as GraphQL asks: gqlparser's rule tells fields apart by name
// only, so that two aliases of one field (or none left by @skip) would
// reach gqlgen's executor, which fails them with an uncoded error.
type oneStream struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = oneStream{}

func (oneStream) ExtensionName() string                   { return "OneStream" }
func (oneStream) Validate(graphql.ExecutableSchema) error { return nil }

func (oneStream) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Operation.Operation != ast.Subscription {
		return nil
	}
	if n := len(graphql.CollectFields(oc, oc.Operation.SelectionSet, []string{"Subscription"})); n != 1 {
		return limitError(apperr.ValidationFailed, oc.Operation.Position, "a subscription selects exactly one root field; this one selects %d", n)
	}
	return nil
}
