package importer

import "testing"

// TestPeopleRound13 covers the people of round 13: each case fails
// without its rule.
func TestPeopleRound13(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a craftsman named after nghệ nhân",
			"Năm 2022, nghệ nhân Trần Văn Nam được phong tặng danh hiệu.",
			"Trần Văn Nam"},
		{"a craftsman named after his craft",
			"Năm 2022, nghệ nhân thực hành tín ngưỡng thờ mẫu Lưu Thanh Thương được phong tặng.",
			"Lưu Thanh Thương"},
		{"no name after nghệ nhân and a verb",
			"Năm 2022, 9 nghệ nhân được Nhà nước phong tặng danh hiệu.",
			""},
		{"bare names listed after là:, the last with a note",
			"Năm 2022, 07 nghệ nhân được phong tặng nghệ nhân ưu tú là: Phạm Thế Nhuần, Trương Quốc Đính, Nguyễn Viết Hoài (lĩnh vực nghệ thuật trình diễn dân gian).",
			"Phạm Thế Nhuần; Trương Quốc Đính; Nguyễn Viết Hoài"},
		{"a young man named after anh",
			"Năm 2025, anh Võ Hoàng Vũ cứu người.",
			"Võ Hoàng Vũ"},
		{"Anh Sơn is a district",
			"Năm 2025, huyện Anh Sơn Đặng Thanh trao huy hiệu.",
			""},
		{"the name after và is introduced as the first",
			"Năm 2022, đồng chí A trao Huy hiệu cho đảng viên Đặng Văn Hồ (sinh năm 1923) và Nguyễn Thị Em (sinh năm 1925).",
			"Đặng Văn Hồ; Nguyễn Thị Em"},
	}
	for _, tt := range tests {
		if got := peopleOf(tt.text); got != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestBodiesPostsRound13 covers the rules of round 13 for bodies and
// posts: each case fails without its rule.
func TestBodiesPostsRound13(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"Giám đốc written GĐ",
			"Năm 2016, Bằng khen cho ông Đỗ Văn Phước, Phó GĐ Sở Công thương tỉnh Tiền Giang.",
			skip,
			"Đỗ Văn Phước: Phó Giám đốc @ Sở Công thương Tiền Giang"},
		{"a post in parentheses after a listed name stays its post",
			"Năm 2022, Ban Chấp hành bầu các ông là: Phạm Thế Nhuần, Trương Quốc Đính (Giám đốc Sở Nội vụ tỉnh Hà Tĩnh).",
			skip,
			"Trương Quốc Đính: Giám đốc @ Sở Nội vụ Hà Tĩnh"},
		{"GD of Giáo dục is no title",
			"Năm 2016, ông Đỗ Văn Phước, Giám đốc Sở GD&ĐT tỉnh Tiền Giang dự.",
			skip,
			"Đỗ Văn Phước: Giám đốc @ Sở GD&ĐT Tiền Giang"},
	})
}
