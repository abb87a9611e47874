package importer

import (
	"strings"
	"testing"
)

// Round 8: posts (sentences of our own).
func TestPostsRound8(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an inspector's title written bare is a post with no body",
			"Năm 2010, HĐND tỉnh Ninh Thuận họp. Ông Trần Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Chánh thanh tra được bầu làm Phó chủ tịch.",
			"Trần Văn Hải: Ủy viên @ Ban Thường vụ Tỉnh ủy Ninh Thuận; Trần Văn Hải: Chánh thanh tra @ "},
		{"holders listed after a colon, each with its own ông",
			"Năm 2020, UBND tỉnh Long An có 02 Phó Chủ tịch UBND tỉnh gồm: ông Trần Văn Cần, ông Phạm Tấn Hòa.",
			"Trần Văn Cần: Phó Chủ tịch @ UBND tỉnh Long An; Phạm Tấn Hòa: Phó Chủ tịch @ UBND tỉnh Long An"},
		{"with its place, the inspectorate is its body",
			"Năm 2010, ông Trần Văn Hải, Chánh Thanh tra tỉnh Ninh Thuận, dự họp.",
			"Trần Văn Hải: Chánh Thanh tra @ Thanh tra tỉnh Ninh Thuận"},
	}
	for _, tt := range tests {
		s := Extract(tt.text, now)
		var got []string
		for _, p := range s.People {
			for _, q := range p.Positions {
				got = append(got, p.Name+": "+q.Title+" @ "+q.Org.Name)
			}
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%s: positions %q, want %q", tt.name, g, tt.want)
		}
	}
}
