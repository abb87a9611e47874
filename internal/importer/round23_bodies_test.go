package importer

import "testing"

// TestBodiesPostsRound23 covers the rules of round 23 for bodies, posts
// and people: each case fails without its rule, but for those that say
// where a rule must not fire.
func TestBodiesPostsRound23(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the Central Committee written \"T.Ư Đảng\" after a member's title, before another post",
			"Năm 2020, dự lễ có Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy Bến Tre Lê Văn Ba.",
			"Trung ương Đảng; Tỉnh ủy Bến Tre",
			"Lê Văn Ba: Bí thư @ Tỉnh ủy Bến Tre; Lê Văn Ba: Ủy viên @ Trung ương Đảng"},
		{"\"T.W Đảng\" too",
			"Năm 2020, dự lễ có Ủy viên T.W Đảng, Chủ tịch UBND tỉnh Hà Nam Đỗ Văn Cường.",
			"Trung ương Đảng; UBND tỉnh Hà Nam",
			"Đỗ Văn Cường: Chủ tịch @ UBND tỉnh Hà Nam; Đỗ Văn Cường: Ủy viên @ Trung ương Đảng"},
		{"\"T.Ư\" without \"Đảng\" after a title names no Central Committee of the Party",
			"Năm 2020, dự lễ có Ủy viên T.Ư, Bí thư Tỉnh ủy Bến Tre Lê Văn Ba.",
			"Tỉnh ủy Bến Tre",
			"Lê Văn Ba: Bí thư @ Tỉnh ủy Bến Tre"},
		{"the national federation of labour short, not the \"LĐLĐ\" inside it",
			"Năm 2022, ông Lê Văn Ba, Chủ tịch Tổng LĐLĐ Việt Nam, trao Bằng khen cho LĐLĐ tỉnh Nam Định.",
			"Tổng LĐLĐ Việt Nam; LĐLĐ tỉnh Nam Định",
			"Lê Văn Ba: Chủ tịch @ Tổng LĐLĐ Việt Nam"},
		{"and in full",
			"Năm 2022, Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen.",
			"Tổng Liên đoàn Lao động Việt Nam",
			skip},
		{"a party cell by its street block, the block's word capitalized",
			"Năm 2021, đồng chí Lê Văn Ba sinh hoạt tại Chi bộ Tổ dân phố Đông Hòa nhận Huy hiệu.",
			"Chi bộ Tổ dân phố Đông Hòa",
			skip},
		{"by its hamlet capitalized",
			"Năm 2021, Chi bộ Thôn Trung Lập tổ chức lễ.",
			"Chi bộ Thôn Trung Lập",
			skip},
		{"a capitalized hamlet's word with no name after it is no cell",
			"Năm 2021, Chi bộ Thôn tổ chức lễ.",
			"",
			skip},
		{"a province's collective, its Party organization and its people, is one body",
			"Năm 2019, Chủ tịch nước trao Huân chương Độc lập cho Đảng bộ và nhân dân Bến Tre; Đảng bộ Bến Tre từng được phong tặng danh hiệu Anh hùng.",
			"Đảng bộ và nhân dân Bến Tre; Đảng bộ Bến Tre",
			skip},
		{"with its peoples and its unit word",
			"Năm 2019, Đảng bộ và nhân dân các dân tộc tỉnh Hòa Bình đón nhận Huân chương.",
			"Đảng bộ và nhân dân các dân tộc tỉnh Hòa Bình",
			skip},
		{"\"tỉnh nhà\" names no place: no collective",
			"Năm 2019, Đảng bộ và nhân dân các dân tộc tỉnh nhà vượt qua khó khăn.",
			"",
			skip},
	})
}
