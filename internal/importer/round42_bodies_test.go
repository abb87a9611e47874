package importer

import "testing"

// TestListMatesRound42 covers a list of people read from its shape: a
// run of items parted by ",", "và" or ";" whose items the other rules
// read as people, two of them or one after a plural introducer, makes
// people of its other items that open with a full name. Lines of our
// own.
func TestListMatesRound42(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"after 'các ông:', the first with a post in brackets, the others bare",
			"Đợt này có 3 đảng viên nhận huy hiệu, là các ông: Lê Văn Hai (nguyên Bí thư Huyện ủy Tân Châu), Phạm Văn Ba và Trần Văn Bốn.",
			"Lê Văn Hai; Phạm Văn Ba; Trần Văn Bốn"},
		{"after 'các đảng viên', each with a cell in brackets",
			"Huy hiệu 30 năm được trao cho các đảng viên Lê Văn Hai (nguyên Chủ tịch UBND xã Tân Hòa), Phạm Văn Ba (chi bộ ấp Một) và Trần Văn Bốn (chi bộ ấp Hai).",
			"Lê Văn Hai; Phạm Văn Ba; Trần Văn Bốn"},
		{"must not fire: places in the list",
			"Đoàn có các ông: Lê Văn Hai (nguyên Bí thư Huyện ủy Tân Châu), Cao Bằng và Hà Giang.",
			"Lê Văn Hai"},
		{"must not fire: one person, no plural introducer",
			"Ông Lê Văn Hai (nguyên Bí thư Huyện ủy Tân Châu), Phạm Văn Ba đều có mặt.",
			"Lê Văn Hai"},
		{"must not fire: bodies and awards after the person",
			"Cho các đảng viên Lê Văn Hai (chi bộ ấp Một), Trường THCS Lê Lợi và Huân chương Lao động.",
			"Lê Văn Hai"},
		{"must not fire: a name opening a clause, not an item",
			"Tham dự có các ông: Lê Văn Hai (nguyên Bí thư Huyện ủy Tân Châu), Phạm Văn Ba phát biểu tại buổi lễ.",
			"Lê Văn Hai"},
	})
}

// TestBornAfterNameRound42 covers a full name with no title before or
// after it, followed by the person's birth year or age between commas or
// in brackets ("…, là A, sinh năm 1989, của Câu lạc bộ …"): a person.
// Lines of our own.
func TestBornAfterNameRound42(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"a birth year between commas, the items parted by ';'",
			"Trong số này, người trẻ nhất là Lê Thị Hai, sinh năm 1990, của Câu lạc bộ Chèo xã Tân Hòa; người cao tuổi nhất là Nghệ nhân Nhân dân Phạm Văn Ba, sinh năm 1930, thuộc Câu lạc bộ Chèo huyện Tân Châu.",
			"Lê Thị Hai; Phạm Văn Ba"},
		{"a birth year in brackets",
			"Năm nay Trần Văn Bốn (SN 1960) được tặng Bằng khen.",
			"Trần Văn Bốn"},
		{"an age between commas",
			"Đợt này Trần Văn Bốn, 64 tuổi, được tặng Bằng khen.",
			"Trần Văn Bốn"},
		{"must not fire: a school named after a person, its year in brackets",
			"Trường THPT Nguyễn Văn Bốn (1975) được tặng Bằng khen.",
			""},
		{"must not fire: a year that is no birth",
			"Đợt này Trần Văn Bốn, năm 1990, được tặng Bằng khen.",
			""},
		{"must not fire: a province",
			"Năm 2020, Hồ Chí Minh (1976) được tặng Bằng khen.",
			""},
	})
}

// TestListMatesOtherPeoplesNamesRound42 covers a list parted by ";"
// whose items go on with a post after a comma: an item opening with a
// name of another people (no family name the list knows, up to six
// words) is a person as the items read as people are; a person the
// story named before counts as read. Lines of our own.
func TestListMatesOtherPeoplesNamesRound42(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"a foreign name after a name read, each with a post",
			"Dự lễ có các ông: Lê Văn Hai, Bí thư Huyện ủy Tân Châu; Xổm Phết Văn Na, Bí thư, Tỉnh trưởng tỉnh Xay-Nha.",
			"Lê Văn Hai; Xổm Phết Văn Na"},
		{"the first named before in the story, by its introducer",
			"Ông Khăm Xay Văn Na, Bí thư tỉnh Xay-Nha trao huân chương.\n\nDự lễ có các ông: Khăm Xay Văn Na, Bí thư; Bun Mi Xay Phon, Tỉnh trưởng tỉnh Xay-Nha.",
			"Khăm Xay Văn Na; Bun Mi Xay Phon"},
		{"must not fire: the foreign name without a post",
			"Dự lễ có các ông: Lê Văn Hai, Bí thư Huyện ủy Tân Châu; Xổm Phết Văn Na.",
			"Lê Văn Hai"},
		{"must not fire: a list with no person read",
			"Dự lễ có: Câu Lạc Bộ Hữu Nghị, Bí thư chi bộ; Xổm Phết Văn Na, Bí thư tỉnh Xay-Nha.",
			""},
		{"must not fire: a province",
			"Dự lễ có các ông: Lê Văn Hai, Bí thư Huyện ủy Tân Châu; Thanh Hóa, Bí thư tỉnh đoàn.",
			"Lê Văn Hai"},
	})
}
