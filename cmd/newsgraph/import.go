package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/importer"
)

// stdin is where `import -` reads; tests replace it.
var stdin io.Reader = os.Stdin

// importStories is `newsgraph import [--dry-run] [--json] FILE...`: each file
// (or "-" for standard input) is one story, imported as a draft.
func importStories(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	url := databaseFlag(fs)
	dryRun := fs.Bool("dry-run", false, "report what the import would do; write nothing")
	asJSON := fs.Bool("json", false, "print each report as one line of JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: newsgraph import [--dry-run] [--json] FILE...   (FILE - reads standard input)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	db, err := openMigrated(ctx, *url)
	if err != nil {
		return err
	}
	defer db.Close()
	for _, name := range fs.Args() {
		text, err := readStory(name)
		if err != nil {
			return err
		}
		// The operator at the command line sees drafts, as an editor does.
		rep, err := importer.Import(auth.System(ctx), db.Client, text, importer.Options{DryRun: *dryRun})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if *asJSON {
			line, err := json.Marshal(struct {
				File string `json:"file"`
				*importer.Report
			}{name, rep})
			if err != nil {
				return fmt.Errorf("%s: encode report: %w", name, err)
			}
			fmt.Fprintf(stdout, "%s\n", line)
			continue
		}
		printReport(stdout, name, rep)
	}
	return nil
}

// readStory reads a story file, or standard input for "-", up to one byte
// past the import limit so that an oversized story is refused, not truncated.
func readStory(name string) (string, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, importer.MaxText+1))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", name, err)
	}
	return string(b), nil
}

func printReport(w io.Writer, name string, rep *importer.Report) {
	a := rep.Article
	switch {
	case rep.Existing:
		fmt.Fprintf(w, "%s: imported before as draft %d %q; nothing created\n", name, a.ID, a.Title)
	case rep.DryRun:
		fmt.Fprintf(w, "%s: dry run; would create draft %q\n", name, a.Title)
	default:
		fmt.Fprintf(w, "%s: created draft %d %q (slug %s)\n", name, a.ID, a.Title, a.Slug)
	}
	if a.EventDate != nil {
		fmt.Fprintf(w, "  event date %s\n", *a.EventDate)
	}
	for _, e := range rep.Entities {
		fmt.Fprintf(w, "  %-7s %-12s %s  [%d: %q]\n", e.Action, e.Kind, e.Name, e.Span.Start, e.Span.Text)
	}
}
