package importer

import "testing"

// TestSoftwareCreditFooterRound55 covers the credit of the software that
// prints a page, below the story ("POWERED BY ONECMS - A PRODUCT OF
// NEKO"): the site's footer, no byline of two writers. Lines of our own.
func TestSoftwareCreditFooterRound55(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"a credit in capitals below the byline",
			"Năm 2017, ông Lê Văn Ba dự buổi gặp mặt.\n\nTRẦN HÙNG\n\nPOWERED BY ONECMS - A PRODUCT OF NEKO",
			"Lê Văn Ba"},
		{"a credit in name case",
			"Năm 2017, ông Lê Văn Ba dự buổi gặp mặt.\n\nTRẦN HÙNG\n\nDesigned by Sao Mai",
			"Lê Văn Ba"},
	})
	checkList(t, "authors", authorsOf, []struct{ name, text, want string }{
		{"the byline above the credit is still read",
			"Năm 2017, ông Lê Văn Ba dự buổi gặp mặt.\n\nTRẦN HÙNG\n\nPOWERED BY ONECMS - A PRODUCT OF NEKO",
			"Trần Hùng"},
		{"must not fire: a byline in capitals alone",
			"Năm 2017, ông Lê Văn Ba dự buổi gặp mặt.\n\nTRẦN HÙNG - LÊ AN",
			"Trần Hùng; Lê An"},
	})
}

// TestFullNumberOfPostListedRound55 covers a post elected in full number
// whose holders are listed after the rules' phrase ("bầu đủ số Phó Chủ
// tịch UBND tỉnh theo quy định, gồm các ông: A; B; C"). Lines of our own.
func TestFullNumberOfPostListedRound55(t *testing.T) {
	checkList(t, "positions", postsOf, []struct{ name, text, want string }{
		{"'đủ số' and 'theo quy định' before the list",
			"Năm 2011, HĐND tỉnh Yên Bái họp. Các đại biểu đã bầu đủ số Phó Chủ tịch UBND tỉnh theo quy định, gồm các ông: Lê Văn Ba; Trần Văn Bốn; Đỗ Văn Năm, và bầu 5 Ủy viên UBND tỉnh.",
			"Lê Văn Ba: Phó Chủ tịch @ UBND tỉnh Yên Bái; Trần Văn Bốn: Phó Chủ tịch @ UBND tỉnh Yên Bái; Đỗ Văn Năm: Phó Chủ tịch @ UBND tỉnh Yên Bái"},
		{"must not fire: 'đủ số' before no list",
			"Năm 2011, HĐND tỉnh Yên Bái họp. Các đại biểu đã bầu đủ số Phó Chủ tịch UBND tỉnh theo quy định và ông Lê Văn Ba phát biểu.",
			""},
	})
}

// TestHmongSurnameSenRound55 covers "Sèn", a Hmong family name, as written
// ("Sèn Chỉn Ly"), ending a list of holders; folded ("Hoa Sen") it is
// none. Lines of our own.
func TestHmongSurnameSenRound55(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"the last of a list",
			"Năm 2011, HĐND tỉnh Yên Bái họp. Các đại biểu đã bầu đủ số Phó Chủ tịch UBND tỉnh theo quy định, gồm các ông: Lê Văn Ba; Trần Văn Bốn; Sèn Chỉn Ly, và bầu 5 Ủy viên UBND tỉnh.",
			"Lê Văn Ba; Trần Văn Bốn; Sèn Chỉn Ly"},
		{"must not fire: 'Sen' without its tone",
			"Năm 2011, ông Lê Văn Ba thăm Làng Sen Hoa Đào.",
			"Lê Văn Ba"},
	})
}

// TestSectionOfSecondProvinceRound55 covers a story of two provinces'
// news whose second section opens with a paragraph marked "*": a bare
// body after it is of the section's province. Lines of our own.
func TestSectionOfSecondProvinceRound55(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a bare body in the second section",
			"Năm 2016, HĐND tỉnh Yên Bái bầu ông Lê Văn Ba làm Chủ tịch UBND tỉnh Yên Bái.\n* Tại kỳ họp HĐND tỉnh Cao Bằng, các đại biểu họp.\nCác đại biểu bầu ông Trần Văn Bốn, Giám đốc Sở Tài chính, làm Phó Chủ tịch UBND tỉnh.",
			"UBND tỉnh Yên Bái; HĐND tỉnh Yên Bái; HĐND tỉnh Cao Bằng; Sở Tài chính Cao Bằng; UBND tỉnh Cao Bằng"},
		{"must not fire: no section marked",
			"Năm 2016, HĐND tỉnh Yên Bái bầu ông Lê Văn Ba làm Chủ tịch UBND tỉnh Yên Bái.\nTại kỳ họp HĐND tỉnh Cao Bằng, các đại biểu họp.\nCác đại biểu bầu ông Trần Văn Bốn, Giám đốc Sở Tài chính, làm Phó Chủ tịch UBND tỉnh.",
			"UBND tỉnh Yên Bái; HĐND tỉnh Yên Bái; HĐND tỉnh Cao Bằng; Sở Tài chính Yên Bái"},
	})
}

// TestPartyCommitteeLowerCaseRound55 covers a Party organization's
// executive committee written in lower case ("vào ban chấp hành Đảng bộ
// TP Hải Phòng"): the committee, not the organization alone. Lines of our
// own.
func TestPartyCommitteeLowerCaseRound55(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"elected into the committee",
			"Năm 2015, Đại hội đã bầu 55 ủy viên vào ban chấp hành Đảng bộ tỉnh Yên Bái.",
			"Ban chấp hành Đảng bộ tỉnh Yên Bái"},
		{"must not fire: 'ban chấp hành' before no Party organization",
			"Năm 2015, ông Lê Văn Ba thăm ban chấp hành Hội Nông dân tỉnh Yên Bái.",
			"Hội Nông dân Yên Bái"},
	})
}
