package importer

import "testing"

// Round 49: a class of an order whose issuer its sentence ties (a
// mandate, a giver, a decision) gives that issuer to no class named in
// another sentence; a class whose issuer is written in its name, or that
// the sentence lists beside it ("hạng Nhất, Nhì, Ba"), still does (lines
// of our own).
func TestClassIssuerSentenceRound49(t *testing.T) {
	checkAwards(t, []textCase{
		// The mandate opens the first class's sentence only.
		{"Tại buổi lễ, thừa ủy quyền của Chủ tịch nước, ông Lê Văn Tâm, Chủ tịch UBND tỉnh Tân Lập đã trao tặng Huân chương Chiến công hạng Nhất cho Công an tỉnh Tân Lập. Ban tổ chức đã trao Huân chương Chiến công hạng Nhì cho Phòng Cảnh sát hình sự.",
			"Huân chương Chiến công hạng Nhất của Chủ tịch nước: Công an tỉnh Tân Lập; Huân chương Chiến công hạng Nhì: Phòng Cảnh sát hình sự"},
		// The sentence lists the classes: each is the mandate's.
		{"Thừa ủy quyền của Chủ tịch nước, ông Lê Văn Tâm đã trao tặng Huân chương Lao động hạng Nhất, Nhì cho 3 cá nhân, cụ thể: Trao Huân chương Lao động hạng Nhất cho ông Hồ Văn Lài. Trao Huân chương Lao động hạng Nhì cho ông Đinh Văn Hoa.",
			"Huân chương Lao động hạng Nhất của Chủ tịch nước: ho van lai; Huân chương Lao động hạng Nhì của Chủ tịch nước: dinh van hoa"},
		// The issuer written in the class's name is carried as before.
		{"Lễ đón nhận Huân chương Lao động hạng Nhất của Chủ tịch nước. Ban tổ chức trao Huân chương Lao động hạng Ba cho ông Đinh Văn Hoa.",
			"Huân chương Lao động hạng Nhất của Chủ tịch nước: ; Huân chương Lao động hạng Ba của Chủ tịch nước: dinh van hoa"},
	})
}

// Round 49: a decision handed over with the awards it confers ("trao
// Quyết định của Tỉnh ủy và gắn huy hiệu …", "công bố Quyết định của Y và
// trao tặng …") ties Y to the awards of its sentence (lines of our own).
// Not read: a decision handed over alone, its awards in the next sentence,
// or one whose awards another clause gives ("và đọc diễn văn").
func TestHandedDecisionRound49(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tại buổi lễ, Ban Thường vụ Huyện ủy Tân Lập đã lần lượt trao Quyết định của Tỉnh ủy Bình Sơn và gắn huy hiệu 55, 50 năm tuổi Đảng cho 8 đảng viên.",
			"Huy hiệu 55 năm tuổi Đảng của Tỉnh ủy Bình Sơn: 8 đảng viên; Huy hiệu 50 năm tuổi Đảng của Tỉnh ủy Bình Sơn: "},
		{"Lãnh đạo huyện công bố Quyết định của Tỉnh ủy Bình Sơn và trao tặng Huy hiệu 60 năm tuổi Đảng cho 3 đảng viên.",
			"Huy hiệu 60 năm tuổi Đảng của Tỉnh ủy Bình Sơn: 3 đảng viên"},
		{"Ban Thường vụ Huyện ủy Tân Lập đã trao Quyết định của Tỉnh ủy Bình Sơn cho các đảng viên. Ông Lê Văn Tâm gắn huy hiệu 55 năm tuổi Đảng cho 8 đảng viên.",
			"Huy hiệu 55 năm tuổi Đảng: 8 đảng viên"},
		{"Ban Thường vụ Huyện ủy Tân Lập đã trao Quyết định của Tỉnh ủy Bình Sơn và đọc diễn văn; ông Lê Văn Tâm gắn huy hiệu 55 năm tuổi Đảng cho 8 đảng viên.",
			"Huy hiệu 55 năm tuổi Đảng: 8 đảng viên"},
	})
}

// Round 49: an award told as received before, its year opening the
// sentence and "từng" before it ("Năm 2010, Công an tỉnh từng đón nhận
// Huân chương Quân công hạng Nhì"), is a record and marks nothing, even
// where that year is the only one the story names (lines of our own).
// Not read: the year opening the sentence with no "từng" ("Năm 2010,
// Công an tỉnh đón nhận …": the story may tell that year's ceremony).
func TestPastHonourYearOpensRound49(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm 2010, Công an tỉnh Tân Lập từng đón nhận Huân chương Quân công hạng Nhì. Sáng nay, Công an tỉnh Tân Lập đón nhận Huân chương Quân công hạng Nhất của Chủ tịch nước.",
			"Huân chương Quân công hạng Nhất của Chủ tịch nước: Công an tỉnh Tân Lập"},
		{"Năm 2010, Công an tỉnh Tân Lập đón nhận Huân chương Quân công hạng Nhì của Chủ tịch nước.",
			"Huân chương Quân công hạng Nhì của Chủ tịch nước: Công an tỉnh Tân Lập"},
	})
}

// Round 49: an award named only in a sentence that counts since a time
// past ("Từ năm 2010 đến nay, Công an tỉnh liên tục được Chính phủ, UBND
// tỉnh tặng cờ thi đua và bằng khen") is no award of the story (lines of
// our own); one named there with recipients of its own, or named in the
// ceremony's sentence, stays.
func TestRunningTotalAwardRound49(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng nay, Công an tỉnh Tân Lập đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất của Chủ tịch nước. Từ năm 2010 đến nay, Công an tỉnh liên tục được Chính phủ, UBND tỉnh Tân Lập tặng cờ thi đua và bằng khen.",
			"Huân chương Bảo vệ Tổ quốc hạng Nhất của Chủ tịch nước: Công an tỉnh Tân Lập"},
		{"Sáng nay, UBND tỉnh Tân Lập tặng Cờ thi đua cho Công an tỉnh Tân Lập.",
			"Cờ thi đua của UBND tỉnh Tân Lập: Công an tỉnh Tân Lập"},
	})
}

// Round 49: a streak of years written "N năm liên tiếp" opens a record as
// "N năm liên tục" does ("Anh đã 10 năm liên tiếp đạt danh hiệu “Chiến sĩ
// thi đua cơ sở”"): the title named there is no award of the story
// (lines of our own).
func TestStreakConsecutiveRound49(t *testing.T) {
	checkAwards(t, []textCase{
		{"Chủ tịch UBND tỉnh Tân Lập tặng Bằng khen cho ông Lê Văn Tâm. Ông đã 10 năm liên tiếp đạt danh hiệu “Chiến sĩ thi đua cơ sở”.",
			"Bằng khen của Chủ tịch UBND tỉnh Tân Lập: le van tam"},
		{"Chủ tịch UBND tỉnh Tân Lập tặng Bằng khen cho ông Lê Văn Tâm. Ông Lê Văn Tâm đạt danh hiệu “Chiến sĩ thi đua cơ sở” năm nay.",
			"Bằng khen của Chủ tịch UBND tỉnh Tân Lập: le van tam; Danh hiệu Chiến sĩ thi đua cơ sở: "},
	})
}

// Round 49: "anh" and "chị" in lower case before a name introduce the
// person a list of recipients names, as "ông" and "bà" do ("cho anh Phạm
// Đình Duẩn, thợ lò …") (lines of our own); "anh hùng" in lower case is
// no such word.
func TestYoungIntroRound49(t *testing.T) {
	checkAwards(t, []textCase{
		{"Chủ tịch UBND tỉnh Tân Lập tặng Bằng khen cho anh Lê Văn Tâm, thợ lò.",
			"Bằng khen của Chủ tịch UBND tỉnh Tân Lập: le van tam"},
		{"Chủ tịch UBND tỉnh Tân Lập tặng Bằng khen cho chị Hồ Thị Lài và anh Lê Văn Tâm.",
			"Bằng khen của Chủ tịch UBND tỉnh Tân Lập: ho thi lai, le van tam"},
	})
}

// Round 49: "danh hiệu cao quý" before a title named in capitals ("phong
// tặng danh hiệu cao quý Anh hùng Lao động thời kỳ đổi mới cho …") is
// that title (lines of our own); before a title in lower case ("danh
// hiệu cao quý bà mẹ Việt Nam anh hùng là cách …") it names none.
func TestNobleTitleRound49(t *testing.T) {
	checkAwards(t, []textCase{
		{"Chủ tịch nước vừa ký quyết định phong tặng danh hiệu cao quý Anh hùng Lao động thời kỳ đổi mới cho ông Lê Văn Tâm, thợ lò.",
			"Danh hiệu Anh hùng Lao động thời kỳ đổi mới của Chủ tịch nước: le van tam"},
		{"Phong tặng danh hiệu cao quý bà mẹ Việt Nam anh hùng là cách Đảng, Nhà nước ghi nhận công lao của các mẹ.",
			""},
	})
}

// Round 49: a person told as having received the award in a year before
// the event's ("Trước đó, từ năm 2015 bà A đã được Chủ tịch nước phong
// tặng danh hiệu “Nghệ nhân Ưu tú”") is a record, no recipient of it
// (lines of our own); without the past year, or without "đã được", the
// person stays.
func TestPastReceiverRound49(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 23/11/2024, Chủ tịch nước phong tặng danh hiệu “Nghệ nhân Ưu tú” cho 16 nghệ nhân. Trước đó, từ năm 2015 bà Hồ Thị Lài đã được Chủ tịch nước phong tặng danh hiệu “Nghệ nhân Ưu tú”.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 16 nghệ nhân"},
		{"Ngày 23/11/2024, Chủ tịch nước phong tặng danh hiệu “Nghệ nhân Ưu tú” cho 16 nghệ nhân. Trong đó, bà Hồ Thị Lài đã được Chủ tịch nước phong tặng danh hiệu “Nghệ nhân Ưu tú”.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 16 nghệ nhân, ho thi lai"},
	})
}

// Round 49: the mothers a clause names after "là mẹ", when what comes
// before it speaks of the mothers given the title ("chỉ còn 2 người đang
// sống là mẹ A và B", "Người mẹ VNAH được phong tặng lần này là mẹ C"),
// are recipients of the mothers' title, their count not marked (lines of
// our own). Not read: "là mẹ" after words that give nothing ("Bí thư chi
// bộ là mẹ A").
func TestMothersNamedAloneRound49(t *testing.T) {
	checkAwards(t, []textCase{
		{"UBND tỉnh Tân Lập truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 24 mẹ. Trong các mẹ được vinh danh đợt này, chỉ còn 2 người đang sống là mẹ Lê Thị Mận và Hồ Thị Lài (cùng ở huyện Tân Lập).",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của UBND tỉnh Tân Lập: 24 mẹ, le thi man, ho thi lai"},
		{"UBND tỉnh Tân Lập truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 24 mẹ. Người mẹ được phong tặng lần này là mẹ Đinh Thị Hoa, quê ở Bình Sơn.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của UBND tỉnh Tân Lập: 24 mẹ, dinh thi hoa"},
		{"UBND tỉnh Tân Lập truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 24 mẹ. Bí thư chi bộ là mẹ Đinh Thị Hoa.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của UBND tỉnh Tân Lập: 24 mẹ"},
	})
}

// Round 49: "đ/c", "đồng chí" written short, counts party members as
// "đồng chí" does ("gồm 3 đ/c 65 tuổi Đảng, 1 đ/c 50 tuổi Đảng") (lines
// of our own).
func TestComradeShortRound49(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đảng bộ xã Tân Lập tổ chức lễ trao huy hiệu 65 và 50 năm tuổi Đảng cho các đảng viên.\n\nLần này, đảng bộ xã Tân Lập có 4 đ/c được nhận huy hiệu Đảng, gồm 3 đ/c 65 tuổi Đảng và 1 đ/c 50 tuổi Đảng.",
			"Huy hiệu 65 năm tuổi Đảng: 3 đ/c; Huy hiệu 50 năm tuổi Đảng: 1 đ/c"},
	})
}

// Round 49: a count, "gồm" and a body named right after it list those
// the award named later in the sentence goes to ("4 tập thể gồm Trường
// A (Tân Trụ), Trường B (Thủ Thừa) cùng 43 cá nhân được nhận Bằng khen
// của Thủ tướng Chính phủ") (lines of our own). With no award named
// after the list in its sentence, nothing is read.
func TestCountGomBodiesRound49(t *testing.T) {
	checkAwards(t, []textCase{
		{"Cùng với đó, 2 tập thể gồm Trường Tiểu học Bình Sơn (Tân Trụ), Trường Tiểu học Tân Lập (Thủ Thừa) cùng 43 cá nhân được nhận Bằng khen của Thủ tướng Chính phủ.",
			"Bằng khen của Thủ tướng Chính phủ: 43 cá nhân, Trường Tiểu học Bình Sơn, Trường Tiểu học Tân Lập"},
		{"Thủ tướng Chính phủ tặng Bằng khen cho 43 cá nhân. Huyện có 2 tập thể gồm Trường Tiểu học Bình Sơn, Trường Tiểu học Tân Lập đạt chuẩn quốc gia.",
			"Bằng khen của Thủ tướng Chính phủ: 43 cá nhân"},
	})
}

// Round 49: a hero's title named short ("được phong tặng danh hiệu Anh
// hùng Lao động") and named with its period ("danh hiệu Anh hùng Lao động
// thời kỳ đổi mới") by the same issuer is one award (lines of our own);
// alone, the short name stays.
func TestPeriodTitleRound49(t *testing.T) {
	checkAwards(t, []textCase{
		{"Một thợ lò được phong tặng danh hiệu Anh hùng Lao động\n\nChủ tịch nước vừa ký quyết định phong tặng danh hiệu Anh hùng Lao động thời kỳ đổi mới cho ông Lê Văn Tâm, thợ lò.",
			"Danh hiệu Anh hùng Lao động thời kỳ đổi mới của Chủ tịch nước: le van tam"},
		{"Chủ tịch nước vừa ký quyết định phong tặng danh hiệu Anh hùng Lao động cho ông Lê Văn Tâm, thợ lò.",
			"Danh hiệu Anh hùng Lao động của Chủ tịch nước: le van tam"},
	})
}
