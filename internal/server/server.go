// Package server owns newsgraph's HTTP surface: the GraphQL endpoint and its
// gqlgen wiring, the playground, the SDL, health checks and CORS.
package server

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/clientip"
	"github.com/newsgraph/newsgraph/internal/media"
	"github.com/newsgraph/newsgraph/internal/relay"
)

// Options are the parts of the configuration the HTTP surface needs.
type Options struct {
	CORSOrigins []string
	// Authenticate tells who sent r: nil for an anonymous request, an error
	// (an *apperr.Error, UNAUTHENTICATED) for credentials that are not valid.
	// Nil Authenticate treats every request as anonymous.
	Authenticate func(r *http.Request) (*auth.Caller, error)
	// MediaDir is where uploaded images are stored and served from at
	// /media/; empty turns uploads off. MediaMaxBytes is the largest
	// upload (media.DefaultMaxBytes when not positive).
	MediaDir      string
	MediaMaxBytes int64
	// ClientIPHeader names the header a trusted reverse proxy puts the
	// client address in; empty (the default) uses the connection's address.
	ClientIPHeader string
}

// New returns the HTTP handler of newsgraph over client.
func New(client *ent.Client, opts Options) http.Handler {
	var store *media.Store
	if opts.MediaDir != "" {
		store = media.NewStore(opts.MediaDir, opts.MediaMaxBytes)
	}
	schema := graph.NewSchema(client, graph.WithMedia(store))

	gql := handler.New(schema)
	gql.AddTransport(transport.Options{})
	gql.AddTransport(transport.GET{})
	gql.AddTransport(transport.POST{})
	if store != nil {
		gql.AddTransport(uploadTransport(store.MaxBytes()))
		gql.AroundOperations(uploadsOnly)
	}
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	gql.Use(extension.Introspection{})
	gql.Use(relay.PageSize{})
	gql.SetErrorPresenter(graph.PresentError)
	gql.SetRecoverFunc(graph.Recover)

	sdl := []byte(SDL())
	started := time.Now()

	mux := http.NewServeMux()
	mux.Handle("/query", corsFor(opts.CORSOrigins).Handler(clientip.Middleware(opts.ClientIPHeader, authenticate(opts.Authenticate, gql))))
	if store != nil {
		mux.Handle("GET "+media.URLPrefix, store.Handler())
	}
	mux.HandleFunc("GET /schema.graphql", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		http.ServeContent(w, r, "schema.graphql", started, bytes.NewReader(sdl))
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	mux.Handle("GET /{$}", playground.Handler("newsgraph", "/query"))
	return mux
}

// SDL returns the full GraphQL schema of newsgraph as text.
func SDL() string {
	var sdl bytes.Buffer
	formatter.NewFormatter(&sdl, formatter.WithComments()).FormatSchema(graph.NewSchema(nil).Schema())
	return sdl.String()
}

// corsFor allows browsers on origins (patterns with one '*', such as
// http://localhost:*) to call the API, with the methods and headers it uses.
func corsFor(origins []string) *cors.Cors {
	return cors.New(cors.Options{
		AllowedOrigins: origins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Content-Type", "Authorization"},
		MaxAge:         600,
	})
}

// authenticate puts the caller of each request into its context. Credentials
// that are not valid are refused outright rather than treated as anonymous,
// so a client with a revoked token learns it at once.
func authenticate(who func(*http.Request) (*auth.Caller, error), next http.Handler) http.Handler {
	if who == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		caller, err := who(r)
		if err != nil {
			code := apperr.Code(err)
			msg := "internal error"
			if app, ok := apperr.As(err); ok {
				msg = app.Message
			} else {
				slog.ErrorContext(r.Context(), "authenticate", "err", err)
			}
			status := http.StatusUnauthorized
			if code == apperr.Internal {
				status = http.StatusInternalServerError
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			json.NewEncoder(w).Encode(map[string]any{
				"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}},
			})
			return
		}
		if caller != nil {
			r = r.WithContext(auth.WithCaller(r.Context(), caller))
		}
		next.ServeHTTP(w, r)
	})
}
