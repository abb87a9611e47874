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
