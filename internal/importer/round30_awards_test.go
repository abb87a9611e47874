package importer

import "testing"

// Round 30: Party badges by tier. The round of the conferral in
// parentheses between the tiers and "cho" ("… tuổi Đảng (đợt 3-2-2023) cho
// 9 đồng chí"); tiers written after their count and before the badge
// ("có 120 đảng viên 70 năm và 75 năm tuổi Đảng … nhận huy hiệu Đảng");
// bare tiers whose last is "N tuổi Đảng" ("huy hiệu 55, 50 tuổi đảng").
// A count shared by tiers is recorded on the first (lines of our own).
func TestBadgeTiersRound30(t *testing.T) {
	checkAwards(t, []textCase{
		{"Dịp này, tỉnh Bình Định trao huy hiệu 70 năm, 60 năm và 40 năm tuổi Đảng (đợt 3-2-2023) cho 9 đồng chí.",
			"Huy hiệu 70 năm tuổi Đảng: 9 đồng chí; Huy hiệu 60 năm tuổi Đảng: ; Huy hiệu 40 năm tuổi Đảng: "},
		// Not a round: the parentheses hold no "đợt".
		{"Dịp này, tỉnh Bình Định trao huy hiệu 70 năm tuổi Đảng (Hưng Hà) cho 9 đồng chí.",
			"Huy hiệu 70 năm tuổi Đảng: "},
		{"Toàn huyện có 120 đảng viên 70 năm và 75 năm tuổi Đảng vinh dự được nhận huy hiệu Đảng.",
			"Huy hiệu 70 năm tuổi Đảng: 120 đảng viên; Huy hiệu 75 năm tuổi Đảng: "},
		// No badge after the tiers: members counted by their years only.
		{"Toàn huyện có 120 đảng viên 70 năm và 75 năm tuổi Đảng đang sinh hoạt tại chi bộ.",
			""},
		{"Năm nay, 7 đảng viên nhận huy hiệu 55, 50 tuổi đảng và 4 đảng viên nhận huy hiệu 45 và 30 năm tuổi Đảng.",
			"Huy hiệu 55 năm tuổi Đảng: 7 đảng viên; Huy hiệu 50 năm tuổi Đảng: ; Huy hiệu 45 năm tuổi Đảng: 4 đảng viên; Huy hiệu 30 năm tuổi Đảng: "},
	})
}

// Round 30: titles in quotes given together ("danh hiệu “A”, “B” lần thứ
// 2 năm 2022 cho 11 cá nhân"): the other titles and the round are passed
// over to those given them, and the shared count is recorded on the first
// title; where the story gives one of the titles a count of its own, the
// shared count is their total and is dropped (lines of our own).
func TestSharedTitlesRound30(t *testing.T) {
	checkAwards(t, []textCase{
		{"Dịp này, UBND tỉnh trao danh hiệu “Công dân Bình Định tiêu biểu”, “Công dân Bình Định danh dự” lần thứ 2 năm 2022 cho 11 cá nhân.",
			"Danh hiệu Công dân Bình Định tiêu biểu: 11 cá nhân"},
		{"Dịp này, UBND tỉnh trao danh hiệu “Công dân Bình Định tiêu biểu” lần II cho 11 cá nhân.",
			"Danh hiệu Công dân Bình Định tiêu biểu: 11 cá nhân"},
		{"Dịp này, UBND tỉnh trao danh hiệu “Công dân Bình Định tiêu biểu” và “Công dân Bình Định danh dự” cho 11 cá nhân.",
			"Danh hiệu Công dân Bình Định tiêu biểu: 11 cá nhân"},
		// One title with a count of its own: the shared count is a total.
		{"Dịp này, UBND tỉnh trao danh hiệu “Công dân Bình Định tiêu biểu” và “Công dân Bình Định danh dự” cho 11 cá nhân. Huyện A có 02 người được trao danh hiệu “Công dân Bình Định tiêu biểu”.",
			"Danh hiệu Công dân Bình Định tiêu biểu: 02 người"},
	})
}

// Round 30: Party badges of a tier counted by the badge, in a list after
// the members given them ("… đảng viên …; trong đó có 3 Huy hiệu 75 năm
// tuổi Đảng, 4 Huy hiệu 70 năm tuổi Đảng"): as many members as badges.
// Without members named before, or a number that is no list's item, no
// count (lines of our own).
func TestBadgesCountedRound30(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tỉnh Long An có 320 đảng viên được trao tặng Huy hiệu Đảng; trong đó có 3 Huy hiệu 75 năm tuổi Đảng, 4 Huy hiệu 70 năm tuổi Đảng.",
			"Huy hiệu 75 năm tuổi Đảng: 3; Huy hiệu 70 năm tuổi Đảng: 4"},
		{"Tỉnh Long An trao Huy hiệu Đảng; trong đó có 3 Huy hiệu 75 năm tuổi Đảng.",
			"Huy hiệu 75 năm tuổi Đảng: "},
		{"Năm 2020, 5 Huy hiệu 70 năm tuổi Đảng được trao cho đảng viên.",
			"Huy hiệu 70 năm tuổi Đảng: "},
	})
}

// Round 30: the place a recipient lives in, "ở" and a unit, between the
// name and the verb ("đảng viên A ở xã B được trao huy hiệu …"): the one
// named before it receives; a place of no unit is not passed over (lines
// of our own).
func TestPlaceOfPersonRound30(t *testing.T) {
	checkAwards(t, []textCase{
		{"Dịp này, đảng viên Trần Văn Bình ở xã Mai Phụ được trao huy hiệu 55 năm tuổi Đảng.",
			"Huy hiệu 55 năm tuổi Đảng: tran van binh"},
		{"Dịp này, ông Trần Văn Bình ở thị trấn Lộc Hà được trao Huy hiệu 60 năm tuổi Đảng.",
			"Huy hiệu 60 năm tuổi Đảng: tran van binh"},
		{"Dịp này, ông Trần Văn Bình ở Mai Phụ được trao Huy hiệu 60 năm tuổi Đảng.",
			"Huy hiệu 60 năm tuổi Đảng: "},
	})
}

// Round 30: a member described by the tier in apposition ("đồng chí A,
// đảng viên 55 năm tuổi Đảng, …") in a sentence that tells of the Party
// badges is the holder of that tier's badge; without the badge in the
// sentence, the years describe and give nothing (lines of our own).
func TestApposedTierRound30(t *testing.T) {
	checkAwards(t, []textCase{
		{"Thay mặt các đảng viên được nhận Huy hiệu Đảng, đồng chí Trần Thị Hoa, đảng viên 55 năm tuổi Đảng, bày tỏ niềm xúc động.",
			"Huy hiệu 55 năm tuổi Đảng: tran thi hoa"},
		{"Tại lễ trao Huy hiệu Đảng, ông Lê Văn Tám, đảng viên 60 năm tuổi Đảng, phát biểu.",
			"Huy hiệu 60 năm tuổi Đảng: le van tam"},
		{"Đồng chí Trần Thị Hoa, đảng viên 55 năm tuổi Đảng, phát biểu tại hội nghị.", ""},
	})
}

// Round 30: a commemorative medal told short with its issuer ("… được Hội
// Nông dân Việt Nam trao tặng Kỷ niệm chương") is the one medal the story
// names in full, of that issuer; a count told without an issuer (a
// headline) goes to the issuer's award that counts the same; with two
// medals named in full the short one stays (lines of our own).
func TestShortMedalRound30(t *testing.T) {
	checkAwards(t, []textCase{
		{"Hội Nông dân tỉnh trao Kỷ niệm chương “Vì giai cấp nông dân Việt Nam” cho 12 hội viên. Năm 2024, tỉnh có 40 hội viên được Hội Nông dân Việt Nam trao tặng Kỷ niệm chương.",
			"Kỷ niệm chương Vì giai cấp nông dân Việt Nam: 12 hội viên; Kỷ niệm chương Vì giai cấp nông dân Việt Nam của Hội Nông dân Việt Nam: 40 hội viên"},
		{"Tỉnh A: 40 hội viên được trao tặng Kỷ niệm chương “Vì giai cấp nông dân Việt Nam”. Hội Nông dân tỉnh trao Kỷ niệm chương “Vì giai cấp nông dân Việt Nam” cho 12 hội viên. Năm 2024, tỉnh có 40 hội viên được Hội Nông dân Việt Nam trao tặng Kỷ niệm chương.",
			"Kỷ niệm chương Vì giai cấp nông dân Việt Nam của Hội Nông dân Việt Nam: 40 hội viên, 12 hội viên"},
		{"Hội Nông dân tỉnh trao Kỷ niệm chương “Vì giai cấp nông dân Việt Nam” cho 12 hội viên và Kỷ niệm chương “Vì thế hệ trẻ” cho 3 hội viên. Năm 2024, tỉnh có 40 hội viên được Hội Nông dân Việt Nam trao tặng Kỷ niệm chương.",
			"Kỷ niệm chương Vì giai cấp nông dân Việt Nam: 12 hội viên; Kỷ niệm chương Vì thế hệ trẻ: 3 hội viên; Kỷ niệm chương của Hội Nông dân Việt Nam: 40 hội viên"},
	})
}

// Round 30: a sentence that opens with a period under review ("6 tháng
// đầu năm 2023, …") tells the period's record of honours, not the
// story's conferral: its counts and the awards named only there are not
// read; a sentence without that opening is (lines of our own).
func TestPeriodReviewRound30(t *testing.T) {
	checkAwards(t, []textCase{
		{"6 tháng đầu năm 2023, các xã trong huyện được tặng bằng khen của Chủ tịch UBND tỉnh cho 4 tập thể.", ""},
		{"Trong 9 tháng năm 2024, các xã trong huyện được tặng bằng khen của Chủ tịch UBND tỉnh cho 4 tập thể.", ""},
		{"Ngày 9/8/2023, các xã trong huyện được tặng bằng khen của Chủ tịch UBND tỉnh cho 4 tập thể.",
			"Bằng khen của Chủ tịch UBND tỉnh: 4 tập thể"},
	})
}
