package importer

import "testing"

// Round 12: recipients counted in "người", several bodies before their
// verb, the one counted before an award named after it, in sentences of
// our own. Each case failed before its rule.
func TestRecipientsRound12(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"people counted in người before their verb",
			"Năm 2023, trong số đó, 12 người được trao tặng Huy hiệu 40 năm tuổi Đảng và 3 người được trao tặng Huy hiệu 50 năm tuổi Đảng.",
			[]string{"Huy hiệu 40 năm tuổi Đảng 2023 ← 12 cá nhân", "Huy hiệu 50 năm tuổi Đảng 2023 ← 3 cá nhân"}},
		{"người before another noun counts no recipient",
			"Năm 2023, 3 người con của bà được trao tặng Huy hiệu 40 năm tuổi Đảng.",
			nil},
		{"two bodies before được trao",
			"Năm 2024, Sở Nội vụ tỉnh Lâm Đồng và Sở Y tế tỉnh Lâm Đồng được trao Huân chương Lao động hạng Nhì.",
			[]string{"Huân chương Lao động hạng Nhì 2024 ← Sở Nội vụ Lâm Đồng", "Huân chương Lao động hạng Nhì 2024 ← Sở Y tế Lâm Đồng"}},
		{"the one counted is named after the award",
			"Năm 2024, có 1 đảng viên nhận Huy hiệu 60 năm tuổi Đảng là đồng chí Trần Văn Bình (sinh năm 1940).",
			[]string{"Huy hiệu 60 năm tuổi Đảng 2024 ← 1 cá nhân", "Huy hiệu 60 năm tuổi Đảng 2024 ← Trần Văn Bình"}},
	})
}

// Round 12: a paragraph that gives someone's age and home town tells a
// life, so its years are not the story's (text of our own); it failed
// before the rule.
func TestStoryYearRound12(t *testing.T) {
	text := "Chiều 8/12, HĐND tỉnh bầu Phó Chủ tịch UBND tỉnh.\n\nBà Lê Thị Hoa 45 tuổi, quê huyện Tiểu Cần, tỉnh Trà Vinh. Kể từ năm 1995, bà là nữ giám đốc đầu tiên của sở.\n"
	if got := Extract(text, now).Year; got == 1995 {
		t.Errorf("year %d, the year of her life", got)
	}
}
