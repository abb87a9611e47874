package search

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// skipHook is the context key of WithoutHook.
type skipHook struct{}

// WithoutHook returns a context under which Hook does not touch the index:
// for a bulk load (internal/synthetic), which writes many rows and then
// builds the whole index at once with Rebuild, far faster than entry by
// entry. Until that Rebuild, what is written under it is missing from
// search, and what is deleted under it stays there.
func WithoutHook(ctx context.Context) context.Context {
	return context.WithValue(ctx, skipHook{}, true)
}

func hookSkipped(ctx context.Context) bool {
	skip, _ := ctx.Value(skipHook{}).(bool)
	return skip
}

// indexedFields are, per kind, the fields whose change changes the index
// entry: its text, and for articles what visibility and order read.
var indexedFields = map[Kind][]string{
	KindArticle:      {"title", "summary", "body_text", "status", "published_at", "published_sort"},
	KindPerson:       {"full_name", "bio"},
	KindOrganization: {"name", "short_name", "region"},
	KindAward:        {"name", "reason", "recipient_count", "recipient_collectives", "recipient_individuals"},
}

// Hook keeps the index in step with every write to articles, people,
// organizations and awards: a create or a change of indexed text writes the
// node's entry, a delete removes it. The entry is written through the
// mutation's own client, so inside a transaction (every GraphQL mutation,
// demo.Load) it commits or rolls back with the write itself. A write made
// outside any transaction is indexed right after it. Under a context from
// WithoutHook it leaves the index alone.
func Hook(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		kind := Kind(m.Type())
		if _, ok := indexedFields[kind]; !ok || hookSkipped(ctx) {
			return next.Mutate(ctx, m)
		}
		if m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) && !touchesIndex(m, kind) {
			return next.Mutate(ctx, m)
		}
		var ids []int
		if !m.Op().Is(ent.OpCreate) {
			var err error
			// Read before the write: after it, a delete has no rows and an
			// update's predicate may no longer match. Privacy rules must not
			// hide rows the write itself reaches.
			if ids, err = m.(interface {
				IDs(context.Context) ([]int, error)
			}).IDs(auth.System(ctx)); err != nil {
				return nil, fmt.Errorf("search: ids of %s %s: %w", m.Op(), kind, err)
			}
		}
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return v, err
		}
		if m.Op().Is(ent.OpCreate) {
			n, ok := v.(ent.Noder)
			if !ok {
				return v, fmt.Errorf("search: created %s is %T", kind, v)
			}
			ids = []int{nodeID(n)}
		}
		client := m.(interface{ Client() *ent.Client }).Client()
		if err := reindex(ctx, client, kind, ids, m.Op().Is(ent.OpDelete|ent.OpDeleteOne)); err != nil {
			return nil, err
		}
		return v, nil
	})
}

// touchesIndex reports whether m sets or clears a field the index reads.
func touchesIndex(m ent.Mutation, kind Kind) bool {
	for _, f := range indexedFields[kind] {
		if _, ok := m.Field(f); ok || m.FieldCleared(f) {
			return true
		}
	}
	return false
}

// nodeID returns the id of a created node.
func nodeID(n ent.Noder) int {
	switch n := n.(type) {
	case *ent.Article:
		return n.ID
	case *ent.Person:
		return n.ID
	case *ent.Organization:
		return n.ID
	case *ent.Award:
		return n.ID
	}
	return 0
}

// reindex rewrites (or, when removed, deletes) the entries of the nodes of
// kind with ids, through client.
func reindex(ctx context.Context, client *ent.Client, kind Kind, ids []int, removed bool) error {
	if len(ids) == 0 {
		return nil
	}
	e, err := engineOf(client)
	if err != nil {
		return err
	}
	if removed {
		if err := e.Remove(ctx, client, ids); err != nil {
			return fmt.Errorf("search: remove %d %s entries: %w", len(ids), kind, err)
		}
		return nil
	}
	for start := 0; start < len(ids); start += batchSize {
		batch := ids[start:min(start+batchSize, len(ids))]
		docs, err := load(ctx, client, kind, batch, 0, 0)
		if err != nil {
			return err
		}
		for _, d := range docs {
			if err := e.Put(ctx, client, d); err != nil {
				return fmt.Errorf("search: index %s %d: %w", kind, d.ID, err)
			}
		}
	}
	return nil
}
