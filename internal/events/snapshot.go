package events

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/category"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/person"
	"github.com/newsgraph/newsgraph/ent/tag"
)

// Snapshot starts the event of article id as it is now through client
// (the writing transaction's): what subscribers filter on and webhooks
// carry. The caller sets the kind. ctx must read every row (the system's).
func Snapshot(ctx context.Context, client *ent.Client, id int) (*ent.EventCreate, error) {
	a, err := client.Article.Query().
		Where(article.ID(id)).
		Select(article.FieldTitle, article.FieldSlug, article.FieldPublishedAt).
		WithCategory(func(q *ent.CategoryQuery) { q.Select(category.FieldID) }).
		WithTags(func(q *ent.TagQuery) { q.Select(tag.FieldID) }).
		WithAuthors(func(q *ent.PersonQuery) { q.Select(person.FieldID) }).
		WithMentionedPeople(func(q *ent.PersonQuery) { q.Select(person.FieldID) }).
		WithMentionedOrganizations(func(q *ent.OrganizationQuery) { q.Select(organization.FieldID) }).
		Only(ctx)
	if err != nil {
		return nil, fmt.Errorf("read article %d for its event: %w", id, err)
	}
	ev := client.Event.Create().
		SetArticleID(a.ID).
		SetSlug(a.Slug).
		SetTitle(a.Title).
		SetNillablePublishedAt(a.PublishedAt).
		SetTagIds(ids(a.Edges.Tags, func(t *ent.Tag) int { return t.ID })).
		SetAuthorIds(ids(a.Edges.Authors, personID)).
		SetPersonIds(ids(a.Edges.MentionedPeople, personID)).
		SetOrganizationIds(ids(a.Edges.MentionedOrganizations, func(o *ent.Organization) int { return o.ID }))
	if c := a.Edges.Category; c != nil {
		ev.SetCategoryID(c.ID)
	}
	return ev, nil
}

func personID(p *ent.Person) int { return p.ID }

func ids[T any](nodes []T, id func(T) int) []int {
	out := make([]int, len(nodes))
	for i, n := range nodes {
		out[i] = id(n)
	}
	return out
}
