package importer

import "testing"

// TestCollegeFieldOfStudyRound37 covers a college or university named by a
// field of study whose second word is in lower case ("Trường Cao đẳng Sư
// phạm Nha Trang"): the field and the place after it are the school's
// name, not cut at the word in lower case. Lines of our own.
func TestCollegeFieldOfStudyRound37(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a teachers' college named after its city",
			"Bà Lê Thị Hoa - Trưởng khoa Ngữ văn, Trường Cao đẳng Sư phạm Quy Nhơn, phát biểu.",
			"Trường Cao đẳng Sư phạm Quy Nhơn",
			skip},
		{"a university of economics, and its rector",
			"Ông Trần Văn Nam, Hiệu trưởng Trường Đại học Kinh tế Huế, phát biểu.",
			"Trường Đại học Kinh tế Huế",
			"Trần Văn Nam: Hiệu trưởng @ Trường Đại học Kinh tế Huế"},
		{"a medical college named after its province",
			"Ông Trần Văn Nam, Hiệu trưởng Trường Cao đẳng Y tế Lạng Sơn, phát biểu.",
			"Trường Cao đẳng Y tế Lạng Sơn",
			"Trần Văn Nam: Hiệu trưởng @ Trường Cao đẳng Y tế Lạng Sơn"},
		// A high school's name is not a field of study; the known forms stay.
		{"must not change: a high school named like a field",
			"Ông Trần Văn Nam, Hiệu trưởng Trường THPT Kinh Môn, phát biểu.",
			"Trường THPT Kinh Môn",
			"Trần Văn Nam: Hiệu trưởng @ Trường THPT Kinh Môn"},
		{"must not change: a university named after its city",
			"Ông Trần Văn Nam, Hiệu trưởng Trường Đại học Vinh, phát biểu.",
			"Trường Đại học Vinh",
			"Trần Văn Nam: Hiệu trưởng @ Trường Đại học Vinh"},
		{"must not change: two fields joined by a dash",
			"Ông Trần Văn Nam, Hiệu trưởng Trường Cao đẳng Điện tử - Điện lạnh Hà Nội, phát biểu.",
			"Trường Cao đẳng Điện tử - Điện lạnh Hà Nội",
			"Trần Văn Nam: Hiệu trưởng @ Trường Cao đẳng Điện tử - Điện lạnh Hà Nội"},
	})
}

// TestCentralCommitteeTWRound37 covers the Central Committee written short
// with "TW" ("Ủy viên BCH TW, Bí thư Tỉnh ủy …"): "TW" says its level as
// "TƯ" does, so it is a central body of its own, not glued to the
// province's committee named after it. Lines of our own.
func TestCentralCommitteeTWRound37(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a member of the Central Committee, then the province's secretary",
			"Bà Trần Thị Mai - Ủy viên BCH TW, Bí thư Tỉnh ủy Lạng Sơn, phát biểu.",
			"BCH TW; Tỉnh ủy Lạng Sơn",
			"Trần Thị Mai: Bí thư @ Tỉnh ủy Lạng Sơn; Trần Thị Mai: Ủy viên @ BCH TW"},
		{"the same with the Party after it",
			"Bà Trần Thị Mai - Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy Lạng Sơn, phát biểu.",
			"BCH TW Đảng; Tỉnh ủy Lạng Sơn",
			skip},
		{"must not change: written with TƯ",
			"Bà Trần Thị Mai - Ủy viên BCH TƯ Đảng, Bí thư Tỉnh ủy Lạng Sơn, phát biểu.",
			"BCH TƯ Đảng; Tỉnh ủy Lạng Sơn",
			skip},
		{"must not change: the province's executive committee",
			"Bà Trần Thị Mai - Ủy viên BCH Đảng bộ tỉnh, Bí thư Huyện ủy Hữu Lũng, phát biểu.",
			"BCH Đảng bộ tỉnh; Huyện ủy Hữu Lũng",
			"Trần Thị Mai: Bí thư @ Huyện ủy Hữu Lũng; Trần Thị Mai: Ủy viên @ BCH Đảng bộ tỉnh"},
	})
}

// TestPoliceShortRound37 covers the police written short, "CA tỉnh" for
// "Công an tỉnh": a body when its local unit follows, as "Công an" is.
// Lines of our own.
func TestPoliceShortRound37(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the province's police written short, and its director",
			"Ông Trần Văn Nam – Giám đốc CA tỉnh Lạng Sơn phát biểu.",
			"CA tỉnh Lạng Sơn",
			"Trần Văn Nam: Giám đốc @ CA tỉnh Lạng Sơn"},
		{"the same, its province named later in the story",
			"Ông Trần Văn Nam – Giám đốc CA tỉnh phát biểu tại Lạng Sơn.",
			"CA tỉnh Lạng Sơn",
			"Trần Văn Nam: Giám đốc @ CA tỉnh Lạng Sơn"},
		{"a district's police written short",
			"CA huyện Hữu Lũng nhận Bằng khen.",
			"CA huyện Hữu Lũng",
			skip},
		// Without a local unit after it "CA" is no body.
		{"must not fire: CA in a company's name",
			"Ông Trần Văn Nam, Chủ tịch CA Group, phát biểu.",
			"",
			skip},
		{"must not fire: CA before a bare name",
			"Đội bóng CA Hữu Lũng thắng trận.",
			"",
			skip},
	})
}

// TestCurrentlyHeldRound37 covers a post told as the one held now, "hiện
// là" between the person and the title ("ông A, hiện là Chánh văn phòng
// HĐND tỉnh"): the post is the person's, as after "là" alone. Lines of our
// own.
func TestCurrentlyHeldRound37(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"after a comma",
			"Ông Trần Văn Nam, hiện là Giám đốc Sở Y tế tỉnh Lạng Sơn, phát biểu.",
			"Sở Y tế Lạng Sơn",
			"Trần Văn Nam: Giám đốc @ Sở Y tế Lạng Sơn"},
		{"the person elected, his present post told after him",
			"HĐND tỉnh bầu ông Trần Văn Nam, hiện là Chánh văn phòng HĐND tỉnh Lạng Sơn, vào chức vụ này.",
			"HĐND tỉnh Lạng Sơn",
			"Trần Văn Nam: Chánh văn phòng @ HĐND tỉnh Lạng Sơn"},
		{"without a comma",
			"Ông Trần Văn Nam hiện là Giám đốc Sở Y tế tỉnh Lạng Sơn.",
			"Sở Y tế Lạng Sơn",
			"Trần Văn Nam: Giám đốc @ Sở Y tế Lạng Sơn"},
		// A post held before is not read as the person's.
		{"must not fire: a former post",
			"Ông Trần Văn Nam, nguyên là Giám đốc Sở Y tế tỉnh Lạng Sơn, phát biểu.",
			"Sở Y tế Lạng Sơn",
			""},
	})
}

// TestBylineProducedByRound37 covers a closing byline opened by "Thực
// hiện:" (who made the report), the names after it in capitals or in name
// case: the writers, as after "Bài, ảnh:". Lines of our own.
func TestBylineProducedByRound37(t *testing.T) {
	lead := "Ngày 3/4/2023, UBND tỉnh Yên Bái tặng Bằng khen cho 12 tập thể.\nBuổi lễ diễn ra tại Hội trường tỉnh.\n"
	checkBylines(t, []bylineCase{
		{"two writers in capitals", "Yên Bái khen thưởng 12 tập thể\n" + lead + "Thực hiện: MINH KHÔI - THU TRANG\n", "[Minh Khôi Thu Trang]", ""},
		{"one writer in name case", "Yên Bái khen thưởng 12 tập thể\n" + lead + "Thực hiện: Minh Khôi\n", "[Minh Khôi]", ""},
		// A sentence opened by "Thực hiện" is no byline.
		{"must not fire: a sentence of the story", "Yên Bái khen thưởng 12 tập thể\n" + lead + "Thực hiện Kế hoạch số 12, tỉnh đã khen thưởng.\n", "[]", ""},
	})
}

// TestRenamedBodyRound37 covers a body's present name after "nay là",
// written with its head in lower case ("Phòng Văn hóa và Thông tin huyện
// A (nay là phòng Văn hóa, Khoa học và Thông tin huyện A)"): a body of its
// own when it names its district or province; "Văn hóa, Khoa học và
// Thông tin" is a district's department with a comma inside. Lines of our
// own.
func TestRenamedBodyRound37(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a department renamed, the new name with a comma inside",
			"Bằng khen tặng Phòng Văn hóa và Thông tin huyện Hữu Lũng (nay là phòng Văn hóa, Khoa học và Thông tin huyện Hữu Lũng); UBND huyện Văn Lãng.",
			"Phòng Văn hóa và Thông tin huyện Hữu Lũng; Phòng Văn hóa, Khoa học và Thông tin huyện Hữu Lũng; UBND huyện Văn Lãng",
			skip},
		{"a department renamed",
			"Bằng khen tặng Phòng Nội vụ huyện Hữu Lũng (nay là phòng Nội vụ và Lao động huyện Hữu Lũng).",
			"Phòng Nội vụ huyện Hữu Lũng; Phòng Nội vụ và Lao động huyện Hữu Lũng",
			skip},
		{"the new name written with a capital",
			"Phòng Văn hóa, Khoa học và Thông tin huyện Hữu Lũng nhận Bằng khen.",
			"Phòng Văn hóa, Khoa học và Thông tin huyện Hữu Lũng",
			skip},
		// Without its district or province a department is no body.
		{"must not fire: a bare office's section",
			"Ông Trần Văn Nam làm việc tại phòng Kế toán, nay là phòng Tài vụ.",
			"",
			skip},
	})
}

// TestUnitOfParentRound37 covers a unit that opens an item of a list of
// bodies, named without its level, and its parent after a comma ("…;
// Phòng Tổ chức - Hành chính, Sở Y tế tỉnh A;"): one body, the unit with
// its parent, the parent a body of its own too. Lines of our own.
func TestUnitOfParentRound37(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"units of a department and of an association in a list",
			"Bằng khen tặng 3 tập thể: UBND huyện Văn Lãng; Phòng Tổ chức - Hành chính, Sở Y tế tỉnh Lạng Sơn; Ban Tuyên giáo, Hội Nông dân tỉnh Lạng Sơn.",
			"UBND huyện Văn Lãng; Phòng Tổ chức - Hành chính Sở Y tế Lạng Sơn; Sở Y tế Lạng Sơn; Ban Tuyên giáo Hội Nông dân Lạng Sơn; Hội Nông dân Lạng Sơn",
			skip},
		// Not the first of a list item: a post's unit and its parent, as before.
		{"must not fire: inside a sentence",
			"Ông Trần Văn Nam, Trưởng Phòng Tổ chức - Hành chính, Sở Y tế tỉnh Lạng Sơn, phát biểu.",
			"Phòng Tổ chức - Hành chính; Sở Y tế Lạng Sơn",
			skip},
		{"must not fire: the item goes on after the parent",
			"Bằng khen tặng: Phòng Tổ chức - Hành chính, Sở Y tế tỉnh Lạng Sơn và UBND huyện Văn Lãng.",
			"Sở Y tế Lạng Sơn; UBND huyện Văn Lãng",
			skip},
	})
}
