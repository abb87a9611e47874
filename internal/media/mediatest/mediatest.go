// Package mediatest gives tests S3-compatible object storage without a
// network: an in-process S3 fake (gofakes3, in memory) on a 127.0.0.1
// port, with a bucket made, and the bucket URL media.Open and
// `newsgraph serve --media-url` take.
package mediatest

import (
	"fmt"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

// S3 is a running S3 fake.
type S3 struct {
	// Endpoint is its base URL, http://127.0.0.1:PORT.
	Endpoint string
	backend  *s3mem.Backend
}

// StartS3 starts an S3 fake for t, stopped when t ends, and sets the
// standard AWS credential variables for t (a server process the test
// starts inherits them). Not for parallel tests: it sets the environment.
func StartS3(t testing.TB) *S3 {
	t.Helper()
	backend := s3mem.New()
	srv := httptest.NewServer(gofakes3.New(backend).Server())
	t.Cleanup(srv.Close)
	if !strings.HasPrefix(srv.URL, "http://127.0.0.1:") {
		t.Fatalf("mediatest: S3 fake at %s, want 127.0.0.1", srv.URL)
	}
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID":     "newsgraph-test",
		"AWS_SECRET_ACCESS_KEY": "newsgraph-test-secret",
		"AWS_REGION":            "us-east-1",
		// Nothing of the machine's own AWS set-up may be read.
		"AWS_CONFIG_FILE":             "/dev/null",
		"AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
		"AWS_EC2_METADATA_DISABLED":   "true",
	} {
		t.Setenv(k, v)
	}
	return &S3{Endpoint: srv.URL, backend: backend}
}

// Bucket makes the bucket name and returns its URL for media.Open:
// s3://NAME with the fake's endpoint, path-style addressing (the bucket in
// the path, as MinIO and most S3-compatible stores want), and the region.
func (s *S3) Bucket(t testing.TB, name string) string {
	t.Helper()
	if err := s.backend.CreateBucket(name); err != nil {
		t.Fatalf("mediatest: create bucket %s: %v", name, err)
	}
	q := url.Values{"endpoint": {s.Endpoint}, "use_path_style": {"true"}, "region": {"us-east-1"}}
	return fmt.Sprintf("s3://%s?%s", name, q.Encode())
}

// Keys lists the objects of bucket name, to see what was stored where.
func (s *S3) Keys(t testing.TB, name string) []string {
	t.Helper()
	list, err := s.backend.ListBucket(name, &gofakes3.Prefix{}, gofakes3.ListBucketPage{})
	if err != nil {
		t.Fatalf("mediatest: list bucket %s: %v", name, err)
	}
	keys := make([]string, 0, len(list.Contents))
	for _, c := range list.Contents {
		keys = append(keys, c.Key)
	}
	return keys
}
