package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/apitoken"
	"github.com/newsgraph/newsgraph/ent/privacy"
	"github.com/newsgraph/newsgraph/internal/apperr"
)

// secretPrefix marks newsgraph secrets, so that they are recognisable in a
// leaked file or a secret scanner.
const secretPrefix = "ngt_"

// touchEvery is how often a token's lastUsedAt is written at most, per
// token and server: often enough to tell a live token from a dead one,
// rarely enough that reads never wait on writes.
const touchEvery = time.Minute

// Tokens authenticates requests by the API token they bear.
type Tokens struct {
	client *ent.Client

	mu      sync.Mutex
	touched map[int]time.Time // when lastUsedAt was last written, by token ID
}

// NewTokens returns the token authenticator over client.
func NewTokens(client *ent.Client) *Tokens {
	return &Tokens{client: client, touched: map[int]time.Time{}}
}

// Bearer tells who presents authorization, the value of an Authorization
// header or of its stand-in in a WebSocket's connection_init payload (it
// is server.Options.Authenticate): nil when it is empty; the token's
// caller for a valid "Bearer <secret>"; UNAUTHENTICATED for anything else,
// an unknown or revoked token included, so that a client is never
// silently downgraded to anonymous.
func (t *Tokens) Bearer(ctx context.Context, authorization string) (*Caller, error) {
	if authorization == "" {
		return nil, nil
	}
	scheme, secret, _ := strings.Cut(authorization, " ")
	secret = strings.TrimSpace(secret)
	if !strings.EqualFold(scheme, "Bearer") || secret == "" {
		return nil, apperr.Errorf(apperr.Unauthenticated, "the Authorization header must be \"Bearer <token>\"")
	}
	ctx = System(ctx)
	tok, err := t.client.ApiToken.Query().Where(apitoken.SecretHash(Hash(secret))).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.Errorf(apperr.Unauthenticated, "unknown API token")
	}
	if err != nil {
		return nil, fmt.Errorf("look up API token: %w", err)
	}
	if tok.RevokedAt != nil {
		return nil, apperr.Errorf(apperr.Unauthenticated, "this API token was revoked")
	}
	t.touch(ctx, tok.ID)
	return &Caller{TokenID: tok.ID, Name: tok.Name, Role: Role(tok.Role)}, nil
}

// touch records that token id was used, at most once per touchEvery. A
// failed write is logged and does not fail the request.
func (t *Tokens) touch(ctx context.Context, id int) {
	now := time.Now()
	t.mu.Lock()
	if now.Sub(t.touched[id]) < touchEvery {
		t.mu.Unlock()
		return
	}
	t.touched[id] = now
	t.mu.Unlock()
	if err := t.client.ApiToken.UpdateOneID(id).SetLastUsedAt(now.UTC()).Exec(ctx); err != nil {
		slog.WarnContext(ctx, "record API token use", "token", id, "err", err)
	}
}

// System returns ctx acting for newsgraph itself rather than for a caller:
// it reads every row (drafts, tokens), whatever ctx's caller may see. For
// the command line, the token lookup and checks that must see everything.
func System(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// Hash is the stored form of a secret: its SHA-256, in hex.
func Hash(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// ParseRole reads a role as given on the command line or in GraphQL
// ("editor" or "EDITOR").
func ParseRole(s string) (Role, error) {
	switch r := Role(strings.ToUpper(strings.TrimSpace(s))); r {
	case Admin, Editor, Viewer:
		return r, nil
	}
	return "", apperr.Invalid("role", "role %q is not one of admin, editor, viewer", s)
}

// CreateToken stores a new token with name and role, and returns it with
// its secret. The secret exists only in this answer: the store keeps its
// hash.
func CreateToken(ctx context.Context, client *ent.Client, name string, role Role) (*ent.ApiToken, string, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, "", fmt.Errorf("make a token secret: %w", err)
	}
	secret := secretPrefix + base64.RawURLEncoding.EncodeToString(raw)
	tok, err := client.ApiToken.Create().
		SetName(strings.TrimSpace(name)).
		SetRole(apitoken.Role(role)).
		SetSecretHash(Hash(secret)).
		Save(System(ctx))
	if err != nil {
		return nil, "", fmt.Errorf("create API token: %w", err)
	}
	return tok, secret, nil
}

// RevokeToken revokes token id; revoking it again keeps the first time.
func RevokeToken(ctx context.Context, client *ent.Client, id int) (*ent.ApiToken, error) {
	ctx = System(ctx)
	tok, err := client.ApiToken.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.Errorf(apperr.NotFound, "no API token with id %d", id)
	}
	if err != nil {
		return nil, fmt.Errorf("find API token %d: %w", id, err)
	}
	if tok.RevokedAt != nil {
		return tok, nil
	}
	tok, err = tok.Update().SetRevokedAt(time.Now().UTC()).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("revoke API token %d: %w", id, err)
	}
	return tok, nil
}
