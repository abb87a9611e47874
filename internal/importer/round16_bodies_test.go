package importer

import "testing"

// TestBodiesPostsRound16 covers the rules of round 16 for bodies, posts
// and people: each case fails without its rule.
func TestBodiesPostsRound16(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a province named after tỉnh outweighs a central city named more often",
			"Năm 2018, Ủy ban MTTQ Việt Nam tỉnh vận động một ngân hàng ở thành phố Hồ Chí Minh, một nhóm thiện nguyện thành phố Hồ Chí Minh và các cá nhân tại thành phố Hồ Chí Minh hỗ trợ xây cầu ở tỉnh Cà Mau.",
			"Ủy ban MTTQ Việt Nam tỉnh Cà Mau",
			skip},
		{"a longer city name that starts with a province's names no province",
			"Năm 2025, Thành ủy Điện Biên Phủ và UBND tỉnh đã họp.",
			"Thành ủy Điện Biên Phủ; UBND tỉnh",
			skip},
		{"a city's council keeps the city's longer name",
			"Năm 2025, HĐND TP Điện Biên Phủ đã họp.",
			"HĐND TP Điện Biên Phủ",
			skip},
		{"a photo credit names no body",
			"Năm 2025, ông Hà Quang Trung phát biểu tại kỳ họp. Ảnh: Báo Lai Châu",
			"",
			skip},
		{"a source credit names no body",
			"Năm 2021, tỉnh tiếp tục giãn cách xã hội.\n\nNguồn: Báo Khánh Hòa",
			"",
			skip},
		{"a post taken by moving to it, sang giữ chức, is the person's before",
			"Năm 2023, Thủ tướng Chính phủ Phạm Minh Chính đã điều động, bổ nhiệm ông Trần Tiến Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lai Châu, nhiệm kỳ 2021 - 2026 sang giữ chức Thứ trưởng Bộ Tư pháp.",
			skip,
			"Phạm Minh Chính: Thủ tướng @ Chính phủ; Trần Tiến Dũng: Chủ tịch @ UBND tỉnh Lai Châu; Trần Tiến Dũng: Phó Bí thư @ Tỉnh ủy Lai Châu; Trần Tiến Dũng: Thứ trưởng @ Bộ Tư pháp"},
		{"the Party written as initials",
			"Nhân dịp kỷ niệm 88 năm ngày thành lập Đảng CSVN (3/2/1930- 3/2/2018), Đảng bộ huyện Tam Bình có 44 đảng viên được tặng huy hiệu Đảng.",
			"Đảng CSVN; Đảng bộ huyện Tam Bình",
			skip},
	})
}
