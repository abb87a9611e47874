package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/synthetic"
)

// seedSynthetic loads the synthetic dataset of scale into an empty database,
// drawing a progress bar when stdout is a terminal.
func seedSynthetic(ctx context.Context, db *database.DB, scale float64, stdout io.Writer) error {
	empty, err := demo.IsEmpty(ctx, db.Client)
	if err != nil {
		return fmt.Errorf("check the database is empty: %w", err)
	}
	if !empty {
		return errors.New("the database already holds content: seed --scale needs an empty one")
	}
	var bar synthetic.Progress
	if f, ok := stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		bar = progressBar(stdout)
	}
	// Each stage's time is printed when it ends, bar or not: a load of a
	// large scale is measured stage by stage (docs/performance.md).
	stageStarted := map[string]time.Time{}
	progress := func(stage string, done, total int) {
		if bar != nil {
			bar(stage, done, total)
		}
		if done == 0 {
			stageStarted[stage] = time.Now()
		}
		if done == total {
			fmt.Fprintf(stdout, "%s: %d in %s\n", stage, total, time.Since(stageStarted[stage]).Round(100*time.Millisecond))
		}
	}
	started := time.Now()
	n, err := synthetic.Load(ctx, db.Client, scale, synthetic.Writers(db.Dialect), progress)
	if err != nil {
		return err
	}
	maintained := time.Now()
	// Fresh statistics, or the planners guess: on PostgreSQL, before
	// autovacuum catches up, the hand-written FEED ran 10x slower. On
	// PostgreSQL VACUUM as well, which autovacuum would do later: it sets
	// the visibility map (index-only scans of the join tables read no
	// table pages) and empties the search index's GIN pending lists, which
	// every search reads until then (SEARCH ran at less than half speed).
	maintain := "ANALYZE"
	if db.Dialect == dialect.Postgres {
		maintain = "VACUUM (ANALYZE)"
	}
	if _, err := db.SQL.ExecContext(ctx, maintain); err != nil {
		return fmt.Errorf("%s: %w", strings.ToLower(maintain), err)
	}
	fmt.Fprintf(stdout, "%s: %s\n", maintain, time.Since(maintained).Round(100*time.Millisecond))
	fmt.Fprintf(stdout, "loaded %d organizations, %d people, %d articles and %d awards in %s\n",
		n.Organizations, n.People, n.Articles, n.Awards, time.Since(started).Round(100*time.Millisecond))
	return nil
}

// startCPUProfile profiles the process's CPU into path until the returned
// function is called (newsgraph seed --cpuprofile, to find where a large
// load's time goes).
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// progressBar redraws one line per stage on w.
func progressBar(w io.Writer) synthetic.Progress {
	const width = 30
	return func(stage string, done, total int) {
		filled := width
		if total > 0 {
			filled = width * done / total
		}
		fmt.Fprintf(w, "\r%-26s [%s%s] %7d/%-7d", stage, strings.Repeat("=", filled), strings.Repeat(" ", width-filled), done, total)
		if done == total {
			fmt.Fprintln(w)
		}
	}
}
