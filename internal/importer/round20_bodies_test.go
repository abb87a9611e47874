package importer

import "testing"

// TestBodiesPostsRound20 covers the rules of round 20 for bodies, posts
// and people: each case fails without its rule.
func TestBodiesPostsRound20(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a name that is an office's head but for its tone",
			"Năm 2020, tới dự có các đồng chí: Đỗ Xuân Tuyên, Thứ trưởng Bộ Y tế; Nguyễn Văn Phóng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hưng Yên.",
			skip,
			"Nguyễn Văn Phóng: Chủ tịch @ UBND tỉnh Hưng Yên; Nguyễn Văn Phóng: Phó Bí thư @ Tỉnh ủy Hưng Yên; Đỗ Xuân Tuyên: Thứ trưởng @ Bộ Y tế"},
		{"bare names parted by \";\" share the post counted before them",
			"Năm 2025, Bộ Chính trị phê chuẩn 3 Phó Bí thư Tỉnh ủy Sơn La, gồm các ông: Lò Minh Hùng; Nguyễn Đình Việt; Trần Văn Của.",
			skip,
			"Lò Minh Hùng: Phó Bí thư @ Tỉnh ủy Sơn La; Nguyễn Đình Việt: Phó Bí thư @ Tỉnh ủy Sơn La; Trần Văn Của: Phó Bí thư @ Tỉnh ủy Sơn La"},
		{"posts approved with \"chuẩn y\"",
			"Năm 2025, Bộ Chính trị chuẩn y 3 Phó Bí thư Tỉnh ủy Sơn La, gồm các ông: Lò Minh Hùng; Nguyễn Đình Việt; Trần Văn Của.",
			skip,
			"Lò Minh Hùng: Phó Bí thư @ Tỉnh ủy Sơn La; Nguyễn Đình Việt: Phó Bí thư @ Tỉnh ủy Sơn La; Trần Văn Của: Phó Bí thư @ Tỉnh ủy Sơn La"},
		{"the office acted for, after \"thay mặt\", is not the signer's",
			"Năm 2025, thay mặt Thủ tướng, Phó Thủ tướng Trần Hồng Hà đã ký quyết định.",
			skip,
			"Trần Hồng Hà: Phó Thủ tướng @ Chính phủ"},
		{"the standing board of a front's committee, written \"Ban Thường trực\"",
			"Năm 2020, dự có lãnh đạo UBND tỉnh Hưng Yên và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.",
			"UBND tỉnh Hưng Yên; Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hưng Yên",
			skip},
		{"and a member of it",
			"Năm 2020, ông Lê Văn Hòa, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hưng Yên, dự.",
			skip,
			"Lê Văn Hòa: Ủy viên @ Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hưng Yên"},
		{"a province's paper online, \"điện tử\" in its name",
			"Năm 2020, Báo Hưng Yên điện tử giới thiệu tới bạn đọc một số hình ảnh.",
			"Báo Hưng Yên điện tử",
			skip},
		{"a post taken up after \"được chỉ định\" is the person's before it",
			"Năm 2025, ông Võ Văn Hải được chỉ định giữ chức Phó Bí thư Tỉnh ủy Nghệ An.",
			skip,
			"Võ Văn Hải: Phó Bí thư @ Tỉnh ủy Nghệ An"},
		{"the chair of the province is the chair of its people's committee",
			"Năm 2025, UBND tỉnh Đồng Nai hiện gồm ông Võ Văn Đức, Chủ tịch tỉnh, và các Phó Chủ tịch.",
			"UBND tỉnh Đồng Nai",
			"Võ Văn Đức: Chủ tịch @ UBND tỉnh Đồng Nai"},
		{"and with the province named",
			"Năm 2025, ông Võ Văn Đức, Phó Chủ tịch tỉnh Đồng Nai, dự.",
			"",
			"Võ Văn Đức: Phó Chủ tịch @ UBND tỉnh Đồng Nai"},
	})
}

// TestPeopleRound20 covers the rules of round 20 that find people with no
// post: each case fails without its rule.
func TestPeopleRound20(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a Hmong family name in a list of bare names",
			"Năm 2025, dự có các ông: Lò Minh Hùng, Chá A Của.",
			"Lò Minh Hùng; Chá A Của"},
	}
	for _, tt := range tests {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}
