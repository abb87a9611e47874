package importer

import "testing"

// Round 25: an order's class written in figures ("hạng 3", a headline)
// and in words ("hạng Ba", the body) in one story is one award, named in
// words; a class written only in figures stays as written, and a figure
// of another order is another award (lines of our own).
func TestRankFiguresRound25(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"headline in figures, body in words",
			"Trao Huân chương Lao động hạng 2 cho ông Phạm Văn Bình\n\n" +
				"Ngày 4/3/2024, thừa ủy quyền của Chủ tịch nước, đồng chí Bí thư Tỉnh ủy trao Huân chương Lao động hạng Nhì cho ông Phạm Văn Bình, nguyên Giám đốc Sở Y tế.",
			[]string{"Huân chương Lao động hạng Nhì của Chủ tịch nước 2024 ← Phạm Văn Bình"}},
		{"a Roman numeral and words",
			"Năm 2023, Công an tỉnh Hà Nam đón nhận Huân chương Chiến công hạng III.\n\n" +
				"Ngày 2/5/2023, Chủ tịch nước tặng Huân chương Chiến công hạng Ba cho Công an tỉnh Hà Nam.",
			[]string{"Huân chương Chiến công hạng Ba của Chủ tịch nước 2023 ← Công an tỉnh Hà Nam"}},
		// Only figures: the class stays as written.
		{"figures only",
			"Ngày 4/3/2024, Chủ tịch nước tặng Huân chương Lao động hạng 3 cho ông Phạm Văn Bình.",
			[]string{"Huân chương Lao động hạng 3 của Chủ tịch nước 2024 ← Phạm Văn Bình"}},
		// Another class in words is another award.
		{"another class",
			"Trao Huân chương Lao động hạng 3 cho ông Phạm Văn Bình\n\n" +
				"Ngày 4/3/2024, Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho bà Lê Thị Hoa.",
			[]string{"Huân chương Lao động hạng 3 của Chủ tịch nước 2024 ← Phạm Văn Bình", "Huân chương Lao động hạng Nhì của Chủ tịch nước 2024 ← Lê Thị Hoa"}},
	})
}

// Round 25: the office of the State followed by Vietnam's formal name
// ("Chủ tịch nước Cộng hòa XHCN Việt Nam", "… CHXHCN Việt Nam") is the
// issuer, written bare since round 40 ("Chủ tịch nước" however written);
// "Việt Nam" alone is no formal name (lines of our own).
func TestStateFormalNameRound25(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"passive, the formal name in initials",
			"Năm 2021, ông Trần Văn Hùng vinh dự được Chủ tịch nước Cộng hòa XHCN Việt Nam quyết định tặng thưởng Huân chương Lao động hạng Ba.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước 2021 ← Trần Văn Hùng"}},
		{"active, CHXHCN",
			"Năm 2021, Chủ tịch nước CHXHCN Việt Nam tặng Huân chương Độc lập hạng Nhì cho Sở Y tế tỉnh Hà Nam.",
			[]string{"Huân chương Độc lập hạng Nhì của Chủ tịch nước 2021 ← Sở Y tế Hà Nam"}},
		{"after của, written out",
			"Năm 2021, ông Trần Văn Hùng được tặng Huân chương Lao động hạng Ba của Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước 2021 ← Trần Văn Hùng"}},
		// "Việt Nam" alone is no formal name: the office stays bare.
		{"Việt Nam alone",
			"Năm 2021, ông Trần Văn Hùng được tặng Huân chương Lao động hạng Ba của Chủ tịch nước Việt Nam.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước 2021 ← Trần Văn Hùng"}},
	})
}

// Round 25: the one who gives written after the award in its clause ("…
// do Thủ tướng Chính phủ tặng") is its issuer; one who hands it over
// ("do ông A trao") is not, nor a giver past a comma (lines of our own).
func TestGivenByAfterRound25(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"do … tặng after a long name",
			"Năm 2023, Công an tỉnh Hà Nam vinh dự đón nhận Cờ thi đua xuất sắc trong phong trào thi đua năm 2022 do Thủ tướng Chính phủ tặng.",
			[]string{"Cờ thi đua xuất sắc của Thủ tướng Chính phủ 2023 ← Công an tỉnh Hà Nam"}},
		{"do … trao tặng, an office of a body",
			"Năm 2023, Công an huyện Kim Bảng được tặng Bằng khen do Chủ tịch UBND tỉnh Hà Nam trao tặng.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Hà Nam 2023 ← Công an huyện Kim Bảng"}},
		// Who hands it over is no issuer.
		{"do a person trao",
			"Năm 2023, Công an huyện Kim Bảng đón nhận Cờ thi đua do ông Trần Văn Nam trao.",
			[]string{"Cờ thi đua 2023 ← Công an huyện Kim Bảng"}},
	})
}

// Round 25: a province written with its unit ("tỉnh A", "Thành phố A"),
// the whole subject after any opening clause, receives as one; when the
// same award goes to the place's people as one, that is the recipient
// (lines of our own).
func TestProvinceSubjectRound25(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"after an opening clause",
			"Tại lễ kỷ niệm ngày 3/2/2024, tỉnh Hà Nam vinh dự đón nhận Huân chương Lao động hạng Nhất.",
			[]string{"Huân chương Lao động hạng Nhất 2024 ← tỉnh Hà Nam"}},
		{"a headline, the unit in capitals",
			"Tỉnh Hà Nam đón nhận Huân chương Độc lập hạng Ba\n\nNgày 3/2/2024, lễ đón nhận diễn ra trọng thể.",
			[]string{"Huân chương Độc lập hạng Ba 2024 ← Tỉnh Hà Nam"}},
		{"the headline's city, the body's people as one",
			"Thành phố Hải Phòng đón nhận Huân chương Sao vàng\n\nNgày 3/2/2024, Đảng, Nhà nước trao tặng Huân chương Sao vàng cho Đảng bộ, chính quyền và nhân dân thành phố Hải Phòng.",
			[]string{"Huân chương Sao vàng 2024 ← Đảng bộ, chính quyền và nhân dân thành phố Hải Phòng"}},
		// A district is no province: not read this way.
		{"a district",
			"Ngày 3/2/2024, huyện Kim Bảng vinh dự đón nhận Huân chương Lao động hạng Ba.",
			nil},
	})
}

// Round 25: a place given an award after "cho" ends at the reason or the
// occasion ("vì …", "nhân …") as at a comma, and its name may be hyphened
// ("tỉnh Thừa Thiên-Huế"); other words after it leave it unread (lines of
// our own).
func TestPlaceGivenEndsRound25(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the reason after the place",
			"Ngày 3/5/2024, ông Lê Văn An trao Huân chương Lao động hạng Nhì cho tỉnh Kon Tum vì có thành tích xuất sắc trong công tác.",
			[]string{"Huân chương Lao động hạng Nhì 2024 ← tỉnh Kon Tum"}},
		{"the occasion after the place",
			"Ngày 3/5/2024, ông Lê Văn An trao Huân chương Lao động hạng Nhì cho tỉnh Kon Tum nhân kỷ niệm 30 năm tái lập tỉnh.",
			[]string{"Huân chương Lao động hạng Nhì 2024 ← tỉnh Kon Tum"}},
		{"a hyphened name",
			"Ngày 3/5/2024, ông Lê Văn An trao Huân chương Lao động hạng Nhì cho tỉnh Thừa Thiên-Huế.",
			[]string{"Huân chương Lao động hạng Nhì 2024 ← tỉnh Thừa Thiên-Huế"}},
		// Other words after the place: not read as its end.
		{"a clause after the place",
			"Ngày 3/5/2024, ông Lê Văn An trao Huân chương Lao động hạng Nhì cho tỉnh Kon Tum thể hiện sự ghi nhận.",
			nil},
	})
}

// Round 25: a count, what those counted did, then "gồm:" and each of them
// parted by semicolons, their details in parentheses; a "gồm" with no
// colon and no one after it names no one (lines of our own).
func TestCountDescribedListRound25(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"described, gồm:, semicolons",
			"Năm 2023, Chủ tịch nước truy tặng Huân chương Độc lập hạng Nhì cho 2 cá nhân có công lao với cách mạng trước năm 1945 gồm: ông Trần Văn Lộc (sinh năm 1901, quê: xã An Hòa; nơi ở: xã An Bình); ông Lê Văn Sáu (sinh năm 1903).",
			[]string{"Huân chương Độc lập hạng Nhì của Chủ tịch nước 2023 ← 2 cá nhân", "Huân chương Độc lập hạng Nhì của Chủ tịch nước 2023 ← Trần Văn Lộc", "Huân chương Độc lập hạng Nhì của Chủ tịch nước 2023 ← Lê Văn Sáu"}},
		// "gồm" without a colon and a recipient after it: only the count.
		{"gồm nhiều thành phần",
			"Năm 2023, Chủ tịch nước truy tặng Huân chương Độc lập hạng Nhì cho 2 cá nhân có công lao với cách mạng gồm nhiều thành phần.",
			[]string{"Huân chương Độc lập hạng Nhì của Chủ tịch nước 2023 ← 2 cá nhân"}},
	})
}

// Round 25: an award named short in another case ("Huân chương lao động
// hạng Nhì", a headline) is the one award of that name the story names
// with its issuer; another class stays apart (lines of our own).
func TestShortNameOtherCaseRound25(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"lower case in the headline",
			"Công an tỉnh Hà Nam đón nhận Huân chương lao động hạng Nhì\n\nNgày 3/2/2024, Chủ tịch nước tặng Huân chương Lao động hạng Nhì của Chủ tịch nước cho Công an tỉnh Hà Nam.",
			[]string{"Huân chương Lao động hạng Nhì của Chủ tịch nước 2024 ← Công an tỉnh Hà Nam"}},
		{"another class stays apart",
			"Công an tỉnh Hà Nam đón nhận Huân chương lao động hạng Ba\n\nNgày 3/2/2024, Chủ tịch nước tặng Huân chương Lao động hạng Nhì của Chủ tịch nước cho Công an tỉnh Hà Nam.",
			[]string{"Huân chương lao động hạng Ba 2024 ← Công an tỉnh Hà Nam", "Huân chương Lao động hạng Nhì của Chủ tịch nước 2024 ← Công an tỉnh Hà Nam"}},
	})
}

// Round 25: a day without its year at a conference that reviews one year
// and launches the next is the launched year's; a review alone, or two
// years not in a row, leave the story's year (lines of our own).
func TestReviewLaunchYearRound25(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"review and launch",
			"Kim Bảng khen thưởng nhiều tập thể\n\nThời sự\n\nSáng 9/3, UBND huyện Kim Bảng tổ chức hội nghị tổng kết công tác thi đua năm 2022, đồng thời phát động phong trào thi đua năm 2023.\n\nTrong năm 2022, huyện đạt nhiều kết quả; năm 2022 thu ngân sách tăng so với 2021.",
			"2023-03-09"},
		{"a review alone",
			"Kim Bảng khen thưởng nhiều tập thể\n\nThời sự\n\nSáng 9/3, UBND huyện Kim Bảng tổ chức hội nghị tổng kết công tác thi đua năm 2022.\n\nTrong năm 2022, huyện đạt nhiều kết quả; năm 2022 thu ngân sách tăng so với 2021.",
			"2022-03-09"},
		{"years not in a row",
			"Sáng 9/3, UBND huyện Kim Bảng tổ chức hội nghị tổng kết công tác thi đua năm 2020, đồng thời phát động phong trào thi đua năm 2025.",
			"2025-03-09"},
	}
	for _, tt := range tests {
		s := Extract(tt.text, now)
		if len(s.Dates) == 0 || s.Dates[0].Date.Format("2006-01-02") != tt.want {
			t.Errorf("%s: dates %v, want first %s", tt.name, s.Dates, tt.want)
		}
	}
}
