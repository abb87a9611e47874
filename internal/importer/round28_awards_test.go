package importer

import "testing"

// Round 28: a province named by "tỉnh" (or a city of the centre by
// "thành phố") as the giver of an award, not its people's committee nor
// an office of it, is the award's issuer: "tỉnh A tặng Bằng khen cho …",
// "12 tập thể được tỉnh A tặng bằng khen" (lines of our own).
func TestProvinceGiverRound28(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the province gives, the counts after cho",
			"Năm 2021, tỉnh Quảng Trị tặng Bằng khen cho 12 tập thể và 40 cá nhân có thành tích trong phong trào xây dựng nông thôn mới.",
			[]string{"Bằng khen của tỉnh Quảng Trị 2021 ← 12 tập thể, 40 cá nhân"}},
		{"the counts before được, the province between it and the verb",
			"Năm 2020, có 9 tập thể, 25 cá nhân được tỉnh Hà Giang tặng bằng khen vì thành tích trong công tác giảm nghèo.",
			[]string{"Bằng khen của tỉnh Hà Giang 2020 ← 9 tập thể, 25 cá nhân"}},
		{"a city of the centre",
			"Năm 2019, thành phố Cần Thơ tặng Bằng khen cho 7 tập thể có thành tích trong công tác phòng chống thiên tai.",
			[]string{"Bằng khen của thành phố Cần Thơ 2019 ← 7 tập thể"}},
		// The province's people who present it with a bare "trao" give
		// nothing: no issuer, and no recipients for a lower-case award
		// with no issuer.
		{"a delegation of the province only presents",
			"Năm 2021, đoàn công tác của tỉnh Quảng Trị trao bằng khen cho 12 tập thể.",
			nil},
		// A province's city that bears its name is no province: it holds
		// the ceremony and confers nothing.
		{"a province's city of its name",
			"Năm 2021, thành phố Bắc Kạn tặng bằng khen cho 12 tập thể.",
			nil},
	})
}

// Round 28: counted recipients described after "là" before "được … tặng"
// ("12 tập thể, 30 cá nhân là hội viên nông dân được … tặng") are those
// the award goes to; a stretch after "là" that tells an act is no
// description of them
// (lines of our own).
func TestCountDescribedAsRound28(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the counts, then what they are",
			"Năm 2022, 8 tập thể, 30 cá nhân là hội viên nông dân được UBND tỉnh Bến Tre tặng bằng khen vì thành tích sản xuất giỏi.",
			[]string{"Bằng khen của UBND tỉnh Bến Tre 2022 ← 8 tập thể, 30 cá nhân"}},
		{"one count, what they are in capitals",
			"Năm 2023, 15 cá nhân là người có uy tín trong đồng bào DTTS được Chủ tịch UBND tỉnh Kon Tum tặng Bằng khen.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Kon Tum 2023 ← 15 cá nhân"}},
		// After "là", what they did with a verb of giving: those counted
		// give, and the stretch names no recipient.
		{"a verb of giving after là",
			"Năm 2023, 15 cá nhân là người trao quà cho hộ nghèo được UBND tỉnh Kon Tum tặng Bằng khen.",
			nil},
	})
}
