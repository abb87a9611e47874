package media

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"gocloud.dev/blob"
	"gocloud.dev/blob/fileblob"
	_ "gocloud.dev/blob/s3blob" // s3:// bucket URLs
	"gocloud.dev/gcerrors"
)

// Config says where a Store keeps its files and where clients fetch them.
type Config struct {
	// BucketURL is a Go CDK bucket URL: file:///var/lib/newsgraph/media for
	// a local directory, or s3://BUCKET?region=…[&endpoint=…&use_path_style=true]
	// for S3-compatible object storage, with credentials from the standard
	// AWS environment variables. Empty: Dir.
	BucketURL string
	// Dir is the local directory used when BucketURL is empty, created on
	// the first upload.
	Dir string
	// MaxBytes is the largest upload; DefaultMaxBytes when not positive.
	MaxBytes int64
	// PublicURL is the absolute base URL clients fetch stored files under
	// (https://cdn.example.vn/media/), one for every node; empty: the
	// path URLPrefix on whichever node answers.
	PublicURL string
}

// Store keeps image files in a bucket: a local directory, or S3-compatible
// object storage that several nodes share.
type Store struct {
	maxBytes  int64
	publicURL string // ends with "/"; empty: URLs stay paths
	// dir is the local directory behind the bucket, empty for object
	// storage. Its bucket is opened when it exists, so that a node that
	// stores nothing creates nothing.
	dir string

	mu     sync.Mutex
	opened *blob.Bucket // nil until dir exists
}

// NewStore returns a Store over the local directory dir, created on the
// first upload, that accepts files up to maxBytes (DefaultMaxBytes when not
// positive).
func NewStore(dir string, maxBytes int64) *Store {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	return &Store{dir: dir, maxBytes: maxBytes}
}

// Open returns the Store cfg describes. Object storage is asked once
// whether the bucket is there, so that a wrong name, endpoint or
// credentials stop the start rather than the first upload.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	base, err := publicBase(cfg.PublicURL)
	if err != nil {
		return nil, err
	}
	if cfg.BucketURL == "" {
		s := NewStore(cfg.Dir, cfg.MaxBytes)
		s.publicURL = base
		return s, nil
	}
	u, err := url.Parse(cfg.BucketURL)
	if err != nil {
		return nil, fmt.Errorf("media bucket: %w", err)
	}
	switch u.Scheme {
	case fileblob.Scheme:
		dir, err := fileDir(u)
		if err != nil {
			return nil, err
		}
		s := NewStore(dir, cfg.MaxBytes)
		s.publicURL = base
		return s, nil
	case "s3":
	default:
		return nil, fmt.Errorf("media bucket %s: the scheme must be file or s3", redact(u))
	}
	b, err := blob.OpenBucket(ctx, cfg.BucketURL)
	if err != nil {
		return nil, fmt.Errorf("media bucket %s: %w", redact(u), err)
	}
	ok, err := b.IsAccessible(ctx)
	if err == nil && !ok {
		err = errors.New("no such bucket")
	}
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("media bucket %s: %w", redact(u), err)
	}
	s := NewStore("", cfg.MaxBytes)
	s.publicURL, s.opened = base, b
	return s, nil
}

// CheckConfig reports what is wrong with cfg's URLs without opening
// anything, for a setting's one-line error.
func CheckConfig(cfg Config) error {
	if _, err := publicBase(cfg.PublicURL); err != nil {
		return err
	}
	if cfg.BucketURL == "" {
		return nil
	}
	u, err := url.Parse(cfg.BucketURL)
	if err != nil {
		return errors.New("not a URL")
	}
	switch u.Scheme {
	case fileblob.Scheme:
		_, err := fileDir(u)
		return err
	case "s3":
		if u.Host == "" {
			return errors.New("s3://BUCKET needs the bucket's name")
		}
		return nil
	}
	return errors.New("not a file:// or s3:// URL")
}

// fileDir is the directory of a file:// bucket URL, read as fileblob reads
// it (file:///abs/path, or file://./rel/path for a relative one). It takes
// no parameters: the Store sets fileblob's options itself.
func fileDir(u *url.URL) (string, error) {
	if u.RawQuery != "" {
		return "", fmt.Errorf("a file:// media URL takes no parameters (%q)", u.RawQuery)
	}
	p := u.Path
	if u.Host == "." {
		p = strings.TrimPrefix(p, "/")
	} else if u.Host != "" && u.Host != "localhost" {
		return "", fmt.Errorf("file://%s…: a file:// media URL names a local directory (file:///path, or file://./path for a relative one)", u.Host)
	}
	if p == "" {
		return "", errors.New("a file:// media URL needs a directory")
	}
	return filepath.FromSlash(p), nil
}

// publicBase checks a public base URL and ends it with "/".
func publicBase(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("the public media URL %q is not an absolute http(s) URL without a query, such as https://cdn.example.vn/media/", raw)
	}
	if !strings.HasSuffix(raw, "/") {
		raw += "/"
	}
	return raw, nil
}

// redact is a bucket URL fit for a message: its query may carry a profile
// or a role, never worth printing.
func redact(u *url.URL) string {
	return u.Scheme + "://" + u.Host + u.Path
}

// MaxBytes is the largest file the store accepts.
func (s *Store) MaxBytes() int64 { return s.maxBytes }

// URL is where clients fetch the file of a Media whose url is stored:
// under the public base URL when one is set (a stored /media/NAME becomes
// BASE/NAME), as stored otherwise. A url that is not a stored file's (an
// absolute URL of an image elsewhere) is returned as it is. A nil Store
// changes nothing.
func (s *Store) URL(stored string) string {
	if s == nil || s.publicURL == "" {
		return stored
	}
	if name, ok := strings.CutPrefix(stored, URLPrefix); ok {
		return s.publicURL + name
	}
	return stored
}

// Close releases the bucket.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.opened == nil {
		return nil
	}
	err := s.opened.Close()
	s.opened = nil
	return err
}

// bucket returns the store's bucket. A local directory that does not exist
// is created when create is set; otherwise there is no bucket yet (nil):
// nothing has been stored.
func (s *Store) bucket(create bool) (*blob.Bucket, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.opened != nil || s.dir == "" {
		return s.opened, nil
	}
	b, err := fileblob.OpenBucket(s.dir, &fileblob.Options{
		CreateDir:   create,
		DirFileMode: 0o755,
		// Temporary files beside the final ones: a rename across file
		// systems (the system's temporary directory and a mounted volume)
		// fails.
		NoTempDir: true,
		// No .attrs file beside each image: the directory holds the images
		// and nothing else, as it always has; the Content-Type comes from
		// the extension.
		Metadata: fileblob.MetadataDontWrite,
	})
	if errors.Is(err, fs.ErrNotExist) && !create {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("media directory: %w", err)
	}
	s.opened = b
	return b, nil
}

// put writes r as key, or nothing at all: a failure while reading r
// cancels the write before it is committed, so no half file remains under
// key.
func put(ctx context.Context, b *blob.Bucket, key, mimeType string, r io.Reader) error {
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w, err := b.NewWriter(wctx, key, &blob.WriterOptions{ContentType: mimeType})
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, r); err != nil {
		cancel()
		w.Close()
		return err
	}
	return w.Close()
}

// tempFile is the name fileblob gives a file being written (NoTempDir):
// the final name, a timestamp in hex and .tmp. One is left behind only by
// a process killed while writing.
var tempFile = regexp.MustCompile(`\.[0-9a-f]+\.tmp$`)

// plainName reports whether name can be a file of the store: not empty, no
// slash, no leading dot.
func plainName(name string) bool {
	return name != "" && !strings.Contains(name, "/") && !strings.HasPrefix(name, ".")
}

// EachFile calls fn with every file of the store, in name order, with its
// size and content, for export. Files that are not the store's own
// (names in a subdirectory, with a leading dot, or a write's leftover
// temporary file) are skipped.
func (s *Store) EachFile(ctx context.Context, fn func(name string, size int64, r io.Reader) error) error {
	b, err := s.bucket(false)
	if err != nil || b == nil {
		return err
	}
	it := b.List(&blob.ListOptions{Delimiter: "/"})
	for {
		obj, err := it.Next(ctx)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("list media files: %w", err)
		}
		if obj.IsDir || !plainName(obj.Key) || tempFile.MatchString(obj.Key) {
			continue
		}
		r, err := b.NewReader(ctx, obj.Key, nil)
		if err != nil {
			return fmt.Errorf("read media file %s: %w", obj.Key, err)
		}
		err = fn(obj.Key, r.Size(), r)
		r.Close()
		if err != nil {
			return err
		}
	}
}

// OpenFile opens the file name of the store for reading; an error
// matching fs.ErrNotExist when there is none.
func (s *Store) OpenFile(ctx context.Context, name string) (io.ReadCloser, error) {
	b, err := s.bucket(false)
	if err != nil {
		return nil, err
	}
	if b == nil || !plainName(name) {
		return nil, fmt.Errorf("media file %s: %w", name, fs.ErrNotExist)
	}
	r, err := b.NewReader(ctx, name, nil)
	if gcerrors.Code(err) == gcerrors.NotFound {
		return nil, fmt.Errorf("media file %s: %w", name, fs.ErrNotExist)
	}
	return r, err
}

// WriteFile stores r as the file name, for restore: whole or not at all.
func (s *Store) WriteFile(ctx context.Context, name string, r io.Reader) error {
	if !plainName(name) {
		return fmt.Errorf("%q cannot name a media file", name)
	}
	b, err := s.bucket(true)
	if err != nil {
		return err
	}
	if err := put(ctx, b, name, mimeByExt[filepath.Ext(name)], r); err != nil {
		return fmt.Errorf("write media file %s: %w", name, err)
	}
	return nil
}

// RemoveFile removes the file name; one that is not there is no error.
func (s *Store) RemoveFile(ctx context.Context, name string) error {
	b, err := s.bucket(false)
	if err != nil || b == nil || !plainName(name) {
		return err
	}
	if err := b.Delete(ctx, name); err != nil && gcerrors.Code(err) != gcerrors.NotFound {
		return fmt.Errorf("remove media file %s: %w", name, err)
	}
	return nil
}

// sameFile reports whether f, opened at name in the store's local
// directory, is the regular file at that name: not a symlink (which
// os.Open follows out of the directory) nor anything else. Save never
// makes one; a file planted in the directory is not served.
func (s *Store) sameFile(name string, f *os.File) (bool, error) {
	link, err := os.Lstat(filepath.Join(s.dir, name))
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	opened, err := f.Stat()
	if err != nil {
		return false, err
	}
	return link.Mode().IsRegular() && os.SameFile(link, opened), nil
}
