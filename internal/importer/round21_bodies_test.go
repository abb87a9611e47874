package importer

import "testing"

// TestBodiesPostsRound21 covers the rules of round 21 for bodies, posts
// and people: each case fails without its rule, but for those that say
// where a rule must not fire.
func TestBodiesPostsRound21(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"an age between commas before the apposition",
			"Năm 2021, ông Trần Minh Khoa, 49 tuổi, Phó Bí thư Tỉnh ủy, được bầu làm Chủ tịch UBND tỉnh Bến Tre.",
			skip,
			"Trần Minh Khoa: Chủ tịch @ UBND tỉnh Bến Tre; Trần Minh Khoa: Phó Bí thư @ Tỉnh ủy Bến Tre"},
		{"a count of years is no age: no apposition after it",
			"Năm 2021, ông Trần Minh Khoa, 30 năm công tác, nhận Kỷ niệm chương.",
			skip,
			""},
		{"\"xã hội\" in a body's name is no commune",
			"Năm 2023, bà Đỗ Thị Hạnh, Giám đốc Trung tâm Công tác xã hội tỉnh Phú Yên, dự lễ.",
			"Trung tâm Công tác xã hội Phú Yên",
			"Đỗ Thị Hạnh: Giám đốc @ Trung tâm Công tác xã hội Phú Yên"},
		{"a commune after a body is still its place",
			"Năm 2023, ông Lò Văn Pấng, Chủ tịch UBND xã Mường Lạn, dự lễ.",
			"UBND xã Mường Lạn",
			"Lò Văn Pấng: Chủ tịch @ UBND xã Mường Lạn"},
		{"an officer's rank among his posts",
			"Năm 2016, Thủ tướng phê chuẩn chức danh Ủy viên UBND tỉnh Cao Bằng đối với ông Hà Văn Sáng, Ủy viên Ban Thường vụ Tỉnh ủy, Đại tá, Giám đốc Công an tỉnh.",
			skip,
			"Hà Văn Sáng: Giám đốc @ Công an tỉnh Cao Bằng; Hà Văn Sáng: Ủy viên @ Ban Thường vụ Tỉnh ủy Cao Bằng; Hà Văn Sáng: Ủy viên @ UBND tỉnh Cao Bằng"},
		{"a rank closing the apposition is no post",
			"Năm 2016, dự có ông Hà Văn Sáng, Giám đốc Công an tỉnh Cao Bằng, Đại tá, và nhiều đại biểu.",
			skip,
			"Hà Văn Sáng: Giám đốc @ Công an tỉnh Cao Bằng"},
		{"a counted post before the names it goes to, the last with a post of its own",
			"Năm 2020, HĐND tỉnh đã miễn nhiệm đối với 2 chức danh Phó Chủ tịch UBND tỉnh Bình Phước là Huỳnh Anh Minh, Trần Văn Mi và Ủy viên UBND tỉnh Nguyễn Văn Lợi.",
			skip,
			"Huỳnh Anh Minh: Phó Chủ tịch @ UBND tỉnh Bình Phước; Nguyễn Văn Lợi: Ủy viên @ UBND tỉnh Bình Phước; Trần Văn Mi: Phó Chủ tịch @ UBND tỉnh Bình Phước"},
		{"a post after \"là\" with no count is the one person's before it",
			"Năm 2020, ông Trần Văn Mi là Phó Chủ tịch UBND tỉnh Bình Phước.",
			skip,
			"Trần Văn Mi: Phó Chủ tịch @ UBND tỉnh Bình Phước"},
		{"the emulation board in lower case",
			"Năm 2020, theo Ban thi đua - Khen thưởng tỉnh Gia Lai, đây là những tập thể tiêu biểu.",
			"Ban thi đua - Khen thưởng tỉnh Gia Lai",
			skip},
		{"and the Centre's",
			"Năm 2020, đó là tinh thần chỉ đạo của Ban thi đua khen thưởng Trung ương.",
			"Ban thi đua khen thưởng Trung ương",
			skip},
		{"a board of an event's own, in lower case, is none",
			"Năm 2020, Ban tổ chức cuộc thi đã trao giải.",
			"",
			skip},
		{"a title in charge of the body named after it",
			"Năm 2020, trong Ban Chấp hành có đồng chí Lê Thị Hoa, Phó chủ tịch phụ trách Hội Nông dân tỉnh Hà Nam.",
			skip,
			"Lê Thị Hoa: Phó chủ tịch @ Hội Nông dân Hà Nam"},
		{"in charge of a field, not a body: no post",
			"Năm 2020, dự có bà Lê Thị Hoa, Phó chủ tịch phụ trách văn hóa, xã hội.",
			skip,
			""},
		{"the province that decided, between the person and the post",
			"Năm 2025, ông Đàm Văn Khánh được Lạng Sơn miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh.",
			skip,
			"Đàm Văn Khánh: Phó Chủ tịch @ UBND tỉnh Lạng Sơn"},
		{"the council's deputies who elected, between the person and the post",
			"Năm 2025, ông Lò Văn Mừng - Phó Bí thư Tỉnh ủy Sơn La được các đại biểu HĐND bầu giữ chức Chủ tịch UBND tỉnh Sơn La.",
			skip,
			"Lò Văn Mừng: Chủ tịch @ UBND tỉnh Sơn La; Lò Văn Mừng: Phó Bí thư @ Tỉnh ủy Sơn La"},
		{"the body that appointed",
			"Năm 2025, ông Lò Văn Mừng đã được Ban Bí thư chỉ định giữ chức Phó Bí thư Tỉnh ủy Điện Biên.",
			skip,
			"Lò Văn Mừng: Phó Bí thư @ Tỉnh ủy Điện Biên"},
		{"two who decided, joined by \"và\"",
			"Năm 2014, ông Hầu A Lềnh đã được Ban Chấp hành Đảng bộ tỉnh Lào Cai bầu và Ban Bí thư Trung ương chuẩn y giữ chức vụ Phó Bí thư Tỉnh ủy Lào Cai.",
			skip,
			"Hầu A Lềnh: Phó Bí thư @ Tỉnh ủy Lào Cai"},
		{"a province after \"được\" that is where one was sent decides nothing",
			"Năm 2025, ông Đàm Văn Khánh, được điều động về Lạng Sơn, dự hội nghị.",
			skip,
			""},
		{"a session's number between the council and its term",
			"Năm 2016, tại kỳ họp HĐND tỉnh Sóc Trăng lần thứ 5, khóa IX, các đại biểu đã bầu.",
			"HĐND tỉnh Sóc Trăng khóa IX",
			skip},
		{"a session's number with no term after it",
			"Năm 2016, tại kỳ họp HĐND tỉnh Sóc Trăng lần thứ 5, các đại biểu đã bầu.",
			"HĐND tỉnh Sóc Trăng",
			skip},
	})
}

// TestPeopleRound21 covers the rules of round 21 that find people: each
// case fails without its rule, but for those that say where it must not
// fire.
func TestPeopleRound21(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"\"Lại\", a family name, with its tone",
			"Năm 2025, dự có các đồng chí: Lại Văn Hòa, Phó Chủ tịch UBND tỉnh Nam Định.",
			"Lại Văn Hòa"},
		{"without its tone it is a place",
			"Năm 2025, ông Lê Văn Tâm về Lai Châu công tác.",
			"Lê Văn Tâm"},
	}
	for _, tt := range tests {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}
