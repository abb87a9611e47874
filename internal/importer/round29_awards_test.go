package importer

import "testing"

// Round 29: a prize given in rounds is named with its round and the
// round's year ("Giải thưởng A lần IV năm 2023", "lần thứ 3, năm 2022");
// a round without its year is not read (lines of our own).
func TestPrizeRoundRound29(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm 2022, Liên đoàn Lao động tỉnh trao Giải thưởng Lê Quý Đôn lần thứ 3, năm 2022 cho 12 công nhân.",
			"Giải thưởng Lê Quý Đôn lần thứ 3, năm 2022: 12 công nhân"},
		{"Năm 2021, Liên đoàn Lao động tỉnh trao Giải thưởng Trần Văn Giàu lần II năm 2021 cho 7 công nhân.",
			"Giải thưởng Trần Văn Giàu lần II năm 2021: 7 công nhân"},
		// A round with no year after it is not read: the name ends before it.
		{"Năm 2021, Liên đoàn Lao động tỉnh trao Giải thưởng Trần Văn Giàu lần II cho 7 công nhân.",
			"Giải thưởng Trần Văn Giàu: "},
	})
}

// Round 29: a prize told as "phần thưởng" of a body is that body's, and
// the common noun "tổ chức" before the body is no part of it: "Giải
// thưởng A là phần thưởng cao quý của tổ chức Công đoàn Việt Nam"; a
// "phần thưởng" of no body gives no issuer (lines of our own).
func TestPrizeDefinedRound29(t *testing.T) {
	checkAwards(t, []textCase{
		{"Giải thưởng Trần Văn Giàu là phần thưởng cao quý của tổ chức Công đoàn Việt Nam. Năm 2021, 7 công nhân được nhận Giải thưởng Trần Văn Giàu.",
			"Giải thưởng Trần Văn Giàu của Công đoàn Việt Nam: 7 công nhân"},
		{"Giải thưởng Trần Văn Giàu là phần thưởng cao quý của Hội Nông dân Việt Nam. Năm 2021, 7 công nhân được nhận Giải thưởng Trần Văn Giàu.",
			"Giải thưởng Trần Văn Giàu của Hội Nông dân Việt Nam: 7 công nhân"},
		{"Giải thưởng Trần Văn Giàu là phần thưởng cao quý nhất. Năm 2021, 7 công nhân được nhận Giải thưởng Trần Văn Giàu.",
			"Giải thưởng Trần Văn Giàu: 7 công nhân"},
	})
}

// Round 29: a count, praised or not, with the place or body it belongs
// to named after "của" ("9 cá nhân tiêu biểu của Hà Nội vinh dự nhận …")
// is the award's recipients; a count of one is not read that way (the
// one the story names), nor a "của" before lower-case words
// (lines of our own).
func TestCountOfNamedPlaceRound29(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm 2021, 7 công nhân tiêu biểu của Bắc Ninh vinh dự nhận Bằng khen của UBND tỉnh Bắc Ninh.",
			"Bằng khen của UBND tỉnh Bắc Ninh: 7 công nhân"},
		{"Năm 2022, 12 cá nhân của Hà Tĩnh được nhận Bằng khen của UBND tỉnh Hà Tĩnh.",
			"Bằng khen của UBND tỉnh Hà Tĩnh: 12 cá nhân"},
		{"Năm 2021, 1 cá nhân của Bắc Ninh được nhận Bằng khen của UBND tỉnh Bắc Ninh.",
			"Bằng khen của UBND tỉnh Bắc Ninh: "},
		{"Năm 2021, 7 công nhân của nhà máy ở Bắc Ninh được nhận Bằng khen của UBND tỉnh Bắc Ninh.",
			"Bằng khen của UBND tỉnh Bắc Ninh: "},
	})
}

// Round 29: the State's office that does not confer an award's kind, with
// a bare "trao", hands it over: "Thủ tướng Chính phủ trao Huân chương …"
// gives no issuer (the Chủ tịch nước confers orders). Since round 47 a
// bare "trao" ties no office whatever the award: "Thủ tướng Chính phủ trao
// Bằng khen" gives none either (lines of our own).
func TestStateOfficeHandsOverRound29(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm 2018, Thủ tướng Chính phủ đã trao Huân chương Lao động hạng Nhì cho Công an huyện Tân Phú.",
			"Huân chương Lao động hạng Nhì: Công an huyện Tân Phú"},
		{"Năm 2018, Thủ tướng Chính phủ đã trao Bằng khen cho Công an huyện Tân Phú.",
			"Bằng khen: Công an huyện Tân Phú"},
	})
}

// Round 29: a count that a verb of giving or recognising gives as those
// who reach a title ("tặng thưởng 15 tập thể đạt danh hiệu X", "công nhận
// 12 tập thể đạt danh hiệu X") is the title's recipients, its giver the
// one before the verb; a count that "đạt" a title with no such verb
// before it only reports who holds it (lines of our own).
func TestAchieversRound29(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm 2015, UBND huyện Tân Phú đã tặng thưởng 15 tập thể đạt danh hiệu Tập thể Lao động tiên tiến.",
			"Danh hiệu Tập thể Lao động tiên tiến của UBND huyện Tân Phú: 15 tập thể"},
		// "công nhận" after ";" carries no giver (carriedGiver reads verbs
		// of giving only): the count, no issuer.
		{"Năm 2015, UBND huyện Tân Phú tặng giấy khen cho 20 tập thể; công nhận 12 tập thể đạt danh hiệu Tập thể Lao động tiên tiến.",
			"Giấy khen của UBND huyện Tân Phú: 20 tập thể; Danh hiệu Tập thể Lao động tiên tiến: 12 tập thể"},
		{"Năm 2015, toàn huyện có 15 tập thể đạt danh hiệu Tập thể Lao động tiên tiến.",
			"Danh hiệu Tập thể Lao động tiên tiến: "},
	})
}
