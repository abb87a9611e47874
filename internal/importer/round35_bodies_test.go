package importer

import "testing"

// TestNumberedSchoolRound35 covers a school numbered in its district,
// "số N" after its kind and the place after the number ("Trường THPT số 2
// Thanh Hà"). Lines of our own.
func TestNumberedSchoolRound35(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a numbered high school and its head",
			"Ông Trần Văn Sơn, Hiệu trưởng Trường THPT số 2 Thanh Hà, phát biểu.",
			"Trường THPT số 2 Thanh Hà",
			"Trần Văn Sơn: Hiệu trưởng @ Trường THPT số 2 Thanh Hà"},
		{"a numbered primary school",
			"Trường Tiểu học số 3 Hòa Bình nhận Bằng khen.",
			"Trường Tiểu học số 3 Hòa Bình",
			skip},
		// A number with no place after it is no school's name.
		{"must not fire: a count after the school",
			"Trường THPT Lê Lợi có số 12 lớp học mới.",
			"Trường THPT Lê Lợi",
			skip},
	})
}

// TestCollegeFieldsDashRound35 covers a college or university named by two
// fields of study joined by a dash, each in lower case after its first
// word ("Trường Đại học Kinh tế - Kỹ thuật Bình Dương"). Lines of our own.
func TestCollegeFieldsDashRound35(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a college of two fields, its city after them",
			"Trường Cao đẳng Cơ khí - Xây dựng Hải Phòng được tặng Bằng khen.",
			"Trường Cao đẳng Cơ khí - Xây dựng Hải Phòng",
			skip},
		{"a university of two fields, and its rector",
			"Ông Lê Văn Hùng, Hiệu trưởng Trường Đại học Kinh tế - Kỹ thuật Miền Trung, phát biểu.",
			"Trường Đại học Kinh tế - Kỹ thuật Miền Trung",
			"Lê Văn Hùng: Hiệu trưởng @ Trường Đại học Kinh tế - Kỹ thuật Miền Trung"},
		// A person's name after the dash is written all capitalized.
		{"must not fire: a name after the dash",
			"Trường Đại học Vinh - Nguyễn Văn Hải được tặng Bằng khen.",
			skip,
			""},
		// A high school is not named by fields.
		{"must not fire: a high school",
			"Trường THPT Lê Lợi - Thanh Hóa nhận Bằng khen.",
			skip,
			""},
	})
}

// TestLifeToldInParenthesesRound35 covers a birth year in parentheses
// followed, inside them, by where the person comes from or their people
// ("ông A (sinh năm 1970, quê quán xã B, huyện C) - Giám đốc Sở …"): the
// post after the parentheses is still the person's. Lines of our own.
func TestLifeToldInParenthesesRound35(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a home after the year, then a post and the post elected to",
			"Kỳ họp đã bầu ông Lê Văn Hùng (sinh năm 1970, quê quán huyện Kim Sơn, tỉnh Ninh Bình) - Giám đốc Sở Tài chính tỉnh Ninh Bình giữ chức Phó Chủ tịch UBND tỉnh Ninh Bình.",
			skip,
			"Lê Văn Hùng: Giám đốc @ Sở Tài chính Ninh Bình; Lê Văn Hùng: Phó Chủ tịch @ UBND tỉnh Ninh Bình"},
		{"a people after the year, then a comma",
			"Bà Lò Thị Mai (sinh năm 1978, dân tộc Thái), Phó Chủ tịch UBND tỉnh Sơn La, phát biểu.",
			skip,
			"Lò Thị Mai: Phó Chủ tịch @ UBND tỉnh Sơn La"},
		// Other words after the year are no life told: the parentheses
		// say something else, and keep the post off.
		{"must not fire: a note after the year",
			"Ông Lê Văn Hùng (sinh năm 1970, người được đề cử) - Giám đốc Sở Tài chính tỉnh Ninh Bình phát biểu.",
			skip,
			""},
	})
}

// TestCouncilBoardLowerCaseRound35 covers a people's council's board of
// two businesses written in lower case without their dash, four words
// before the council ("Ban kinh tế ngân sách HĐND tỉnh", "Ban văn hóa xã
// hội HĐND tỉnh"). Lines of our own.
func TestCouncilBoardLowerCaseRound35(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the economy and budget board, and its head",
			"Ông Lê Văn Hùng, Trưởng Ban kinh tế ngân sách HĐND tỉnh Bạc Liêu, phát biểu.",
			"Ban kinh tế ngân sách HĐND Bạc Liêu",
			"Lê Văn Hùng: Trưởng Ban @ Ban kinh tế ngân sách HĐND Bạc Liêu"},
		{"the culture and society board: \"xã hội\" is no commune",
			"Kỳ họp cũng bầu Trưởng Ban văn hóa xã hội HĐND tỉnh Bạc Liêu.",
			"Ban văn hóa xã hội HĐND Bạc Liêu",
			skip},
		// Only a council's: four words before another body say something else.
		{"must not fire: a party committee after four words",
			"Ông Lê Văn Hùng, Trưởng Ban kinh tế ngân sách Tỉnh ủy Bạc Liêu, phát biểu.",
			"Tỉnh ủy Bạc Liêu",
			""},
		{"must not fire: a people's committee after four words",
			"Ban tổ chức hội nghị cấp cao UBND tỉnh Bạc Liêu họp.",
			"UBND tỉnh Bạc Liêu",
			skip},
	})
}

// TestTeacherIntroducerRound35 covers a teacher introduced by "cô giáo",
// "thầy giáo" or "giáo viên" before the name, as "nhà giáo" was, in a list
// with each one's school after a comma. Lines of our own.
func TestTeacherIntroducerRound35(t *testing.T) {
	for _, tt := range []struct{ name, text, people string }{
		{"teachers listed with their schools",
			"Ba giáo viên gồm cô giáo Phạm Thị Hồng Nhung, Trường Mầm non Hòa An, huyện Cam Lộ; thầy giáo Đỗ Văn Khải, Trường Tiểu học Gio Linh.",
			"Phạm Thị Hồng Nhung; Đỗ Văn Khải"},
		{"a teacher with a name of two words",
			"Bằng khen được trao cho giáo viên Lò Thị Hoa.",
			"Lò Thị Hoa"},
		// No name after the words: a school's staff, no person.
		{"must not fire: a school after the words",
			"Các cô giáo Trường Mầm non Hòa An được khen thưởng.",
			""},
	} {
		if g := peopleOf(tt.text); g != tt.people {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.people)
		}
	}
}

// TestPartyMemberCapitalizedRound35 covers "Đảng viên" written
// capitalized inside a sentence, after a word in lower case, before the
// member's name ("có 2 Đảng viên lão thành là Đảng viên A"). Lines of
// our own.
func TestPartyMemberCapitalizedRound35(t *testing.T) {
	for _, tt := range []struct{ name, text, people string }{
		{"after \"là\", the member's cell after the name",
			"Đợt này xã có một người được trao Huy hiệu là Đảng viên Hoàng Văn Páo chi bộ bản Nậm Cầy.",
			"Hoàng Văn Páo"},
		{"after \"cho\"",
			"Huyện ủy trao Huy hiệu 40 năm tuổi Đảng cho Đảng viên Lò Văn Thắm.",
			"Lò Văn Thắm"},
		// The party after the words is no person.
		{"must not fire: the party after the words",
			"Bà được kết nạp là Đảng viên Đảng Cộng sản Việt Nam năm 1975.",
			""},
	} {
		if g := peopleOf(tt.text); g != tt.people {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.people)
		}
	}
}

// TestNumberedCellDashPlaceRound35 covers a party cell named by its
// number and then its hamlet's name after a dash ("Chi bộ 3 - Nà Hừ").
// Lines of our own.
func TestNumberedCellDashPlaceRound35(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a cell's secretary",
			"Ông Lò Văn Xy, Bí thư Chi bộ 3 - Nà Hừ, phát biểu.",
			"Chi bộ 3 - Nà Hừ",
			"Lò Văn Xy: Bí thư @ Chi bộ 3 - Nà Hừ"},
		{"a member of the cell",
			"Đảng viên Vàng A Sùng ở Chi bộ 7 - Sì Thâu được trao Huy hiệu.",
			"Chi bộ 7 - Sì Thâu",
			skip},
		// A family name after the dash begins a person's name.
		{"must not fire: a person after the dash",
			"Đảng viên Vàng A Sùng ở Chi bộ 7 - Nguyễn Văn Ba được trao Huy hiệu.",
			"Chi bộ 7",
			skip},
	})
}
