package importer

import (
	"strings"
	"testing"
)

// Round 8: bodies (sentences of our own).
func TestOrgsRound8(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a capitalized Tỉnh after a body is its province",
			"Năm 2014, UBND tỉnh Bình Định họp; ông Trần Văn Sơn, Chỉ huy trưởng Bộ chỉ huy quân sự Tỉnh, dự họp.",
			"Bộ chỉ huy quân sự Bình Định|PROVINCIAL; UBND tỉnh Bình Định|PROVINCIAL"},
		{"Tỉnh ủy is still a body's own",
			"Năm 2014, Ban Thường vụ Tỉnh ủy Bình Định họp.",
			"Ban Thường vụ Tỉnh ủy Bình Định|PROVINCIAL"},
	}
	for _, tt := range tests {
		s := Extract(tt.text, now)
		var got []string
		for _, o := range s.Orgs {
			got = append(got, o.Name+"|"+string(o.Level))
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%s: organizations %q, want %q", tt.name, g, tt.want)
		}
	}
}
