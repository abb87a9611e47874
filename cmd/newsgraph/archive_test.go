package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/testdb"
)

// export, restore and copy from the command line: SQLite to every engine
// and back, each verified; a damaged archive is refused and leaves the
// database empty, so that a second restore of a good one works.
func TestExportRestoreCopy(t *testing.T) {
	sqlite := testdb.Engines()[0]
	src := sqlite.URL(t)
	dir := t.TempDir()
	media := filepath.Join(dir, "media")
	os.MkdirAll(media, 0o755)
	os.WriteFile(filepath.Join(media, "a.png"), []byte("an image"), 0o644)
	file := filepath.Join(dir, "newsroom.tar.gz")
	mustRun(t, "loaded the demo content", "seed", "--database-url", src)
	mustRun(t, "and 1 media files", "export", "--database-url", src, "--media-dir", media, "-o", file)

	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			dst := e.URL(t)
			damaged := filepath.Join(t.TempDir(), "damaged.tar.gz")
			good, _ := os.ReadFile(file)
			os.WriteFile(damaged, good[:len(good)/2], 0o644)
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), []string{"restore", "--database-url", dst, "--media-dir", t.TempDir(), damaged}, &stdout, &stderr); code != 1 || stderr.Len() == 0 {
				t.Errorf("a damaged archive: exit %d, %q", code, stderr.String())
			}
			restored := t.TempDir()
			mustRun(t, "verified: row counts and checksum", "restore", "--database-url", dst, "--media-dir", restored, file)
			if b, err := os.ReadFile(filepath.Join(restored, "a.png")); err != nil || string(b) != "an image" {
				t.Errorf("restored media: %q %v", b, err)
			}
			mustRun(t, "verified: row counts and checksum", "copy", "--from", dst, "--to", sqlite.URL(t))
			var again bytes.Buffer
			if code := run(context.Background(), []string{"restore", "--database-url", dst, file}, &again, &stderr); code != 1 || !strings.Contains(stderr.String(), "not empty") {
				t.Errorf("a second restore into the same database: exit %d, %q", code, stderr.String())
			}
		})
	}
}

func mustRun(t *testing.T, want string, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), args, &stdout, &stderr); code != 0 {
		t.Fatalf("%s: exit %d: %s", args[0], code, stderr.String())
	}
	if !strings.Contains(stdout.String(), want) {
		t.Errorf("%s said %q, want %q", args[0], stdout.String(), want)
	}
	return stdout.String()
}
