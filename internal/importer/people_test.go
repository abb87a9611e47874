package importer

import (
	"sort"
	"strings"
	"testing"
)

// peopleOf lists the people Extract finds in text, "; "-joined.
func peopleOf(text string) string {
	var got []string
	for _, p := range Extract(text, now).People {
		got = append(got, p.Name)
	}
	return strings.Join(got, "; ")
}

// postsOf lists the positions Extract finds in text as "person: title @
// organization", sorted and "; "-joined.
func postsOf(text string) string {
	s := Extract(text, now)
	var got []string
	for _, p := range s.People {
		for _, q := range p.Positions {
			got = append(got, p.Name+": "+q.Title+" @ "+q.Org.Name)
		}
	}
	sort.Strings(got)
	return strings.Join(got, "; ")
}

// authorsOf lists the authors Extract reads from text's byline,
// "; "-joined.
func authorsOf(text string) string {
	var got []string
	for _, p := range Extract(text, now).Authors {
		got = append(got, p.Name)
	}
	return strings.Join(got, "; ")
}

// checkList checks, for each case, the list that of (peopleOf, postsOf,
// orgsOf, authorsOf) gives for its text; kind names the list in a
// failure.
func checkList(t *testing.T, kind string, of func(string) string, tests []struct{ name, text, want string }) {
	t.Helper()
	for _, tt := range tests {
		if g := of(tt.text); g != tt.want {
			t.Errorf("%s: %s %q, want %q", tt.name, kind, g, tt.want)
		}
	}
}

// TestPeopleRound6 covers the people of round 6: a soldier by a private's
// rank, a member of the Party introduced as one.
func TestPeopleRound6(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a private's rank", "Năm 2021, tặng Bằng khen cho Binh nhì Lê Văn Lắm.", "Lê Văn Lắm"},
		{"a member of the Party", "Năm 2026, Bí thư Tỉnh ủy trao huy hiệu cho đảng viên Trần Xuân Thái, Đảng bộ phường Linh Sơn.", "Trần Xuân Thái"},
		{"the Party itself is no member", "Năm 2026, đảng viên Đảng Cộng sản Việt Nam tham dự.", ""},
		{"a name that folds like the inspectorate's head", "Năm 2024, bà Lê Thị Thanh Trà, Bộ trưởng Bộ Nội vụ trao quyết định; Thanh tra tỉnh dự.", "Lê Thị Thanh Trà"},
	}
	for _, tt := range tests {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}

// TestPostsRound6 covers the posts of round 6: offices of the State held in
// no body, the posts of police and military units.
func TestPostsRound6(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"the Vice-President, then another post",
			"Năm 2023, Phó Chủ tịch nước Trần Thị Lan, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương dự.",
			"Trần Thị Lan: Phó Chủ tịch nước @ ; Trần Thị Lan: Phó Chủ tịch thứ nhất @ Hội đồng Thi đua - Khen thưởng Trung ương"},
		{"the Standing Deputy Prime Minister is no Deputy Prime Minister of the Government",
			"Năm 2026, Phó Thủ tướng Thường trực Lê Văn Hùng ký quyết định.",
			"Lê Văn Hùng: Phó Thủ tướng Thường trực @ "},
		{"the President after a name",
			"Năm 2023, đồng chí Lê Văn Hùng, Chủ tịch nước trao tặng.",
			"Lê Văn Hùng: Chủ tịch nước @ "},
		{"the office on whose behalf another acts is not the actor's",
			"Năm 2023, thừa ủy quyền của Chủ tịch nước, Chủ tịch UBND tỉnh Ninh Thuận Lê Văn Hùng trao tặng.",
			"Lê Văn Hùng: Chủ tịch @ UBND tỉnh Ninh Thuận"},
		{"a former office is not held",
			"Năm 2023, tặng huy hiệu cho nguyên Phó Chủ tịch nước Trần Thị Lan.",
			""},
		{"the political officer of a military command",
			"Năm 2023, ông Lê Văn Hùng (Chính trị viên Ban chỉ huy quân sự huyện Ninh Hải) nhận bằng khen.",
			"Lê Văn Hùng: Chính trị viên @ Ban chỉ huy quân sự huyện Ninh Hải"},
		{"a post in parentheses after a name",
			"Năm 2023, ông Lê Văn Hùng (Phó Giám đốc Sở Y tế tỉnh Ninh Thuận) dự họp.",
			"Lê Văn Hùng: Phó Giám đốc @ Sở Y tế Ninh Thuận"},
		{"the longer title of one body is the post",
			"Năm 2023, ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh Ninh Thuận dự. Ông Lê Văn Hùng, Phó Chủ tịch Thường trực UBND tỉnh Ninh Thuận phát biểu.",
			"Lê Văn Hùng: Phó Chủ tịch Thường trực @ UBND tỉnh Ninh Thuận"},
		{"an age in parentheses before the apposition",
			"Năm 2015, ông Lê Văn Hùng (52 tuổi) - Phó Bí thư Tỉnh ủy Ninh Thuận dự họp.",
			"Lê Văn Hùng: Phó Bí thư @ Tỉnh ủy Ninh Thuận"},
		{"a post in lower case after chức vụ, given to the person named after",
			"Năm 2015, Thủ tướng phê chuẩn việc miễn nhiệm chức vụ chủ tịch UBND tỉnh Ninh Thuận đối với ông Lê Văn Hùng.",
			"Lê Văn Hùng: chủ tịch @ UBND tỉnh Ninh Thuận"},
		{"a post in lower case after chức vụ, given to the person named before",
			"Năm 2015, ông Lê Văn Hùng cũng được phê chuẩn miễn nhiệm chức vụ phó chủ tịch UBND tỉnh Ninh Thuận vì đủ tuổi nghỉ hưu.",
			"Lê Văn Hùng: phó chủ tịch @ UBND tỉnh Ninh Thuận"},
		{"a person described as the one elected",
			"Năm 2015, Thủ tướng miễn nhiệm ông Lê Văn Hùng, người vừa được bầu giữ chức vụ bí thư Tỉnh ủy Ninh Thuận.",
			"Lê Văn Hùng: bí thư @ Tỉnh ủy Ninh Thuận"},
		{"deputies listed after a count and a colon take the chairman's body",
			"Năm 2025, UBND tỉnh gồm Chủ tịch UBND tỉnh Ninh Thuận Lê Văn Hùng và 2 Phó Chủ tịch gồm các ông: Hà Văn Nam và Y Bình điều hành.",
			"Hà Văn Nam: Phó Chủ tịch @ UBND tỉnh Ninh Thuận; Lê Văn Hùng: Chủ tịch @ UBND tỉnh Ninh Thuận; Y Bình: Phó Chủ tịch @ UBND tỉnh Ninh Thuận"},
		{"a post of one in parentheses, then the list goes on under its post",
			"Năm 2025, UBND tỉnh Ninh Thuận có 3 Phó Chủ tịch: Y Bình (Phó Chủ tịch Thường trực) và các Phó Chủ tịch: Hà Văn Nam, Đỗ Văn An.",
			"Hà Văn Nam: Phó Chủ tịch @ UBND tỉnh Ninh Thuận; Y Bình: Phó Chủ tịch Thường trực @ UBND tỉnh Ninh Thuận; Đỗ Văn An: Phó Chủ tịch @ UBND tỉnh Ninh Thuận"},
		{"no body named before the list, no post",
			"Năm 2025, có 2 Phó Chủ tịch: Hà Văn Nam và Đỗ Văn An.",
			""},
		{"a unit's officer after a rank",
			"Năm 2021, tặng Bằng khen cho Thiếu tá Trần Văn Bình, Cán bộ Phòng CSGT, Công an tỉnh Ninh Thuận.",
			"Trần Văn Bình: Cán bộ @ Phòng CSGT Công an tỉnh Ninh Thuận"},
		{"a former post before a name is not held, the post dismissed from is",
			"Năm 2025, kỳ họp miễn nhiệm Ủy viên UBND tỉnh đối với nguyên Giám đốc sở Nội vụ Nguyễn Lâm Thị Tú Anh, tỉnh Cao Bằng.",
			"Nguyễn Lâm Thị Tú Anh: Ủy viên @ UBND tỉnh Cao Bằng"},
		{"the former post a dismissal names is the post",
			"Năm 2025, HĐND tỉnh Cao Bằng đã miễn nhiệm đối với nguyên Phó Chủ tịch UBND tỉnh Nguyễn Bích Ngọc.",
			"Nguyễn Bích Ngọc: Phó Chủ tịch @ UBND tỉnh Cao Bằng"},
		{"a committee of the National Assembly",
			"Năm 2024, ông Nguyễn Đình Việt, Phó chủ nhiệm Ủy ban Kinh tế của Quốc hội, dự họp.",
			"Nguyễn Đình Việt: Phó chủ nhiệm @ Ủy ban Kinh tế của Quốc hội"},
	}
	for _, tt := range tests {
		if g := postsOf(tt.text); g != tt.want {
			t.Errorf("%s: positions %q, want %q", tt.name, g, tt.want)
		}
	}
}

// TestPeopleRound7 covers the people of round 7: lists of bare names after
// "gồm:" (spaces missing as pages write them) or "các ông", "các đồng chí".
func TestPeopleRound7(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a member list with the spaces missing",
			"Năm 2020, Ban Thường vụ Tỉnh ủy gồm12 vị gồm:ông Lê Văn Hùng, Trần Thị Mai, Đỗ Văn An và Hà Quốc Bảo.",
			"Lê Văn Hùng; Trần Thị Mai; Đỗ Văn An; Hà Quốc Bảo"},
		{"comrades listed before a verb",
			"Năm 2020, các đồng chí Lê Văn Hùng, Trần Thị Mai dự họp.",
			"Lê Văn Hùng; Trần Thị Mai"},
		{"one name is no list",
			"Năm 2020, Ban gồm: ông Lê Văn Hùng.",
			"Lê Văn Hùng"},
		{"a place ends the list",
			"Năm 2020, đoàn gồm: các ông Lê Văn Hùng, Trần Văn Mai, Hà Nội.",
			"Lê Văn Hùng; Trần Văn Mai"},
	}
	for _, tt := range tests {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}

// TestPostsRound7 covers the posts of round 7: after a birth year, after
// the name through a verb, for everyone listed before the verb, lower case
// after "miễn nhiệm", a count's holders across ";" or after their body.
func TestPostsRound7(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an apposition after a birth year",
			"Năm 2015, ông Lê Văn Hùng (SN 1964), Phó Bí thư Tỉnh ủy Ninh Thuận, được bầu.",
			"Lê Văn Hùng: Phó Bí thư @ Tỉnh ủy Ninh Thuận"},
		{"an apposition after a birth year written out",
			"Năm 2015, ông Lê Văn Hùng (sinh năm 1964), Phó Bí thư Tỉnh ủy Ninh Thuận, được bầu.",
			"Lê Văn Hùng: Phó Bí thư @ Tỉnh ủy Ninh Thuận"},
		{"a note in parentheses is no age",
			"Năm 2015, ông Lê Văn Hùng (5), Phó Bí thư Tỉnh ủy Ninh Thuận, được bầu.",
			""},
		{"elected into a post named after the person",
			"Năm 2015, Thủ tướng phê chuẩn kết quả bầu ông Lê Văn Hùng vào chức danh Chủ tịch UBND tỉnh Ninh Thuận.",
			"Lê Văn Hùng: Chủ tịch @ UBND tỉnh Ninh Thuận"},
		{"re-elected to a post",
			"Năm 2020, ông Lê Văn Hùng tái đắc cử Bí thư Tỉnh ủy Ninh Thuận.",
			"Lê Văn Hùng: Bí thư @ Tỉnh ủy Ninh Thuận"},
		{"everyone listed before the verb",
			"Năm 2015, HĐND tỉnh bầu ông Lê Văn Hùng (SN 1960), Giám đốc Sở Y tế, và ông Đỗ Văn An (SN 1962), Bí thư Huyện ủy Ninh Hải, giữ chức vụ phó chủ tịch UBND tỉnh Ninh Thuận.",
			"Lê Văn Hùng: Giám đốc @ Sở Y tế Ninh Thuận; Lê Văn Hùng: phó chủ tịch @ UBND tỉnh Ninh Thuận; Đỗ Văn An: Bí thư @ Huyện ủy Ninh Hải; Đỗ Văn An: phó chủ tịch @ UBND tỉnh Ninh Thuận"},
		{"comrades listed before re-election",
			"Năm 2020, các đồng chí Lê Văn Hùng, Trần Thị Mai tái đắc cử Phó Bí thư Tỉnh ủy Ninh Thuận.",
			"Lê Văn Hùng: Phó Bí thư @ Tỉnh ủy Ninh Thuận; Trần Thị Mai: Phó Bí thư @ Tỉnh ủy Ninh Thuận"},
		{"a post in lower case after miễn nhiệm",
			"Năm 2015, HĐND miễn nhiệm phó chủ tịch UBND tỉnh Ninh Thuận đối với ông Lê Văn Hùng.",
			"Lê Văn Hùng: phó chủ tịch @ UBND tỉnh Ninh Thuận"},
		{"holders of a count after a semicolon take the body before it",
			"Năm 2025, Chủ tịch UBND tỉnh Ninh Thuận là ông Lê Văn Hùng; 2 Phó Chủ tịch gồm các ông: Hà Văn Nam (Phó Chủ tịch Thường trực), Đỗ Văn An.",
			"Hà Văn Nam: Phó Chủ tịch Thường trực @ UBND tỉnh Ninh Thuận; Lê Văn Hùng: Chủ tịch @ UBND tỉnh Ninh Thuận; Đỗ Văn An: Phó Chủ tịch @ UBND tỉnh Ninh Thuận"},
		{"a name after a dash",
			"Năm 2024, dự lễ có Ủy viên Ban Thường vụ Tỉnh ủy Ninh Thuận, Phó Chủ tịch UBND tỉnh Ninh Thuận - Lê Văn Hùng.",
			"Lê Văn Hùng: Phó Chủ tịch @ UBND tỉnh Ninh Thuận; Lê Văn Hùng: Ủy viên @ Ban Thường vụ Tỉnh ủy Ninh Thuận"},
		{"a name after a comma and ông",
			"Năm 2014, thừa ủy nhiệm, Phó Chủ tịch HĐND tỉnh Ninh Thuận, ông Lê Văn Hùng đã trao huân chương.",
			"Lê Văn Hùng: Phó Chủ tịch @ HĐND tỉnh Ninh Thuận"},
		{"the chief inspector of a province's inspectorate",
			"Năm 2020, đồng chí Lê Thị Loan, Chánh Thanh tra tỉnh Ninh Thuận, được bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Ninh Thuận.",
			"Lê Thị Loan: Chánh Thanh tra @ Thanh tra tỉnh Ninh Thuận; Lê Thị Loan: Chủ nhiệm @ Ủy ban Kiểm tra Tỉnh ủy Ninh Thuận"},
		{"a post in lower case after là",
			"Năm 2015, ông Lê Văn Hùng - Giám đốc Sở Y tế tỉnh Ninh Thuận là ủy viên UBND tỉnh Ninh Thuận.",
			"Lê Văn Hùng: Giám đốc @ Sở Y tế Ninh Thuận; Lê Văn Hùng: ủy viên @ UBND tỉnh Ninh Thuận"},
		{"là with no person before gives the post to no one after",
			"Năm 2015, đây là ủy viên UBND tỉnh Ninh Thuận, ông Lê Văn Hùng.",
			""},
		{"the leaders of a body listed by title",
			"Năm 2018, lãnh đạo UBND tỉnh Ninh Thuận hiện gồm Chủ tịch Lê Văn Hùng và 6 Phó chủ tịch.",
			"Lê Văn Hùng: Chủ tịch @ UBND tỉnh Ninh Thuận"},
		{"a body after a comma, as member lists write it",
			"Năm 2021, 4. Thiếu tướng Lê Văn Hùng - Giám đốc, Công an tỉnh Ninh Thuận; 5. Ông Đỗ Văn An - Giám đốc, Sở Y tế.",
			"Lê Văn Hùng: Giám đốc @ Công an tỉnh Ninh Thuận; Đỗ Văn An: Giám đốc @ Sở Y tế Ninh Thuận"},
		{"a title after the comma is another post, not the body",
			"Năm 2021, ông Lê Văn Hùng - Ủy viên, Giám đốc Sở Y tế tỉnh Ninh Thuận dự.",
			"Lê Văn Hùng: Giám đốc @ Sở Y tế Ninh Thuận"},
		{"a rank between the name and its apposition",
			"Năm 2011, ông Lê Văn Hùng, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Ninh Thuận dự.",
			"Lê Văn Hùng: Chỉ huy trưởng @ Bộ Chỉ huy Quân sự Ninh Thuận"},
		{"a title's body after thay mặt",
			"Năm 2015, ông Lê Văn Hùng, Phó Chủ tịch Thường trực, thay mặt UBND tỉnh Ninh Thuận tặng bằng khen.",
			"Lê Văn Hùng: Phó Chủ tịch Thường trực @ UBND tỉnh Ninh Thuận"},
		{"a title without its body, the body before do ông",
			"Năm 2020, Ủy ban Kiểm tra Tỉnh ủy Ninh Thuận do ông Lê Văn Hùng giữ chức Chủ nhiệm.",
			"Lê Văn Hùng: Chủ nhiệm @ Ủy ban Kiểm tra Tỉnh ủy Ninh Thuận"},
		{"a title without its body, the body of the post given before",
			"Năm 2009, Thủ tướng phê chuẩn ông Lê Văn Hùng giữ chức Phó Chủ tịch UBND tỉnh Ninh Thuận, và ông Đỗ Văn An, Giám đốc Sở Y tế, làm Ủy viên.",
			"Lê Văn Hùng: Phó Chủ tịch @ UBND tỉnh Ninh Thuận; Đỗ Văn An: Giám đốc @ Sở Y tế Ninh Thuận; Đỗ Văn An: Ủy viên @ UBND tỉnh Ninh Thuận"},
		{"no post given before, no body",
			"Năm 2009, ông Đỗ Văn An, Giám đốc Sở Y tế tỉnh Ninh Thuận, làm Ủy viên.",
			"Đỗ Văn An: Giám đốc @ Sở Y tế Ninh Thuận"},
		{"posts sharing a body go to the people in order",
			"Năm 2015, Thủ tướng miễn nhiệm chức danh chủ tịch, phó chủ tịch UBND tỉnh Ninh Thuận đối với ông Lê Văn Hùng và Đỗ Văn An.",
			"Lê Văn Hùng: chủ tịch @ UBND tỉnh Ninh Thuận; Đỗ Văn An: phó chủ tịch @ UBND tỉnh Ninh Thuận"},
		{"more people than posts: not one each",
			"Năm 2015, Thủ tướng miễn nhiệm chức danh chủ tịch, phó chủ tịch UBND tỉnh Ninh Thuận đối với ông Lê Văn Hùng, Đỗ Văn An và Hà Văn Nam.",
			""},
		{"a post given through a transfer",
			"Năm 2025, HĐND tỉnh miễn nhiệm ông Lê Văn Hùng, người được điều động, phân công giữ chức Phó Trưởng ban Tổ chức Trung ương.",
			"Lê Văn Hùng: Phó Trưởng ban @ Ban Tổ chức Trung ương"},
		{"holders listed after the post and its body",
			"Năm 2020, các Phó Bí thư Tỉnh ủy Ninh Thuận gồm các ông: Hà Văn Nam, Đỗ Văn An.",
			"Hà Văn Nam: Phó Bí thư @ Tỉnh ủy Ninh Thuận; Đỗ Văn An: Phó Bí thư @ Tỉnh ủy Ninh Thuận"},
	}
	for _, tt := range tests {
		if g := postsOf(tt.text); g != tt.want {
			t.Errorf("%s: positions %q, want %q", tt.name, g, tt.want)
		}
	}
}

// Round 8: posts (sentences of our own).
func TestPostsRound8(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an inspector's title written bare is a post with no body",
			"Năm 2010, HĐND tỉnh Ninh Thuận họp. Ông Trần Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Chánh thanh tra được bầu làm Phó chủ tịch.",
			"Trần Văn Hải: Ủy viên @ Ban Thường vụ Tỉnh ủy Ninh Thuận; Trần Văn Hải: Chánh thanh tra @ "},
		{"holders listed after a colon, each with its own ông",
			"Năm 2020, UBND tỉnh Long An có 02 Phó Chủ tịch UBND tỉnh gồm: ông Trần Văn Cần, ông Phạm Tấn Hòa.",
			"Trần Văn Cần: Phó Chủ tịch @ UBND tỉnh Long An; Phạm Tấn Hòa: Phó Chủ tịch @ UBND tỉnh Long An"},
		{"và là joins a second post of the same person",
			"Năm 2020, HĐND tỉnh bầu ông Trần Văn Lâm- Phó Bí thư Tỉnh ủy Sóc Trăng và là Phó Chủ tịch UBND tỉnh Sóc Trăng.",
			"Trần Văn Lâm: Phó Bí thư @ Tỉnh ủy Sóc Trăng; Trần Văn Lâm: Phó Chủ tịch @ UBND tỉnh Sóc Trăng"},
		{"with its place, the inspectorate is its body",
			"Năm 2010, ông Trần Văn Hải, Chánh Thanh tra tỉnh Ninh Thuận, dự họp.",
			"Trần Văn Hải: Chánh Thanh tra @ Thanh tra tỉnh Ninh Thuận"},
	}
	for _, tt := range tests {
		s := Extract(tt.text, now)
		var got []string
		for _, p := range s.People {
			for _, q := range p.Positions {
				got = append(got, p.Name+": "+q.Title+" @ "+q.Org.Name)
			}
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%s: positions %q, want %q", tt.name, g, tt.want)
		}
	}
}
