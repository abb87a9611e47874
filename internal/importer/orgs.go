package importer

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// Org levels and kinds, as the content model spells them.
const (
	LevelCentral    = "CENTRAL"
	LevelProvincial = "PROVINCIAL"
	LevelDistrict   = "DISTRICT"
	LevelCommune    = "COMMUNE"
	LevelOther      = "OTHER"

	KindPartyCommittee   = "PARTY_COMMITTEE"
	KindPartyBoard       = "PARTY_BOARD"
	KindStateAgency      = "STATE_AGENCY"
	KindMassOrganization = "MASS_ORGANIZATION"
	KindUnit             = "UNIT"
	KindOther            = "OTHER"
)

// Org is an organization named in a story.
type Org struct {
	Name   string // as stored: the base name, with the province appended for provincial bodies
	Base   string // the name without the province: "Ban Tuyên giáo Tỉnh ủy"
	Region string // the province, empty for central bodies
	Term   string // "khoá XXII": a body of one term is not that of another
	Level  string
	Kind   string
	Span   Span
}

// mission reports whether o is a foreign state's mission ("Tổng lãnh sự
// quán Lào"): it hands over its state's awards but confers none itself.
func (o Org) mission() bool {
	f := textvi.Fold(o.Base)
	return strings.HasPrefix(f, "tong lanh su quan ") || strings.HasPrefix(f, "lanh su quan ") || strings.HasPrefix(f, "dai su quan ")
}

// asGiver is the issuer o is when it gives an award by the convention:
// itself, but none for a foreign state's mission, which hands over its
// state's awards and confers none ("Tổng lãnh sự quán Lào trao Huy chương
// Hữu nghị cho …").
func (o Org) asGiver() issuer {
	if o.mission() {
		return issuer{}
	}
	return issuer{org: &o}
}

// Key identifies an organization within a story: folded base name and region.
func (o Org) Key() string { return textvi.Fold(o.Base) + "|" + textvi.Fold(o.Region) }

// orgMatch is an organization parsed from tokens, before the story's province
// is known to fill in what it implies.
type orgMatch struct {
	i, j     int    // tokens covered
	base     string // without an explicit province
	region   string // an explicit province, if named
	head     orgHead
	unit     string // "tỉnh", "huyện"... when placed by a local unit word
	place    string // the district's or commune's name after unit: "Quỳ Châu"
	unitAt   int    // where the unit word begins, when unit is set
	term     string // "khoá XXII", from "(khoá XXII)" after the name
	bareTerm bool   // the term written without parentheses: "Quốc hội khóa 14"
	generic  bool   // "Trung tâm Chính trị các huyện": not one organization
	parent   int    // where the force a police unit names begins ("Công an tỉnh"), else 0
	hasLevel bool   // names its level (Tỉnh ủy, Trung ương, tỉnh, ...) or is known without one
	implied  bool   // said by a title, not written: "Thủ tướng Nguyễn Xuân Phúc" is of the Chính phủ
	assoc    bool   // a mass association known by its name: "Hội Khuyến học", "Hội Nhà báo"
}

// centralBodies need no level word: there is one of each.
var centralBodies = foldAll("Bộ Chính trị", "Ban Bí thư", "Chính phủ", "Quốc hội", "Ban Chấp hành Trung ương", "Trung ương Đảng")

// levelWords, folded, are words whose presence in a name says its level
// ("tu dang": "BCH TƯ Đảng", the Central Committee written short; "tinh
// doan": "Ban Thường vụ Tỉnh đoàn", the province's youth union).
var levelWords = []string{"t u", "tu dang", "tinh uy", "thanh uy", "tinh doan", "thanh doan", "huyen uy", "quan uy", "thi uy", "dang uy", "trung uong", "chinh phu", "quoc hoi", "viet nam", "csvn"}

// massAssociation are the first words of the heads of the associations
// and unions a "Ban Chấp hành" is elected by: "Hội", "Đoàn", "Liên đoàn",
// "Công đoàn".
var massAssociation = map[string]bool{"Hội": true, "Đoàn": true, "Liên": true, "Công": true}

// parseOrg parses an organization starting at toks[i]. headLen > 0 forces
// the first headLen tokens to be the head (a title shares them, as in
// "Trưởng phòng Văn hóa"). It returns ok false when nothing there is an
// organization.
func parseOrg(text string, toks []token, i, headLen int) (orgMatch, bool) {
	if headLen == 0 && standingBoardAt(toks, i) {
		// "Ủy viên Thường vụ Tỉnh ủy", "Thường vụ Huyện ủy Hòa Vang": the
		// standing board of the committee, written without "Ban".
		if sub, ok := parseOrg(text, toks, i+2, 0); ok && !sub.generic {
			sub.base = "Ban Thường vụ " + sub.base
			sub.i, sub.head = i, orgHead{words: []string{"Ban", "thuong", "vu"}, complete: true}
			return sub, true
		}
	}
	var h orgHead
	n := headLen
	if n == 0 {
		h, n = headAt(toks, i)
		if n == 0 {
			return orgMatch{}, false
		}
		if h.army {
			j := armyUnitEnd(toks, i+n)
			if j == i+n {
				return orgMatch{}, false // "Tiểu đoàn trưởng", "Tiểu đoàn này": no unit named
			}
			return orgMatch{i: i, j: j, base: textOf(text, toks, i, j), head: h, hasLevel: true}, true
		}
	} else if fh, fn := headAtFold(toks, i); fn >= n {
		h, n = fh, fn // "Trưởng đoàn đại biểu Quốc hội tỉnh": the whole head
	}
	j := i + n
	if len(h.words) == 1 && h.words[0] == "Ban" && j < len(toks) && toks[j].is("Chấp") && (j+1 == len(toks) || !toks[j+1].is("hành") && !toks[j+1].is("Hành")) {
		return orgMatch{}, false // "Ủy viên Ban Chấp" where a page is cut: "Ban Chấp hành" broken off, no name
	}
	if h.words != nil && len(h.words) == 1 && (h.words[0] == "Sở" || h.words[0] == "Bộ" || h.words[0] == "Phòng" || h.words[0] == "Cục") {
		for _, a := range departments {
			if an := commaPhraseAt(a, toks, j); an > 0 && toks[j].capitalized() {
				j += an // "Sở Nông nghiệp và Phát triển nông thôn"
				break
			}
		}
	}
	if len(h.words) == 1 && h.words[0] == "Ban" && j < len(toks) && toks[j].capitalized() {
		for _, b := range councilBoards {
			if bn := dashPhraseAt(b, toks, j); bn > 0 {
				j += bn // "Trưởng ban Văn hóa - xã hội": a council's board, its second field in lower case
				break
			}
		}
	}
	if len(h.words) == 1 && h.words[0] == "Báo" {
		if bn := commaPhraseAt(pressAndBroadcast, toks, j); bn > 0 {
			// "Báo và Phát thanh, Truyền hình Quảng Trị": a province's
			// paper and broadcaster merged, one body in any case.
			j += bn
		}
	}
	if policeUnit(h) {
		for _, b := range policeBranches {
			if bn := b.matchAt(toks, j); bn > 0 && toks[j].capitalized() {
				j += bn // "Phòng Cảnh sát giao thông"
				break
			}
		}
	}
	if delegateOfProvince(toks, i, j, h) {
		// "đại biểu Quốc hội tỉnh Bình Dương khóa XIV": a delegate
		// elected in the province, of the one Quốc hội; the province and
		// the term are the delegate's, not the body's (round 44).
		return orgMatch{i: i, j: j, base: "Quốc hội", head: h, hasLevel: true}, true
	}
	assocEnd := -1
	if h.words != nil && h.words[0] == "Hội" && len(h.words) == 1 {
		for _, a := range associations {
			if an := a.matchAt(toks, j); an > 0 && (toks[j].capitalized() || an > 2) {
				j += an // "Hội Chữ thập đỏ", "Hội liên hiệp thanh niên tỉnh" (three syllables in lower case)
				assocEnd = j
				break
			}
		}
	}
	if headLen == 0 && !h.part && strings.Join(h.words, " ") == "Ban Chấp hành" && j < len(toks) && toks[j].capitalized() {
		// "Ban Chấp hành Hội Chữ thập đỏ tỉnh A", "Ban Chấp hành Đoàn
		// Thanh niên …": a mass association's committee, one name with
		// the association.
		if sub, ok := parseOrg(text, toks, j, 0); ok && !sub.generic && len(sub.head.words) > 0 && massAssociation[sub.head.words[0]] {
			sub.base = collapseSpace(textOf(text, toks, i, j) + " " + sub.base)
			sub.i, sub.head = i, h
			return sub, true
		}
	}
	collective := false
	if h.part && headLen == 0 && len(h.words) == 2 && h.words[0] == "Đảng" && h.words[1] == "bộ" {
		if k := collectiveEnd(toks, j); k > j {
			// "Đảng bộ, chính quyền và nhân dân tỉnh Trà Vinh": a
			// collective, placed as the Đảng bộ alone would be.
			j, collective = k, true
		}
	}
	if h.part && headLen == 0 && !collective {
		if toks[i].is("Thường") && titleEndsAt(toks, i) {
			return orgMatch{}, false // "Phó Bí thư Thường trực Tỉnh ủy": the title's
		}
		// "Thường trực Tỉnh ủy", "Đảng ủy Văn phòng Trung ương Đảng": the
		// part and the body it is part of are one name.
		if hh, hn := headAt(toks, j); hn > 0 && !(hh.place && hh.words[0] == "Bộ") { // "Đảng ủy Bộ đội Biên phòng tỉnh": read below, as before round 49
			if sub, ok := parseOrg(text, toks, j, 0); ok && !sub.generic {
				sub.base = collapseSpace(textOf(text, toks, i, j) + " " + sub.base)
				sub.i, sub.head = i, h
				return sub, true
			}
		}
		if toks[i].is("Thường") {
			return orgMatch{}, false // "Thường trực" alone is an adjective
		}
	}
	specifiers := 0
	placed := false // a school or a company placed after a comma (placedAfterComma)
	if j > i+n {
		specifiers = 1
	}
	prevCap := false // the last token taken was a capitalized specifier
	innerComma := -1 // "Phòng CSGT, Công an tỉnh", "Ban Pháp chế, HĐND tỉnh": the comma inside the name
	short := -1      // "(LĐLĐ)" inside the name, left out of it
	parent := 0
	namedAfter := false // the name ends with a person's: "… Cộng sản Hồ Chí Minh"
	afterPart := h.part // right after "Đảng ủy": the body whose committee it is follows
	if len(h.words) == 1 && h.words[0] == "Trường" {
		// A school is named by its kind and then a name that is often a
		// person's: "Trường THCS Chu Văn An", "Trường THPT chuyên Nguyễn
		// Trãi", "Trường Chính trị tỉnh".
		k := schoolEnd(toks, j)
		if k == j {
			return orgMatch{}, false
		}
		// A school with a name after its kind is a body of the story
		// wherever it is written, as the gold lists mark it.
		j, specifiers, placed = k, 1, placedAfterComma(toks, k) || schoolNamed(toks, j, k)
		goto done
	}
	if len(h.words) == 1 && h.words[0] == "Cục" && headLen == 0 && j < len(toks) && toks[j].capitalized() && anyAt(securityBranches, toks, j) > 0 && postTitleEndsAt(toks, i) {
		if e := securityDeptEnd(toks, j+anyAt(securityBranches, toks, j)); e > j {
			// "Phó cục trưởng Cục An ninh nội địa (Bộ Công an)", "Cục
			// Bảo vệ chính trị V": a department of the Ministry of Public
			// Security, its name in lower case after the branch, ends
			// where the post does.
			j, specifiers = e, 1
			goto done
		}
	}
	if len(h.words) == 1 && h.words[0] == "Cục" && headLen == 0 {
		if e := deptLowerEnd(toks, i, j); e > j {
			// "lãnh đạo Cục Tổ chức cán bộ, Bộ Công an", "UBND tỉnh, …,
			// Cục Thi hành án dân sự nhiệm kỳ …": a department's name
			// goes on in lower case (round 46).
			j, specifiers = e, 1
			goto done
		}
	}
	if numberedForce(h) {
		// A military region is named by its number: "Quân khu 9",
		// "Bộ Tư lệnh Quân khu 7"; "Quân khu" alone names none. So are
		// an army corps and an economic corps (round 33): "Bộ Tư lệnh
		// Quân đoàn 3", "Binh đoàn 15" (an economic corps's number has
		// two digits).
		maxDigits := 1
		if h.words[0] == "Binh" {
			maxDigits = 2
		}
		if j < len(toks) && maxDigits == 1 && romanValue(toks[j].text) > 0 && romanValue(toks[j].text) < 10 {
			// "Quân khu IV": the number written in Roman numerals, as
			// pages write a region's or a corps's (round 44).
			j, specifiers = j+1, 1
			goto done
		}
		if j >= len(toks) || !isDigits(toks[j].text) || len(toks[j].text) > maxDigits || toks[j].text[0] == '0' {
			return orgMatch{}, false
		}
		j, specifiers = j+1, 1
		goto done
	}
	if h.branch {
		// A state enterprise's branch is named by the place it serves and
		// by nothing else (round 45): "Bưu điện tỉnh Tuyên Quang", "Bưu
		// điện huyện A", "Điện lực Nghệ An". Without a place ("ngành Bưu
		// điện", "Điện lực là …") it names the trade, no body.
		if _, pn := provinceAt(toks, j); pn > 0 {
			j, specifiers = j+pn, 1
			goto done
		}
		if !unitAt(toks, j) || j+1 >= len(toks) || !(toks[j+1].capitalized() || toks[j].is("tỉnh") || toks[j].is("TP")) {
			return orgMatch{}, false
		}
		specifiers = 1 // the unit word and its place, read below
		goto done
	}
	if len(h.words) == 3 && h.words[0] == "Đồn" {
		// A border post is named by its place, a border gate's as
		// often: "Đồn Biên phòng Tam Hợp", "Đồn Biên phòng cửa khẩu quốc
		// tế Cầu Treo", "Đồn Biên phòng Cửa khẩu Cảng Vũng Tàu" (round 32).
		k := j
		if k+1 < len(toks) && toks[k].fold == "cua" && toks[k+1].fold == "khau" {
			k += 2
			if k+1 < len(toks) && toks[k].fold == "quoc" && toks[k+1].fold == "te" {
				k += 2
			}
			if k < len(toks) && toks[k].fold == "cang" {
				k++
			}
		}
		e := placeNameEnd(toks, k)
		if e == k || isDigits(toks[k].text) {
			return orgMatch{}, false
		}
		j, specifiers = e, 1
		goto done
	}
	if len(h.words) == 1 && h.words[0] == "Bộ" && headLen == 0 && commandAt(toks, i, j+2) && mobilePolice.matchAt(toks, j+2) > 0 && toks[j+2].capitalized() {
		// "Bộ Tư lệnh Cảnh sát cơ động", "Bộ tư lệnh Cảnh sát cơ động":
		// the command of the mobile police, its branch in lower case
		// part of its name (round 33).
		j, specifiers = j+2+len(mobilePolice), 1
		goto done
	}
	if len(h.words) == 2 && h.words[0] == "Văn" && headLen == 0 && j+2 < len(toks) && toks[j].is("Chủ") && toks[j+1].fold == "tich" && toks[j+2].fold == "nuoc" && toks[j+2].lower() {
		// "Văn phòng Chủ tịch nước": the office of the head of state,
		// "nước" in lower case part of its name (round 33).
		j, specifiers = j+3, 1
		goto done
	}
	if len(h.words) == 4 && h.words[0] == "Đảng" || len(h.words) == 2 && h.words[1] == "CSVN" {
		goto done // "Đảng Cộng sản Việt Nam", "Đảng CSVN": the whole name, whatever follows
	}
	if len(h.words) == 1 && h.words[0] == "Đoàn" && toks[j].is("trường") {
		j, specifiers = schoolEnd(toks, j+1), 1 // "Đoàn trường THPT Huỳnh Văn Nghệ": the school's youth union
		goto done
	}
	if len(h.words) == 2 && h.words[0] == "Chi" {
		// A party cell is named by its hamlet, a name or a number: "Chi
		// bộ ấp An Thạnh", "Chi bộ khóm 1"; a youth cell by its school
		// too: "Chi đoàn Trường THCS Mỹ Phước".
		k := hamletEnd(toks, j)
		if j < len(toks) && toks[j].is("Trường") && h.words[1] == "đoàn" {
			k = max(schoolEnd(toks, j+1), j)
		}
		if k == j && h.words[1] == "bộ" && j < len(toks) && toks[j].capitalized() {
			// "Chi bộ Ban Tổ chức Tỉnh ủy": the cell of a body, named by it.
			if m, ok := parseOrg(text, toks, j, 0); ok && m.hasLevel && !m.generic {
				k = m.j
			}
		}
		if k == j && h.words[1] == "bộ" {
			k = numberedCellEnd(toks, j)
		}
		if k == j {
			return orgMatch{}, false
		}
		j, specifiers = k, 1
		goto done
	}
	if len(h.words) == 1 && h.words[0] == "Khoa" {
		// A department is named by its field, its first word alone
		// capitalized: "Khoa Điều trị tia xạ", "Khoa Chống nhiễm khuẩn".
		k := departmentFieldEnd(toks, j)
		if k == j || k+1 < len(toks) && toks[k].is(",") && toks[k+1].is("Trường") {
			// "Trưởng khoa Ngữ văn, Trường Cao đẳng Sư phạm Quy Nhơn": a
			// college's department is read as the college (round 37).
			return orgMatch{}, false
		}
		j, specifiers = k, 1
		goto done
	}
	if companyHead(h) {
		// A company is named by its kind and then its name: "Công ty
		// trách nhiệm hữu hạn Bảo Long", "Công ty Cổ phần Xi Măng".
		k := companyEnd(toks, j)
		if k == j {
			return orgMatch{}, false
		}
		j, specifiers, placed = k, 1, placedAfterComma(toks, k)
		goto done
	}
	if len(h.words) == 1 && h.words[0] == "Ban" && h.words[0] == toks[i].text {
		if e := steeringEnd(toks, j); e > j {
			// "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh", "Ban chỉ đạo
			// vận động hiến máu tình nguyện (HMTN) TP. Bạc Liêu": a
			// steering committee named by its task, then its place.
			j, specifiers = e, 1
			goto done
		}
	}
	if strings.Join(h.words, " ") == "Trung tâm" && h.words[0] == toks[i].text {
		if e := taskEnd(toks, j, "huy"); e > j+2 {
			// "Trung tâm chỉ huy phòng, chống dịch Covid-19 tỉnh Thanh
			// Hóa": a command centre named by its task, then its place.
			j, specifiers = e, 1
			goto done
		}
	}
	if len(h.words) == 1 && h.words[0] == "Ban" && managementBoard.matchAt(toks, j) > 0 {
		// "Ban Quản lý Khu kinh tế Hải Phòng", "Ban Quản lý các Khu công
		// nghiệp tỉnh": the zones it manages, then their province.
		k := j + 2
		if k < len(toks) && toks[k].fold == "cac" {
			k++
		}
		if k < len(toks) && toks[k].fold == "khu" {
			for k++; k < len(toks) && k <= j+8 && toks[k].lower(); k++ {
			}
			if _, pn := provinceAt(toks, k); pn > 0 {
				j, specifiers = k+pn, 1
				goto done
			}
			if placedAt(toks, k) {
				j, specifiers = k, 1
				goto done
			}
			if e := zonesEnd(toks, k, j+14); e > k {
				j, specifiers = e, 1
				goto done
			}
		}
		// "Ban Quản lý rừng phòng hộ huyện Bắc Trà My", "Ban quản lý dự
		// án các công trình giao thông tỉnh": what it manages is written
		// in lower case, up to the place it belongs to.
		// "Ban Quản lý dự án đầu tư xây dựng ngành giao thông tỉnh Tây
		// Ninh": what it manages may take a dozen syllables.
		for k := j + 2; k < len(toks) && k <= j+16 && toks[k].lower(); k++ {
			if placedAt(toks, k) {
				j, specifiers = k, 1
				goto done
			}
		}
	}
	for j < len(toks) {
		t := toks[j]
		switch {
		case t.lower() && j >= i+3 && foreignPartyTail(toks, j) > 0:
			// "Ban Chấp hành Trung ương Đảng Nhân dân cách mạng Lào": a
			// foreign party's name goes on in lower case (round 40).
			j += foreignPartyTail(toks, j)
			specifiers++
			goto done
		case t.is("(") && (specifiers > 0 || h.complete) && short < 0 && j+3 < len(toks) && allCaps(toks[j+1].text) && toks[j+2].is(")") && (placedAt(toks, j+3) || completeHeadAt(toks, j+3) || centralWordsAt(toks, j+3)):
			// "Liên đoàn Lao động (LĐLĐ) tỉnh Quảng Trị": its short name,
			// then its place; "Ban chấp hành (BCH) Đảng bộ TP. Đà Nẵng":
			// then the body it belongs to; "Hội đồng Thi đua Khen thưởng
			// (TĐKT) Trung ương": then the level it serves.
			short = j
			j += 3
		case t.lower() && specifiers == 0 && j == i+1 && toks[i].fold == "ban" && headLen > 0 && boardOfPlace(toks, j) > j:
			// "Trưởng Ban dân tộc tỉnh": after its head's title, a board's
			// business in lower case before its place.
			j = boardOfPlace(toks, j)
			specifiers++
		case t.lower() && specifiers == 0 && (j == i+1 && toks[i].fold == "ban" || j == i+2 && toks[i].fold == "uy" && toks[i+1].fold == "ban") && boardOfCommittee(toks, j) > j:
			// "Ban dân vận Tỉnh ủy", "Ban tuyên giáo Huyện ủy": a party
			// board's business in lower case, before its committee; a
			// committee's too ("Ủy ban kiểm tra Tỉnh ủy").
			j = boardOfCommittee(toks, j)
			specifiers++
		case t.lower() && (specifiers > 0 || h.complete || j == i+1 && toks[i].is("UBKT")) && localCommitteeLowerAt(toks, j) > 0:
			// "Ủy viên Ban Thường vụ tỉnh ủy": the province's committee
			// written in lower case, not the unit word "tỉnh"; "UBKT tỉnh
			// ủy": the inspection committee is of one.
			j += localCommitteeLowerAt(toks, j)
			specifiers++
			prevCap = false
			afterPart = false
		case t.is("T") && (specifiers > 0 || h.complete && j == i+n) && centralShortAt(toks, j):
			// "Hội đồng thi đua khen thưởng T.Ư": a complete head's level
			// written short right after it, as after a specifier.
			j += 3 // "Ban Tổ chức T.Ư": the Central Committee's, written short
			specifiers++
			if j < len(toks) && (toks[j].is("Đoàn") || toks[j].is("Đảng")) {
				j++ // "Ban Bí thư T.Ư Đoàn": the youth union's Centre; "Ban Bí thư T.Ư Đảng": the Party's
			}
			goto done
		case (t.is("TP") || t.is("TX") || t.is("TPHCM") || cityDottedAt(toks, j)) && (specifiers > 0 || h.complete):
			goto done // "Công an TP Bảo Lộc": a city's unit word, read below; a town's ("TX")
		case t.is(",") && councilCommittee(toks, i) && specifiers > 0 && innerComma < 0 && councilHeadAt(toks, j+1):
			// "Trưởng ban Kinh tế-Ngân sách, Hội đồng nhân dân tỉnh": a
			// council's committee named around its chairman's title, the
			// council after a comma.
			innerComma = j
			j++
		case t.is("của") && i > 0 && toks[i].fold == "ban" && toks[i-1].fold == "truong" && specifiers > 0 && innerComma < 0 && councilHeadAt(toks, j+1):
			// "Trưởng ban Pháp chế của HĐND tỉnh", "Phó trưởng Ban Văn
			// hóa - xã hội của HĐND tỉnh": the council's committee, named
			// around its chairman's title, with the council after "của".
			innerComma = j
			j++
		case t.is(",") && policeUnit(h) && specifiers > 0 && innerComma < 0 && policeForce.matchAt(toks, j+1) > 0 && toks[j+1].capitalized():
			// "Cán bộ Phòng CSGT, Công an tỉnh Bình Thuận": the unit is
			// of the police it names, after a comma.
			innerComma = j
			j++
		case (t.capitalized() || t.is("khối") && j+1 < len(toks) && toks[j+1].capitalized()) && afterPart && anyAt(partyBloc, toks, j) > 0:
			// "Ban Thường vụ Đảng ủy Khối cơ quan và doanh nghiệp tỉnh";
			// "Đảng ủy khối Doanh nghiệp": the bloc's word in lower case
			// before its capitalized half (round 48).
			j += anyAt(partyBloc, toks, j)
			specifiers++
			afterPart, prevCap = false, false
		case t.capitalized() && (specifiers > 0 || h.complete) && provinceWord(toks, j):
			goto done // "Bộ chỉ huy quân sự Tỉnh": the province written as a capitalized unit
		case t.capitalized():
			hh, hn := headAt(toks, j)
			if hn > 0 && insidePlace(toks, i, j) {
				hn = 0 // "Báo Hải Phòng": the city's last word, no head of a body
			}
			if hn > 0 && hh.branch {
				hn = 0 // "Tập đoàn Điện lực Việt Nam": a branch's trade inside a name begins none
			}
			if hn > 0 && !hh.suffix && afterPart {
				// "Ban Thường vụ Đảng ủy Công an tỉnh", "Đảng ủy Bộ đội
				// Biên phòng tỉnh": the committee of the body named next.
				afterPart = false
				if hh.complete && !(hh.place && hh.words[0] == "Bộ") {
					// (The border guard of a province, a head since
					// round 49, stays words of the name here, as before.)
					j += hn
					specifiers++
					prevCap = false
					continue
				}
				hn = 0 // "Bộ đội Biên phòng": words of the name
			}
			if hn > 0 && !hh.suffix {
				if policeUnit(h) && specifiers > 0 && policeForce.matchAt(toks, j) > 0 {
					parent = j
					j += hn // "Phòng Cảnh sát giao thông Công an tỉnh": the unit and its police
					specifiers++
					prevCap = false
					continue
				}
				if commandAt(toks, i, j) && numberedForce(hh) {
					// "Bộ Tư lệnh Quân đoàn 3", "Bộ Tư lệnh Quân khu 7": a
					// corps's or a region's command is one name with it
					// (round 33).
					if sub, ok := parseOrg(text, toks, j, 0); ok && !sub.generic {
						j = sub.j
						specifiers++
						goto done
					}
				}
				if frontCentreAt(toks, i, j, hh) {
					// "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": the
					// Front's Central Committee is one name.
					j += hn
					specifiers++
					prevCap = false
					continue
				}
				if !(councilHead(hh) && (specifiers > 0 && toks[i].fold == "ban" || toks[i].fold == "van" && j == i+2)) {
					goto done // the next organization begins, but "Ban Pháp chế HĐND tỉnh", "Văn phòng UBND tỉnh" are one
				}
				j += hn // "Văn phòng Ủy ban nhân dân tỉnh": the council's name whole
				specifiers++
				prevCap = false
				continue
			}
			if _, tn := titleAt(toks, j); tn > 0 && (specifiers > 0 || h.complete) {
				goto done // "Bí thư Tỉnh ủy Chủ tịch HĐND tỉnh": a comma left out before the next title
			}
			if vn := anyAt(subjectVerbs, toks, j); vn > 0 && toks[j+1].lower() && (specifiers > 0 || h.complete || j > i+n) && !(j+vn < len(toks) && unitWordsWritten[toks[j+vn].text]) {
				goto done // "Thông tư … của Bộ Nội vụ Quy định chi tiết …": the document's subject, capitalized
			}
			if hoChiMinh.matchAt(toks, j) > 0 && specifiers > 0 && toks[j-1].fold != "pho" && !toks[j-1].is("TP") && !toks[j-1].is(".") {
				j, namedAfter = j+len(hoChiMinh), true // "Đoàn Thanh niên Cộng sản Hồ Chí Minh": named after him, not the city
				goto done
			}
			if _, pn := provinceAt(toks, j); pn > 0 && (specifiers > 0 || h.complete) && !(townCommittee(h) && longerPlace(toks, j+pn)) {
				j += pn // "Tỉnh ủy Thái Nguyên": the province ends the name
				specifiers++
				goto done
			}
			if ok := isSurname(t); ok && j+1 < len(toks) && toks[j+1].capitalized() && (specifiers > 0 || h.complete) && hoChiMinh.matchAt(toks, j) == 0 &&
				!((townCommittee(h) && j == i+n || townSuffixBefore(toks, i, j)) && (j+2 >= len(toks) || !toks[j+2].capitalized())) &&
				!(townCommittee(h) && j == i+n+1 && placeThenFullName(toks, j)) {
				// "Giám đốc Sở Y tế Phạm Văn Hùng": a person follows; but two
				// words right after a town's committee are its town ("Bí thư
				// Thành ủy Cao Lãnh."), and a town is not one syllable when a
				// full name begins with a family name right after the second
				// ("Huyện ủy Lộc Hà Nguyễn Thế Hoàn").
				goto done
			}
			if hh, hn := headAt(toks, j); hn > 1 && hh.suffix {
				j += hn // "Tỉnh ủy", "Huyện ủy" as a whole
				specifiers++
				prevCap = false
				afterPart = hh.part && j == i+n+hn // "Ban Thường vụ Đảng ủy …"
				continue
			}
			if t.is("Trung") && j+1 < len(toks) && toks[j+1].is("ương") && specifiers > 1 {
				// "Ban Tuyên Giáo Trung ương": the Centre after a run of
				// capitalized syllables is still the body's level; after
				// one syllable it is no name ("Ban Đảng Trung ương", any
				// of the Party's central boards).
				j += 2
				specifiers++
				prevCap = false
				continue
			}
			j++
			specifiers++
			// A capitalized syllable may carry one lower-case syllable of
			// the same word ("Tuyên giáo", "Chính trị"), unless it continues
			// a run of capitalized syllables, a proper name ("Đại Từ").
			if e := lowerNameToProvince(toks, j); e > j && specifiers == 1 && boardOrAssociation(h) {
				// "Hội Cựu tù chính trị yêu nước tỉnh Gia Lai", "Ban Nghiên
				// cứu lịch sử Đảng tỉnh …": one capitalized word, the rest
				// in lower case, up to the province's unit word.
				j = e
				prevCap = false
			} else if !prevCap && j < len(toks) && toks[j].lower() && !isStopWord(toks[j].text) && !missionHead(h) && anyAt(lowerVerbs, toks, j) == 0 {
				j++
				prevCap = false
			} else if prevCap && j < len(toks) && toks[j].lower() && commonCompounds[toks[j-1].fold+" "+toks[j].fold] {
				// "Đảng ủy Khu Kinh tế Hải Phòng": after a run of
				// capitalized syllables, a word of the lexicon's own
				// written with its second syllable in lower case is read
				// whole, not cut at "Kinh" (round 48).
				j++
				prevCap = false
			} else {
				prevCap = true
			}
		case t.is("&") && j+1 < len(toks) && toks[j+1].capitalized() && specifiers > 0 && toks[j-1].end == t.start && t.end == toks[j+1].start:
			j += 2 // "Sở GD&ĐT", "Sở TT&TT": one abbreviation
			prevCap = true
		case (t.is("và") || t.is("&") || t.is("-") || t.is("–")) && j+1 < len(toks) && toks[j+1].capitalized() && specifiers > 0:
			if hh, hn := headAt(toks, j+1); hn > 0 {
				if first, fn := headAt(toks, i+2); toks[i].fold == "van" && councilHead(first) && i+2+fn == j && councilHead(hh) {
					// "Văn phòng HĐND và UBND huyện", "Văn phòng HĐND-UBND
					// tỉnh": the office of both councils is one.
					j += 1 + hn
					specifiers++
					prevCap = false
					continue
				}
				goto done
			}
			if _, tn := titleAt(toks, j+1); tn > 0 || rankAt(toks, j+1) > 0 {
				goto done // "Sở NN&PTNT và Thiếu tướng Nguyễn Văn Sơn": a person follows
			}
			if ok := isSurname(toks[j+1]); ok && t.is("và") && j+2 < len(toks) && toks[j+2].capitalized() {
				goto done // "Giám đốc Sở Tư pháp và Lê Văn Bình, …": a person follows
			}
			if j+2 < len(toks) && docKinds[toks[j+1].fold+" "+toks[j+2].fold] != "" && toks[j+2].lower() {
				goto done // "… của Ban Tổ chức Trung ương và Kế hoạch số 153-KH/TU": a document follows
			}
			j++
			prevCap = false
		default:
			goto done
		}
	}
done:
	if corporationHead(h) {
		j = corporationFormEnd(toks, i, j)
	}
	if (len(h.words) == 2 && h.words[0] == "Ủy" || len(h.words) == 1 && h.words[0] == "Ban") && specifiers > 0 {
		if e := fieldsListEnd(toks, j); e > j && nationalAssembly.matchAt(toks, e) > 0 {
			// "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi
			// đồng của Quốc hội": the fields of one committee, listed.
			j = e
		}
	}
	if (len(h.words) == 2 && (h.words[0] == "Ủy" || h.words[0] == "Hội" && h.words[1] == "đồng") || len(h.words) == 1 && h.words[0] == "Ban") && specifiers > 0 && nationalAssembly.matchAt(toks, j) > 0 {
		// "Ủy ban Kinh tế của Quốc hội": a committee of the Assembly;
		// "Ban Dân nguyện của Quốc hội": one of its boards; "Hội đồng
		// Dân tộc của Quốc hội": its council.
		j += len(nationalAssembly)
	}
	for j > i+1 && (toks[j-1].is("-") || toks[j-1].is("–")) {
		j-- // "Bí thư Huyện ủy Cần Giuộc - Nguyễn Văn Thiệp": the dash before the person is no part of the name
	}
	m := orgMatch{i: i, j: j, head: h, parent: parent}
	if !h.complete && specifiers == 0 {
		return orgMatch{}, false
	}
	if h.words != nil && toks[i].is("Thường") && titleEndsAt(toks, i) {
		return orgMatch{}, false // "Phó Bí thư Thường trực": part of a title
	}
	for specifiers > 0 && j+1 < len(toks) && unitWordPhrase(toks, j) {
		// "Trung tâm Bảo trợ xã hội tỉnh": "xã" begins "xã hội", a word
		// of the name, not a commune.
		j += 2
	}
	if strings.Join(h.words, " ") == "Đoàn đại biểu Quốc hội" && j+2 < len(toks) && toks[j].is("đơn") && toks[j+1].is("vị") && unitAt(toks, j+2) {
		// "Đoàn đại biểu Quốc hội đơn vị tỉnh Kiên Giang": the
		// delegation named by its constituency, one name (round 32).
		j += 2
	}
	if h.place && j < len(toks) && toks[j].lower() {
		if e := hamletEnd(toks, j); e > j && e+1 < len(toks) && toks[e].is(",") && toks[e+1].lower() && anyAt(localUnits, toks, e+1) > 0 {
			// "Nhân dân và cán bộ xóm 6, xã Nghi Phong": a hamlet's people,
			// the hamlet placed by its commune after a comma, one name
			// (round 53).
			j = e + 1
		}
	}
	// A local unit word places it: "UBND tỉnh Thái Nguyên", "Sở Y tế tỉnh".
	unitEnd := j
	for _, u := range localUnits {
		k := u.matchAt(toks, j)
		if k > 0 && !toks[j].lower() && !provinceWord(toks, j) {
			k = 0
		}
		if k == 1 && unitWritten[toks[j].fold] != "" && !strings.EqualFold(toks[j].text, unitWritten[toks[j].fold]) {
			k = 0 // "Tỉnh ủy Kon Tum quán triệt": a verb folded as "quận" is no unit
		}
		if k == 0 && j < len(toks) && (u[0] == "thanh" && toks[j].is("TP") || u[0] == "thi" && u[1] == "xa" && toks[j].is("TX")) {
			// "UBND TP Quảng Ngãi", "HĐND TP. Bạc Liêu": the city written
			// short; "UBND TX. Gò Công": the town.
			k = 1
			if j+1 < len(toks) && toks[j+1].is(".") && (!sentenceAfterDot(toks, j+2) || cityNamedAgain(text, toks, j+2) || hcmDottedAt(toks, j)) {
				k = 2
			}
		}
		if k == 0 && u[0] == "thanh" && j < len(toks) && toks[j].is("TPHCM") {
			k = 1 // "HĐND TPHCM": the city's unit word and name written as one
		}
		if k == 0 && u[0] == "thanh" && cityDottedAt(toks, j) {
			k = 3 // "Đảng bộ T.P Thái Nguyên": the city written short with a dot inside
		}
		if k > 0 {
			m.unit, m.unitAt = textvi.Fold(textOf(text, toks, j, j+k)), j
			if toks[j].is("TP") || toks[j].is("T") || toks[j].is("TPHCM") {
				m.unit = "thanh pho"
			}
			if toks[j].is("TX") {
				m.unit = "thi xa"
			}
			unitEnd = j + k
			if p, pn := provinceAt(toks, unitEnd); pn > 0 && !(m.unit != "tinh" && longerPlace(toks, unitEnd+pn)) {
				m.region = p
				unitEnd += pn
			} else if e := foreignProvinceEnd(toks, unitEnd); m.unit == "tinh" && e > unitEnd {
				// "Tỉnh ủy tỉnh Salavan": a province of another country is
				// named, not the story's.
				m.place = collapseSpace(textOf(text, toks, unitEnd, e))
				m.unit = "tinh ngoai"
				unitEnd = e
			} else if toks[j].is("TPHCM") {
				m.place = "TPHCM" // its name is in the word
			} else if m.unit != "tinh" {
				// A district or commune: its own name follows, unless the
				// story's own district is meant ("UBND huyện", "Phòng Nội vụ
				// huyện"), which is then its name.
				e := placeNameEnd(toks, unitEnd)
				if m.unit == "thanh pho" && holderAfterCity(toks, i, unitEnd, e) {
					e = unitEnd // "Chủ tịch UBND thành phố Lê Văn An,": the holder, not the city
				}
				if (m.unit == "huyen" || m.unit == "quan" || m.unit == "thi xa") && districtHolderAt(toks, i, unitEnd, e) {
					e = unitEnd // "Chủ tịch UBND huyện Trần Văn Thảo;": the holder, not the district
				}
				if lowerMiddleNameAt(toks, unitEnd) && titleEndsAt(toks, i) {
					e = unitEnd // "Chủ tịch UBND thành phố Phan văn Mãi bày tỏ": the holder, not the city (round 44)
				}
				if len(h.words) > 0 && h.words[0] == "Trường" && e > unitEnd && schoolNumberAt(toks, e) {
					e++ // "Trường Tiểu học thị trấn Kiên Lương 1": the school's number after its town (round 51)
				}
				m.place = collapseSpace(textOf(text, toks, unitEnd, e))
				unitEnd = e
			}
			break
		}
	}
	if h.place && m.unit == "" {
		return orgMatch{}, false // "Nhân dân và cán bộ" of no named place
	}
	base := textOf(text, toks, i, j)
	if innerComma >= 0 && innerComma < j {
		base = textOf(text, toks, i, innerComma) + " " + textOf(text, toks, innerComma+1, j)
	}
	// An explicit province at the end of the name: "Tỉnh ủy Thái Nguyên".
	if m.region == "" && !namedAfter {
		for k := max(i+1, i+n); k < j; k++ { // a head's own words name no province: "Đoàn TNCS Hồ Chí Minh" (round 44)
			if p, pn := provinceAt(toks, k); pn > 0 && k+pn == j {
				if centralBefore(toks, i, k) {
					// "Bệnh viện Trung ương Thái Nguyên", "Bệnh viện
					// Trung ương Huế": a central body seated in a
					// province, the province a word of its name, not
					// its region (round 50).
					break
				}
				m.region = p
				base = textOf(text, toks, i, k)
				break
			}
		}
	}
	online := false
	if m.region != "" && m.unit == "" && len(h.words) == 1 && h.words[0] == "Báo" && j+1 < len(toks) && toks[j].is("điện") && toks[j+1].is("tử") {
		// "Báo Hưng Yên điện tử": the province's paper online, its whole
		// name the paper's.
		j += 2
		base, m.region, m.j, unitEnd, online = textOf(text, toks, i, j), "", j, j, true
	}
	if m.unit != "" {
		switch {
		case m.unit != "tinh":
			base = textOf(text, toks, i, unitEnd) // "UBND huyện Đại Từ", "Tỉnh ủy tỉnh Salavan" is its name
			if innerComma >= 0 {
				base = textOf(text, toks, i, innerComma) + " " + textOf(text, toks, innerComma+1, unitEnd)
			}
		case (h.complete || m.parent > 0) && h.words[0] != "Bộ":
			base += " tỉnh" // "UBND tỉnh"; but "Bộ Chỉ huy Quân sự Hậu Giang" as before
		}
		m.j = unitEnd
	}
	if short >= 0 {
		base = strings.Replace(base, textOf(text, toks, short, short+3), "", 1)
	}
	m.base = upperFirst(collapseSpace(base)) // "Trưởng ban Dân tộc": the body is "Ban Dân tộc"
	if term, e := termAt(text, toks, m.j); e > 0 {
		m.term, m.j = term, e
		unitEnd = e
	} else if term, e := bareTermAt(text, toks, m.j); e > 0 && !courtHead(h) {
		// A term written bare stays in the name, a council's too ("HĐND
		// tỉnh Nghệ An khóa XVII"): round 10's term convention.
		m.term, m.bareTerm = term, true
		m.j = e
		unitEnd = e
	} else if term, e := bareTermAt(text, toks, m.j+1); e > 0 && councilHead(h) && toks[m.j].is(",") && (e == len(toks) || toks[e].is(",") || toks[e].is(".")) {
		// A council's term after a comma, the clause closed after it
		// ("UBND tỉnh Đồng Nai, khoá X, nhiệm kỳ 2021-2026"), is its
		// term as when written bare.
		m.term, m.bareTerm = term, true
		m.j = e
		unitEnd = e
	} else if n := sessionAt(toks, m.j); n > 0 && councilHead(h) && m.j+n+1 < len(toks) && toks[m.j+n].is(",") {
		// "Kỳ họp HĐND tỉnh Hậu Giang lần thứ 16, khóa VIII": the
		// session's number between the council and its term.
		if term, e := bareTermAt(text, toks, m.j+n+1); e > 0 {
			m.term, m.bareTerm = term, true
			m.j = e
			unitEnd = e
		}
	}
	if m.term != "" && m.unit == "tinh" && m.region == "" && endsWithCouncil(m.base) {
		// "Ban Dân tộc HĐND tỉnh khóa XVII": a council's board keeps the
		// council's unit word before the story's province and the term.
		m.base += " tỉnh"
	}
	if unitEnd < len(toks) && (toks[unitEnd].is("các") || toks[unitEnd].is("những")) {
		m.generic = true
	}
	if m.unit != "" && m.place == "" && m.region == "" && unitEnd+1 < len(toks) && toks[unitEnd].is(",") && unitAt(toks, unitEnd+1) && (unitEnd+2 >= len(toks) || !toks[unitEnd+2].capitalized()) {
		// "Đảng bộ huyện, xã": the levels of a list, no one body.
		m.generic = true
	}
	if m.j < len(toks) && (toks[m.j].is("các") || toks[m.j].is("những")) {
		m.generic = true
	}
	f := textvi.Fold(m.base)
	m.assoc = m.j == assocEnd && m.unit == "" && m.region == "" && !m.generic
	_, central := centralBodies[f]
	m.hasLevel = central || m.unit != "" || m.region != "" || h.complete && h.suffix && !h.part
	for _, w := range levelWords {
		if strings.Contains(" "+f+" ", " "+w+" ") && f != w {
			m.hasLevel = true
		}
	}
	if strings.HasPrefix(f, "bch tw") || strings.HasPrefix(f, "ban chap hanh tw") {
		m.hasLevel = true // "BCH TW": the Central Committee written short with "TW", as with "TƯ"
	}
	if len(h.words) == 2 && h.words[0] == "Chi" {
		m.hasLevel = true // a party cell is named by its hamlet, below a commune
	}
	if placed || online {
		m.hasLevel = true // a school or a company placed after a comma is a body of the story
	}
	if companyHead(h) && m.j > m.i+3 && !(m.j < len(toks) && toks[m.j].lower() && !isStopWord(toks[m.j].text) && !toks[m.j-2].capitalized()) {
		// "Công ty CP Viên Sơn", "Công ty cổ phần In số 7": a company
		// named by its kind and its name is a body of the story wherever
		// it is written, as a school is (round 48; round 8 read it only
		// after a post or placed after a comma). Not a name of one word
		// before lower case ("Công ty cổ phần Xi măng"): read cut short.
		m.hasLevel = true
	}
	if strings.HasPrefix(f, "tong lanh su quan ") || strings.HasPrefix(f, "lanh su quan ") || strings.HasPrefix(f, "dai su quan ") {
		m.hasLevel = true // a foreign state's mission, named by its state: "Tổng lãnh sự quán Lào"
	}
	if strings.HasPrefix(f, "phong canh sat ") && !(m.j < len(toks) && toks[m.j].is("thuộc")) {
		// A province's police department named by its branch alone:
		// "Phòng Cảnh sát PCCC và CNCH"; "… thuộc Công an tỉnh" names the
		// force it is of, which the bare name would leave out.
		m.hasLevel = true
	}
	if strings.HasPrefix(f, "bo ") || strings.HasPrefix(f, "so ") || strings.HasPrefix(f, "cuc ") || strings.HasPrefix(f, "tong cuc ") {
		m.hasLevel = true // ministries are central, departments (Sở) provincial
	}
	if youthUnion(f) && (unitAt(toks, m.j) || youthUnitAt(toks, m.j)) {
		return orgMatch{}, false // "Đoàn TNCS Hồ Chí Minh trường A": a school's union, left unread as before
	}
	if youthUnion(f) {
		m.hasLevel = true // the Communist Youth Union, one by its name as a ministry is (round 44)
	}
	if corporationHead(h) {
		m.hasLevel = true // a state corporation, known by its name as a ministry is (round 44)
	}
	if len(h.words) == 1 && h.words[0] == "Khoa" {
		m.hasLevel = true // a department, named by its field, of the hospital or college the story is of (round 51)
	}
	if strings.HasPrefix(f, "don bien phong ") {
		m.hasLevel = true // a border post, named by its place (round 32)
	}
	if f == "van phong chu tich nuoc" {
		m.hasLevel = true // the head of state's office, central by its name (round 33)
	}
	if strings.HasPrefix(f, "quan khu ") || strings.HasPrefix(f, "quan doan ") || strings.HasPrefix(f, "binh doan ") {
		m.hasLevel = true // a military region, under the Ministry of Defence: "Quân khu 9"
	}
	if m.j > m.i && cutAtLineEnd(text, toks, m.j-1) {
		return orgMatch{}, false // "Ủy ban Mặt trận Tổ quốc Việt Nam T", "Ủy ban Nh": a name cut mid-word (round 44)
	}
	return m, true
}

// delegateOfProvince reports whether the head "Quốc hội" at toks[i:j]
// follows a delegate written in lower case ("đại biểu Quốc hội tỉnh A"),
// with no "Đoàn" before it (the province's delegation is a body of its
// own: "Đoàn đại biểu Quốc hội tỉnh A"), and a local unit follows it.
func delegateOfProvince(toks []token, i, j int, h orgHead) bool {
	if len(h.words) != 2 || h.words[0] != "Quốc" || i < 2 || !toks[i-2].is("đại") || !toks[i-1].is("biểu") || !unitAt(toks, j) {
		return false
	}
	return i < 3 || toks[i-3].fold != "doan"
}

// cutAtLineEnd reports whether toks[k] is a word cut off where a line or a
// page ends: the last word of its line, with no stop after it, that is no
// whole syllable ("Nh", "Th", a capital alone that is no Roman numeral).
// A name ending in a cut word is no name: what it names is lost with the
// rest of the page (round 44). An abbreviation ("HĐND", "TP") is whole.
func cutAtLineEnd(text string, toks []token, k int) bool {
	t := toks[k]
	if !t.word || !t.capitalized() || t.end < len(text) && text[t.end] != '\n' && text[t.end] != '\r' {
		return false // a stop, a bracket or a space follows on the same line
	}
	if strings.ContainsAny(t.fold, "aeiouy0123456789") {
		return false
	}
	r := []rune(t.text)
	if len(r) == 1 {
		return !strings.ContainsRune("IVXLCDM", r[0])
	}
	return !allCaps(t.text) && unicode.IsLower(r[1])
}

// mobilePolice is the mobile police, whose command is a body of its own.
var mobilePolice = newPhrase("Cảnh sát cơ động")

// commandAt reports whether toks[i:j] is "Bộ Tư lệnh", a command without
// the force it commands.
func commandAt(toks []token, i, j int) bool {
	return j == i+3 && j <= len(toks) && toks[i].is("Bộ") && toks[i+1].fold == "tu" && toks[i+2].fold == "lenh"
}

// numberedForce reports whether h is a force named by its number: "Quân
// khu", "Quân đoàn", "Binh đoàn".
func numberedForce(h orgHead) bool {
	return len(h.words) == 2 && (h.words[0] == "Quân" && (h.words[1] == "khu" || h.words[1] == "đoàn") || h.words[0] == "Binh" && h.words[1] == "đoàn")
}

// standingBoardAt reports whether a party committee's standing board is
// written without "Ban" at toks[i]: "Thường vụ" and then a committee
// ("Tỉnh ủy", "Huyện ủy", "Đảng ủy"), not "Ủy ban Thường vụ Quốc hội".
func standingBoardAt(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].fold != "thuong" || !toks[i].word || toks[i+1].fold != "vu" || !toks[i+1].lower() {
		return false
	}
	h, n := headAt(toks, i+2)
	return n > 0 && h.suffix && h.complete && strings.HasSuffix(textvi.Fold(strings.Join(h.words, " ")), " uy")
}

// missionHead reports whether h starts a foreign state's mission, named
// after the state alone: "Tổng lãnh sự quán Lào còn trao" ends at "Lào".
func missionHead(h orgHead) bool {
	return len(h.words) > 0 && strings.HasSuffix(h.words[len(h.words)-1], "quán")
}

// boardOfCommittee returns where a party committee ("Tỉnh ủy", "Huyện
// ủy") starts after one to three lower-case words at toks[j], or j.
func boardOfCommittee(toks []token, j int) int {
	if e := councilBoardEnd(toks, j); e > j {
		return e
	}
	q := j
	for q < len(toks) && q < j+3 && toks[q].lower() && !isStopWord(toks[q].text) {
		q++
	}
	if q > j && q+1 < len(toks) && (toks[q].is("–") || toks[q].is("-")) && toks[q+1].lower() && !isStopWord(toks[q+1].text) {
		// "Ban kinh tế – ngân sách HĐND tỉnh": a council's board of
		// two businesses parted by a dash, in lower case.
		e := q + 1
		for e < len(toks) && e < q+4 && toks[e].lower() && !isStopWord(toks[e].text) {
			e++
		}
		if h, n := headAt(toks, e); n > 0 && (h.suffix && !h.part && h.words[0] != "Chính" && h.words[0] != "Quốc" || peoplesCouncil(h)) {
			return e
		}
	}
	if h, n := headAt(toks, q); q > j && n > 0 && (h.suffix && !h.part && h.words[0] != "Chính" && h.words[0] != "Quốc" || peoplesCouncil(h)) {
		return q
	}
	return j
}

// councilBoardEnd returns where a people's council starts after four
// lower-case words at toks[j], or j: "Ban kinh tế ngân sách HĐND tỉnh",
// "Ban văn hóa xã hội HĐND tỉnh", a council's board of two businesses of
// two words each written without their dash ("xã hội" is no commune).
// Only a council's: four words before another body say something else.
func councilBoardEnd(toks []token, j int) int {
	q := j
	for q < len(toks) && q < j+4 && toks[q].lower() && (!isStopWord(toks[q].text) || toks[q].is("xã") && q+1 < len(toks) && toks[q+1].is("hội")) {
		q++
	}
	if q < j+4 {
		return j
	}
	if h, n := headAt(toks, q); n > 0 && peoplesCouncil(h) {
		return q
	}
	return j
}

// boardOfPlace returns where a local unit word ("tỉnh", "huyện") starts
// after one or two lower-case words at toks[j], or j.
func boardOfPlace(toks []token, j int) int {
	q := j
	for q < len(toks) && q < j+2 && toks[q].lower() && !isStopWord(toks[q].text) {
		q++
	}
	if q > j && unitAt(toks, q) {
		return q
	}
	return j
}

// completeHeadAt reports whether a body that is named by its head alone
// starts at toks[k] ("Đảng bộ", "Tỉnh ủy").
func completeHeadAt(toks []token, k int) bool {
	h, n := headAt(toks, k)
	return n > 0 && h.complete
}

// commaPhraseAt is p.matchAt with a comma allowed between two words, as
// a name listing its parts writes it ("Văn hóa, Thể thao và Du lịch";
// phrases fold the comma away).
func commaPhraseAt(p phrase, toks []token, i int) int {
	k := i
	for n, w := range p {
		if n > 0 && k < len(toks) && toks[k].is(",") {
			k++
		}
		if k >= len(toks) || !toks[k].word || toks[k].fold != w {
			return 0
		}
		k++
	}
	return k - i
}

// councilBoards are the boards of a people's council named by two fields
// joined by a dash, which a story may write with the second in lower case:
// "Ban Văn hóa - xã hội", "Ban Kinh tế - ngân sách".
var councilBoards = []phrase{newPhrase("Văn hóa Xã hội"), newPhrase("Kinh tế Ngân sách")}

// dashPhraseAt is p.matchAt with a dash or a comma allowed between two
// words ("Văn hóa - xã hội").
func dashPhraseAt(p phrase, toks []token, i int) int {
	k := i
	for n, w := range p {
		if n > 0 && k < len(toks) && (toks[k].is("-") || toks[k].is("–") || toks[k].is(",")) {
			k++
		}
		if k >= len(toks) || !toks[k].word || toks[k].fold != w {
			return 0
		}
		k++
	}
	return k - i
}

// centralWordsAt reports whether "Trung ương", capitalized, is written at
// toks[j].
func centralWordsAt(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j].is("Trung") && toks[j+1].fold == "uong"
}

// centralShortAt reports whether "T.Ư" (Trung ương) is written at toks[j].
func centralShortAt(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j].is("T") && toks[j+1].is(".") && toks[j+2].is("Ư") && toks[j].end == toks[j+1].start && toks[j+1].end == toks[j+2].start
}

// hcmDottedAt reports whether "TP.HCM", Hồ Chí Minh City written short
// with no space around the dot, starts at toks[j]: no sentence ends there
// ("Chủ nhiệm Ủy ban Kiểm tra Thành ủy TP.HCM.").
func hcmDottedAt(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j].is("TP") && toks[j+1].is(".") && toks[j+2].is("HCM") &&
		toks[j].end == toks[j+1].start && toks[j+1].end == toks[j+2].start
}

// placeThenFullName reports whether toks[k], a family name read as the
// second syllable of a town's name, is followed by a name of three
// syllables that itself begins with a family name (not "Văn" or "Thị",
// which are middle names): "Lộc Hà Nguyễn Thế Hoàn" is the town "Lộc Hà"
// and the person "Nguyễn Thế Hoàn".
func placeThenFullName(toks []token, k int) bool {
	if k+3 >= len(toks) || !isSurname(toks[k+1]) || toks[k+1].fold == "van" || toks[k+1].fold == "thi" {
		return false
	}
	return toks[k+2].capitalized() && toks[k+3].capitalized() && !isSurname(toks[k-1])
}

// longerPlace reports whether toks[k], right after a province's name,
// makes it a longer place's name: one more capitalized word that is no
// family name ("TP Điện Biên Phủ", not "tỉnh Đồng Tháp Phạm Thiện Nghĩa").
func longerPlace(toks []token, k int) bool {
	return k < len(toks) && toks[k].capitalized() && !isSurname(toks[k]) && (k+1 == len(toks) || !toks[k+1].capitalized())
}

// sentenceAfterDot reports whether the dot before toks[k], after "TP",
// ends the sentence rather than the abbreviation: one capitalized word and
// then a lower-case one ("Chủ tịch UBND TP. Trao tặng …"), where a city
// ("TP. Bạc Liêu", "TP. Hồ Chí Minh") has a name of two words or more.
func sentenceAfterDot(toks []token, k int) bool {
	if _, pn := provinceAt(toks, k); pn > 0 {
		return false
	}
	if k+1 < len(toks) && toks[k].capitalized() && !allCaps(toks[k].text) && (toks[k+1].is(",") || toks[k+1].is(")") || toks[k+1].is(";")) && !strings.EqualFold(clauseOpeners[toks[k].fold], toks[k].text) {
		// "Chủ tịch UBND TP. Pleiku, Ủy viên …": one capitalized word
		// closed by a comma is a city of one word, no sentence (round 40).
		return false
	}
	return k+1 >= len(toks) || !toks[k].capitalized() || !toks[k+1].capitalized()
}

// foreignPartyTails are the last words of a neighbour's ruling party,
// after "Đảng Nhân dân", which a story may write in lower case: "Đảng
// Nhân dân cách mạng Lào".
var foreignPartyTails = []phrase{newPhrase("Cách mạng Lào")}

// foreignPartyTail returns the length of a foreign party's last words at
// toks[k], right after "Đảng Nhân dân", or 0.
func foreignPartyTail(toks []token, k int) int {
	if k >= 1 && toks[k-1].is("Đảng") && toks[k].is("nhân") && k+1 < len(toks) && toks[k+1].is("dân") {
		// "T.Ư Đảng nhân dân cách mạng Lào": the whole name in lower case.
		if n := foreignPartyTail(toks, k+2); n > 0 {
			return n + 2
		}
		return 0
	}
	if k < 3 || !toks[k-3].is("Đảng") || toks[k-2].fold != "nhan" || toks[k-1].fold != "dan" {
		return 0
	}
	for _, p := range foreignPartyTails {
		if n := p.matchAt(toks, k); n > 0 {
			return n
		}
	}
	return 0
}

// foreignPartyOnly reports whether the longer name long is a foreign
// party's body and short is not: "Ban Chấp hành Trung ương Đảng" after
// "Ban Chấp hành Trung ương Đảng Nhân dân cách mạng Lào" is our Party's
// own, not the Lao one named again (round 40).
func foreignPartyOnly(long, short string) bool {
	lf, sf := " "+textvi.Fold(long)+" ", " "+textvi.Fold(short)+" "
	for _, p := range foreignPartyTails {
		w := " " + strings.Join(p, " ") + " "
		if strings.Contains(lf, w) && !strings.Contains(sf, w) {
			return true
		}
	}
	return false
}

// clauseOpeners are the words that open a sentence alone before a comma
// ("Nhưng, …"), so that a word after "TP." closed by a comma is no city.
var clauseOpeners = foldAll("Nhưng", "Song", "Rồi", "Sau", "Nay", "Riêng", "Tuy", "Vậy", "Thế", "Còn", "Ngoài", "Đồng", "Trước", "Ngày", "Năm", "Tháng")

// cityNamedAgain reports whether the word at toks[k], after "TP." or
// "TX.", follows that abbreviation more than once in the story: a city
// of one word ("TP. Pleiku có 82 đảng viên", "xã Diên Phú (TP. Pleiku)"),
// where a sentence after the dot would not start so twice.
func cityNamedAgain(text string, toks []token, k int) bool {
	if k < 2 || k >= len(toks) || !toks[k].capitalized() {
		return false
	}
	return strings.Count(text, toks[k-2].text+". "+toks[k].text) > 1
}

// foreignProvinceEnd returns the end of a province's name at toks[k] that
// is none of Việt Nam's: one or two capitalized words that are neither a
// person's name nor a body ("tỉnh Salavan", "tỉnh Sê Kông"), or k.
func foreignProvinceEnd(toks []token, k int) int {
	if k >= len(toks) || !toks[k].capitalized() || isSurname(toks[k]) || allCaps(toks[k].text) || toks[k].fold == "khoa" || toks[k].fold == "nhiem" {
		return k // "HĐND tỉnh Khóa XVII": its term
	}
	if _, n := headAt(toks, k); n > 0 {
		return k
	}
	if _, n := titleAt(toks, k); n > 0 {
		return k
	}
	// A province of Laos is often named in up to four syllables: "Sa Vẳn
	// Na Khẹt", "Chăm Pa Sắc" (round 32). A syllable that folds as a
	// surname but is spelled otherwise ("Vẳn", not "Văn") is no surname.
	e := k + 1
	for e < len(toks) && e < k+4 && toks[e].capitalized() && !allCaps(toks[e].text) && !(isSurname(toks[e]) && strings.EqualFold(toks[e].text, surnames[toks[e].fold])) {
		if _, n := headAt(toks, e); n > 0 {
			break
		}
		if _, n := titleAt(toks, e); n > 0 {
			break
		}
		e++
	}
	return e
}

// boardOrAssociation reports whether h is a bare "Hội" or "Ban", whose
// own name may run in lower case.
func boardOrAssociation(h orgHead) bool {
	return len(h.words) == 1 && (h.words[0] == "Hội" || h.words[0] == "Ban")
}

// lowerNameToProvince returns the end of a name's lower-case words at
// toks[k] (at most five, no stop word, "Đảng" written so among them) when
// they run right up to "tỉnh" or "thành phố" and a province (or a
// capitalized place the lexicon does not know), else k.
func lowerNameToProvince(toks []token, k int) int {
	for q := k; q < len(toks) && q < k+6; q++ {
		if (toks[q].is("tỉnh") || toks[q].is("thành") && q+1 < len(toks) && toks[q+1].is("phố")) && q > k+1 {
			u := q + 1
			if toks[q].is("thành") {
				u++
			}
			if _, pn := provinceAt(toks, u); pn > 0 || u < len(toks) && toks[u].capitalized() && !isSurname(toks[u]) {
				return q // a province, or one merged since ("tỉnh Phú Khánh")
			}
			return k
		}
		if !(toks[q].lower() && !isStopWord(toks[q].text) || toks[q].is("Đảng") && q > k) {
			return k
		}
	}
	return k
}

// holderAfterCity reports whether the capitalized run toks[k:e] after
// "thành phố" in the body of a title at toks[i] is its holder's full name,
// not the city's: three or four words from a family name, right before a
// comma, "và", a lower-case word or the sentence's end ("Chủ tịch UBND thành phố Lê Văn An,
// Chủ tịch HĐND thành phố …"). A city is never named so; the city meant is
// the story's, as with "UBND thành phố" written bare.
func holderAfterCity(toks []token, i, k, e int) bool {
	if n := e - k; n < 3 || n > 4 || !isSurname(toks[k]) || !titleEndsAt(toks, i) {
		return false
	}
	for q := k; q < e; q++ {
		if allCaps(toks[q].text) || toks[q].is("Chí") {
			return false // "TP Hồ Chí Minh" is named by the lexicon; an acronym is no name
		}
	}
	// A lower-case word after the name is the sentence's going on, its
	// verb or its time ("Chủ tịch HĐND thành phố Nguyễn Ngọc Tuấn sáng 16/5
	// đã tới dự", "… Nguyễn Ngọc Tuấn nhấn mạnh", round 53).
	return e == len(toks) || toks[e].is(",") || toks[e].is("và") || toks[e].is(".") || toks[e].is(";") || toks[e].is(")") || toks[e].lower()
}

// lowerMiddleNameAt reports whether a full name with its middle name
// "văn" or "thị" written in lower case starts at toks[k] ("Phan văn Mãi"),
// as pages write it: a family name, the lower-case middle name and a
// capitalized word. No place is named so (round 44).
func lowerMiddleNameAt(toks []token, k int) bool {
	return k+2 < len(toks) && isSurname(toks[k]) && toks[k].capitalized() && (toks[k+1].is("văn") || toks[k+1].is("thị")) && toks[k+2].capitalized() && !allCaps(toks[k+2].text)
}

// districtHolderAt reports whether the capitalized run toks[k:e] after
// "huyện", "quận" or "thị xã" in the body of a title at toks[i] is its
// holder's full name, not the district's: as holderAfterCity asks of a
// city, and with the middle name "Văn" or "Thị" that districts are not
// named with, but for the few named after a person (personDistricts).
func districtHolderAt(toks []token, i, k, e int) bool {
	if !middleNamed(toks, k) || !holderAfterCity(toks, i, k, e) {
		return false
	}
	var f []string
	for q := k; q < e; q++ {
		f = append(f, toks[q].fold)
	}
	return !personDistricts[strings.Join(f, " ")]
}

// personDistricts are the districts named after a person with a middle
// name, folded: "huyện Trần Văn Thời" (Cà Mau).
var personDistricts = map[string]bool{"tran van thoi": true}

// countedNouns are the words a number before them counts ("xã 2 năm",
// "huyện 3 lần"): no ward's or district's number.
var countedNouns = map[string]bool{"năm": true, "lần": true, "tháng": true, "ngày": true, "người": true, "xã": true, "phường": true, "huyện": true, "triệu": true, "tỷ": true, "đồng": true, "hộ": true}

// placeNameEnd returns the end of the name of a district or commune at
// toks[k]: up to four capitalized words, less a person's name that follows
// ("UBND huyện Kbang Nguyễn Văn Dũng tặng …": the name is Kbang).
func placeNameEnd(toks []token, k int) int {
	if k < len(toks) && len(toks[k].text) <= 2 && isDigits(toks[k].text) && !(k+1 < len(toks) && countedNouns[toks[k+1].text]) {
		return k + 1 // "Đảng ủy phường 2", "UBND quận 1": a ward or district by its number
	}
	e := k
	for e < len(toks) && e < k+7 && toks[e].capitalized() {
		e++
	}
	// A full name of three words, else four, that starts with a family
	// name and leaves the place a name of its own. A place named after a
	// person ("phường Phan Đình Phùng", "phường Lê Lợi") keeps two words
	// of its own before another name. Two words are no full name: in
	// "phường Buôn Ma Thuột" the family name Ma starts none.
	least := k + 1
	if e > k && isSurname(toks[k]) {
		least = k + 2
	}
	for _, n := range []int{3, 4} {
		if s := e - n; s >= least {
			if ok := isSurname(toks[s]); ok {
				return s
			}
		}
	}
	return min(e, k+4)
}

// councilCommittee reports whether the board at toks[i] follows its
// chairman's title ("Trưởng ban", "Phó Trưởng ban"), so that a council
// named after a comma is the one whose committee it is.
func councilCommittee(toks []token, i int) bool {
	return i > 0 && toks[i].fold == "ban" && toks[i-1].is("Trưởng")
}

// councilHeadAt reports whether an elected council (not its executive
// committee) is named at toks[k]: "HĐND", "Hội đồng nhân dân".
func councilHeadAt(toks []token, k int) bool {
	h, n := headAt(toks, k)
	if n == 0 {
		return false
	}
	switch strings.Join(h.words, " ") {
	case "HĐND", "Hội đồng nhân dân":
		return true
	}
	return false
}

// localCommitteeLowerAt returns the length of a local party committee
// written in lower case at toks[k] ("tỉnh ủy", "huyện ủy", "thị ủy"), or 0.
func localCommitteeLowerAt(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k+1].fold != "uy" || !toks[k+1].lower() {
		return 0
	}
	switch toks[k].fold {
	case "tinh", "huyen", "thi", "thanh", "quan":
		return 2
	}
	return 0
}

// hamletEnd returns the index after a hamlet named at toks[k] ("ấp An
// Thạnh", "khóm 1"), or k when none is.
// pressAndBroadcast is what a province's paper merged with its
// broadcaster is named after "Báo".
var pressAndBroadcast = newPhrase("và phát thanh truyền hình")

// frontCentreAt reports whether the head hh at toks[j] is the Fatherland
// Front ("Mặt trận Tổ quốc", "MTTQ") right after "Ủy ban Trung ương" at
// toks[i]: the Front's Central Committee, one body, not a committee and a
// Front.
func frontCentreAt(toks []token, i, j int, hh orgHead) bool {
	if j != i+4 || toks[i].fold != "uy" || toks[i+1].fold != "ban" || toks[i+2].fold != "trung" || toks[i+3].fold != "uong" {
		return false
	}
	return hh.words[0] == "Mặt" || hh.words[0] == "MTTQ"
}

// numberedCellEnd returns the index after a party cell's name written with
// its number and no hamlet's word at toks[k]: the number alone ("Chi bộ
// 6, Đảng bộ phường Thắng Lợi"), the number and then its quarter's name
// ("Chi bộ 9 Tân Hà") or the name and then the number ("Chi bộ Tân Hà
// 9"); k when there is none. A name without a number is no cell's: "Chi
// bộ Nguyễn …" may begin a sentence about a person, and a number before a
// lower-case word counts something ("Chi bộ 12 năm liền").
func numberedCellEnd(toks []token, k int) int {
	if k < len(toks) && isSurname(toks[k]) {
		return k
	}
	e := k
	for e < len(toks) && e < k+4 && toks[e].capitalized() {
		if _, hn := headAt(toks, e); hn > 0 {
			return k
		}
		e++
	}
	if e >= len(toks) || !isDigits(toks[e].text) {
		return k
	}
	e++
	if e > k+1 {
		return e // the name, then the number
	}
	if e+1 < len(toks) && (toks[e].is("-") || toks[e].is("–")) && toks[e+1].capitalized() && !isSurname(toks[e+1]) {
		// "Chi bộ 5 - Pa Pe": the number, then its hamlet's name after a
		// dash; a family name after the dash begins a person's.
		n := e + 1
		for n < len(toks) && n < e+5 && toks[n].capitalized() {
			if _, hn := headAt(toks, n); hn > 0 {
				break
			}
			n++
		}
		if n > e+1 && (n == len(toks) || !toks[n].capitalized()) {
			return n
		}
	}
	n := e
	for n < len(toks) && n < e+4 && toks[n].capitalized() && (n > e || !isSurname(toks[n])) {
		if _, hn := headAt(toks, n); hn > 0 {
			break
		}
		n++
	}
	if n > e && (n == len(toks) || !toks[n].capitalized()) {
		return n
	}
	if e < len(toks) && toks[e].lower() {
		return k // "Chi bộ 12 năm liền …": a count, no cell's number
	}
	return e
}

// hamletEnd returns the end of a cell's hamlet at toks[k] ("ấp An Thạnh",
// "khóm 1", "xóm Chiềng Vang 1": its name, then its number unless a count
// follows, as placeNameEnd reads a ward's), or k. The hamlet's word may be capitalized as part of the
// cell's name ("Chi bộ Tổ dân phố Bắc Yên"): the cell's head comes first.
func hamletEnd(toks []token, k int) int {
	for _, u := range hamlets {
		n := u.matchAt(toks, k)
		if n == 0 {
			continue
		}
		e := k + n
		if e < len(toks) && toks[e].word && toks[e].text[0] >= '0' && toks[e].text[0] <= '9' {
			return e + 1
		}
		for e < len(toks) && toks[e].capitalized() && !isSurname(toks[e]) {
			e++
		}
		if e > k+n && e < len(toks) && len(toks[e].text) <= 2 && isDigits(toks[e].text) && !(e+1 < len(toks) && countedNouns[toks[e+1].text]) {
			return e + 1 // "Chi bộ xóm Chiềng Vang 1": a hamlet's name, then its number (round 53)
		}
		if e > k+n {
			return e
		}
	}
	return k
}

// peoplesCouncil reports whether h names a people's council, whose boards
// are named before it: "Ban pháp chế HĐND tỉnh", "Ban kinh tế – ngân
// sách HĐND tỉnh".
func peoplesCouncil(h orgHead) bool {
	w := strings.Join(h.words, " ")
	return w == "HĐND" || w == "Hội đồng nhân dân"
}

// councilHead reports whether h names a people's council or committee,
// whose boards and offices carry its name ("Ban Pháp chế HĐND tỉnh").
func councilHead(h orgHead) bool {
	switch strings.Join(h.words, " ") {
	case "UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân":
		return true
	}
	return false
}

// termAt reads a term in parentheses at toks[k]: "(khoá XXII)", "(nhiệm
// kỳ 2020 - 2025)". It returns the term and the token after it, or 0.
func termAt(text string, toks []token, k int) (string, int) {
	if k+3 >= len(toks) || !toks[k].is("(") || !(toks[k+1].fold == "khoa" || toks[k+1].fold == "nhiem" && toks[k+2].fold == "ky") {
		return "", 0
	}
	for e := k + 2; e < len(toks) && e < k+10; e++ {
		if toks[e].is(")") {
			return collapseSpace(textOf(text, toks, k+1, e)), e + 1
		}
	}
	return "", 0
}

// sessionAt returns the length of a session's number at toks[k] ("lần
// thứ 16", "lần thứ XV"), or 0.
func sessionAt(toks []token, k int) int {
	if k+2 < len(toks) && toks[k].is("lần") && toks[k+1].is("thứ") && (isDigits(toks[k+2].text) && len(toks[k+2].text) <= 2 || strings.Trim(toks[k+2].text, "IVXL") == "") {
		return 3
	}
	return 0
}

// bareTermAt reads a term without parentheses at toks[k]: "khóa XIV",
// "khóa 14" ("Đại biểu Quốc hội khóa 14, Ủy viên …"), "Khóa XX" as some
// pages write it, "khóa 2016-2021" (its years). It returns the term
// and the token after it, or 0.
func bareTermAt(text string, toks []token, k int) (string, int) {
	if k+1 >= len(toks) || toks[k].fold != "khoa" || !toks[k].lower() && toks[k].text != "Khóa" && toks[k].text != "Khoá" {
		return "", 0
	}
	w := toks[k+1].text
	if y := k + 1; k+3 < len(toks) && isDigits(w) && len(w) == 4 && (toks[y+1].is("-") || toks[y+1].is("–")) && isDigits(toks[y+2].text) && len(toks[y+2].text) == 4 {
		// "UBND tỉnh Phú Thọ khóa 2016-2021": the term written as its
		// years after "khóa" (round 38).
		return collapseSpace(textOf(text, toks, k, k+4)), k + 4
	}
	if !(isDigits(w) && len(w) <= 2 || strings.Trim(w, "IVXL") == "" && w != "") {
		return "", 0
	}
	return collapseSpace(textOf(text, toks, k, k+2)), k + 2
}

// isStopWord reports whether a lower-case word ends a name rather than
// continuing its last word: function words and verbs that follow names.
// Words are compared as written, not folded: "từ" ends a name, "tư" of
// "Đầu tư" does not.
func isStopWord(w string) bool {
	_, ok := stopWords[w]
	return ok
}

var stopWords = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields("và các những của về cho với tại trong đã đang sẽ được bị là có thì để từ đến trên theo năm ngày " +
		"tỉnh huyện xã phường quận thành chủ trao tặng nhận") {
		m[w] = struct{}{}
	}
	return m
}()

// withLevel completes m with the level suffix of next, for the first of two
// titles sharing one: "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy".
func (m orgMatch) withLevel(next orgMatch) orgMatch {
	if m.hasLevel || !next.hasLevel || m.head.words != nil && !councilHead(m.head) && (m.head.words[0] == "Báo" || m.head.words[0] == "Hội") {
		return m // a newspaper or an association is named in full; "Hội đồng nhân dân" is neither
	}
	if f := strings.Fields(next.base); councilHead(m.head) && m.unit == "" && m.region == "" && next.unit == "thanh pho" && allCaps(next.place) && len(f) > 1 && strings.HasPrefix(f[len(f)-1], "TP") && strings.HasSuffix(f[len(f)-1], next.place) {
		// "Thành ủy, HĐND, UBND TPHCM", "HĐND, UBND TP.HCM": a city
		// written short is its unit word and name in one, kept as
		// written ("HĐND TPHCM", not "HĐND thành phố TPHCM") (round 34).
		m.base += " " + f[len(f)-1]
		m.unit, m.place, m.region, m.hasLevel = next.unit, next.place, next.region, true
		return m
	}
	if councilHead(m.head) && m.unit == "" && m.region == "" && unitWords[next.unit] != "" {
		// "Phó Chủ tịch HĐND, Trưởng đoàn Đại biểu Quốc hội thành phố Đà
		// Nẵng": the council of the place the next post names.
		m.base += " " + unitWords[next.unit]
		switch {
		case next.unit == "tinh":
		case next.place != "":
			m.base += " " + next.place // "HĐND huyện Ninh Hải", named in full as the next body is
		case next.region != "":
			m.base += " " + next.region // "HĐND thành phố Đà Nẵng"
		}
		m.unit, m.place, m.region, m.hasLevel = next.unit, next.place, next.region, true
		return m
	}
	f := strings.Fields(next.base)
	for k := range f {
		tail := textvi.Fold(strings.Join(f[k:], " "))
		for _, w := range levelWords {
			if strings.HasPrefix(tail, w) {
				m.base += " " + strings.Join(f[k:], " ")
				m.region = next.region
				m.hasLevel = true
				return m
			}
		}
	}
	return m
}

// unitWritten are the one-word local units as written, by their folded
// form, which other words share ("quán", "xa", "tình").
var unitWritten = map[string]string{"tinh": "tỉnh", "huyen": "huyện", "quan": "quận", "xa": "xã", "phuong": "phường"}

// unitWordPhrases are words that begin with a local unit's word but are
// none ("xã hội": society), by their two syllables in lower case.
var unitWordPhrases = map[string]bool{"xã hội": true}

// unitWordPhrase reports whether toks[j] and toks[j+1] are one of
// unitWordPhrases, written in lower case.
func unitWordPhrase(toks []token, j int) bool {
	return toks[j].lower() && toks[j+1].lower() && unitWordPhrases[toks[j].text+" "+toks[j+1].text]
}

// unitWords are the local units' words as written, by their folded form.
var unitWords = map[string]string{"tinh": "tỉnh", "thanh pho": "thành phố", "huyen": "huyện", "quan": "quận", "thi xa": "thị xã"}

// resolve turns a match into an Org, filling the story's province where the
// name implies a provincial or lower body.
// centralBefore reports whether "Trung ương" is written right before the
// province at toks[k] in the name that opens at toks[i].
func centralBefore(toks []token, i, k int) bool {
	return k >= i+2 && toks[k-2].is("Trung") && toks[k-1].fold == "uong"
}

func (m orgMatch) resolve(text string, toks []token, province string) Org {
	o := Org{Base: m.base, Region: m.region, Span: spanOf(text, toks[m.i].start, toks[m.j-1].end)}
	f := textvi.Fold(m.base)
	has := func(w string) bool { return strings.Contains(" "+f+" ", " "+w+" ") }
	_, central := centralBodies[f]
	switch {
	case central || youthUnion(f) || has("trung uong") || has("t u") || has("tw") || (has("viet nam") || has("csvn")) && m.unit == "" && m.region == "" || strings.HasPrefix(f, "bo ") && m.unit == "" && m.region == "" || has("chinh phu") || strings.HasPrefix(f, "cuc ") || strings.HasPrefix(f, "tong cuc "):
		// A "Bộ" of a province is its military command ("Bộ Chỉ huy Quân sự
		// tỉnh"), not a ministry.
		o.Level = LevelCentral
	case m.unit == "thanh pho" && m.place == "" && m.region == "" && centralCities[textvi.Fold(province)] != "":
		// "Hội đồng nhân dân thành phố" in a story of Hải Phòng: the city
		// is the province.
		o.Level = LevelProvincial
	case has("huyen uy") || has("quan uy") || has("thi uy") || m.unit == "huyen" || m.unit == "quan" || m.unit == "thi xa" || m.unit == "thanh pho" ||
		strings.HasPrefix(f, "thanh uy ") && m.region == "":
		// "Thành ủy Sầm Sơn": a town's committee, named by its town.
		o.Level = LevelDistrict
	case m.unit == "xa" || m.unit == "phuong":
		o.Level = LevelCommune
	case has("tinh uy") || has("thanh uy") || has("tinh doan") || m.unit == "tinh" || strings.HasPrefix(f, "so ") || m.region != "":
		o.Level = LevelProvincial
	case f == "doan dai bieu quoc hoi" && m.unit == "" && province != "":
		// "Trưởng đoàn đại biểu Quốc hội A" written bare in a story of a
		// province: a delegation is a province's, that one (round 41).
		o.Level = LevelProvincial
	case m.assoc && province != "":
		// "Hội Khuyến học" written bare in a story of a province: that
		// province's association (round 32).
		o.Level = LevelProvincial
	case councilHead(m.head) && m.i+len(m.head.words) == m.j-2 && m.bareTerm && province != "":
		// "Chủ tịch HĐND khóa 17": a council written bare with its term
		// in a story of a province is that province's.
		o.Level = LevelProvincial
	default:
		o.Level = LevelOther
	}
	// A province of another country or a foreign state's mission is not of
	// the story's province: "Tỉnh ủy tỉnh Salavan", "Tổng lãnh sự quán Lào".
	foreign := m.unit == "tinh ngoai" || strings.HasPrefix(f, "tong lanh su quan ") || strings.HasPrefix(f, "lanh su quan ") || strings.HasPrefix(f, "dai su quan ")
	if m.unit == "tinh ngoai" {
		o.Level = LevelProvincial
	}
	if o.Level != LevelCentral && o.Region == "" && !foreign {
		o.Region = province
	}
	if o.Level == LevelCentral {
		o.Region = ""
	}
	switch {
	case central && !strings.HasPrefix(f, "chinh phu") && f != "quoc hoi",
		strings.HasPrefix(f, "tinh uy"), strings.HasPrefix(f, "thanh uy"), strings.HasPrefix(f, "huyen uy"),
		strings.HasPrefix(f, "quan uy"), strings.HasPrefix(f, "thi uy"), strings.HasPrefix(f, "dang uy"), strings.HasPrefix(f, "dang bo"),
		strings.HasPrefix(f, "ban thuong vu"), strings.HasPrefix(f, "ban chap hanh"):
		o.Kind = KindPartyCommittee
	case strings.HasPrefix(f, "ban ") || strings.HasPrefix(f, "van phong") && (has("tinh uy") || has("trung uong")):
		o.Kind = KindPartyBoard
	case strings.HasPrefix(f, "bo "), strings.HasPrefix(f, "so "), strings.HasPrefix(f, "ubnd"), strings.HasPrefix(f, "hdnd"),
		strings.HasPrefix(f, "uy ban nhan dan"), strings.HasPrefix(f, "hoi dong nhan dan"), strings.HasPrefix(f, "cuc "),
		strings.HasPrefix(f, "tong cuc "), strings.HasPrefix(f, "chi cuc "), f == "chinh phu", f == "quoc hoi", strings.HasPrefix(f, "phong "):
		o.Kind = KindStateAgency
	case strings.HasPrefix(f, "mat tran"), strings.HasPrefix(f, "uy ban mat tran"), strings.HasPrefix(f, "hoi "), strings.HasPrefix(f, "cong doan"):
		o.Kind = KindMassOrganization
	case strings.HasPrefix(f, "trung tam"):
		o.Kind = KindUnit
	default:
		o.Kind = KindOther
	}
	o.Name = o.Base
	if o.Level == LevelProvincial && o.Region != "" && !strings.HasSuffix(textvi.Fold(o.Base), textvi.Fold(o.Region)) {
		o.Name = o.Base + " " + o.Region
	}
	if m.unit == "tinh" && o.Region == "" && !strings.HasSuffix(f, " tinh") && o.Level != LevelCentral {
		o.Name += " tỉnh" // no province known: "Sở Y tế tỉnh" as written, not "Sở Y tế"
	}
	if m.term != "" {
		// The term is part of the body's identity: "Ban Chấp hành Đảng bộ
		// tỉnh Vĩnh Long (khoá XXII)" is not that of khoá XXI.
		o.Term = m.term
		if m.bareTerm {
			o.Base += " " + m.term
			o.Name += " " + m.term
		} else {
			o.Base += " (" + m.term + ")"
			o.Name += " (" + m.term + ")"
		}
	}
	return o
}

// endsWithCouncil reports whether the name base ends with a people's
// council or committee ("Ban Dân tộc HĐND").
func endsWithCouncil(base string) bool {
	f := " " + textvi.Fold(base)
	for _, c := range []string{" hdnd", " ubnd", " hoi dong nhan dan", " uy ban nhan dan"} {
		if strings.HasSuffix(f, c) {
			return true
		}
	}
	return false
}

// securityBranches are the branches a department (Cục) of the Ministry of
// Public Security is named by, before the rest of its name in lower case:
// "Cục An ninh nội địa", "Cục Cảnh sát quản lý hành chính về trật tự xã
// hội", "Cục Bảo vệ chính trị V".
var securityBranches = []phrase{newPhrase("An ninh"), newPhrase("Cảnh sát"), newPhrase("Bảo vệ chính trị")}

// securityDeptEnd returns where a police department's name that goes on
// at toks[k] ends: words, in any case, up to a comma, a semicolon, a
// parenthesis, a full stop, the text's end, another body or its place
// ("tỉnh", "thành phố", "thuộc"); k when it runs on for more than ten words (then
// it is no name).
func securityDeptEnd(toks []token, k int) int {
	for e := k; e < len(toks) && e <= k+10; e++ {
		t := toks[e]
		if t.is(",") || t.is(";") || t.is("(") || t.is(".") || t.is("thuộc") || t.is("của") || t.is("tỉnh") || t.is("thành") && e+1 < len(toks) && t.is("phố") {
			return e
		}
		if _, hn := headAt(toks, e); hn > 0 && e > k {
			return e
		}
		if !t.word {
			return k
		}
	}
	if k+10 >= len(toks) {
		return len(toks)
	}
	return k
}

// deptLowerEnd returns where a department's (Cục's) name that starts
// with capitalized words at toks[j] and goes on in lower case ends, or j:
// the lower-case words, at most four and none a stop word, end at a
// comma, a semicolon, a parenthesis, a full stop or a term ("nhiệm kỳ"),
// and the name stands where a body's does: after a comma in a list of
// bodies ("UBND tỉnh, Tòa án Nhân dân, Cục Thi hành án dân
// sự"), or before a comma and the body it belongs to ("Cục Tổ chức cán
// bộ, Bộ Công an"). "Cục Thuế có trách nhiệm" ends at "Thuế", and so
// does "Cục trưởng Cục Hải quan kiểm tra hàng." (a verb after a title;
// police departments after one are securityDeptEnd's) (round 46).
func deptLowerEnd(toks []token, i, j int) int {
	k := j
	for k < len(toks) && toks[k].capitalized() && toks[k].word {
		k++
	}
	if k == j || k-j > 3 {
		return j
	}
	e := k
	for e < len(toks) && toks[e].word && toks[e].lower() && !isStopWord(toks[e].text) && !(toks[e].is("nhiệm") && e+1 < len(toks) && toks[e+1].is("kỳ")) {
		e++
	}
	if e == k || e-k > 4 {
		return j
	}
	closed := e == len(toks) || toks[e].is(",") || toks[e].is(";") || toks[e].is(".") || toks[e].is("(") || toks[e].is("nhiệm")
	if !closed {
		return j
	}
	after := e+1 < len(toks) && toks[e].is(",")
	if after {
		_, hn := headAt(toks, e+1)
		after = hn > 0
	}
	if i > 0 && toks[i-1].is(",") || after {
		return e
	}
	return j
}

// postTitleEndsAt reports whether a title in any case ends right before
// toks[i]: "Phó cục trưởng" before "Cục An ninh nội địa".
func postTitleEndsAt(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if _, n := titleAtAnyCase(toks, k); n > 0 && k+n == i {
			return true
		}
	}
	return false
}

// titleEndsAt reports whether a title ends right before toks[i]: "Bí thư"
// in "Phó Bí thư Thường trực".
func titleEndsAt(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if _, n := titleAt(toks, k); n > 0 && k+n == i {
			return true
		}
	}
	return false
}

// provincial reports whether the body m names is a province's (or lower)
// rather than a central one: it may take a province named beside it.
func (m orgMatch) provincial() bool {
	f := textvi.Fold(m.base)
	if _, central := centralBodies[f]; central {
		return false
	}
	return !strings.Contains(" "+f+" ", " trung uong ") && !strings.Contains(" "+f+" ", " chinh phu ") && !strings.HasPrefix(f, "bo ") && !strings.HasPrefix(f, "cuc ") && !strings.HasPrefix(f, "tong cuc ")
}

// schoolKinds are the kinds of school a school's name starts with.
var schoolKinds = []phrase{
	newPhrase("THPT"), newPhrase("THCS"), newPhrase("TH"), newPhrase("PTDTNT"), newPhrase("PTDTBT"),
	newPhrase("Phổ thông dân tộc bán trú"), newPhrase("Phổ thông dân tộc nội trú"), // before "Phổ thông"
	newPhrase("Tiểu học"), newPhrase("Trung học cơ sở"), newPhrase("Trung học phổ thông"), newPhrase("Mầm non"), newPhrase("Mẫu giáo"),
	newPhrase("Chính trị"), newPhrase("Đại học"), newPhrase("Cao đẳng"), newPhrase("Trung cấp"), newPhrase("Phổ thông"),
}

// schoolEnd returns the end of a school's name whose kind starts at
// toks[j] ("THPT chuyên Nguyễn Trãi", "Tiểu học Chu Văn An", "Chính trị"),
// or j when no kind of school starts there.
func schoolEnd(toks []token, j int) int {
	if j >= len(toks) {
		return j
	}
	n := anyAt(schoolKinds, toks, j)
	if n == 0 || !toks[j].capitalized() && !lowerSchoolKind(toks, j) {
		return j
	}
	k := j + n
	if k+1 < len(toks) && toks[k].is("và") && toks[k+1].capitalized() {
		if m := anyAt(schoolKinds, toks, k+1); m > 0 {
			k += 1 + m // "Tiểu học và Trung học cơ sở Quang Phong": a school of two kinds
		}
	} else if m := anyAt(schoolKinds, toks, k); m > 0 && toks[k].capitalized() {
		k += m // "Phổ thông dân tộc bán trú Trung học cơ sở Bằng Thành": its level after its kind
	}
	if k < len(toks) && toks[k].fold == "chuyen" {
		k++ // "THPT chuyên", also written "THPT Chuyên Hà Tĩnh": the province after it is the school's name
	}
	if k+2 < len(toks) && toks[k].is("số") && isDigits(toks[k+1].text) && len(toks[k+1].text) <= 2 && toks[k+2].capitalized() {
		k += 2 // "Trường THPT số 1 Bố Trạch": a school numbered in its district, the place after the number
	}
	named := k
	if n := anyAt(studyFields, toks, k); n > 0 && toks[k].capitalized() && anyAt(higherSchool, toks, j) > 0 &&
		k+n < len(toks) && toks[k+n].capitalized() {
		k += n // "Trường Cao đẳng Sư phạm Nha Trang": a college named by a field of study written with a word in lower case
		if _, pn := provinceAt(toks, k); pn > 0 {
			k += pn // its city or province is part of its name, which the field alone doesn't make
		}
	} else if e := fieldPairEnd(toks, k); e > k && anyAt(higherSchool, toks, j) > 0 {
		k = e // "Trường Cao đẳng Điện tử - Điện lạnh Hà Nội": a college named by two fields joined by a dash
		if _, pn := provinceAt(toks, k); pn > 0 {
			k += pn // its city or province is part of its name, which the fields alone don't make
		}
	}
	for k < len(toks) && toks[k].capitalized() {
		if _, pn := provinceAt(toks, k); pn > 0 && (k > named || politicalSchool.matchAt(toks, j) > 0) {
			break // "Trường Chính trị Nghệ An": the province, as for any body
		}
		if k > named && hcmDottedAt(toks, k) {
			k += 3 // "Trường Đại học TDTT TP.HCM": the city written short ends the name (round 54)
			break
		}
		k++ // "Trường Trung học phổ thông Bắc Kạn": a school named after its province
	}
	if k > named && schoolNumberAt(toks, k) {
		k++ // "Trường tiểu học Vĩnh Bình 3,": a school numbered after its name (round 39)
	}
	return k
}

// schoolNumberAt reports whether toks[k] is the number a school is
// given after its name: one or two digits before punctuation or the verb
// of its sentence ("Trường Tiểu học thị trấn Kiên Lương 1 đón nhận …",
// round 51), not "… Vĩnh Bình 3 năm liền".
func schoolNumberAt(toks []token, k int) bool {
	if k >= len(toks) || !isDigits(toks[k].text) || len(toks[k].text) > 2 {
		return false
	}
	return k+1 == len(toks) || !toks[k+1].word || anyAt(schoolNumberVerbs, toks, k+1) > 0
}

// schoolNumberVerbs are verbs that follow a school's name as the subject
// of its sentence: a number before them closes the name.
var schoolNumberVerbs = []phrase{newPhrase("đón nhận"), newPhrase("nhận"), newPhrase("được"), newPhrase("vinh dự"), newPhrase("đã"), newPhrase("tổ chức")}

// lowerSchoolKinds are the kinds of school spelled out that a story may
// write in lower case before the school's name: "Trường tiểu học Kỳ
// Sơn", "trường mầm non Sen Hồng".
var lowerSchoolKinds = []phrase{
	newPhrase("tiểu học"), newPhrase("mầm non"), newPhrase("mẫu giáo"),
	newPhrase("trung học cơ sở"), newPhrase("trung học phổ thông"),
}

// lowerSchoolKind reports whether a kind of lowerSchoolKinds starts at
// toks[j], written in lower case, with a capitalized name right after it.
func lowerSchoolKind(toks []token, j int) bool {
	n := anyAt(lowerSchoolKinds, toks, j)
	return n > 0 && toks[j].lower() && j+n < len(toks) && toks[j+n].capitalized()
}

// higherSchool are the kinds of school past the high school, which are
// often named by their fields of study.
var higherSchool = []phrase{newPhrase("Cao đẳng"), newPhrase("Đại học"), newPhrase("Trung cấp")}

// studyFields are fields of study written as a capitalized word and a word
// in lower case that name a college or university before its place
// ("Trường Cao đẳng Sư phạm Nha Trang", "Trường Đại học Kinh tế Huế"): the
// word in lower case would otherwise end the school's name.
var studyFields = []phrase{
	newPhrase("Sư phạm"), newPhrase("Kinh tế"), newPhrase("Kỹ thuật"), newPhrase("Y tế"), newPhrase("Văn hóa"),
	newPhrase("Nghệ thuật"), newPhrase("Bách khoa"), newPhrase("Nông lâm"), newPhrase("Thủy lợi"), newPhrase("Giao thông"),
	newPhrase("Xây dựng"), newPhrase("Công nghiệp"), newPhrase("Công nghệ"), newPhrase("Du lịch"), newPhrase("Thương mại"),
	newPhrase("Kiến trúc"), newPhrase("Mỹ thuật"), newPhrase("Thể dục"), newPhrase("Cộng đồng"), newPhrase("Khoa học"),
	newPhrase("Ngoại ngữ"), newPhrase("Nông nghiệp"), newPhrase("Thủy sản"), newPhrase("Tài chính"), newPhrase("Hàng hải"),
}

// fieldPairEnd returns the end of two fields of study joined by a dash
// that start at toks[k], each a capitalized word with at most one word
// in lower case after it, the second with one ("Điện tử - Điện lạnh",
// "Kinh tế - Kỹ thuật"), or k. A person's name after a dash is written
// all capitalized, so it is never taken.
func fieldPairEnd(toks []token, k int) int {
	m := k
	if m >= len(toks) || !toks[m].capitalized() {
		return k
	}
	m++
	if m < len(toks) && toks[m].lower() && !toks[m].is("và") {
		m++
	}
	if m+2 >= len(toks) || !(toks[m].is("-") || toks[m].is("–")) || !toks[m+1].capitalized() || !toks[m+2].lower() || toks[m+2].is("và") {
		return k
	}
	if _, pn := provinceAt(toks, m+1); pn > 0 {
		return k
	}
	return m + 3
}

// politicalSchool is the one school of a province named by its kind alone.
var politicalSchool = newPhrase("Chính trị")

// schoolNamed reports whether the school whose kind starts at toks[j] and
// whose name ends at toks[k] has a name after its kind: "Trường Mầm non
// Bộc Bố" is one school, "Trường Tiểu học" any.
func schoolNamed(toks []token, j, k int) bool {
	n := anyAt(schoolKinds, toks, j)
	return n > 0 && k > j+n && (toks[k-1].capitalized() && !toks[k-1].is("Chính") || fieldPairEnd(toks, j+n) == k)
}

// provinceWord reports whether toks[j] is "Tỉnh" written capitalized as the
// province a body belongs to ("Bộ chỉ huy quân sự Tỉnh", "Công an Tỉnh
// Bình Định"), not the start of "Tỉnh ủy".
func provinceWord(toks []token, j int) bool {
	return toks[j].is("Tỉnh") && !(j+1 < len(toks) && (toks[j+1].fold == "uy" || toks[j+1].fold == "doan"))
}

// hoChiMinh ends the names of bodies named after him: "Trung ương Đoàn
// Thanh niên Cộng sản Hồ Chí Minh", not a person after the body.
var hoChiMinh = newPhrase("Hồ Chí Minh")

// cityDottedAt reports whether "T.P", the city's unit word written short
// with a dot inside, starts at toks[j].
func cityDottedAt(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j].is("T") && toks[j+1].is(".") && toks[j+2].is("P") &&
		toks[j].end == toks[j+1].start && toks[j+1].end == toks[j+2].start
}

// districtUnits are the district-level units, folded.
var districtUnits = map[string]bool{"huyen": true, "quan": true, "thi xa": true, "thanh pho": true}

// districtsAfter reads the bodies of other districts that share the head of
// a district's body m, listed after it with their own unit word and "và":
// "Đảng bộ T.P Thái Nguyên, huyện Phú Bình và Đồng Hỷ" is three party
// organizations, one per district. A commune's body followed by its
// district ("UBND xã A, huyện B") is its place, not a list: both m and the
// list must be of districts, and the list must end with "và". It returns
// the bodies and the token after the list, or nil.
func districtsAfter(text string, toks []token, m orgMatch) ([]orgMatch, int) {
	k := m.j
	if !districtUnits[m.unit] || m.unitAt <= m.i || k+3 >= len(toks) || !toks[k].is(",") {
		return nil, 0
	}
	unit, un := "", 0
	for _, u := range localUnits {
		if n := u.matchAt(toks, k+1); n > 0 && toks[k+1].lower() && districtUnits[strings.Join(u, " ")] {
			unit, un = collapseSpace(textOf(text, toks, k+1, k+1+n)), n
			break
		}
	}
	if un == 0 {
		return nil, 0
	}
	head := collapseSpace(textOf(text, toks, m.i, m.unitAt))
	k += 1 + un
	var out []orgMatch
	end, last := k, false
	for k < len(toks) && toks[k].capitalized() {
		if _, hn := headAt(toks, k); hn > 0 {
			break
		}
		if _, tn := titleAt(toks, k); tn > 0 {
			break
		}
		e := k + 1
		for e < len(toks) && e < k+4 && toks[e].capitalized() {
			e++
		}
		b := m
		b.i, b.j, b.region, b.term, b.bareTerm = k, e, "", "", false
		b.unit, b.place = textvi.Fold(unit), collapseSpace(textOf(text, toks, k, e))
		b.base = head + " " + unit + " " + b.place
		out = append(out, b)
		end = e
		if !last && e+1 < len(toks) && (toks[e].is(",") || toks[e].is("và")) && toks[e+1].capitalized() {
			last = toks[e].is("và")
			k = e + 1
			continue
		}
		break
	}
	if !last {
		return nil, 0 // no "và": the place of the body before, or one name
	}
	return out, end
}

// companyKinds are the kinds of company a company's name starts with.
var companyKinds = []phrase{
	newPhrase("trách nhiệm hữu hạn"), newPhrase("TNHH"), newPhrase("Cổ phần"), newPhrase("CP"),
}

// corporateGroup is "Tập đoàn" inside a company's name, after its kind.
var corporateGroup = newPhrase("Tập đoàn")

// companyEnd returns the end of a company's name whose kind starts at
// toks[j] ("TNHH Bảo Long", "trách nhiệm hữu hạn một thành viên Bảo
// Long", "Cổ phần Sông Đà"), or j when no kind of company starts there or
// no name follows it.
func companyEnd(toks []token, j int) int {
	n := anyAt(companyKinds, toks, j)
	if n == 0 {
		return brandCompanyEnd(toks, j)
	}
	k := j + n
	if m := stateOwned.matchAt(toks, k); m > 0 && k+m < len(toks) && (oneMember.matchAt(toks, k+m) > 0 || toks[k+m].capitalized()) {
		k += m // "TNHH Nhà nước MTV …": the state its owner
	}
	if m := oneMember.matchAt(toks, k); m > 0 {
		k += m
	} else if k < len(toks) && toks[k].is("MTV") {
		k++
	}
	if m := corporateGroup.matchAt(toks, k); m > 0 && k+m < len(toks) && toks[k+m].capitalized() {
		// "Công ty Cổ phần Tập đoàn Hoa Sen": the company a group, its
		// "đoàn" in lower case, then the name (round 34).
		k += m
	}
	if q := joinedTradesEnd(toks, k); q > k {
		// "Công ty cổ phần Sản xuất và Thương mại Lạng Sơn", "Công ty
		// TNHH Đầu tư và Xây dựng Hòa Bình": trades joined by "và", then
		// the capitalized name or province (round 33).
		e := q
		for e < len(toks) && toks[e].capitalized() {
			e++
		}
		return e
	}
	e := k
	for e < len(toks) && toks[e].capitalized() {
		if _, pn := provinceAt(toks, e); pn > 0 && e > k {
			if e+pn <= len(toks) && (e+pn == len(toks) || !toks[e+pn].capitalized()) && companyHeadBefore(toks, j) {
				e += pn // "Công ty CP Nước AquaOne Hậu Giang": the province closes the company's name (round 48)
			}
			break // the province, as for any body
		}
		e++
		if e+1 < len(toks) && toks[e].is("&") && toks[e].start == toks[e-1].end && toks[e+1].start == toks[e].end && toks[e+1].capitalized() {
			e++ // "Tập đoàn T&T": letters joined by "&", one name (round 34)
		}
		if e < len(toks) && toks[e].is("phố") && toks[e-1].is("Thành") {
			e++ // "… Phát hành sách Thành phố": the city written in words closes the name
		}
	}
	if e == k+1 && e < len(toks) && toks[e].lower() {
		if q := lowerTradesEnd(toks, k); q > k {
			// "Công ty CP Khai thác bến xe và Dịch vụ vận tải Khánh Hòa":
			// trades each capitalized in its first word only, joined by
			// "và", then the province or the name (round 50).
			return q
		}
	}
	if e == k+1 && e < len(toks) && toks[e].lower() {
		// "Công ty cổ phần Bao bì Vafaco", "Công ty cổ phần Phát hành
		// sách Thành phố", "Công ty cổ phần In số 7": a trade whose first
		// word alone is capitalized, one or two words in lower case, then
		// the capitalized name or the company's number (round 48).
		q := e
		for q < len(toks) && q < e+2 && toks[q].lower() && !isStopWord(toks[q].text) && !companyTradeStop[toks[q].fold] {
			q++
		}
		switch {
		case q > e && q+1 < len(toks) && toks[q-1].is("số") && isDigits(toks[q].text):
			return q + 1
		case q > e && q < len(toks) && toks[q].capitalized() && !toks[q-1].is("số"):
			if _, hn := headAt(toks, q); hn == 0 {
				if _, tn := titleAt(toks, q); tn == 0 {
					return companyNameEnd(toks, q)
				}
			}
		}
	}
	if e == k+1 && e < len(toks) && toks[e].lower() {
		// "Công ty TNHH MTV Yến sào Khánh Hòa": a trade whose first word
		// alone is capitalized, the rest in lower case (three words at
		// most), then the province that names the company; after a name
		// of two capitalized words ("Bảo Long xây dựng …") lower case
		// ends it.
		for q := e; q < len(toks) && q < e+3 && toks[q].lower() && !isStopWord(toks[q].text); q++ {
			if _, pn := provinceAt(toks, q+1); pn > 0 && q+1+pn <= len(toks) && (q+1+pn == len(toks) || !toks[q+1+pn].capitalized()) {
				return q + 1 + pn
			}
		}
	}
	if e == k {
		// "Công ty Cổ phần môi trường đô thị Lào Cai": a trade in lower
		// case, then the province that names the company.
		for q := k; q < len(toks) && q < k+6 && toks[q].lower() && !isStopWord(toks[q].text); q++ {
			if _, pn := provinceAt(toks, q+1); pn > 0 && q+1+pn <= len(toks) && (q+1+pn == len(toks) || !toks[q+1+pn].capitalized()) {
				return q + 1 + pn
			}
		}
		if q := lowerTradeNameAt(toks, k); q > k {
			return q
		}
		return j
	}
	return e
}

// lowerTradeNameAt returns the end of a company's trade written all in
// lower case, one to three words, then its name of two capitalized words
// or more that is no body's head, no title and no person's ("Công ty
// TNHH mỹ thuật Hoàn Hảo", round 54); or k.
func lowerTradeNameAt(toks []token, k int) int {
	q := k
	for q < len(toks) && q < k+3 && toks[q].lower() && !isStopWord(toks[q].text) && !companyTradeStop[toks[q].fold] {
		q++
	}
	if q == k || q+1 >= len(toks) || !toks[q].capitalized() || !toks[q+1].capitalized() || isSurname(toks[q]) {
		return k
	}
	if _, hn := headAt(toks, q); hn > 0 {
		return k
	}
	if _, tn := titleAt(toks, q); tn > 0 {
		return k
	}
	if e := companyNameEnd(toks, q); e == len(toks) || !toks[e].is("thuộc") {
		return e
	}
	// "Công ty TNHH một thành viên cao su Thống Nhất thuộc Tổng công ty
	// …": a unit named whole with its parent (the Gold lists), which no
	// reader reads yet; its part alone would be a wrong body.
	return k
}

// brandCompanyEnd returns the end of a company's name written with no
// kind after "Công ty": its trade, capitalized in its first word only
// (two words in lower case at most), then its brand ("Công ty Cơ điện
// Trường Hải"), a brand after a dash included ("Công ty Cơ khí Chu Lai -
// Trường Hải"); or j. A body or a title after the head is none (round
// 51).
func brandCompanyEnd(toks []token, j int) int {
	if j >= len(toks) || !toks[j].capitalized() {
		return j
	}
	if _, hn := headAt(toks, j); hn > 0 {
		return j
	}
	if _, tn := titleAt(toks, j); tn > 0 {
		return j
	}
	q := j + 1
	for q < len(toks) && q < j+3 && toks[q].lower() && !isStopWord(toks[q].text) && !companyTradeStop[toks[q].fold] {
		q++
	}
	if q == j+1 || q >= len(toks) || !toks[q].capitalized() {
		return j
	}
	e := companyNameEnd(toks, q)
	if e+1 < len(toks) && toks[e].is("-") && toks[e+1].capitalized() {
		e = companyNameEnd(toks, e+1) // "Chu Lai - Trường Hải": the brand after the place
	}
	return e
}

// companyTradeStop are words in lower case after a company's trade that
// end its name: verbs and words of a sentence, not of a trade.
var companyTradeStop = map[string]bool{"dat": true, "duoc": true, "vinh": true, "cung": true, "da": true, "co": true, "la": true, "dang": true, "se": true, "thuoc": true}

// companyHeadBefore reports whether a company's kind ends at toks[j]:
// the name after it is a company's.
func companyHeadBefore(toks []token, j int) bool {
	return j >= 2 && toks[j-2].is("Công") && toks[j-1].fold == "ty"
}

// companyNameEnd reads a company's capitalized name from toks[q], a bare
// province at its end included ("Nước giải khát Sanest Khánh Hòa"), and
// returns its end.
func companyNameEnd(toks []token, q int) int {
	e := q
	for e < len(toks) && toks[e].capitalized() {
		e++
		if e < len(toks) && toks[e].is("phố") && toks[e-1].is("Thành") {
			e++
		}
	}
	return e
}

// commonCompounds are words of two syllables, folded, that a body's
// name writes with the first capitalized and the second in lower case:
// "Kinh tế", "Công nghiệp", "Doanh nghiệp".
var commonCompounds = map[string]bool{"kinh te": true, "cong nghiep": true, "doanh nghiep": true, "nong nghiep": true, "cong nghe": true, "thuong mai": true, "du lich": true, "giao duc": true, "van hoa": true, "xa hoi": true, "y te": true, "chinh tri": true}

// youthUnion reports whether the folded name f is the Communist Youth
// Union's, the whole union ("Đoàn TNCS Hồ Chí Minh"), without a place.
func youthUnion(f string) bool {
	return f == "doan tncs ho chi minh" || f == "doan thanh nien cong san ho chi minh"
}

// corporationHead reports whether h is "Tổng Công ty", a state
// corporation.
func corporationHead(h orgHead) bool {
	return len(h.words) == 3 && h.words[0] == "Tổng" && h.words[1] == "Công"
}

// corporationFormEnd returns the end of a state corporation's name read
// up to toks[j], with its legal form after a dash read whole ("Tổng Công
// ty Văn hóa Sài Gòn-Công ty TNHH một thành viên": "một thành viên" in
// lower case is the form's, not the end of the name), or j.
func corporationFormEnd(toks []token, i, j int) int {
	for d := i + 3; d+3 < len(toks) && d < j; d++ {
		if !(toks[d].is("-") || toks[d].is("–")) || !toks[d+1].is("Công") || toks[d+2].fold != "ty" {
			continue
		}
		n := anyAt(companyKinds, toks, d+3)
		if n == 0 {
			return j
		}
		q := d + 3 + n
		if m := oneMember.matchAt(toks, q); m > 0 {
			q += m
		} else if q < len(toks) && toks[q].is("MTV") {
			q++
		}
		if q > j {
			return q
		}
		return j
	}
	return j
}

// companyTrades are the trades a company's name joins with "và":
// "Sản xuất và Thương mại", "Đầu tư và Xây dựng", "Thương mại và Dịch vụ".
var companyTrades = []phrase{
	newPhrase("Sản xuất"), newPhrase("Thương mại"), newPhrase("Dịch vụ"), newPhrase("Đầu tư"),
	newPhrase("Xây dựng"), newPhrase("Xuất nhập khẩu"), newPhrase("Du lịch"), newPhrase("Phát triển"),
	newPhrase("Tư vấn"), newPhrase("Vận tải"), newPhrase("Công nghệ"), newPhrase("Kỹ thuật"),
}

// joinedTradesEnd returns the end of two or more capitalized trades of
// companyTrades joined by "và" from toks[k], or k when there are none.
func joinedTradesEnd(toks []token, k int) int {
	n := anyAt(companyTrades, toks, k)
	if n == 0 || !toks[k].capitalized() {
		return k
	}
	q, joined := k+n, false
	for q+1 < len(toks) && toks[q].is("và") && toks[q+1].capitalized() {
		m := anyAt(companyTrades, toks, q+1)
		if m == 0 {
			break
		}
		q, joined = q+1+m, true
	}
	if !joined {
		return k
	}
	return q
}

// lowerTradesEnd returns the end of a company's trades from toks[k], each
// a capitalized word and up to three words in lower case, two or more
// joined by "và", closed by a province or a capitalized name that is no
// body's head and no title ("Khai thác bến xe và Dịch vụ vận tải Khánh
// Hòa"); or k. A person after "và" ends the trades.
func lowerTradesEnd(toks []token, k int) int {
	q, joined := k, false
	for {
		if q >= len(toks) || !toks[q].capitalized() {
			return k
		}
		q++
		lower := 0
		for q < len(toks) && lower < 3 && toks[q].lower() && !toks[q].is("và") && !isStopWord(toks[q].text) && !companyTradeStop[toks[q].fold] {
			q++
			lower++
		}
		if q+1 < len(toks) && toks[q].is("và") && toks[q+1].capitalized() && !(isSurname(toks[q+1]) && q+2 < len(toks) && toks[q+2].capitalized()) {
			if _, pn := provinceAt(toks, q+1); pn == 0 {
				q++
				joined = true
				continue
			}
		}
		break
	}
	if !joined || q >= len(toks) || !toks[q].capitalized() {
		return k
	}
	if _, pn := provinceAt(toks, q); pn > 0 {
		if q+pn == len(toks) || !toks[q+pn].capitalized() {
			return q + pn
		}
		return k
	}
	if _, hn := headAt(toks, q); hn > 0 {
		return k
	}
	if _, tn := titleAt(toks, q); tn > 0 {
		return k
	}
	return companyNameEnd(toks, q)
}

// oneMember is the kind of a company with one owner, after "TNHH".
var oneMember = newPhrase("một thành viên")

// subjectVerbs open a document's subject ("Nghị định … của Chính phủ Quy
// định chi tiết …"): written capitalized after its issuer, they end the
// issuer's name.
// lowerVerbs are verbs of two syllables in lower case that a body's name
// does not carry after a capitalized syllable: "Sở Nội thông báo" (a page
// that dropped "vụ") is the Sở Nội that announces (round 32).
var lowerVerbs = []phrase{newPhrase("thông báo"), newPhrase("tổ chức"), newPhrase("phối hợp"), newPhrase("đề nghị"), newPhrase("chỉ đạo"), newPhrase("triển khai")}

var subjectVerbs = []phrase{newPhrase("Quy định"), newPhrase("Hướng dẫn"), newPhrase("Sửa đổi"), newPhrase("Ban hành"), newPhrase("Bổ sung")}

// unitWordsWritten are the local unit words as written in lower case,
// with their tones: a folded match ("quản" as "quận") is no unit.
var unitWordsWritten = map[string]bool{"tỉnh": true, "huyện": true, "thành": true, "thị": true, "xã": true, "phường": true, "quận": true, "thôn": true}

// stateOwned names the state as a company's one owner, between "TNHH" and
// "MTV" ("Công ty TNHH Nhà nước MTV …").
var stateOwned = newPhrase("Nhà nước")

// placedAfterComma reports whether a comma at toks[k] places the body
// before it, a school or a company, under a body or in a local unit:
// "Trường THPT Việt Bắc, Sở Giáo dục và Đào tạo tỉnh Lạng Sơn", "Công ty
// TNHH Bảo Long, huyện Cao Lộc". Alone, such a body names no level.
func placedAfterComma(toks []token, k int) bool {
	if k+1 >= len(toks) || !toks[k].is(",") {
		return false
	}
	if placedAt(toks, k+1) && toks[k+1].lower() {
		return true
	}
	_, hn := headAt(toks, k+1)
	return hn > 0
}

// managementBoard is the name a management board starts with.
var managementBoard = newPhrase("Quản lý")

// zonesEnd reads the zones a management board names by name, from toks[k]
// up to toks[limit] at most, to the place they belong to: "Ban Quản lý
// Khu Kinh tế Nghi Sơn và các Khu công nghiệp tỉnh Thanh Hóa". It returns
// where the place starts (or ends, for a province named bare), or k when
// no place ends them within one clause.
func zonesEnd(toks []token, k, limit int) int {
	for e := k; e < len(toks) && e <= limit && toks[e].word; e++ {
		if _, pn := provinceAt(toks, e); pn > 0 && e > k {
			return e + pn
		}
		if placedAt(toks, e) {
			return e
		}
		if _, tn := titleAt(toks, e); tn > 0 {
			break // "… Khu công nghiệp Trưởng ban …": a person's title follows
		}
	}
	return k
}

// steeringEnd reads the task of a steering committee after "Ban" at
// toks[j] ("chỉ đạo vận động hiến máu tình nguyện (HMTN)", "Chỉ đạo Phòng,
// chống dịch bệnh COVID-19"): lower-case words that are no stop words, a
// short name in capitals or brackets, "phòng, chống" with its comma, up
// to a local unit's word or a closing bracket. It returns where the task
// ends, or j when none is written so (round 27).
func steeringEnd(toks []token, j int) int {
	return taskEnd(toks, j, "dao")
}

// taskEnd is steeringEnd for "chỉ" and then second, folded: "dao" for a
// steering committee, "huy" for a command centre ("Trung tâm chỉ huy
// phòng, chống dịch Covid-19 tỉnh", round 31).
func taskEnd(toks []token, j int, second string) int {
	if j+2 >= len(toks) || toks[j].fold != "chi" || toks[j+1].fold != second || !toks[j].word || !toks[j+1].word || !toks[j+1].lower() {
		return j
	}
	for k := j + 2; k < len(toks) && k <= j+18; k++ {
		t := toks[k]
		switch {
		case k > j+2 && (placedAt(toks, k) && t.lower() && (unitWritten[t.fold] == "" || t.text == unitWritten[t.fold]) || t.is("TP") || t.is("TX")):
			// "tình nguyện" is no "tỉnh"
			return k
		case k > j+2 && t.is(")"):
			return k // "(Thường trực Ban Chỉ đạo phòng, chống dịch Covid-19)"
		case t.is(",") && toks[k-1].fold == "phong" && k+1 < len(toks) && toks[k+1].fold == "chong":
		case t.is("(") && k+2 < len(toks) && allCaps(toks[k+1].text) && toks[k+2].is(")"):
			k += 2 // "(HMTN)": the task's short name
		case t.is("-") && k > j+2 && toks[k-1].end == t.start && k+1 < len(toks) && t.end == toks[k+1].start:
			// "COVID-19": the hyphen inside a word
		case t.word && t.lower() && !isStopWord(t.text):
		case t.word && k == j+2 && t.capitalized():
			// "Phòng, chống …": the task's first word capitalized
		case allCaps(t.text) || t.fold == "covid" || isDigits(t.text):
		default:
			return j
		}
	}
	return j
}

// placedAt reports whether a local unit word starts at toks[k]: "huyện",
// "tỉnh", "thành phố".
func placedAt(toks []token, k int) bool {
	for _, u := range localUnits {
		if u.matchAt(toks, k) > 0 {
			return true
		}
	}
	return false
}

// courtHead reports whether h starts a court or a procuracy, which sits
// no term: in "Hội thẩm nhân dân của Tòa án nhân dân tỉnh khóa XVIII" the
// term is the jurors'.
func courtHead(h orgHead) bool {
	switch textvi.Fold(strings.Join(h.words, " ")) {
	case "toa an nhan dan", "toa an nhan dan toi cao", "tand", "vien kiem sat nhan dan", "vien kiem sat nhan dan toi cao", "vksnd":
		return true
	}
	return false
}

// fieldsListEnd reads the rest of a list of fields after a committee's
// first one (", Giáo dục, Thanh niên và Nhi đồng"): each item after a comma
// or a last "và" and capitalized, none a body's head or a title. It returns the token after the list, or
// k when no comma opens one.
func fieldsListEnd(toks []token, k int) int {
	e := k
	for n := 0; n < 8 && e+1 < len(toks) && (toks[e].is(",") || toks[e].is("và")) && toks[e+1].capitalized(); n++ {
		if _, hn := headAt(toks, e+1); hn > 0 {
			return k // "Ủy ban Kinh tế, Ủy ban Tài chính …": two committees
		}
		if _, tn := titleAt(toks, e+1); tn > 0 {
			return k // "Ủy ban Thường vụ Quốc hội, Trưởng Ban …": a post follows
		}
		e++
		for e < len(toks) && (toks[e].capitalized() || toks[e].lower() && e > 0 && toks[e-1].capitalized() && !toks[e].is("và") && !toks[e].is("của")) {
			e++
		}
	}
	if e > k && !toks[e-1].word {
		return k
	}
	return e
}

// nationalAssembly ends the name of one of its committees: "Ủy ban Kinh
// tế của Quốc hội".
var nationalAssembly = newPhrase("của Quốc hội")

// partyBloc is the bloc of agencies a Party committee may be of: "Đảng ủy
// Khối cơ quan và doanh nghiệp tỉnh", or of one half of it where a
// province keeps two: "Đảng ủy Khối Doanh nghiệp tỉnh", "Đảng ủy Khối các
// cơ quan tỉnh". The longer forms come first.
var partyBloc = []phrase{
	newPhrase("Khối cơ quan và doanh nghiệp"), newPhrase("Khối các cơ quan và doanh nghiệp"),
	newPhrase("Khối các cơ quan"), newPhrase("Khối cơ quan"), newPhrase("Khối doanh nghiệp"),
}

// policeUnit reports whether h starts a unit of the police or the army that
// may be named with the force it belongs to: "Phòng", "Đội", "Trạm".
func policeUnit(h orgHead) bool {
	return len(h.words) == 1 && (h.words[0] == "Phòng" || h.words[0] == "Đội" || h.words[0] == "Trạm")
}

// policeForce is the force a police unit belongs to: "Công an tỉnh".
var policeForce = newPhrase("Công an")

// townCommittee reports whether h is the Party committee of a district or
// town, whose name follows it: "Huyện ủy Đức Phổ", "Thị ủy Cao Lãnh".
// townSuffixBefore reports whether a town's committee, written after a
// board ("BTV Huyện ủy Lục Nam", "Ban Thường vụ Huyện ủy A"), ends right
// before toks[j] inside the name opened at toks[i]: its two words after
// are its town, as after the committee alone (round 50).
func townSuffixBefore(toks []token, i, j int) bool {
	if j < i+3 || toks[j-1].fold != "uy" || !toks[j-2].capitalized() {
		return false
	}
	switch toks[j-2].fold {
	case "huyen", "thi", "quan":
		return true
	}
	return false
}

func townCommittee(h orgHead) bool {
	switch strings.Join(h.words, " ") {
	case "Huyện ủy", "Thành ủy", "Thị ủy", "Quận ủy":
		return true
	}
	return false
}

// centralCities are the centrally governed cities, folded: "UBND thành phố"
// in a story of one is that city's.
var centralCities = foldAll("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")

// listedBodies reads the bodies a list shares one head for, after a
// generic match m: "Ban Thường vụ Huyện ủy các huyện: Đăk Glei, Ngọc Hồi
// và Đăk Tô" is one body per name, "UBND các tỉnh Quảng Trị, Nghệ An và Hà
// Tĩnh" too. It returns them and the token after the list, or nil.
func listedBodies(text string, toks []token, m orgMatch) ([]orgMatch, int) {
	k := m.j
	if k+2 >= len(toks) {
		return nil, 0
	}
	count := listCount(toks[k])
	if count == 0 && !(toks[k].is("các") || toks[k].is("những")) {
		return nil, 0
	}
	unit, un := "", 0
	for _, u := range localUnits {
		if n := u.matchAt(toks, k+1); n > 0 && toks[k+1].lower() {
			unit, un = collapseSpace(textOf(text, toks, k+1, k+1+n)), n
			break
		}
	}
	if un == 0 {
		return nil, 0
	}
	k += 1 + un
	if count > 0 {
		// "UBND 7 phường trên địa bàn thị xã X (cũ): A, B, …": a counted
		// list names its places after a colon, maybe after where they lie.
		q := k
		if q < len(toks) && (toks[q].is("trên") || toks[q].is("thuộc") || toks[q].is("của")) {
			for q < len(toks) && q < k+10 && !toks[q].is(":") && !toks[q].is(".") && !toks[q].is(";") {
				q++
			}
		}
		if q >= len(toks) || !toks[q].is(":") {
			return nil, 0
		}
		k = q
	}
	if k < len(toks) && toks[k].is(":") {
		k++
	}
	// A committee ("Huyện ủy") names its place without the unit word.
	f := textvi.Fold(m.base)
	committee := strings.HasSuffix(f, " uy") || f == "huyen uy" || f == "thanh uy" || f == "thi uy" || f == "quan uy"
	var out []orgMatch
	end := k
	last := false // after "và" comes the last name
	for k < len(toks) && toks[k].capitalized() && !allCaps(toks[k].text) {
		if _, hn := headAt(toks, k); hn > 0 {
			break // "…, UBND tỉnh Bình Thuận": the next body, not a name of the list
		}
		if _, tn := titleAt(toks, k); tn > 0 {
			break
		}
		e := k + 1
		for e < len(toks) && e < k+5 {
			if toks[e].capitalized() {
				e++
				continue
			}
			// "Ia H’Drai", "Bà Rịa-Vũng Tàu": a mark inside one name
			if (toks[e].is("’") || toks[e].is("'") || toks[e].is("-")) && e+1 < len(toks) && toks[e+1].capitalized() && toks[e].start == toks[e-1].end && toks[e+1].start == toks[e].end {
				e += 2
				continue
			}
			break
		}
		name := collapseSpace(textOf(text, toks, k, e))
		b := m
		b.i, b.j, b.generic, b.hasLevel = k, e, false, true
		b.unit = textvi.Fold(unit)
		if p, pn := provinceAt(toks, k); pn > 0 && k+pn == e && b.unit == "tinh" {
			b.region, b.base = p, m.base+" "+unit
		} else if b.unit == "tinh" {
			break // a province's list names provinces
		} else if committee {
			b.place, b.base = name, m.base+" "+name
		} else {
			b.place, b.base = name, m.base+" "+unit+" "+name
		}
		out = append(out, b)
		end = e
		if !last && e+1 < len(toks) && (toks[e].is(",") || toks[e].is("và")) && toks[e+1].capitalized() {
			last = toks[e].is("và")
			k = e + 1
			continue
		}
		break
	}
	if len(out) < 2 {
		return nil, 0 // one name is no list: "các huyện Đăk Glei" reads as it is
	}
	if count > 0 && len(out) != count {
		return nil, 0 // "UBND 3 xã: A, B" names fewer places than it counts: read none
	}
	return out, end
}

// insidePlace reports whether toks[j] is a later word of a province's name
// that starts after toks[i]: "Phòng" in "Hải Phòng".
func insidePlace(toks []token, i, j int) bool {
	for q := max(i+1, j-3); q < j; q++ {
		if _, pn := provinceAt(toks, q); q+pn > j {
			return true
		}
	}
	return false
}

// listCount returns the number a list's count token gives ("7", "bảy"),
// from 2 to 99, or 0.
func listCount(t token) int {
	if isDigits(t.text) && len(t.text) <= 2 {
		n, _ := strconv.Atoi(t.text)
		if n >= 2 {
			return n
		}
		return 0
	}
	return listCountWords[strings.ToLower(t.text)]
}

var listCountWords = map[string]int{"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}

// unitOfParent reads a unit that opens an item of a list ("Phòng …",
// "Ban …" right after ":" or ";"), named without its level, and its
// parent after a comma, the item ending with the parent ("…; Phòng Hành
// chính - Quản trị, Văn phòng UBND tỉnh A;"): one body, the unit with its
// parent, the comma dropped. It returns that body, or false.
func unitOfParent(text string, toks []token, m orgMatch) (orgMatch, bool) {
	if m.generic || m.hasLevel || len(m.head.words) != 1 || m.head.words[0] != "Phòng" && m.head.words[0] != "Ban" || m.j <= m.i+1 {
		return orgMatch{}, false
	}
	if m.i == 0 || !toks[m.i-1].is(";") && !toks[m.i-1].is(":") || m.j+1 >= len(toks) || !toks[m.j].is(",") {
		return orgMatch{}, false
	}
	p, ok := parseOrg(text, toks, m.j+1, 0)
	if !ok || p.generic || !p.hasLevel || p.j < len(toks) && !toks[p.j].is(";") && !toks[p.j].is(".") {
		return orgMatch{}, false
	}
	c := p
	c.base = collapseSpace(textOf(text, toks, m.i, m.j)) + " " + p.base
	c.i = m.i
	return c, true
}

// unitCodeRe is the code a department of the police is named by: two
// capitals and two digits ("PC03", "PA06", "PK20").
var unitCodeRe = regexp.MustCompile(`^[A-Z]{2}[0-9]{2}$`)

// codedUnits reads police departments named by their code, written bare
// ("Phòng PC03"), and the codes listed after the first with "Phòng"
// written once ("Phòng PC01, PC02, PC09 và PK20"): one body each. The
// last code must end the name: "Phòng PC03 Công an tỉnh A" is read by
// parseOrg with its force. It returns the bodies and the end of the list,
// or nil (round 49).
func codedUnits(text string, toks []token, i int) ([]orgMatch, int) {
	if i+1 >= len(toks) || toks[i].text != "Phòng" && toks[i].text != "Đội" || !unitCodeRe.MatchString(toks[i+1].text) {
		return nil, 0
	}
	ends := func(k int) bool {
		return k >= len(toks) || !toks[k].capitalized() && !isDigits(toks[k].text)
	}
	if !ends(i + 2) {
		return nil, 0
	}
	unit := func(k int) orgMatch {
		return orgMatch{i: k, j: k + 1, base: toks[i].text + " " + toks[k].text, head: orgHead{words: []string{toks[i].text}}}
	}
	first := unit(i + 1)
	first.i = i
	out := []orgMatch{first}
	end := i + 2
	for end+1 < len(toks) && (toks[end].is(",") || toks[end].is("và")) && unitCodeRe.MatchString(toks[end+1].text) && ends(end+2) {
		out = append(out, unit(end+1))
		end += 2
	}
	return out, end
}

// armyCodeRe is an army unit's code: capitals, then digits ("K3", "D445").
var armyCodeRe = regexp.MustCompile(`^[A-Z]{1,3}[0-9]{1,3}$`)

// armyArms are the arms of the army, folded, that name a unit before its
// number: "Tiểu đoàn bộ binh 1".
var armyArms = map[string]bool{"bo binh": true, "phao binh": true, "cong binh": true, "dac cong": true, "thong tin": true, "trinh sat": true, "xe tang": true}

// armyUnitEnd returns the end of an army unit's name after its head at
// toks[k]: a number ("Trung đoàn 48"), a code of capitals and digits
// ("Tiểu đoàn K3"), its arm and a number ("Tiểu đoàn bộ binh 1"), or up to three capitalized words that are no family
// name first ("Tiểu đoàn Tam Thường"); else k (round 52).
func armyUnitEnd(toks []token, k int) int {
	if k >= len(toks) {
		return k
	}
	if isDigits(toks[k].text) && len(toks[k].text) <= 3 || armyCodeRe.MatchString(toks[k].text) {
		return k + 1
	}
	if k+2 < len(toks) && armyArms[toks[k].fold+" "+toks[k+1].fold] && toks[k].lower() && isDigits(toks[k+2].text) && len(toks[k+2].text) <= 3 {
		return k + 3 // "Tiểu đoàn bộ binh 1": its arm, then its number
	}
	if isSurname(toks[k]) {
		return k
	}
	e := k
	for e < len(toks) && e < k+3 && toks[e].capitalized() && !allCaps(toks[e].text) {
		if _, hn := headAt(toks, e); hn > 0 {
			break
		}
		e++
	}
	return e
}

// countedBodies reads the bodies a count of them names one by one: "4 tập
// thể Công ty Cơ điện Trường Hải, VINA MAZDA Trường Hải, Công ty Cơ khí
// Chu Lai - Trường Hải và Trung tâm R&D THACO", a colon or "gồm" between
// them too. Each item is a body the rules read, whatever its level, or a
// brand written in capitalized words alone; the list must hold as many
// items as the count says, which tells the list from a sentence that goes
// on. It returns the bodies and the end of the list, or nil (round 51).
func countedBodies(text string, toks []token, i int) ([]orgMatch, int) {
	if i+3 >= len(toks) || !toks[i+1].is("tập") || !toks[i+2].is("thể") {
		return nil, 0
	}
	n := numberWord(toks[i])
	if isDigits(toks[i].text) && len(toks[i].text) == 1 {
		n = int(toks[i].text[0] - '0')
	}
	if n < 2 {
		return nil, 0
	}
	k := i + 3
	if toks[k].is(":") || toks[k].is("gồm") {
		k++
	}
	var out []orgMatch
	for len(out) < n && k < len(toks) && toks[k].capitalized() {
		e := k
		for e < len(toks) && !toks[e].is(",") && !toks[e].is("và") && !toks[e].is(".") && !toks[e].is(";") && e < k+12 {
			e++
		}
		m, ok := parseOrg(text, toks, k, 0)
		switch {
		case ok && m.j == e && !m.generic:
			m.hasLevel = true // a body of the list, named as the count says
		case brandRun(toks, k, e):
			m = orgMatch{i: k, j: e, base: collapseSpace(textOf(text, toks, k, e)), head: orgHead{words: []string{toks[k].text}}, hasLevel: true}
		default:
			return nil, 0
		}
		out = append(out, m)
		k = e
		if len(out) < n {
			if k >= len(toks) || !toks[k].is(",") && !toks[k].is("và") {
				return nil, 0
			}
			k++
		}
	}
	if len(out) != n || k < len(toks) && !toks[k].is(".") && !toks[k].is(";") {
		return nil, 0
	}
	return out, k
}

// brandRun reports whether toks[k:e] is a brand: two words at least, each
// capitalized, joined by "-" or "&" at most ("VINA MAZDA Trường Hải"), and
// no person's name (a family name first).
func brandRun(toks []token, k, e int) bool {
	if e-k < 2 || isSurname(toks[k]) {
		return false
	}
	for q := k; q < e; q++ {
		if !toks[q].capitalized() && !toks[q].is("-") && !toks[q].is("&") {
			return false
		}
	}
	return toks[e-1].capitalized()
}

// departmentFieldEnd returns the end of a department's field that starts
// at toks[j]: a capitalized word, not a family name, then one to four
// words in lower case ("Điều trị tia xạ", "Chẩn đoán hình ảnh"); or j.
// A verb or a word of a sentence ends it (round 51).
func departmentFieldEnd(toks []token, j int) int {
	if j >= len(toks) || !toks[j].capitalized() || isSurname(toks[j]) {
		return j
	}
	k := lowerFieldEnd(toks, j+1)
	if k == j+1 {
		return j
	}
	for k+1 < len(toks) && (toks[k].is(",") || toks[k].is("-") || toks[k].is("và")) {
		// "Khoa Xét nghiệm, Chẩn đoán hình ảnh và thăm dò chức năng",
		// "Khoa Tiểu học - Mầm non": fields listed, one department; a
		// body or a person after the comma ends it.
		q := k + 1
		if toks[q].capitalized() {
			if _, hn := headAt(toks, q); hn > 0 || isSurname(toks[q]) {
				break
			}
			if _, tn := titleAt(toks, q); tn > 0 {
				break
			}
			q++
		} else if !toks[k].is("và") {
			break
		}
		e := lowerFieldEnd(toks, q)
		if e == q || toks[k].is("và") && !toks[q-1].capitalized() && e < len(toks) && toks[e].word {
			break // a field in lower case only after "và", closing the name
		}
		k = e
	}
	return k
}

// lowerFieldEnd returns the end of up to four words in lower case from
// toks[k] that may be a field's, no verb or word of a sentence among them.
func lowerFieldEnd(toks []token, k int) int {
	e := k
	for e < len(toks) && e < k+4 && toks[e].lower() && !isStopWord(toks[e].text) && !companyTradeStop[toks[e].fold] && anyAt(lowerVerbs, toks, e) == 0 {
		e++
	}
	return e
}
