package importer

import "testing"

// Round 27: the stop of "TP." or "TX." before a city's or town's name of
// two words ends no sentence when an award's giver or recipient is read:
// "UBND TP. Bạc Liêu trao tặng giấy khen cho 70 cá nhân" is the city's award,
// as "UBND TP Bạc Liêu" is (lines of our own).
func TestShortCityDotRound27(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the city's people's committee gives, the stop after TP",
			"Năm 2021, UBND TP. Long Xuyên trao tặng giấy khen cho 35 cá nhân có thành tích xuất sắc trong phong trào hiến máu.",
			[]string{"Giấy khen của UBND TP. Long Xuyên 2021 ← 35 cá nhân"}},
		{"the town's, the stop after TX",
			"Năm 2022, UBND TX. Gò Công tặng giấy khen cho 8 tập thể vì thành tích trong công tác dân vận.",
			[]string{"Giấy khen của UBND TX. Gò Công 2022 ← 8 tập thể"}},
		// A stop after "TP" before one capitalized word and a lower-case
		// one ends the sentence: no giver, so the lower-case award alone
		// is no award.
		{"a sentence ends after TP",
			"Năm 2021, đoàn công tác làm việc với UBND TP. Trao giấy khen cho 35 cá nhân có thành tích xuất sắc.",
			nil},
	})
}

// Round 27: "danh hiệu Nhà nước" right before a quoted title is no award
// of its own but the kind of the title the quote names (lines of our
// own).
func TestStateTitleQuotedRound27(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm 2019, huyện Hải Hậu tổ chức lễ truy tặng danh hiệu Nhà nước “Bà mẹ Việt Nam Anh hùng” cho 12 mẹ.",
			"Danh hiệu Bà mẹ Việt Nam Anh hùng: 12 mẹ"},
		{"Năm 2017, Bộ Văn hóa trao danh hiệu Nhà nước \"Nghệ nhân Nhân dân\" cho 5 nghệ nhân.",
			"Danh hiệu Nghệ nhân Nhân dân: 5 nghệ nhân"},
		// No quote after it: the State title stays, as before.
		{"Năm 2019, huyện Hải Hậu đề nghị xét tặng danh hiệu Nhà nước cho 12 mẹ.",
			"Danh hiệu Nhà nước: 12 mẹ"},
	})
}

// Round 27: "Bằng Tổ quốc ghi công", the certificate the State issues
// for a fallen soldier, is an award named by the phrase alone, given to
// the martyr named after "cho liệt sĩ" (lines of our own).
func TestMartyrCertificateRound27(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the certificate to one martyr",
			"Năm 2020, tỉnh cấp Bằng Tổ quốc ghi công cho liệt sĩ Nguyễn Văn Hòa, quê ở xã Tân Phú.",
			[]string{"Bằng Tổ quốc ghi công 2020 ← Nguyễn Văn Hòa"}},
		// The words in running text, no capital "Bằng": no award.
		{"the martyrs the Fatherland honours",
			"Năm 2021, đoàn viếng nghĩa trang, nơi an nghỉ của các liệt sĩ được Tổ quốc ghi công.",
			nil},
	})
}

// Round 27: a foreign state written after "nước" in lower case ("của
// nước CHDCND Lào", "của nước Campuchia") is the issuer of the order
// named before it (lines of our own).
func TestForeignStateIssuerRound27(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the state by its initials",
			"Năm 2019, tỉnh trao Huân chương Hữu nghị của nước CHDCND Lào cho 4 cá nhân.",
			[]string{"Huân chương Hữu nghị của nước CHDCND Lào 2019 ← 4 cá nhân"}},
		{"the state by its name",
			"Năm 2018, Bộ trao Huân chương Lao động hạng Nhì của nước Campuchia cho 3 tập thể.",
			[]string{"Huân chương Lao động hạng Nhì của nước Campuchia 2018 ← 3 tập thể"}},
		// "nước" before no state's name: no issuer, the order alone, and
		// no recipients for an order with no issuer here.
		{"no state after nước",
			"Năm 2019, tỉnh trao Huân chương Hữu nghị của nước bạn cho 4 cá nhân.",
			nil},
	})
}

// Round 27: where the story names an office of that state, the order is
// that office's, and "của nước …" in the title gives no second issuer.
func TestForeignStateOfficeNamedRound27(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tỉnh Kon Tum đón nhận Huân chương Hữu nghị của nước CHDCND Lào.\n\nNgày 5/3/2021, đại diện tỉnh Attapeu trao Huân chương Hữu nghị của Chủ tịch nước CHDCND Lào cho tỉnh Kon Tum.",
			"Huân chương Hữu nghị của Chủ tịch nước CHDCND Lào: tỉnh Kon Tum"},
	})
}

// Round 27: the medals and orders of the resistance against the United
// States are named with lower-case words ("Huy chương chống Mỹ",
// "Huy chương kháng chiến chống Mỹ hạng Nhất"), whole (lines of our own).
func TestAgainstAmericaMedalRound27(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm 2016, tỉnh trao Huy chương chống Mỹ của nước CHDCND Lào cho 7 cá nhân.",
			"Huy chương chống Mỹ của nước CHDCND Lào: 7 cá nhân"},
		{"Năm 2016, Chủ tịch nước tặng Huân chương kháng chiến chống Mỹ hạng Ba cho 7 cá nhân.",
			"Huân chương kháng chiến chống Mỹ hạng Ba của Chủ tịch nước: 7 cá nhân"},
		// The words outside an award's name: no award.
		{"Năm 2016, các cựu chiến binh thời chống Mỹ gặp mặt tại tỉnh.",
			""},
	})
}

// Round 27: a bare district's office that confers ("Chủ tịch UBND huyện
// tặng giấy khen") is the office of the one district the story names,
// though the story names no province (lines of our own).
func TestDistrictIssuerRound27(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"one district named",
			"Năm 2022, huyện Krông Pa tổng kết phong trào thi đua.\n\nTheo đó, 120 tập thể và cá nhân đã được Chủ tịch UBND huyện tặng giấy khen.",
			[]string{"Giấy khen của Chủ tịch UBND huyện Krông Pa 2022 ← 120 tập thể, cá nhân"}},
		// Two districts named: neither is the office's.
		{"two districts named",
			"Năm 2022, huyện Krông Pa và huyện Ia Pa tổng kết phong trào thi đua.\n\nTheo đó, 120 tập thể và cá nhân đã được Chủ tịch UBND huyện tặng giấy khen.",
			[]string{"Giấy khen của Chủ tịch UBND huyện 2022 ← 120 tập thể, cá nhân"}},
	})
}

// Round 27: the State's office with its holder named after it confers
// what it "trao tặng", as what it "tặng" (lines of our own).
func TestStateOfficeHolderConfersRound27(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm 2021, Chủ tịch nước Lê Văn An trao tặng Huân chương Độc lập hạng nhất cho Đảng bộ tỉnh Hòa Bình.",
			"Huân chương Độc lập hạng nhất của Chủ tịch nước: Đảng bộ tỉnh Hòa Bình"},
		// "trao" alone: he presents, no issuer read (guard).
		{"Năm 2021, Chủ tịch nước Lê Văn An trao Huân chương Độc lập hạng nhất cho Đảng bộ tỉnh Hòa Bình.",
			"Huân chương Độc lập hạng nhất: Đảng bộ tỉnh Hòa Bình"},
		// A district's office that "trao tặng" only presents (guard).
		{"Năm 2021, Chủ tịch UBND huyện Kbang Nguyễn Văn Dũng trao tặng Huân chương Lao động hạng Ba cho 2 cá nhân.",
			"Huân chương Lao động hạng Ba: 2 cá nhân"},
	})
}
