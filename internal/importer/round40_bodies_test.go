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
