// Package playground owns newsgraph's GraphiQL page: the HTML, the script that
// starts GraphiQL and the npm bundle it runs on, all embedded in the binary so
// the playground works on a network with no internet, and the examples it
// opens on (examples/*.graphql, the README's). refresh.sh refreshes the
// bundle; PACKAGES.md records where it came from and under which licence.
package playground

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
)

//go:embed page.html
var pageHTML string

//go:embed start.js assets/*.js assets/*.css
var files embed.FS

// TokenCommand is the command the page shows for making an editor's token
// (the docs test runs it).
const TokenCommand = `newsgraph token create --name "desk: Lan" --role editor`

// AssetPrefix is the URL path under which the page's scripts and styles are served.
const AssetPrefix = "/playground/"

// contentSecurityPolicy keeps the page to its own origin: no script, style,
// font or connection to another host, and no inline script. GraphiQL sets
// inline styles, and its fonts and icons are data: URIs.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

// Handler serves the GraphiQL page at / (talking to endpoint) and its assets
// under AssetPrefix. The page carries the examples as JSON, a data block
// that start.js reads: no inline script runs.
func Handler(endpoint string) http.Handler {
	examples, err := Examples()
	if err != nil {
		panic("playground: the embedded examples: " + err.Error()) // a defect of the build, caught by its tests
	}
	var page bytes.Buffer
	template.Must(template.New("page").Parse(pageHTML)).Execute(&page, struct {
		Endpoint, TokenCommand string
		Examples               []Example
	}{endpoint, TokenCommand, examples})
	body := page.Bytes()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, AssetPrefix) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
			w.Header().Set("X-Content-Type-Options", "nosniff")
			w.Header().Set("Cache-Control", "no-cache")
			w.Write(body)
			return
		}
		a, ok := assetNamed(strings.TrimPrefix(r.URL.Path, AssetPrefix))
		if !ok {
			http.NotFound(w, r)
			return
		}
		a.serve(w, r)
	})
}

// asset is one embedded file, with its gzip form made on first use (the
// GraphiQL bundle is 3.5 MB, under 1 MB gzipped).
type asset struct {
	name, contentType, etag string
	raw                     []byte
	gzipOnce                sync.Once
	gzipped                 []byte
}

var (
	assetsOnce sync.Once
	assets     map[string]*asset
)

func assetNamed(name string) (*asset, bool) {
	assetsOnce.Do(func() {
		assets = map[string]*asset{}
		fs.WalkDir(files, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			raw, err := files.ReadFile(p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(raw)
			base := path.Base(p)
			assets[base] = &asset{
				name:        base,
				contentType: mime.TypeByExtension(path.Ext(base)),
				etag:        `"` + hex.EncodeToString(sum[:12]) + `"`,
				raw:         raw,
			}
			return nil
		})
	})
	a, ok := assets[name]
	return a, ok
}

func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	// The names carry no version, so browsers revalidate daily with the ETag.
	h.Set("Cache-Control", "public, max-age=86400")
	h.Set("Vary", "Accept-Encoding")
	h.Set("ETag", a.etag)
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, a.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := a.raw
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		a.gzipOnce.Do(func() {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
			zw.Write(a.raw)
			zw.Close()
			a.gzipped = buf.Bytes()
		})
		h.Set("Content-Encoding", "gzip")
		body = a.gzipped
	}
	if r.Method == http.MethodHead {
		return
	}
	w.Write(body)
}
