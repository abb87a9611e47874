package importer

import "testing"

// TestBareAssociationRound32 covers a mass association known by its name
// and written bare ("Hội Khuyến học", "Hội Nhà báo") in a story whose
// province is named elsewhere: it is that province's association. Lines of
// our own.
func TestBareAssociationRound32(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a bare association in a province's story",
			"Năm nay tỉnh Phú Yên đẩy mạnh phong trào học tập suốt đời. Hội Khuyến học nhận Bằng khen của UBND tỉnh.",
			"Hội Khuyến học Phú Yên; UBND tỉnh Phú Yên",
			skip},
		{"two bare associations in a list",
			"Các đơn vị đóng góp xây dựng tỉnh Hà Giang. Hội Luật gia và Hội Nhà báo được suy tôn dẫn đầu.",
			"Hội Luật gia Hà Giang; Hội Nhà báo Hà Giang",
			skip},
		{"its chairman's post",
			"Tỉnh Phú Yên tổ chức hội nghị. Ông Lê Văn Tâm, Chủ tịch Hội Khuyến học phát biểu.",
			skip,
			"Lê Văn Tâm: Chủ tịch @ Hội Khuyến học Phú Yên"},
		// Placed by its own unit, the association keeps it.
		{"must not fire: an association of a district",
			"Tỉnh Phú Yên có nhiều mô hình hay. Hội Khuyến học huyện Tuy An nhận Giấy khen.",
			"Hội Khuyến học huyện Tuy An",
			skip},
		// No province in the story: nothing to place it.
		{"must not fire: no province named",
			"Hội Khuyến học nhận Bằng khen.",
			"",
			skip},
		// "Hội" before a name not known as an association is not read.
		{"must not fire: an unknown association",
			"Tỉnh Phú Yên tổ chức hội nghị. Hội Bảo tồn nhận Giấy khen.",
			"",
			skip},
	})
}

// TestCooperativeAllianceInitialsRound32 covers the cooperative alliance
// written with "Hợp tác xã" as initials ("Liên minh HTX tỉnh") and the
// federation of science and technology associations written in lower case
// ("Liên hiệp các Hội khoa học kỹ thuật tỉnh"). Lines of our own.
func TestCooperativeAllianceInitialsRound32(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the alliance in initials with its province's unit",
			"Ông Trần Văn Bình, Chủ tịch Liên minh HTX tỉnh Lào Cai, chủ trì hội nghị.",
			"Liên minh HTX tỉnh Lào Cai",
			"Trần Văn Bình: Chủ tịch @ Liên minh HTX tỉnh Lào Cai"},
		{"the federation in lower case",
			"Xây dựng tỉnh Lào Cai giàu mạnh, Liên hiệp các Hội khoa học kỹ thuật tỉnh tổ chức hội thảo.",
			"Liên hiệp các Hội khoa học kỹ thuật tỉnh Lào Cai",
			skip},
		{"the federation capitalized",
			"Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai tổ chức hội thảo.",
			"Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai",
			skip},
		// "HTX" alone is a cooperative, not the alliance.
		{"must not fire: a cooperative alone",
			"HTX Nông nghiệp Tân Hòa được khen thưởng.",
			"",
			skip},
	})
}

// TestGivenNamePassiveRound32 covers a person named in full and then by
// the given name alone after "ông" or "bà", given a post by the passive
// "được" ("ông Bình được bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính"): the
// post is the person's named in full. Lines of our own.
func TestGivenNamePassiveRound32(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the given name after ông, appointed",
			"Ông Trần Văn Bình sinh năm 1970. Từ tháng 3/2020, ông Bình được bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính.",
			skip,
			"Trần Văn Bình: Thứ trưởng @ Bộ Tài chính"},
		{"the given name after bà, elected",
			"Bà Lê Thị Hoa quê tỉnh Nam Định. Năm 2021, bà Hoa đã được bầu làm Phó Chủ tịch UBND tỉnh Nam Định.",
			skip,
			"Lê Thị Hoa: Phó Chủ tịch @ UBND tỉnh Nam Định"},
		// Two people share the given name: nobody to give the post to.
		{"must not fire: two people of that given name",
			"Ông Trần Văn Bình và ông Lê Thanh Bình dự họp. Sau đó, ông Bình được bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính.",
			skip,
			""},
		// A career told without "được" is left as before.
		{"must not fire: a past post told with giữ chức",
			"Ông Trần Văn Bình sinh năm 1970. Trước đó, ông Bình giữ chức Phó Chủ tịch UBND tỉnh Nam Định.",
			skip,
			""},
	})
}

// TestForeignProvinceLongRound32 covers a province of Laos named in up to
// four syllables after "tỉnh" ("Công an tỉnh Chăm Pa Sắc"), one of which
// may fold as a Vietnamese surname while spelled otherwise ("Vẳn"). Lines
// of our own.
func TestForeignProvinceLongRound32(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a police force of a province of four syllables",
			"Ngày 5/4, Công an tỉnh Sa Vẳn Na Khẹt tặng quà đơn vị bạn.",
			"Công an tỉnh Sa Vẳn Na Khẹt",
			skip},
		{"a committee of a province of three syllables",
			"Đoàn công tác của Tỉnh ủy tỉnh Chăm Pa Sắc thăm tỉnh bạn.",
			"Tỉnh ủy tỉnh Chăm Pa Sắc",
			skip},
		// A Vietnamese surname spelled as such ends the province: the
		// person named after it is not part of it.
		{"must not fire: a person after the province",
			"Công an tỉnh Luang Prabang Nguyễn Văn Tám phát biểu.",
			"Công an tỉnh Luang Prabang",
			skip},
	})
}

// TestDelegationConstituencyRound32 covers the National Assembly
// delegation named by its constituency ("Đoàn đại biểu Quốc hội đơn vị
// tỉnh X"): one name with "đơn vị". Lines of our own.
func TestDelegationConstituencyRound32(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the delegation by its constituency",
			"Chiều 4/5, Đoàn đại biểu Quốc hội đơn vị tỉnh Bình Định tiếp xúc cử tri.",
			"Đoàn đại biểu Quốc hội đơn vị tỉnh Bình Định",
			skip},
		{"its head's post",
			"Ông Lê Văn Tám, Trưởng Đoàn đại biểu Quốc hội đơn vị tỉnh Bình Định phát biểu.",
			skip,
			"Lê Văn Tám: Trưởng Đoàn @ Đoàn đại biểu Quốc hội đơn vị tỉnh Bình Định"},
		// "đơn vị" not followed by a unit word is no constituency.
		{"must not fire: đơn vị as a word of the sentence",
			"Đoàn đại biểu Quốc hội tỉnh Bình Định và các đơn vị liên quan tiếp xúc cử tri.",
			"Đoàn đại biểu Quốc hội tỉnh Bình Định",
			skip},
	})
}

// TestBorderPostRound32 covers a border post named by its place or its
// border gate ("Đồn Biên phòng cửa khẩu quốc tế X", "Đồn Biên phòng X"):
// a body of the story. Lines of our own.
func TestBorderPostRound32(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a border post by its international gate",
			"Lực lượng chức năng phối hợp với Đồn Biên phòng cửa khẩu quốc tế Cầu Treo tuần tra.",
			"Đồn Biên phòng cửa khẩu quốc tế Cầu Treo",
			skip},
		{"a border post by its place",
			"Ngày 2/9, Đồn Biên phòng Tam Hợp tổ chức lễ chào cờ.",
			"Đồn Biên phòng Tam Hợp",
			skip},
		{"a border post by a port's gate",
			"Đồn Biên phòng Cửa khẩu Cảng Vũng Tàu tổ chức lễ.",
			"Đồn Biên phòng Cửa khẩu Cảng Vũng Tàu",
			skip},
		// Without its place a border post is any.
		{"must not fire: no place named",
			"Đồn Biên phòng đã phối hợp với chính quyền địa phương.",
			"",
			skip},
	})
}

// TestGluedPhotoNumberRound32 covers a photo's number glued to the
// caption's first word ("ảnh 1Phó Chủ tịch nước A"): the number is cut
// off, and the title read whole. Lines of our own.
func TestGluedPhotoNumberRound32(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a caption's title after the photo's number",
			"Lễ trao cờ - ảnh 1Phó Chủ tịch nước Lê Thị Hoa trao Cờ thi đua cho tỉnh.",
			skip,
			"Lê Thị Hoa: Phó Chủ tịch nước @ "},
		{"a caption's body after the photo's number",
			"Quang cảnh - ảnh 2Sở Y tế tỉnh Nam Định tổ chức lễ.",
			"Sở Y tế Nam Định",
			skip},
	})
	// A number before a lower-case letter is left whole: "3km", "2ha".
	for _, w := range []string{"3km", "2ha", "12giờ"} {
		if c := gluedCuts(w); c != nil {
			t.Errorf("gluedCuts(%q) = %v, want none", w, c)
		}
	}
}

// TestLowerDeputyAmongTitlesRound32 covers a council's deputy written in
// lower case among a person's titles after a comma ("ông A, Phó Bí thư
// Tỉnh ủy, đại biểu HĐND tỉnh X khóa X giữ chức …"): a post of its own,
// and the apposition ends where it does, so the post taken after it is
// the person's. Lines of our own.
func TestLowerDeputyAmongTitlesRound32(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the deputy among the titles, then the post taken",
			"Theo kết quả bầu cử, ông Lê Văn Tám, Phó Bí thư Tỉnh ủy, đại biểu HĐND tỉnh Nam Định khóa X giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016, thay cho ông Trần Văn Bình đi nhận nhiệm vụ khác.",
			skip,
			"Lê Văn Tám: Chủ tịch @ UBND tỉnh Nam Định; Lê Văn Tám: Phó Bí thư @ Tỉnh ủy Nam Định; Lê Văn Tám: đại biểu @ HĐND tỉnh Nam Định khóa X"},
		// "đại biểu" before no body is a word of the sentence.
		{"must not fire: đại biểu before no body",
			"Ông Lê Văn Tám, Phó Bí thư Tỉnh ủy Nam Định, đại biểu tham dự hội nghị phát biểu.",
			skip,
			"Lê Văn Tám: Phó Bí thư @ Tỉnh ủy Nam Định"},
	})
}

// TestProvinceInCompanyNameRound32 covers a province written bare only
// at the end of a company's name ("Công ty TNHH MTV Cấp nước Phú Yên"):
// it names the company, not the story's province, so bodies written bare
// stay bare. Lines of our own.
func TestProvinceInCompanyNameRound32(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a province only inside a company's name",
			"Sở Tài chính đề nghị khen thưởng Công ty TNHH MTV Cấp nước Phú Yên.",
			"Sở Tài chính; Công ty TNHH MTV Cấp nước Phú Yên",
			skip},
		// Named bare elsewhere, the province is the story's.
		{"must not fire: the province named bare outside the name",
			"Năm nay, tại Phú Yên, Sở Tài chính đề nghị khen thưởng Công ty TNHH MTV Cấp nước Phú Yên.",
			"Sở Tài chính Phú Yên; Công ty TNHH MTV Cấp nước Phú Yên",
			skip},
	})
}

// TestLowerVerbEndsNameRound32 covers a lower-case verb of two syllables
// after a body's capitalized syllable ("Sở Nội thông báo", a page that
// dropped a word): the verb is no part of the name. Lines of our own.
func TestLowerVerbEndsNameRound32(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a verb after a cut name",
			"Tại tỉnh Phú Yên, Sở Nội thông báo lịch tiếp công dân.",
			"Sở Nội Phú Yên",
			skip},
		{"another verb after a cut name",
			"Tại tỉnh Phú Yên, Sở Nội tổ chức hội nghị.",
			"Sở Nội Phú Yên",
			skip},
		// The lower-case syllable of a name is kept when no verb starts there.
		{"must not fire: a name's lower-case syllable",
			"Tại tỉnh Phú Yên, Sở Nội vụ thông báo lịch tiếp công dân.",
			"Sở Nội vụ Phú Yên",
			skip},
	})
}

// TestCouncilsShareTermRound32 covers two councils sharing a unit and a
// term written once after them ("chức danh HĐND, UBND tỉnh khóa XVI"):
// the first takes the term as it takes the unit. Lines of our own.
func TestCouncilsShareTermRound32(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the term after two councils",
			"Kỳ họp bầu bổ sung một số chức danh HĐND, UBND tỉnh Nam Định khóa XVI nhiệm kỳ 2011-2016.",
			"HĐND tỉnh Nam Định khóa XVI; UBND tỉnh Nam Định khóa XVI",
			skip},
		// No term after them: the units alone, as before.
		{"must not fire: no term",
			"Kỳ họp bầu bổ sung một số chức danh HĐND, UBND tỉnh Nam Định.",
			"HĐND tỉnh Nam Định; UBND tỉnh Nam Định",
			skip},
	})
}
