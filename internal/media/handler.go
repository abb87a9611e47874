package media

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"gocloud.dev/blob"
	"gocloud.dev/gcerrors"
)

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
// and stored by no cache: no listing, no path outside the store, nothing
// learned about a file the caller may not see. Every node serves every
// file of a shared bucket, whichever node stored it.
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
		f, err := s.open(r.Context(), name)
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
		// The reader seeks (for Range requests) by reading the object
		// again from the offset, so nothing is held in memory.
		http.ServeContent(w, r, "", f.ModTime(), f)
	}))
}

// notFound answers 404, and keeps caches from storing it: a file hidden
// today is public once its article is.
func notFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	http.NotFound(w, r)
}

// errNotStored refuses to read what is at a stored file's name in a local
// directory but is not a regular file of it.
var errNotStored = errors.New("not a file of the media directory")

// open opens the stored file name, or returns a nil reader when there is
// none. In a local directory, only a regular file is one: the file opened
// is checked to be the one at name, never what a symlink planted there
// points to, so no path leads out of the directory.
func (s *Store) open(ctx context.Context, name string) (*blob.Reader, error) {
	b, err := s.bucket(false)
	if err != nil || b == nil {
		return nil, err // nil: nothing uploaded yet
	}
	var opts *blob.ReaderOptions
	if s.dir != "" {
		opts = &blob.ReaderOptions{BeforeRead: func(as func(any) bool) error {
			var f *os.File
			if !as(&f) {
				return errNotStored
			}
			ok, err := s.sameFile(name, f)
			if err == nil && !ok {
				err = errNotStored
			}
			return err
		}}
	}
	f, err := b.NewReader(ctx, name, opts)
	if gcerrors.Code(err) == gcerrors.NotFound || errors.Is(err, errNotStored) {
		return nil, nil
	}
	return f, err
}
