package importer

import "testing"

// Round 14: tiers of the Party badge listed without "Huy hiệu" after the
// first, each with "cho" and its count; a tier written "50 tuổi Đảng"
// (without "năm"); the last after "và".
func TestRound14Badges(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ngày 3/2/2022, huyện trao tặng Huy hiệu 70 năm tuổi Đảng cho 02 đồng chí; 50 tuổi Đảng cho 11 đồng chí; 45 năm tuổi Đảng cho 9 đồng chí và 30 năm tuổi Đảng cho 7 đồng chí.",
			"Huy hiệu 70 năm tuổi Đảng: 02 đồng chí; Huy hiệu 50 năm tuổi Đảng: 11 đồng chí; Huy hiệu 45 năm tuổi Đảng: 9 đồng chí; Huy hiệu 30 năm tuổi Đảng: 7 đồng chí"},
		// A member's years in the Party without a count after them are no award.
		{"Ngày 3/2/2022, Huyện ủy trao Huy hiệu Đảng cho đồng chí Nguyễn Thị Thanh và 50 tuổi Đảng cho biết.",
			"Huy hiệu Đảng của Huyện ủy: nguyen thi thanh"},
	}
	for _, tt := range tests {
		if g := awardsOf(tt.text); g != tt.want {
			t.Errorf("%q: awards %q, want %q", tt.text, g, tt.want)
		}
	}
}
