package importer

import "testing"

// TestProvinceInQuotedNameRound53 covers a province written only at the
// head of a quoted name, a movement's or a campaign's (“Quảng Bình chung
// sức xây dựng nông thôn mới”): it names no province of the story, and
// bare "UBND tỉnh" stays bare. Lines of our own.
func TestProvinceInQuotedNameRound53(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a movement's name",
			"Năm 2024, UBND tỉnh tặng Bằng khen cho các tập thể trong phong trào thi đua “Quảng Bình chung sức xây dựng nông thôn mới”.",
			"UBND tỉnh"},
		{"a campaign's name",
			"Năm 2024, UBND tỉnh phát động cuộc vận động \"Quảng Bình nói không với rác thải nhựa\" trong toàn tỉnh.",
			"UBND tỉnh"},
		{"must not fire: the province written bare",
			"Năm 2024, UBND tỉnh đánh giá tình hình kinh tế - xã hội của Quảng Bình.",
			"UBND tỉnh Quảng Bình"},
		{"must not fire: a quote of speech after a colon",
			"Năm 2024, UBND tỉnh kết luận: “Quảng Bình cần đẩy mạnh xây dựng nông thôn mới”.",
			"UBND tỉnh Quảng Bình"},
	})
}

// TestHamletNumberRound53 covers a party cell's hamlet named, then
// numbered ("Chi bộ xóm Chiềng Vang 1"). Lines of our own.
func TestHamletNumberRound53(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"the hamlet's name, then its number",
			"Năm 2025, đồng chí Lê Văn Ba, đảng viên Chi bộ xóm Bãi Dài 2 xúc động phát biểu.", "Chi bộ xóm Bãi Dài 2"},
		{"must not fire: a count after the name",
			"Năm 2025, Chi bộ xóm Bãi Dài 3 năm liền đạt trong sạch vững mạnh.", "Chi bộ xóm Bãi Dài"},
	})
}

// TestHamletPeopleRound53 covers a hamlet's people as a body, the hamlet
// placed by its commune after a comma ("Nhân dân và cán bộ xóm 6, xã
// Nghi Phong"). Lines of our own.
func TestHamletPeopleRound53(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a hamlet by its number",
			"Năm 2024, Chủ tịch UBND tỉnh tặng Bằng khen cho Nhân dân và cán bộ xóm 3, xã Tân Lập.", "Nhân dân và cán bộ xóm 3, xã Tân Lập"},
		{"a hamlet by its name",
			"Năm 2024, Chủ tịch UBND tỉnh tặng Bằng khen cho Nhân dân và cán bộ thôn Tân Phú, xã Tân Lập.", "Nhân dân và cán bộ thôn Tân Phú, xã Tân Lập"},
		{"must not fire: a hamlet with no commune after it",
			"Năm 2024, Chủ tịch UBND tỉnh tặng Bằng khen cho Nhân dân và cán bộ xóm 3, có thành tích xuất sắc.", ""},
	})
}

// TestCityHolderBeforeVerbRound53 covers a city council's chair named
// right after "thành phố" and before the sentence's verb or time ("Chủ
// tịch HĐND thành phố Nguyễn Ngọc Tuấn sáng 16/5 đã tới dự"): the holder,
// not the city. Lines of our own.
func TestCityHolderBeforeVerbRound53(t *testing.T) {
	checkList(t, "positions", postsOf, []struct{ name, text, want string }{
		{"the holder before the time",
			"Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố Lê Văn Ba sáng 16/5 đã tới dự lễ trao Huy hiệu Đảng.",
			"Lê Văn Ba: Chủ tịch @ HĐND thành phố; Lê Văn Ba: Phó Bí thư @ Thành ủy"},
		{"the holder before the verb",
			"Năm 2024, Chủ tịch HĐND thành phố Lê Văn Ba nhấn mạnh ý nghĩa của đợt trao Huy hiệu Đảng.",
			"Lê Văn Ba: Chủ tịch @ HĐND thành phố"},
	})
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"must not fire: a city of three words",
			"Năm 2024, HĐND thành phố Buôn Ma Thuột tổ chức kỳ họp thứ 10.", "HĐND thành phố Buôn Ma Thuột"},
	})
}

// TestCompiledBylineRound53 covers a byline with the note that its
// writer compiled the story ("Kim Oanh (tổng hợp)"). Lines of our own.
func TestCompiledBylineRound53(t *testing.T) {
	checkList(t, "authors", authorsOf, []struct{ name, text, want string }{
		{"the note in brackets", "Tân Yên trao Huy hiệu Đảng\n" + lead52 + "\n" + body52 + "\nMinh Thư (tổng hợp)\n", "Minh Thư"},
		{"the note written short", "Tân Yên trao Huy hiệu Đảng\n" + lead52 + "\n" + body52 + "\nMinh Thư (t/h)\n", "Minh Thư"},
		{"must not fire: words in brackets that are no note",
			"Tân Yên trao Huy hiệu Đảng\n" + lead52 + "\n" + body52 + "\nMinh Thư (bìa trái)\n", ""},
	})
}

// TestHamletHeadRound53 covers a hamlet's head, a post held in no body
// ("Xóm trưởng xóm 9, xã Nghi Phong"). Lines of our own.
func TestHamletHeadRound53(t *testing.T) {
	checkList(t, "positions", postsOf, []struct{ name, text, want string }{
		{"the title after a dash, its hamlet after it",
			"Năm 2024, Chủ tịch UBND tỉnh tặng Bằng khen cho: Ông Lê Văn Ba – Xóm trưởng xóm 9, xã Tân Lập.", "Lê Văn Ba: Xóm trưởng @ "},
		{"the title before the name",
			"Năm 2024, Trưởng thôn Lê Văn Ba cho biết cả thôn đã góp công xây nhà văn hóa.", "Lê Văn Ba: Trưởng thôn @ "},
		{"must not fire: the title in lower case with no name",
			"Năm 2024, các trưởng thôn đã góp công xây nhà văn hóa.", ""},
	})
}

// TestListMateHomeRound53 covers an item of a list of people whose name
// is followed by the person's home after "ở" ("gồm: A, B, cùng ở xã C;
// D ở xã E, huyện F; G"). Lines of our own.
func TestListMateHomeRound53(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"items with their homes",
			"Các nghệ nhân được trao tặng danh hiệu đợt này gồm: Lê Văn Ba, Trần Văn Tư, cùng ở xã Hồng Lạc; Phạm Hùng Minh ở xã Thanh Sơn, huyện Thanh Hà; Đinh Văn Phú",
			"Lê Văn Ba; Trần Văn Tư; Phạm Hùng Minh; Đinh Văn Phú"},
		{"must not fire: a list of places, one with its home",
			"Các làng nghề được công nhận đợt này gồm: Đông Hồ, Chu Đậu; Bát Tràng ở xã Bát Tràng, huyện Gia Lâm; Phù Lãng.", ""},
	})
}

// TestDepartmentLowerFieldRound53 covers a ministry's department (Cục)
// whose field carries a word in lower case ("Cục Di sản văn hóa"). Lines
// of our own.
func TestDepartmentLowerFieldRound53(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"the field's second word in lower case", "Năm 2019, Cục Di sản văn hóa đã trao danh hiệu cho các nghệ nhân.", "Cục Di sản văn hóa"},
		{"the field capitalized", "Năm 2019, Cục Di sản Văn hóa đã trao danh hiệu cho các nghệ nhân.", "Cục Di sản Văn hóa"},
		{"must not fire: the field as a common noun", "Năm 2019, các nghệ nhân giữ gìn di sản văn hóa của dân tộc.", ""},
	})
}

// TestFundRound53 covers a fund named by its cause and placed by its
// unit ("Quỹ Khuyến học TP Cần Thơ"). Lines of our own.
func TestFundRound53(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a fund and its city", "Năm 2014, Quỹ Khuyến học TP Cần Thơ đã vận động được 48 tỉ đồng.", "Quỹ Khuyến học TP Cần Thơ"},
		{"must not fire: a fund in lower case", "Năm 2014, quỹ khuyến học của xã đã vận động được 48 tỉ đồng.", ""},
	})
}

// TestMobilePoliceRound53 covers a police force's mobile arm named by
// the force it is of ("Cảnh sát Cơ động Công an tỉnh …"). Lines of our
// own.
func TestMobilePoliceRound53(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"the arm and its force",
			"Năm 2025, ông Lê Văn Ba, chiến sỹ Cảnh sát Cơ động Công an tỉnh Bà Rịa - Vũng Tàu đã hy sinh.", "Cảnh sát Cơ động Công an tỉnh Bà Rịa - Vũng Tàu"},
		{"must not fire: the arm alone", "Năm 2025, lực lượng Cảnh sát cơ động tuần tra trên tuyến đường.", ""},
	})
}

// TestProvinceInSchoolNameRound53 covers a province written only at the
// end of a school's name ("Trường Cao đẳng Bến Tre"): bare "UBND tỉnh"
// stays bare. Lines of our own.
func TestProvinceInSchoolNameRound53(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a college's name",
			"Năm 2014, Trường Cao đẳng Quảng Bình tổng kết chiến dịch; UBND tỉnh tặng bằng khen cho 1 tập thể.",
			"Trường Cao đẳng Quảng Bình; UBND tỉnh"},
		{"must not fire: the province written bare too",
			"Năm 2014, Trường Cao đẳng Quảng Bình tổng kết chiến dịch; UBND tỉnh tặng bằng khen cho 1 tập thể của Quảng Bình.",
			"Trường Cao đẳng Quảng Bình; UBND tỉnh Quảng Bình"},
	})
}
