package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/search"
)

// reindex rebuilds the search index from the content, for a database whose
// index is missing or was written by an older newsgraph.
func reindex(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("reindex", flag.ContinueOnError)
	url := databaseFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := openMigrated(ctx, *url, database.ForBulkLoad())
	if err != nil {
		return err
	}
	defer db.Close()
	started := time.Now()
	n, err := search.Rebuild(ctx, db.Client)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "indexed %d nodes of %s in %s\n", n, database.Redact(*url), time.Since(started).Round(time.Millisecond))
	return nil
}
