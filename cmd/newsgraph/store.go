package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/newsgraph/newsgraph/internal/buildinfo"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
)

// databaseFlag registers --database-url, defaulting to DATABASE_URL.
func databaseFlag(fs *flag.FlagSet) *string {
	def := database.DefaultURL
	if v := os.Getenv("DATABASE_URL"); v != "" {
		def = v
	}
	return fs.String("database-url", def, "sqlite:PATH or postgres://USER@HOST/DB (env DATABASE_URL)")
}

// migrate applies pending migrations; migrate --dry-run prints their SQL
// instead; migrate status says where the database stands.
func migrate(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) > 0 && args[0] == "status" {
		return migrateStatus(ctx, args[1:], stdout)
	}
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	url := databaseFlag(fs)
	dryRun := fs.Bool("dry-run", false, "print the SQL that migrate would run, and run nothing")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dryRun {
		db, err := database.Open(ctx, *url)
		if err != nil {
			return err
		}
		defer db.Close()
		return db.DryRun(ctx, stdout)
	}
	db, err := openMigrated(ctx, *url)
	if err != nil {
		return err
	}
	defer db.Close()
	fmt.Fprintf(stdout, "schema of %s is up to date\n", database.Redact(*url))
	return nil
}

// migrateStatus prints the database's migration version, the files that
// migrate would run, and whether the database is ahead of this binary, in
// which case it exits 1: serve and migrate would refuse it.
func migrateStatus(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("migrate status", flag.ContinueOnError)
	url := databaseFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := database.Open(ctx, *url)
	if err != nil {
		return err
	}
	defer db.Close()
	st, err := db.MigrationStatus(ctx)
	if err != nil {
		return err
	}
	current := st.Current
	switch {
	case st.Adopt:
		current = "none recorded: made by the automatic migration of an earlier release; migrate adopts it as " + st.Baseline
	case current == "":
		current = "none (an empty database)"
	}
	fmt.Fprintf(stdout, "database: %s\ncurrent:  %s\nlatest:   %s (the newest migration in this binary)\n",
		database.Redact(*url), current, st.Latest)
	if len(st.Pending) == 0 {
		fmt.Fprintln(stdout, "pending:  none")
	} else {
		fmt.Fprintf(stdout, "pending:  %d (newsgraph migrate runs them; --dry-run prints their SQL)\n", len(st.Pending))
		for _, name := range st.Pending {
			fmt.Fprintf(stdout, "  %s\n", name)
		}
	}
	if len(st.Ahead) > 0 {
		fmt.Fprintf(stdout, "ahead:    %s (run by a newer newsgraph; this binary refuses to migrate or serve this database)\n",
			strings.Join(st.Ahead, ", "))
		return &exitStatus{code: 1}
	}
	return nil
}

// bulkLoadGCPercent is the collector's setting for seed --scale, unless
// GOGC says otherwise: the load allocates gigabytes of short-lived rows and
// statements over a live heap of 50 MB (scale 1) to a few hundred (scale
// 10, mostly the taken slugs), and at Go's default of 100 the collector
// marked that heap often enough to take a sixth of the load's CPU. At 400
// it runs a quarter as often, for at most five times the live heap.
const bulkLoadGCPercent = 400

func seed(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	url := databaseFlag(fs)
	scale := fs.Float64("scale", 0, "load a synthetic dataset of this size instead of the demo content (1 = 100,000 articles; fractions allowed)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole command to this file, for go tool pprof")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	var opts []database.Option
	if *scale != 0 {
		opts = append(opts, database.ForBulkLoad())
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(bulkLoadGCPercent)
		}
	}
	db, err := openMigrated(ctx, *url, opts...)
	if err != nil {
		return err
	}
	defer db.Close()
	if *scale != 0 {
		return seedSynthetic(ctx, db, *scale, stdout)
	}
	wrote, err := demo.Load(ctx, db.Client)
	if err != nil {
		return err
	}
	if wrote {
		fmt.Fprintln(stdout, "loaded the demo content")
	} else {
		fmt.Fprintln(stdout, "the demo content is already there")
	}
	return nil
}

// printVersion prints the build: "newsgraph v1.2.3 (abc1234, go1.26.8)".
func printVersion(_ context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	_, err := fmt.Fprintln(stdout, "newsgraph", buildinfo.Read())
	return err
}
