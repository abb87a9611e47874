package search

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/ent"
)

// Rebuild replaces the index with the entries of every searchable node, in
// one transaction: readers see the old index until it commits. It writes the
// entries in bulk, each engine its fastest way (see Engine.build), and
// leaves the index compact. It returns how many nodes it indexed.
func Rebuild(ctx context.Context, client *ent.Client) (int, error) {
	e, err := engineOf(ctx, client)
	if err != nil {
		return 0, err
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return 0, fmt.Errorf("search: begin rebuild: %w", err)
	}
	n := 0
	err = e.build(ctx, tx.Client(), func(put func([]Document) error) error {
		return documents(ctx, tx.Client(), func(docs []Document) error {
			n += len(docs)
			return put(docs)
		})
	})
	if err != nil {
		tx.Rollback()
		return 0, fmt.Errorf("search: rebuild the index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("search: commit rebuild: %w", err)
	}
	return n, nil
}

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
