package importer

import "testing"

// Round 51: a paragraph that opens with a body's streak of honours
// ("Suốt 5 năm liền, …", "Tập thể nhà trường liên tục đạt danh hiệu …")
// is a record of what it was given before, and so is the paragraph that
// goes on from it with "Về cá nhân," (lines of our own): their awards
// and counts go, the ceremony's order stays. Not read: a streak after a
// comma, or a sentence after the streak's that tells the ceremony.
func TestStreakRecordRound51(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 29-5, UBND huyện Tân Lập tổ chức lễ để Trường Tiểu học Tân Lập đón nhận Huân chương Lao động hạng Nhất do Chủ tịch nước trao tặng.\n\n" +
			"Suốt 5 năm liền, trường giữ danh hiệu tập thể lao động xuất sắc và luôn dẫn đầu khối thi đua.\n\n" +
			"Về cá nhân, trường có 74 người được Chủ tịch UBND tỉnh Tân Lập tặng bằng khen, 14 người nhận bằng khen của Thủ tướng Chính phủ.",
			"Huân chương Lao động hạng Nhất của Chủ tịch nước: Trường Tiểu học Tân Lập"},
		{"Sáng 18/11, UBND xã Tân Lập tổ chức Lễ đón nhận Huân chương Lao động hạng Ba cho Trường THCS Tân Lập.\n\n" +
			"Tập thể nhà trường liên tục đạt danh hiệu Tập thể Lao động xuất sắc, được Chủ tịch UBND tỉnh tặng Bằng khen; Thủ tướng Chính phủ tặng Bằng khen và tặng Cờ thi đua.",
			"Huân chương Lao động hạng Ba: Trường THCS Tân Lập"},
		// The ceremony told in the sentence after the streak's stays.
		{"Sáng 18/11, UBND xã Tân Lập tổ chức lễ kỷ niệm ngày thành lập trường.\n\n" +
			"Nhiều năm liền, trường đạt danh hiệu Tập thể Lao động xuất sắc. Tại buổi lễ, UBND tỉnh Tân Lập tặng Bằng khen cho 12 cá nhân.",
			"Bằng khen của UBND tỉnh Tân Lập: 12 cá nhân"},
		// "Về cá nhân," with no streak before it is the ceremony's own.
		{"Sáng 18/11, UBND xã Tân Lập tổ chức lễ kỷ niệm ngày thành lập trường.\n\n" +
			"Về cá nhân, UBND tỉnh Tân Lập tặng Bằng khen cho 12 cá nhân.",
			"Bằng khen của UBND tỉnh Tân Lập: 12 cá nhân"},
	})
}

// Round 51: a lower-case award an office's holder hands over with a bare
// "trao", the office written right before the verb ("Chủ tịch UBND tỉnh
// Tân Lập vừa trao bằng khen cho ông A"), is an award with its
// recipients and no issuer, as one a body hands over (round 47; lines of
// our own). Not read: "trao bằng khen" with no office or body before it,
// or an office that does not end right before the verb.
func TestOfficeHandsOverRound51(t *testing.T) {
	checkAwards(t, []textCase{
		{"Chủ tịch UBND tỉnh Tân Lập vừa trao bằng khen cho ông Nguyễn Xuân Bình.",
			"Bằng khen: nguyen xuan binh"},
		{"Ngày 14-4, ông Hồ Quốc Dũng - Chủ tịch UBND tỉnh Tân Lập đã trao bằng khen cho ông Nguyễn Xuân Bình.",
			"Bằng khen: nguyen xuan binh"},
		{"Ngày 14-4, hội nghị đề nghị trao bằng khen cho ông Nguyễn Xuân Bình.",
			""},
		{"Ngày 14-4, Chủ tịch UBND tỉnh Tân Lập đến dự và trao bằng khen cho ông Nguyễn Xuân Bình.",
			""},
	})
}

// Round 51: "cá nhân" before a person's "ông", "bà" or "đồng chí" ("trao
// bằng khen cho cá nhân ông A … và bằng khen cho tập thể …") is the class
// of the person after it, who receives (lines of our own). Not read:
// "cá nhân" before a count or a common word.
func TestIndividualBeforePersonRound51(t *testing.T) {
	checkAwards(t, []textCase{
		{"UBND tỉnh Tân Lập trao bằng khen cho cá nhân ông Nguyễn Xuân Bình – Giám đốc Trung tâm Tân Lập.",
			"Bằng khen: nguyen xuan binh"},
		{"UBND tỉnh Tân Lập tặng Bằng khen cho cá nhân bà Lê Thị Hoa.",
			"Bằng khen của UBND tỉnh Tân Lập: le thi hoa"},
		{"UBND tỉnh Tân Lập tặng Bằng khen cho cá nhân có thành tích xuất sắc.",
			"Bằng khen của UBND tỉnh Tân Lập: "},
	})
}

// Round 51: the province's joint leadership that holds the tradition day
// of a force ("Tỉnh ủy, HĐND, UBND tỉnh A tổ chức Lễ kỷ niệm 80 năm Ngày
// truyền thống Lực lượng vũ trang tỉnh … và đón nhận Huân chương …")
// does not receive its order: the force does (lines of our own). Not
// read: the province's own anniversary, or one host.
func TestForceDayHostsRound51(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 23/8, Tỉnh ủy, HĐND, UBND tỉnh Lào Cai đã long trọng tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống Lực lượng vũ trang tỉnh (24/8/1945 – 24/8/2025) và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất.",
			"Huân chương Bảo vệ Tổ quốc hạng Nhất: "},
		{"Sáng ngày 30/9, Tỉnh ủy, HĐND, UBND tỉnh Lào Cai đã long trọng tổ chức Lễ kỷ niệm 30 năm ngày tái lập tỉnh (1/10/1991 – 1/10/2021) và đón nhận Huân chương Lao động hạng nhất.",
			"Huân chương Lao động hạng nhất: Tỉnh ủy Lào Cai, HĐND tỉnh Lào Cai, UBND tỉnh Lào Cai"},
		{"Sáng 19/8, Công an tỉnh Lào Cai đã long trọng tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống Công an nhân dân và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất.",
			"Huân chương Bảo vệ Tổ quốc hạng Nhất: Công an tỉnh Lào Cai"},
	})
}

// Round 51: a party member told with the cell they belong to, "(đang)
// sinh hoạt tại chi bộ …", between their name and "được trao" ("đồng
// chí A, đang sinh hoạt tại chi bộ ấp 3, xã B được trao Huy hiệu …")
// receives it (lines of our own). Not read: a cell after the giving.
func TestCellOfMemberRound51(t *testing.T) {
	checkAwards(t, []textCase{
		{"Theo đó, đồng chí Nguyễn Hoàn Cầu, đang sinh hoạt tại chi bộ ấp 3, xã Tân Lập được trao Huy hiệu 65 năm tuổi đảng.",
			"Huy hiệu 65 năm tuổi Đảng: nguyen hoan cau"},
		{"Theo đó, đồng chí Nguyễn Đạt Phương đang sinh hoạt tại chi bộ ấp 6, xã Tân Lập được trao Huy hiệu 55 năm tuổi đảng.",
			"Huy hiệu 55 năm tuổi Đảng: nguyen dat phuong"},
		{"Theo đó, Đảng ủy xã Tân Lập trao Huy hiệu 55 năm tuổi đảng cho chi bộ ấp 6 sinh hoạt tại xã.",
			"Huy hiệu 55 năm tuổi Đảng: "},
	})
}

// Round 51: a rank written in lower case before a surname ("truy tặng
// Huân chương … cho thiếu tá Hà Văn Minh, cán bộ Phòng A") introduces
// the person who receives, as a capitalized one does (lines of our own).
// Not read: a rank before a common word.
func TestLowerRankRound51(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 22/10, Công an tỉnh Tân Lập đã tổ chức buổi lễ truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho thiếu tá Hà Văn Minh, cán bộ Phòng Cảnh sát giao thông.",
			"Huân chương Bảo vệ Tổ quốc hạng Ba: ha van minh"},
		{"Sáng 22/10, Công an tỉnh Tân Lập đã tổ chức buổi lễ truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho thiếu tá đã hy sinh.",
			"Huân chương Bảo vệ Tổ quốc hạng Ba: "},
	})
}

// Round 51: an order's name ends with its class; a body in capitals
// right after it ("Lễ đón nhận Huân chương Lao động hạng Ba Trường THCS
// Tân Lập") is no part of the name (lines of our own). Not cut: an
// order's name without a class.
func TestOrderEndsAtClassRound51(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 18/11, UBND xã Tân Lập tổ chức Lễ đón nhận Huân chương Lao động hạng Ba Trường THCS Tân Lập.",
			"Huân chương Lao động hạng Ba: "},
		{"Sáng 18/11, UBND xã Tân Lập tổ chức Lễ đón nhận Huân chương Hữu nghị của Nhà nước Lào.",
			"Huân chương Hữu nghị của Nhà nước Lào: "},
	})
}

// Round 51: a crew after "tập thể", "đội" and a few words to the code of
// its craft in capitals and a number ("cho tập thể đội cứu nạn tàu SAR
// 27-01"), receives, as a numbered "Tổ" does (round 38; lines of our
// own). Not read: a crew named with no code.
func TestCrewTeamRound51(t *testing.T) {
	checkAwards(t, []textCase{
		{"UBND tỉnh Tân Lập tặng Bằng khen cho tập thể đội cứu nạn tàu SAR 27-01.",
			"Bằng khen của UBND tỉnh Tân Lập: đội cứu nạn tàu SAR 27-01"},
		{"UBND tỉnh Tân Lập tặng Bằng khen cho tập thể đội cứu nạn của tỉnh.",
			"Bằng khen của UBND tỉnh Tân Lập: "},
	})
}
