// Package media owns newsgraph's image files: recognising an upload as a
// JPEG, PNG, WebP or GIF from its bytes, reading its size in pixels, storing
// it under the SHA-256 of its content in a bucket (a local directory by
// default, S3-compatible object storage for several nodes), serving the
// bucket at /media/... to whoever may see each file, and telling clients
// where to fetch a file (under a public base URL when one is set).
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
	"net/http"
	"regexp"
	"strings"

	_ "golang.org/x/image/webp" // image.DecodeConfig for WebP

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// DefaultMaxBytes is the largest upload accepted unless configured: 10 MiB.
const DefaultMaxBytes = 10 << 20

// URLPrefix is where stored files are served, and how the url of a Media
// of a stored file begins in the database.
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

// fileName is the only shape of name Save gives and the Handler serves: a
// lowercase hex SHA-256 and one of the known extensions. Anything else (a
// dot-dot, a slash, an empty name for a listing) is not found.
var fileName = regexp.MustCompile(`^[0-9a-f]{64}\.(jpg|png|webp|gif)$`)

// Image is a stored image file.
type Image struct {
	Name     string // the file's name in the store: SHA-256 hex and extension
	URL      string // the url of its Media: /media/NAME (see Store.URL)
	MimeType string
	Width    int
	Height   int
	Size     int64 // in bytes
}

// Save reads an upload, checks that it is an image of a known type and not
// too large, and stores it, once per content. Refusals are BAD_USER_INPUT
// errors about the input field named field.
func (s *Store) Save(ctx context.Context, r io.Reader, field string) (Image, error) {
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
	if err := s.store(ctx, img.Name, img.MimeType, data); err != nil {
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

// store writes data as name unless the bucket has it, hence its content,
// already. A reader never sees half a file: a local directory's file is
// written under a temporary name and renamed, an object appears whole when
// its upload completes. Two uploads of the same bytes at once both end
// with the one whole file.
func (s *Store) store(ctx context.Context, name, mimeType string, data []byte) error {
	b, err := s.bucket(true)
	if err != nil {
		return err
	}
	if ok, err := b.Exists(ctx, name); err != nil {
		return fmt.Errorf("store %s: %w", name, err)
	} else if ok {
		return nil
	}
	if err := put(ctx, b, name, mimeType, bytes.NewReader(data)); err != nil {
		return fmt.Errorf("store %s: %w", name, err)
	}
	return nil
}
