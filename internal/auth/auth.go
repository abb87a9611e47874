// Package auth owns who is calling newsgraph: the roles API tokens carry and
// the viewer a request's context holds. A request without a token is
// anonymous and sees only what is published.
package auth

import "context"

// Role is what a token may do.
type Role string

// The roles of API tokens.
const (
	Admin  Role = "ADMIN"  // everything, and manages tokens
	Editor Role = "EDITOR" // sees and changes all content
	Viewer Role = "VIEWER" // sees drafts, changes nothing
)

// Caller is an authenticated caller: the token it presented.
type Caller struct {
	TokenID int
	Name    string
	Role    Role
}

type callerKey struct{}

// WithCaller returns ctx carrying c.
func WithCaller(ctx context.Context, c *Caller) context.Context {
	return context.WithValue(ctx, callerKey{}, c)
}

// FromContext returns the caller of ctx, or nil when anonymous.
func FromContext(ctx context.Context) *Caller {
	c, _ := ctx.Value(callerKey{}).(*Caller)
	return c
}

// CanSeeDrafts reports whether the caller of ctx may see unpublished content:
// any token does, anonymous callers do not.
func CanSeeDrafts(ctx context.Context) bool { return FromContext(ctx) != nil }

// CanEdit reports whether the caller of ctx may change content.
func CanEdit(ctx context.Context) bool {
	c := FromContext(ctx)
	return c != nil && (c.Role == Admin || c.Role == Editor)
}
