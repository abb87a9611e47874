package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/importer"
)

// stdin is where `import -` reads; tests replace it.
var stdin io.Reader = os.Stdin

// importStories is `newsgraph import [--dry-run] [--review] [--json] SOURCE...`:
// a SOURCE is a story's text file ("-" reads standard input), a folder of
// them (every *.txt and *.jsonl under it), or a JSON Lines file (*.jsonl)
// of stories, one a line. One file is imported as before: the first bad
// one stops the command. A folder or a JSON Lines file is a batch: a bad
// story is reported and skipped, the others are imported, and a summary
// ends the output (importBatch).
func importStories(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	url := databaseFlag(fs)
	dryRun := fs.Bool("dry-run", false, "report what the import would do; write nothing")
	review := fs.Bool("review", false, "leave each story for review (PENDING): write nothing of the content graph until an editor applies it")
	asJSON := fs.Bool("json", false, "print each report as one line of JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: newsgraph import [--dry-run] [--review] [--json] SOURCE...\n"+
			"  SOURCE: a story's text file (- reads standard input), a folder of *.txt and *.jsonl files,\n"+
			"  or a JSON Lines file (*.jsonl) of stories: {\"text\": …, \"title\", \"url\", \"publishedAt\", \"author\": optional}")
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
	if *dryRun && *review {
		fmt.Fprintln(fs.Output(), "--dry-run and --review exclude each other")
		return errUsage
	}
	stories, batch, err := listStories(fs.Args())
	if err != nil {
		return err
	}
	db, err := openMigrated(ctx, *url)
	if err != nil {
		return err
	}
	defer db.Close()
	opts := importer.Options{DryRun: *dryRun, Review: *review}
	if batch {
		return importBatch(ctx, db, stories, opts, *asJSON, stdout)
	}
	for _, s := range stories {
		text, err := readStory(s.file)
		if err != nil {
			return err
		}
		// The operator at the command line sees drafts, as an editor does.
		rep, err := importer.Import(auth.System(ctx), db.Client, text, opts)
		if err != nil {
			return fmt.Errorf("%s: %w", s.file, err)
		}
		if *asJSON {
			line, err := json.Marshal(struct {
				File string `json:"file"`
				*importer.Report
			}{s.file, rep})
			if err != nil {
				return fmt.Errorf("%s: encode report: %w", s.file, err)
			}
			fmt.Fprintf(stdout, "%s\n", line)
			continue
		}
		printReport(stdout, s.file, rep)
	}
	return nil
}

// source is one source of stories: a text file (one story) or a JSON Lines
// file (one a line).
type source struct {
	file  string
	jsonl bool
}

// listStories expands the command's arguments into sources, folders into
// their *.txt and *.jsonl files in name order; batch is true when a folder
// or a JSON Lines file is among them.
func listStories(args []string) ([]source, bool, error) {
	var out []source
	batch := false
	for _, arg := range args {
		if arg == "-" {
			out = append(out, source{file: arg})
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			return nil, false, err
		}
		if !info.IsDir() {
			jsonl := strings.HasSuffix(arg, ".jsonl")
			batch = batch || jsonl
			out = append(out, source{file: arg, jsonl: jsonl})
			continue
		}
		batch = true
		var files []source
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch {
			case d.IsDir():
			case strings.HasSuffix(path, ".txt"):
				files = append(files, source{file: path})
			case strings.HasSuffix(path, ".jsonl"):
				files = append(files, source{file: path, jsonl: true})
			}
			return nil
		})
		if err != nil {
			return nil, false, err
		}
		slices.SortFunc(files, func(a, b source) int { return strings.Compare(a.file, b.file) })
		out = append(out, files...)
	}
	return out, batch, nil
}

// batchStory is one line of a JSON Lines file of stories.
type batchStory struct {
	Text        string `json:"text"`
	Title       string `json:"title"`
	URL         string `json:"url"`
	PublishedAt string `json:"publishedAt"` // RFC 3339, or a date YYYY-MM-DD
	Author      string `json:"author"`
}

// batchSummary is what a batch did.
type batchSummary struct {
	Stories  int     `json:"stories"`
	Imported int     `json:"imported"` // or left for review, or in a dry run would be
	Skipped  int     `json:"skipped"`  // imported (or left for review) before
	Failed   int     `json:"failed"`
	Created  int     `json:"created"` // entities
	Linked   int     `json:"linked"`
	Seconds  float64 `json:"seconds"`
}

// maxLine bounds a JSON Lines line: a story of 1 MB with every character
// escaped (\uXXXX) and its fields.
const maxLine = 8 << 20

// importBatch imports every story of sources, each in its own transaction:
// one that fails is reported on a line of its own (FILE:LINE: why) and the
// batch goes on. Stories imported before (by the hash of their text) are
// skipped. On a terminal a progress bar replaces the line per story. The
// exit status is 1 when a story failed.
func importBatch(ctx context.Context, db *database.DB, sources []source, opts importer.Options, asJSON bool, stdout io.Writer) error {
	var bar func(done, total int)
	if f, ok := stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) && !asJSON {
		draw := progressBar(stdout)
		bar = func(done, total int) { draw("importing stories", done, total) }
	}
	total := 0
	if bar != nil {
		for _, s := range sources {
			total += countStories(s)
		}
	}
	started := time.Now()
	var sum batchSummary
	say := func(where string, rep *importer.Report, err error) {
		if bar != nil && err == nil {
			return
		}
		if bar != nil {
			fmt.Fprint(stdout, "\r\033[K") // the failure above the bar
		}
		switch {
		case asJSON && err != nil:
			line, _ := json.Marshal(struct {
				Where string `json:"where"`
				Error string `json:"error"`
			}{where, err.Error()})
			fmt.Fprintf(stdout, "%s\n", line)
		case asJSON:
			line, _ := json.Marshal(struct {
				Where string `json:"where"`
				*importer.Report
			}{where, rep})
			fmt.Fprintf(stdout, "%s\n", line)
		case err != nil:
			fmt.Fprintf(stdout, "%s: failed: %v\n", where, err)
		default:
			fmt.Fprintf(stdout, "%s: %s\n", where, outcome(rep))
		}
	}
	one := func(where, text string, given importer.Given, bad error) error {
		sum.Stories++
		if bad == nil {
			o := opts
			o.Given = given
			rep, err := importer.Import(auth.System(ctx), db.Client, text, o)
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err == nil {
				if rep.Existing {
					sum.Skipped++
				} else {
					sum.Imported++
					sum.Created += countAction(rep, importer.Created)
					sum.Linked += countAction(rep, importer.Linked)
				}
				say(where, rep, nil)
			}
			bad = err
		}
		if bad != nil {
			sum.Failed++
			say(where, nil, bad)
		}
		if bar != nil {
			bar(sum.Stories, max(total, sum.Stories))
		}
		return nil
	}
	for _, s := range sources {
		if err := eachStory(s, one); err != nil {
			return err
		}
	}
	if bar != nil && sum.Stories < total {
		bar(total, total)
	}
	sum.Seconds = time.Since(started).Seconds()
	if asJSON {
		line, _ := json.Marshal(struct {
			Summary batchSummary `json:"summary"`
		}{sum})
		fmt.Fprintf(stdout, "%s\n", line)
	} else {
		verb := "imported"
		switch {
		case opts.DryRun:
			verb = "would be imported"
		case opts.Review:
			verb = "left for review"
		}
		fmt.Fprintf(stdout, "%d stories: %d %s, %d skipped (imported before), %d failed; entities: %d created, %d linked; %.1f s\n",
			sum.Stories, sum.Imported, verb, sum.Skipped, sum.Failed, sum.Created, sum.Linked, sum.Seconds)
	}
	if sum.Failed > 0 {
		return &exitStatus{code: 1, err: fmt.Errorf("%d of %d stories failed (see the lines above)", sum.Failed, sum.Stories)}
	}
	return nil
}

// eachStory calls f with every story of s: where it is (FILE, or FILE:LINE
// in a JSON Lines file), its text, what came with it, and why it cannot be
// read (then text is empty). It stops at f's error, or at an error reading
// the file itself.
func eachStory(s source, f func(where, text string, given importer.Given, bad error) error) error {
	if !s.jsonl {
		text, err := readStory(s.file)
		return f(s.file, text, importer.Given{}, err)
	}
	file, err := os.Open(s.file)
	if err != nil {
		return err
	}
	defer file.Close()
	r := bufio.NewReaderSize(file, 1<<20)
	for n := 1; ; n++ {
		line, err := readLine(r)
		if err == io.EOF {
			return nil
		}
		where := fmt.Sprintf("%s:%d", s.file, n)
		var bad error
		if errors.Is(err, errLongLine) {
			bad, err = err, nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		if bad == nil && len(bytes.TrimSpace(line)) == 0 {
			continue // blank lines are not stories
		}
		var story batchStory
		var given importer.Given
		if bad == nil {
			story, given, bad = parseStory(line)
		}
		if err := f(where, story.Text, given, bad); err != nil {
			return err
		}
	}
}

var errLongLine = fmt.Errorf("the line is longer than %d MB", maxLine>>20)

// readLine reads one line of r without its end, or errLongLine (having
// skipped it) when it exceeds maxLine; io.EOF at the end.
func readLine(r *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(line)+len(chunk) <= maxLine {
			line = append(line, chunk...)
		} else {
			line = line[:0:0]
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = r.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLongLine
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF && len(line) > 0:
			return line, nil
		case err != nil:
			return nil, err
		}
		return bytes.TrimRight(line, "\r\n"), nil
	}
}

// parseStory reads a line of a JSON Lines file of stories.
func parseStory(line []byte) (batchStory, importer.Given, error) {
	var s batchStory
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return s, importer.Given{}, fmt.Errorf("not a story: %v (want {\"text\": …} with optional title, url, publishedAt, author)", err)
	}
	given := importer.Given{Title: s.Title, Author: s.Author, SourceURL: s.URL}
	if s.PublishedAt != "" {
		t, err := time.Parse(time.RFC3339, s.PublishedAt)
		if err != nil {
			if t, err = time.Parse(time.DateOnly, s.PublishedAt); err != nil {
				return s, given, fmt.Errorf("publishedAt: %q is neither an RFC 3339 time nor a date YYYY-MM-DD", s.PublishedAt)
			}
		}
		given.PublishedAt = &t
	}
	return s, given, nil
}

// countStories counts the stories of s, for the progress bar: the lines
// of a JSON Lines file that are not blank.
func countStories(s source) int {
	if !s.jsonl {
		return 1
	}
	f, err := os.Open(s.file)
	if err != nil {
		return 0
	}
	defer f.Close()
	n := 0
	r := bufio.NewReaderSize(f, 1<<20)
	for {
		line, err := readLine(r)
		if err == io.EOF || err != nil && !errors.Is(err, errLongLine) {
			return n
		}
		if err != nil || len(bytes.TrimSpace(line)) > 0 {
			n++
		}
	}
}

func countAction(rep *importer.Report, action string) int {
	n := 0
	for _, e := range rep.Entities {
		if e.Action == action && e.Kind != importer.KindDate {
			n++
		}
	}
	return n
}

// outcome is the one-line account of a story in a batch.
func outcome(rep *importer.Report) string {
	a := rep.Article
	created, linked := countAction(rep, importer.Created), countAction(rep, importer.Linked)
	switch {
	case rep.Existing && rep.Pending:
		return fmt.Sprintf("skipped: waiting for review as import %d %q", rep.ImportID, a.Title)
	case rep.Existing:
		return fmt.Sprintf("skipped: imported before as draft %d %q", a.ID, a.Title)
	case rep.Pending:
		return fmt.Sprintf("left for review as import %d %q (%d entities to create, %d to link)", rep.ImportID, a.Title, created, linked)
	case rep.DryRun:
		return fmt.Sprintf("dry run; would create draft %q (%d entities created, %d linked)", a.Title, created, linked)
	}
	return fmt.Sprintf("created draft %d %q (%d entities created, %d linked)", a.ID, a.Title, created, linked)
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
	case rep.Pending && rep.Existing:
		fmt.Fprintf(w, "%s: waiting for review as import %d %q; nothing created\n", name, rep.ImportID, a.Title)
	case rep.Pending:
		fmt.Fprintf(w, "%s: left for review as import %d %q; nothing created until an editor applies it\n", name, rep.ImportID, a.Title)
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
		fmt.Fprintf(w, "  %-7s %-12s %s  [%d: %q] %s %.2f\n", e.Action, e.Kind, e.Name, e.Span.Start, e.Span.Text, e.How, e.Confidence)
	}
}
