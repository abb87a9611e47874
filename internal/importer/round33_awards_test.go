package importer

import "testing"

// Round 33: a sentence that opens with a span of years ("Giai đoạn 2015 -
// 2020, …", "Giai đoạn từ năm 2016 đến năm 2021, …") reviews the period's
// record, its items joined by semicolons: neither its awards nor its
// counts are a conferral. A span of years later in the sentence, or a
// conferral in the next sentence, changes nothing (lines of our own).
func TestPeriodOfYearsRound33(t *testing.T) {
	checkAwards(t, []textCase{
		{"Giai đoạn 2015 - 2020, Đảng bộ và nhân dân huyện được tặng thưởng Huân chương Lao động hạng Nhất; 3 tập thể được nhận Cờ thi đua của Chính phủ; 25 tập thể, 31 cá nhân được nhận Bằng khen của Thủ tướng Chính phủ.",
			""},
		{"Giai đoạn từ năm 2016 đến năm 2021, 12 tập thể được tặng Bằng khen của Thủ tướng Chính phủ.",
			""},
		// The story's conferral in the next sentence stays.
		{"Giai đoạn 2015 - 2020, 5 tập thể được nhận Cờ thi đua của Chính phủ. Nhân dịp này, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 3 cá nhân.",
			"Huân chương Lao động hạng Ba của Chủ tịch nước: 3 cá nhân"},
		// A span of years that does not open the sentence: a conferral.
		{"Nhân dịp này, Thủ tướng Chính phủ tặng Bằng khen cho 4 tập thể có thành tích giai đoạn 2015 - 2020.",
			"Bằng khen của Thủ tướng Chính phủ: 4 tập thể"},
	})
}

// Round 33: a header that opens with the same weekday's date and time
// written twice, run together, is the site's clock when the page was read:
// no date, and not the year of the story's days. A date and time written
// once is still read (lines of our own).
func TestSiteClockRound33(t *testing.T) {
	checkDates(t, []dateCase{
		{"a doubled clock",
			"Tỉnh đón nhận Huân chương\n\nThứ hai 09/02/2026 10:15Thứ hai 09/02/2026 10:15 Hotline: 0900.000.000 Email: toasoan@example.vn\n\nSáng 15/5, tại lễ kỷ niệm 40 năm thành lập huyện (15/5/1984 - 15/5/2024), tỉnh trao Huân chương Lao động hạng Nhì cho huyện.",
			"2024-05-15,1984-05-15"},
		{"a clock written once is read",
			"Tỉnh đón nhận Huân chương\n\nThứ hai 09/02/2026 10:15 Hotline: 0900.000.000 Email: toasoan@example.vn\n\nSáng nay, tỉnh trao Huân chương Lao động hạng Nhì cho huyện.",
			"2026-02-09"},
	})
}

// Round 33: a sentence that opens with "đến nay" ("Được biết, đến nay
// huyện đã đề nghị phong tặng … cho 900 trường hợp") counts since ever:
// its count goes when the story counts the award's own conferral
// elsewhere; alone, it stays (lines of our own).
func TestSinceEverRound33(t *testing.T) {
	checkAwards(t, []textCase{
		{"Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 45 cá nhân. Được biết, đến nay tỉnh đã đề nghị phong tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 900 cá nhân.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước: 45 cá nhân"},
		{"Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 45 cá nhân. Đến nay, tỉnh có 900 cá nhân được phong tặng danh hiệu Bà mẹ Việt Nam anh hùng.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước: 45 cá nhân"},
		// No conferral of its own elsewhere: the count stays.
		{"Đến nay, Chủ tịch nước đã truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 45 cá nhân.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước: 45 cá nhân"},
	})
}

// Round 33: a count, in digits or words, followed right away by the body
// those counted belong to, without "của" ("hai cá nhân Sở Tư pháp tỉnh …
// được … tặng", "Một cán bộ Sở Tư pháp … nhận"): the count receives, not
// the body. The body alone before the verb still receives (lines of our
// own).
func TestCountOfBodyRound33(t *testing.T) {
	checkAwards(t, []textCase{
		{"Hai cá nhân Sở Tư pháp tỉnh Nam Định được Thủ tướng Chính phủ tặng Bằng khen.",
			"Bằng khen của Thủ tướng Chính phủ: Hai cá nhân"},
		{"Một cán bộ Sở Tư pháp tỉnh Nam Định nhận Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: Một cán bộ"},
		{"3 cán bộ Sở Tư pháp tỉnh Nam Định nhận Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: 3 cán bộ"},
		// No count: the body receives.
		{"Sở Tư pháp tỉnh Nam Định nhận Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: Sở Tư pháp Nam Định"},
	})
}

// Round 33: a decision of the President, with its number and day, that
// ends the sentence of a State title ("… được truy tặng danh hiệu … theo
// Quyết định 1234/QĐ-CTN ngày 5/6/2015 của Chủ tịch nước") ties the
// title to the President; one that ends another award's sentence does not
// (lines of our own).
func TestDecisionAfterTitleRound33(t *testing.T) {
	checkAwards(t, []textCase{
		{"Huyện đã trao chứng nhận cho thân nhân của 12 mẹ. Đó là 12 cá nhân được truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng” theo Quyết định 1234/QĐ-CTN ngày 5/6/2015 của Chủ tịch nước.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước: 12 cá nhân"},
		// Another award's sentence: no tie to the title named before.
		{"Huyện trao danh hiệu Bà mẹ Việt Nam anh hùng cho 12 mẹ. Ông A được tặng Huân chương Lao động hạng Ba theo Quyết định 1234/QĐ-CTN ngày 5/6/2015 của Chủ tịch nước.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 12 mẹ; Huân chương Lao động hạng Ba: "},
	})
}

// Round 33: a commemorative medal in lower case named by its issuer
// alone, "kỷ niệm chương của" and a capitalized issuer, is an award; in
// lower case without its issuer it is an ordinary phrase (lines of our
// own).
func TestLowerMedalOfIssuerRound33(t *testing.T) {
	checkAwards(t, []textCase{
		{"Dịp này, 14 cá nhân được tặng kỷ niệm chương của Bộ Tư pháp.",
			"Kỷ niệm chương của Bộ Tư pháp: 14 cá nhân"},
		{"Dịp này, 14 cá nhân được tặng kỷ niệm chương của Chính phủ và kỷ niệm chương của Bộ Nội vụ.",
			"Kỷ niệm chương của Chính phủ: 14 cá nhân; Kỷ niệm chương của Bộ Nội vụ: "},
		// No issuer: an ordinary phrase.
		{"Bảo tàng trưng bày nhiều kỷ niệm chương của các thời kỳ.",
			""},
	})
}

// Round 33: a flag named by its quoted name after "cờ" ("tặng cờ “Đơn
// vị xuất sắc trong phong trào thi đua năm 2019” cho …") is an award; a
// flag without a quoted name is none (lines of our own).
func TestQuotedFlagRound33(t *testing.T) {
	checkAwards(t, []textCase{
		{"Nhân dịp này, Chính phủ tặng cờ “Đơn vị xuất sắc trong phong trào thi đua năm 2019” cho nhân dân và cán bộ xã Hòa Bình.",
			"Cờ Đơn vị xuất sắc trong phong trào thi đua năm 2019 của Chính phủ: nhân dân và cán bộ xã Hòa Bình"},
		// No quoted name: a flag, no award.
		{"Cờ đỏ sao vàng tung bay trên quảng trường. Xã treo cờ đón Tết.",
			""},
	})
}
