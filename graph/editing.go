package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/person"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// mayEdit returns nil when the caller of ctx may change content, and
// otherwise the error that says why not.
func mayEdit(ctx context.Context) error {
	c := auth.FromContext(ctx)
	switch {
	case c == nil:
		return apperr.Errorf(apperr.Unauthenticated, "changing content needs an API token: send Authorization: Bearer <token>")
	case !auth.CanEdit(ctx):
		return apperr.Errorf(apperr.Forbidden, "a %s token cannot change content", c.Role)
	}
	return nil
}

// mayAdmin is mayEdit for managing tokens, which only admins do.
func mayAdmin(ctx context.Context) error {
	c := auth.FromContext(ctx)
	switch {
	case c == nil:
		return apperr.Errorf(apperr.Unauthenticated, "managing tokens needs an admin's API token")
	case c.Role != auth.Admin:
		return apperr.Errorf(apperr.Forbidden, "only admins manage tokens")
	}
	return nil
}

// store is the client a mutation writes through: the transaction
// entgql.Transactioner opened for the request, so that a mutation happens
// whole or not at all.
func (r *Resolver) store(ctx context.Context) *ent.Client {
	if tx := ent.FromContext(ctx); tx != nil {
		return tx
	}
	return r.client
}

// notFound turns ent's not-found into NOT_FOUND naming what was missing.
func notFound(err error, kind string, id int) error {
	if ent.IsNotFound(err) {
		return apperr.Errorf(apperr.NotFound, "no %s with id %d", kind, id)
	}
	return err
}

// articleSaved maps the not-found of a conditional article update: the
// article is gone (NOT_FOUND), or someone saved it since expectedVersion
// (CONFLICT).
func articleSaved(ctx context.Context, c *ent.Client, id, expectedVersion int, err error) error {
	if !ent.IsNotFound(err) {
		return err
	}
	current, qerr := c.Article.Query().Where(article.ID(id)).Select(article.FieldVersion).Int(ctx)
	if ent.IsNotFound(qerr) {
		return apperr.Errorf(apperr.NotFound, "no article with id %d", id)
	}
	if qerr != nil {
		return fmt.Errorf("read version of article %d: %w", id, qerr)
	}
	return apperr.Errorf(apperr.Conflict, "article %d was saved since you read it: you edited version %d, it is at version %d now; read it again and redo your change", id, expectedVersion, current)
}

// personID and organizationID name the predicates positions are deleted by.
var (
	personID       = person.ID
	organizationID = organization.ID
)

// displayStatus is the status clients read: a scheduled article whose time
// has come is published (it became public by itself, see
// schema.PublicArticle), though its row still says SCHEDULED.
func displayStatus(a *ent.Article, now time.Time) article.Status {
	if a.Status == article.StatusSCHEDULED && a.PublishedAt != nil && !a.PublishedAt.After(now) {
		return article.StatusPUBLISHED
	}
	return a.Status
}
