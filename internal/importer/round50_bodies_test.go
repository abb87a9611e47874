package importer

import "testing"

// TestProvinceInsideBodyNameRound50 covers a province written only inside
// a central body's name ("Bệnh viện Trung ương Thái Nguyên"): it is not
// the story's province, so the bare bodies take none, and the body keeps
// it in its name. Lines of our own.
func TestProvinceInsideBodyNameRound50(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a central hospital named with its province: bare bodies take none",
			"Đồng chí Lê Văn Ba, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh đã trao Bằng khen cho Bệnh viện Trung ương Huế.",
			"Ban Thường vụ Tỉnh ủy; HĐND tỉnh; Bệnh viện Trung ương Huế", skip},
		{"a hospital named with its province, no 'Trung ương'",
			"Đồng chí Lê Văn Ba, Phó Chủ tịch HĐND tỉnh dự lễ kỷ niệm của Bệnh viện Đa khoa Thái Nguyên.",
			"HĐND tỉnh; Bệnh viện Đa khoa Thái Nguyên", skip},
		{"must not fire: the province named as a province",
			"Đồng chí Lê Văn Ba, Phó Chủ tịch HĐND tỉnh Thái Nguyên dự lễ của Bệnh viện Trung ương Thái Nguyên.",
			"HĐND tỉnh Thái Nguyên; Bệnh viện Trung ương Thái Nguyên", skip},
		{"must not fire: a province named bare outside a body's name",
			"Tình hình kinh tế của Thái Nguyên tăng trưởng; Phó Chủ tịch HĐND tỉnh Lê Văn Ba phát biểu.",
			"HĐND tỉnh Thái Nguyên", skip},
		{"must not fire: a body of a province, no central word before it",
			"Năm 2021, Sở Y tế Thái Nguyên được tặng Bằng khen.",
			"Sở Y tế Thái Nguyên", skip},
	})
}
