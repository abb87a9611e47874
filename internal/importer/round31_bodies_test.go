package importer

import (
	"fmt"
	"testing"
)

// TestCountedLowerPostRound31 covers a post written in lower case after a
// count ("ba phó chủ tịch UBND tỉnh, gồm các ông: A, B và C"): the names
// listed after it hold that post, not the post named earlier in the
// sentence. The title keeps the case it is written in. Lines of our own.
func TestCountedLowerPostRound31(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a counted lower-case post after the chairman's",
			"Như vậy, tỉnh Bình Định đã kiện toàn chức danh Chủ tịch UBND tỉnh và ba phó chủ tịch UBND tỉnh Bình Định, gồm các ông: Trần Văn Khải, Lê Minh Hòa và Ngô Đức Tâm.",
			skip,
			"Lê Minh Hòa: phó chủ tịch @ UBND tỉnh Bình Định; Ngô Đức Tâm: phó chủ tịch @ UBND tỉnh Bình Định; Trần Văn Khải: phó chủ tịch @ UBND tỉnh Bình Định"},
		{"the post with its holders after a colon",
			"Hiện UBND huyện Cao Lộc có hai phó chủ tịch: Hà Thị Lan và Vi Văn Sơn.",
			skip,
			"Hà Thị Lan: phó chủ tịch @ UBND huyện Cao Lộc; Vi Văn Sơn: phó chủ tịch @ UBND huyện Cao Lộc"},
		// Without a list after it, a lower-case title is running text.
		{"must not fire: no list after the counted title",
			"Năm 2024, hai phó chủ tịch được điều động về xã Tân Hội.",
			skip,
			""},
	})
}

// TestHasPostIsRound31 covers a body that "has" a post given with "là"
// and the word for the person ("UBND tỉnh X có Chủ tịch là ông A"): A
// holds it in that body. Lines of our own.
func TestHasPostIsRound31(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a chairman after là ông",
			"Hiện nay UBND tỉnh Bình Định có Chủ tịch là ông Trần Văn Khải và 2 Phó Chủ tịch gồm các ông: Lê Minh Hòa, Ngô Đức Tâm.",
			skip,
			"Lê Minh Hòa: Phó Chủ tịch @ UBND tỉnh Bình Định; Ngô Đức Tâm: Phó Chủ tịch @ UBND tỉnh Bình Định; Trần Văn Khải: Chủ tịch @ UBND tỉnh Bình Định"},
		{"a woman after là bà",
			"Hiện nay HĐND huyện Cao Lộc có Chủ tịch là bà Hà Thị Lan.",
			skip,
			"Hà Thị Lan: Chủ tịch @ HĐND huyện Cao Lộc"},
		// "là" before no person: the post is not given.
		{"must not fire: là before no person",
			"Hiện nay UBND tỉnh Bình Định có Chủ tịch là người trẻ nhất.",
			skip,
			""},
	})
}

// TestFormerCapitalRound31 covers "Nguyên" in capitals before a title
// after a dash ("ông A – Nguyên Giám đốc Sở X tỉnh Y"): a former post,
// its body named. Lines of our own.
func TestFormerCapitalRound31(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a former director after a dash",
			"Hội đồng miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Lê Minh Hòa – Nguyên Giám đốc Sở Tài chính tỉnh Bình Định do nghỉ hưu.",
			"Sở Tài chính Bình Định; UBND tỉnh Bình Định",
			"Lê Minh Hòa: Ủy viên @ UBND tỉnh Bình Định"},
		// "Nguyên" before no title is a name.
		{"must not fire: Nguyên as a given name",
			"Năm 2024, ông Trần Văn Nguyên, Giám đốc Sở Tài chính tỉnh Bình Định, phát biểu.",
			"Sở Tài chính Bình Định",
			"Trần Văn Nguyên: Giám đốc @ Sở Tài chính Bình Định"},
	})
}

// TestDismissedWithoutVoiRound31 covers "đối" without "với" before the
// person a dismissal is for ("miễn nhiệm chức danh Ủy viên UBND tỉnh đối
// ông A"). Lines of our own.
func TestDismissedWithoutVoiRound31(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"đối ông",
			"Hội đồng đã miễn nhiệm chức danh Ủy viên UBND tỉnh Bình Định đối ông Lê Minh Hòa do nghỉ hưu theo chế độ.",
			skip,
			"Lê Minh Hòa: Ủy viên @ UBND tỉnh Bình Định"},
		{"đối bà",
			"Hội đồng đã miễn nhiệm chức danh Phó Chủ tịch HĐND huyện Cao Lộc đối bà Hà Thị Lan.",
			skip,
			"Hà Thị Lan: Phó Chủ tịch @ HĐND huyện Cao Lộc"},
		{"must not fire: đối before no person",
			"Hội đồng đã miễn nhiệm chức danh Ủy viên UBND tỉnh Bình Định đối chiếu quy định; ông Lê Minh Hòa phát biểu.",
			skip,
			""},
	})
}

// TestCouncilBoardLowerRound31 covers a people's council's board whose
// business is in lower case, two of them parted by a dash ("Trưởng Ban
// kinh tế – ngân sách HĐND tỉnh X"), or one ("Ban pháp chế HĐND"). Lines
// of our own.
func TestCouncilBoardLowerRound31(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"two businesses parted by a dash",
			"Năm 2024, ông Trần Văn Khải, Trưởng Ban kinh tế – ngân sách HĐND tỉnh Bình Định, phát biểu.",
			"Ban kinh tế – ngân sách HĐND Bình Định",
			"Trần Văn Khải: Trưởng Ban @ Ban kinh tế – ngân sách HĐND Bình Định"},
		{"one business",
			"Năm 2024, bà Hà Thị Lan, Phó Trưởng Ban pháp chế HĐND huyện Cao Lộc, phát biểu.",
			"Ban pháp chế HĐND huyện Cao Lộc",
			"Hà Thị Lan: Phó Trưởng Ban @ Ban pháp chế HĐND huyện Cao Lộc"},
		// A dash after which no council is named ends the board.
		{"must not fire: no council after the dash",
			"Năm 2024, ông Trần Văn Khải – Trưởng ban kinh tế – ngân sách của tỉnh, phát biểu.",
			"",
			""},
	})
}

// TestBylinesRound31 covers a name-case byline above "Bài viết liên
// quan" (the site's list of other stories) and one run into the end of
// the last paragraph after its full stop ("… vừa qua. Thu Trang").
// Lines of our own.
func TestBylinesRound31(t *testing.T) {
	lead := "Ngày 3/4/2023, UBND tỉnh Yên Bái tặng Bằng khen cho 12 tập thể.\nBuổi lễ diễn ra tại Hội trường tỉnh.\n"
	checkBylines(t, []bylineCase{
		{"above the related stories", "Yên Bái khen thưởng 12 tập thể\n" + lead + "Minh Khôi\n\nBài viết liên quan\n", "[Minh Khôi]", ""},
		{"run into the last paragraph", "Yên Bái khen thưởng 12 tập thể\n" + lead + "Đây là dịp biểu dương các tập thể tiêu biểu trong năm qua. Thu Trang\n", "[Thu Trang]", ""},
		// The last sentence closed by its own stop has no byline.
		{"must not fire: a last sentence with its stop", "Yên Bái khen thưởng 12 tập thể\n" + lead + "Đây là dịp biểu dương. Thu Trang phát biểu tại buổi lễ.\n", "[]", ""},
		// A last line cut off after "Ông" and a letter or two is no writer.
		{"must not fire: a cut line after Ông", "Yên Bái khen thưởng 12 tập thể\n" + lead + "Ông Ph\n", "[]", ""},
		// Words after the stop that hold a title or a body are no byline.
		{"must not fire: a body after the stop", "Yên Bái khen thưởng 12 tập thể\n" + lead + "Đây là dịp biểu dương các tập thể tiêu biểu. UBND Tỉnh Yên Bái\n", "[]", ""},
	})
}

// TestAssociationCommitteeRound31 covers "Ban Chấp hành" before a mass
// association or union ("Ban Chấp hành Hội Nông dân tỉnh X"): one body,
// the committee of that association. Lines of our own.
func TestAssociationCommitteeRound31(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a farmers' association's committee",
			"Năm 2024, ông Trần Văn Khải, Ủy viên Ban Chấp hành Hội Nông dân tỉnh Bình Định, phát biểu.",
			"Ban Chấp hành Hội Nông dân Bình Định",
			"Trần Văn Khải: Ủy viên @ Ban Chấp hành Hội Nông dân Bình Định"},
		{"a red cross committee that gives",
			"Có 40 cá nhân nhận Giấy khen của Ban Chấp hành Hội Chữ thập đỏ huyện Cao Lộc.",
			"Ban Chấp hành Hội Chữ thập đỏ huyện Cao Lộc",
			skip},
		// Before a party committee it stays as it was read before.
		{"must not fire: a party committee",
			"Năm 2024, ông Trần Văn Khải, Ủy viên Ban Chấp hành Đảng bộ tỉnh Bình Định, dự họp.",
			"Ban Chấp hành Đảng bộ tỉnh Bình Định",
			"Trần Văn Khải: Ủy viên @ Ban Chấp hành Đảng bộ tỉnh Bình Định"},
	})
}

// TestCommandCentreRound31 covers a command centre named by its task in
// lower case ("Trung tâm chỉ huy phòng, chống dịch … tỉnh X"), read as a
// steering committee's is. Lines of our own.
func TestCommandCentreRound31(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a command centre against an epidemic",
			"Căn cứ Quyết định thành lập Trung tâm chỉ huy phòng, chống dịch Covid-19 tỉnh Bình Định;",
			"Trung tâm chỉ huy phòng, chống dịch Covid-19 Bình Định",
			skip},
		{"a traffic command centre with its director",
			"Năm 2024, ông Trần Văn Khải, Giám đốc Trung tâm chỉ huy giao thông huyện Cao Lộc, phát biểu.",
			"Trung tâm chỉ huy giao thông huyện Cao Lộc",
			"Trần Văn Khải: Giám đốc @ Trung tâm chỉ huy giao thông huyện Cao Lộc"},
		// "chỉ huy" as a verb after the centre, with no place, is no name.
		{"must not fire: no place after the task",
			"Năm 2024, Trung tâm chỉ huy lực lượng, ông Trần Văn Khải phát biểu.",
			"",
			skip},
	})
}

// TestPartyMemberRound31 covers "Đảng viên" in capitals opening a
// sentence before a name, and "đảng viên cao tuổi", "đảng viên lão
// thành" before one. Lines of our own.
func TestPartyMemberRound31(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"opening a sentence", "Đảng viên Lê Thị Hoa, sinh năm 1932, nhận Huy hiệu 75 năm tuổi Đảng.", "[Lê Thị Hoa]"},
		{"an old member", "Bí thư trao Huy hiệu Đảng cho đảng viên cao tuổi Ngô Văn Tám.", "[Ngô Văn Tám]"},
		{"a veteran member", "Bí thư thăm đảng viên lão thành Ngô Văn Tám tại nhà riêng.", "[Ngô Văn Tám]"},
		// "Đảng viên" before no name introduces nobody.
		{"must not fire: no name after", "Đảng viên Chi bộ khu 8 dự lễ trao Huy hiệu.", "[]"},
	} {
		s := Extract(tt.text, now)
		var names []string
		for _, p := range s.People {
			names = append(names, p.Name)
		}
		if g := fmt.Sprint(names); g != tt.want {
			t.Errorf("%s: people %s, want %s", tt.name, g, tt.want)
		}
	}
}

// TestComradesPostListedRound31 covers a shared post after "các đồng
// chí" and its list after a colon, each holder with a post of their own
// after a dash ("các đồng chí Ủy viên BTV Tỉnh ủy: A - …; B - …"). Lines
// of our own.
func TestComradesPostListedRound31(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"two comrades with posts of their own",
			"Dự họp có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy Bình Định: Trần Văn Khải - Trưởng Ban Dân vận Tỉnh ủy; Lê Minh Hòa - Giám đốc Sở Tài chính.",
			skip,
			"Lê Minh Hòa: Giám đốc @ Sở Tài chính Bình Định; Lê Minh Hòa: Ủy viên @ Ban Thường vụ Tỉnh ủy Bình Định; Trần Văn Khải: Trưởng Ban @ Ban Dân vận Tỉnh ủy Bình Định; Trần Văn Khải: Ủy viên @ Ban Thường vụ Tỉnh ủy Bình Định"},
		{"the ladies' word",
			"Dự họp có các bà Phó Chủ tịch HĐND tỉnh Bình Định: Hà Thị Lan, Lê Thị Hoa.",
			skip,
			"Hà Thị Lan: Phó Chủ tịch @ HĐND tỉnh Bình Định; Lê Thị Hoa: Phó Chủ tịch @ HĐND tỉnh Bình Định"},
		// "đồng chí" without "các" before the post: one person, no list.
		{"must not fire: one comrade",
			"Đồng chí Trần Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy Bình Định, phát biểu.",
			skip,
			"Trần Văn Khải: Ủy viên @ Ban Thường vụ Tỉnh ủy Bình Định"},
	})
}

// TestSecurityDepartmentRound31 covers a provincial police department of
// the security branch named by its business ("Phòng An ninh điều tra
// Công an tỉnh X"), read as the police branches' are. Lines of our own.
func TestSecurityDepartmentRound31(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"an investigation security department",
			"Ông A trao Huân chương Chiến công hạng Ba cho Phòng An ninh điều tra Công an tỉnh Bình Định.",
			"Phòng An ninh điều tra Công an tỉnh Bình Định; Công an tỉnh Bình Định",
			skip},
		// A police branch's department is read as before.
		{"unchanged: a police branch",
			"Ông A trao Bằng khen cho Phòng Cảnh sát hình sự Công an tỉnh Bình Định.",
			"Phòng Cảnh sát hình sự Công an tỉnh Bình Định; Công an tỉnh Bình Định",
			skip},
	})
}
