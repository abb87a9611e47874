// Package media owns newsgraph's image files: recognising an upload as a
// JPEG, PNG, WebP or GIF from its bytes, reading its size in pixels, storing
// it in the media directory under the SHA-256 of its content, and serving the
// directory at /media/... to whoever may see each file.
//
// Files are content-addressed and never change, so the same bytes uploaded
// twice are one file, and clients and caches may keep a file forever.
package media

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	_ "image/gif" // image.DecodeConfig for GIF
	_ "image/jpeg"
	_ "image/png"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	_ "golang.org/x/image/webp" // image.DecodeConfig for WebP

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// DefaultMaxBytes is the largest upload accepted unless configured: 10 MiB.
const DefaultMaxBytes = 10 << 20

// URLPrefix is where stored files are served.
const URLPrefix = "/media/"

// formats are the image types newsgraph stores: the MIME type
// net/http.DetectContentType reports, the name image.DecodeConfig reports,
// and the file extension.
var formats = map[string]struct{ decoder, ext string }{
	"image/jpeg": {"jpeg", ".jpg"},
	"image/png":  {"png", ".png"},
	"image/webp": {"webp", ".webp"},
	"image/gif":  {"gif", ".gif"},
}

// mimeByExt maps a stored file's extension back to its Content-Type.
var mimeByExt = func() map[string]string {
	m := map[string]string{}
	for mimeType, f := range formats {
		m[f.ext] = mimeType
	}
	return m
}()

// fileName is the only shape of name the media directory holds and serves:
// a lowercase hex SHA-256 and one of the known extensions. Anything else
// (a dot-dot, a slash, an empty name for a listing) is not found.
var fileName = regexp.MustCompile(`^[0-9a-f]{64}\.(jpg|png|webp|gif)$`)

// Image is a stored image file.
type Image struct {
	Name     string // the file name in the media directory: SHA-256 hex and extension
	URL      string // where clients fetch it: /media/NAME
	MimeType string
	Width    int
	Height   int
	Size     int64 // in bytes
}

// Store keeps image files in one directory.
type Store struct {
	dir      string
	maxBytes int64
}

// NewStore returns a Store over dir, created on the first upload, that
// accepts files up to maxBytes (DefaultMaxBytes when not positive).
func NewStore(dir string, maxBytes int64) *Store {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	return &Store{dir: dir, maxBytes: maxBytes}
}

// MaxBytes is the largest file the store accepts.
func (s *Store) MaxBytes() int64 { return s.maxBytes }

// Save reads an upload, checks that it is an image of a known type and not
// too large, and stores it, once per content. Refusals are BAD_USER_INPUT
// errors about the input field named field.
func (s *Store) Save(r io.Reader, field string) (Image, error) {
	data, err := io.ReadAll(io.LimitReader(r, s.maxBytes+1))
	if err != nil {
		return Image{}, fmt.Errorf("read upload: %w", err)
	}
	if int64(len(data)) > s.maxBytes {
		return Image{}, apperr.Invalid(field, "the file is larger than %d bytes", s.maxBytes)
	}
	img, err := Inspect(data)
	if err != nil {
		return Image{}, apperr.Invalid(field, "%v", err)
	}
	sum := sha256.Sum256(data)
	img.Name = hex.EncodeToString(sum[:]) + formats[img.MimeType].ext
	img.URL = URLPrefix + img.Name
	if err := s.write(img.Name, data); err != nil {
		return Image{}, err
	}
	return img, nil
}

// Inspect recognises data as a JPEG, PNG, WebP or GIF image from its bytes
// (never from a file name or a client's Content-Type) and reads its size in
// pixels. Only the header is decoded, so a huge image costs no memory.
func Inspect(data []byte) (Image, error) {
	mimeType := http.DetectContentType(data)
	f, ok := formats[mimeType]
	if !ok {
		return Image{}, errors.New("the file is not a JPEG, PNG, WebP or GIF image")
	}
	cfg, decoder, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || decoder != f.decoder {
		return Image{}, fmt.Errorf("the file is not a readable %s image", strings.ToUpper(f.decoder))
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return Image{}, errors.New("the image has no pixels")
	}
	return Image{MimeType: mimeType, Width: cfg.Width, Height: cfg.Height, Size: int64(len(data))}, nil
}

// write stores data as name unless a file of that name, hence of that
// content, is there already. It writes a temporary file and renames it, so a
// reader never sees half a file and two uploads of the same bytes at once
// both end with the one whole file.
func (s *Store) write(name string, data []byte) error {
	path := filepath.Join(s.dir, name)
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return fmt.Errorf("media directory: %w", err)
	}
	tmp, err := os.CreateTemp(s.dir, ".upload-*")
	if err != nil {
		return fmt.Errorf("store %s: %w", name, err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("store %s: %w", name, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("store %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("store %s: %w", name, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("store %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("store %s: %w", name, err)
	}
	return nil
}

// Visibility is who may fetch a stored file.
type Visibility int

// The visibilities of a stored file, for the caller asking for it.
const (
	Hidden  Visibility = iota // not for this caller: answered as a file that is not there
	Private                   // for this caller, not for everyone: no shared cache may keep it
	Public                    // for everyone: browsers and CDNs may keep it
)

// Handler serves the store's files at URLPrefix: only names Save gives, with
// the Content-Type of their extension, and only to a caller visible lets
// have the file at its URL (visible asks with the request's context, which
// carries the caller). A public file's headers let browsers and CDNs keep it
// for a year without asking again (a name is the hash of its content, so it
// never changes); a private one's let only the caller's browser keep it.
// Everything else is 404, the same whether the file is missing or hidden,
// and stored by no cache: no listing, no path outside dir, nothing learned
// about a file the caller may not see.
func (s *Store) Handler(visible func(ctx context.Context, url string) (Visibility, error)) http.Handler {
	return http.StripPrefix(URLPrefix, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Path
		if !fileName.MatchString(name) {
			notFound(w, r)
			return
		}
		v, err := visible(r.Context(), URLPrefix+name)
		if err != nil {
			slog.ErrorContext(r.Context(), "media: who may see", "name", name, "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		if v == Hidden {
			notFound(w, r)
			return
		}
		f, info, err := s.open(name)
		if err != nil {
			slog.ErrorContext(r.Context(), "media: open", "name", name, "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		if f == nil {
			notFound(w, r)
			return
		}
		defer f.Close()
		h := w.Header()
		h.Set("Content-Type", mimeByExt[filepath.Ext(name)])
		if v == Public {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "private, max-age=31536000, immutable")
		}
		h.Set("ETag", `"`+strings.TrimSuffix(name, filepath.Ext(name))+`"`)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
		http.ServeContent(w, r, "", info.ModTime(), f)
	}))
}

// notFound answers 404, and keeps caches from storing it: a file hidden
// today is public once its article is.
func notFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	http.NotFound(w, r)
}

// open opens the regular file name in the store's directory, or returns a
// nil file when there is none. Going through an os.Root and refusing
// anything but a regular file, no path leads out of the directory, not even
// a symlink planted in it (Save never makes one).
func (s *Store) open(name string) (*os.File, fs.FileInfo, error) {
	root, err := os.OpenRoot(s.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil // nothing uploaded yet
	}
	if err != nil {
		return nil, nil, err
	}
	defer root.Close()
	info, err := root.Lstat(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, nil, nil
	}
	f, err := root.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	return f, info, err
}
