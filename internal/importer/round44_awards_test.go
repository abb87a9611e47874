package importer

import "testing"

// Round 44: a giver ties the awards of its own sentence, a colon-led list
// of them included: the tiers listed after "gồm:" in the sentence of "Y
// quyết định tặng …" are Y's (lines of our own). Tiers listed in the next
// sentence ("… Cụ thể: …") have none, and a colon with no giving before it
// ties nothing.
func TestColonListGiverRound44(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3-2-2020, Ban Thường vụ Huyện ủy Tân Lập quyết định tặng 40 Huy hiệu Đảng cho các đồng chí 50 năm và 30 năm tuổi Đảng, gồm: 15 đồng chí 50 năm tuổi Đảng và 25 đồng chí 30 năm tuổi Đảng.",
			"Huy hiệu 50 năm tuổi Đảng của Ban Thường vụ Huyện ủy Tân Lập: 15 đồng chí; Huy hiệu 30 năm tuổi Đảng của Ban Thường vụ Huyện ủy Tân Lập: 25 đồng chí"},
		// The items parted by ";" are still the sentence's list.
		{"Ngày 3-2-2020, Đảng ủy xã Tân Lập trao tặng Huy hiệu Đảng cho 12 đảng viên, trong đó: 70 năm tuổi Đảng: 2 đồng chí; 60 năm tuổi Đảng: 10 đồng chí.",
			"Huy hiệu 70 năm tuổi Đảng của Đảng ủy xã Tân Lập: 2 đồng chí; Huy hiệu 60 năm tuổi Đảng của Đảng ủy xã Tân Lập: 10 đồng chí"},
		// An item that is a clause of its own, with its own verb.
		{"Ngày 3-2-2020, Đảng ủy xã Tân Lập trao Huy hiệu Đảng cho 12 đảng viên: 2 đảng viên nhận Huy hiệu 70 năm tuổi Đảng.",
			"Huy hiệu 70 năm tuổi Đảng: 2 đảng viên"},
		// The list in the next sentence: no tie.
		{"Ngày 3-2-2020, Ban Thường vụ Huyện ủy Tân Lập quyết định tặng Huy hiệu Đảng cho 40 đảng viên. Cụ thể: 15 đồng chí 50 năm tuổi Đảng và 25 đồng chí 30 năm tuổi Đảng.",
			"Huy hiệu 50 năm tuổi Đảng: 15 đồng chí; Huy hiệu 30 năm tuổi Đảng: 25 đồng chí"},
	})
}

// Round 44: a running total marks nothing and ties nothing: the President
// named in "Tính đến nay, toàn huyện có N Mẹ đã được Chủ tịch nước phong
// tặng …" is no issuer of the story's conferral, and a count "Từ năm Y
// đến nay" is no count of it (lines of our own). A tie in the story's own
// sentences still gives the President.
func TestRunningTotalTiesNothingRound44(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 17-7-2020, huyện Tân Lập có 4 Mẹ được truy tặng danh hiệu vinh dự Nhà nước Bà Mẹ Việt Nam anh hùng. Từ năm 2013 đến nay, huyện đã tổ chức 9 lần lễ truy tặng danh hiệu Bà Mẹ Việt Nam anh hùng cho 300 Mẹ. Tính đến nay, toàn huyện có 412 Mẹ đã được Chủ tịch nước phong tặng, truy tặng danh hiệu Bà Mẹ Việt Nam anh hùng.",
			"Danh hiệu Bà Mẹ Việt Nam anh hùng: 4 Mẹ"},
		// The tie in a sentence of the conferral stands.
		{"Ngày 17-7-2020, huyện Tân Lập có 4 Mẹ được Chủ tịch nước truy tặng danh hiệu vinh dự Nhà nước Bà Mẹ Việt Nam anh hùng. Tính đến nay, toàn huyện có 412 Mẹ đã được phong tặng, truy tặng danh hiệu Bà Mẹ Việt Nam anh hùng.",
			"Danh hiệu Bà Mẹ Việt Nam anh hùng của Chủ tịch nước: 4 Mẹ"},
	})
}

// Round 44: a record of honours received before marks no award: an award
// dated to a year before the event's, in a clause that says it was
// received ("đã được trao tặng A năm 1998, B năm 2010"), is dropped (lines
// of our own). The story's own conferral, a prize's edition year and an
// award of the event's year stay.
func TestPastHonourRound44(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 10/11/2015, Trường THCS Tân Lập đón nhận Huân chương Lao động hạng Ba. Trước đó, nhà trường đã được trao tặng Bằng khen của Thủ tướng Chính phủ năm 2005, Cờ thi đua của UBND tỉnh năm 2011.",
			"Huân chương Lao động hạng Ba: Trường THCS Tân Lập"},
		// An edition's year: the prize is given now.
		{"Ngày 10/11/2015, nhà báo Lê Văn Tám đã được trao Giải Báo chí Tân Lập năm 2014.",
			"Giải Báo chí Tân Lập năm 2014: le van tam"},
		// No "đã": a conferral dated, not a record.
		{"Ngày 10/11/2015, Trường THCS Tân Lập nhận Cờ thi đua của UBND tỉnh năm 2014.",
			"Cờ thi đua của UBND tỉnh: Trường THCS Tân Lập"},
	})
}

// Round 44: page furniture is no date of the story: a weekday and its
// date in words alone on a line at the top (a site header's day the page
// was read), and a print view's stamp "Ngày đưa: … In bài" (lines of our
// own). A date in words in a sentence is the story's.
func TestPageClocksRound44(t *testing.T) {
	checkDates(t, []dateCase{
		{"a header's day in words",
			"Thời sự\nThứ tư, ngày 3 tháng 7 năm 2024\nTân Lập giãn cách xã hội\n\nTừ 0 giờ ngày 27/6/2021, tỉnh Tân Lập giãn cách xã hội.",
			"2021-06-27"},
		{"a print view's stamp",
			"Tân Lập trao tặng danh hiệu\nNgày đưa:  21/07/2020 11:01:17 AM In bài\n\nChiều ngày 17/7/2020, UBND huyện Tân Lập tổ chức lễ.",
			"2020-07-17"},
		{"a date in words in a sentence",
			"Tân Lập giãn cách xã hội\n\nThứ tư, ngày 3 tháng 7 năm 2024, tỉnh Tân Lập giãn cách xã hội.",
			"2024-07-03"},
	})
}
