package importer

import "testing"

// Round 22: an office that "(đã) có quyết định tặng" confers what it
// decided, as one that "quyết định tặng" does (lines of our own).
func TestDecisionHadRound22(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái đã có quyết định tặng Bằng khen cho 12 tập thể và 20 cá nhân.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: 12 tập thể và 20 cá nhân"},
		{"Ngày 3/4/2023, Giám đốc Sở Nội vụ tỉnh Yên Bái có quyết định tặng Giấy khen cho 5 cá nhân.",
			"Giấy khen của Giám đốc Sở Nội vụ Yên Bái: 5 cá nhân"},
		// One who "có" something else and then presents gives nothing.
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái có bài phát biểu và trao Bằng khen cho 12 tập thể.",
			"Bằng khen: 12 tập thể"},
	})
}

// Round 22: a named state's office is the issuer, whole, whether it
// gives ("Chủ tịch nước CHDCND Lào đã quyết định tặng …") or the award
// is "… của" it; it is never Vietnam's "Chủ tịch nước" that its first
// words spell (lines of our own).
func TestForeignOfficeIssuerRound22(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào đã quyết định tặng Huân chương Hữu nghị cho 12 cán bộ của tỉnh Yên Bái.",
			"Huân chương Hữu nghị của Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào: 12 cán bộ"},
		{"Ngày 3/4/2023, tỉnh Yên Bái tổ chức lễ trao Huân chương Tự do của Chủ tịch nước CHDCND Lào cho 8 cá nhân.",
			"Huân chương Tự do của Chủ tịch nước CHDCND Lào: 8 cá nhân"},
		// Vietnam's own office stays as it was.
		{"Ngày 3/4/2023, Chủ tịch nước đã quyết định tặng Huân chương Lao động hạng Ba cho 12 cán bộ của tỉnh Yên Bái.",
			"Huân chương Lao động hạng Ba của Chủ tịch nước: 12 cán bộ"},
	})
}

// Round 22: a prize given each year is named with its edition's year
// when the text writes it right after the name; the prize named short
// elsewhere in the story is that edition (lines of our own).
func TestPrizeEditionRound22(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, anh Lò Văn Tâm được trao Giải thưởng Bông Lúa Vàng năm 2022. Năm nay, Giải thưởng Bông Lúa Vàng được trao cho 3 tập thể và 9 cá nhân.",
			"Giải thưởng Bông Lúa Vàng năm 2022: lo van tam, 3 tập thể và 9 cá nhân"},
		// A year that is no edition's ("từ năm …") stays out of the name.
		{"Ngày 3/4/2023, Giải thưởng Bông Lúa Vàng được trao cho 3 tập thể, lần đầu từ năm 2015.",
			"Giải thưởng Bông Lúa Vàng: 3 tập thể"},
	})
}

// Round 22: the tiers of a Party badge written after those given it
// ("Huy hiệu Đảng cho 120 đảng viên có 70, 60, 50 và 40 năm tuổi Đảng")
// are each a badge; the count is of them together, none's (lines of our
// own).
func TestBadgeTiersAfterCountRound22(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Đảng ủy xã Minh Hòa tổ chức lễ trao tặng Huy hiệu Đảng cho 120 đảng viên có 70, 60, 50 và 40 năm tuổi Đảng.",
			"Huy hiệu 70 năm tuổi Đảng: ; Huy hiệu 60 năm tuổi Đảng: ; Huy hiệu 50 năm tuổi Đảng: ; Huy hiệu 40 năm tuổi Đảng: "},
		// One tier is no list: the umbrella stays as it was.
		{"Ngày 3/4/2023, Đảng ủy xã Minh Hòa trao Huy hiệu Đảng cho 12 đảng viên có 50 năm tuổi Đảng.",
			""},
	})
}

// Round 22: a person with an apposition (an age, a party cell) between
// the name and "được trao" receives the award, as one before "nhận"
// does (lines of our own).
func TestPassiveSubjectPastAppositionRound22(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, đảng viên Hoàng Văn Tâm, 95 tuổi, sinh hoạt tại Chi bộ thôn Khe Lóng, được trao Huy hiệu 75 năm tuổi Đảng.",
			"Huy hiệu 75 năm tuổi Đảng: hoang van tam"},
		// A body's people opening the sentence are no person.
		{"Ngày 3/4/2023, các tập thể của huyện Văn Chấn, có nhiều đóng góp, được trao Bằng khen.",
			"Bằng khen: "},
	})
}

// Round 22: those a count before the award counts, named after it past
// a comma and "là", each with a life in parentheses (lines of our own).
func TestNamedAfterCommaRound22(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Đảng bộ xã Minh Hòa có 02 đồng chí vinh dự nhận Huy hiệu 70 năm tuổi Đảng, là đồng chí Hoàng Văn Tâm (sinh năm 1935; quê quán: xã Cát Thịnh; hiện sinh hoạt tại Chi bộ 3) và đồng chí Lò Thị Mai (sinh năm 1936; hiện sinh hoạt tại Chi bộ 5).",
			"Huy hiệu 70 năm tuổi Đảng: 02 đồng chí, hoang van tam, lo thi mai"},
	})
}

// Round 22: "kỷ niệm chương" in lower case before a name in quotes is
// that medal (lines of our own).
func TestLowerMedalQuotedRound22(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Hội Nông dân tỉnh Yên Bái trao kỷ niệm chương “Vì sự nghiệp Nông dân” cho ông Hoàng Văn Tâm.",
			"Kỷ niệm chương Vì sự nghiệp Nông dân: hoang van tam"},
		// Without quotes, the lower-case words are no award's name.
		{"Ngày 3/4/2023, ông Hoàng Văn Tâm giữ gìn kỷ niệm chương của người cha.",
			""},
	})
}

// Round 22: a year named by what it is the year of ("Năm APEC 2017")
// gives the story's year when nothing else does (lines of our own).
func TestNamedYearRound22(t *testing.T) {
	checkDates(t, []dateCase{
		{"a named year",
			"Ngày 14/11, tỉnh Yên Bái trao Bằng khen cho 5 cá nhân có thành tích trong các sự kiện Năm Du lịch quốc gia 2019.\n",
			"2019-11-14"},
		// A year of a full date is no named year; the story's own year stays.
		{"a full date wins",
			"Ngày 14/11/2021, tỉnh Yên Bái tổng kết Năm Du lịch quốc gia 2019.\n",
			"2021-11-14"},
	})
}

// Round 22: a province that is the whole subject of "nhận" (as a
// headline writes it) stands for its people as one recipient (lines of
// our own).
func TestProvinceReceivesRound22(t *testing.T) {
	checkAwards(t, []textCase{
		{"Yên Bái nhận Huân chương Độc lập hạng Nhất\n\nNgày 3/4/2023, tỉnh tổ chức lễ kỷ niệm 30 năm tái lập tỉnh.",
			"Huân chương Độc lập hạng Nhất: Yên Bái"},
		// Words before the province make it another subject.
		{"Nông dân Yên Bái nhận Huân chương Độc lập hạng Nhất\n\nNgày 3/4/2023, tỉnh tổ chức lễ kỷ niệm 30 năm tái lập tỉnh.",
			"Huân chương Độc lập hạng Nhất: "},
	})
}

// Round 22: the province of a headline that the story names in full as
// the recipient is that one recipient, not two (lines of our own).
func TestProvinceRetoldRound22(t *testing.T) {
	checkAwards(t, []textCase{
		{"Yên Bái đón nhận Huân chương Độc lập hạng Nhất\n\nNgày 3/4/2023, Chủ tịch nước trao Huân chương Độc lập hạng Nhất cho Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Yên Bái.",
			"Huân chương Độc lập hạng Nhất: Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Yên Bái"},
	})
}

// Round 22: an office with its holder's name right after it is an
// issuer wherever an office is read ("được sự ủy quyền của Chủ tịch UBND
// tỉnh A Nguyễn Văn B, …"); the name is no part of it (lines of our own).
func TestOfficeWithHolderIssuerRound22(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, được sự ủy quyền của Chủ tịch UBND tỉnh Yên Bái Nguyễn Văn An, Sở Nội vụ tỉnh tổ chức lễ trao Kỷ niệm chương Vì sự nghiệp Nội vụ cho ông Hoàng Văn Tâm.",
			"Kỷ niệm chương Vì sự nghiệp Nội vụ của Chủ tịch UBND tỉnh Yên Bái: hoang van tam"},
		// A person with no office before the name gives no issuer.
		{"Ngày 3/4/2023, được sự ủy quyền của ông Nguyễn Văn An, Sở Nội vụ tỉnh Yên Bái tổ chức lễ trao Kỷ niệm chương Vì sự nghiệp Nội vụ cho ông Hoàng Văn Tâm.",
			"Kỷ niệm chương Vì sự nghiệp Nội vụ: hoang van tam"},
	})
}
