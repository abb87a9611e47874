package schema

import (
	"context"
	"fmt"

	"entgo.io/ent"

	gen "github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/hook"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/privacy"
	"github.com/newsgraph/newsgraph/internal/apperr"
)

// noAncestorCycle refuses a change that would make an organization its own
// ancestor, by a new parent or by new children: the hierarchy stays a tree.
func noAncestorCycle(next ent.Mutator) ent.Mutator {
	return hook.OrganizationFunc(func(ctx context.Context, m *gen.OrganizationMutation) (ent.Value, error) {
		parent, hasParent := m.ParentID()
		children := m.ChildrenIDs()
		if !hasParent && len(children) == 0 {
			return next.Mutate(ctx, m)
		}
		self := map[int]bool{}
		if !m.Op().Is(ent.OpCreate) {
			ids, err := m.IDs(ctx)
			if err != nil {
				return nil, fmt.Errorf("organizations to update: %w", err)
			}
			for _, id := range ids {
				self[id] = true
			}
		}
		lineage := make(map[int]bool) // the changed nodes and everything above them
		for id := range self {
			lineage[id] = true
		}
		var tops []int
		if hasParent {
			tops = []int{parent}
		} else {
			for id := range self {
				tops = append(tops, id)
			}
		}
		// The tree is checked whole, whatever the caller may read.
		all := privacy.DecisionContext(ctx, privacy.Allow)
		for _, top := range tops {
			up, err := ancestors(all, m.Client(), top)
			if err != nil {
				return nil, err
			}
			for id := range up {
				if hasParent && self[id] {
					return nil, apperr.Invalid("parentID", "organization %d is this one or below it: it cannot become its parent", parent)
				}
				lineage[id] = true
			}
		}
		for _, child := range children {
			if lineage[child] {
				field := "addChildIDs" // the input field names of entgql's mutation inputs
				if m.Op().Is(ent.OpCreate) {
					field = "childIDs"
				}
				return nil, apperr.Invalid(field, "organization %d is this one or above it: it cannot become its child", child)
			}
		}
		return next.Mutate(ctx, m)
	})
}

// ancestors returns id and every organization above it.
func ancestors(ctx context.Context, c *gen.Client, id int) (map[int]bool, error) {
	seen := map[int]bool{}
	for cur := id; !seen[cur]; {
		seen[cur] = true
		parent, err := c.Organization.Query().Where(organization.ID(cur)).QueryParent().OnlyID(ctx)
		if gen.IsNotFound(err) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("parent of organization %d: %w", cur, err)
		}
		cur = parent
	}
	return seen, nil
}
