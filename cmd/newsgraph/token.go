package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/apitoken"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// token manages API tokens: create, list, revoke.
func token(ctx context.Context, args []string, stdout io.Writer) error {
	subs := map[string]func(context.Context, []string, io.Writer) error{
		"create": tokenCreate,
		"list":   tokenList,
		"revoke": tokenRevoke,
	}
	if len(args) == 0 || subs[args[0]] == nil {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: newsgraph token create --name NAME --role admin|editor|viewer\n       newsgraph token list\n       newsgraph token revoke ID")
		return errUsage
	}
	return subs[args[0]](auth.System(ctx), args[1:], stdout)
}

// tokenCreate prints the new token's secret, alone on stdout, so that
// `SECRET=$(newsgraph token create ...)` captures it; it is never shown again.
func tokenCreate(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("token create", flag.ContinueOnError)
	url := databaseFlag(fs)
	name := fs.String("name", "", "who or what holds the token (required)")
	roleName := fs.String("role", "", "admin, editor or viewer (required)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *name == "" {
		return errors.New("--name is required")
	}
	role, err := auth.ParseRole(*roleName)
	if err != nil {
		return err
	}
	return withStore(ctx, *url, func(c *ent.Client) error {
		_, secret, err := auth.CreateToken(ctx, c, *name, role)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(stdout, secret)
		return err
	})
}

func tokenList(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("token list", flag.ContinueOnError)
	url := databaseFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	return withStore(ctx, *url, func(c *ent.Client) error {
		toks, err := c.ApiToken.Query().Order(ent.Asc(apitoken.FieldID)).All(ctx)
		if err != nil {
			return fmt.Errorf("list tokens: %w", err)
		}
		w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "ID\tNAME\tROLE\tCREATED\tLAST USED\tREVOKED")
		for _, t := range toks {
			fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\n", t.ID, t.Name, t.Role, stamp(&t.CreatedAt), stamp(t.LastUsedAt), stamp(t.RevokedAt))
		}
		return w.Flush()
	})
}

func tokenRevoke(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("token revoke", flag.ContinueOnError)
	url := databaseFlag(fs)
	// The ID comes last: newsgraph token revoke [--database-url URL] ID.
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(fs.Output(), "usage: newsgraph token revoke [--database-url URL] ID")
		return errUsage
	}
	id, err := strconv.Atoi(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("%q is not a token ID (see newsgraph token list)", fs.Arg(0))
	}
	return withStore(ctx, *url, func(c *ent.Client) error {
		t, err := auth.RevokeToken(ctx, c, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "revoked token %d (%s) at %s\n", t.ID, t.Name, stamp(t.RevokedAt))
		return nil
	})
}

// withStore runs f on the migrated database at url.
func withStore(ctx context.Context, url string, f func(*ent.Client) error) error {
	db, err := openMigrated(ctx, url)
	if err != nil {
		return err
	}
	defer db.Close()
	return f(db.Client)
}

// stamp formats an optional time for the token list.
func stamp(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04Z")
}
