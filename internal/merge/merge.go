// Package merge owns merging duplicates in the content graph: two people,
// or two organizations, that are one. The kept entity takes every edge of
// the merged one; the merged one is deleted and leaves a Redirect, so its
// old id and slug still answer (graph's node(id:), person(slug:) and
// organization(slug:) consult Follow on a miss). Duplicates come from
// imports (importer), from hand entry and from copies; the merge is the
// same for all of them, in one transaction.
package merge

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/internal/database"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/award"
	"github.com/newsgraph/newsgraph/ent/document"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/person"
	"github.com/newsgraph/newsgraph/ent/redirect"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/textvi"
)

// Edges lists, per ent type, every edge that reaches it, as
// "Type.edge" of the side that declares it: the edges a merge moves.
// TestMergeMovesEveryEdge fails when the schema gains an edge to a person
// or an organization that is not here, so a new edge cannot be forgotten.
var Edges = map[string][]string{
	ent.TypePerson: {
		"Person.photo", "Position.person", "Award.recipient_people", "Award.presented_by",
		"Article.authors", "Article.mentioned_people",
	},
	ent.TypeOrganization: {
		"Organization.children", "Organization.parent", "Position.organization", "Award.issuer",
		"Award.recipient_organizations", "Article.mentioned_organizations", "Document.issuer",
	},
}

// People merges the person from into the person into: into keeps its name
// and slug, and takes from's positions (a position into already holds, by
// title and organization, is kept once), the awards from received and
// presented, the articles from wrote and those mentioning from; its bio
// and photo when into has none. from is deleted and redirects to into.
func People(ctx context.Context, client *ent.Client, into, from int) (*ent.Person, error) {
	if into == from {
		return nil, apperr.Invalid("from", "a person cannot be merged into itself")
	}
	var kept *ent.Person
	err := database.InTx(ctx, client, func(c *ent.Client) error {
		dst, err := loadPerson(ctx, c, into, "into")
		if err != nil {
			return err
		}
		src, err := loadPerson(ctx, c, from, "from")
		if err != nil {
			return err
		}
		err = movePositions(ctx, c, dst.Edges.Positions, src.Edges.Positions, positionOrganization,
			func(u *ent.PositionUpdateOne) *ent.PositionUpdateOne { return u.SetPersonID(into) })
		if err != nil {
			return err
		}
		if err := c.Award.Update().Where(award.HasPresentedByWith(person.ID(from))).SetPresentedByID(into).Exec(ctx); err != nil {
			return fmt.Errorf("move awards presented: %w", err)
		}
		u := c.Person.UpdateOneID(into).
			AddAwardIDs(missing(ids(src.Edges.Awards), ids(dst.Edges.Awards))...).
			AddArticleIDs(missing(ids(src.Edges.Articles), ids(dst.Edges.Articles))...).
			AddMentionedInIDs(missing(ids(src.Edges.MentionedIn), ids(dst.Edges.MentionedIn))...)
		if dst.Bio == "" && src.Bio != "" {
			u.SetBio(src.Bio)
		}
		photo := src.Edges.Photo
		if dst.Edges.Photo == nil && photo != nil {
			// A photo is one person's: take it off from first.
			if err := c.Person.UpdateOneID(from).ClearPhoto().Exec(ctx); err != nil {
				return fmt.Errorf("move photo: %w", err)
			}
			u.SetPhotoID(photo.ID)
		}
		if kept, err = u.Save(ctx); err != nil {
			return fmt.Errorf("merge into person %d: %w", into, err)
		}
		if err := c.Person.DeleteOneID(from).Exec(ctx); err != nil {
			return fmt.Errorf("delete merged person %d: %w", from, err)
		}
		return leaveRedirect(ctx, c, redirect.NodeTypePerson, from, src.Slug, into)
	})
	return kept, err
}

// Organizations merges the organization from into the organization into:
// into keeps its name and slug, and takes from's children, positions (one
// held in both, by person and title, is kept once), the awards from issued
// and received, the documents it issued and the articles mentioning it;
// its short name, region, website and parent when into has none. from is
// deleted and redirects to into.
func Organizations(ctx context.Context, client *ent.Client, into, from int) (*ent.Organization, error) {
	if into == from {
		return nil, apperr.Invalid("from", "an organization cannot be merged into itself")
	}
	var kept *ent.Organization
	err := database.InTx(ctx, client, func(c *ent.Client) error {
		dst, err := loadOrg(ctx, c, into, "into")
		if err != nil {
			return err
		}
		src, err := loadOrg(ctx, c, from, "from")
		if err != nil {
			return err
		}
		u := c.Organization.UpdateOneID(into)
		parent := dst.Edges.Parent
		if parent != nil && parent.ID == from {
			// into was from's child: it takes from's place in the tree.
			u.ClearParent()
			parent = nil
		}
		if parent == nil && src.Edges.Parent != nil && src.Edges.Parent.ID != into {
			u.SetParentID(src.Edges.Parent.ID)
		}
		var children []int
		for _, ch := range src.Edges.Children {
			if ch.ID != into {
				children = append(children, ch.ID)
			}
		}
		if len(children) > 0 {
			if err := c.Organization.Update().Where(organization.IDIn(children...)).ClearParent().Exec(ctx); err != nil {
				return fmt.Errorf("move children: %w", err)
			}
		}
		err = movePositions(ctx, c, dst.Edges.Positions, src.Edges.Positions, positionPerson,
			func(u *ent.PositionUpdateOne) *ent.PositionUpdateOne { return u.SetOrganizationID(into) })
		if err != nil {
			return err
		}
		if err := c.Award.Update().Where(award.HasIssuerWith(organization.ID(from))).SetIssuerID(into).Exec(ctx); err != nil {
			return fmt.Errorf("move awards issued: %w", err)
		}
		if err := c.Document.Update().Where(document.HasIssuerWith(organization.ID(from))).SetIssuerID(into).Exec(ctx); err != nil {
			return fmt.Errorf("move documents issued: %w", err)
		}
		u.AddChildIDs(children...).
			AddAwardsReceivedIDs(missing(ids(src.Edges.AwardsReceived), ids(dst.Edges.AwardsReceived))...).
			AddMentionedInIDs(missing(ids(src.Edges.MentionedIn), ids(dst.Edges.MentionedIn))...)
		if dst.ShortName == "" {
			u.SetShortName(src.ShortName)
		}
		if dst.Region == "" {
			u.SetRegion(src.Region)
		}
		if dst.Website == "" {
			u.SetWebsite(src.Website)
		}
		if err := c.Organization.DeleteOneID(from).Exec(ctx); err != nil {
			return fmt.Errorf("delete merged organization %d: %w", from, err)
		}
		if kept, err = u.Save(ctx); err != nil {
			return fmt.Errorf("merge into organization %d: %w", into, err)
		}
		return leaveRedirect(ctx, c, redirect.NodeTypeOrganization, from, src.Slug, into)
	})
	return kept, err
}

// Follow returns the id a merged entity's id now answers as, or 0 when id
// is not that of a merged entity.
func Follow(ctx context.Context, client *ent.Client, id int) (int, error) {
	r, err := client.Redirect.Query().Where(redirect.FromID(id)).Only(auth.System(ctx))
	if ent.IsNotFound(err) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("follow redirect of %d: %w", id, err)
	}
	return r.ToID, nil
}

// FollowSlug returns the id of the entity of type typ (ent.TypePerson or
// ent.TypeOrganization) that the slug of a merged one now answers as, or 0.
func FollowSlug(ctx context.Context, client *ent.Client, typ, slug string) (int, error) {
	r, err := client.Redirect.Query().
		Where(redirect.NodeTypeEQ(redirect.NodeType(typ)), redirect.FromSlug(slug)).
		Only(auth.System(ctx))
	if ent.IsNotFound(err) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("follow redirect of %s %q: %w", typ, slug, err)
	}
	return r.ToID, nil
}

// leaveRedirect records that from (with slug) is now into, and moves the
// redirects that pointed at from on to into.
func leaveRedirect(ctx context.Context, c *ent.Client, typ redirect.NodeType, from int, slug string, into int) error {
	if err := c.Redirect.Update().Where(redirect.ToID(from)).SetToID(into).Exec(ctx); err != nil {
		return fmt.Errorf("move redirects: %w", err)
	}
	// A slug redirects to the last entity merged away under it: an older
	// redirect of the same slug (its entity merged, the slug taken again
	// since, and merged again) gives way.
	if _, err := c.Redirect.Delete().Where(redirect.NodeTypeEQ(typ), redirect.FromSlug(slug)).Exec(ctx); err != nil {
		return fmt.Errorf("replace redirect: %w", err)
	}
	if err := c.Redirect.Create().SetNodeType(typ).SetFromID(from).SetFromSlug(slug).SetToID(into).Exec(ctx); err != nil {
		return fmt.Errorf("leave redirect: %w", err)
	}
	return nil
}

func loadPerson(ctx context.Context, c *ent.Client, id int, field string) (*ent.Person, error) {
	p, err := c.Person.Query().Where(person.ID(id)).
		WithPositions(func(q *ent.PositionQuery) { q.WithOrganization() }).
		WithAwards().WithArticles().WithMentionedIn().WithPhoto().
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, notFound(ctx, c, field, "person", id)
	}
	return p, err
}

func loadOrg(ctx context.Context, c *ent.Client, id int, field string) (*ent.Organization, error) {
	o, err := c.Organization.Query().Where(organization.ID(id)).
		WithPositions(func(q *ent.PositionQuery) { q.WithPerson() }).
		WithParent().WithChildren().WithAwardsReceived().WithMentionedIn().
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, notFound(ctx, c, field, "organization", id)
	}
	return o, err
}

// notFound says why id is not a kind to merge: another type, or nothing.
func notFound(ctx context.Context, c *ent.Client, field, kind string, id int) error {
	if n, err := c.Noder(ctx, id); err == nil {
		return apperr.Invalid(field, "%d is a %s, not a %s: only two people or two organizations merge", id, fmt.Sprintf("%T", n)[len("*ent."):], kind)
	}
	return apperr.Invalid(field, "no %s has id %d", kind, id)
}

// movePositions gives the merged entity's positions (moved) to the kept
// one through reassign, and drops each the kept one holds already: the
// same title (folded) at the same other end (otherEnd: the organization of
// a person's position, the person of an organization's), dates aside.
func movePositions(ctx context.Context, c *ent.Client, kept, moved []*ent.Position, otherEnd func(*ent.Position) int,
	reassign func(*ent.PositionUpdateOne) *ent.PositionUpdateOne) error {
	key := func(p *ent.Position) string { return fmt.Sprintf("%s|%d", textvi.Fold(p.Title), otherEnd(p)) }
	held := map[string]bool{}
	for _, p := range kept {
		held[key(p)] = true
	}
	for _, p := range moved {
		if held[key(p)] {
			if err := c.Position.DeleteOne(p).Exec(ctx); err != nil {
				return fmt.Errorf("drop duplicate position: %w", err)
			}
			continue
		}
		held[key(p)] = true
		if err := reassign(c.Position.UpdateOne(p)).Exec(ctx); err != nil {
			return fmt.Errorf("move position: %w", err)
		}
	}
	return nil
}

// positionOrganization and positionPerson are a position's ends as
// loadPerson and loadOrg load them (0: not loaded).
func positionOrganization(p *ent.Position) int {
	if p.Edges.Organization == nil {
		return 0
	}
	return p.Edges.Organization.ID
}

func positionPerson(p *ent.Position) int {
	if p.Edges.Person == nil {
		return 0
	}
	return p.Edges.Person.ID
}

func ids[T interface{ *ent.Award | *ent.Article }](nodes []T) []int {
	out := make([]int, len(nodes))
	for i, n := range nodes {
		switch n := any(n).(type) {
		case *ent.Award:
			out[i] = n.ID
		case *ent.Article:
			out[i] = n.ID
		}
	}
	return out
}

// missing is the ids of from that have is without.
func missing(from, have []int) []int {
	set := map[int]bool{}
	for _, id := range have {
		set[id] = true
	}
	var out []int
	for _, id := range from {
		if !set[id] {
			out = append(out, id)
		}
	}
	return out
}
