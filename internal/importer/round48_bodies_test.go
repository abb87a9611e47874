package importer

import "testing"

// lead48 and body48 are two paragraphs of a story, long enough to read
// as its lead and body.
const (
	lead48 = "Ngày 12/3/2024, HĐND tỉnh Lâm Đồng tổ chức kỳ họp chuyên đề để miễn nhiệm và bầu bổ sung các chức danh lãnh đạo của Ủy ban nhân dân tỉnh."
	body48 = "Tại kỳ họp, các đại biểu đã biểu quyết thông qua nghị quyết về công tác cán bộ với tỷ lệ đồng ý cao, bảo đảm đúng quy trình và quy định hiện hành."
)

// TestBylinesRound48 covers the bylines of round 48: a byline above the
// page's tail (buttons, a link back, the source's address), a byline
// near the top above the lead, a writer's office or paper after the
// name, "CTV", "Tin-ảnh:", "Theo" before a name in capitals or before a
// name and its agency. Lines of our own.
func TestBylinesRound48(t *testing.T) {
	checkList(t, "authors", authorsOf, []struct{ name, text, want string }{
		{"a byline above a link back",
			"Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nMinh Thư\n[Trở về]\n", "Minh Thư"},
		{"a byline above the section and a form's note",
			"Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nMinh Thư\nChuyên mục: Thời sự\nĐịa chỉ email của bạn sẽ không được công bố. Các trường bắt buộc được đánh dấu *\n", "Minh Thư"},
		{"a byline above the source's address",
			"Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nMINH THƯ\nNguồn Lâm Đồng: http://baolamdong.vn/123/tin.html\n", "Minh Thư"},
		{"a byline above a photo's caption",
			"Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nTin và ảnh: Minh Thư\nẢnh: Quang cảnh kỳ họp\n", "Minh Thư"},
		{"a byline near the top, above the lead",
			"Lâm Đồng có Phó Chủ tịch mới\nThời sự\nMinh Thư\n" + lead48 + "\n" + body48 + "\n" + body48 + "\n", "Minh Thư"},
		{"a byline in capitals near the top, printed twice",
			"Lâm Đồng có Phó Chủ tịch mới\nMINH THƯ\nMINH THƯ\n" + lead48 + "\n" + body48 + "\n" + body48 + "\n", "Minh Thư"},
		{"a collaborator's byline", "Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nCTV Minh Thư\n", "Minh Thư"},
		{"Tin-ảnh", "Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nTin-ảnh: Minh Thư\n", "Minh Thư"},
		{"the writer's office in words", "Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nMinh Thư - Đảng ủy Khối\n", "Minh Thư"},
		{"the writer's office with the province in lower case", "Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nMinh Thư – HND tỉnh\n", "Minh Thư"},
		{"the site in brackets", "Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nTheo Minh Thư (Chinhphu.vn)\n", "Minh Thư"},
		{"Theo before capitals", "Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nTheo MINH THƯ\n(Website Tỉnh Đoàn)\n", "Minh Thư"},
		{"the paper it was taken from", "Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nMINH THƯ, Từ Báo Lâm Đồng\nViết bình luận\n", "Minh Thư"},
		{"must not fire: a document's kind in capitals near the top",
			"Số: 06/CT-UBND\nCHỈ THỊ\n" + lead48 + "\n" + body48 + "\n" + body48 + "\n", ""},
		{"must not fire: a signer's title in capitals near the top",
			"Số: 56/QĐ-TTg\nTHỦ TƯỚNG CHÍNH PHỦ\n" + lead48 + "\n" + body48 + "\n" + body48 + "\n", ""},
		{"must not fire: a paper's masthead near the top",
			"Lâm Đồng có Phó Chủ tịch mới\nBÁO ĐIỆN TỬ CHÍNH PHỦ\n" + lead48 + "\n" + body48 + "\n" + body48 + "\n", ""},
		{"must not fire: a caption near the top",
			"Lâm Đồng có Phó Chủ tịch mới\nMinh Thư |\n" + lead48 + "\n" + body48 + "\n" + body48 + "\n", ""},
		{"must not fire: a name near the top over a short line",
			"Lâm Đồng có Phó Chủ tịch mới\nThời sự\nMinh Thư\nKỳ họp chuyên đề\n" + lead48 + "\n" + body48 + "\n", ""},
		{"must not fire: initials above the tail",
			"Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nM.T\n[Trở về]\n", ""},
		{"must not fire: a line in the body above a photo's caption",
			"Lâm Đồng có Phó Chủ tịch mới\n" + lead48 + "\n" + body48 + "\nKỳ họp đã thành công tốt đẹp.\nẢnh: Quang cảnh kỳ họp\n", ""},
	})
}

// TestCompaniesAloneRound48 covers a company named by its kind and its
// name, written alone (not after a post, not placed after a comma): a
// body of the story, as a school is, read whole: a trade in lower case
// after its first word, then the name or the company's number, and a
// bare province closing the name. A name of one word before lower case
// is left unread, not cut. Lines of our own.
func TestCompaniesAloneRound48(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a company alone in a list",
			"Năm 2020, Hội Nông dân tỉnh Lâm Đồng và Công ty CP Đà Lạt Xanh nhận Huân chương Lao động hạng Ba.",
			"Hội Nông dân Lâm Đồng; Công ty CP Đà Lạt Xanh", skip},
		{"a bare province closes the name",
			"Năm 2020, kinh phí do Công ty TNHH MTV Cấp nước Lâm Đồng tài trợ.",
			"Công ty TNHH MTV Cấp nước Lâm Đồng", skip},
		{"a trade in lower case, then the name",
			"Năm 2020, tác giả Lê Văn An (Công ty cổ phần Nước giải khát Langbiang) đoạt giải.",
			"Công ty cổ phần Nước giải khát Langbiang", skip},
		{"a trade in lower case, then the company's number",
			"Năm 2020, thành phố tuyên dương Công ty cổ phần In số 9 và Công ty cổ phần Phát hành sách Thành phố.",
			"Công ty cổ phần In số 9; Công ty cổ phần Phát hành sách Thành phố", skip},
		{"must not fire: a name of one word before lower case",
			"Năm 2020, Công ty cổ phần Xi măng được tặng Bằng khen.", "", skip},
		{"must not fire: a trade then a verb",
			"Năm 2020, Công ty cổ phần Bao bì tặng Bằng khen cho xã.", "", skip},
		{"must not fire: a company without its kind",
			"Năm 2020, Công ty tặng quà cho xã Đạ Sar.", skip, skip},
	})
}

// TestPostListedAfterCueRound48 covers a post at the end of a list of
// posts and bodies opened by an election's cue ("bầu Bí thư, Phó Bí thư,
// Ủy ban Kiểm tra và Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy …"): the post is
// elected, its body is named, no office acting. Lines of our own.
func TestPostListedAfterCueRound48(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a list of posts and bodies after bầu",
			"Năm 2020, hội nghị bầu Ban Thường vụ Tỉnh ủy, Bí thư, Phó Bí thư, Ủy ban Kiểm tra và Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy khóa XIX, nhiệm kỳ 2020-2025.",
			"Ban Thường vụ Tỉnh ủy; Ủy ban Kiểm tra Tỉnh ủy khóa XIX", skip},
		{"two posts joined by và after bầu",
			"Năm 2020, hội nghị bầu Bí thư và Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Lâm Đồng.",
			"Ủy ban Kiểm tra Tỉnh ủy Lâm Đồng", skip},
		{"must not fire: two offices acting, no cue",
			"Năm 2020, Bí thư và Chủ tịch UBND tỉnh Lâm Đồng dự lễ.", "", skip},
		{"must not fire: the Prime Minister and a chairman giving",
			"Năm 2020, Thủ tướng và Chủ tịch UBND tỉnh Lâm Đồng tặng quà.", "", skip},
	})
}

// TestCompoundAfterCapitalsRound48 covers a word of two syllables, its
// second in lower case ("Kinh tế"), after a run of capitalized
// syllables in a body's name: read whole, not cut ("Đảng ủy Khu Kinh").
// Lines of our own.
func TestCompoundAfterCapitalsRound48(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"an economic zone's party committee",
			"Năm 2020, Đảng ủy Khu Kinh tế tỉnh Thanh Hóa dự hội nghị.",
			"Đảng ủy Khu Kinh tế tỉnh Thanh Hóa", skip},
		{"in a list, before a semicolon",
			"Năm 2020, dự hội nghị có Sở Nội vụ tỉnh Thanh Hóa, Đảng ủy Khu Kinh tế; đại diện doanh nghiệp.",
			"Sở Nội vụ Thanh Hóa; Đảng ủy Khu Kinh tế", skip},
		{"must not fire: a run of capitals, then a verb in lower case",
			"Năm 2020, Đảng ủy Khu Đông Nam tổ chức hội nghị.",
			"Đảng ủy Khu Đông Nam", skip},
	})
}

// TestBothIntroducersRound48 covers a list opened by "các ông, bà:",
// both words said once for the whole list: each name is a person, given
// the post counted before. Lines of our own.
func TestBothIntroducersRound48(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the deputies elected, listed after các ông, bà",
			"Năm 2016, kỳ họp bầu các Phó Chủ tịch UBND tỉnh Lâm Đồng nhiệm kỳ 2016-2021, gồm các ông, bà: Nguyễn Văn An, Trần Văn Bình và bà Lê Thị Cúc.",
			skip,
			"Lê Thị Cúc: Phó Chủ tịch @ UBND tỉnh Lâm Đồng; Nguyễn Văn An: Phó Chủ tịch @ UBND tỉnh Lâm Đồng; Trần Văn Bình: Phó Chủ tịch @ UBND tỉnh Lâm Đồng"},
	})
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"bare names after các ông, bà", "Năm 2016, dự lễ có các ông, bà: Nguyễn Văn An, Trần Văn Bình.", "Nguyễn Văn An; Trần Văn Bình"},
		{"must not fire: các ông, bà before no names", "Năm 2016, các ông, bà cao tuổi dự lễ.", ""},
	})
}

// TestCountedMothersRound48 covers the mothers listed after a count
// ("cho thân nhân của 5 mẹ: A (xã …), B (…)"): they are people of the
// story, read by part b's reader of a named list with a bracket after each
// name (recipient_lists.go), which the merge of round 48 kept in place of
// a second reading of the same form here. Lines of our own.
func TestCountedMothersRound48(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"mothers after a count and a colon",
			"Năm 2018, huyện trao danh hiệu “Mẹ Việt Nam Anh hùng” cho thân nhân của 3 mẹ: Lê Thị An (xã Tà Nung, huyện Lạc Dương), Trần Thị Bình (xã Đạ Sar, huyện Lạc Dương), Phạm Thị Cúc (xã Lát, huyện Lạc Dương).",
			"Lê Thị An; Trần Thị Bình; Phạm Thị Cúc"},
		{"must not fire: a count of mothers, no names after the colon",
			"Năm 2018, huyện có 5 mẹ: đều đã già yếu.", ""},
	})
}

// TestPartyBlocLowerCaseRound48 covers a Party bloc's word written in
// lower case before its capitalized half ("Đảng ủy khối Doanh
// nghiệp"): read as "Đảng ủy Khối Doanh nghiệp" is. Lines of our own.
func TestPartyBlocLowerCaseRound48(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the bloc in lower case, its half capitalized",
			"Năm 2020, Đảng ủy khối Doanh nghiệp tỉnh Lâm Đồng dự hội nghị.",
			"Đảng ủy khối Doanh nghiệp tỉnh Lâm Đồng", skip},
		{"must not fire: the bloc and its half both in lower case",
			"Năm 2020, Đảng ủy khối cơ quan tỉnh dự.", "", skip},
	})
}
