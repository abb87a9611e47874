package importer

import "testing"

// TestPlaceKeepsItsTonesRound36 covers a place whose name folds like a
// province's but is written with other tones ("Kiến Giang", a town of
// Quảng Bình, folds as "Kiên Giang"): the body keeps the name as written.
// Lines of our own.
func TestPlaceKeepsItsTonesRound36(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a school of a town that folds as a province",
			"Bà Lê Thị Hoa, Hiệu trưởng Trường THCS Kiến Giang, phát biểu.",
			"Trường THCS Kiến Giang",
			"Lê Thị Hoa: Hiệu trưởng @ Trường THCS Kiến Giang"},
		{"a commune's committee of the same town",
			"UBND xã Kiến Giang đã tổ chức lễ khen thưởng.",
			"UBND xã Kiến Giang",
			skip},
		// The province written as it is spelt stays the province.
		{"must not change: the province itself",
			"Bà Lê Thị Hoa, Hiệu trưởng Trường THCS Kiên Giang, phát biểu.",
			"Trường THCS Kiên Giang",
			"Lê Thị Hoa: Hiệu trưởng @ Trường THCS Kiên Giang"},
		{"must not change: the province with a tone placed the old way",
			"Ông Trần Văn Nam, Giám đốc Sở Tài chính tỉnh Hoà Bình, phát biểu.",
			"Sở Tài chính Hòa Bình",
			"Trần Văn Nam: Giám đốc @ Sở Tài chính Hòa Bình"},
		{"must not change: a province's tone mistyped after tỉnh",
			"Ông Trần Văn Nam, Chủ tịch UBND tỉnh Kiến Giang, phát biểu.",
			"UBND tỉnh Kiên Giang",
			"Trần Văn Nam: Chủ tịch @ UBND tỉnh Kiên Giang"},
	})
}

// TestGiftedSchoolCapitalRound36 covers a school for the gifted written
// "Chuyên" with a capital and named after its province ("Trường THPT
// Chuyên Quảng Bình"): the province is the school's name, as after
// "chuyên" in lower case. Lines of our own.
func TestGiftedSchoolCapitalRound36(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a gifted school named after its province, and a teacher of it",
			"Bà Trần Thị Mai, Phó Hiệu trưởng Trường THPT Chuyên Quảng Bình, phát biểu.",
			"Trường THPT Chuyên Quảng Bình",
			"Trần Thị Mai: Phó Hiệu trưởng @ Trường THPT Chuyên Quảng Bình"},
		{"a gifted school named after a person",
			"Trường THPT Chuyên Lê Quý Đôn nhận Bằng khen.",
			"Trường THPT Chuyên Lê Quý Đôn",
			skip},
		{"in lower case as before",
			"Trường THPT chuyên Thái Bình nhận Bằng khen.",
			"Trường THPT chuyên Thái Bình",
			skip},
		// A school named after a person: the province after "tỉnh" is as before.
		{"must not change: a named gifted school, then its province",
			"Ông Lê Văn Hùng, Hiệu trưởng Trường THPT Chuyên Lê Quý Đôn tỉnh Ninh Thuận, phát biểu.",
			skip,
			"Lê Văn Hùng: Hiệu trưởng @ Trường THPT Chuyên Lê Quý Đôn Ninh Thuận"},
	})
}

// TestSchoolInLowerCaseRound36 covers a school written in lower case, its
// word "trường" or its kind spelled out ("Hiệu trưởng trường Tiểu học Tân
// Lập", "Trường tiểu học Hòa Phú", "trường mầm non Sen Hồng"): a body
// with its name after the kind (its first letter capitalized, as every
// body's). Lines of our own.
func TestSchoolInLowerCaseRound36(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the school's word in lower case after a post",
			"Bà Trần Thị Mai, Hiệu trưởng trường Tiểu học Tân Lập, phát biểu.",
			"Trường Tiểu học Tân Lập",
			"Trần Thị Mai: Hiệu trưởng @ Trường Tiểu học Tân Lập"},
		{"the kind in lower case",
			"Bà Trần Thị Mai, Hiệu trưởng Trường tiểu học Hòa Phú, phát biểu.",
			"Trường tiểu học Hòa Phú",
			"Trần Thị Mai: Hiệu trưởng @ Trường tiểu học Hòa Phú"},
		{"both in lower case",
			"Bà Trần Thị Mai, Hiệu trưởng trường mầm non Sen Hồng, phát biểu.",
			"Trường mầm non Sen Hồng",
			"Trần Thị Mai: Hiệu trưởng @ Trường mầm non Sen Hồng"},
		// A school's kind with no name after it is any school.
		{"must not fire: a kind of school with no name",
			"Các trường tiểu học trong huyện đều đạt chuẩn.",
			"",
			""},
		{"must not fire: the word school alone",
			"Ông Trần Văn Nam về trường dự lễ khai giảng.",
			"",
			""},
		{"must not fire: a school's kind in lower case and a word after it",
			"Học sinh trường mầm non được tặng quà.",
			"",
			""},
	})
}

// TestCityDepartmentsRound36 covers the departments of the two cities
// written with their second field in lower case ("Sở Quy hoạch kiến trúc
// Hà Nội", "Sở Văn hóa và thể thao"). Lines of our own.
func TestCityDepartmentsRound36(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"planning and architecture in lower case",
			"Ông Trần Văn Nam, Giám đốc Sở Quy hoạch kiến trúc Hà Nội, phát biểu.",
			"Sở Quy hoạch kiến trúc Hà Nội",
			"Trần Văn Nam: Giám đốc @ Sở Quy hoạch kiến trúc Hà Nội"},
		{"culture and sports in lower case",
			"Ông Trần Văn Nam, Giám đốc Sở Văn hóa và thể thao Hà Nội, phát biểu.",
			"Sở Văn hóa và thể thao Hà Nội",
			"Trần Văn Nam: Giám đốc @ Sở Văn hóa và thể thao Hà Nội"},
		// Planning alone, then lower-case words of the sentence.
		{"must not fire: planning, then a verb",
			"Sở Quy hoạch kiểm tra các dự án của thành phố.",
			"Sở Quy hoạch",
			skip},
	})
}

// TestDashBeforePersonRound36 covers a dash between a town's committee and
// the person who holds the post ("Bí thư Huyện ủy Tân Trụ - Nguyễn Văn
// An"): the dash is no part of the body's name. Lines of our own.
func TestDashBeforePersonRound36(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a district committee, a dash, its secretary",
			"Bí thư Huyện ủy Tân Trụ - Nguyễn Văn An trao quà cho các gia đình.",
			"Huyện ủy Tân Trụ",
			"Nguyễn Văn An: Bí thư @ Huyện ủy Tân Trụ"},
		// A dash inside a body's name stays.
		{"must not fire: a dash between two fields of a department",
			"Ông Trần Văn Nam, Giám đốc Sở Quy hoạch - Kiến trúc Hà Nội, phát biểu.",
			"Sở Quy hoạch - Kiến trúc Hà Nội",
			"Trần Văn Nam: Giám đốc @ Sở Quy hoạch - Kiến trúc Hà Nội"},
	})
}

// TestCouncilBoardLowerFieldRound36 covers a council's board named by two
// fields joined by a dash, the second written in lower case ("Trưởng ban
// Văn hóa - xã hội"): the whole board. Lines of our own.
func TestCouncilBoardLowerFieldRound36(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"culture and society, the second in lower case",
			"Ông Lâm Văn Tư làm Trưởng ban Văn hóa - xã hội.",
			"Ban Văn hóa - xã hội",
			"Lâm Văn Tư: Trưởng ban @ Ban Văn hóa - xã hội"},
		{"economy and budget, the second in lower case",
			"Bà Lê Thị Ba, Phó Trưởng Ban Kinh tế - ngân sách HĐND tỉnh Bạc Liêu, phát biểu.",
			skip,
			"Lê Thị Ba: Phó Trưởng Ban @ Ban Kinh tế - ngân sách HĐND Bạc Liêu"},
		// Another board, then a dash and a person.
		{"must not fire: a board, a dash, its head",
			"Trưởng Ban Pháp chế - Nguyễn Văn Tám phát biểu.",
			"Ban Pháp chế",
			skip},
	})
}

// TestCouncilBoardOfRound36 covers a council's board named around its
// chairman's title with the council after "của" ("Trưởng ban Pháp chế
// của HĐND tỉnh"): the board of that council. Lines of our own.
func TestCouncilBoardOfRound36(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the chairman of a board of the province's council",
			"Kỳ họp HĐND tỉnh Bạc Liêu đã bầu ông Lâm Văn Tư làm Trưởng ban Pháp chế của HĐND tỉnh.",
			"Ban Pháp chế HĐND Bạc Liêu; HĐND tỉnh Bạc Liêu",
			"Lâm Văn Tư: Trưởng ban @ Ban Pháp chế HĐND Bạc Liêu"},
		{"a deputy, the title in lower case, a board of two fields",
			"Bà Lê Thị Ba làm Phó trưởng Ban Văn hóa - xã hội của HĐND tỉnh Bạc Liêu.",
			"Ban Văn hóa - xã hội HĐND Bạc Liêu",
			"Lê Thị Ba: Phó trưởng Ban @ Ban Văn hóa - xã hội HĐND Bạc Liêu"},
		// A board with no chairman's title before it is named alone.
		{"must not fire: no chairman's title",
			"Ban Pháp chế của HĐND tỉnh Bạc Liêu đã khảo sát tại huyện.",
			"HĐND tỉnh Bạc Liêu",
			skip},
	})
}

// TestHospitalRound36 covers a hospital, named by its field and its city
// or province, or by a place ("Bệnh viện Ung bướu thành phố Cần Thơ",
// "Bệnh viện Chợ Rẫy"): a body, and its director's post. Lines of our own.
func TestHospitalRound36(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a hospital of a field and its city",
			"Ông Võ Văn Năm, Giám đốc Bệnh viện Nhi đồng thành phố Cần Thơ, phát biểu.",
			"Bệnh viện Nhi đồng thành phố Cần Thơ",
			"Võ Văn Năm: Giám đốc @ Bệnh viện Nhi đồng thành phố Cần Thơ"},
		{"a general hospital of a province",
			"Bà Lê Thị Sáu, Phó Giám đốc Bệnh viện Đa khoa tỉnh Bạc Liêu, phát biểu.",
			"Bệnh viện Đa khoa Bạc Liêu",
			"Lê Thị Sáu: Phó Giám đốc @ Bệnh viện Đa khoa Bạc Liêu"},
		// The word alone, in either case, is any hospital.
		{"must not fire: a hospital in lower case",
			"Ông Võ Văn Năm đến bệnh viện thăm người bệnh.",
			"",
			""},
		{"must not fire: the word alone",
			"Ông Võ Văn Năm đến Bệnh viện thăm người bệnh.",
			"",
			""},
	})
}

// TestBylinePrefixInCapitalsRound36 covers a closing byline in capitals
// after a prefix in lower case ("Tin, ảnh: DUY THỈNH"), maybe above a
// site's invitation to read its section: the writer is a person. Lines
// of our own.
func TestBylinePrefixInCapitalsRound36(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"a prefix in lower case, the name in capitals",
			"Ông Trần Văn Tư nhận Bằng khen.\n\nTin, ảnh: HOÀNG LAN",
			"Hoàng Lan"},
		{"above the site's invitation to its section",
			"Ông Trần Văn Tư nhận Bằng khen.\n\nBài và ảnh: HOÀNG LAN\n\n*Mời bạn đọc vào chuyên mục Văn hóa xem các tin, bài liên quan.",
			"Hoàng Lan"},
		// A closing line with lower-case words after the prefix is no byline.
		{"must not fire: a sentence after the prefix",
			"Ông Trần Văn Tư nhận Bằng khen.\n\nẢnh: Ông Tư nhận Bằng khen",
			""},
	} {
		if g := authorsOf(tt.text); g != tt.want {
			t.Errorf("%s: authors %q, want %q", tt.name, g, tt.want)
		}
	}
}

// TestTeamLeaderRound36 covers a school's team leader, "Tổ trưởng" or "Tổ
// phó", a title like any: the person before it is found in a list of
// teachers ("Nhà giáo A – Tổ trưởng tổ chuyên môn Trường THPT B").
// Lines of our own.
func TestTeamLeaderRound36(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a deputy team leader of a school",
			"Bà Lê Thị Ba, Tổ phó Trường THPT Lê Lợi, phát biểu.",
			"Trường THPT Lê Lợi",
			"Lê Thị Ba: Tổ phó @ Trường THPT Lê Lợi"},
		// A team leader of the residents in lower case, no one named.
		{"must not fire: team leaders of a quarter",
			"Các tổ trưởng tổ dân phố đã họp.",
			"",
			""},
	})
	for _, tt := range []struct{ name, text, want string }{
		{"a teacher in a list, by the title after a dash",
			"Danh sách gồm: Nhà giáo Lê Thị Ba – Tổ trưởng tổ chuyên môn Trường THPT Lê Lợi; Nhà giáo Trần Văn Tư - Hiệu trưởng Trường THCS Lê Lợi.",
			"Lê Thị Ba; Trần Văn Tư"},
	} {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}
