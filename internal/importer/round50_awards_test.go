package importer

import "testing"

// Round 50: a State's title given with the page's "danh" alone before
// it in quotes ("trao tặng danh “Nghệ nhân ưu tú” cho 6 cá nhân") is
// that title, as after "danh hiệu" (lines of our own). Not read: "danh"
// before a common word ("tặng danh sách") or with no quote.
func TestBareDanhRound50(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 29/12, thừa ủy nhiệm của Chủ tịch nước, UBND tỉnh Tân Lập tổ chức trao tặng danh “Nghệ nhân ưu tú” lần thứ nhất cho 6 cá nhân của tỉnh.",
			"Danh hiệu Nghệ nhân ưu tú của Chủ tịch nước: 6 cá nhân"},
		// "lần thứ" with the ordinal as a word, after "danh hiệu" too.
		{"UBND tỉnh Tân Lập trao tặng danh hiệu “Nghệ nhân ưu tú” lần thứ hai cho 4 cá nhân.",
			"Danh hiệu Nghệ nhân ưu tú của UBND tỉnh Tân Lập: 4 cá nhân"},
		// "danh" with no quote after it, or before a title not the State's.
		{"Hội đồng đã lập và trao tặng danh sách đề nghị cho 6 cá nhân.",
			""},
		{"Xã Tân Lập trao tặng danh “Công dân kiểu mẫu” cho 6 cá nhân.",
			""},
	})
}

// Round 50: the sentence after a count of recipients that opens with
// that count and "người ấy là" ("Sáu người ấy là ông A, …; bà B") names
// them, as "Đó là" does; the count may be followed by "của tỉnh" (lines
// of our own). Not read: a different number ("Hai người ấy là …" after
// 6 cá nhân), or "người" without "ấy", "này", "đó".
func TestCountNamedNextRound50(t *testing.T) {
	checkAwards(t, []textCase{
		{"UBND tỉnh Tân Lập trao tặng Bằng khen cho 2 cá nhân của tỉnh. Hai người ấy là ông Lê Văn Tâm và bà Đinh Thị Hoa.",
			"Bằng khen của UBND tỉnh Tân Lập: 2 cá nhân, le van tam, dinh thi hoa"},
		{"UBND tỉnh Tân Lập trao tặng Bằng khen cho 6 cá nhân của tỉnh. Hai người ấy là ông Lê Văn Tâm và bà Đinh Thị Hoa.",
			"Bằng khen của UBND tỉnh Tân Lập: 6 cá nhân"},
		{"UBND tỉnh Tân Lập trao tặng Bằng khen cho 2 cá nhân. Hai người là ông Lê Văn Tâm và bà Đinh Thị Hoa.",
			"Bằng khen của UBND tỉnh Tân Lập: 2 cá nhân"},
	})
}

// Round 50: those named after "N người ấy là" between clauses that tell
// of them, each after "ông" or "bà", as many as counted (lines of our
// own); with fewer found than counted, the list is read as before.
func TestCountNamedNextClausesRound50(t *testing.T) {
	checkAwards(t, []textCase{
		{"UBND tỉnh Tân Lập trao tặng Bằng khen cho 3 cá nhân của tỉnh. Ba người ấy là ông Lê Văn Tâm, (sinh năm 1950, ở phường 3) với 24 năm theo nghề; ông Hồ Văn Lài (sinh năm 1941) cùng ở huyện Bình Sơn; bà Đinh Thị Hoa (sinh năm 1964) biểu diễn múa dân gian.",
			"Bằng khen của UBND tỉnh Tân Lập: 3 cá nhân, le van tam, ho van lai, dinh thi hoa"},
		// The names in the next paragraph.
		{"Ngày 29/12, thừa ủy nhiệm của Chủ tịch nước, UBND tỉnh Tân Lập tổ chức trao tặng danh “Nghệ nhân ưu tú” lần thứ nhất cho 3 cá nhân của tỉnh.\n\nBa người ấy là ông Lê Văn Tâm, (sinh năm 1950, ở phường 3, thành phố Tân Lập) với 24 năm theo nghề tạo hình cây cảnh từ các cây cổ thụ có nguồn gốc Việt Nam; ông Hồ Văn Lài (sinh năm 1941, ở phường 3) cùng ở huyện Bình Sơn, những người có nhiều sáng chế và lưu giữ các nhạc cụ dân tộc; bà Đinh Thị Hoa (sinh năm 1964) biểu diễn, truyền dạy nhiều điệu múa dân gian...",
			"Danh hiệu Nghệ nhân ưu tú của Chủ tịch nước: 3 cá nhân, le van tam, ho van lai, dinh thi hoa"},
		// Fewer introduced than counted: none.
		{"UBND tỉnh Tân Lập trao tặng Bằng khen cho 3 cá nhân của tỉnh.\n\nBa người ấy là ông Lê Văn Tâm, (sinh năm 1950, ở phường 3, thành phố Tân Lập) với 24 năm theo nghề tạo hình cây cảnh từ các cây cổ thụ có nguồn gốc Việt Nam, người có nhiều sáng chế và lưu giữ các nhạc cụ dân tộc; và bà Đinh Thị Hoa (sinh năm 1964) biểu diễn, truyền dạy nhiều điệu múa dân gian...",
			"Bằng khen của UBND tỉnh Tân Lập: 3 cá nhân"},
	})
}

// Round 50: one "của Y" after two awards joined by "và", each with its
// own count and verb, is both awards' ("5 đơn vị được nhận Cờ thi đua và
// 11 đơn vị nhận bằng khen của Bộ Y tế"; lines of our own). Not read: the
// first award with an issuer of its own, or the second after a
// semicolon.
func TestOfNextAwardRound50(t *testing.T) {
	checkAwards(t, []textCase{
		{"Dịp này, 5 đơn vị được nhận Cờ thi đua và 11 đơn vị nhận bằng khen của Bộ Y tế.",
			"Cờ thi đua của Bộ Y tế: 5 đơn vị; Bằng khen của Bộ Y tế: 11 đơn vị"},
		{"Dịp này, 5 đơn vị được nhận Cờ thi đua của UBND tỉnh và 11 đơn vị nhận bằng khen của Bộ Y tế.",
			"Cờ thi đua của UBND tỉnh: 5 đơn vị; Bằng khen của Bộ Y tế: 11 đơn vị"},
		{"Dịp này, 5 đơn vị được nhận Cờ thi đua; 11 đơn vị nhận bằng khen của Bộ Y tế.",
			"Cờ thi đua: 5 đơn vị; Bằng khen của Bộ Y tế: 11 đơn vị"},
	})
}

// Round 50: State titles counted one after another after "phong tặng"
// ("Chủ tịch nước phong tặng 3 Nghệ nhân nhân dân, 28 Nghệ nhân ưu tú"):
// each title with its count (lines of our own). Not read: a count of
// something else after the comma ("…, 28 hồ sơ").
func TestTitlesCountedRound50(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm 2025, Chủ tịch nước phong tặng 3 Nghệ nhân nhân dân, 28 Nghệ nhân ưu tú.",
			"Danh hiệu Nghệ nhân nhân dân của Chủ tịch nước: 3 Nghệ nhân nhân dân; Danh hiệu Nghệ nhân ưu tú của Chủ tịch nước: 28 Nghệ nhân ưu tú"},
		{"Năm 2025, Chủ tịch nước phong tặng 3 Nghệ nhân nhân dân, 28 hồ sơ được trả lại.",
			"Danh hiệu Nghệ nhân nhân dân của Chủ tịch nước: 3 Nghệ nhân nhân dân"},
	})
}
