package graph

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/award"
	"github.com/newsgraph/newsgraph/ent/category"
	"github.com/newsgraph/newsgraph/ent/media"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/person"
	"github.com/newsgraph/newsgraph/ent/tag"
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

// refs checks that the IDs an input names exist and are of the right type,
// so that a wrong one is BAD_USER_INPUT naming the input field rather than
// a foreign-key failure (or, worse, a link to a row of another type).
type refs struct {
	ctx context.Context
	c   *ent.Client
	err error
}

func newRefs(ctx context.Context, c *ent.Client) *refs { return &refs{ctx: ctx, c: c} }

// check records an error for the first of ids that found does not return.
func (r *refs) check(field, kind string, ids []int, found func([]int) ([]int, error)) {
	if r.err != nil || len(ids) == 0 {
		return
	}
	got, err := found(ids)
	if err != nil {
		r.err = fmt.Errorf("check %s: %w", field, err)
		return
	}
	have := make(map[int]bool, len(got))
	for _, id := range got {
		have[id] = true
	}
	for _, id := range ids {
		if !have[id] {
			r.err = apperr.Invalid(field, "%d is not the id of a %s", id, kind)
			return
		}
	}
}

func one(id *int) []int {
	if id == nil {
		return nil
	}
	return []int{*id}
}

func (r *refs) people(field string, ids []int) {
	r.check(field, "person", ids, func(ids []int) ([]int, error) {
		return r.c.Person.Query().Where(person.IDIn(ids...)).IDs(r.ctx)
	})
}

func (r *refs) organizations(field string, ids []int) {
	r.check(field, "organization", ids, func(ids []int) ([]int, error) {
		return r.c.Organization.Query().Where(organization.IDIn(ids...)).IDs(r.ctx)
	})
}

func (r *refs) awards(field string, ids []int) {
	r.check(field, "award", ids, func(ids []int) ([]int, error) {
		return r.c.Award.Query().Where(award.IDIn(ids...)).IDs(r.ctx)
	})
}

func (r *refs) categories(field string, ids []int) {
	r.check(field, "category", ids, func(ids []int) ([]int, error) {
		return r.c.Category.Query().Where(category.IDIn(ids...)).IDs(r.ctx)
	})
}

func (r *refs) tags(field string, ids []int) {
	r.check(field, "tag", ids, func(ids []int) ([]int, error) {
		return r.c.Tag.Query().Where(tag.IDIn(ids...)).IDs(r.ctx)
	})
}

func (r *refs) media(field string, ids []int) {
	r.check(field, "media", ids, func(ids []int) ([]int, error) {
		return r.c.Media.Query().Where(media.IDIn(ids...)).IDs(r.ctx)
	})
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
