package importer

import "testing"

// TestMergedDepartmentsRound40 covers the departments merged in 2025,
// written with their second field in lower case ("Sở Dân tộc và tôn
// giáo"): the whole name is the department's. Lines of our own.
func TestMergedDepartmentsRound40(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"ethnic and religious affairs, the second field in lower case",
			"Ông Lê Văn Hai, Giám đốc Sở Dân tộc và tôn giáo tỉnh Lâm Đồng, phát biểu.",
			"Sở Dân tộc và tôn giáo Lâm Đồng",
			"Lê Văn Hai: Giám đốc @ Sở Dân tộc và tôn giáo Lâm Đồng"},
		{"agriculture and environment, the second field in lower case",
			"Bà Trần Thị Ba, Phó Giám đốc Sở Nông nghiệp và môi trường tỉnh Lâm Đồng, phát biểu.",
			"Sở Nông nghiệp và môi trường Lâm Đồng", skip},
		{"must not fire: the department and other bodies",
			"Sở Dân tộc và các sở ngành tỉnh Lâm Đồng dự họp.",
			"Sở Dân tộc Lâm Đồng", skip},
		{"must not fire: two departments joined by và",
			"Sở Nội vụ và Sở Nông nghiệp tỉnh Lâm Đồng phối hợp.",
			"Sở Nội vụ Lâm Đồng; Sở Nông nghiệp Lâm Đồng", skip},
	})
}

// TestCityOfOneWordBeforeCommaRound40 covers a city of one word after
// "TP." closed by a comma ("Chủ tịch UBND TP. Pleiku, Ủy viên …"): no
// sentence starts after the dot, the city is the body's. A word that
// opens a sentence alone before a comma ("Nhưng,") is no city. Lines of
// our own.
func TestCityOfOneWordBeforeCommaRound40(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a city of one word before a comma",
			"Ông Lê Văn Hai, Chủ tịch UBND TP. Pleiku, phát biểu.",
			"UBND TP. Pleiku",
			"Lê Văn Hai: Chủ tịch @ UBND TP. Pleiku"},
		{"a city of one word before a closing parenthesis",
			"Hội nghị do UBND TP. Pleiku) chủ trì.",
			"UBND TP. Pleiku", skip},
		{"must not fire: a sentence opened by one word and a comma",
			"Kế hoạch đã được trình UBND TP. Nhưng, nhiều hộ dân chưa đồng ý.",
			"UBND TP", skip},
		{"must not fire: a sentence opened by two words",
			"Kế hoạch đã được trình UBND TP. Ngoài ra, nhiều hộ dân chưa đồng ý.",
			"UBND TP", skip},
	})
}

// TestRareSurnameAfterBodyRound40 covers a holder whose family name is a
// rare one ("Tất") written after his body and its place ("Phó Bí thư
// Thành ủy TP HCM Tất Thành Cang"): the name is a person's, not the
// place's. "Tất cả" stays a word. Lines of our own.
func TestRareSurnameAfterBodyRound40(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"after a city written by its initials",
			"Phó Bí thư Thường trực Thành ủy TP HCM Tất Văn Hai dự lễ.",
			"Thành ủy TP HCM",
			"Tất Văn Hai: Phó Bí thư Thường trực @ Thành ủy TP HCM"},
		{"after a province's committee",
			"Phó Bí thư Tỉnh ủy Long An Tất Văn Hai dự lễ.",
			"Tỉnh ủy Long An",
			"Tất Văn Hai: Phó Bí thư @ Tỉnh ủy Long An"},
		{"must not fire: all of, at the sentence's start",
			"Tất cả cán bộ Thành ủy Cần Thơ dự lễ.",
			"Thành ủy Cần Thơ", ""},
		{"must not fire: a school named after a person",
			"Ông Lê Văn Hai, Hiệu trưởng Trường THCS Nguyễn Tất Thành, phát biểu.",
			"Trường THCS Nguyễn Tất Thành",
			"Lê Văn Hai: Hiệu trưởng @ Trường THCS Nguyễn Tất Thành"},
	})
}

// TestForeignPartyLowerCaseRound40 covers a neighbour's ruling party
// written with its last words in lower case ("Ban Chấp hành Trung ương
// Đảng Nhân dân cách mạng Lào"): the body is not cut before them. Lines
// of our own.
func TestForeignPartyLowerCaseRound40(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the Lao party's central committee, lower case",
			"Ông Lê Văn Hai, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân cách mạng Lào, Bí thư, Tỉnh trưởng tỉnh Savannakhet.",
			"Ban Chấp hành Trung ương Đảng Nhân dân cách mạng Lào",
			"Lê Văn Hai: Bí thư @ tỉnh Savannakhet; Lê Văn Hai: Tỉnh trưởng @ tỉnh Savannakhet; Lê Văn Hai: Ủy viên @ Ban Chấp hành Trung ương Đảng Nhân dân cách mạng Lào"},
		{"the same, capitalized, after the Centre alone",
			"Ông Lê Văn Hai, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, phát biểu.",
			"Trung ương Đảng Nhân dân Cách mạng Lào", skip},
		{"must not fire: no country named after the words",
			"Ông Lê Văn Hai, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân cách mạng, phát biểu.",
			"Ban Chấp hành Trung ương Đảng Nhân dân", skip},
	})
}

// TestEthForDyetRound40 covers the eth letter typed for Đ ("Chủ tịch
// HÐND tỉnh", U+00D0): it is read as Đ, the council and its chairman
// found. Lines of our own.
func TestEthForDyetRound40(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a council written with the eth",
			"Ông Lê Văn Hai được bầu giữ chức Chủ tịch H\u00d0ND tỉnh khóa XI, nhiệm kỳ 2016-2021.",
			"HĐND tỉnh khóa XI",
			"Lê Văn Hai: Chủ tịch @ HĐND tỉnh khóa XI"},
		{"a department with a lower-case eth",
			"Ông Lê Văn Hai, Giám \u00f0ốc Sở Nội vụ tỉnh Lâm Đồng, phát biểu.",
			"Sở Nội vụ Lâm Đồng",
			"Lê Văn Hai: Giám đốc @ Sở Nội vụ Lâm Đồng"},
		{"must not fire: the council written with Đ is read as before",
			"Ông Lê Văn Hai được bầu giữ chức Chủ tịch HĐND tỉnh khóa XI, nhiệm kỳ 2016-2021.",
			"HĐND tỉnh khóa XI",
			"Lê Văn Hai: Chủ tịch @ HĐND tỉnh khóa XI"},
	})
	if s := Extract("Chủ tịch H\u00d0ND tỉnh", now); len(s.Text) != len("Chủ tịch H\u00d0ND tỉnh") {
		t.Errorf("the text's length changed: %q", s.Text)
	}
}

// TestNamesListedAfterOneIntroducerRound40 covers full names listed after
// one "ông" with none of their own ("ông A, B (Tư B), C (Út C)"): each is
// a person, a nickname in parentheses skipped. Lines of our own.
func TestNamesListedAfterOneIntroducerRound40(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"names with nicknames in parentheses",
			"Gia đình ông đã che giấu nhiều cán bộ (ông Lê Văn Hai, Phạm Văn Ba (Tư Ba), Trần Văn Bốn (Út Bốn). Ngày ngày, ông lo cơm nước.",
			"Lê Văn Hai; Phạm Văn Ba; Trần Văn Bốn"},
		{"names joined by commas and và",
			"Gia đình ông đã che giấu nhiều cán bộ như ông Lê Văn Hai, Phạm Văn Ba và Trần Thị Bốn.",
			"Lê Văn Hai; Phạm Văn Ba; Trần Thị Bốn"},
		{"must not fire: a province of two words after the name",
			"Ông Lê Văn Hai, Quảng Ninh, phát biểu.",
			"Lê Văn Hai"},
		{"must not fire: a name after the first one's post",
			"Ông Lê Văn Hai, Bí thư Tỉnh ủy Long An, Trần Văn Ba dự lễ.",
			"Lê Văn Hai"},
	})
}

// TestHyphenatedLaoNameRound40 covers a Lao official's name written with
// hyphens ("Khăm-phăn Phôm-ma-thắt"): each hyphenated run is one word of
// the name, which then holds the posts of its apposition. A hyphen before
// a post ("A-nguyên Phó Bí thư") ends the name. Our Party's central
// committee named after the Lao one stays our own. Lines of our own.
func TestHyphenatedLaoNameRound40(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a Lao name with hyphens before its apposition",
			"Đồng chí Khăm-phăn Phôm-ma-thắt, Ủy viên Trung ương Đảng Nhân dân cách mạng Lào, Tỉnh trưởng tỉnh Savannakhet phát biểu.",
			skip,
			"Khăm-phăn Phôm-ma-thắt: Tỉnh trưởng @ tỉnh Savannakhet; Khăm-phăn Phôm-ma-thắt: Ủy viên @ Trung ương Đảng Nhân dân cách mạng Lào"},
		{"our Party's committee after the Lao one",
			"Đồng chí Khăm-phăn Phôm-ma-thắt, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân cách mạng Lào, trao tặng Huân chương cho đồng chí Lê Văn Hai - Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An.",
			skip,
			"Khăm-phăn Phôm-ma-thắt: Ủy viên @ Ban Chấp hành Trung ương Đảng Nhân dân cách mạng Lào; Lê Văn Hai: Bí thư @ Tỉnh ủy Nghệ An; Lê Văn Hai: Ủy viên @ Ban Chấp hành Trung ương Đảng"},
		{"must not fire: a hyphen before a former post",
			"Huy hiệu được trao cho đảng viên Phạm Văn Hai-nguyên Phó Bí thư Tỉnh ủy Gia Lai.",
			"Tỉnh ủy Gia Lai", skip},
	})
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"a Lao name's hyphens", "Đồng chí Khăm-phăn Phôm-ma-thắt, Bí thư Tỉnh ủy, phát biểu.", "Khăm-phăn Phôm-ma-thắt"},
		{"a hyphen before a former post", "Huy hiệu được trao cho đảng viên Phạm Văn Hai-nguyên Phó Bí thư Tỉnh ủy Gia Lai.", "Phạm Văn Hai"},
	})
}

// TestLaoPartyAllLowerCaseRound40 covers the Lao party written short and
// all in lower case after a member's title ("Ủy viên T.Ư Đảng nhân dân
// cách mạng Lào"): the Lao party's Centre, as written, not ours. Lines of
// our own.
func TestLaoPartyAllLowerCaseRound40(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the Lao party's Centre written short",
			"Ông Khăm-phăn Phôm-ma-thắt, Ủy viên T.Ư Đảng nhân dân cách mạng Lào, Tỉnh trưởng tỉnh Sê Kông phát biểu.",
			"T.Ư Đảng nhân dân cách mạng Lào",
			"Khăm-phăn Phôm-ma-thắt: Tỉnh trưởng @ tỉnh Sê Kông; Khăm-phăn Phôm-ma-thắt: Ủy viên @ T.Ư Đảng nhân dân cách mạng Lào"},
		{"must not fire: our Centre before the people",
			"Ông Lê Văn Hai, Ủy viên T.Ư Đảng, nhân dân cả nước tin tưởng.",
			"Trung ương Đảng",
			"Lê Văn Hai: Ủy viên @ Trung ương Đảng"},
	})
}
