package importer

import "testing"

// Round 15: the generic "Huy hiệu Đảng" given only a count is no award
// even where the story names no tier ("Huy hiệu từ 30 - 60 năm tuổi Đảng"
// is a range of them).
func TestRound15Badges(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Chiều 28/1, Đảng bộ phường có 84 đảng viên được trao tặng Huy hiệu từ 30 - 60 năm tuổi Đảng.",
			""},
		{"Ngày 3/2/2022, Huyện ủy trao Huy hiệu Đảng cho 12 đảng viên.",
			""},
		// A tier is still one.
		{"Ngày 3/2/2022, Huyện ủy trao Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng của Huyện ủy: 12 đảng viên"},
	}
	for _, tt := range tests {
		if g := awardsOf(tt.text); g != tt.want {
			t.Errorf("%q: awards %q, want %q", tt.text, g, tt.want)
		}
	}
}
