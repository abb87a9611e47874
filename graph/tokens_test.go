package graph_test

import (
	"net/http"
	"testing"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// newAPIWithToken drives the handler with the real token authenticator,
// sending authorization as the Authorization header (none when empty).
func newAPIWithToken(client *ent.Client, authorization string) *api {
	h := server.New(client, server.Options{Authenticate: auth.NewTokens(client).Bearer})
	return &api{h: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if authorization != "" {
			r.Header.Set("Authorization", authorization)
		}
		h.ServeHTTP(w, r)
	})}
}

func TestTokens(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		_, adminSecret, err := auth.CreateToken(ctx, db.Client, "chief", auth.Admin)
		if err != nil {
			t.Fatal(err)
		}
		admin := newAPIWithToken(db.Client, "Bearer "+adminSecret)

		var viewer struct{ Viewer *struct{ Name, Role string } }
		newAPIWithToken(db.Client, "").mustDo(t, `{ viewer { name role } }`, nil, &viewer)
		if viewer.Viewer != nil {
			t.Errorf("anonymous viewer = %+v, want null", viewer.Viewer)
		}

		// An admin creates an editor's token through GraphQL.
		var created struct {
			CreateApiToken struct {
				Secret string
				Token  struct{ ID, Name, Role string }
			}
		}
		admin.mustDo(t, `mutation { createApiToken(name: "desk: Lan", role: EDITOR) { secret token { id name role } } }`, nil, &created)
		editor := newAPIWithToken(db.Client, "Bearer "+created.CreateApiToken.Secret)
		editor.mustDo(t, `{ viewer { name role } }`, nil, &viewer)
		if viewer.Viewer == nil || viewer.Viewer.Name != "desk: Lan" || viewer.Viewer.Role != "EDITOR" {
			t.Errorf("editor viewer = %+v", viewer.Viewer)
		}

		// Only admins manage tokens.
		editor.wantCode(t, "FORBIDDEN", `mutation { createApiToken(name: "x", role: ADMIN) { secret } }`, nil)
		editor.wantCode(t, "FORBIDDEN", `{ apiTokens { id } }`, nil)
		newAPIWithToken(db.Client, "").wantCode(t, "UNAUTHENTICATED", `mutation { revokeApiToken(id: "1") { id } }`, nil)
		var nodes struct{ Node *struct{ ID string } }
		editor.mustDo(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": created.CreateApiToken.Token.ID}, &nodes)
		if nodes.Node != nil {
			t.Error("an editor reads a token through node(id:)")
		}
		var list struct{ ApiTokens []struct{ Name string } }
		admin.mustDo(t, `{ apiTokens { name role lastUsedAt revokedAt } }`, nil, &list)
		if len(list.ApiTokens) != 2 {
			t.Errorf("apiTokens = %+v", list.ApiTokens)
		}

		// Bad credentials are refused, never taken for anonymous.
		for _, h := range []string{"Bearer ngt_nope", "Basic dXNlcjpwYXNz", "Bearer ", created.CreateApiToken.Secret} {
			newAPIWithToken(db.Client, h).wantCode(t, "UNAUTHENTICATED", `{ viewer { name } }`, nil)
		}

		// Revoked: the next request is refused.
		admin.mustDo(t, `mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, map[string]any{"id": created.CreateApiToken.Token.ID}, nil)
		editor.wantCode(t, "UNAUTHENTICATED", `{ viewer { name } }`, nil)
	})
}

// TestTokenUseRecordedOncePerMinute checks lastUsedAt is written on first
// use and not again on the next requests.
func TestTokenUseRecordedOncePerMinute(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		tok, secret, err := auth.CreateToken(ctx, db.Client, "app", auth.Viewer)
		if err != nil {
			t.Fatal(err)
		}
		a := newAPIWithToken(db.Client, "Bearer "+secret)
		a.mustDo(t, `{ viewer { name } }`, nil, nil)
		first := db.ApiToken.GetX(auth.System(ctx), tok.ID)
		if first.LastUsedAt == nil {
			t.Fatal("lastUsedAt not recorded")
		}
		for range 5 {
			a.mustDo(t, `{ viewer { name } }`, nil, nil)
		}
		again := db.ApiToken.GetX(auth.System(ctx), tok.ID)
		if !again.LastUsedAt.Equal(*first.LastUsedAt) || !again.UpdatedAt.Equal(first.UpdatedAt) {
			t.Errorf("lastUsedAt written again within a minute: %v then %v", first.LastUsedAt, again.LastUsedAt)
		}
	})
}
