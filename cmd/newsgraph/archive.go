package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/internal/archive"
	"github.com/newsgraph/newsgraph/internal/buildinfo"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/media"
)

// mediaFlags registers --media-dir and --media-url, defaulting as serve's
// do, and returns what opens the store of media files they name.
func mediaFlags(fs *flag.FlagSet) func(context.Context) (*media.Store, error) {
	dir := "./media"
	if v := os.Getenv("NEWSGRAPH_MEDIA_DIR"); v != "" {
		dir = v
	}
	d := fs.String("media-dir", dir, "the directory of uploaded images, unless --media-url is set (env NEWSGRAPH_MEDIA_DIR)")
	u := fs.String("media-url", os.Getenv("NEWSGRAPH_MEDIA_URL"), "the bucket of uploaded images, s3://… or file:///… (env NEWSGRAPH_MEDIA_URL; see docs/media.md)")
	return func(ctx context.Context) (*media.Store, error) {
		if err := media.CheckConfig(media.Config{BucketURL: *u}); err != nil {
			return nil, fmt.Errorf("--media-url (NEWSGRAPH_MEDIA_URL) = %q: %v", *u, err)
		}
		return media.Open(ctx, media.Config{BucketURL: *u, Dir: *d})
	}
}

// archiveProgress draws a progress bar on stderr when it is a terminal.
func archiveProgress() archive.Progress {
	if !term.IsTerminal(int(os.Stderr.Fd())) {
		return nil
	}
	return archive.Progress(progressBar(os.Stderr))
}

// exportArchive writes the database and the media files to one archive.
func exportArchive(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	url := databaseFlag(fs)
	openMedia := mediaFlags(fs)
	out := fs.String("o", "", "the archive to write (.tar.gz); - writes to stdout")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *out == "" {
		fmt.Fprintln(fs.Output(), "-o FILE is required (- for stdout)")
		return errUsage
	}
	files, err := openMedia(ctx)
	if err != nil {
		return err
	}
	defer files.Close()
	db, err := openMigrated(ctx, *url)
	if err != nil {
		return err
	}
	defer db.Close()
	w, report := io.Writer(os.Stdout), io.Writer(os.Stderr)
	var f *os.File
	if *out != "-" {
		if f, err = os.Create(*out); err != nil {
			return err
		}
		w, report = f, stdout
	}
	started := time.Now()
	sums, err := archive.Export(ctx, db, w, archive.ExportOptions{Media: files, Version: buildinfo.Read().String(), Gzip: true, Progress: archiveProgress()})
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(*out)
		}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(report, "exported %d rows of %d tables and %d media files from %s in %s\nchecksum %s\n",
		rowsOf(sums.Tables), len(sums.Tables), len(sums.Media), database.Redact(*url), time.Since(started).Round(time.Millisecond), sums.Checksum)
	return nil
}

// restoreArchive loads an archive into an empty database.
func restoreArchive(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	url := databaseFlag(fs)
	openMedia := mediaFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: newsgraph restore [flags] ARCHIVE (- reads stdin)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	in := io.Reader(os.Stdin)
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	files, err := openMedia(ctx)
	if err != nil {
		return err
	}
	defer files.Close()
	db, err := openMigrated(ctx, *url)
	if err != nil {
		return err
	}
	defer db.Close()
	started := time.Now()
	res, err := archive.Restore(ctx, db, in, archive.RestoreOptions{Media: files, Progress: archiveProgress()})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "restored %d rows of %d tables and %d media files into %s in %s\nverified: row counts and checksum %s match the archive (written by newsgraph %s from %s)\n",
		res.Rows, len(res.Header.Tables), len(res.Checksums.Media), database.Redact(*url), time.Since(started).Round(time.Millisecond),
		res.Checksums.Checksum, res.Header.Version, res.Header.Source)
	return nil
}

// copyDatabase copies the whole content of one database into another,
// empty one: from SQLite to PostgreSQL when a newsroom outgrows one
// machine, or back.
func copyDatabase(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("copy", flag.ContinueOnError)
	from := fs.String("from", "", "the database to copy from: sqlite:PATH or postgres://...")
	to := fs.String("to", "", "the empty database to copy into: sqlite:PATH or postgres://...")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		fmt.Fprintln(fs.Output(), "--from and --to are required")
		return errUsage
	}
	src, err := openMigrated(ctx, *from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := openMigrated(ctx, *to, database.ForBulkLoad())
	if err != nil {
		return err
	}
	defer dst.Close()
	started := time.Now()
	res, err := archive.Copy(ctx, src, dst, buildinfo.Read().String(), archiveProgress())
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "copied %d rows of %d tables from %s to %s in %s\nverified: row counts and checksum %s match\nmedia files are not copied: point --media-dir or --media-url at the same files\n",
		res.Rows, len(res.Header.Tables), database.Redact(*from), database.Redact(*to), time.Since(started).Round(time.Millisecond), res.Checksums.Checksum)
	return nil
}

func rowsOf(sums []archive.Sum) int {
	n := 0
	for _, s := range sums {
		n += s.Rows
	}
	return n
}
