package importer

import (
	"strings"
	"testing"
)

// TestBylinesRound28 covers three bylines: a name, a dash and the page's
// clock time and date near the top, under a section's label; a name, a dash and the writer's
// office in an abbreviation; and a name in capitals over a site's tail
// ("Đừng bỏ lỡ", "Đọc thêm"); a province's name in capitals is a kicker,
// no byline; two names joined by a hyphen; the agency in brackets after
// the names ("(VNA)"); a compiler's "T/h:". Lines of our own.
func TestBylinesRound28(t *testing.T) {
	const body = "Ngày 4/3, UBND huyện Vĩnh Thạnh tổ chức hội nghị tổng kết công tác năm 2020.\n\nHội nghị đã khen thưởng 12 tập thể.\n"
	checkBylines(t, []bylineCase{
		{"a name, a dash, the clock time and date",
			"Vĩnh Thạnh tổng kết công tác\n\nThời sự\n\nMinh Khoa - 08:15, 12/03/2021\n\n" + body,
			"[Minh Khoa]", "2021-03-12"},
		{"must not fire: a body's name, a dash and the stamp",
			"Vĩnh Thạnh tổng kết công tác\n\nThời sự\n\nBan Tuyên giáo - 08:15, 12/03/2021\n\n" + body,
			"[]", ""},
		{"a name, a dash, the writer's office",
			"Vĩnh Thạnh tổng kết công tác\n\n" + body + "\nThanh Tâm - VPHU Vĩnh Thạnh\n",
			"[Thanh Tâm]", ""},
		{"must not fire: the office alone",
			"Vĩnh Thạnh tổng kết công tác\n\n" + body + "\nVPHU Vĩnh Thạnh\n",
			"[]", ""},
		{"must not fire: a kicker in capitals naming the province under the title",
			"Vĩnh Thạnh tổng kết công tác\n\nBÌNH ĐỊNH:\n\n" + body,
			"[]", ""},
		{"a name in capitals under the title",
			"Vĩnh Thạnh tổng kết công tác\n\nTHANH BÌNH:\n\n" + body,
			"[Thanh Bình]", ""},
		{"two names joined by a hyphen, a dash, the stamp",
			"Vĩnh Thạnh tổng kết công tác\n\nThời sự\n\nMinh Khoa-Lan Anh - 08:15, 12/03/2021\n\n" + body,
			"[Minh Khoa Lan Anh]", "2021-03-12"},
		{"the agency in brackets after the names",
			"Vĩnh Thạnh tổng kết công tác\n\n" + body + "\nTheo Lê Hòa - Thu Trang (VNA)\n",
			"[Lê Hòa Thu Trang]", ""},
		{"must not fire: a place in brackets after a name",
			"Vĩnh Thạnh tổng kết công tác\n\n" + body + "\nLê Hòa (Quy Nhơn)\n",
			"[]", ""},
		{"a compiler's byline, T/h:",
			"Vĩnh Thạnh tổng kết công tác\n\n" + body + "\nT/h: Lan Anh\n",
			"[Lan Anh]", ""},
		{"a name in capitals over the site's tail",
			"Vĩnh Thạnh tổng kết công tác\n\n" + body + "\nTHANH TÂM\n\nĐừng bỏ lỡ\n\nVideo đang xem nhiều\n\nĐọc thêm\n",
			"[Thanh Tâm]", ""},
	})
}

// TestTownBeforeNameRound28 covers a town's committee whose town, two
// syllables, is followed by a full name with no comma: the town is not
// cut at its first syllable when a family name follows its second. Lines
// of our own.
func TestTownBeforeNameRound28(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the town's second syllable a family name, a full name after",
			"Bí thư Huyện ủy Phước Hà Trần Minh Khôi phát biểu tại hội nghị.",
			"Huyện ủy Phước Hà",
			"Trần Minh Khôi: Bí thư @ Huyện ủy Phước Hà"},
		{"must not fire: a name of two syllables after the family name",
			"Bí thư Huyện ủy Phước Lê Minh Khôi phát biểu tại hội nghị.",
			"Huyện ủy Phước",
			"Lê Minh Khôi: Bí thư @ Huyện ủy Phước"},
	})
}

// TestTownNotPersonRound28 covers a town of two syllables after a town's
// committee, the first a family name, in a list of past posts: the town,
// not a person. Lines of our own.
func TestTownNotPersonRound28(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"a past post, then another",
			"Ông Đỗ Minh Khang từng giữ các chức vụ: Bí thư Huyện ủy Lý Nhân, Trưởng Ban Dân vận Tỉnh ủy.",
			"Đỗ Minh Khang"},
		{"must not fire: a full name of three syllables after the committee",
			"Bí thư Huyện ủy Lý Văn Nhân, phát biểu tại hội nghị.",
			"Lý Văn Nhân"},
	} {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}

// TestAssemblyCouncilRound28 covers the Assembly's council written with
// "của Quốc hội", and a name of the Central Highlands with an apostrophe
// after its first letter. Lines of our own.
func TestAssemblyCouncilRound28(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the council of the Assembly, its chairman's name with an apostrophe",
			"Bà H’Mai Êban, Phó Chủ tịch Hội đồng Dân tộc của Quốc hội, dự buổi làm việc.",
			"Hội đồng Dân tộc của Quốc hội",
			"H’Mai Êban: Phó Chủ tịch @ Hội đồng Dân tộc của Quốc hội"},
		{"must not fire: a council of a ministry",
			"Ông Trần Văn Định, Chủ tịch Hội đồng Thẩm định của Bộ Y tế, phát biểu.",
			"Hội đồng Thẩm định; Bộ Y tế",
			"Trần Văn Định: Chủ tịch @ Hội đồng Thẩm định"},
	})
	for _, tt := range []struct{ text, want string }{
		{"Ông Y’Bhin Niê", "Ông|Y’Bhin|Niê"},
		{"chữ 'A' và 'B'", "chữ|'|A|'|và|'|B|'"}, // must not fire: quoted letters
	} {
		var got []string
		for _, k := range tokenize(tt.text, 0) {
			got = append(got, k.text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}
