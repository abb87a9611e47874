package importer

import "testing"

// TestBodiesPostsRound19 covers the rules of round 19 for bodies, posts
// and people: each case fails without its rule.
func TestBodiesPostsRound19(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"posts before a dash, then the name, in a list",
			"Năm 2022, chủ trì hội nghị có Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Nguyễn Văn Bình, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh - Lê Thanh Hà, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh – Trần Văn Nam.",
			skip,
			"Lê Thanh Hà: Phó Bí thư Thường trực @ Tỉnh ủy; Lê Thanh Hà: Trưởng Đoàn @ Đoàn ĐBQH tỉnh; Nguyễn Văn Bình: Bí thư @ Tỉnh ủy; Nguyễn Văn Bình: Chủ tịch @ HĐND tỉnh; Trần Văn Nam: Chủ tịch @ UBND tỉnh; Trần Văn Nam: Phó Bí thư @ Tỉnh ủy"},
		{"two titled names in a row",
			"Năm 2012, tới dự có Chủ tịch nước Trương Văn Sang, Phó Thủ tướng Nguyễn Văn Phúc cùng lãnh đạo tỉnh.",
			skip,
			"Nguyễn Văn Phúc: Phó Thủ tướng @ Chính phủ; Trương Văn Sang: Chủ tịch nước @ "},
		{"a board of the National Assembly",
			"Năm 2023, bà Lê Thị Nga, Phó Trưởng Ban Dân nguyện của Quốc hội, dự lễ.",
			"Ban Dân nguyện của Quốc hội",
			"Lê Thị Nga: Phó Trưởng Ban @ Ban Dân nguyện của Quốc hội"},
		{"a body whose name goes on with và các",
			"Năm 2025, ông Trần Văn Hòa, nguyên Trưởng Ban Quản lý Khu Kinh tế Nghi Sơn và các Khu công nghiệp tỉnh Thanh Hóa, nhận huy hiệu.",
			"Ban Quản lý Khu Kinh tế Nghi Sơn và các Khu công nghiệp Thanh Hóa",
			skip},
		{"a person in a related story's link, run into its date",
			"Năm 2014, Thủ tướng phê chuẩn.\n- 10-07-2014Ông Lê Văn Hải được bầu làm Phó Chủ tịch UBND tỉnh Lai Châu",
			skip,
			"Lê Văn Hải: Phó Chủ tịch @ UBND tỉnh Lai Châu"},
		{"a bare chair joined by \", kiêm\" to a board of the council is the council's",
			"Năm 2020, HĐND tỉnh Sóc Trăng cũng nhất trí miễn nhiệm chức Phó Chủ tịch, kiêm Trưởng ban Dân tộc HĐND tỉnh Sóc Trăng đối với ông Thạch Văn Thal (nghỉ hưu theo quy định).",
			"HĐND tỉnh Sóc Trăng; Ban Dân tộc HĐND Sóc Trăng",
			"Thạch Văn Thal: Phó Chủ tịch @ HĐND tỉnh Sóc Trăng; Thạch Văn Thal: Trưởng ban @ Ban Dân tộc HĐND Sóc Trăng"},
		{"and by \"kiêm\" alone",
			"Năm 2020, HĐND tỉnh Sóc Trăng miễn nhiệm chức Phó Chủ tịch kiêm Trưởng ban Dân tộc HĐND tỉnh Sóc Trăng đối với ông Thạch Văn Thal.",
			"HĐND tỉnh Sóc Trăng; Ban Dân tộc HĐND Sóc Trăng",
			"Thạch Văn Thal: Phó Chủ tịch @ HĐND tỉnh Sóc Trăng; Thạch Văn Thal: Trưởng ban @ Ban Dân tộc HĐND Sóc Trăng"},
		{"the Central Committee written short after a member's title",
			"Năm 2011, đồng chí Trần Văn Hải - Ủy viên TW Đảng trao Quyết định.",
			"Trung ương Đảng",
			"Trần Văn Hải: Ủy viên @ Trung ương Đảng"},
		{"the post taken up after the post left",
			"Năm 2010, ông Nguyễn Văn Thành thôi giữ chức Chủ tịch Ủy ban Nhân dân tỉnh để sang làm Bí thư Tỉnh ủy Bình Định.",
			skip,
			"Nguyễn Văn Thành: Bí thư @ Tỉnh ủy Bình Định; Nguyễn Văn Thành: Chủ tịch @ Ủy ban Nhân dân tỉnh Bình Định"},
		{"the bloc of agencies written with \"các\"",
			"Năm 2021, Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Đắk Nông họp.",
			"Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Đắk Nông",
			skip},
		{"a party cell named by the body it is of",
			"Năm 2021, đồng chí Phạm Văn Đức (Chi bộ Ban Tổ chức Tỉnh ủy Đắk Nông) nhận huy hiệu.",
			"Chi bộ Ban Tổ chức Tỉnh ủy Đắk Nông",
			skip},
		{"a court written short, and its chief",
			"Năm 2016, ông Trương Văn Bình, Chánh án TAND Tối cao, đã trao huân chương.",
			"TAND Tối cao",
			"Trương Văn Bình: Chánh án @ TAND Tối cao"},
		{"a court written in full, lower case to its end",
			"Năm 2016, ông Trương Văn Bình, Chánh án Tòa án nhân dân tối cao, đã trao huân chương.",
			"Tòa án nhân dân tối cao",
			"Trương Văn Bình: Chánh án @ Tòa án nhân dân tối cao"},
		{"a court sits no term: the term after it is the jurors'",
			"Năm 2016, HĐND tỉnh Tuyên Quang đã bầu Hội thẩm nhân dân của Tòa án nhân dân tỉnh khóa XVIII.",
			"HĐND tỉnh Tuyên Quang; Tòa án nhân dân tỉnh Tuyên Quang",
			skip},
	})
}

// TestPeopleRound19 covers the rules of round 19 that find people with no
// post: each case fails without its rule.
func TestPeopleRound19(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a document's signer in its table of details",
			"| Số hiệu | 18/CT-UBND |\n| Người ký | Lê Văn Toàn |\n| Lĩnh vực | Bộ máy hành chính |",
			"Lê Văn Toàn"},
	}
	for _, tt := range tests {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}
