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
