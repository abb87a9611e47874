package search

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/ent"
)

// Rebuild replaces the index with the entries of every searchable node, in
// bulk, each engine its fastest way (see Engine.build): readers see the old
// index until the new one is complete, and writes to the index wait for it.
// It leaves the index compact and returns how many nodes it indexed.
func Rebuild(ctx context.Context, client *ent.Client) (int, error) {
	e, err := engineOf(client)
	if err != nil {
		return 0, err
	}
	n := 0
	err = e.build(ctx, client, func(c *ent.Client, put func([]Document) error) error {
		return documents(ctx, c, func(docs []Document) error {
			n += len(docs)
			return put(docs)
		})
	})
	if err != nil {
		return 0, fmt.Errorf("search: rebuild the index: %w", err)
	}
	return n, nil
}

// documentSource hands the index entries of every searchable node, read
// through client, to put, a batch at a time.
type documentSource func(client *ent.Client, put func([]Document) error) error

// bulkBatch is how many nodes one read loads while rebuilding.
const bulkBatch = 1000

// documents reads every searchable node through client, kind after kind in
// id order, and hands their entries to put, a batch at a time.
func documents(ctx context.Context, client *ent.Client, put func([]Document) error) error {
	for _, kind := range Kinds {
		for after := 0; ; {
			docs, err := load(ctx, client, kind, nil, after, bulkBatch)
			if err != nil {
				return err
			}
			if len(docs) == 0 {
				break
			}
			if err := put(docs); err != nil {
				return fmt.Errorf("write %d %s entries after id %d: %w", len(docs), kind, after, err)
			}
			after = docs[len(docs)-1].ID
		}
	}
	return nil
}
