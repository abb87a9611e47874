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
