package importer

import (
	"strings"
	"testing"
)

// orgsOf lists the organizations Extract finds in text, "; "-joined.
func orgsOf(text string) string {
	s := Extract(text, now)
	var got []string
	for _, o := range s.Orgs {
		got = append(got, o.Name)
	}
	return strings.Join(got, "; ")
}

// orgLevelsOf is orgsOf with each body's level: "UBND tỉnh Yên Bái|PROVINCIAL".
func orgLevelsOf(text string) string {
	var got []string
	for _, o := range Extract(text, now).Orgs {
		got = append(got, o.Name+"|"+string(o.Level))
	}
	return strings.Join(got, "; ")
}

// TestBodiesRound6 covers the bodies of round 6: police and military units,
// inspectorates, a city's bodies written "TP" or "thành phố", a town's
// committee of two words, a ward named after a person.
func TestBodiesRound6(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a police unit with its police, the police too",
			"Năm 2021, Phòng Cảnh sát giao thông Công an tỉnh Ninh Thuận họp.",
			"Phòng Cảnh sát giao thông Công an tỉnh Ninh Thuận; Công an tỉnh Ninh Thuận"},
		{"a police unit and its police after a comma",
			"Năm 2021, ông Trần Văn Bình, Cán bộ Phòng CSGT, Công an tỉnh Ninh Thuận dự.",
			"Phòng CSGT Công an tỉnh Ninh Thuận; Công an tỉnh Ninh Thuận"},
		{"a district's police team",
			"Năm 2021, Đội CSGT - Trật tự Công an huyện Ninh Hải họp.",
			"Đội CSGT - Trật tự Công an huyện Ninh Hải; Công an huyện Ninh Hải"},
		{"a military command in lower case",
			"Năm 2021, Ban chỉ huy quân sự huyện Ninh Hải họp.",
			"Ban chỉ huy quân sự huyện Ninh Hải"},
		{"a city written TP",
			"Năm 2021, Công an TP Phan Rang họp với UBND TP. Tháp Chàm.",
			"Công an TP Phan Rang; UBND TP. Tháp Chàm"},
		{"an inspectorate of the city the story is about",
			"Năm 2023, Thanh tra thành phố và Hội đồng nhân dân thành phố Đà Nẵng họp. Thanh tra chỉ ra sai phạm.",
			"Thanh tra thành phố Đà Nẵng; Hội đồng nhân dân thành phố Đà Nẵng"},
		{"a city's body in a province's story takes no province",
			"Năm 2023, Hội đồng nhân dân thành phố họp, tỉnh Ninh Thuận.",
			"Hội đồng nhân dân thành phố"},
		{"two words after a town's committee are its town",
			"Năm 2023, ông Lê Văn Tâm, Bí thư Thành ủy Cao Lãnh, dự họp.",
			"Thành ủy Cao Lãnh"},
		{"a ward named after a person",
			"Năm 2023, ông Lê Văn Tâm, Bí thư Đảng ủy phường Phan Đình Phùng, tỉnh Thái Nguyên dự họp.",
			"Đảng ủy phường Phan Đình Phùng"},
		{"posts once held name their bodies",
			"Năm 2025, ông từng giữ các chức vụ: Giám đốc Sở Xây dựng (cũ); Bí thư Huyện ủy Sơn Tịnh (cũ), tỉnh Quảng Ngãi.",
			"Sở Xây dựng Quảng Ngãi; Huyện ủy Sơn Tịnh"},
		{"a career's posts name their bodies, a management board in lower case",
			"Năm 2025, ông từng là Giám đốc Ban quản lý dự án các công trình giao thông tỉnh, Phó Chủ tịch UBND tỉnh Quảng Ngãi.",
			"Ban quản lý dự án các công trình giao thông Quảng Ngãi; UBND tỉnh Quảng Ngãi"},
		{"an office acting names no body",
			"Năm 2025, Chủ tịch UBND tỉnh Quảng Ngãi tặng Bằng khen.",
			""},
		{"the standing deputy secretary's Thường trực is the title's",
			"Năm 2023, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Bắc Kạn dự.",
			"Tỉnh ủy Bắc Kạn"},
		{"a list sharing a committee's head",
			"Năm 2024, Ban Thường vụ Huyện ủy các huyện: Đăk Tô, Ngọc Hồi và Ia H’Drai đề nghị.",
			"Ban Thường vụ Huyện ủy Đăk Tô; Ban Thường vụ Huyện ủy Ngọc Hồi; Ban Thường vụ Huyện ủy Ia H’Drai"},
		{"a list sharing a council's head keeps the unit word",
			"Năm 2021, UBND các tỉnh Quảng Trị, Nghệ An và Hà Tĩnh, UBND tỉnh Ninh Thuận hỗ trợ.",
			"UBND tỉnh Quảng Trị; UBND tỉnh Nghệ An; UBND tỉnh Hà Tĩnh; UBND tỉnh Ninh Thuận"},
		{"the plural without a list is generic",
			"Năm 2021, UBND các huyện trong tỉnh Kon Tum hỗ trợ.",
			""},
		{"the standing board of a committee of a body",
			"Năm 2024, Ban Thường vụ Đảng ủy Công an tỉnh và Ban Thường vụ Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Kon Tum đề nghị.",
			"Ban Thường vụ Đảng ủy Công an tỉnh Kon Tum; Ban Thường vụ Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Kon Tum"},
		{"a committee of the border guard",
			"Năm 2024, Đảng ủy Bộ đội Biên phòng tỉnh Kon Tum họp.",
			"Đảng ủy Bộ đội Biên phòng tỉnh Kon Tum"},
		{"a term written with a capital",
			"Năm 2025, ông Lê Văn Tâm không tham gia Ban Chấp hành Đảng bộ tỉnh Khóa XX, nhiệm kỳ 2025 – 2030, tỉnh Cao Bằng.",
			"Ban Chấp hành Đảng bộ tỉnh Cao Bằng Khóa XX"},
		{"a career's last post after a semicolon names its body",
			"Năm 2026, ông từng giữ các vị trí: Phó Chủ tịch UBND huyện Định Hóa; Bí thư Thành ủy Sông Công.",
			"UBND huyện Định Hóa; Thành ủy Sông Công"},
	}
	for _, tt := range tests {
		if g := orgsOf(tt.text); g != tt.want {
			t.Errorf("%s: organizations %q, want %q", tt.name, g, tt.want)
		}
	}
}

// TestBodiesRound7 covers the bodies of round 7: the Central Committee's
// boards written "T.Ư", a foreign province
// and a foreign state's mission, federations, a short name in parentheses,
// and "TP." at the end of a sentence.
func TestBodiesRound7(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a central board written T.Ư",
			"Năm 2013, ông Trần Văn Minh, Phó trưởng Ban Tổ chức T.Ư, nguyên Bí thư Tỉnh ủy Ninh Thuận, dự.",
			"Ban Tổ chức T.Ư; Tỉnh ủy Ninh Thuận"},
		{"a province of another country is not the story's",
			"Năm 2013, tại Đà Nẵng, đồng chí Khămbun Đoungpannha, Bí thư Tỉnh ủy tỉnh Salavan trao tặng.",
			"Tỉnh ủy tỉnh Salavan"},
		{"a term is no province: it stays in the name (round 11)",
			"Năm 2013, HĐND tỉnh Khóa XVII họp.",
			"HĐND tỉnh Khóa XVII"},
		{"a foreign state's mission, named after the state alone",
			"Năm 2013, Tổng lãnh sự quán Lào còn trao Huy chương Hữu nghị.",
			"Tổng lãnh sự quán Lào"},
		{"federations of associations",
			"Năm 2014, tặng cho Liên hiệp các Hội Văn học - Nghệ thuật tỉnh Ninh Thuận và Liên hiệp các Tổ chức hữu nghị tỉnh Ninh Thuận.",
			"Liên hiệp các Hội Văn học - Nghệ thuật Ninh Thuận; Liên hiệp các Tổ chức hữu nghị tỉnh Ninh Thuận"},
		{"a short name in parentheses is left out of the name",
			"Năm 2014, Liên đoàn Lao động (LĐLĐ) tỉnh Ninh Thuận đón nhận Huân chương.",
			"Liên đoàn Lao động tỉnh Ninh Thuận"},
		{"a rank after và ends a body",
			"Năm 2013, trao cho Sở NN&PTNT và Thiếu tướng Nguyễn Văn Sơn.",
			"Sở NN&PTNT"},
		{"TP. ending a sentence takes no name from the next",
			"Năm 2013, ông Lê Văn Hùng, Chủ tịch UBND TP. Trao tặng huân chương.",
			"UBND TP"},
		{"a party board's business in lower case",
			"Năm 2024, Ban dân vận Tỉnh ủy Ninh Thuận họp.",
			"Ban dân vận Tỉnh ủy Ninh Thuận"},
		{"a board in lower case after its title",
			"Năm 2024, bà Lê Thị Mai, Trưởng Ban tuyên giáo Huyện ủy Ninh Hải dự.",
			"Ban tuyên giáo Huyện ủy Ninh Hải"},
		{"a bare council takes the place the next post names",
			"Năm 2014, ông Lê Văn Hùng, Phó Chủ tịch HĐND, Chủ tịch UBND huyện Ninh Hải dự.",
			"HĐND huyện Ninh Hải; UBND huyện Ninh Hải"},
		{"TP. before a city's name",
			"Năm 2013, HĐND TP. Bạc Liêu họp.",
			"HĐND TP. Bạc Liêu"},
	}
	for _, tt := range tests {
		if g := orgsOf(tt.text); g != tt.want {
			t.Errorf("%s: organizations %q, want %q", tt.name, g, tt.want)
		}
	}
}

// TestMissionConfersNothing: a foreign state's mission that hands over an
// award is no issuer of it (the convention of "Gold lists").
func TestMissionConfersNothing(t *testing.T) {
	s := Extract("Năm 2013, Tổng lãnh sự quán Lào còn trao Huy chương Hữu nghị cho Sở Y tế tỉnh Ninh Thuận.", now)
	if len(s.Awards) != 1 {
		t.Fatalf("awards %d, want 1", len(s.Awards))
	}
	if is := s.Awards[0].Issuer; is != nil {
		t.Errorf("issuer %q, want none", is.Name)
	}
}

// Round 8: bodies (sentences of our own).
func TestOrgsRound8(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a capitalized Tỉnh after a body is its province",
			"Năm 2014, UBND tỉnh Bình Định họp; ông Trần Văn Sơn, Chỉ huy trưởng Bộ chỉ huy quân sự Tỉnh, dự họp.",
			"Bộ chỉ huy quân sự Bình Định|PROVINCIAL; UBND tỉnh Bình Định|PROVINCIAL"},
		{"bodies of districts sharing a head, the city written T.P",
			"Năm 2020, Tỉnh ủy Bắc Giang trao huy hiệu ở Đảng bộ T.P Bắc Giang, huyện Lục Nam và Yên Thế.",
			"Tỉnh ủy Bắc Giang|PROVINCIAL; Đảng bộ T.P Bắc Giang|DISTRICT; Đảng bộ huyện Lục Nam|DISTRICT; Đảng bộ huyện Yên Thế|DISTRICT"},
		{"a commune's body before its district is placed, not listed",
			"Năm 2020, UBND xã Tân Sỏi, huyện Yên Thế, tỉnh Bắc Giang họp.",
			"UBND xã Tân Sỏi|COMMUNE"},
		{"a district's body before its own province is no list",
			"Năm 2020, UBND huyện Lục Nam, tỉnh Bắc Giang họp.",
			"UBND huyện Lục Nam|DISTRICT"},
		{"a school or a company placed after a comma is a body",
			"Năm 2019, tỉnh Hà Nam đề nghị tặng:\n\n- Trường Trung học phổ thông Biên Hòa, Sở Giáo dục và Đào tạo tỉnh Hà Nam;\n\n- Trường THCS Lê Lợi, huyện Kim Bảng;\n\n- Công ty trách nhiệm hữu hạn Minh Phát, huyện Duy Tiên;\n\n- Công ty TNHH MTV Sông Đáy, thành phố Phủ Lý.",
			"Trường Trung học phổ thông Biên Hòa|OTHER; Sở Giáo dục và Đào tạo Hà Nam|PROVINCIAL; Trường THCS Lê Lợi|OTHER; Công ty trách nhiệm hữu hạn Minh Phát|OTHER; Công ty TNHH MTV Sông Đáy|OTHER"},
		{"a company alone is a body since round 48 (a named school since round 11), and Công an is still the police",
			"Năm 2019, Trường THCS Lê Lợi và Công ty TNHH Minh Phát ủng hộ; Công an tỉnh Hà Nam dự.",
			"Trường THCS Lê Lợi|OTHER; Công ty TNHH Minh Phát|OTHER; Công an tỉnh Hà Nam|PROVINCIAL"},
		{"Tỉnh ủy is still a body's own",
			"Năm 2014, Ban Thường vụ Tỉnh ủy Bình Định họp.",
			"Ban Thường vụ Tỉnh ủy Bình Định|PROVINCIAL"},
	}
	for _, tt := range tests {
		if g := orgLevelsOf(tt.text); g != tt.want {
			t.Errorf("%s: organizations %q, want %q", tt.name, g, tt.want)
		}
	}
}

func TestOrgsRound9(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a management board's business may take a dozen syllables",
			"Năm 2022, tỉnh Bình Phước đề nghị khen Ban Quản lý dự án đầu tư xây dựng ngành nông nghiệp tỉnh Bình Phước.",
			"Ban Quản lý dự án đầu tư xây dựng ngành nông nghiệp Bình Phước|PROVINCIAL"},
		{"a council's committee named around its chairman's title, the council after a comma",
			"Năm 2021, HĐND tỉnh Yên Bái bầu ông Lê Văn Minh, Trưởng ban Văn hóa-Xã hội, Hội đồng nhân dân tỉnh làm Phó Chủ tịch.",
			"Ban Văn hóa-Xã hội Hội đồng nhân dân Yên Bái|PROVINCIAL; HĐND tỉnh Yên Bái|PROVINCIAL"},
		{"a province's committee written in lower case after a board",
			"Năm 2015, ông Trần Văn Bình, Ủy viên Ban Thường vụ tỉnh ủy, Bí thư Huyện ủy Kim Bôi dự họp ở tỉnh Hòa Bình.",
			"Ban Thường vụ tỉnh ủy Hòa Bình|PROVINCIAL; Huyện ủy Kim Bôi|DISTRICT"},
		{"a party cell named by its hamlet, a name or a number",
			"Năm 2021, đảng viên Lê Văn Tám – Chi bộ ấp Phú Hòa; đảng viên Trần Văn Bảy – Chi bộ khóm 3, Đảng bộ phường Mỹ Phú.",
			"Chi bộ ấp Phú Hòa|OTHER; Chi bộ khóm 3|OTHER; Đảng bộ phường Mỹ Phú|COMMUNE"},
		{"a party cell with no hamlet is none",
			"Năm 2021, Chi bộ họp; Đảng bộ phường Mỹ Phú dự.",
			"Đảng bộ phường Mỹ Phú|COMMUNE"},
		{"the cooperatives' alliance is a body when placed",
			"Năm 2021, Liên minh Hợp tác xã tỉnh Bến Tre họp; Liên minh Hợp tác xã chưa dự.",
			"Liên minh Hợp tác xã tỉnh Bến Tre|PROVINCIAL"},
		{"a board in a list before a council is not the council's",
			"Năm 2021, Ban Tổ chức, HĐND tỉnh Yên Bái và UBND tỉnh Yên Bái họp.",
			"HĐND tỉnh Yên Bái|PROVINCIAL; UBND tỉnh Yên Bái|PROVINCIAL"},
	}
	for _, tt := range tests {
		if g := orgLevelsOf(tt.text); g != tt.want {
			t.Errorf("%s: organizations %q, want %q", tt.name, g, tt.want)
		}
	}
}
