package importer

import "testing"

// Round 48: a list whose items are each a name with a bracket after it
// that opens in lower case — where she lived, a pen name — names those
// people, each a recipient and a person of the story, whether the
// people rules found them or not (lines of our own). Not read: a
// bracket that opens in capitals (a name's head: "Trường A (Hiệu trưởng
// B)"), a single item so written, words that are no name.
func TestBracketedListRound48(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tại buổi lễ, theo ủy quyền của Chủ tịch nước, ông Nguyễn Văn Tâm đã trao danh hiệu “Mẹ Việt Nam Anh hùng” cho thân nhân của 3 mẹ: Lê Thị Mận (xã Bình Sơn, huyện Tân Lập), Hồ Thị Lài (thị trấn Tân Lập) và Đinh Thị Hoa (xã Bình Sơn).",
			"Danh hiệu Mẹ Việt Nam Anh hùng của Chủ tịch nước: 3 mẹ, le thi man, ho thi lai, dinh thi hoa"},
		{"UBND huyện Tân Lập truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho các mẹ Lê Thị Mận (xã 1), Hồ Thị Lài (xã 2), Đinh Thị Hoa (xã 3).",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của UBND huyện Tân Lập: le thi man, ho thi lai, dinh thi hoa"},
		// One item so written: no list of that shape.
		{"UBND huyện Tân Lập tặng Bằng khen cho 2 cá nhân: Lê Văn Mận (xã Bình Sơn).",
			"Bằng khen của UBND huyện Tân Lập: 2 cá nhân"},
		// Brackets that open in capitals: a name's head, no list of this
		// shape (the names are not read as the list's).
		{"UBND huyện Tân Lập tặng Bằng khen cho 2 cá nhân: Lê Mận (Trường A), Hồ Lài (Trường B).",
			"Bằng khen của UBND huyện Tân Lập: 2 cá nhân"},
	})
}

// Round 48: two names joined by "và" share the bracket of a list written
// "Name (…)" (lines of our own).
func TestBracketSharedRound48(t *testing.T) {
	checkAwards(t, []textCase{
		{"Thủ tướng Chính phủ tặng Bằng khen cho 4 vận động viên, gồm: Lê Thị Mận (môn điền kinh), Hồ Thị Lài (môn judo), Đinh Thị Hoa và Phan Thị Cúc (môn bi sắt).",
			"Bằng khen của Thủ tướng Chính phủ: 4 vận động viên, le thi man, ho thi lai, dinh thi hoa, phan thi cuc"},
	})
}

// Round 48: a sentence that names no award and opens with a count given
// it passively ("12 mẹ được truy tặng gồm các mẹ A (…), …", "Trong số đó
// có 10 tác giả được truy tặng, gồm: tác giả A (bút danh: …), …") lists
// those the count counts: the award whose name the count writes again,
// the mothers' title for mothers, else the award named last (lines of
// our own). A count that tells more than a giving ("được nhận thêm tiền
// thưởng") opens no list of this kind.
func TestCountedListPassiveRound48(t *testing.T) {
	checkAwards(t, []textCase{
		{"UBND huyện Tân Lập tổ chức lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng và trao Huân chương Độc lập cho 2 gia đình. 3 mẹ được truy tặng gồm các mẹ Lê Thị Mận (xã 1), Hồ Thị Lài (xã 2) và Đinh Thị Hoa (xã 3).",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 3 mẹ, le thi man, ho thi lai, dinh thi hoa; Huân chương Độc lập: "},
		{"Chủ tịch UBND tỉnh Tân Lập tặng Bằng khen cho 12 cá nhân. Trong số đó có 2 cá nhân được truy tặng, gồm: ông Lê Văn Mận (quê xã Bình Sơn) và ông Hồ Văn Lài (quê xã Bình Minh).",
			"Bằng khen của Chủ tịch UBND tỉnh Tân Lập: 12 cá nhân, 2 cá nhân, le van man, ho van lai"},
		// What they did: no list of this kind.
		{"Chủ tịch UBND tỉnh Tân Lập tặng Bằng khen cho 12 cá nhân. Trong số đó có 2 cá nhân được nhận thêm tiền thưởng, gồm: ông Lê Văn Mận (quê xã Bình Sơn) và ông Hồ Văn Lài (quê xã Bình Minh).",
			"Bằng khen của Chủ tịch UBND tỉnh Tân Lập: 12 cá nhân"},
	})
}

// Round 48: a prize named in lower case after "trao", its field before
// its name ("lễ trao giải thưởng văn học nghệ thuật Văn Xương Các"), and
// authors and athletes counted (lines of our own). Not read: a prize
// with no name after its field.
func TestPrizeFieldRound48(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 31/12/2020, UBND tỉnh Tân Lập tổ chức lễ trao giải thưởng văn học nghệ thuật Bình Sơn năm 2020 cho 19 tác giả.",
			"Giải thưởng văn học nghệ thuật Bình Sơn năm 2020: 19 tác giả"},
		{"Sáng 31/12/2020, UBND tỉnh Tân Lập tổ chức lễ trao giải thưởng văn học nghệ thuật cho 19 tác giả.",
			""},
	})
}

// Round 48: a total of mothers written with their title after the count
// ("cho 584 bà mẹ Việt Nam anh hùng, trong đó 13 mẹ được phong tặng và
// 571 mẹ được truy tặng") gives way to its parts, living and posthumous,
// as Gold lists mark them (lines of our own). Parts that do not add up
// keep the total.
func TestHeroTotalSplitRound48(t *testing.T) {
	checkAwards(t, []textCase{
		{"Chủ tịch nước phong tặng, truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 58 bà mẹ Việt Nam anh hùng, trong đó 3 mẹ được phong tặng và 55 mẹ được truy tặng.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước: 3 mẹ, 55 mẹ"},
		{"Chủ tịch nước phong tặng, truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 58 bà mẹ Việt Nam anh hùng, trong đó 3 mẹ được phong tặng và 50 mẹ được truy tặng.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước: 58 bà mẹ"},
	})
}

// Round 48: a State's title conferred on those counted, "danh hiệu"
// written between the count and the title ("truy tặng 24 danh hiệu Bà mẹ
// Việt Nam anh hùng"), as without it (lines of our own); not in a
// headline, whose count the body tells again with the title's issuer.
func TestCountedTitleWordRound48(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tân Lập trao và truy tặng 24 danh hiệu Bà mẹ Việt Nam anh hùng\n\nChiều 25-7, UBND tỉnh Tân Lập tổ chức buổi trao và truy tặng 24 danh hiệu Bà mẹ Việt Nam anh hùng.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 24 danh hiệu Bà mẹ Việt Nam anh hùng"},
		{"Chiều 25-7, UBND tỉnh Tân Lập tổ chức buổi trao và truy tặng 24 Bà mẹ Việt Nam anh hùng.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 24 Bà mẹ Việt Nam anh hùng"},
	})
}

// Round 48: an order named without its issuer in the story's year
// retells the one named with its issuer whose year is the end of its
// reason's period (lines of our own). Two such orders of that name keep
// the short one apart.
func TestEarlierYearIssuedRound48(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 18/11/2019, Sở Y tế tỉnh Tân Lập đón nhận Huân chương Lao động hạng Nhì.\n\nThừa ủy quyền của Chủ tịch nước, lãnh đạo tỉnh đã trao tặng Huân chương Lao động hạng Nhì cho Sở Y tế tỉnh Tân Lập vì có thành tích xuất sắc trong công tác từ năm 2014 đến năm 2018.",
			"Huân chương Lao động hạng Nhì của Chủ tịch nước: Sở Y tế tỉnh Tân Lập"},
		// Two issued orders of that name from earlier years: which one the
		// short name retells is not known.
		{"Sáng 18/11/2019, Sở Y tế tỉnh Tân Lập đón nhận Huân chương Lao động hạng Nhì.\n\nThừa ủy quyền của Chủ tịch nước, lãnh đạo tỉnh đã trao tặng Huân chương Lao động hạng Nhì cho Sở Y tế tỉnh Tân Lập vì có thành tích xuất sắc trong công tác từ năm 2014 đến năm 2018. Thừa ủy quyền của Chủ tịch nước CHDCND Lào, lãnh đạo tỉnh Sê Kông đã trao tặng Huân chương Lao động hạng Nhì cho Sở Y tế tỉnh Tân Lập vì có thành tích xuất sắc từ năm 2015 đến năm 2017.",
			"Huân chương Lao động hạng Nhì: Sở Y tế tỉnh Tân Lập; Huân chương Lao động hạng Nhì của Chủ tịch nước: Sở Y tế tỉnh Tân Lập; Huân chương Lao động hạng Nhì của Chủ tịch nước CHDCND Lào: Sở Y tế tỉnh Tân Lập"},
	})
}

// Round 48: a body that hands over with a bare "trao" an award of the
// name another giver's award has ("Chủ tịch UBND tỉnh tặng bằng khen …;
// Tỉnh Đoàn trao bằng khen cho …") hands over its own, with an empty
// issuer, not the award named again (lines of our own). The giver's
// own body handing it over is the award named again.
func TestHandedByOtherRound48(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tại hội nghị, Chủ tịch UBND tỉnh Tân Lập tặng bằng khen cho 15 tập thể và 30 cá nhân có thành tích xuất sắc; Tỉnh Đoàn trao bằng khen cho 13 tập thể và 39 cá nhân có thành tích xuất sắc.",
			"Bằng khen của Chủ tịch UBND tỉnh Tân Lập: 15 tập thể và 30 cá nhân; Bằng khen: 13 tập thể và 39 cá nhân"},
		{"Tại hội nghị, UBND tỉnh Tân Lập tặng Bằng khen cho 15 tập thể. Sau đó, UBND tỉnh Tân Lập trao bằng khen cho 13 tập thể khác.",
			"Bằng khen của UBND tỉnh Tân Lập: 15 tập thể, 13 tập thể"},
	})
}

// Round 48: a contest's grades written as letters, their winners named
// bare after "được trao cho" or "thuộc về" (lines of our own). Not read:
// a letter grade with no winners named ("trao 4 giải C cho các thí sinh").
func TestLetterGradesRound48(t *testing.T) {
	checkAwards(t, []textCase{
		{"Kết quả, 2 giải A được trao cho Lê Văn Mận, lớp 11 Văn, Trường THPT Bình Sơn; Hồ Thị Lài, lớp 12C4 và Đinh Thị Hoa, lớp 11A5, Trường THPT Bình Minh. 3 giải B thuộc về Phan Thị Cúc, lớp 11 Văn, Trường THPT Bình Sơn; tập thể lớp 11A3, Trường THPT Bình Minh. Bên cạnh đó, ban tổ chức còn trao 4 giải C cho các thí sinh.",
			"Giải A: le van man, ho thi lai, dinh thi hoa; Giải B: phan thi cuc"},
	})
}
