package main

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
	"io"
	"mime/multipart"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/media/mediatest"
	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

// Two nodes on one PostgreSQL share an S3 bucket (an in-process S3 fake):
// an image uploaded through node 1 is served by node 2, under the rules of
// who may see it, and Media.url is absolute, under the public base URL.
// Neither node keeps the file on its own disk.
func TestMediaUploadedThroughOneNodeServedByAnother(t *testing.T) {
	s3 := mediatest.StartS3(t)
	bucket := s3.Bucket(t, "newsroom-media")
	const base = "https://cdn.example.vn/media/"
	c := testnode.Start(t, testdb.PostgresURL(t), 2, "--media-url", bucket, "--media-public-url", base)
	editor := c.Token(t, "editor")
	a, b := c.Nodes[0], c.Nodes[1]

	var pic bytes.Buffer
	png.Encode(&pic, image.NewGray(image.Rect(0, 0, 4, 3)))
	uploaded := uploadThrough(t, a.Endpoint(), editor, pic.Bytes())
	name, ok := strings.CutPrefix(uploaded.URL, base)
	if !ok || !strings.HasSuffix(name, ".png") || uploaded.Width != 4 || uploaded.Height != 3 {
		t.Fatalf("uploadMedia through %s: %+v, want a url under %s", a.Name, uploaded, base)
	}
	if got := s3.Keys(t, "newsroom-media"); !slices.Equal(got, []string{name}) {
		t.Fatalf("the bucket holds %q, want %s", got, name)
	}

	path := b.URL() + "/media/" + name
	// Used by no one: for token holders only, on every node.
	if code, _, _ := fetch(t, path, ""); code != http.StatusNotFound {
		t.Errorf("anonymous GET %s of an unused image: %d, want 404", path, code)
	}
	code, body, h := fetch(t, path, editor)
	if code != http.StatusOK || !bytes.Equal(body, pic.Bytes()) || h.Get("Cache-Control") != "private, max-age=31536000, immutable" || h.Get("Content-Type") != "image/png" {
		t.Fatalf("the editor's GET %s: %d, %d bytes, %q %q", path, code, len(body), h.Get("Cache-Control"), h.Get("Content-Type"))
	}

	// A person's photo is public: served by node 2 to everyone, cacheable.
	var person struct {
		CreatePerson struct{ Photo struct{ URL string } }
	}
	a.Query(t, editor, `mutation($photo: ID!) { createPerson(input: {fullName: "Vũ Duy Hoàng", photoID: $photo}) { photo { url } } }`,
		map[string]any{"photo": uploaded.ID}, &person)
	if person.CreatePerson.Photo.URL != uploaded.URL {
		t.Errorf("the person's photo url %q, want %q", person.CreatePerson.Photo.URL, uploaded.URL)
	}
	code, body, h = fetch(t, path, "")
	if code != http.StatusOK || !bytes.Equal(body, pic.Bytes()) || h.Get("Cache-Control") != "public, max-age=31536000, immutable" {
		t.Fatalf("anonymous GET %s of a photo: %d, %d bytes, %q", path, code, len(body), h.Get("Cache-Control"))
	}
	var read struct {
		People struct {
			Edges []struct {
				Node struct{ Photo struct{ URL string } }
			}
		}
	}
	b.Query(t, "", `{ people(first: 1) { edges { node { photo { url } } } } }`, nil, &read)
	if len(read.People.Edges) != 1 || read.People.Edges[0].Node.Photo.URL != uploaded.URL {
		t.Errorf("%s answers the photo's url %+v, want %s", b.Name, read.People.Edges, uploaded.URL)
	}
}

type uploadedMedia struct {
	ID, URL       string
	Width, Height int
}

// uploadThrough sends file as uploadMedia's file (the GraphQL multipart
// request spec) to endpoint with token.
func uploadThrough(t *testing.T, endpoint, token string, file []byte) uploadedMedia {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("operations", `{"query":"mutation($file: Upload!) { uploadMedia(file: $file) { id url width height } }","variables":{"file":null}}`)
	w.WriteField("map", `{"0": ["variables.file"]}`)
	fw, _ := w.CreateFormFile("0", "hoi-nghi.png")
	fw.Write(file)
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, endpoint, &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Data   struct{ UploadMedia uploadedMedia }
		Errors []json.RawMessage
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || len(out.Errors) > 0 {
		t.Fatalf("uploadMedia: HTTP %d, %v %s", resp.StatusCode, err, out.Errors)
	}
	return out.Data.UploadMedia
}

// fetch GETs url with token (empty: anonymous).
func fetch(t *testing.T, url, token string) (int, []byte, http.Header) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, body, resp.Header
}
