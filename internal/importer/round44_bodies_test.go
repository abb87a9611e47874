package importer

import "testing"

// TestApostropheNamesRound44 covers the names of the Central Highlands'
// peoples written as one word joined across an apostrophe ("K’Brơi",
// "H’Mai"): a whole name by itself after "ông" or "bà", though it has no
// family name. Lines of our own.
func TestApostropheNamesRound44(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"one word after 'ông', a straight apostrophe",
			"Kỳ họp đã bầu ông K'Brơi làm Phó Chủ tịch HĐND huyện Tân Châu.",
			"K'Brơi"},
		{"one word after 'Bà', a curly apostrophe, with an apposition",
			"Bà H’Mai, Phó Chủ tịch UBND huyện Tân Châu, phát biểu tại buổi lễ.",
			"H’Mai"},
		{"two words, as before",
			"Ông K’Sơn Hà, Chủ tịch UBND huyện Tân Châu, trao quà.",
			"K’Sơn Hà"},
		{"in a list of names after 'Các ông:', with a full name",
			"Các ông: K’Brơi và Lê Văn Hai được bầu làm Phó Chủ tịch HĐND tỉnh Tân Châu.",
			"K’Brơi; Lê Văn Hai"},
		{"must not fire: a list of one-word names with no apostrophe",
			"Các ông: Hai và Ba được bầu làm Phó Chủ tịch HĐND tỉnh Tân Châu.",
			""},
		{"must not fire: one word with no apostrophe after 'ông'",
			"Theo ông Hai, kỳ họp đã thành công tốt đẹp.",
			""},
		{"must not fire: an apostrophe word with no 'ông' or 'bà' before it",
			"Đội văn nghệ K'Brơi biểu diễn tại lễ hội.",
			""},
	})
}

// TestPostsAfterLifeInBracketRound44 covers the posts written in a
// bracket after the life told there ("ông A (sinh năm 1972, dân tộc Mạ,
// Phó Bí thư Huyện ủy …) làm …"): each post after the life is the
// person's, and the post given after the bracket still finds the person.
// A bracket with the life alone gives no post. Lines of our own.
func TestPostsAfterLifeInBracketRound44(t *testing.T) {
	checkList(t, "posts", postsOf, []struct{ name, text, want string }{
		{"a birth year, a people, two posts, then the post given",
			"Kỳ họp bầu ông Lê Văn Bốn (sinh năm 1970, dân tộc Tày, Phó Bí thư Huyện ủy huyện Tân Hà, Đại biểu HĐND tỉnh) làm Ủy viên thường trực HĐND tỉnh.",
			"Lê Văn Bốn: Phó Bí thư @ Huyện ủy huyện Tân Hà; Lê Văn Bốn: Đại biểu @ HĐND tỉnh; Lê Văn Bốn: Ủy viên thường trực @ HĐND tỉnh"},
		{"'SN' and one post",
			"Bà Phạm Thị Năm (SN 1975, Trưởng ban Dân tộc HĐND tỉnh Tân Châu) phát biểu.",
			"Phạm Thị Năm: Trưởng ban @ Ban Dân tộc HĐND tỉnh Tân Châu"},
		{"must not fire: the life alone in the bracket",
			"Ông Lê Văn Bốn (sinh năm 1970, dân tộc Tày) được bầu làm Phó Chủ tịch HĐND tỉnh.",
			"Lê Văn Bốn: Phó Chủ tịch @ HĐND tỉnh"},
		{"must not fire: a year that is no birth year opens the bracket",
			"Ông Lê Văn Bốn (năm 1970, Phó Bí thư Huyện ủy huyện Tân Hà) kể lại.",
			""},
	})
}

// TestPhotoPlaceBeforeAppositionRound44 covers a caption's list of people,
// each with where they stand in the photo in brackets between the name
// and the apposition ("Ông A (thứ 2 từ trái qua), Phó Bí thư Tỉnh ủy, …
// và ông B (thứ 3 từ phải sang), …"): the posts after the bracket are the
// person's. Lines of our own.
func TestPhotoPlaceBeforeAppositionRound44(t *testing.T) {
	checkList(t, "posts", postsOf, []struct{ name, text, want string }{
		{"two guests of a caption, each placed in the photo",
			"Ông Lê Văn Hai (thứ 2 từ trái qua), Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và ông Trần Văn Ba (thứ 3 từ phải sang), Chủ tịch HĐND tỉnh tặng hoa chúc mừng.",
			"Lê Văn Hai: Chủ tịch @ UBND tỉnh; Lê Văn Hai: Phó Bí thư @ Tỉnh ủy; Trần Văn Ba: Chủ tịch @ HĐND tỉnh"},
		{"one word of place and a dash",
			"Bà Phạm Thị Năm (phải) - Giám đốc Sở Y tế tỉnh Tân Châu trao giấy khen.",
			"Phạm Thị Năm: Giám đốc @ Sở Y tế tỉnh Tân Châu"},
		{"must not fire: no post after the bracket",
			"Ông Lê Văn Hai (thứ 2 từ trái qua), cùng các đại biểu dự lễ.",
			""},
		{"must not fire: a number alone in brackets, a note",
			"Ông Lê Văn Hai (5), Phó Bí thư Tỉnh ủy Tân Châu, được bầu.",
			""},
		{"must not fire: a bracket that is no place in a photo",
			"Ông Lê Văn Hai (quê Tân Châu), Phó Bí thư Tỉnh ủy kể lại.",
			""},
	})
}

// TestCutNameAtLineEndRound44 covers a body's name cut mid-word where a
// line or a page ends ("Ủy ban Nh", "… Việt Nam T"): the cut word is no
// syllable, and a name ending in it is no body (nor the post held in it).
// A whole word, an abbreviation or a Roman numeral at the line's end is
// no cut. Lines of our own.
func TestCutNameAtLineEndRound44(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a name cut after two letters, a line after it",
			"Ông Lê Văn Hai, Tỉnh ủy viên, Phó Chủ tịch Ủy ban Nh\nBà Phạm Thị Ba dự lễ.",
			"Tỉnh ủy"},
		{"a name cut after one capital at the text's end",
			"Bản quyền thuộc Ủy ban Mặt trận Tổ quốc tỉnh Tân Châu T",
			""},
		{"must not fire: an abbreviation ends the line",
			"Ông Lê Văn Hai, Phó Chủ tịch UBND tỉnh Tân Châu, dự họp cùng Bộ GD&ĐT\nBà Phạm Thị Ba dự lễ.",
			"UBND tỉnh Tân Châu; Bộ GD&ĐT"},
		{"must not fire: a Roman numeral ends the line",
			"Kỳ họp thứ nhất HĐND tỉnh Tân Châu khóa X",
			"HĐND tỉnh Tân Châu khóa X"},
		{"must not fire: a whole syllable ends the line",
			"Ông Lê Văn Hai, Phó Chủ tịch Ủy ban nhân dân tỉnh Tân Châu\nBà Phạm Thị Ba dự lễ.",
			"Ủy ban nhân dân tỉnh Tân Châu"},
	})
	checkList(t, "posts", postsOf, []struct{ name, text, want string }{
		{"the post held in a cut name is no post",
			"Ông Lê Văn Hai, Phó Chủ tịch Ủy ban Nh\nBà Phạm Thị Ba dự lễ.",
			""},
	})
}

// TestDelegateOfProvinceRound44 covers a delegate of the Quốc hội named
// by the province that elected them ("đại biểu Quốc hội tỉnh A khóa
// XIV"): the body is the one Quốc hội, the province and the term are the
// delegate's. The province's delegation ("Đoàn đại biểu Quốc hội tỉnh
// A") is a body of its own. Lines of our own.
func TestDelegateOfProvinceRound44(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a delegate by province and terms",
			"Ông từng là đại biểu Quốc hội tỉnh Tân Châu khóa XIII và XIV.",
			"Quốc hội"},
		{"must not fire: the province's delegation",
			"Ông Lê Văn Hai, Trưởng Đoàn đại biểu Quốc hội tỉnh Tân Châu, phát biểu.",
			"Đoàn đại biểu Quốc hội tỉnh Tân Châu"},
		{"must not fire: a term with no province",
			"Ông từng là đại biểu Quốc hội khóa XIV.",
			"Quốc hội khóa XIV"},
	})
	checkList(t, "posts", postsOf, []struct{ name, text, want string }{
		{"a person's post as a delegate by province",
			"Ông Lê Văn Hai, đại biểu Quốc hội tỉnh Tân Châu, phát biểu tại hội nghị.",
			"Lê Văn Hai: đại biểu @ Quốc hội"},
	})
}

// TestLowerMiddleNameRound44 covers a name whose middle name "văn" or
// "thị" is written in lower case ("Phan văn Mãi"), as pages write it: a
// name as written, after "ông" or after a title and its body, and no
// place after "thành phố"; the city's body written bare then is the one
// the story named with its city written short ("UBND TP A"). Lines of
// our own.
func TestLowerMiddleNameRound44(t *testing.T) {
	checkList(t, "posts", postsOf, []struct{ name, text, want string }{
		{"after a title and a city's body written bare",
			"Chủ tịch UBND thành phố Lê văn Hai phát biểu tại buổi lễ.",
			"Lê Văn Hai: Chủ tịch @ UBND thành phố"},
		{"after 'Ông', with an apposition",
			"Ông Lê thị Hai, Chủ tịch UBND tỉnh Tân Châu, phát biểu.",
			"Lê Thị Hai: Chủ tịch @ UBND tỉnh Tân Châu"},
		{"must not fire: 'thị' before a lower-case word",
			"Ông Lê Văn Hai, Chủ tịch UBND thị trấn Tân Hà, phát biểu.",
			"Lê Văn Hai: Chủ tịch @ UBND thị trấn Tân Hà"},
	})
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"must not fire: a lower-case 'văn' after no family name",
			"Đội Tân văn Hai biểu diễn tại lễ hội.",
			""},
	})
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"the city's body written bare after its name written short",
			"Ngày 6/10, 5 tập thể được UBND TP Hồ Chí Minh tặng bằng khen.\nChủ tịch UBND thành phố Lê văn Hai bày tỏ cảm ơn.",
			"UBND TP Hồ Chí Minh"},
	})
}

// TestNumberedForceRomanRound44 covers a military region or an army corps
// numbered in Roman numerals ("Quân khu IV", "Quân đoàn II"), as by
// figures. The region alone, or followed by a word that is no numeral,
// names none. Lines of our own.
func TestNumberedForceRomanRound44(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a military region in Roman numerals",
			"Đại tá Lê Văn Hai, Phó Tư lệnh Quân khu VII, trao Huân chương.",
			"Quân khu VII"},
		{"an army corps in Roman numerals",
			"Đơn vị thuộc Quân đoàn II dự lễ kỷ niệm.",
			"Quân đoàn II"},
		{"must not fire: no number after the region",
			"Lực lượng vũ trang Quân khu đã tham gia cứu hộ.",
			""},
		{"must not fire: a capitalized word that is no numeral",
			"Lực lượng vũ trang Quân khu Tây Nguyên đã tham gia cứu hộ.",
			""},
	})
}

// TestStateCorporationRound44 covers a state corporation, "Tổng Công ty"
// and its trades and name ("Tổng Công ty Đầu tư và Phát triển …"),
// known by its name as a ministry is, wherever it is written (a career
// told, a list), its legal form after a dash read whole. "Tổng Công ty"
// with no name after it names none. Lines of our own.
func TestStateCorporationRound44(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"in a career told, its trades joined by 'và'",
			"Các chức vụ ông Lê Văn Hai từng đảm nhiệm: Tổng Giám đốc Tổng Công ty Xây dựng và Phát triển Đô thị Tân Châu; Bí thư Thị ủy Tân Hà.",
			"Tổng Công ty Xây dựng và Phát triển Đô thị Tân Châu; Thị ủy Tân Hà"},
		{"its legal form after a dash",
			"Tổng Công ty Du lịch Tân Châu-Công ty TNHH một thành viên được tặng Bằng khen.",
			"Tổng Công ty Du lịch Tân Châu-Công ty TNHH một thành viên"},
		{"must not fire: no name after the head",
			"Các tổng công ty và Tổng Công ty của tỉnh đều tham gia.",
			""},
	})
}

// TestYouthUnionRound44 covers the Communist Youth Union named whole
// ("Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"): one
// central body by its name, "Hồ Chí Minh" in it no province. A union of
// a place or a school after it is left as before. Lines of our own.
func TestYouthUnionRound44(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"the union by its initials, at an anniversary",
			"Nhân kỷ niệm 90 năm ngày thành lập Đoàn TNCS Hồ Chí Minh, Tỉnh đoàn Tân Châu tổ chức lễ tuyên dương.",
			"Đoàn TNCS Hồ Chí Minh; Tỉnh đoàn Tân Châu"},
		{"the union written out",
			"Đoàn Thanh niên Cộng sản Hồ Chí Minh được thành lập năm 1931.",
			"Đoàn Thanh niên Cộng sản Hồ Chí Minh"},
		{"must not fire: the Centre of the union stays one name",
			"Kỷ niệm chương của Trung ương Đoàn TNCS Hồ Chí Minh được trao cho 50 người.",
			"Trung ương Đoàn TNCS Hồ Chí Minh"},
		{"must not fire: a school's union after it",
			"Ông Lê Văn Hai, Bí thư Đoàn TNCS Hồ Chí Minh trường Đại học Tân Châu, phát biểu.",
			"Trường Đại học Tân Châu"},
	})
}
