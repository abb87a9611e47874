package richtext

import (
	"strings"
	"testing"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"keeps structure", `<h2>Tiêu đề</h2><p>Đoạn <strong>một</strong> và <em>hai</em>.</p>`, `<h2>Tiêu đề</h2><p>Đoạn <strong>một</strong> và <em>hai</em>.</p>`},
		{"drops script", `<p>a</p><script>alert(1)</script>`, `<p>a</p>`},
		{"drops style", `<style>p{}</style><p style="color:red">a</p>`, `<p>a</p>`},
		{"drops event handlers", `<p onclick="x()">a</p><img src="/media/a.png" onerror="x()" alt="b">`, `<p>a</p><img src="/media/a.png" alt="b">`},
		{"drops javascript links", `<a href="javascript:alert(1)">x</a>`, `x`},
		{"keeps http and mailto links", `<a href="https://baothainguyen.vn/a" onmouseover="x()">a</a> <a href="mailto:toa.soan@example.vn">b</a>`, `<a href="https://baothainguyen.vn/a">a</a> <a href="mailto:toa.soan@example.vn">b</a>`},
		{"keeps lists, quotes, figures", `<ul><li>a</li></ul><blockquote>q</blockquote><figure><img src="https://example.vn/a.jpg" alt="a"><figcaption>c</figcaption></figure>`, `<ul><li>a</li></ul><blockquote>q</blockquote><figure><img src="https://example.vn/a.jpg" alt="a"><figcaption>c</figcaption></figure>`},
		{"drops iframes", `<iframe src="https://evil.example"></iframe><p>a</p>`, `<p>a</p>`},
		{"drops data urls", `<img src="data:text/html;base64,PHNjcmlwdD4=" alt="x">`, `<img alt="x">`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sanitize(tt.in)
			if got != tt.want {
				t.Errorf("Sanitize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			for _, bad := range []string{"<script", "javascript:", "onerror", "onclick", "style="} {
				if strings.Contains(strings.ToLower(got), bad) {
					t.Errorf("Sanitize(%q) kept %q", tt.in, bad)
				}
			}
		})
	}
}

func TestPlainText(t *testing.T) {
	got := PlainText(`<h2>Hội nghị</h2><p>Sơ kết &amp; <em>triển khai</em></p><ul><li>một</li><li>hai</li></ul>`)
	if want := "Hội nghị Sơ kết & triển khai một hai"; got != want {
		t.Errorf("PlainText = %q, want %q", got, want)
	}
}
