package importer

import "testing"

// TestBodiesPostsRound11 covers the rules of round 11 for bodies, posts
// and people: each case fails without its rule. orgs is orgsOf's list,
// posts postsOf's; skip leaves one unchecked.
func TestBodiesPostsRound11(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a school named after its kind is a body without a place",
			"Năm 2023, Trường Mầm non Hoa Sen được khen.",
			"Trường Mầm non Hoa Sen",
			skip},
		{"a school named after its province keeps the province as its name",
			"Năm 2023, Trường Trung học phổ thông Lạng Sơn được khen.",
			"Trường Trung học phổ thông Lạng Sơn",
			skip},
		{"a boarding school for ethnic pupils is a kind of school",
			"Năm 2023, Trường Phổ thông dân tộc nội trú Yên Minh được khen.",
			"Trường Phổ thông dân tộc nội trú Yên Minh",
			skip},
		{"a semi-boarding school names its level after its kind",
			"Năm 2023, Trường Phổ thông dân tộc bán trú Tiểu học Hà Lang, huyện Hàm Yên được khen.",
			"Trường Phổ thông dân tộc bán trú Tiểu học Hà Lang",
			skip},
		{"a school of two levels joined by và",
			"Năm 2023, Trường Tiểu học và Trung học cơ sở Hà Lang, huyện Hàm Yên được khen.",
			"Trường Tiểu học và Trung học cơ sở Hà Lang",
			skip},
		{"a council's term written bare stays in its name",
			"Năm 2020, HĐND tỉnh Hà Tĩnh khóa XVII họp.",
			"HĐND tỉnh Hà Tĩnh khóa XVII",
			skip},
		{"a dismissal written with chức alone names the post",
			"Năm 2025, HĐND tỉnh miễn nhiệm chức ủy viên UBND tỉnh Hà Tĩnh đối với bà Lê Thị Hoa, Giám đốc Sở Tài chính.",
			skip,
			"Lê Thị Hoa: Giám đốc @ Sở Tài chính Hà Tĩnh; Lê Thị Hoa: ủy viên @ UBND tỉnh Hà Tĩnh"},
		{"a dismissal's next sentence that names only people is for the same post",
			"Năm 2025, HĐND tỉnh miễn nhiệm chức vụ ủy viên UBND tỉnh Hà Tĩnh đối với bà Lê Thị Hoa. Miễn nhiệm ông Trần Văn Nam, Giám đốc Sở Nội vụ.",
			skip,
			"Lê Thị Hoa: ủy viên @ UBND tỉnh Hà Tĩnh; Trần Văn Nam: Giám đốc @ Sở Nội vụ Hà Tĩnh; Trần Văn Nam: ủy viên @ UBND tỉnh Hà Tĩnh"},
		{"a birth year and a people between commas come before the apposition",
			"Năm 2010, đồng chí Lý Văn Nam, sinh năm 1968, dân tộc Dao, Phó Bí thư Tỉnh ủy Lào Cai dự.",
			skip,
			"Lý Văn Nam: Phó Bí thư @ Tỉnh ủy Lào Cai"},
		{"a count of comrades opens a list of names as các does",
			"Năm 2010, hai đồng chí Lý Văn Nam và Đàm Văn Bình được bầu làm Phó Bí thư Tỉnh ủy Lào Cai.",
			skip,
			"Lý Văn Nam: Phó Bí thư @ Tỉnh ủy Lào Cai; Đàm Văn Bình: Phó Bí thư @ Tỉnh ủy Lào Cai"},
		{"a corporate group after và starts a body of its own",
			"Năm 2025, Hội Nông dân Việt Nam và Tập đoàn Hòa Phát trao quà.",
			"Hội Nông dân Việt Nam",
			skip},
		{"BCH TƯ Đảng is the Central Committee: it takes no later post's province",
			"Năm 2010, đồng chí Lý Văn Nam, Ủy viên dự khuyết BCH TƯ Đảng, Phó Bí thư Tỉnh ủy Lào Cai dự.",
			"BCH TƯ Đảng; Tỉnh ủy Lào Cai",
			skip},
	})
}

// TestPeopleRound11 covers round 11's rules for people: each case fails
// without its rule.
func TestPeopleRound11(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"names listed after là: with where each person is",
			"Năm 2025, hai thầy giáo của tỉnh là: Đào Văn Minh, bản Na Hin, xã Tam Lư; Nguyễn Thị Lan, Đồn Biên phòng Tam Lư.",
			"Đào Văn Minh; Nguyễn Thị Lan"},
		{"Tống is a family name as written",
			"Năm 2025, hai cô giáo của tỉnh là: Tống Thị Hoa, bản Na Hin; Đào Thị Lan, bản Na Ấu.",
			"Tống Thị Hoa; Đào Thị Lan"},
		{"Tổng is still no family name",
			"Năm 2025, Tổng Bí thư Tô Lâm dự.",
			"Tô Lâm"},
	}
	for _, tt := range tests {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}
