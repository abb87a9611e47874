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
		{"bodies of districts sharing a head, the city written T.P",
			"Năm 2020, Tỉnh ủy Bắc Giang trao huy hiệu ở Đảng bộ T.P Bắc Giang, huyện Lục Nam và Yên Thế.",
			"Tỉnh ủy Bắc Giang|PROVINCIAL; Đảng bộ T.P Bắc Giang|DISTRICT; Đảng bộ huyện Lục Nam|DISTRICT; Đảng bộ huyện Yên Thế|DISTRICT"},
		{"a commune's body before its district is placed, not listed",
			"Năm 2020, UBND xã Tân Sỏi, huyện Yên Thế, tỉnh Bắc Giang họp.",
			"UBND xã Tân Sỏi|COMMUNE"},
		{"a district's body before its own province is no list",
			"Năm 2020, UBND huyện Lục Nam, tỉnh Bắc Giang họp.",
			"UBND huyện Lục Nam|DISTRICT"},
		{"a school or a company placed after a comma is a body",
			"Năm 2019, tỉnh Hà Nam đề nghị tặng:\n\n- Trường Trung học phổ thông Biên Hòa, Sở Giáo dục và Đào tạo tỉnh Hà Nam;\n\n- Trường THCS Lê Lợi, huyện Kim Bảng;\n\n- Công ty trách nhiệm hữu hạn Minh Phát, huyện Duy Tiên;\n\n- Công ty TNHH MTV Sông Đáy, thành phố Phủ Lý.",
			"Trường Trung học phổ thông Biên Hòa|OTHER; Sở Giáo dục và Đào tạo Hà Nam|PROVINCIAL; Trường THCS Lê Lợi|OTHER; Công ty trách nhiệm hữu hạn Minh Phát|OTHER; Công ty TNHH MTV Sông Đáy|OTHER"},
		{"a school or a company alone names no level, and Công an is still the police",
			"Năm 2019, Trường THCS Lê Lợi và Công ty TNHH Minh Phát ủng hộ; Công an tỉnh Hà Nam dự.",
			"Công an tỉnh Hà Nam|PROVINCIAL"},
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
