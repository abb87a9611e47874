package search

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/ent"
)

// RebuildEntryByEntry empties the index and writes every entry again the
// way Hook does, one node at a time (reindex: load by id, Put), so tests
// can compare what Rebuild writes in bulk with it.
func RebuildEntryByEntry(ctx context.Context, client *ent.Client) error {
	e, err := engineOf(client)
	if err != nil {
		return err
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := e.Clear(ctx, tx.Client()); err != nil {
		return fmt.Errorf("clear: %w", err)
	}
	for _, kind := range Kinds {
		for after := 0; ; {
			docs, err := load(ctx, tx.Client(), kind, nil, after, batchSize)
			if err != nil {
				return err
			}
			if len(docs) == 0 {
				break
			}
			for _, d := range docs {
				if err := reindex(ctx, tx.Client(), kind, []int{d.ID}, false); err != nil {
					return err
				}
			}
			after = docs[len(docs)-1].ID
		}
	}
	return tx.Commit()
}

// SetCommonShare makes a tier common from an estimated share s of the
// entries on (at scale 1), and a count read without GIN from the same
// share, until the returned function restores the thresholds.
func SetCommonShare(s float64) (restore func()) {
	old, oldCount := commonShare, countShare
	commonShare, countShare = s, s
	return func() { commonShare, countShare = old, oldCount }
}

// SetWalkMargin bounds walks at m times the articles they expect to test
// (at least a page), until the returned function restores the margin.
func SetWalkMargin(m float64) (restore func()) {
	old := walkMargin
	walkMargin = m
	return func() { walkMargin = old }
}
