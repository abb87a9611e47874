package importer

import "testing"

// Round 39: "… do Y vừa phong tặng" (or "đã", "mới", "cũng" before the
// verb, "phong tặng" beside "trao tặng"): the one named after "do" gives
// the award named before it (lines of our own). "do" before no verb of
// giving ties no issuer.
func TestGivenByAdverbRound39(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 5/3, xã An Phú tổ chức lễ đón nhận Huân chương Lao động hạng Ba do Chủ tịch nước vừa phong tặng.",
			"Huân chương Lao động hạng Ba của Chủ tịch nước: "},
		{"Trường tổ chức lễ đón nhận Cờ thi đua do Thủ tướng Chính phủ đã trao tặng.",
			"Cờ thi đua của Thủ tướng Chính phủ: "},
		// "do" and an office, then no verb of giving: no issuer.
		{"Xã đón nhận Huân chương Lao động hạng Ba do Chủ tịch nước vừa ký quyết định công nhận xã nông thôn mới.",
			"Huân chương Lao động hạng Ba: "},
	})
}

// Round 39: a unit written bare as the giver ("Thành phố quyết định tặng
// Bằng khen …", "được tỉnh tặng Bằng khen") is the one province or city
// of the centre the story names with that unit (lines of our own). Two
// provinces named, or none, give no issuer; a bare unit after another
// word is no giver.
func TestBareUnitGiverRound39(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 3/8, UBND thành phố Hà Nội tổng kết phong trào thi đua. Thành phố quyết định tặng Bằng khen cho 12 tập thể và 30 cá nhân.",
			"Bằng khen của thành phố Hà Nội: 12 tập thể và 30 cá nhân"},
		{"Hội nghị tổng kết công tác thi đua của tỉnh Bình Phước. Năm nay, 5 tập thể được tỉnh tặng Bằng khen.",
			"Bằng khen của tỉnh Bình Phước: "},
		// Two provinces named: no issuer from the bare unit.
		{"Đoàn công tác tỉnh Bình Phước thăm tỉnh Tây Ninh. Tỉnh quyết định tặng Bằng khen cho 4 tập thể.",
			"Bằng khen: 4 tập thể"},
		// No province named: no issuer.
		{"Thành phố quyết định tặng Bằng khen cho 12 tập thể.",
			"Bằng khen: 12 tập thể"},
	})
}

// Round 39: a deputy named right after their office ("Phó Chủ tịch UBND
// tỉnh A Trần Văn B tặng Bằng khen") hands over what the head confers: no
// issuer (lines of our own). The head so named still gives.
func TestNamedDeputyPresentsRound39(t *testing.T) {
	checkAwards(t, []textCase{
		{"Phó Chủ tịch UBND tỉnh Sóc Trăng Lê Văn Hiếu tặng Bằng khen cho 5 tập thể.",
			"Bằng khen: 5 tập thể"},
		{"Phó chủ tịch UBND huyện Kbang Nguyễn Văn Dũng tặng Bằng khen cho 3 cá nhân.",
			"Bằng khen: 3 cá nhân"},
		// The head named after the office gives.
		{"Chủ tịch UBND huyện Kbang Nguyễn Văn Dũng tặng giấy khen cho 3 cá nhân.",
			"Giấy khen của Chủ tịch UBND huyện Kbang: 3 cá nhân"},
	})
}

// Round 39: an award whose State office is written once bare and once
// with Vietnam's formal name after it is one award, its issuer bare (lines
// of our own). The formal name alone is the bare office too (round 40:
// "Chủ tịch nước" however written).
func TestStateStyleMergedRound39(t *testing.T) {
	checkAwards(t, []textCase{
		{"Thừa ủy quyền Chủ tịch nước, Thiếu tướng Lê Văn Hòa trao tặng Huân chương Chiến công hạng Ba cho Bộ Chỉ huy Quân sự tỉnh Sóc Trăng. Tại buổi lễ, Ban tổ chức công bố quyết định của Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam tặng thưởng Huân chương Chiến công hạng Ba cho Bộ Chỉ huy Quân sự tỉnh Sóc Trăng.",
			"Huân chương Chiến công hạng Ba của Chủ tịch nước: Bộ Chỉ huy Quân sự Sóc Trăng"},
		// The formal name alone: the bare office (round 40).
		{"Ban tổ chức công bố quyết định của Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam tặng thưởng Huân chương Chiến công hạng Ba cho Bộ Chỉ huy Quân sự tỉnh Sóc Trăng.",
			"Huân chương Chiến công hạng Ba của Chủ tịch nước: Bộ Chỉ huy Quân sự Sóc Trăng"},
	})
}

// Round 39: "… Nhà giáo ưu tú được Chủ tịch nước công nhận": the one who
// recognizes a title right after it is its issuer (lines of our own).
// "được" and a body that does something else tie nothing.
func TestRecognizedTitleRound39(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm nay, tỉnh Bình Phước có 12 Nhà giáo ưu tú được Chủ tịch nước công nhận.",
			"Danh hiệu Nhà giáo ưu tú của Chủ tịch nước: 12 Nhà giáo ưu tú"},
		// "được" and an office that only congratulates: no title read.
		{"Năm nay, tỉnh Bình Phước có 12 Nhà giáo ưu tú được Chủ tịch nước chúc mừng.",
			""},
	})
}

// Round 39: kind words written in lower case without a tone ("huan chuong
// lao dong", a page's address or a photo's file name) name no award
// (lines of our own). The same words with their tones do.
func TestUntonedKindRound39(t *testing.T) {
	checkAwards(t, []textCase{
		{"xa an phu don nhan huan chuong lao dong hang ba",
			""},
		{"Xã An Phú đón nhận Huân chương Lao động hạng Ba do Chủ tịch nước trao tặng.",
			"Huân chương Lao động hạng Ba của Chủ tịch nước: "},
	})
}

// Round 39: a count parted by tier after "trong số đó" takes the giver of
// the sentence's first clause, through ";" (lines of our own). Without
// "trong (số) đó" the tiers take no giver from it.
func TestTierGiverRound39(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đảng bộ huyện An Lão trao tặng huy hiệu Đảng cho 40 đảng viên, trong số đó có 12 đảng viên được tặng huy hiệu 50 năm tuổi Đảng; 28 đảng viên được tặng huy hiệu 30 năm tuổi Đảng.",
			"Huy hiệu 50 năm tuổi Đảng của Đảng bộ huyện An Lão: 12 đảng viên; Huy hiệu 30 năm tuổi Đảng của Đảng bộ huyện An Lão: 28 đảng viên"},
		// No "trong số đó": no giver carried.
		{"Đảng bộ huyện An Lão tổ chức lễ kỷ niệm. Có 12 đảng viên được tặng huy hiệu 50 năm tuổi Đảng.",
			"Huy hiệu 50 năm tuổi Đảng: 12 đảng viên"},
	})
}
