package importer

import "testing"

// Round 55: a count followed by its province's name alone, with no "của"
// ("4 nghệ sĩ Bạc Liêu vừa được … phong tặng"), is of those counted
// (lines of our own). Not read: a capitalized name that is no province.
func TestCountOfProvinceRound55(t *testing.T) {
	checkAwards(t, []textCase{
		{"UBND tỉnh tặng hoa chúc mừng 4 nghệ sĩ Bạc Liêu vừa được Chủ tịch nước phong tặng danh hiệu “Nghệ sĩ ưu tú”.",
			"Danh hiệu Nghệ sĩ ưu tú của Chủ tịch nước: 4 nghệ sĩ"},
		{"4 nghệ sĩ Gia Lai được Chủ tịch nước phong tặng danh hiệu Nghệ sĩ ưu tú.",
			"Danh hiệu Nghệ sĩ ưu tú của Chủ tịch nước: 4 nghệ sĩ"},
		{"UBND tỉnh tặng hoa chúc mừng 4 nghệ sĩ Tân Lập vừa được Chủ tịch nước phong tặng danh hiệu “Nghệ sĩ ưu tú”.",
			"Danh hiệu Nghệ sĩ ưu tú của Chủ tịch nước: "},
	})
}

// Round 55: "Quyết định" written capitalized between the giver and "tặng"
// ("Bộ trưởng Bộ Giáo dục và Đào tạo Quyết định tặng bằng khen") is the
// verb that decides the giving, not the last words of the giver's name
// (lines of our own). Not changed: the verb in lower case, as before.
func TestDecidedCapitalizedRound55(t *testing.T) {
	checkAwards(t, []textCase{
		{"Bộ trưởng Bộ Giáo dục và Đào tạo Quyết định tặng bằng khen cho em Nguyễn Văn An, học sinh lớp 10A8.",
			"Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo: nguyen van an"},
		{"Bộ trưởng Bộ Công an Quyết định tặng Kỷ niệm chương cho 9 cá nhân.",
			"Kỷ niệm chương của Bộ trưởng Bộ Công an: 9 cá nhân"},
		{"Bộ trưởng Bộ Giáo dục và Đào tạo quyết định tặng bằng khen cho em Nguyễn Văn An, học sinh lớp 10A8.",
			"Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo: nguyen van an"},
	})
}

// Round 55: Pioneers counted as such ("cho 2 đội viên, thiếu nhi có thành
// tích …") are a count of persons (lines of our own). Not read: teams
// ("2 đội bóng"), which are no persons.
func TestPioneersCountedRound55(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ban tổ chức trao Giải thưởng Kim Đồng của Ban Bí thư Trung ương Đoàn cho 2 đội viên, thiếu nhi có thành tích rèn luyện xuất sắc.",
			"Giải thưởng Kim Đồng của Ban Bí thư Trung ương Đoàn: 2 đội viên, thiếu nhi"},
		{"Hội đồng Đội tỉnh tặng Bằng khen cho 5 thiếu nhi tiêu biểu.",
			"Bằng khen của Hội đồng Đội tỉnh: 5 thiếu nhi"},
		{"Ban tổ chức trao Giải thưởng Kim Đồng của Ban Bí thư Trung ương Đoàn cho 2 đội bóng.",
			"Giải thưởng Kim Đồng của Ban Bí thư Trung ương Đoàn: "},
	})
}

// Round 55: a share of a century ("Sau 1/3 thế kỷ hai tỉnh … hợp nhất")
// is no date (lines of our own). Not changed: a date before other words.
func TestCenturyShareRound55(t *testing.T) {
	checkDates(t, []dateCase{
		{"a third of a century", "Ngày 12/2/2017, tỉnh Tân Lập tổ chức lễ kỷ niệm. Sau 1/3 thế kỷ hai tỉnh hợp nhất thành một.", "2017-02-12"},
		{"a date", "Ngày 12/2/2017, tỉnh Tân Lập tổ chức lễ kỷ niệm. Sau 1/3 hai tỉnh hợp nhất thành một.", "2017-02-12,2017-03-01"},
	})
}

// Round 55: a short date in the sentence of an anniversary counted from a
// founding ("Tối 12/2, Lễ kỷ niệm 185 năm thành lập và 20 năm tái lập
// tỉnh …") takes the year nearest that anniversary, counted from the full
// dates the story writes elsewhere ("ngày 4/11/1831", "ngày 6/11/1996"),
// not the story's latest year (lines of our own). Not read: an
// anniversary before a year the text writes (the range of years written
// with it), or no anniversary.
func TestFoundingYearRound55(t *testing.T) {
	history := "\nNgày 4/11/1831, trấn Tân Lập đổi thành tỉnh Tân Lập. Ngày 6/11/1996, Quốc hội phê chuẩn việc tái lập tỉnh."
	checkDates(t, []dateCase{
		{"an anniversary of a founding",
			"Tối 12/2, Lễ kỷ niệm 185 năm thành lập và 20 năm tái lập tỉnh Tân Lập đã được tổ chức." + history,
			"2017-02-12,1831-11-04,1996-11-06"},
		{"an anniversary whose years are written",
			"Tối 29.4, tỉnh Tân Lập tổ chức lễ kỷ niệm 30 năm tái lập tỉnh (5.1992 - 5.2022), 47 năm thống nhất đất nước (30.4.1975 - 30.4.2022).",
			"2022-04-29,1975-04-30,2022-04-30"},
		{"no anniversary",
			"Tối 12/2, tỉnh Tân Lập tổ chức hội nghị." + history,
			"1996-02-12,1831-11-04,1996-11-06"},
	})
}
