package schema

import (
	"context"
	"time"

	"entgo.io/ent"

	gen "github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/apitoken"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/intercept"
	"github.com/newsgraph/newsgraph/ent/predicate"
	"github.com/newsgraph/newsgraph/ent/privacy"
	"github.com/newsgraph/newsgraph/ent/revision"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// This file is the one place that decides what a caller may read. The
// interceptors below narrow every query of their type — top-level lists,
// node(id:), nodes(ids:), lookups by slug, nested edges, eager loading and
// counts all go through them — so no resolver repeats the rule.
//
// Code acting for the system rather than for a caller (hooks that check
// slugs or the organization tree, the command line, the token lookup)
// marks its context with privacy.DecisionContext(ctx, privacy.Allow) and
// sees every row.

// Interceptors of the Article: who cannot see drafts (auth.CanSeeDrafts)
// sees only articles that are public now.
func (Article) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{
		intercept.TraverseArticle(func(ctx context.Context, q *gen.ArticleQuery) error {
			if p := ArticleFilter(ctx); p != nil {
				q.Where(p)
			}
			return nil
		}),
	}
}

// ArticleFilter is the predicate that narrows ctx's caller to the articles
// they may read, or nil when they may read all. Queries that ent does not
// build (internal/sqljson's) apply it where they reach articles.
func ArticleFilter(ctx context.Context) predicate.Article {
	if systemCall(ctx) || auth.CanSeeDrafts(ctx) {
		return nil
	}
	return PublicArticle(time.Now())
}

// PublicArticle is the predicate of articles the public may read at now:
// published, or scheduled, with a publication time that has come. A
// scheduled article thus becomes public by itself, with no job to flip it.
func PublicArticle(now time.Time) predicate.Article {
	return article.And(
		article.StatusIn(article.StatusPUBLISHED, article.StatusSCHEDULED),
		article.PublishedAtLTE(now.UTC()),
	)
}

// Interceptors of the Revision: revisions hold drafts' text, so only those
// who can see drafts see them.
func (Revision) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{
		intercept.TraverseRevision(func(ctx context.Context, q *gen.RevisionQuery) error {
			if !systemCall(ctx) && !auth.CanSeeDrafts(ctx) {
				q.Where(revision.IDIn()) // matches nothing
			}
			return nil
		}),
	}
}

// Interceptors of the ApiToken: only admins see tokens.
func (ApiToken) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{
		intercept.TraverseApiToken(func(ctx context.Context, q *gen.ApiTokenQuery) error {
			if c := auth.FromContext(ctx); !systemCall(ctx) && (c == nil || c.Role != auth.Admin) {
				q.Where(apitoken.IDIn()) // matches nothing
			}
			return nil
		}),
	}
}

// systemCall reports whether ctx acts for the system, not for a caller.
// (DecisionFromContext reports an Allow decision as a nil error.)
func systemCall(ctx context.Context) bool {
	d, ok := privacy.DecisionFromContext(ctx)
	return ok && d == nil
}

// Edges that lead to articles (or revisions) from elsewhere have no where
// filter (entgql.SkipWhereInput on them): a filter such as
// people(where: {hasArticlesWith: {title: "..."}}) is a subquery no
// interceptor narrows, and would let the public probe for drafts.
