package importer

import "testing"

// TestBodiesPostsRound17 covers the rules of round 17 for bodies, posts
// and people: each case fails without its rule.
func TestBodiesPostsRound17(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a province marked as former (cũ) is not the story's",
			"Năm 2025, ông Nguyễn Văn An, Ủy viên Ban Thường vụ Thành ủy, nguyên Phó Bí thư Tỉnh ủy Hải Dương (cũ), được bầu làm Phó Chủ tịch UBND thành phố Hải Phòng.",
			"Ban Thường vụ Thành ủy Hải Phòng; Tỉnh ủy Hải Dương; UBND thành phố Hải Phòng",
			skip},
		{"a management board of zones ends at their province",
			"Năm 2025, ông Lê Văn Bình, Trưởng Ban Quản lý Khu kinh tế Hải Phòng, phát biểu.",
			"Ban Quản lý Khu kinh tế Hải Phòng",
			skip},
		{"a management board of industrial zones ends at their province's unit word",
			"Năm 2024, Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh đã họp.",
			"Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh",
			skip},
		{"a count of a post then là các ông lists its holders",
			"Năm 2025, UBND tỉnh Nam Định hiện có 3 Phó Chủ tịch là các ông Trần Văn Hải, Lê Minh Đức và Phạm Quốc Huy.",
			skip,
			"Lê Minh Đức: Phó Chủ tịch @ UBND tỉnh Nam Định; Phạm Quốc Huy: Phó Chủ tịch @ UBND tỉnh Nam Định; Trần Văn Hải: Phó Chủ tịch @ UBND tỉnh Nam Định"},
		{"a body that has a post, có, gives it to the name after it",
			"Năm 2025, UBND tỉnh Nam Định có Chủ tịch Trần Văn Hải và 2 Phó Chủ tịch.",
			skip,
			"Trần Văn Hải: Chủ tịch @ UBND tỉnh Nam Định"},
		{"a past post's body whose head is written in lower case inside the title",
			"Năm 2025, ông Trần Văn Hải từng là Trưởng ban Nội chính Tỉnh ủy Hải Dương, Giám đốc Sở Nội vụ.",
			"Ban Nội chính Tỉnh ủy Hải Dương; Sở Nội vụ Hải Dương",
			""},
		{"a commune's bodies written bare in a story of that one commune and no province",
			"Ngày 4/2/2021, Đảng bộ xã Bình Tân tổ chức lễ. Dự buổi lễ có lãnh đạo Đảng ủy – HĐND – UBND xã.",
			"Đảng bộ xã Bình Tân; Đảng ủy xã Bình Tân; HĐND xã Bình Tân; UBND xã Bình Tân",
			skip},
		{"a bare body stays bare when the story names two communes",
			"Ngày 4/2/2021, Đảng bộ xã Bình Tân tổ chức lễ, có nhân dân xã Long Hà tham dự. Dự buổi lễ có lãnh đạo Đảng ủy – HĐND – UBND xã.",
			"Đảng bộ xã Bình Tân; UBND xã",
			skip},
		{"a list of bodies of two provinces, tỉnh A, B",
			"Năm 2016, dự lễ có Thường trực Tỉnh ủy, HĐND, UBND tỉnh Hà Giang, Tuyên Quang; lãnh đạo các sở.",
			"Thường trực Tỉnh ủy Hà Giang; Thường trực Tỉnh ủy Tuyên Quang; HĐND tỉnh Hà Giang; HĐND tỉnh Tuyên Quang; UBND tỉnh Hà Giang; UBND tỉnh Tuyên Quang",
			skip},
		{"a body followed by a list of unit words names levels, no one body",
			"Năm 2021, các đồng chí vui mừng trước sự quan tâm của Đảng bộ huyện, xã dành cho đảng viên.",
			"",
			skip},
	})
}
