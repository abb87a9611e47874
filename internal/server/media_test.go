package server_test

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/media"
	"github.com/newsgraph/newsgraph/internal/ratelimit"
	"github.com/newsgraph/newsgraph/internal/server"
)

// editorToken lets "Bearer editor" in as an editor.
func editorToken(_ context.Context, authorization string) (*auth.Caller, error) {
	if authorization == "Bearer editor" {
		return &auth.Caller{TokenID: 1, Name: "editor", Role: auth.Editor}, nil
	}
	return nil, nil
}

// With a public base URL, Media.url answers are absolute, under it, while
// /media/ keeps serving the file to whoever may see it.
func TestMediaURLUnderThePublicBase(t *testing.T) {
	const base = "https://cdn.example.vn/media/"
	store, err := media.Open(context.Background(), media.Config{Dir: t.TempDir(), PublicURL: base})
	if err != nil {
		t.Fatal(err)
	}
	e := newEdge(t, server.Options{Media: store, Authenticate: editorToken})

	var pic, body bytes.Buffer
	png.Encode(&pic, image.NewGray(image.Rect(0, 0, 2, 2)))
	w := multipart.NewWriter(&body)
	w.WriteField("operations", `{"query":"mutation($f: Upload!) { uploadMedia(file: $f) { id url } }","variables":{"f":null}}`)
	w.WriteField("map", `{"0": ["variables.f"]}`)
	fw, _ := w.CreateFormFile("0", "a.png")
	fw.Write(pic.Bytes())
	w.Close()
	rec := e.request(t, http.MethodPost, "/query", body.String(), "Content-Type", w.FormDataContentType(), "Authorization", "Bearer editor")
	var out struct{ UploadMedia struct{ ID, URL string } }
	jsonInto(t, decode(t, rec).Data, &out)
	name, ok := strings.CutPrefix(out.UploadMedia.URL, base)
	if !ok || !strings.HasSuffix(name, ".png") {
		t.Fatalf("uploadMedia answered url %q, want one under %s: %s", out.UploadMedia.URL, base, rec.Body)
	}

	// The database keeps the path, which /media/ finds the Media by.
	sys := auth.System(context.Background())
	if stored := e.db.Client.Media.Query().OnlyX(sys).URL; stored != media.URLPrefix+name {
		t.Errorf("stored url %q, want %s", stored, media.URLPrefix+name)
	}
	rec = e.request(t, http.MethodGet, media.URLPrefix+name, "", "Authorization", "Bearer editor")
	if rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), pic.Bytes()) || rec.Header().Get("Cache-Control") != "private, max-age=31536000, immutable" {
		t.Errorf("GET %s: %d %q", media.URLPrefix+name, rec.Code, rec.Header().Get("Cache-Control"))
	}
	if rec := e.request(t, http.MethodGet, media.URLPrefix+name, ""); rec.Code != http.StatusNotFound {
		t.Errorf("anonymous GET of an unused image: %d", rec.Code)
	}

	// A Media referenced by its own URL stays as it is.
	var node struct{ Node struct{ URL string } }
	other := e.db.Client.Media.Create().SetURL("https://baothainguyen.vn/anh.jpg").SaveX(sys)
	rec = e.post(t, `query($id: ID!) { node(id: $id) { ... on Media { url } } }`, map[string]any{"id": strconv.Itoa(other.ID)}, "Authorization", "Bearer editor")
	jsonInto(t, decode(t, rec).Data, &node)
	if node.Node.URL != "https://baothainguyen.vn/anh.jpg" {
		t.Errorf("an external image's url: %s", rec.Body)
	}
}

// Options.FeedbackLimit is the limit submitFeedback takes from.
func TestFeedbackLimitOption(t *testing.T) {
	e := newEdge(t, server.Options{FeedbackLimit: ratelimit.New(time.Hour, 1)})
	const submit = `mutation { submitFeedback(articleId: "1", name: "Hằng", email: "hang@example.vn", content: "Cảm ơn") { id } }`
	e.post(t, submit, nil)
	rec := e.post(t, submit, nil)
	if a := decode(t, rec); a.code() != "RATE_LIMITED" {
		t.Fatalf("the second message with a burst of 1: %s", rec.Body)
	}
}
