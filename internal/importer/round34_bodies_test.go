package importer

import "testing"

// TestGeneralDirectorShortRound34 covers "TGĐ", a general director's title
// written short, read as "Tổng Giám đốc". Lines of our own.
func TestGeneralDirectorShortRound34(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a general director of a company",
			"Ông Trần Văn Sơn, TGĐ Công ty Cổ phần Hoa Sen, phát biểu.",
			"Công ty Cổ phần Hoa Sen",
			"Trần Văn Sơn: Tổng Giám đốc @ Công ty Cổ phần Hoa Sen"},
		{"must not fire: no body after it",
			"Ông Trần Văn Sơn, TGĐ, phát biểu tại hội nghị.",
			skip,
			""},
	})
}

// TestCorporateGroupCompanyRound34 covers a company that is a group,
// "Tập đoàn" after its kind ("Công ty Cổ phần Tập đoàn Hoa Sen"), "đoàn"
// in lower case. Lines of our own.
func TestCorporateGroupCompanyRound34(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a joint-stock company that is a group, and its chairman",
			"Ông Trần Văn Sơn - Chủ tịch HĐQT Công ty Cổ phần Tập đoàn Hoa Sen phát biểu.",
			"Công ty Cổ phần Tập đoàn Hoa Sen",
			"Trần Văn Sơn: Chủ tịch HĐQT @ Công ty Cổ phần Tập đoàn Hoa Sen"},
		{"a limited company that is a group",
			"Bà Lê Thị Hà, Giám đốc Công ty TNHH Tập đoàn Minh Phát, tài trợ 200 triệu đồng.",
			"Công ty TNHH Tập đoàn Minh Phát",
			"Lê Thị Hà: Giám đốc @ Công ty TNHH Tập đoàn Minh Phát"},
		// Without a name after it, "tập đoàn" is no part of the name.
		{"must not fire: the word in lower case, no name",
			"Ông Trần Văn Sơn, Giám đốc Công ty Cổ phần Hoa Sen, nói đó là một tập đoàn lớn.",
			"Công ty Cổ phần Hoa Sen",
			"Trần Văn Sơn: Giám đốc @ Công ty Cổ phần Hoa Sen"},
	})
}

// TestBoardChairKiemDirectorRound34 covers a board's chair who is also the
// company's director, the two titles joined by "kiêm" and the company
// named once, after the second: both posts are in that company. Lines of
// our own.
func TestBoardChairKiemDirectorRound34(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"chairman of the board and general director, written short",
			"3. Bà Hoàng Thị Lan - Chủ tịch HĐQT kiêm TGĐ Công ty Cổ phần Thép Việt (SN: 1970)",
			"Công ty Cổ phần Thép Việt",
			"Hoàng Thị Lan: Chủ tịch HĐQT @ Công ty Cổ phần Thép Việt; Hoàng Thị Lan: Tổng Giám đốc @ Công ty Cổ phần Thép Việt"},
		{"chairman of the members' council and director",
			"Ông Vũ Văn Tâm, Chủ tịch Hội đồng thành viên kiêm Giám đốc Công ty TNHH Minh Khai, phát biểu.",
			"Công ty TNHH Minh Khai",
			"Vũ Văn Tâm: Chủ tịch Hội đồng thành viên @ Công ty TNHH Minh Khai; Vũ Văn Tâm: Giám đốc @ Công ty TNHH Minh Khai"},
		// A party secretary written bare keeps no body of the next post.
		{"must not fire: not a board's title",
			"Ông Trần Văn Sơn, Bí thư kiêm Giám đốc Sở Tư pháp, phát biểu.",
			"Sở Tư pháp",
			"Trần Văn Sơn: Giám đốc @ Sở Tư pháp"},
	})
}

// TestAmpersandCompanyNameRound34 covers a company's name of letters
// joined by "&" with no space ("Tập đoàn T&T"): one name. Lines of our
// own.
func TestAmpersandCompanyNameRound34(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"letters joined by an ampersand",
			"Ông Lý Văn Hải, Giám đốc Công ty TNHH H&M Việt, dự lễ.",
			"Công ty TNHH H&M Việt",
			"Lý Văn Hải: Giám đốc @ Công ty TNHH H&M Việt"},
		{"must not fire: spaced ampersand",
			"Ông Lý Văn Hải, Giám đốc Công ty TNHH Hòa Bình & Cộng sự, dự lễ.",
			"Công ty TNHH Hòa Bình",
			skip},
	})
}

// TestShortCityListRound34 covers a list of bodies that share a city
// written short, its unit word and name in one ("TPHCM", "TP.HCM"): each
// council keeps the city as written, with no "thành phố" added. Lines of
// our own.
func TestShortCityListRound34(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the city in one word",
			"Sáng 2/9, HĐND, UBND, Ủy ban MTTQVN TPHCM tổ chức họp mặt.",
			"HĐND TPHCM; UBND TPHCM; Ủy ban MTTQVN TPHCM",
			skip},
		{"the city with a dot",
			"Chiều 5/5, HĐND, UBND TP.HCM gặp mặt các nhân sĩ.",
			"HĐND TP.HCM; UBND TP.HCM",
			skip},
		// A province keeps its unit word and name as before.
		{"must not fire: a province written in full",
			"Chiều 5/5, HĐND, UBND tỉnh Nam Định gặp mặt các nhân sĩ.",
			"HĐND tỉnh Nam Định; UBND tỉnh Nam Định",
			skip},
	})
}

// TestBareDistrictCommitteeRound34 covers a district's Party committee
// written bare ("Huyện ủy", "Quận ủy") in a story of one district: it is
// that district's, as the councils written bare beside it are. Lines of
// our own.
func TestBareDistrictCommitteeRound34(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the committee beside the councils",
			"Toàn huyện Kim Sơn có 120 mẹ. Lãnh đạo Huyện ủy, HĐND, UBND huyện đã đến thăm các mẹ.",
			"Huyện ủy Kim Sơn; HĐND huyện Kim Sơn; UBND huyện Kim Sơn",
			skip},
		{"an urban district's committee",
			"Quận ủy tổ chức hội nghị tổng kết năm tại quận Hai Bà Trưng.",
			"Quận ủy Hai Bà Trưng",
			skip},
		// Two districts named: whose committee it is the story does not say.
		{"must not fire: two districts",
			"Huyện ủy tổ chức đoàn thăm huyện Kim Sơn và huyện Yên Khánh.",
			"Huyện ủy",
			skip},
	})
}
