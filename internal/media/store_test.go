package media_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/media"
	"github.com/newsgraph/newsgraph/internal/media/mediatest"
)

var ctx = context.Background()

func testPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func public(context.Context, string) (media.Visibility, error) { return media.Public, nil }

func get(h http.Handler, path string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// A file stored through one Store is served, listed, read and removed
// through another opened on the same bucket, as two nodes do: a local
// directory (by --media-dir and by a file:// URL) and S3-compatible
// storage (an in-process S3 fake).
func TestStoreRoundTripThroughAnotherStore(t *testing.T) {
	s3 := mediatest.StartS3(t)
	dir := filepath.Join(t.TempDir(), "media")
	for _, tc := range []struct {
		name string
		cfg  media.Config
		// stored lists the names the bucket holds, seen from outside.
		stored func() []string
	}{
		{"directory", media.Config{Dir: dir}, func() []string { return dirNames(t, dir) }},
		{"file URL", media.Config{BucketURL: "file://" + filepath.ToSlash(dir)}, func() []string { return dirNames(t, dir) }},
		{"S3", media.Config{BucketURL: s3.Bucket(t, "newsgraph-media")}, func() []string { return s3.Keys(t, "newsgraph-media") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			os.RemoveAll(dir)
			a, err := media.Open(ctx, tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			b, err := media.Open(ctx, tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			served := b.Handler(public)

			// Nothing stored yet: not found, and nothing created.
			if rec := get(served, media.URLPrefix+strings.Repeat("0", 64)+".png"); rec.Code != http.StatusNotFound {
				t.Fatalf("before any upload: %d", rec.Code)
			}
			file := testPNG(t, 3, 2)
			img, err := a.Save(ctx, bytes.NewReader(file), "file")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := a.Save(ctx, bytes.NewReader(file), "file"); err != nil {
				t.Fatal(err)
			}
			if got := tc.stored(); !slices.Equal(got, []string{img.Name}) {
				t.Fatalf("the bucket holds %q, want only %s", got, img.Name)
			}

			rec := get(served, img.URL)
			if rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), file) {
				t.Fatalf("GET %s through the other store: %d, %d bytes", img.URL, rec.Code, rec.Body.Len())
			}
			for k, want := range map[string]string{
				"Content-Type":            "image/png",
				"Cache-Control":           "public, max-age=31536000, immutable",
				"ETag":                    `"` + strings.TrimSuffix(img.Name, ".png") + `"`,
				"X-Content-Type-Options":  "nosniff",
				"Content-Security-Policy": "default-src 'none'; sandbox",
			} {
				if got := rec.Header().Get(k); got != want {
					t.Errorf("%s: %q, want %q", k, got, want)
				}
			}
			if rec := get(served, img.URL, "If-None-Match", rec.Header().Get("ETag")); rec.Code != http.StatusNotModified {
				t.Errorf("If-None-Match: %d", rec.Code)
			}
			if rec := get(served, img.URL, "Range", "bytes=1-3"); rec.Code != http.StatusPartialContent || !bytes.Equal(rec.Body.Bytes(), file[1:4]) {
				t.Errorf("Range bytes=1-3: %d %q, want 206 %q", rec.Code, rec.Body.Bytes(), file[1:4])
			}
			if rec := get(served, img.URL, "Range", "bytes=-4"); rec.Code != http.StatusPartialContent || !bytes.Equal(rec.Body.Bytes(), file[len(file)-4:]) {
				t.Errorf("Range bytes=-4: %d %q", rec.Code, rec.Body.Bytes())
			}

			// What export and restore use.
			var listed []string
			err = b.EachFile(ctx, func(name string, size int64, r io.Reader) error {
				got, err := io.ReadAll(r)
				if err != nil || int64(len(got)) != size || !bytes.Equal(got, file) {
					t.Errorf("EachFile %s: %d bytes of %d, %v", name, len(got), size, err)
				}
				listed = append(listed, name)
				return nil
			})
			if err != nil || !slices.Equal(listed, []string{img.Name}) {
				t.Errorf("EachFile: %q, %v", listed, err)
			}
			if err := b.WriteFile(ctx, "restored.png", bytes.NewReader(file)); err != nil {
				t.Fatal(err)
			}
			f, err := a.OpenFile(ctx, "restored.png")
			if err != nil {
				t.Fatal(err)
			}
			got, _ := io.ReadAll(f)
			f.Close()
			if !bytes.Equal(got, file) {
				t.Errorf("OpenFile: %d bytes", len(got))
			}
			if err := a.RemoveFile(ctx, "restored.png"); err != nil {
				t.Fatal(err)
			}
			if _, err := b.OpenFile(ctx, "restored.png"); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("OpenFile after RemoveFile: %v", err)
			}
			// A write whose reader fails leaves nothing.
			err = a.WriteFile(ctx, "half.png", io.MultiReader(bytes.NewReader(file[:10]), failingReader{}))
			if err == nil {
				t.Error("WriteFile from a failing reader: no error")
			}
			if got := tc.stored(); !slices.Equal(got, []string{img.Name}) {
				t.Errorf("after a failed write the bucket holds %q", got)
			}
		})
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("the archive is cut short") }

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestURLUnderThePublicBase(t *testing.T) {
	const name = "5f1ce2.jpg"
	for _, tc := range []struct {
		base, stored, want string
	}{
		{"", "/media/" + name, "/media/" + name},
		{"https://cdn.example.vn/media/", "/media/" + name, "https://cdn.example.vn/media/" + name},
		{"https://cdn.example.vn/anh", "/media/" + name, "https://cdn.example.vn/anh/" + name},
		// An image referenced by its own URL stays where it is.
		{"https://cdn.example.vn/media/", "https://baothainguyen.vn/a.jpg", "https://baothainguyen.vn/a.jpg"},
	} {
		s, err := media.Open(ctx, media.Config{Dir: t.TempDir(), PublicURL: tc.base})
		if err != nil {
			t.Fatal(err)
		}
		if got := s.URL(tc.stored); got != tc.want {
			t.Errorf("base %q: URL(%q) = %q, want %q", tc.base, tc.stored, got, tc.want)
		}
	}
	var none *media.Store
	if got := none.URL("/media/" + name); got != "/media/"+name {
		t.Errorf("no store: %q", got)
	}
}

func TestConfigRefusedBeforeOpening(t *testing.T) {
	for _, cfg := range []media.Config{
		{BucketURL: "gs://bucket"},
		{BucketURL: "s3://"},
		{BucketURL: "file://host/dir"},
		{BucketURL: "file:///srv/media?create_dir=1"},
		{PublicURL: "/media/"},
		{PublicURL: "cdn.example.vn/media"},
		{PublicURL: "https://cdn.example.vn/media/?v=1"},
	} {
		if err := media.CheckConfig(cfg); err == nil {
			t.Errorf("%+v: accepted", cfg)
		}
		if _, err := media.Open(ctx, cfg); err == nil {
			t.Errorf("%+v: opened", cfg)
		}
	}
	for _, cfg := range []media.Config{
		{BucketURL: "file:///srv/media"},
		{BucketURL: "file://./media"},
		{BucketURL: "s3://newsgraph-media?region=ap-southeast-1"},
		{PublicURL: "https://cdn.example.vn/media/"},
	} {
		if err := media.CheckConfig(cfg); err != nil {
			t.Errorf("%+v: %v", cfg, err)
		}
	}
}

// An S3 bucket that is not there stops the start.
func TestOpenMissingBucket(t *testing.T) {
	s3 := mediatest.StartS3(t)
	s3.Bucket(t, "other")
	url := strings.Replace(s3.Bucket(t, "there"), "s3://there", "s3://not-there", 1)
	if _, err := media.Open(ctx, media.Config{BucketURL: url}); err == nil || !strings.Contains(err.Error(), "not-there") {
		t.Errorf("a missing bucket: %v", err)
	}
}
