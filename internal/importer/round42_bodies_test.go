package importer

import "testing"

// checkPeopleRound42 checks peopleOf's list for each case.
func checkPeopleRound42(t *testing.T, tests []struct{ name, text, want string }) {
	t.Helper()
	for _, tt := range tests {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}

// TestListMatesRound42 covers a list of people read from its shape: a
// run of items parted by ",", "và" or ";" whose items the other rules
// read as people, two of them or one after a plural introducer, makes
// people of its other items that open with a full name. Lines of our
// own.
func TestListMatesRound42(t *testing.T) {
	checkPeopleRound42(t, []struct{ name, text, want string }{
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
