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
