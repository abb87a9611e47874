// Command newsgraph serves the newsgraph GraphQL API and manages its store.
//
//	newsgraph serve    run the HTTP server (migrates, loads demo content into an empty database)
//	newsgraph migrate  apply the versioned migrations (status: what is applied and pending; --dry-run: print the SQL)
//	newsgraph seed     load the demo content (idempotent), or --scale S synthetic content
//	newsgraph schema   print the GraphQL SDL; schema diff OLD NEW: breaking, dangerous and safe changes
//	newsgraph token    create, list or revoke API tokens
//	newsgraph bench    load-test a running server (bench live: subscriptions; bench webhooks: deliveries)
//	newsgraph import   import stories from text files as linked drafts
//	newsgraph reindex  rebuild the search index from the content
//	newsgraph export   write the whole content and media to one archive
//	newsgraph restore  load an archive into an empty database
//	newsgraph copy     copy the content between databases (SQLite to PostgreSQL and back)
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand: it parses its own flags from args.
type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdout io.Writer) error
}

var commands = []command{
	{"serve", "run the HTTP server: GraphiQL at /, GraphQL at /query", serve},
	{"migrate", "bring the database schema up to date; migrate status, migrate --dry-run", migrate},
	{"seed", "load the demo content (adds nothing when it is there), or --scale S synthetic content", seed},
	{"schema", "print the GraphQL schema (SDL); schema diff OLD NEW lists the changes between two", printSchema},
	{"token", "create, list or revoke API tokens", token},
	{"bench", "load-test a running server: requests/s and latency per operation; bench live, bench webhooks", benchmark},
	{"import", "import stories from text files as linked drafts (- reads stdin)", importStories},
	{"reindex", "rebuild the search index from the content", reindex},
	{"export", "write the whole content and the media files to one archive (-o FILE)", exportArchive},
	{"restore", "load an archive into an empty database, either engine, and verify it", restoreArchive},
	{"copy", "copy the whole content from one database into another, empty one (--from URL --to URL)", copyDatabase},
	{"version", "print the version of this build", printVersion},
}

func main() {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, nil)))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stderr)
		return 2
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:], stdout)
		var exit *exitStatus
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		case errors.As(err, &exit):
			if exit.err != nil {
				fmt.Fprintf(stderr, "newsgraph %s: %v\n", c.name, exit.err)
			}
			return exit.code
		}
		fmt.Fprintf(stderr, "newsgraph %s: %v\n", c.name, err)
		return 1
	}
	fmt.Fprintf(stderr, "newsgraph: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

// errUsage marks a command-line mistake already reported by the flag package.
var errUsage = errors.New("usage")

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: newsgraph COMMAND [flags]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun newsgraph COMMAND --help for the flags of one command.")
}

// parseFlags parses args on fs, turning flag-package failures into errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "unexpected argument %q\n", fs.Arg(0))
		return errUsage
	}
	return nil
}
