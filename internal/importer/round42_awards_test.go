package importer

import "testing"

// Round 42: the verb of giving is read whole wherever it stands: verbs
// coordinated by "và" ("trao tặng và truy tặng"), "xét tặng", and a
// decision signed ("(Phó) Chủ tịch nước A đã ký quyết định (về việc)
// truy tặng"); the giver before it is the award's issuer (lines of our
// own). A deputy who only "trao" still presents; a "về việc" with no
// decision before it ties nothing.
func TestVerbPhraseRound42(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đảng ủy xã Tân Lập cũng trao tặng và truy tặng Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng của Đảng ủy xã Tân Lập: 12 đảng viên"},
		{"Ông Trần Văn An được Chủ tịch nước xét tặng Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba của Chủ tịch nước: tran van an"},
		{"Trước đó, Phó Chủ tịch nước Lê Thị Hoa đã ký quyết định về việc truy tặng Huân chương Chiến công cho liệt sĩ Nguyễn Văn Bảy.",
			"Huân chương Chiến công của Phó Chủ tịch nước: nguyen van bay"},
		{"Chủ tịch nước Lê Văn Minh đã ký quyết định truy tặng Huân chương Chiến công cho liệt sĩ Nguyễn Văn Bảy.",
			"Huân chương Chiến công của Chủ tịch nước: nguyen van bay"},
		// A deputy who hands over: no issuer.
		{"Phó Chủ tịch nước Lê Thị Hoa đã trao Huân chương Chiến công cho liệt sĩ Nguyễn Văn Bảy.",
			"Huân chương Chiến công: nguyen van bay"},
		// Two verbs not of giving: nothing tied.
		{"Đảng ủy xã Tân Lập đã họp và trao Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng: 12 đảng viên"},
	})
}

// Round 42: the awards one verb of giving takes as its objects share the
// tie the sentence gives the first, whatever their kind, with or without
// recipients of their own, a count before a title included (lines of our
// own). An award after "và" that follows a clause with a verb of its own,
// or that follows an award of another sentence, takes nothing.
func TestListedGiverRound42(t *testing.T) {
	checkAwards(t, []textCase{
		{"Dịp này, UBND huyện Tân Lập tặng giấy khen cho 40 tập thể và danh hiệu Lao động tiên tiến cho 90 cá nhân.",
			"Giấy khen của UBND huyện Tân Lập: 40 tập thể; Danh hiệu Lao động tiên tiến của UBND huyện Tân Lập: 90 cá nhân"},
		{"Dịp này, UBND huyện Tân Lập đã tặng thưởng 20 tập thể đạt danh hiệu Tập thể lao động tiên tiến và 70 Chiến sĩ thi đua cơ sở.",
			"Danh hiệu Tập thể lao động tiên tiến của UBND huyện Tân Lập: 20 tập thể; Danh hiệu Chiến sĩ thi đua cơ sở của UBND huyện Tân Lập: "},
		// A clause with a verb of its own between: no tie carried.
		{"Dịp này, UBND huyện Tân Lập tặng giấy khen cho 40 tập thể, các trường tổ chức trao danh hiệu Lao động tiên tiến cho 90 cá nhân.",
			"Giấy khen của UBND huyện Tân Lập: 40 tập thể; Danh hiệu Lao động tiên tiến: 90 cá nhân"},
		// The award before is in another sentence: no tie.
		{"UBND huyện Tân Lập tặng giấy khen cho 40 tập thể. Và danh hiệu Lao động tiên tiến cũng được bình chọn.",
			"Giấy khen của UBND huyện Tân Lập: 40 tập thể; Danh hiệu Lao động tiên tiến: "},
	})
}

// Round 42: a clause that opens with a bare "trao" after a clause whose
// giver confers ("trao tặng") goes on with that giver (lines of our own).
// After a clause that only presents ("trao") or holds a ceremony, it
// takes none.
func TestCarriedBareTraoRound42(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đảng ủy xã Tân Lập trao tặng Huy hiệu 50 năm tuổi Đảng cho 8 đảng viên; trao Huy hiệu 40 năm tuổi Đảng cho 11 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng của Đảng ủy xã Tân Lập: 8 đảng viên; Huy hiệu 40 năm tuổi Đảng của Đảng ủy xã Tân Lập: 11 đảng viên"},
		// The first clause only presents: nothing carried.
		{"Lãnh đạo xã Tân Lập trao Huy hiệu 50 năm tuổi Đảng cho 8 đảng viên; trao Huy hiệu 40 năm tuổi Đảng cho 11 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng: 8 đảng viên; Huy hiệu 40 năm tuổi Đảng: 11 đảng viên"},
		// A ceremony held: nothing carried.
		{"Đảng ủy xã Tân Lập tổ chức lễ trao tặng huy hiệu Đảng cho các đảng viên; trao Huy hiệu 40 năm tuổi Đảng cho 11 đảng viên.",
			"Huy hiệu 40 năm tuổi Đảng: 11 đảng viên"},
	})
}

// Round 42: the object before "và" need not be an award the story
// recognised: "Y tặng <anything> cho N và danh hiệu “B” cho M" is one
// giving (lines of our own). Without a verb of giving before the first
// object, or with its own clause after a comma, nothing is tied.
func TestListedAfterUnknownRound42(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tại buổi lễ, Sở Y tế tỉnh Bình Thuận đã tặng danh hiệu gia đình thầy thuốc tiêu biểu cho 5 cá nhân và danh hiệu “Bàn tay vàng” cho 20 cá nhân.",
			"Danh hiệu Bàn tay vàng của Sở Y tế Bình Thuận: 20 cá nhân"},
		// No verb of giving before the first object: nothing tied.
		{"Tại buổi lễ, Sở Y tế tỉnh Bình Thuận đã biểu dương gia đình thầy thuốc tiêu biểu cho 5 cá nhân và danh hiệu “Bàn tay vàng” cho 20 cá nhân.",
			"Danh hiệu Bàn tay vàng: 20 cá nhân"},
		// A clause of its own after a comma: nothing tied.
		{"Tại buổi lễ, Sở Y tế tỉnh Bình Thuận đã tặng hoa, quà cho 5 cá nhân và danh hiệu “Bàn tay vàng” cho 20 cá nhân.",
			"Danh hiệu Bàn tay vàng: 20 cá nhân"},
	})
}

// Round 42: a medal ranked by a metal ("Huy chương Vàng, Bạc, Đồng") is a
// contest's result, no award (lines of our own). A medal named otherwise,
// or a metal's word that opens a longer name, stays.
func TestContestMedalRound42(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tại Đại hội Thể thao, đoàn tỉnh Nam Định giành 4 Huy chương Vàng, 2 Huy chương Bạc và 5 Huy chương Đồng.",
			""},
		{"Ban tổ chức trao Huy chương Vàng cho vận động viên Trần Văn An.",
			""},
		// A State's medal: stays.
		{"Ông Trần Văn An được Chủ tịch nước tặng Huy chương Hữu nghị.",
			"Huy chương Hữu nghị của Chủ tịch nước: tran van an"},
	})
}

// Round 42: two awards joined by "và" and given by "tặng" to one count
// share the count, recorded on the first, as with "cho" (lines of our
// own). A count after one award alone stays with it.
func TestPairTangCountRound42(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tại hội nghị, ông Lê Văn Minh đã trao Huân chương Lao động hạng Nhì và Huân chương Lao động hạng Ba tặng ba cá nhân của tỉnh.",
			"Huân chương Lao động hạng Nhì: ba cá nhân; Huân chương Lao động hạng Ba: "},
		// One award: the count is its own.
		{"Tại hội nghị, ông Lê Văn Minh đã trao Huân chương Lao động hạng Ba tặng ba cá nhân của tỉnh.",
			"Huân chương Lao động hạng Ba: ba cá nhân"},
	})
}

// Round 42: an office written after an honorary title by "của" is its
// issuer, as after an award's name (lines of our own). A body there may
// hold the title: not read.
func TestTitleOfOfficeRound42(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ông Lê Văn Minh trao danh hiệu “Tập thể lao động xuất sắc” của Chủ tịch UBND tỉnh cho 5 tập thể.",
			"Danh hiệu Tập thể lao động xuất sắc của Chủ tịch UBND tỉnh: 5 tập thể"},
		// A body after "của": not its issuer.
		{"Các đại biểu chúc mừng danh hiệu “Tập thể lao động xuất sắc” của Trường Tiểu học Tân Lập.",
			"Danh hiệu Tập thể lao động xuất sắc: "},
	})
}

// Round 42: a short date before a full date the story tells as earlier
// ("Trước đó, ngày …") that would fall before it in that year is the next
// year's (lines of our own; the clock is 28 November 2026). A short date
// after it in that year, or without "Trước đó", keeps the story's year.
func TestAfterPriorYearRound42(t *testing.T) {
	checkDates(t, []dateCase{
		{"before a prior date: the next year",
			"Sáng 10-2, xã Tân Lập tổ chức lễ truy tặng Huân chương Chiến công cho liệt sĩ Lê Văn Bảy.\n\nTrước đó, ngày 14-6-2025, Chủ tịch nước đã ký quyết định truy tặng Huân chương Chiến công cho liệt sĩ Lê Văn Bảy.",
			"2026-02-10,2025-06-14"},
		{"after the prior date: the same year",
			"Sáng 10-8, xã Tân Lập tổ chức lễ truy tặng Huân chương Chiến công cho liệt sĩ Lê Văn Bảy.\n\nTrước đó, ngày 14-6-2025, Chủ tịch nước đã ký quyết định truy tặng Huân chương Chiến công cho liệt sĩ Lê Văn Bảy.",
			"2025-08-10,2025-06-14"},
		{"no \"Trước đó\": the story's year",
			"Sáng 10-2, xã Tân Lập tổ chức lễ truy tặng Huân chương Chiến công cho liệt sĩ Lê Văn Bảy.\n\nNgày 14-6-2025, Chủ tịch nước đã ký quyết định truy tặng Huân chương Chiến công cho liệt sĩ Lê Văn Bảy.",
			"2025-02-10,2025-06-14"},
	})
}

// Round 42: a paper of any kind whose code follows "số" and precedes its
// full date of issue (lines of our own). Without the date, or without
// "số", a slashed pair is no document.
func TestDatedCodeRound42(t *testing.T) {
	checkDocuments(t, []textCase{
		{"Ông được công nhận là liệt sĩ theo Giấy báo tử số 1234/TB ngày 3-4-1972 của Quân khu 9.", "1234/TB DOCUMENT_OTHER"},
		{"Năm 2024, tỉnh có số 1234/TB trong danh sách.", ""},
		{"Ông được công nhận là liệt sĩ theo giấy 1234/TB ngày 3-4-1972 của Quân khu 9.", ""},
	})
}

// Round 42: a yearly day's name before its day and month ("Ngày Thầy
// thuốc Việt Nam 27-2") dates that day, in the story's year (lines of our
// own; the clock is 28 November 2026). A full date after the name is read
// once; a lower-case word after "ngày" names no day.
func TestDayNamedRound42(t *testing.T) {
	checkDates(t, []dateCase{
		{"a named day",
			"Chiều 20-2-2026, nhân kỷ niệm Ngày Thầy thuốc Việt Nam 27-2, Sở Y tế tổ chức họp mặt.",
			"2026-02-20,2026-02-27"},
		{"a full date after the name",
			"Chiều 20-2-2026, nhân kỷ niệm Ngày Thầy thuốc Việt Nam 27-2-1955, Sở Y tế tổ chức họp mặt.",
			"2026-02-20,1955-02-27"},
		{"no name",
			"Chiều 20-2-2026, Sở Y tế tổ chức họp mặt, ngày mai có 27-2 đại biểu.",
			"2026-02-20"},
	})
}
