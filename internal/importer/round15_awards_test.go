package importer

import "testing"

// Round 15: the generic "Huy hiệu Đảng" given only a count is no award
// even where the story names no tier ("Huy hiệu từ 30 - 60 năm tuổi Đảng"
// is a range of them).
func TestRound15Badges(t *testing.T) {
	checkAwards(t, []textCase{
		{"Chiều 28/1, Đảng bộ phường có 84 đảng viên được trao tặng Huy hiệu từ 30 - 60 năm tuổi Đảng.",
			""},
		{"Ngày 3/2/2022, Huyện ủy trao Huy hiệu Đảng cho 12 đảng viên.",
			""},
		// A tier is still one.
		{"Ngày 3/2/2022, Huyện ủy trao Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng: 12 đảng viên"},
	})
}

// Round 15: a short date takes the year the same paragraph gives its day
// (the latest), before the page's stamp; the page's date in parentheses
// at the end of its title is the stamp again; a quarter's or a month's
// year counts for the story's year, a target's not.
func TestRound15Dates(t *testing.T) {
	checkDates(t, []dateCase{
		{"the same day with its year in the paragraph",
			"20/03/2026\nNgày 12/8, tỉnh Kon Tum long trọng tổ chức Lễ kỷ niệm 25 năm ngày thành lập lại tỉnh (12/8/1991-12/8/2016).",
			"2016-08-12,1991-08-12"},
		{"the page's date after its title",
			"Thứ năm, ngày 09/02/2023\nBắc Ninh: Chuyển biến tích cực sau 10 năm triển khai Chỉ thị số 18 (09/02/2023)\nNgày 8/2, Tỉnh ủy Bắc Ninh tổ chức hội nghị.",
			"2023-02-08"},
		{"a quarter's year",
			"Ngày 26/3, Ban Chấp hành Đảng bộ tỉnh họp.\nQuý I/2025, tình hình kinh tế - xã hội của tỉnh tiếp tục có những chuyển biến tích cực.",
			"2025-03-26"},
		{"a target's month is no year of the story",
			"Ngày 26/3, Ban Chấp hành Đảng bộ tỉnh họp.\nPhấn đấu đến tháng 12/2030, toàn tỉnh đạt chuẩn nông thôn mới.",
			"2026-03-26"},
	})
}

// Round 15: a Party code written with a space after the dash before its
// kind letters is the same code.
func TestRound15Codes(t *testing.T) {
	checkDocuments(t, []textCase{
		{"Năm 2023, tỉnh tổng kết 10 năm thực hiện Chỉ thị số 18- CT/TW của Ban Bí thư.",
			"18-CT/TW DOCUMENT_DIRECTIVE"},
		{"Năm 2025, UBND tỉnh triển khai Kết luận số 127- KL/TW của Bộ Chính trị.",
			"127-KL/TW DOCUMENT_CONCLUSION"},
		// A dash before a word is no code.
		{"Năm 2023, tỉnh thực hiện Chỉ thị số 18- Ban Bí thư chỉ đạo.",
			""},
	})
}

// Round 15: a count praised with what they are before "tiêu biểu" and a
// scope after it is counted for the award it was given; a verb between
// is no praise.
func TestRound15Praised(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 11/10/2025, 69 cán bộ hội thanh niên Việt Nam tiêu biểu toàn quốc đã được trao Giải thưởng “15 tháng 10”.",
			"Giải thưởng “15 tháng 10”: 69 cán bộ"},
		{"Sáng 11/10/2025, 12 tập thể có nhiều đóng góp xuất sắc đã được trao Bằng khen của UBND tỉnh.",
			"Bằng khen của UBND tỉnh: 12 tập thể"},
		{"Sáng 11/10/2025, 69 cán bộ hội thanh niên nhận xét tiêu biểu đã được trao Giải thưởng “15 tháng 10”.",
			"Giải thưởng “15 tháng 10”: "},
	})
}

// Round 15: the issuer after a medal's batch ("đợt I - năm 2017 của B")
// is the medal's; veterans are counted as people ("100 cựu thanh niên
// xung phong", "12 cựu chiến binh").
func TestRound15BatchesAndVeterans(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 29/9/2017, Hội tổ chức trao Kỷ niệm chương Thanh niên xung phong đợt I - năm 2017 của Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh tặng những cựu thanh niên xung phong.",
			"Kỷ niệm chương Thanh niên xung phong của Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh: "},
		{"Sáng 29/9/2017, đợt này có 100 cựu thanh niên xung phong được Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh tặng Kỷ niệm chương Thanh niên xung phong.",
			"Kỷ niệm chương Thanh niên xung phong của Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh: 100 cựu thanh niên xung phong"},
		{"Sáng 29/9/2017, 12 cựu chiến binh được UBND tỉnh tặng Bằng khen.",
			"Bằng khen của UBND tỉnh: 12 cựu chiến binh"},
	})
}
