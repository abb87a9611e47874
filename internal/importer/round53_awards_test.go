package importer

import "testing"

// Round 53: a count of persons followed right away by their names, with
// no word between ("truy tặng danh hiệu “Nghệ nhân nhân dân” cho 2 nghệ
// nhân A và B"), gives the count and each one named (lines of our own).
// Not read: a count of bodies before a name, or words that no rule reads
// as a person.
func TestCountThenNamesRound53(t *testing.T) {
	checkAwards(t, []textCase{
		{"Truy tặng danh hiệu Nhà nước “Nghệ nhân nhân dân” cho 2 nghệ nhân Nguyễn Phú Đẹ và Phạm Văn Hiển.",
			"Danh hiệu Nghệ nhân nhân dân: 2 nghệ nhân, nguyen phu de, pham van hien"},
		{"UBND tỉnh Tân Lập tặng Bằng khen cho 2 đảng viên Nguyễn Văn Tâm và Đinh Thị Hoa.",
			"Bằng khen của UBND tỉnh Tân Lập: 2 đảng viên, nguyen van tam, dinh thi hoa"},
		{"UBND tỉnh Tân Lập tặng Bằng khen cho 2 tập thể Trường THCS Tân Lập và Trường THCS Tân Hòa.",
			"Bằng khen của UBND tỉnh Tân Lập: 2 tập thể"},
		{"UBND tỉnh Tân Lập tặng Bằng khen cho 2 cá nhân Xuất sắc trong năm.",
			"Bằng khen của UBND tỉnh Tân Lập: 2 cá nhân"},
	})
}

// Round 53: a title's certificate handed over with it and the round
// ("và Bằng chứng nhận", "đợt này", "lần này") may come between the
// title and "gồm:", which still lists those given it (lines of our own).
// Not read: other words there (the count alone stays).
func TestTitleAsideRound53(t *testing.T) {
	checkAwards(t, []textCase{
		{"5 nghệ nhân được trao tặng danh hiệu “Nghệ nhân ưu tú” và Bằng chứng nhận đợt này gồm: Vũ Văn Doãn, Phạm Văn Tòng.",
			"Danh hiệu Nghệ nhân ưu tú: 5 nghệ nhân, vu van doan, pham van tong"},
		{"5 nghệ nhân được trao tặng danh hiệu “Nghệ nhân ưu tú” lần này gồm: Vũ Văn Doãn, Phạm Văn Tòng.",
			"Danh hiệu Nghệ nhân ưu tú: 5 nghệ nhân, vu van doan, pham van tong"},
		{"5 nghệ nhân được trao tặng danh hiệu “Nghệ nhân ưu tú” và tiền thưởng gồm: Vũ Văn Doãn, Phạm Văn Tòng.",
			"Danh hiệu Nghệ nhân ưu tú: 5 nghệ nhân"},
	})
}

// Round 53: a day and month that name a round ("Huy hiệu Đảng đợt 2/9",
// "dịp 19/5") may lie ahead of the clock: a page tells of the round handed
// over before its day, so up to two months ahead it is the clock's year
// (lines of our own; the clock is 28 November 2026). Not read: a date with
// no round before it, or one further ahead (last year's, as before).
func TestRoundAheadRound53(t *testing.T) {
	checkDates(t, []dateCase{
		{"a round ahead",
			"Ngày 27/11, Đảng ủy xã Tân Lập tổ chức trao tặng Huy hiệu Đảng đợt 22/12 cho 11 đảng viên.",
			"2026-11-27,2026-12-22"},
		{"no round",
			"Ngày 22/12, Đảng ủy xã Tân Lập tổ chức trao tặng Huy hiệu Đảng cho 11 đảng viên.",
			"2025-12-22"},
		{"further ahead",
			"Ngày 27/11, Đảng ủy xã Tân Lập tổ chức trao tặng Huy hiệu Đảng đợt 3/2 cho 11 đảng viên.",
			"2026-11-27,2026-02-03"},
	})
}

// Round 53: the year the text names most may be a plan's, past the clock
// ("thông qua Nghị quyết về nhiệm vụ … năm 2027" in a story of November
// 2026): a short date more than a month past the clock then takes the
// year before, if that is not past the clock too (lines of our own; the
// clock is 28 November 2026).
func TestPlannedYearPastClockRound53(t *testing.T) {
	checkDates(t, []dateCase{
		{"a plan's year",
			"Sáng 20-11, kỳ họp thứ 12 HĐND tỉnh Tân Lập khai mạc, nghe báo cáo kinh tế - xã hội năm 2026 và thông qua Nghị quyết về nhiệm vụ năm 2027.",
			"2026-11-20"},
		{"the story's year",
			"Sáng 20-11, kỳ họp thứ 12 HĐND tỉnh Tân Lập khai mạc, nghe báo cáo kinh tế - xã hội năm 2026.",
			"2026-11-20"},
		{"the year before past the clock too",
			"Sáng 20-12, kỳ họp thứ 12 HĐND tỉnh Tân Lập khai mạc, nghe báo cáo kinh tế - xã hội năm 2026 và thông qua Nghị quyết về nhiệm vụ năm 2027.",
			"2027-12-20"},
	})
}

// Round 53: a term's first conference or session whose sentence names
// the term by its numeral only ("… khóa XX đã báo cáo kết quả Hội nghị
// lần thứ nhất") is held in the term's first year when the story writes
// that term with its years elsewhere ("khóa XX, nhiệm kỳ 2020-2025"),
// whatever year a résumé names most (lines of our own). Not read: a
// later conference, or a term the story gives no years.
func TestFirstConferenceOfTermRound53(t *testing.T) {
	checkDates(t, []dateCase{
		{"first conference",
			"Ông Nguyễn Văn An được bầu làm Bí thư Tỉnh ủy Tân Lập khóa XX, nhiệm kỳ 2020-2025.\n\nSáng 16/10, Ban Chấp hành Đảng bộ tỉnh Tân Lập khóa XX đã báo cáo kết quả Hội nghị lần thứ nhất.\n\nTừ tháng 11/2014, tháng 3/2015 đến tháng 6/2015, ông là Phó Chủ tịch UBND tỉnh.",
			"2020-10-16"},
		{"a later conference",
			"Ông Nguyễn Văn An được bầu làm Bí thư Tỉnh ủy Tân Lập khóa XX, nhiệm kỳ 2020-2025.\n\nSáng 16/10, Ban Chấp hành Đảng bộ tỉnh Tân Lập khóa XX đã báo cáo kết quả Hội nghị lần thứ hai.\n\nTừ tháng 11/2014, tháng 3/2015 đến tháng 6/2015, ông là Phó Chủ tịch UBND tỉnh.",
			"2015-10-16"},
		{"no years of the term",
			"Sáng 16/10, Ban Chấp hành Đảng bộ tỉnh Tân Lập khóa XX đã báo cáo kết quả Hội nghị lần thứ nhất.\n\nTừ tháng 11/2014, tháng 3/2015 đến tháng 6/2015, ông là Phó Chủ tịch UBND tỉnh.",
			"2015-10-16"},
	})
}

// Round 53: the tiers of a badge after "trong đó (có)", each received
// ("1 đảng viên nhận Huy hiệu 75 năm tuổi Đảng"), take the giver of the
// clause that gives the badge to the total, as the tiers "được trao tặng"
// do (round 39; lines of our own). Not read: a tier with no count before
// "nhận", or no "trong đó" between.
func TestTierReceivedGiverRound53(t *testing.T) {
	checkAwards(t, []textCase{
		{"Dịp này, Ban Thường vụ Huyện ủy tặng Huy hiệu Đảng đối với 440 đảng viên, trong đó có 1 đảng viên nhận Huy hiệu 75 năm tuổi Đảng, 4 đảng viên nhận Huy hiệu 70 năm tuổi Đảng.",
			"Huy hiệu 75 năm tuổi Đảng của Ban Thường vụ Huyện ủy: 1 đảng viên; Huy hiệu 70 năm tuổi Đảng của Ban Thường vụ Huyện ủy: 4 đảng viên"},
		{"Dịp này, Ban Thường vụ Huyện ủy tặng Huy hiệu Đảng cho 440 đảng viên, trong đó có 1 đảng viên được nhận Huy hiệu 75 năm tuổi Đảng.",
			"Huy hiệu 75 năm tuổi Đảng của Ban Thường vụ Huyện ủy: 1 đảng viên"},
		{"Dịp này, Ban Thường vụ Huyện ủy tặng Huy hiệu Đảng cho 440 đảng viên. Ông Nguyễn Văn An nhận Huy hiệu 75 năm tuổi Đảng.",
			"Huy hiệu 75 năm tuổi Đảng: nguyen van an"}, // the total is dropped as a badge's, as before
	})
}

// Round 53: the first of a body's secretaries ("Bí thư thứ nhất Trung
// ương Đoàn TNCS Hồ Chí Minh") who signs a decision that confers an award
// is its issuer, an office as "Chủ tịch UBND tỉnh" is, not the body
// (lines of our own). Not read: one who only hands it over ("trao"), or a
// deputy ("Phó Chủ tịch thứ nhất …").
func TestFirstSecretaryOfficeRound53(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 4/3, Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh cũng đã ký quyết định truy tặng Huy hiệu Tuổi trẻ dũng cảm cho đồng chí Nguyễn Ngọc Minh Nhật.",
			"Huy hiệu Tuổi trẻ dũng cảm của Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh: nguyen ngoc minh nhat"},
		{"Ngày 4/3, Bí thư thứ nhất Trung ương Đoàn đã trao Huy hiệu Tuổi trẻ dũng cảm cho đồng chí Nguyễn Ngọc Minh Nhật.",
			"Huy hiệu Tuổi trẻ dũng cảm: nguyen ngoc minh nhat"},
		{"Phó Chủ tịch thứ nhất Hội đồng Thi đua khen thưởng Trung ương đã trao tặng Huân chương Lao động hạng Nhất cho 3 cá nhân.",
			"Huân chương Lao động hạng Nhất: 3 cá nhân"},
	})
}

// Round 53: a child is introduced by "em" as the young are by "anh",
// "chị" (round 49): "truy tặng Bằng khen … cho em A" gives the award to A
// (lines of our own). Not read: "em" before a word in lower case.
func TestChildIntroRound53(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 10/2, Thủ tướng Nguyễn Xuân Phúc đã có quyết định truy tặng Bằng khen của Thủ tướng Chính phủ cho em Hoàng Đức Hải ở xã Tân Lập, ghi nhận hành động dũng cảm cứu người.",
			"Bằng khen của Thủ tướng Chính phủ: hoang duc hai"},
		{"Ngày 10/2, UBND tỉnh Tân Lập tặng Bằng khen cho em học sinh giỏi.",
			"Bằng khen của UBND tỉnh Tân Lập: "},
	})
}

// Round 53: a count written in words that opens its clause and is
// described at length before the verb ("Năm nghệ nhân thuộc loại hình
// nghệ thuật trình diễn múa rối nước được trao tặng …") is read as one in
// figures is (round 41's describedCountBefore; lines of our own). Not
// read: a word that is no number ("Những nghệ nhân …").
func TestDescribedCountInWordsRound53(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm nghệ nhân thuộc loại hình nghệ thuật trình diễn múa rối nước được trao tặng danh hiệu “Nghệ nhân ưu tú” gồm: Vũ Văn Doãn, Phạm Văn Tòng.",
			"Danh hiệu Nghệ nhân ưu tú: Năm nghệ nhân, vu van doan, pham van tong"},
		{"Những nghệ nhân thuộc loại hình nghệ thuật trình diễn múa rối nước được trao tặng danh hiệu “Nghệ nhân ưu tú” gồm: Vũ Văn Doãn, Phạm Văn Tòng.",
			"Danh hiệu Nghệ nhân ưu tú: vu van doan, pham van tong"},
	})
}
