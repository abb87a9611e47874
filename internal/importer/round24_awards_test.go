package importer

import (
	"testing"
)

// Round 24: a paragraph that sums up a period's honours ("Năm 2022,
// huyện A có 9 đơn vị được tặng …", "Ngoài ra có …" after it) is a record
// received, no conferral: its awards and counts go; what the ceremony
// gives ("Tại buổi lễ, … trao …") stays (lines of our own).
func TestPeriodSummaryRound24(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"a year's summary, then the ceremony",
			"Ngày 9/2/2023, UBND huyện Tam Nông tổ chức hội nghị tổng kết phong trào thi đua.\n\n" +
				"Trong năm qua, huyện Tam Nông có 9 đơn vị được UBND tỉnh Phú Thọ tặng Cờ thi đua; 4 tập thể, 7 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh Phú Thọ.\n\n" +
				"Ngoài ra có 3 cá nhân được Thủ tướng Chính phủ tặng Bằng khen.\n\n" +
				"Tại buổi lễ, UBND huyện Tam Nông tặng Giấy khen cho 18 tập thể.",
			[]string{"Giấy khen của UBND huyện Tam Nông 2023 ← 18 tập thể"}},
		{"a period's summary with đã có",
			"Ngày 9/2/2023, UBND huyện Tam Nông tổ chức hội nghị.\n\n" +
				"Giai đoạn 2018-2022, toàn huyện đã có 40 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh Phú Thọ.\n\n" +
				"Dịp này, UBND huyện Tam Nông tặng Giấy khen cho 6 cá nhân.",
			[]string{"Giấy khen của UBND huyện Tam Nông 2023 ← 6 cá nhân"}},
		// A paragraph that opens with its year and tells who gives is the
		// conferral itself, no summary: it stays.
		{"a year and a giver: the conferral",
			"Năm 2023, UBND tỉnh Phú Thọ tặng Bằng khen cho 12 tập thể.",
			[]string{"Bằng khen của UBND tỉnh Phú Thọ 2023 ← 12 tập thể"}},
		// "Ngoài ra" after no summary is the ceremony's own.
		{"ngoài ra after the ceremony",
			"Năm 2023, UBND tỉnh Phú Thọ tặng Bằng khen cho 12 tập thể.\n\nNgoài ra có 5 cá nhân được UBND tỉnh Phú Thọ tặng Bằng khen.",
			[]string{"Bằng khen của UBND tỉnh Phú Thọ 2023 ← 12 tập thể", "Bằng khen của UBND tỉnh Phú Thọ 2023 ← 5 cá nhân"}},
	})
}

// Round 24: the writer's name in capitals before the page's stamp, a
// date and a clock time, under the title: the stamp is the story's date
// (a short date below takes its year, not a summary's) and the name a
// byline (lines of our own).
func TestCapitalNamedStampRound24(t *testing.T) {
	firsts := []string{"2023-02-09", "2023-02-09"} // the first date of each story
	stories := checkBylines(t, []bylineCase{
		{"capitals and the stamp",
			"Tam Nông tổng kết thi đua\nTHU HÀ 10/02/2023 08:20\nNgày 9.2, UBND huyện Tam Nông tổng kết phong trào thi đua năm 2022.\nNăm 2022, huyện có 9 đơn vị được khen.\n",
			"[Thu Hà]", "2023-02-10"},
		// A line of capitals and a date with no clock time is no stamp.
		{"no clock time",
			"Tam Nông tổng kết thi đua\nNgày 9.2.2023, UBND huyện Tam Nông tổng kết phong trào thi đua.\nTHU HÀ 10/02/2023\n",
			"[]", ""},
	})
	for i, s := range stories {
		if len(s.Dates) == 0 || s.Dates[0].Date.Format("2006-01-02") != firsts[i] {
			t.Errorf("case %d: dates %v, want first %s", i, s.Dates, firsts[i])
		}
	}
}

// Round 24: a code spaced around its slash or dash, the dash an en dash,
// and a number glued to "số" (lines of our own).
func TestSpacedCodesRound24(t *testing.T) {
	checkDocuments(t, []textCase{
		{"Năm 2020, căn cứ Kế hoạch số 118/KH – UBND ngày 3/3/2020 của UBND tỉnh Hòa Bình.", "118/KH-UBND DOCUMENT_PLAN"},
		{"Năm 2020, căn cứ Hướng dẫn số 07 /HD- UBND ngày 5/3/2020 của UBND huyện Lạc Sơn.", "07/HD-UBND DOCUMENT_OTHER"},
		{"Năm 2020, Thủ tướng ký Quyết định số1450/QĐ-TTg phê chuẩn kết quả bầu cử.", "1450/QĐ-TTg DOCUMENT_DECISION"},
		// A dash between words after a code is no part of it.
		{"Năm 2020, Quyết định số 1450/QĐ-TTg – văn bản quan trọng – được ban hành.", "1450/QĐ-TTg DOCUMENT_DECISION"},
	})
}

// Round 24: a province's own badge named by the province in lower case
// ("Huy hiệu tỉnh A") is that badge, not a bare "Huy hiệu"; a body of the
// province after the badge is no part of its name (lines of our own).
func TestProvinceBadgeRound24(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the province's badge",
			"Năm 2023, Chủ tịch UBND tỉnh Kon Tum tặng Huy hiệu tỉnh Kon Tum cho 41 cá nhân.",
			[]string{"Huy hiệu tỉnh Kon Tum của Chủ tịch UBND tỉnh Kon Tum 2023 ← 41 cá nhân"}},
		{"the city's badge",
			"Năm 2023, Chủ tịch UBND thành phố Đà Nẵng tặng Huy hiệu thành phố Đà Nẵng cho 12 cá nhân.",
			[]string{"Huy hiệu thành phố Đà Nẵng của Chủ tịch UBND thành phố Đà Nẵng 2023 ← 12 cá nhân"}},
		// A badge with a name of its own keeps it; the province after
		// its recipients is theirs.
		{"a named badge, the province after its recipients",
			"Năm 2023, Tỉnh đoàn Kon Tum tặng Huy hiệu Tuổi trẻ dũng cảm cho 3 đoàn viên tỉnh Kon Tum.",
			[]string{"Huy hiệu Tuổi trẻ dũng cảm của Tỉnh đoàn Kon Tum 2023 ← 3 cá nhân"}},
	})
}
