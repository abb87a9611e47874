package importer

import "testing"

// TestBodiesPostsRound22 covers the rules of round 22 for bodies, posts
// and people: each case fails without its rule, but for those that say
// where a rule must not fire.
func TestBodiesPostsRound22(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a home's province is not the story's",
			"Năm 2022, HĐND thành phố Đà Nẵng miễn nhiệm ông Lê Văn Ba. Ông Ba quê xã An Lộc, huyện Can Lộc, tỉnh Nghệ An; từng công tác tại Sở Tài chính.",
			"HĐND thành phố Đà Nẵng; Sở Tài chính Đà Nẵng",
			skip},
		{"two homes: the one whose capital the story names",
			"Năm 2021, Thành ủy Thái Bình trao Huy hiệu cho đồng chí Lê Văn Ba (Quê quán: xã An Lộc, huyện Can Lộc, tỉnh Nam Định) và đồng chí Đỗ Thị Cúc (Quê quán: xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình). Đồng chí Hà Văn Nam, Phó Bí thư Tỉnh ủy dự.",
			skip,
			"Hà Văn Nam: Phó Bí thư @ Tỉnh ủy Thái Bình"},
		{"a province named outside a home is still the story's",
			"Năm 2022, HĐND thành phố Đà Nẵng tiếp đoàn công tác tỉnh Nghệ An. Trưởng đoàn, ông Lê Văn Ba, quê xã An Lộc, huyện Can Lộc, công tác tại Sở Tài chính.",
			"HĐND thành phố Đà Nẵng; Sở Tài chính Nghệ An",
			skip},
		{"a party cell by its number",
			"Năm 2021, đồng chí Lê Văn Ba (sinh hoạt tại Chi bộ 4, Đảng bộ phường Quyết Thắng) nhận Huy hiệu.",
			"Chi bộ 4; Đảng bộ phường Quyết Thắng",
			skip},
		{"by its number and its quarter",
			"Năm 2021, Chi bộ 3 Tân Lập tổ chức lễ.",
			"Chi bộ 3 Tân Lập",
			skip},
		{"by its quarter and its number",
			"Năm 2021, đồng chí Lê Văn Ba sinh hoạt tại Chi bộ Đồng Tâm 2.",
			"Chi bộ Đồng Tâm 2",
			skip},
		{"by a town's block",
			"Năm 2021, đồng chí Lê Văn Ba sinh hoạt tại Chi bộ khối Tân Tiến.",
			"Chi bộ khối Tân Tiến",
			skip},
		{"a count after \"Chi bộ\" is no cell",
			"Năm 2021, Chi bộ 12 năm liền đạt trong sạch vững mạnh.",
			"",
			skip},
		{"names after \"gồm các ông\" without a colon, parted by \";\" and \",\", each with the post before",
			"Năm 2016, ở UBND tỉnh Hà Nam, ông Lê Văn Ba, Chủ tịch UBND tỉnh, và các Phó Chủ tịch khóa trước gồm các ông Đỗ Văn Cường; Bạch Văn Dũng, Trần Thị Én đều được bầu lại.",
			skip,
			"Bạch Văn Dũng: Phó Chủ tịch @ UBND tỉnh Hà Nam; Lê Văn Ba: Chủ tịch @ UBND tỉnh Hà Nam; Trần Thị Én: Phó Chủ tịch @ UBND tỉnh Hà Nam; Đỗ Văn Cường: Phó Chủ tịch @ UBND tỉnh Hà Nam"},
		{"\"gồm\" before something else is no list of holders",
			"Năm 2016, ở UBND tỉnh Hà Nam, các Phó Chủ tịch gồm nhiều lĩnh vực, ông Đỗ Văn Cường phụ trách.",
			skip,
			""},
		{"the Front's Central Committee is one body",
			"Năm 2020, bà Hà Thị Nga, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, dự lễ.",
			"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
			"Hà Thị Nga: Phó Chủ tịch @ Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
		{"a committee and a Front named one after the other stay two",
			"Năm 2020, Ủy ban nhân dân tỉnh Bắc Giang, Mặt trận Tổ quốc tỉnh dự lễ.",
			"Ủy ban nhân dân tỉnh Bắc Giang; Mặt trận Tổ quốc tỉnh Bắc Giang",
			skip},
		{"a company named by its trade in lower case and its province",
			"Năm 2024, anh Lê Văn Ba, kỹ sư Công ty TNHH cấp thoát nước Hà Nam, nhận Bằng khen.",
			"Công ty TNHH cấp thoát nước Hà Nam",
			skip},
		{"a company's kind and then a place it is in names no company",
			"Năm 2024, một công ty cổ phần mở xưởng; Công ty Cổ phần đặt trụ sở tại Hà Nam.",
			"",
			skip},
		{"a friendship association named by its countries, placed by its province",
			"Năm 2023, Hội hữu nghị Việt Nam – Campuchia tỉnh An Giang tổ chức lễ.",
			"Hội hữu nghị Việt Nam – Campuchia An Giang",
			skip},
		{"friendship in lower case after no \"Hội\" is no body",
			"Năm 2023, cuộc gặp hữu nghị Việt Nam – Lào diễn ra ở An Giang.",
			"",
			skip},
		{"a council written bare with its term is the province's, and one term written two ways is one body",
			"Năm 2016, HĐND tỉnh Hà Nam họp. Ông Lê Văn Ba, Chủ tịch HĐND khóa 12 được bầu lại; ông Đỗ Văn Cường, Phó Chủ tịch HĐND tỉnh khóa XII cũng vậy. Ông Lê Văn Ba được tái cử chức danh Chủ tịch HĐND tỉnh.",
			"HĐND Hà Nam khóa 12; HĐND tỉnh Hà Nam",
			"Lê Văn Ba: Chủ tịch @ HĐND Hà Nam khóa 12; Đỗ Văn Cường: Phó Chủ tịch @ HĐND Hà Nam khóa 12"},
		{"two terms stay two bodies",
			"Năm 2016, HĐND tỉnh Hà Nam họp. Ông Lê Văn Ba, Chủ tịch HĐND khóa 12; ông Đỗ Văn Cường, Phó Chủ tịch HĐND tỉnh khóa XIII.",
			"HĐND Hà Nam khóa 12; HĐND tỉnh Hà Nam khóa XIII; HĐND tỉnh Hà Nam",
			skip},
		{"a complete body's level written short right after it",
			"Năm 2025, bà Lê Thị Hoa, Phó chủ tịch Hội đồng thi đua khen thưởng T.Ư, dự lễ.",
			"Hội đồng thi đua khen thưởng T.Ư",
			"Lê Thị Hoa: Phó chủ tịch @ Hội đồng thi đua khen thưởng T.Ư"},
		{"a \"T\" that is no \"T.Ư\" stays out of the name",
			"Năm 2025, bà Lê Thị Hoa, Phó chủ tịch Hội đồng thi đua khen thưởng tỉnh Hà Nam, dự lễ.",
			"Hội đồng thi đua khen thưởng tỉnh Hà Nam",
			skip},
		{"a province's paper and broadcaster merged",
			"Năm 2025, Báo và phát thanh, truyền hình Hà Nam tổ chức lễ.",
			"Báo và phát thanh, truyền hình Hà Nam",
			skip},
		{"a paper and then another body stay two",
			"Năm 2025, Báo Hà Nam và Đài Phát thanh và Truyền hình tỉnh Hà Nam tổ chức lễ.",
			"Báo Hà Nam; Đài Phát thanh và Truyền hình tỉnh Hà Nam",
			skip},
	})
}

// TestPeopleRound22 covers the rules of round 22 that find people: each
// case fails without its rule, but for those that say where it must not
// fire.
func TestPeopleRound22(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"\"Bạch\", a family name, as written",
			"Năm 2025, dự có các đồng chí Lê Văn Hòa, Bạch Thị Lan.",
			"Lê Văn Hòa; Bạch Thị Lan"},
		{"\"Bách\" folds the same and is none",
			"Năm 2025, ông Lê Văn Tâm về thăm Trường Đại học Bách Khoa.",
			"Lê Văn Tâm"},
	}
	for _, tt := range tests {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}
