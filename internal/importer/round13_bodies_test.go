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
		{"a youth union's cell of a hamlet",
			"Năm 2025, anh Võ Hoàng Vũ (Chi đoàn thôn Thạch Bàn) cứu người.",
			"Chi đoàn thôn Thạch Bàn",
			skip},
		{"a province's youth union",
			"Năm 2025, Tỉnh đoàn Quảng Trị trao huy hiệu.",
			"Tỉnh đoàn Quảng Trị",
			skip},
		{"the youth union's Centre in full",
			"Năm 2025, Trung ương Đoàn trao huy hiệu.",
			"Trung ương Đoàn",
			skip},
		{"the youth union's Centre written short after a board",
			"Năm 2025, Ban Bí thư T.Ư Đoàn trao huy hiệu.",
			"Ban Bí thư T.Ư Đoàn",
			skip},
		{"a comma left out between two posts",
			"Năm 2020, bà Bùi Thị Vân, Bí thư Tỉnh ủy Chủ tịch HĐND tỉnh Quảng Ngãi chủ trì.",
			"Tỉnh ủy Quảng Ngãi; HĐND tỉnh Quảng Ngãi",
			"Bùi Thị Vân: Bí thư @ Tỉnh ủy Quảng Ngãi; Bùi Thị Vân: Chủ tịch @ HĐND tỉnh Quảng Ngãi"},
		{"a town's committee takes the city of the next post",
			"Năm 2016, ông Nguyễn Thanh Nhàn, Bí thư Thành ủy, Chủ tịch UBND TP Hà Tiên được bầu.",
			skip,
			"Nguyễn Thanh Nhàn: Bí thư @ Thành ủy Hà Tiên; Nguyễn Thanh Nhàn: Chủ tịch @ UBND TP Hà Tiên"},
		{"a ministry's name with a comma",
			"Năm 2022, Bộ Văn hóa, Thể thao và Du lịch thông báo.",
			"Bộ Văn hóa, Thể thao và Du lịch",
			skip},
		{"a post in lower case after bầu làm",
			"Năm 2010, ông Dương Minh Điều được bầu làm phó chủ tịch thường trực UBND tỉnh Tiền Giang.",
			skip,
			"Dương Minh Điều: phó chủ tịch thường trực @ UBND tỉnh Tiền Giang"},
		{"a post in lower case after đắc cử",
			"Năm 2010, ông Trần Thế Ngọc vừa đắc cử bí thư Tỉnh ủy Tiền Giang.",
			skip,
			"Trần Thế Ngọc: bí thư @ Tỉnh ủy Tiền Giang"},
		{"councils listed bare share the unit of the last body",
			"Năm 2021, ông Đào Mỹ cảm ơn Tỉnh ủy, HĐND, UBND tỉnh Phú Yên đã tin tưởng.",
			"Tỉnh ủy Phú Yên; HĐND tỉnh Phú Yên; UBND tỉnh Phú Yên",
			skip},
		{"a council written in full shares the unit too",
			"Năm 2024, Hội đồng nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai tổ chức Lễ.",
			"Hội đồng nhân dân tỉnh Đồng Nai; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai",
			skip},
		{"the councils of two provinces named once",
			"Năm 2020, HĐND hai tỉnh Hậu Giang và Sóc Trăng tổ chức kỳ họp.",
			"HĐND tỉnh Hậu Giang; HĐND tỉnh Sóc Trăng",
			skip},
		{"a short name in parentheses before the body it belongs to",
			"Năm 2020, Phiên họp thứ nhất của Ban chấp hành (BCH) Đảng bộ TP. Đà Nẵng khóa XXII đã bầu.",
			"Ban chấp hành Đảng bộ TP. Đà Nẵng khóa XXII",
			skip},
		{"a town written TX",
			"Năm 2016, ông Nguyễn Văn Quốc, Phó Chủ tịch UBND TX. Gò Công, được tặng Bằng khen.",
			"UBND TX. Gò Công",
			"Nguyễn Văn Quốc: Phó Chủ tịch @ UBND TX. Gò Công"},
		{"GD of Giáo dục is no title",
			"Năm 2016, ông Đỗ Văn Phước, Giám đốc Sở GD&ĐT tỉnh Tiền Giang dự.",
			skip,
			"Đỗ Văn Phước: Giám đốc @ Sở GD&ĐT Tiền Giang"},
	})
}
