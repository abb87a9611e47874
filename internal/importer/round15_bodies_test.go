package importer

import "testing"

// TestBodiesPostsRound15 covers the rules of round 15 for bodies, posts
// and people: each case fails without its rule.
func TestBodiesPostsRound15(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"TP.HCM written with no space around the dot, at a sentence's end",
			"Năm 2024, ông Dương Ngọc Hải là Chủ nhiệm Ủy ban Kiểm tra Thành ủy TP.HCM.",
			"Ủy ban Kiểm tra Thành ủy TP.HCM",
			skip},
		{"TPHCM written as one word",
			"Ngày 19-5-2024, tại phiên họp HĐND TPHCM, các đại biểu đã bầu ông Dương Ngọc Hải.",
			"HĐND TPHCM",
			skip},
		{"the Party's secretariat written Ban Bí thư T.Ư Đảng",
			"Năm 2023, Chỉ thị số 18-CT/TW của Ban Bí thư T.Ư Đảng được ban hành.",
			"Ban Bí thư T.Ư Đảng",
			skip},
		{"a board named by its committee takes the district the next post names",
			"Năm 2020, ông Lê Văn Hai, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch UBND huyện Quỳ Châu dự.",
			"Ban Thường vụ Huyện ủy Quỳ Châu; UBND huyện Quỳ Châu",
			"Lê Văn Hai: Chủ tịch @ UBND huyện Quỳ Châu; Lê Văn Hai: Ủy viên @ Ban Thường vụ Huyện ủy Quỳ Châu"},
		{"a city written short keeps its unit word when a committee takes it",
			"Năm 2024, bà Trần Thị Diệu Thúy, Thành ủy viên, Chủ tịch LĐLĐ TP.HCM dự.",
			"Thành ủy TP.HCM; LĐLĐ TP.HCM",
			skip},
		{"a board named by its committee takes TPHCM written as one word from the next post",
			"Năm 2026, dự lễ có đồng chí Dương Anh Đức, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy TPHCM.",
			"Ban Thường vụ Thành ủy TPHCM; Ban Tuyên giáo và Dân vận Thành ủy TPHCM",
			skip},
		{"a council's board keeps the council's unit word before its province and term",
			"Năm 2019, HĐND tỉnh Thanh Hóa miễn nhiệm chức vụ Trưởng ban Dân tộc HĐND tỉnh khóa XVII đối với ông Nguyễn Văn Thành.",
			"Ban Dân tộc HĐND tỉnh Thanh Hóa khóa XVII; HĐND tỉnh Thanh Hóa; HĐND tỉnh Thanh Hóa khóa XVII",
			skip},
		{"bare bodies take the only province the story names, bare",
			"Chiều 26/3/2025, Ban Thường vụ Tỉnh ủy đã họp.\n\nQuý I/2025, kinh tế của Quảng Bình tăng 7,84%.",
			"Ban Thường vụ Tỉnh ủy Quảng Bình",
			skip},
		{"the province a headline names before a colon",
			"Bắc Ninh: Chuyển biến tích cực sau 10 năm\n\nNăm 2023, Ban Thường vụ Tỉnh ủy đã lãnh đạo.",
			"Ban Thường vụ Tỉnh ủy Bắc Ninh",
			skip},
		{"no province from a district of the same name",
			"Năm 2020, Ban Thường vụ Tỉnh ủy đã họp tại xã Văn Hóa (huyện Quảng Ninh).",
			"Ban Thường vụ Tỉnh ủy",
			skip},
		{"no province when the story names two",
			"Năm 2025, Ban Thường vụ Tỉnh ủy đã họp; kinh tế của Quảng Bình tăng, như của Quảng Trị.",
			"Ban Thường vụ Tỉnh ủy",
			skip},
	})
}
