package importer

import "testing"

// TestBodiesPostsRound18 covers the rules of round 18 for bodies, posts
// and people: each case fails without its rule.
func TestBodiesPostsRound18(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a province's capital of the same name does not name the province",
			"Năm 2023, UBND tỉnh khen thưởng Trường THPT Hồng Quang (TP Hải Dương).",
			"UBND tỉnh; Trường THPT Hồng Quang",
			skip},
		{"nor does a capital's party committee",
			"Năm 2023, đại diện Thành ủy Bắc Kạn và UBND tỉnh dự lễ.",
			"Thành ủy Bắc Kạn; UBND tỉnh",
			skip},
		{"a city's bodies written bare are of the capital a story of no province names",
			"Năm 2023, Ban Thường vụ Thành ủy Bắc Kạn tổ chức lễ. Đồng chí Triệu Văn Lân, Bí thư Thành ủy, Chủ tịch HĐND thành phố phát biểu.",
			"Thành ủy Bắc Kạn; HĐND thành phố Bắc Kạn; Ban Thường vụ Thành ủy Bắc Kạn",
			skip},
		{"a centrally governed city names itself",
			"Năm 2023, HĐND thành phố đã họp. Lãnh đạo TP Cần Thơ dự.",
			"HĐND thành phố Cần Thơ",
			skip},
		{"a footer's address names no province of the story",
			"Năm 2019, Ban Thường vụ Tỉnh ủy quyết định trao tặng Huy hiệu Đảng.\n\nBÁO NAM ĐỊNH ĐIỆN TỬ\n\nTòa soạn: Số 68 Trần Phú, TP Nam Định, tỉnh Nam Định",
			"Ban Thường vụ Tỉnh ủy",
			skip},
		{"Phó ban, its ban also the head of the party board",
			"Năm 2024, ông Võ Văn Kiên, Phó ban Tổ chức Tỉnh ủy Hòa Bình, phát biểu.",
			"Ban Tổ chức Tỉnh ủy Hòa Bình",
			"Võ Văn Kiên: Phó ban @ Ban Tổ chức Tỉnh ủy Hòa Bình"},
		{"names listed with their posts in brackets all take the post they are elected to",
			"Năm 2024, HĐND tỉnh Hòa Bình họp. Các đồng chí: Nguyễn Thị Lan (Chủ tịch Hội Nông dân tỉnh), Lê Văn Kiên (Phó ban Tổ chức Tỉnh ủy) được bầu giữ chức Phó Chủ tịch HĐND tỉnh.",
			skip,
			"Lê Văn Kiên: Phó Chủ tịch @ HĐND tỉnh Hòa Bình; Lê Văn Kiên: Phó ban @ Ban Tổ chức Tỉnh ủy Hòa Bình; Nguyễn Thị Lan: Chủ tịch @ Hội Nông dân Hòa Bình; Nguyễn Thị Lan: Phó Chủ tịch @ HĐND tỉnh Hòa Bình"},
		{"a birth year written against SN in brackets, then the post after a dash",
			"Năm 2025, Thủ tướng phê chuẩn kết quả bầu ông Hoàng Văn Hiền ( SN1975) - Giám đốc Sở Giao thông Vận tải tỉnh Nghệ An.",
			"Sở Giao thông Vận tải Nghệ An",
			"Hoàng Văn Hiền: Giám đốc @ Sở Giao thông Vận tải Nghệ An"},
		{"quyền before a title written before the name is an acting post",
			"Sáng 14-5-2019, quyền Chủ tịch UBND tỉnh An Giang Nguyễn Văn Bình chủ trì hội nghị.",
			skip,
			"Nguyễn Văn Bình: quyền Chủ tịch @ UBND tỉnh An Giang"},
		{"a verb folded as a unit word (quán triệt) is no unit of the body",
			"Năm 2021, hội nghị đã nghe Tỉnh ủy Kon Tum quán triệt Kết luận số 14.",
			"Tỉnh ủy Kon Tum",
			skip},
		{"a party cell named by a ward's quarter, khu",
			"Năm 2026, đồng chí Nguyễn Thị Tuyến, đảng viên Chi bộ khu Thanh Xuân, nhận Huy hiệu 60 năm tuổi Đảng.",
			"Chi bộ khu Thanh Xuân",
			skip},
	})
}
