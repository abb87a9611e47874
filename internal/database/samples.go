package database

import (
	"context"
	"database/sql"
	"fmt"
)

// dropSamples deletes the samples ANALYZE keeps in sqlite_stat4, and keeps
// its row counts (sqlite_stat1).
//
// With samples, SQLite's planner reads the value bound to a parameter
// that bounds an indexed column, so it marks the prepared statement to be
// compiled again whenever the parameter is bound: every read bounds the
// articles' publication by the request's "now", and search its entries'
// public_from, so the statements prepared once per connection were
// compiled anew on every request (13% of FEED's CPU, 11% of SEARCH's,
// docs/performance.md). Without samples a plan does not depend on bound
// values: the equivalent of plan_cache_mode=force_generic_plan on
// PostgreSQL. Only `newsgraph seed` runs ANALYZE; a database someone else
// analyzed loses its samples the next time a node opens it.
func dropSamples(ctx context.Context, pool *sql.DB) error {
	conn, err := pool.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	var analyzed bool
	err = conn.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4')`).Scan(&analyzed)
	if err != nil || !analyzed {
		return err
	}
	var sampled bool
	if err := conn.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM sqlite_stat4)`).Scan(&sampled); err != nil || !sampled {
		return err
	}
	if _, err := conn.ExecContext(ctx, `DELETE FROM sqlite_stat4`); err != nil {
		return fmt.Errorf("drop the planner's samples: %w", err)
	}
	// This connection loaded the samples with the schema; it reads the
	// statistics again.
	if _, err := conn.ExecContext(ctx, `ANALYZE sqlite_schema`); err != nil {
		return fmt.Errorf("reload the planner's statistics: %w", err)
	}
	return nil
}
