package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

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

func migrate(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	url := databaseFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := openMigrated(ctx, *url)
	if err != nil {
		return err
	}
	defer db.Close()
	fmt.Fprintf(stdout, "schema of %s is up to date\n", database.Redact(*url))
	return nil
}

func seed(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	url := databaseFlag(fs)
	scale := fs.Float64("scale", 0, "load a synthetic dataset of this size instead of the demo content (1 = 100,000 articles; fractions allowed)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var opts []database.Option
	if *scale != 0 {
		opts = append(opts, database.ForBulkLoad())
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
