package importer

import "testing"

// TestBoardsBeforeTailRound39 covers a party committee's boards written one
// after another before one tail ("tham gia Ban Chấp hành, Ban Thường vụ
// Tỉnh ủy A", "… Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy A"): each
// board is that committee's. Lines of our own.
func TestBoardsBeforeTailRound39(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"two boards before the committee",
			"Năm 2019, ông Lê Hữu Phước được chỉ định tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy Sóc Trăng.",
			"Ban Chấp hành Tỉnh ủy Sóc Trăng; Ban Thường vụ Tỉnh ủy Sóc Trăng",
			skip},
		{"two boards before a post and the committee",
			"Ông Lê Hữu Phước được điều động tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Sóc Trăng nhiệm kỳ 2025-2030.",
			"Ban Chấp hành Tỉnh ủy Sóc Trăng; Ban Thường vụ Tỉnh ủy Sóc Trăng; Tỉnh ủy Sóc Trăng",
			skip},
		{"a city's committee, the boards joined by và",
			"Bà Trần Thị Mai thôi tham gia Ban Chấp hành và Ban Thường vụ Thành ủy Cần Thơ.",
			"Ban Chấp hành Thành ủy Cần Thơ; Ban Thường vụ Thành ủy Cần Thơ",
			skip},
		{"boards left with a post, lower case",
			"Theo quyết định, ông Lê Hữu Phước thôi tham gia Ban chấp hành, Ban thường vụ và thôi giữ chức Phó Bí thư Tỉnh ủy Bạc Liêu.",
			"Ban Chấp hành Tỉnh ủy Bạc Liêu; Ban Thường vụ Tỉnh ủy Bạc Liêu; Tỉnh ủy Bạc Liêu",
			skip},
		{"must not fire: the pair before a word that is no post",
			"Ông Lê Hữu Phước tham gia Ban Chấp hành, Ban Thường vụ và làm việc tại Tỉnh ủy Bạc Liêu.",
			"Tỉnh ủy Bạc Liêu",
			skip},
		{"must not fire: one board alone",
			"Ông Lê Hữu Phước tham gia Ban Thường vụ Tỉnh ủy Sóc Trăng.",
			"Ban Thường vụ Tỉnh ủy Sóc Trăng",
			skip},
		{"must not fire: the boards in the other order, before a party's organization",
			"Dự hội nghị có các Ủy viên Ban Thường vụ, Ban Chấp hành Đảng bộ tỉnh Sóc Trăng.",
			"Ban Chấp hành Đảng bộ tỉnh Sóc Trăng", skip},
		{"must not fire: a board of an association after the pair",
			"Đại hội bầu Ban Chấp hành, Ban Thường vụ Hội Nông dân tỉnh Sóc Trăng khóa mới.",
			"Hội Nông dân Sóc Trăng", skip},
	})
}

// TestLowerCaseCellRound39 covers a party cell written in lower case
// before its hamlet ("Trần Văn Bảy (chi bộ ấp Tân Lợi)", "đảng viên A,
// chi bộ khối 2 được nhận …"): the cell is a body; after a comma it is
// the member's, who stays the recipient. Lines of our own.
func TestLowerCaseCellRound39(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a cell in parentheses after a member",
			"Huy hiệu 40 năm tuổi Đảng được trao cho đảng viên Trần Văn Bảy (chi bộ ấp Tân Lợi).",
			"Chi bộ ấp Tân Lợi", skip},
		{"a cell of a block, numbered",
			"Dịp này, đảng viên Lê Thị Hai, chi bộ khối 2 được nhận Huy hiệu 60 năm tuổi Đảng.",
			"Chi bộ khối 2", skip},
		{"must not fire: the cell's word without its hamlet",
			"Mỗi chi bộ ấp đều tổ chức sinh hoạt chuyên đề hằng tháng.",
			"", skip},
		{"must not fire: a cell of no named hamlet",
			"Các chi bộ trong xã đều hoàn thành nhiệm vụ.",
			"", skip},
	})
	for _, tt := range []struct{ name, text, want string }{
		{"the member after a comma is the recipient",
			"Dịp này, đảng viên Lê Thị Hai, chi bộ khối 2 được nhận Huy hiệu 60 năm tuổi Đảng.",
			"Huy hiệu 60 năm tuổi Đảng: le thi hai"},
	} {
		if g := awardsOf(tt.text); g != tt.want {
			t.Errorf("%s: awards %q, want %q", tt.name, g, tt.want)
		}
	}
}

// TestSchoolNumberAfterNameRound39 covers a school numbered after its name
// ("Trường tiểu học Mỹ Lợi 2,"): the number is part of its name, unless a
// word follows it ("3 năm liền": a count). Lines of our own.
func TestSchoolNumberAfterNameRound39(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a primary school numbered after its name",
			"Cô Lê Thị Hai, Hiệu trưởng Trường tiểu học Mỹ Lợi 2, huyện Cái Bè, được tuyên dương.",
			skip, "Lê Thị Hai: Hiệu trưởng @ Trường tiểu học Mỹ Lợi 2"},
		{"the number before a semicolon in a list of holders",
			"Thầy Võ Văn Ba, Hiệu trưởng Trường THCS Tân Hòa 1; cô Lê Thị Hai, Hiệu trưởng Trường tiểu học Mỹ Lợi.",
			skip, "Lê Thị Hai: Hiệu trưởng @ Trường tiểu học Mỹ Lợi; Võ Văn Ba: Hiệu trưởng @ Trường THCS Tân Hòa 1"},
		{"must not fire: a count after the name",
			"Trường tiểu học Mỹ Lợi 3 năm liền đạt danh hiệu tập thể lao động xuất sắc.",
			"Trường tiểu học Mỹ Lợi", skip},
	})
}

// TestOfficeOfDepartmentRound39 covers the head of a department's office
// ("Phó Chánh văn phòng Sở Y tế tỉnh Bến Tre"): the post is of the
// department the office serves, as "Chánh Văn phòng UBND tỉnh" is of the
// UBND. Lines of our own.
func TestOfficeOfDepartmentRound39(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the office's words in lower case",
			"Bà Lê Thị Hai, Phó Chánh văn phòng Sở Tài chính tỉnh Bến Tre, được tặng Bằng khen.",
			"Sở Tài chính Bến Tre", "Lê Thị Hai: Phó Chánh văn phòng @ Sở Tài chính Bến Tre"},
		{"the office's words capitalized",
			"Ông Võ Văn Ba, Chánh Văn phòng Sở Nội vụ tỉnh Bến Tre, phát biểu.",
			"Sở Nội vụ Bến Tre", "Võ Văn Ba: Chánh Văn phòng @ Sở Nội vụ Bến Tre"},
		{"must not change: the office of a committee",
			"Ông Võ Văn Ba, Chánh Văn phòng UBND tỉnh Bến Tre, phát biểu.",
			"UBND tỉnh Bến Tre", "Võ Văn Ba: Chánh Văn phòng @ UBND tỉnh Bến Tre"},
		{"must not fire: no body after the office",
			"Ông Võ Văn Ba, Chánh Văn phòng, phát biểu tại hội nghị.",
			"", skip},
	})
}

// TestFormerBracketRound39 covers "nguyên" opening a bracket of posts
// ("Lê Văn Ba (nguyên Phó Bí thư, Chủ tịch UBND xã Mỹ An)"): every post of
// the bracket is former, the bodies are named. Lines of our own.
func TestFormerBracketRound39(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"two former posts in a bracket",
			"Huy hiệu 40 năm tuổi Đảng được trao cho đảng viên Lê Văn Ba (nguyên Phó Bí thư, Chủ tịch UBND xã Mỹ An).",
			"UBND xã Mỹ An", ""},
		{"a board and a committee's board, former",
			"Đảng viên Trần Văn Tư (nguyên Ủy viên thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy Bến Tre) nhận Huy hiệu 50 năm tuổi Đảng.",
			skip, ""},
		{"must not change: outside a bracket a post after a former one is held",
			"Ông Lê Văn Ba, nguyên Giám đốc Sở Y tế tỉnh Bến Tre, Chủ tịch Hội Người cao tuổi tỉnh Bến Tre, phát biểu.",
			skip, "Lê Văn Ba: Chủ tịch @ Hội Người cao tuổi Bến Tre"},
		{"must not fire: a present post in a bracket",
			"Đảng viên Lê Văn Ba (Phó Bí thư, Chủ tịch UBND xã Mỹ An) nhận Huy hiệu 30 năm tuổi Đảng.",
			skip, "Lê Văn Ba: Chủ tịch @ UBND xã Mỹ An"},
	})
}
