// Package auth owns who is calling newsgraph: the roles API tokens carry and
// the viewer a request's context holds. A request without a token is
// anonymous and sees only what is published.
package auth

import (
	"context"

	"github.com/newsgraph/newsgraph/ent/privacy"
)

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

// AtLeast reports whether r may do what min may: viewers < editors < admins.
func (r Role) AtLeast(min Role) bool { return rank[r] >= rank[min] && rank[min] > 0 }

var rank = map[Role]int{Viewer: 1, Editor: 2, Admin: 3}

// IsSystem reports whether ctx acts for newsgraph itself (System), not for
// a caller. (ent's DecisionFromContext reports Allow as a nil error.)
func IsSystem(ctx context.Context) bool {
	d, ok := privacy.DecisionFromContext(ctx)
	return ok && d == nil
}
