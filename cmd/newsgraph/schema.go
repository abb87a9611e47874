package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/schemadiff"
	"github.com/newsgraph/newsgraph/internal/server"
)

// printSchema prints the SDL the server serves at /schema.graphql, or
// writes it to a file; `schema diff` compares two schemas.
func printSchema(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) > 0 && args[0] == "diff" {
		return diffSchemas(ctx, args[1:], stdout)
	}
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: newsgraph schema [-o FILE]              print the GraphQL schema (SDL) as served\n"+
			"       newsgraph schema diff [flags] OLD NEW  list the changes from OLD to NEW (files or URLs)\n\nflags of schema:")
		fs.PrintDefaults()
	}
	out := fs.String("o", "", "write the SDL to `FILE` instead of standard output (docs/schema.graphql is kept this way)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	sdl := server.SDL()
	if *out == "" {
		_, err := io.WriteString(stdout, sdl)
		return err
	}
	// Rewrite the file only when it changes, so that its time stamp says
	// when the schema did.
	if old, err := os.ReadFile(*out); err == nil && bytes.Equal(old, []byte(sdl)) {
		return nil
	}
	return os.WriteFile(*out, []byte(sdl), 0o644)
}

// diffSchemas is `newsgraph schema diff OLD NEW`: every change, breaking
// first, and a last line that counts them. It exits 1 when one is
// breaking and 2 when a schema cannot be read.
func diffSchemas(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("schema diff", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: newsgraph schema diff [flags] OLD NEW\n\n"+
			"OLD and NEW are files (SDL, or an introspection result in JSON) or http(s) URLs of a\n"+
			"running server (its /schema.graphql, its GraphQL endpoint, or just its address).\n"+
			"Exit status: 0 without breaking changes, 1 with some, 2 when a schema cannot be read.\n\nflags:")
		fs.PrintDefaults()
	}
	asJSON := fs.Bool("json", false, "print the changes as JSON")
	var header headerFlag
	fs.Var(&header, "H", "send the header `NAME: VALUE` to URLs, e.g. -H 'Authorization: Bearer …' (repeatable)")
	timeout := fs.Duration("timeout", 30*time.Second, "how long to wait for a URL")
	// Flags may come before, between or after OLD and NEW.
	var sources []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return errUsage
		}
		if fs.NArg() == 0 {
			break
		}
		sources, rest = append(sources, fs.Arg(0)), fs.Args()[1:]
	}
	if len(sources) != 2 {
		fmt.Fprintln(fs.Output(), "want two schemas, OLD and NEW")
		fs.Usage()
		return errUsage
	}

	opts := schemadiff.LoadOptions{Client: &http.Client{Timeout: *timeout}, Header: http.Header(header)}
	var schemas [2]*schemadiff.Schema
	for i, src := range sources {
		s, err := schemadiff.Load(ctx, src, opts)
		if err != nil {
			return &exitStatus{code: 2, err: fmt.Errorf("%s %s: %w", [2]string{"OLD", "NEW"}[i], src, err)}
		}
		schemas[i] = s
	}
	changes := schemadiff.Diff(schemas[0], schemas[1])
	n := schemadiff.Counts(changes)

	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if changes == nil {
			changes = []schemadiff.Change{}
		}
		if err := enc.Encode(struct {
			Old     string              `json:"old"`
			New     string              `json:"new"`
			Changes []schemadiff.Change `json:"changes"`
			schemadiff.Count
		}{schemas[0].Source(), schemas[1].Source(), changes, n}); err != nil {
			return err
		}
	} else {
		for _, c := range changes {
			fmt.Fprintf(stdout, "%-9s  %s  %s\n", c.Criticality, c.Path, c.Message)
		}
		switch {
		case len(changes) == 0:
			fmt.Fprintln(stdout, "no changes")
		case n.Breaking > 0:
			fmt.Fprintf(stdout, "%d breaking, %d dangerous, %d safe: clients written for OLD may break\n", n.Breaking, n.Dangerous, n.Safe)
		default:
			fmt.Fprintf(stdout, "%d breaking, %d dangerous, %d safe: no breaking change\n", n.Breaking, n.Dangerous, n.Safe)
		}
	}
	if n.Breaking > 0 {
		return &exitStatus{code: 1}
	}
	return nil
}

// headerFlag collects -H 'Name: value' flags.
type headerFlag http.Header

func (h *headerFlag) String() string { return "" }

func (h *headerFlag) Set(v string) error {
	name, value, ok := strings.Cut(v, ":")
	if !ok || strings.TrimSpace(name) == "" {
		return fmt.Errorf("want NAME: VALUE, got %q", v)
	}
	if *h == nil {
		*h = headerFlag{}
	}
	http.Header(*h).Add(strings.TrimSpace(name), strings.TrimSpace(value))
	return nil
}

// exitStatus ends the command with a status other than 1, or with 1 and
// nothing more to say; err, when set, is printed first.
type exitStatus struct {
	code int
	err  error
}

func (e *exitStatus) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitStatus) Unwrap() error { return e.err }
