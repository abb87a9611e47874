package importer

import "testing"

// TestPlaceKeepsItsTonesRound36 covers a place whose name folds like a
// province's but is written with other tones ("Kiến Giang", a town of
// Quảng Bình, folds as "Kiên Giang"): the body keeps the name as written.
// Lines of our own.
func TestPlaceKeepsItsTonesRound36(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a school of a town that folds as a province",
			"Bà Lê Thị Hoa, Hiệu trưởng Trường THCS Kiến Giang, phát biểu.",
			"Trường THCS Kiến Giang",
			"Lê Thị Hoa: Hiệu trưởng @ Trường THCS Kiến Giang"},
		{"a commune's committee of the same town",
			"UBND xã Kiến Giang đã tổ chức lễ khen thưởng.",
			"UBND xã Kiến Giang",
			skip},
		// The province written as it is spelt stays the province.
		{"must not change: the province itself",
			"Bà Lê Thị Hoa, Hiệu trưởng Trường THCS Kiên Giang, phát biểu.",
			"Trường THCS Kiên Giang",
			"Lê Thị Hoa: Hiệu trưởng @ Trường THCS Kiên Giang"},
		{"must not change: the province with a tone placed the old way",
			"Ông Trần Văn Nam, Giám đốc Sở Tài chính tỉnh Hoà Bình, phát biểu.",
			"Sở Tài chính Hòa Bình",
			"Trần Văn Nam: Giám đốc @ Sở Tài chính Hòa Bình"},
		{"must not change: a province's tone mistyped after tỉnh",
			"Ông Trần Văn Nam, Chủ tịch UBND tỉnh Kiến Giang, phát biểu.",
			"UBND tỉnh Kiên Giang",
			"Trần Văn Nam: Chủ tịch @ UBND tỉnh Kiên Giang"},
	})
}

// TestGiftedSchoolCapitalRound36 covers a school for the gifted written
// "Chuyên" with a capital and named after its province ("Trường THPT
// Chuyên Quảng Bình"): the province is the school's name, as after
// "chuyên" in lower case. Lines of our own.
func TestGiftedSchoolCapitalRound36(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a gifted school named after its province, and a teacher of it",
			"Bà Trần Thị Mai, Phó Hiệu trưởng Trường THPT Chuyên Quảng Bình, phát biểu.",
			"Trường THPT Chuyên Quảng Bình",
			"Trần Thị Mai: Phó Hiệu trưởng @ Trường THPT Chuyên Quảng Bình"},
		{"a gifted school named after a person",
			"Trường THPT Chuyên Lê Quý Đôn nhận Bằng khen.",
			"Trường THPT Chuyên Lê Quý Đôn",
			skip},
		{"in lower case as before",
			"Trường THPT chuyên Thái Bình nhận Bằng khen.",
			"Trường THPT chuyên Thái Bình",
			skip},
		// A school named after a person: the province after "tỉnh" is as before.
		{"must not change: a named gifted school, then its province",
			"Ông Lê Văn Hùng, Hiệu trưởng Trường THPT Chuyên Lê Quý Đôn tỉnh Ninh Thuận, phát biểu.",
			skip,
			"Lê Văn Hùng: Hiệu trưởng @ Trường THPT Chuyên Lê Quý Đôn Ninh Thuận"},
	})
}
