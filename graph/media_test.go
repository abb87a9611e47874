package graph_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// mediaAPI is the API with uploads stored in dir, for caller (nil: anonymous).
func mediaAPI(client *ent.Client, dir string, maxBytes int64, caller *auth.Caller) *api {
	opts := server.Options{MediaDir: dir, MediaMaxBytes: maxBytes}
	if caller != nil {
		opts.Authenticate = func(context.Context, string) (*auth.Caller, error) { return caller, nil }
	}
	return &api{h: server.New(client, opts)}
}

var editor = &auth.Caller{TokenID: 1, Name: "test editor", Role: auth.Editor}

const uploadQuery = `mutation($file: Upload!, $alt: String, $caption: String, $credit: String) {
  uploadMedia(file: $file, alt: $alt, caption: $caption, credit: $credit) {
    id url mimeType width height alt caption credit
  }
}`

type uploadedMedia struct {
	ID, URL, MimeType    string
	Width, Height        int
	Alt, Caption, Credit string
}

// multipartBody is a GraphQL multipart request (the spec's "operations",
// "map" and one file part "0") for query with vars, the file at variables.file.
func multipartBody(t *testing.T, query string, vars map[string]any, filename string, file []byte) (string, *bytes.Buffer) {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	if vars == nil {
		vars = map[string]any{}
	}
	vars["file"] = nil
	ops, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	w.WriteField("operations", string(ops))
	if file != nil {
		w.WriteField("map", `{"0": ["variables.file"]}`)
		fw, err := w.CreateFormFile("0", filename)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(file)
	} else {
		w.WriteField("map", `{}`)
	}
	w.Close()
	return w.FormDataContentType(), &body
}

// post sends a raw request body to /query and decodes the GraphQL answer.
func (a *api) post(t *testing.T, contentType string, body *bytes.Buffer, out any) (int, []gqlError) {
	t.Helper()
	status, data, errs := a.roundTrip(t, contentType, body)
	decodeData(t, data, out)
	return status, errs
}

// upload sends file as uploadMedia's file and returns the Media or the errors.
func (a *api) upload(t *testing.T, filename string, file []byte, vars map[string]any) (uploadedMedia, []gqlError) {
	t.Helper()
	ct, body := multipartBody(t, uploadQuery, vars, filename, file)
	var out struct{ UploadMedia uploadedMedia }
	_, errs := a.post(t, ct, body, &out)
	return out.UploadMedia, errs
}

func (a *api) get(t *testing.T, path string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec
}

// Test images, made in memory. webp1x1 is a 1×1 lossless WebP (Go has no
// WebP encoder).
var webp1x1, _ = hex.DecodeString("524946461a000000574542505650384c0d0000002f00000010071011118888fe0700")

func testImage(t *testing.T, format string, w, h int) []byte {
	t.Helper()
	img := image.NewPaletted(image.Rect(0, 0, w, h), color.Palette{color.White, color.Black})
	var buf bytes.Buffer
	var err error
	switch format {
	case "png":
		err = png.Encode(&buf, img)
	case "jpeg":
		err = jpeg.Encode(&buf, img, nil)
	case "gif":
		err = gif.Encode(&buf, img, nil)
	case "webp":
		return webp1x1
	}
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestUploadMedia(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		dir := t.TempDir()
		a := mediaAPI(db.Client, dir, 0, editor)

		// The type comes from the bytes: every file here is named .png.
		for _, tc := range []struct {
			format, mime, ext string
			w, h              int
		}{
			{"png", "image/png", ".png", 3, 2},
			{"jpeg", "image/jpeg", ".jpg", 17, 9},
			{"gif", "image/gif", ".gif", 4, 5},
			{"webp", "image/webp", ".webp", 1, 1},
		} {
			t.Run(tc.format, func(t *testing.T) {
				file := testImage(t, tc.format, tc.w, tc.h)
				m, errs := a.upload(t, "picture.png", file, map[string]any{
					"alt": "Đồng chí Vũ Duy Hoàng phát biểu", "caption": "Hội nghị sơ kết", "credit": "Báo Thái Nguyên",
				})
				if len(errs) > 0 {
					t.Fatalf("upload: %+v", errs)
				}
				if m.MimeType != tc.mime || m.Width != tc.w || m.Height != tc.h {
					t.Errorf("got %s %dx%d, want %s %dx%d", m.MimeType, m.Width, m.Height, tc.mime, tc.w, tc.h)
				}
				if m.Alt != "Đồng chí Vũ Duy Hoàng phát biểu" || m.Caption != "Hội nghị sơ kết" || m.Credit != "Báo Thái Nguyên" {
					t.Errorf("alt, caption, credit: %+v", m)
				}
				if !strings.HasPrefix(m.URL, "/media/") || !strings.HasSuffix(m.URL, tc.ext) {
					t.Errorf("url %q", m.URL)
				}

				rec := a.get(t, m.URL)
				if rec.Code != http.StatusOK {
					t.Fatalf("GET %s: %d", m.URL, rec.Code)
				}
				if got := rec.Header().Get("Content-Type"); got != tc.mime {
					t.Errorf("Content-Type %q, want %q", got, tc.mime)
				}
				if got := rec.Header().Get("Cache-Control"); !strings.Contains(got, "immutable") || !strings.Contains(got, "max-age=31536000") {
					t.Errorf("Cache-Control %q", got)
				}
				if !bytes.Equal(rec.Body.Bytes(), file) {
					t.Errorf("served %d bytes, not the %d uploaded", rec.Body.Len(), len(file))
				}
			})
		}
	})
}

func TestUploadMediaSameBytesStoredOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		dir := t.TempDir()
		a := mediaAPI(db.Client, dir, 0, editor)
		file := testImage(t, "png", 8, 8)
		first, errs := a.upload(t, "a.png", file, map[string]any{"alt": "first use"})
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		second, errs := a.upload(t, "b.png", file, map[string]any{"alt": "second use"})
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		if first.ID == second.ID || first.URL != second.URL {
			t.Errorf("want two Media on one file, got %+v and %+v", first, second)
		}
		if second.Alt != "second use" {
			t.Errorf("second alt %q", second.Alt)
		}
		files, _ := os.ReadDir(dir)
		if len(files) != 1 {
			t.Errorf("want 1 file in the media directory, got %d", len(files))
		}
	})
}

func TestUploadMediaRefused(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		dir := t.TempDir()
		const max = 4096
		a := mediaAPI(db.Client, dir, max, editor)
		png8 := testImage(t, "png", 8, 8)
		big := testImage(t, "png", 8, 8)
		big = append(big, bytes.Repeat([]byte{0}, max)...) // still a PNG, too long
		for _, tc := range []struct {
			name string
			file []byte
		}{
			{"text named .png", []byte("hello, this is not an image")},
			{"html", []byte("<html><script>alert(1)</script></html>")},
			{"svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)},
			{"png header only", png8[:20]},
			{"empty", []byte{}},
			{"too large", big},
		} {
			t.Run(tc.name, func(t *testing.T) {
				_, errs := a.upload(t, "x.png", tc.file, nil)
				if len(errs) != 1 || errs[0].code() != "BAD_USER_INPUT" || errs[0].Extensions["field"] != "file" {
					t.Fatalf("want BAD_USER_INPUT on file, got %+v", errs)
				}
			})
		}

		// A request that announces a body beyond the limit is refused
		// before it is read, as any body over its limit is.
		ct, body := multipartBody(t, uploadQuery, nil, "x.png", bytes.Repeat([]byte{1}, max+2<<20))
		status, errs := a.post(t, ct, body, nil)
		if status != http.StatusRequestEntityTooLarge || len(errs) != 1 || errs[0].code() != "BODY_TOO_LARGE" || errs[0].Extensions["field"] != "file" {
			t.Errorf("oversized request: status %d, %+v", status, errs)
		}

		// Who may upload.
		for _, tc := range []struct {
			caller *auth.Caller
			code   string
		}{
			{nil, "UNAUTHENTICATED"},
			{&auth.Caller{TokenID: 2, Name: "viewer", Role: auth.Viewer}, "FORBIDDEN"},
		} {
			_, errs := mediaAPI(db.Client, dir, max, tc.caller).upload(t, "x.png", png8, nil)
			if len(errs) != 1 || errs[0].code() != tc.code {
				t.Errorf("%v: want %s, got %+v", tc.caller, tc.code, errs)
			}
		}

		if files, _ := os.ReadDir(dir); len(files) != 0 {
			t.Errorf("refused uploads left %d files", len(files))
		}
		if n := db.Client.Media.Query().CountX(ctx); n != 0 {
			t.Errorf("refused uploads left %d Media", n)
		}
	})
}

// TestMultipartOnlyForUploads: an HTML form on any site can post
// multipart/form-data without a preflight, so nothing but uploads may be
// sent that way.
func TestMultipartOnlyForUploads(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		a := mediaAPI(db.Client, t.TempDir(), 0, nil)
		ct, body := multipartBody(t, `mutation { submitFeedback(articleId: "1", name: "a", email: "a@example.com", content: "x") { id } }`, nil, "", nil)
		_, errs := a.post(t, ct, body, nil)
		// The HTTP edge refuses it before GraphQL runs.
		if len(errs) != 1 || errs[0].code() != "UNSUPPORTED_MEDIA_TYPE" || !strings.Contains(errs[0].Message, "only for file uploads") {
			t.Fatalf("want the multipart request refused, got %+v", errs)
		}
	})
}

func TestServeMediaRefusesOtherPaths(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		dir := t.TempDir()
		a := mediaAPI(db.Client, dir, 0, editor)
		m, errs := a.upload(t, "a.png", testImage(t, "png", 2, 2), nil)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("secret"), 0o644)
		hash := strings.TrimSuffix(strings.TrimPrefix(m.URL, "/media/"), ".png")
		os.Symlink("/etc/passwd", filepath.Join(dir, strings.Repeat("a", 64)+".png"))
		for _, path := range []string{
			"/media/",
			"/media/notes.txt",
			"/media/../go.mod",
			"/media/%2e%2e%2fgo.mod",
			"/media/..%2fgo.mod",
			"/media/" + hash + ".PNG",
			"/media/" + hash + ".jpg",
			"/media/" + hash + ".png/",
			"/media/" + strings.Repeat("a", 64) + ".png", // a symlink out of the directory
			"/media/" + strings.Repeat("0", 64) + ".png",
		} {
			// 404, or the mux's redirect to the cleaned path outside /media/.
			if rec := a.get(t, path); rec.Code != http.StatusNotFound && !strings.HasPrefix(rec.Header().Get("Location"), "/go.mod") {
				t.Errorf("GET %s: %d %q", path, rec.Code, rec.Body.String())
			}
		}
		// The real file still answers conditional requests.
		rec := a.get(t, m.URL)
		req := httptest.NewRequest(http.MethodGet, m.URL, nil)
		req.Header.Set("If-None-Match", rec.Header().Get("ETag"))
		rec2 := httptest.NewRecorder()
		a.h.ServeHTTP(rec2, req)
		if rec2.Code != http.StatusNotModified {
			t.Errorf("If-None-Match: %d", rec2.Code)
		}
	})
}

func TestDeleteMedia(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		dir := t.TempDir()
		a := mediaAPI(db.Client, dir, 0, editor)
		newMedia := func() *ent.Media {
			m, errs := a.upload(t, "a.png", testImage(t, "png", 2, 2), nil)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			var id int
			fmt.Sscan(m.ID, &id)
			return db.Client.Media.GetX(ctx, id)
		}
		cover, photo, free := newMedia(), newMedia(), newMedia()
		db.Client.Article.Create().SetTitle("Hội nghị sơ kết").SetStatus(article.StatusPUBLISHED).
			SetPublishedAt(time.Now().Add(-time.Hour)).SetCover(cover).SaveX(ctx)
		db.Client.Person.Create().SetFullName("Vũ Duy Hoàng").SetPhoto(photo).SaveX(ctx)

		const del = `mutation($id: ID!) { deleteMedia(id: $id) }`
		for _, m := range []*ent.Media{cover, photo} {
			a.wantCode(t, "CONFLICT", del, map[string]any{"id": fmt.Sprint(m.ID)})
		}
		if n := db.Client.Media.Query().CountX(ctx); n != 3 {
			t.Errorf("after refused deletes: %d Media, want 3", n)
		}

		newAPIAs(db.Client, auth.Viewer).wantCode(t, "FORBIDDEN", del, map[string]any{"id": fmt.Sprint(free.ID)})
		newAPI(db.Client).wantCode(t, "UNAUTHENTICATED", del, map[string]any{"id": fmt.Sprint(free.ID)})

		var out struct{ DeleteMedia string }
		a.mustDo(t, del, map[string]any{"id": fmt.Sprint(free.ID)}, &out)
		if out.DeleteMedia != fmt.Sprint(free.ID) {
			t.Errorf("deleteMedia returned %q", out.DeleteMedia)
		}
		var node struct{ Node *struct{ ID string } }
		a.mustDo(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": fmt.Sprint(free.ID)}, &node)
		if node.Node != nil {
			t.Error("the deleted media is still a node")
		}
		a.wantCode(t, "NOT_FOUND", del, map[string]any{"id": fmt.Sprint(free.ID)})
		// The other Media still use the file.
		if rec := a.get(t, cover.URL); rec.Code != http.StatusOK {
			t.Errorf("GET %s after deleting another Media of it: %d", cover.URL, rec.Code)
		}
	})
}

// A stored file is served to a caller who may read some Media with its url
// (internal/access: a person's photo or a public article's cover for the
// public; every Media for a token), and to no one else: a file used only
// as a draft's cover, or by no one, is 404 for the public exactly as a
// file that is not there, until the draft is published. Only files the
// public may see are cacheable by everyone. Each request is one statement.
func TestServeMediaOnlyToWhoMaySeeIt(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		dir := t.TempDir()
		client := db.Client
		logged, log := logStatements(db) // reads only: search writes raw SQL
		upload := func(w int) uploadedMedia {
			m, errs := mediaAPI(client, dir, 0, editor).upload(t, "a.png", testImage(t, "png", w, 1), nil)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			return m
		}
		id := func(m uploadedMedia) int { var n int; fmt.Sscan(m.ID, &n); return n }
		draftCover, publicCover, photo, unused, shared := upload(1), upload(2), upload(3), upload(4), upload(5)
		// The same file as a draft's cover and as a person's photo: public.
		sharedAgain := upload(5)
		draft := client.Article.Create().SetTitle("Bản nháp").SetCoverID(id(draftCover)).SaveX(ctx)
		client.Article.Create().SetTitle("Bản nháp khác").SetCoverID(id(shared)).ExecX(ctx)
		client.Article.Create().SetTitle("Bài đã đăng").SetStatus(article.StatusPUBLISHED).
			SetPublishedAt(time.Now().Add(-time.Hour)).SetCoverID(id(publicCover)).ExecX(ctx)
		client.Person.Create().SetFullName("Vũ Duy Hoàng").SetPhotoID(id(photo)).ExecX(ctx)
		client.Person.Create().SetFullName("Nguyễn Văn A").SetPhotoID(id(sharedAgain)).ExecX(ctx)

		anon := mediaAPI(logged, dir, 0, nil)
		viewer := mediaAPI(logged, dir, 0, &auth.Caller{TokenID: 2, Name: "viewer", Role: auth.Viewer})
		missing := anon.get(t, "/media/"+strings.Repeat("0", 64)+".png")
		if missing.Code != http.StatusNotFound {
			t.Fatalf("a file that is not there: %d", missing.Code)
		}
		served := func(who string, a *api, m uploadedMedia, cache string) {
			t.Helper()
			log.take()
			rec := a.get(t, m.URL)
			if n := len(log.take()); n != 1 {
				t.Errorf("%s GET %s: %d statements, want 1", who, m.URL, n)
			}
			if rec.Code != http.StatusOK || rec.Header().Get("Cache-Control") != cache {
				t.Errorf("%s GET %s: %d, Cache-Control %q; want 200, %q", who, m.URL, rec.Code, rec.Header().Get("Cache-Control"), cache)
			}
		}
		// What a response says, but for its own request ID.
		said := func(h http.Header) http.Header { h = h.Clone(); h.Del("X-Request-Id"); return h }
		hidden := func(who string, a *api, m uploadedMedia) {
			t.Helper()
			rec := a.get(t, m.URL)
			if rec.Code != missing.Code || rec.Body.String() != missing.Body.String() ||
				!reflect.DeepEqual(said(rec.Header()), said(missing.Header())) {
				t.Errorf("%s GET %s: %d %v %q; want what a missing file gets: %d %v %q", who, m.URL,
					rec.Code, rec.Header(), rec.Body, missing.Code, missing.Header(), missing.Body)
			}
		}
		const public, private = "public, max-age=31536000, immutable", "private, max-age=31536000, immutable"

		served("anonymous", anon, publicCover, public)
		served("anonymous", anon, photo, public)
		served("anonymous", anon, shared, public)
		hidden("anonymous", anon, draftCover)
		hidden("anonymous", anon, unused)
		for _, m := range []uploadedMedia{draftCover, publicCover, photo, unused} {
			served("a viewer", viewer, m, private)
		}

		newAPIAs(client, auth.Editor).mustDo(t, `mutation($id: ID!) { publishArticle(id: $id) { id } }`,
			map[string]any{"id": fmt.Sprint(draft.ID)}, nil)
		served("anonymous, once the article is published,", anon, draftCover, public)
		hidden("anonymous", anon, unused)
	})
}
