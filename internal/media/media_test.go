package media

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"strings"
	"testing"
)

func TestInspectRefusesWhatOnlyLooksLikeAnImage(t *testing.T) {
	var p bytes.Buffer
	png.Encode(&p, image.NewGray(image.Rect(0, 0, 5, 7)))
	for name, data := range map[string][]byte{
		"jpeg magic, no image": append([]byte{0xFF, 0xD8, 0xFF, 0xE0}, bytes.Repeat([]byte{0}, 64)...),
		"gif magic, no image":  []byte("GIF89a"),
		"png cut short":        p.Bytes()[:16],
		"bmp":                  append([]byte("BM"), bytes.Repeat([]byte{0}, 64)...),
		"svg":                  []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`),
	} {
		if img, err := Inspect(data); err == nil {
			t.Errorf("%s: accepted as %+v", name, img)
		}
	}
	img, err := Inspect(p.Bytes())
	if err != nil || img.MimeType != "image/png" || img.Width != 5 || img.Height != 7 {
		t.Errorf("a real PNG: %+v, %v", img, err)
	}
}

func TestSaveStoresByContent(t *testing.T) {
	var p bytes.Buffer
	png.Encode(&p, image.NewGray(image.Rect(0, 0, 2, 2)))
	s := NewStore(t.TempDir()+"/not/yet/there", 0)
	a, err := s.Save(context.Background(), bytes.NewReader(p.Bytes()), "file")
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Save(context.Background(), bytes.NewReader(p.Bytes()), "file")
	if err != nil {
		t.Fatal(err)
	}
	if a.Name != b.Name || !fileName.MatchString(a.Name) || !strings.HasPrefix(a.URL, URLPrefix) {
		t.Errorf("names %q and %q", a.Name, b.Name)
	}
}
