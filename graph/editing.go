package graph

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/person"
	"github.com/newsgraph/newsgraph/internal/apperr"
)

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
