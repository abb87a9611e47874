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
		{"Ngày 3-2-2020, Đảng ủy xã Tân Lập trao Huy hiệu Đảng cho 12 đảng viên, trong đó: 70 năm tuổi Đảng: 2 đồng chí; 60 năm tuổi Đảng: 10 đồng chí.",
			"Huy hiệu 70 năm tuổi Đảng của Đảng ủy xã Tân Lập: 2 đồng chí; Huy hiệu 60 năm tuổi Đảng của Đảng ủy xã Tân Lập: 10 đồng chí"},
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
