// Package access owns newsgraph's trust boundary: what each caller may read
// and what each may change. Every read path takes its rule from Filter (ent
// queries through one interceptor, edge filters through Restrict, the
// compiled executor's SQL, search and its index, the public cache), and
// every write passes Require (the @hasRole directive) and Mutation (ent's
// mutation policy, the second line). The caller is internal/auth's: anonymous,
// a token with a role, or the system (auth.System, the one way to act for
// newsgraph itself, which reads and writes everything).
//
// The rule: anonymous callers read published articles whose time has come,
// approved feedback on them, and what hangs off those (a draft's cover, a
// document known only from drafts, are not public); they read no revision,
// no token and nothing of webhooks. Any token reads everything but the
// admin-only types (AdminOnly: tokens, and webhook endpoints with their
// deliveries and attempts), which only admins read. Editors and admins
// change content; only admins change the admin-only types.
package access

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/document"
	"github.com/newsgraph/newsgraph/ent/feedback"
	"github.com/newsgraph/newsgraph/ent/media"
	"github.com/newsgraph/newsgraph/ent/predicate"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// A rule is the condition on a restricted type's rows that a caller who
// cannot see drafts is held to at now; nil lets them read every row.
type rule func(now time.Time) func(*sql.Selector)

// rules are the restricted types, by ent type name (ent.TypeArticle …), and what the public
// may read of each. Callers with a token read every row of every type but
// the adminOnly ones.
var rules = map[string]rule{
	ent.TypeArticle: func(now time.Time) func(*sql.Selector) { return PublicArticle(now) },
	ent.TypeFeedback: func(now time.Time) func(*sql.Selector) {
		return feedback.And(feedback.StatusEQ(feedback.StatusAPPROVED), feedback.HasArticleWith(PublicArticle(now)))
	},
	// Revisions hold drafts' text.
	ent.TypeRevision: func(time.Time) func(*sql.Selector) { return nothing },
	// Imports record which text made which draft.
	ent.TypeStoryImport: func(time.Time) func(*sql.Selector) { return nothing },
	// Media are public as people's photos and public articles' covers;
	// an upload no public content uses yet is not.
	ent.TypeMedia: func(now time.Time) func(*sql.Selector) {
		return media.Or(media.HasPortraitOf(), media.HasCoverOfWith(PublicArticle(now)))
	},
	// Documents are known from the stories that mention them: one known
	// only from drafts (an import's) is not public.
	ent.TypeDocument: func(now time.Time) func(*sql.Selector) {
		return document.HasMentionedInWith(PublicArticle(now))
	},
	// The outbox is read by the event stream and webhooks as the system;
	// what a subscriber sees of it is decided there, event by event.
	ent.TypeEvent: func(time.Time) func(*sql.Selector) { return nothing },
}

// adminOnly are the types that only admins (and the system) read and
// change: credentials, and the webhook machinery, whose endpoints hold
// signing secrets and whose delivery logs show what receivers answered.
var adminOnly = map[string]bool{
	ent.TypeApiToken:        true,
	ent.TypeWebhookEndpoint: true,
	ent.TypeWebhookDelivery: true,
	ent.TypeWebhookAttempt:  true,
}

// AdminOnly reports whether only admins read and change rows of the ent
// type typ.
func AdminOnly(typ string) bool { return adminOnly[typ] }

func nothing(s *sql.Selector) { s.Where(sql.False()) }

// Filter returns the condition that narrows rows of the ent type typ
// ("Article", "Feedback", …) to those ctx's caller may read, or nil when
// they may read every row.
func Filter(ctx context.Context, typ string) func(*sql.Selector) {
	if auth.IsSystem(ctx) {
		return nil
	}
	c := auth.FromContext(ctx)
	if adminOnly[typ] {
		if c != nil && c.Role == auth.Admin {
			return nil
		}
		return nothing
	}
	r, restricted := rules[typ]
	if !restricted || c != nil {
		return nil // a token reads every row of the other types
	}
	return r(time.Now())
}

// Restricted reports whether some callers read only part of typ's rows.
func Restricted(typ string) bool {
	_, ok := rules[typ]
	return ok || adminOnly[typ]
}

// RestrictedTypes are the ent type names Restricted reports.
func RestrictedTypes() []string {
	types := make([]string, 0, len(rules)+len(adminOnly))
	for t := range rules {
		types = append(types, t)
	}
	for t := range adminOnly {
		types = append(types, t)
	}
	return types
}

// SeesDrafts reports whether ctx's caller reads unpublished content (and
// readers' e-mail addresses): any token and the system do.
func SeesDrafts(ctx context.Context) bool {
	return auth.IsSystem(ctx) || auth.FromContext(ctx) != nil
}

// PublicArticle is the condition of the articles the public may read at
// now: those whose displayed status is PUBLISHED (Status).
func PublicArticle(now time.Time) predicate.Article {
	return StatusIs(article.StatusPUBLISHED, now)
}

// Cacheable reports whether an answer for ctx's caller may be kept in a
// shared (public) cache: only answers everyone would get.
func Cacheable(ctx context.Context) bool {
	return !SeesDrafts(ctx)
}
