package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/media/mediatest"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// export and restore read and write the media files through the store
// serve uses: an archive of a directory's files restores into an S3 bucket
// (--media-url), and an export of that bucket has the same checksum.
func TestExportRestoreThroughABucket(t *testing.T) {
	s3 := mediatest.StartS3(t)
	bucket := s3.Bucket(t, "newsroom-media")
	sqlite := testdb.Engines()[0]
	src := sqlite.URL(t)
	dir := t.TempDir()
	mediaDir := filepath.Join(dir, "media")
	os.MkdirAll(mediaDir, 0o755)
	os.WriteFile(filepath.Join(mediaDir, "a.png"), []byte("an image"), 0o644)
	os.WriteFile(filepath.Join(mediaDir, "b.jpg"), []byte("another image"), 0o644)
	mustRun(t, "loaded the demo content", "seed", "--database-url", src)
	file := filepath.Join(dir, "newsroom.tar.gz")
	exported := mustRun(t, "and 2 media files", "export", "--database-url", src, "--media-dir", mediaDir, "-o", file)

	dst := sqlite.URL(t)
	mustRun(t, "and 2 media files", "restore", "--database-url", dst, "--media-url", bucket, file)
	if got := s3.Keys(t, "newsroom-media"); !slices.Equal(got, []string{"a.png", "b.jpg"}) {
		t.Fatalf("the bucket holds %q after the restore", got)
	}
	again := mustRun(t, "and 2 media files", "export", "--database-url", dst, "--media-url", bucket, "-o", filepath.Join(dir, "again.tar.gz"))
	if checksum(exported) != checksum(again) || checksum(again) == "" {
		t.Errorf("exported from the directory:\n%s\nfrom the bucket:\n%s", exported, again)
	}
}

// checksum is the checksum an export reports.
func checksum(report string) string {
	_, sum, _ := strings.Cut(report, "checksum ")
	return strings.TrimSpace(sum)
}
