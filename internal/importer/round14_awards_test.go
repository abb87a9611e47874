package importer

import "testing"

// Round 14: tiers of the Party badge listed without "Huy hiệu" after the
// first, each with "cho" and its count; a tier written "50 tuổi Đảng"
// (without "năm"); the last after "và".
func TestRound14Badges(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/2/2022, huyện trao tặng Huy hiệu 70 năm tuổi Đảng cho 02 đồng chí; 50 tuổi Đảng cho 11 đồng chí; 45 năm tuổi Đảng cho 9 đồng chí và 30 năm tuổi Đảng cho 7 đồng chí.",
			"Huy hiệu 70 năm tuổi Đảng: 02 đồng chí; Huy hiệu 50 năm tuổi Đảng: 11 đồng chí; Huy hiệu 45 năm tuổi Đảng: 9 đồng chí; Huy hiệu 30 năm tuổi Đảng: 7 đồng chí"},
		// A member's years in the Party without a count after them are no award.
		{"Ngày 3/2/2022, Huyện ủy trao Huy hiệu Đảng cho đồng chí Nguyễn Thị Thanh và 50 tuổi Đảng cho biết.",
			"Huy hiệu Đảng: nguyen thi thanh"},
	})
}

// Round 14: a code written with a space after the dash before the
// issuer's capitals is the same code; a dash before a word is not part
// of it.
func TestRound14Codes(t *testing.T) {
	checkDocuments(t, []textCase{
		{"Năm 2021, thực hiện Quyết định số 1903/QĐ- UBND ngày 01 tháng 8 năm 2021 của Chủ tịch UBND tỉnh.",
			"1903/QĐ-UBND DOCUMENT_DECISION"},
		{"Năm 2021, thực hiện Quyết định số 1903/QĐ- Ủy ban tỉnh đã ban hành.",
			"1903/QĐ DOCUMENT_DECISION"},
	})
}

// Round 14: a short date of a story with no year takes the year of an
// award decision dated a month or less before it; a date beside a clock time
// after "|" is the page's time stamp, no date of the story.
func TestRound14Dates(t *testing.T) {
	checkDates(t, []dateCase{
		{"an award decision's date a few days before",
			"Sáng ngày 22/3, Tỉnh đoàn trao Kỷ niệm chương. Theo Quyết định số 1364-QĐKT/TWĐTN-VP ngày 17/3/2025, Ban Thường vụ Trung ương Đoàn đã quyết định tặng Kỷ niệm chương cho 63 đồng chí.",
			"2025-03-22,2025-03-17"},
		{"an award decision's date long before gives no year",
			"Ngày 22/9, Tỉnh đoàn trao Kỷ niệm chương. Theo Quyết định số 1364-QĐKT/TWĐTN-VP ngày 17/3/2025, Ban Thường vụ Trung ương Đoàn đã quyết định tặng Kỷ niệm chương cho 63 đồng chí.",
			"2026-09-22,2025-03-17"},
		{"a time stamp in parentheses",
			"(09:05 | 17/08/2021)\nNgày 25/8/2021, UBND tỉnh ban hành Quyết định số 2005/QĐ-UBND.",
			"2021-08-25"},
		{"a time stamp after the date",
			"Th 6, 05/02/2021 | 09:29 SA\nNgày 4/2/2021, UBND tỉnh họp.",
			"2021-02-04"},
	})
}

// Round 14: an award named by a number in quotes after its kind keeps
// the quotes ("Giải thưởng “15 tháng 10”"); an award told as "là giải
// thưởng … của B" is B's.
func TestRound14Prizes(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 11/10/2025, tỉnh trao Giải thưởng “15 tháng 10” cho 69 cán bộ hội. Giải thưởng “15 tháng 10” là giải thưởng cao quý của Trung ương Đoàn.",
			"Giải thưởng “15 tháng 10” của Trung ương Đoàn: 69 cán bộ"},
		// "là" before another kind gives no issuer.
		{"Ngày 11/10/2025, tỉnh trao Giải thưởng “15 tháng 10” cho 69 cán bộ hội. Giải thưởng “15 tháng 10” là phần thưởng của Trung ương Đoàn.",
			"Giải thưởng “15 tháng 10”: 69 cán bộ"},
	})
}

// Round 14: the youth union's recipients: "điển hình" and "gương" count
// people; "trong số đó" after a praised count ("3 điển hình xuất sắc
// trong số đó được nhận …"); "anh", "chị" introduce a name after "là";
// the names listed after the first, parted by semicolons or "và".
func TestRound14Youth(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 11/10/2025, 3 điển hình xuất sắc trong số đó được nhận bằng khen của Trung ương Đoàn là anh Lê Minh Quân, Bí thư Chi đoàn Trường THCS Mỹ Phước (TX.Bến Cát); anh Lê Quốc Anh, Bí thư Đoàn trường THPT Huỳnh Văn Nghệ và chị Lê Thị Ngọc Giàu, Bí thư Đoàn phường Bình Hoà.",
			"Bằng khen của Trung ương Đoàn: 3 điển hình, le minh quan, le quoc anh, le thi ngoc giau"},
		{"Ngày 11/10/2025, Ban Thường vụ Tỉnh đoàn Bình Dương tặng Bằng khen cho 5 gương thanh niên tiêu biểu.",
			"Bằng khen của Ban Thường vụ Tỉnh đoàn Bình Dương: 5 gương"},
		// A count that does not receive it gives none.
		{"Ngày 11/10/2025, 3 điển hình xuất sắc trong số đó phát biểu tại lễ trao bằng khen của Trung ương Đoàn.",
			"Bằng khen của Trung ương Đoàn: "},
	})
}

// Round 14: a medal's name runs over a dash between two places and stops
// at "đợt" (its batch) and "nhằm" (its purpose).
func TestRound14MedalNames(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 29/9/2017, Hội tổ chức trao Kỷ niệm chương Thanh niên xung phong Lâm Đồng - Sông Bé đợt I - năm 2017 tại Bảo Lộc.",
			"Kỷ niệm chương Thanh niên xung phong Lâm Đồng - Sông Bé: "},
		{"Ngày 29/9/2017, việc trao Kỷ niệm chương Thanh niên xung phong nhằm tri ân các cựu thanh niên xung phong.",
			"Kỷ niệm chương Thanh niên xung phong: "},
	})
}

// Round 14: a commemorative medal's kind alone, with no one on it, in a
// story that names the medal is no award of its own.
func TestRound14BareMedal(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 29/9/2017, Trung ương Đoàn tặng Kỷ niệm chương Thanh niên xung phong cho 100 đồng chí.\nCác cựu thanh niên xung phong nhận Kỷ niệm chương",
			"Kỷ niệm chương Thanh niên xung phong của Trung ương Đoàn: 100 đồng chí"},
		// Alone in its story it stays.
		{"Ngày 29/9/2017, các cựu thanh niên xung phong nhận Kỷ niệm chương.",
			"Kỷ niệm chương: "},
	})
}
