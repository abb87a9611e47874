package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// Person is a person named in a story, with the positions the story gives.
type Person struct {
	Name      string
	Span      Span // the first mention
	Positions []Position
	Mentions  int // by name, or by a title only they hold in this story
}

// Key identifies a person within a story: the folded name.
func (p Person) Key() string { return textvi.Fold(p.Name) }

// Position is a title in an organization: "Trưởng Ban" in "Ban Tuyên giáo
// Tỉnh ủy".
type Position struct {
	Title string
	Org   Org
	Span  Span
}

// posMatch is a title and its organization as parsed, before resolution.
type posMatch struct {
	title      string
	org        orgMatch
	hasOrg     bool
	former     bool // after "nguyên": the body is named, the post is no longer held
	start, end int  // bytes
}

// sharedRank reports whether post a, written bare, shares the body of post
// b written after it with a comma: a minister's rank before the title of
// the body its holder heads ("Bộ trưởng, Chủ nhiệm …"), or "Bí thư" before
// a Lao governor's title ("Bí thư, Tỉnh trưởng tỉnh X").
func sharedRank(text string, a, b posMatch) bool {
	if a.hasOrg || !b.hasOrg || a.end > b.start || strings.TrimSpace(text[a.end:b.start]) != "," {
		return false
	}
	fa, fb := textvi.Fold(a.title), textvi.Fold(b.title)
	switch fa {
	case "bo truong", "thu truong":
		return true
	case "bi thu":
		return fb == "tinh truong" || fb == "pho tinh truong"
	}
	return false
}

// repeatedHead reports whether the headLen words before toks[i], a
// title's last words that are also its body's head ("ban", "văn phòng"),
// are written again from toks[i], capitalized, as the body's name begins:
// "Trưởng ban Ban Kinh tế - Ngân sách", "Chánh Văn phòng Văn phòng …".
// The body read from there must go past its head, read no less than
// the title's shared head does ("Trưởng đoàn Đoàn nghệ thuật dân tộc tỉnh
// …" is read so already) and not stop at a title ("Ban Quản lý Lăng Chủ
// tịch Hồ Chí Minh" would be cut at "Chủ tịch").
func repeatedHead(text string, toks []token, i, headLen int) bool {
	if headLen == 0 || i-headLen < 0 || i+headLen > len(toks) || !toks[i].capitalized() {
		return false
	}
	for n := 0; n < headLen; n++ {
		if toks[i+n].fold != toks[i-headLen+n].fold {
			return false
		}
	}
	m, ok := parseOrg(text, toks, i, 0)
	if !ok || m.j <= i+headLen {
		return false
	}
	if old, ok := parseOrg(text, toks, i-headLen, headLen); ok && old.j > m.j {
		return false
	}
	if _, tn := titleAt(toks, m.j); tn > 0 {
		return false
	}
	return true
}

// parseTitles parses a list of titles from toks[k]: "Ủy viên Ban Thường vụ,
// Trưởng Ban Tuyên giáo Tỉnh ủy". It returns the positions and the token
// index after the list.
func parseTitles(text string, toks []token, k int) ([]posMatch, int) {
	var out []posMatch
	end := k
	bracketFormer := false // "(nguyên Phó Bí thư, Chủ tịch UBND xã A)": every post of the bracket is former (round 39)
	for {
		former := bracketFormer
		if toks2 := k + 1; k < len(toks) && (toks[k].is("nguyên") || toks[k].is("Nguyên")) && toks2 < len(toks) {
			if _, n := titleAtAnyCase(toks, toks2); n > 0 {
				bracketFormer = len(out) == 0 && k > 0 && toks[k-1].is("(")
				former, k = true, toks2 // "nguyên Giám đốc Sở Tài chính": a former post
			}
		}
		if k+1 < len(toks) && (toks[k].is("tân") || toks[k].is("Tân")) && !former {
			if _, tn := titleAt(toks, k+1); tn > 0 {
				k++ // "ông A, tân Chủ tịch UBND tỉnh": a post just taken up, held now
			}
		}
		acting := false
		if k+1 < len(toks) && (toks[k].is("quyền") || toks[k].is("Quyền")) {
			if _, tn := titleAt(toks, k+1); tn > 0 {
				acting, k = true, k+1 // "ông A, quyền Chủ tịch UBND tỉnh", "Quyền Bí thư Tỉnh ủy": an acting post
			}
		}
		t, n := titleAt(toks, k)
		loose := false
		if n == 0 && k < len(toks) && toks[k].lower() && (k == 0 || !toks[k-1].lower() || former || postWordBefore(toks, k) || lowerTitleBeforeBody(toks, k)) {
			// "…, nguyên giám đốc sở Y tế", "- Bí thư huyện uỷ": in an
			// apposition a title may be in lower case when a body follows.
			t, n = titleAtAnyCase(toks, k)
			loose = n > 0
		}
		if n == 0 {
			if e := centralMemberAt(toks, k); e > k {
				// "UVT.Ư Đảng", "UVTW": a member of the Central Committee.
				out = append(out, posMatch{title: "Ủy viên", org: orgMatch{i: k, j: e, base: "Trung ương Đảng", hasLevel: true}, hasOrg: true, former: former, start: toks[k].start, end: toks[e-1].end})
				end = e
				if e+1 < len(toks) && (toks[e].is(",") || toks[e].is("-") || toks[e].is("–")) {
					if _, tn := titleAt(toks, e+1); tn > 0 {
						k = e + 1
						continue
					}
				}
			}
			break
		}
		pm := posMatch{title: writtenOut(collapseSpace(textOf(text, toks, k, k+n))), start: toks[k].start, end: toks[k+n-1].end, former: former}
		if acting {
			pm.title, pm.start = toks[k-1].text+" "+pm.title, toks[k-1].start // as written
		}
		next := k + n
		orgStart, headLen := k+n, 0
		if t.sharesHead {
			headLen = 1
			if len(t.words) >= 2 && (t.words[len(t.words)-2] == "van" || t.words[len(t.words)-2] == "thanh") { // "Văn phòng", "Thanh tra"
				headLen = 2
			}
			orgStart = k + n - headLen
			if repeatedHead(text, toks, k+n, headLen) {
				// "Trưởng ban Ban Văn hóa - Xã hội HĐND tỉnh", "Phó Trưởng
				// ban Ban Quản lý Lăng …": the body's name written in full
				// after the title, its head word said twice (round 47).
				orgStart, headLen = k+n, 0
			}
		}
		if d, ok := servedDepartment(text, toks, orgStart, k+n); ok && t.sharesHead {
			// "Phó Chánh văn phòng Sở Giáo dục và Đào tạo tỉnh": of the
			// department the office serves (round 39).
			pm.org, pm.hasOrg = d, true
			pm.end = toks[d.j-1].end
			next = d.j
		} else if body, ok := memberTitles[strings.Join(t.words, " ")]; ok {
			pm.org, pm.hasOrg = orgMatch{i: k, j: k + 2, base: body, hasLevel: true}, true
			pm.title = "Ủy viên" // a "Tỉnh ủy viên" is an Ủy viên of the Tỉnh ủy
			if next+1 < len(toks) && (toks[next].is("khóa") || toks[next].is("khoá")) && (romanValue(toks[next+1].text) > 0 || isDigits(toks[next+1].text)) {
				// "Thành ủy viên khóa 16, Giám đốc Sở …": the member's term
				// is read over, and the posts after it are read (round 49).
				next += 2
			}
		} else if m, ok := parseOrg(text, toks, orgStart, headLen); ok && m.j > k+n-headLen {
			if !t.sharesHead || m.j > k+n {
				if served, ok := servedBody(text, toks, orgStart, m); ok {
					m = served // "Chánh Văn phòng UBND tỉnh": of the UBND tỉnh
				}
				pm.org, pm.hasOrg = m, true
				pm.end = toks[m.j-1].end
				next = m.j
			}
		} else if _, fn := headAtFold(toks, orgStart); fn > 0 && headLen == 0 && toks[orgStart].lower() {
			// "Bí thư huyện uỷ", "giám đốc sở Tài chính": the body in lower case.
			if m, ok := parseOrg(text, toks, orgStart, fn); ok {
				pm.org, pm.hasOrg = m, true
				pm.end = toks[m.j-1].end
				next = m.j
			}
		}
		if loose && !pm.hasOrg {
			break
		}
		if body, ok := impliedBodies[strings.Join(t.words, " ")]; ok && !pm.hasOrg {
			// "Thủ tướng Nguyễn Xuân Phúc": the Prime Minister heads the
			// Government, named or not.
			// "Thường trực Ban Bí thư" writes its body; "Thủ tướng" does not.
			implied := !strings.HasSuffix(strings.Join(t.words, " "), textvi.Fold(body))
			pm.org, pm.hasOrg = orgMatch{i: k, j: k + n, base: body, hasLevel: true, implied: implied}, true
		}
		if f := strings.Join(t.words, " "); (f == "tinh truong" || f == "pho tinh truong") && !pm.hasOrg && next+1 < len(toks) && toks[next].is("tỉnh") && toks[next+1].capitalized() {
			// "Phó Tỉnh trưởng tỉnh Champasak": a Lao province's governor;
			// the province, one capitalized word, a run of them or parts
			// joined by hyphens ("Phong-Sa-Ly"), is the post's place. It
			// is no body of the story: the post says it, as "Thủ tướng"
			// says the Chính phủ.
			e := next + 2
			for e < len(toks) && e < next+6 {
				if toks[e].capitalized() && e < next+4 {
					e++
				} else if e+1 < len(toks) && (toks[e].is("-") || toks[e].is("–")) && toks[e].start == toks[e-1].end && toks[e+1].start == toks[e].end && toks[e+1].capitalized() {
					e += 2
				} else {
					break
				}
			}
			if _, pn := provinceAt(toks, next+1); pn == 0 {
				pm.org, pm.hasOrg = orgMatch{i: next, j: e, base: collapseSpace(textOf(text, toks, next, e)), hasLevel: true, implied: true}, true
				pm.end = toks[e-1].end
				next = e
			}
		}
		if f := strings.Join(t.words, " "); (f == "chu tich" || f == "pho chu tich") && !pm.hasOrg && next < len(toks) && toks[next].is("tỉnh") {
			// "ông A, Chủ tịch tỉnh, …", "Chủ tịch tỉnh Đồng Nai": the
			// chair of the province is the chair of its people's
			// committee.
			p, pn := provinceAt(toks, next+1)
			if pn > 0 || next+1 == len(toks) || !toks[next+1].capitalized() {
				pm.org, pm.hasOrg = orgMatch{i: next, j: next + 1 + pn, base: "UBND tỉnh", region: p, head: orgHead{words: []string{"UBND"}, complete: true}, unit: "tinh", unitAt: next, hasLevel: true, implied: true}, true
				next += 1 + pn
				pm.end = toks[next-1].end
			}
		}
		if _, ok := stateOffices[strings.Join(t.words, " ")]; ok && !pm.hasOrg && (!(k > 0 && officeNotHeld[toks[k-1].text]) || nameNext(toks, next)) {
			// "Chủ tịch nước Võ Văn Thưởng": an office of the State is a
			// post of its own, held in no body. After "của" a name right
			// after it is still its holder ("lời kêu gọi của Tổng Bí thư
			// Nguyễn Phú Trọng").
			pm.hasOrg = true
		}
		if hamletHeads[strings.Join(t.words, " ")] && !pm.hasOrg {
			// "Ông Lê Văn Thu – Xóm trưởng xóm 9, xã Nghi Phong": the
			// hamlet's head holds a post in no body; the hamlet after it
			// is a place (round 53).
			pm.hasOrg = true
		}
		if _, ok := ownBodyTitles[strings.Join(t.words, " ")]; ok && !pm.hasOrg && next < len(toks) && !toks[next].capitalized() && !toks[next].is(",") {
			// "Ông A, Ủy viên Ban Thường vụ Tỉnh ủy, Chánh thanh tra được
			// bầu làm …": the inspector's title names the inspectorate
			// he heads; written bare, it is a post with no body named.
			pm.hasOrg = true
		}
		if !pm.hasOrg && !t.sharesHead && next+2 < len(toks) && toks[next].is(",") {
			// "Giám đốc, Công an tỉnh", "Giám đốc, Sở Y tế": the body after
			// a comma, as lists of members write it; not another title.
			// "Phó Chủ tịch thường trực, thay mặt UBND tỉnh": the body the
			// holder acts for.
			b := next + 1
			if b+2 < len(toks) && toks[b].is("thay") && toks[b+1].is("mặt") {
				b += 2
			}
			if _, hn := headAt(toks, b); hn > 0 {
				if _, tn := titleAt(toks, b); tn == 0 {
					if m, ok := parseOrg(text, toks, b, 0); ok && !m.generic && m.hasLevel {
						pm.org, pm.hasOrg = m, true
						pm.end = toks[m.j-1].end
						next = m.j
					}
				}
			}
		}
		if !pm.hasOrg && next+3 < len(toks) && toks[next].is("phụ") && toks[next+1].is("trách") {
			// "Phó chủ tịch phụ trách Hội LHPN tỉnh": the title's body is
			// the one it is in charge of, named after it; a title sharing
			// its body's head too ("Phó Trưởng đoàn phụ trách Đoàn Đại
			// biểu Quốc hội tỉnh", round 50).
			if _, hn := headAt(toks, next+2); hn > 0 {
				if m, ok := parseOrg(text, toks, next+2, 0); ok && !m.generic && m.hasLevel {
					pm.org, pm.hasOrg = m, true
					pm.end = toks[m.j-1].end
					next = m.j
				}
			}
		}
		if !pm.hasOrg && boardTitles[textvi.Fold(writtenOut(pm.title))] && brandInCapsAt(toks, next) {
			// "Chủ tịch HĐQT THACO": the company of the board, by its
			// brand in capitals (round 52).
			pm.org = orgMatch{i: next, j: next + 1, base: toks[next].text, head: orgHead{words: []string{toks[next].text}}, hasLevel: true}
			pm.hasOrg = true
			pm.end = toks[next].end
			next++
		}
		if !pm.hasOrg {
			next = skipUnparsedOrg(text, toks, next, &pm)
		}
		if pm.hasOrg && councilHead(pm.org.head) && textvi.Fold(pm.title) == "thanh vien" {
			pm.title = "Ủy viên" // "miễn nhiệm thành viên UBND tỉnh": a people's committee's member is its Ủy viên
		}
		out = append(out, pm)
		end = next
		if pm.hasOrg {
			if e := termAfter(toks, next); e > next && e+1 < len(toks) && toks[e].is(",") {
				// "Ủy viên Ban Thường vụ Tỉnh ủy A nhiệm kỳ 2020-2025, Phó
				// Chủ tịch UBND tỉnh A": the term of one post, then the next.
				if _, tn := titleAt(toks, e+1); tn > 0 {
					k = e + 1
					continue
				}
			}
		}
		if next+2 < len(toks) && toks[next].is("và") && toks[next+1].is("là") {
			// "ông A- Phó Bí thư Tỉnh ủy và là Phó Chủ tịch UBND tỉnh X":
			// "và là" joins a second post of the same person.
			if _, tn := titleAt(toks, next+2); tn > 0 {
				k = next + 2
				continue
			}
		}
		if pm.hasOrg && next < len(toks) && toks[next].capitalized() {
			// "Bí thư Tỉnh ủy Chủ tịch HĐND tỉnh Quảng Ngãi": a comma left
			// out between two posts.
			if _, tn := titleAt(toks, next); tn > 0 {
				k = next
				continue
			}
		}
		if next+1 < len(toks) && toks[next].is(",") {
			next += rankBetweenTitles(toks, next+1) // "Ủy viên Ban Thường vụ Tỉnh ủy, Đại tá, Chỉ huy trưởng …"
		}
		if next+2 < len(toks) && toks[next].is(",") && toks[next+1].is("kiêm") {
			next++ // "Phó Chủ tịch, kiêm Trưởng ban Dân tộc HĐND tỉnh"
		}
		if next+1 < len(toks) && (toks[next].is(",") || toks[next].is("kiêm") || toks[next].is("-") || toks[next].is("–")) {
			// "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy": a dash joins titles too.
			if _, tn := titleAt(toks, next+1); tn > 0 {
				k = next + 1
				continue
			}
			if next+2 < len(toks) && toks[next+1].is("nguyên") {
				if _, tn := titleAtAnyCase(toks, next+2); tn > 0 {
					k = next + 1
					continue
				}
			}
			if toks[next+1].lower() && deputy.matchAt(toks, next+1) > 0 {
				if _, hn := headAt(toks, next+1+len(deputy)); hn > 0 {
					// "ông A, Phó Bí thư Tỉnh ủy, đại biểu HĐND tỉnh khóa
					// VIII giữ chức …": a council's deputy in lower case
					// among the titles (round 32).
					k = next + 1
					continue
				}
			}
		}
		break
	}
	for i := 0; i+1 < len(out); i++ {
		if sharedRank(text, out[i], out[i+1]) {
			// "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thứ trưởng, Phó
			// Chủ nhiệm Ủy ban Dân tộc": a minister's rank written bare
			// is of the body its holder heads, named next; "Bí thư, Tỉnh
			// trưởng tỉnh X": a Lao province's secretary is its own.
			out[i].org, out[i].hasOrg = out[i+1].org, true
		}
		if f := textvi.Fold(writtenOut(out[i].title)); !out[i].hasOrg && out[i+1].hasOrg && boardTitles[f] && out[i+1].start > 0 && kiemBetween(text, out[i], out[i+1]) {
			// "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty Cổ phần A": the
			// board's chair of the company its director runs (round 34).
			out[i].org, out[i].hasOrg = out[i+1].org, true
		}
		if f := textvi.Fold(out[i].title); !out[i].hasOrg && out[i+1].hasOrg && (f == "chu tich" || f == "pho chu tich") {
			// "Phó Chủ tịch kiêm Trưởng ban Dân tộc HĐND tỉnh A": the chair
			// written bare is of the council whose board comes next.
			if m, ok := councilWithin(text, toks, out[i+1].org); ok {
				out[i].org, out[i].hasOrg = m, true
			}
		}
	}
	for i := range out {
		if out[i].hasOrg && barePartyPart(out[i].org) {
			out[i].org = partOfNext(text, toks, out[i].org, out[i+1:])
		}
	}
	// "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy": the first
	// organization takes the level the last one names; "Phó Bí thư Tỉnh ủy,
	// Chủ tịch UBND tỉnh Cà Mau": and the province.
	for i := len(out) - 2; i >= 0; i-- {
		if out[i].hasOrg && out[i+1].hasOrg && out[i].org.base != "" && !barePartyPart(out[i].org) {
			out[i].org = out[i].org.withLevel(out[i+1].org)
			if out[i].org.region == "" && out[i].org.unit == "" && out[i+1].org.region != "" && out[i+1].org.unit == "tinh" && out[i].org.provincial() {
				out[i].org.region = out[i+1].org.region
			}
			// "Bí thư Huyện ủy, Chủ tịch HĐND huyện Quỳ Châu": the district's;
			// "Bí thư Thành ủy, Chủ tịch UBND TP Hà Tiên": the city's.
			// "Ủy viên Ban Thường vụ Thành ủy, Chủ nhiệm Ủy ban Kiểm tra
			// Thành ủy TP.HCM": a board named by its committee too; a city
			// written short keeps its unit word ("TP.HCM", not "HCM").
			if f := textvi.Fold(out[i].org.base); out[i].org.unit == "" && out[i+1].org.place != "" && (committeeEnds(f, "huyen uy") || committeeEnds(f, "quan uy") || committeeEnds(f, "thi uy") || committeeEnds(f, "thanh uy") && out[i+1].org.unit == "thanh pho") {
				out[i].org.base += " " + placeWritten(text, toks, out[i+1].org)
				out[i].org.place = out[i+1].org.place
			}
		}
	}
	return out, end
}

// boardTitles are the titles of a company's board chair, folded, which
// name the board but not the company.
var boardTitles = map[string]bool{
	"chu tich hdqt": true, "pho chu tich hdqt": true, "chu tich hdtv": true,
	"chu tich hoi dong quan tri": true, "pho chu tich hoi dong quan tri": true,
	"chu tich hoi dong thanh vien": true, "pho chu tich hoi dong thanh vien": true,
}

// brandInCapsAt reports whether toks[k] is a company's brand in capitals
// alone, three letters or more and no body's head or title ("THACO"),
// closing the phrase: a mark, the text's end, a word in lower case or
// the holder's name ("Chủ tịch HĐQT THACO Trần Bá Dương").
func brandInCapsAt(toks []token, k int) bool {
	if k >= len(toks) || !allCaps(toks[k].text) || utf8.RuneCountInString(toks[k].text) < 3 || !strings.ContainsFunc(toks[k].text, unicode.IsLetter) {
		return false
	}
	if _, hn := headAt(toks, k); hn > 0 {
		return false
	}
	if _, tn := titleAt(toks, k); tn > 0 {
		return false
	}
	return k+1 == len(toks) || !toks[k+1].word || toks[k+1].lower() || isSurname(toks[k+1]) && toks[k+1].capitalized() && !allCaps(toks[k+1].text)
}

// kiemBetween reports whether only "kiêm" stands between two titles.
func kiemBetween(text string, a, b posMatch) bool {
	if a.end > b.start || b.start > len(text) {
		return false
	}
	return strings.TrimSpace(text[a.end:b.start]) == "kiêm"
}

// councilWithin returns the people's council a board's name ends with:
// "HĐND tỉnh A" of "Ban Dân tộc HĐND tỉnh A".
func councilWithin(text string, toks []token, m orgMatch) (orgMatch, bool) {
	for c := m.i + 1; c < m.j; c++ {
		if councilHeadAt(toks, c) {
			return parseOrg(text, toks, c, 0)
		}
	}
	return orgMatch{}, false
}

// committeeEnds reports whether the folded name f is the committee c or
// ends with it ("ban thuong vu thanh uy").
func committeeEnds(f, c string) bool {
	return f == c || strings.HasSuffix(f, " "+c)
}

// placeWritten is the place of m as its name is to carry it: the place's
// own name ("Hà Tiên"), but with its unit word when the name is only
// initials ("TP.HCM").
func placeWritten(text string, toks []token, m orgMatch) string {
	if !allCaps(m.place) || m.unitAt <= 0 {
		return m.place
	}
	for e := m.unitAt; e < m.j && e < len(toks); e++ {
		if toks[e].text == m.place {
			return textOf(text, toks, m.unitAt, e+1)
		}
	}
	return m.place
}

// servedBody is the body the office at toks[v] serves when the title
// before it names its head ("Chánh Văn phòng", "Phó Chánh Văn phòng"):
// the title's own office is no body of the story, the UBND or Tỉnh ủy it
// serves is ("Chánh Văn phòng UBND tỉnh Sơn La"). An office of several
// bodies ("Văn phòng HĐND và UBND huyện") is left whole, as is office, the
// match of "Văn phòng …".
func servedBody(text string, toks []token, v int, office orgMatch) (orgMatch, bool) {
	if v < 1 || v+2 >= len(toks) || toks[v-1].fold != "chanh" || toks[v].fold != "van" || toks[v+1].fold != "phong" {
		return orgMatch{}, false
	}
	m, ok := parseOrg(text, toks, v+2, 0)
	if !ok || m.generic || m.j != office.j {
		return orgMatch{}, false
	}
	return m, true
}

// servedDepartment is the body named right after a title that ends with
// the office's own words ("Chánh Văn phòng", "Phó Chánh văn phòng" at
// toks[v] and toks[v+1], the body at toks[j]): "Phó Chánh văn phòng Sở
// Giáo dục và Đào tạo tỉnh" is of the Sở, which the office serves, when
// it names its level.
func servedDepartment(text string, toks []token, v, j int) (orgMatch, bool) {
	if v < 1 || j != v+2 || j >= len(toks) || toks[v-1].fold != "chanh" || toks[v].fold != "van" || toks[v+1].fold != "phong" || !toks[j].capitalized() {
		return orgMatch{}, false
	}
	m, ok := parseOrg(text, toks, j, 0)
	if !ok || m.generic || !m.hasLevel || m.i != j {
		return orgMatch{}, false
	}
	return m, true
}

// barePartyPart reports whether m is a party body of another written
// alone, whose body an apposition names in a later post: "Bí thư Đảng ủy,
// Chủ tịch HĐND phường A", "Bí thư Đảng đoàn, Chủ tịch Hội CCB Việt Nam".
func barePartyPart(m orgMatch) bool {
	switch textvi.Fold(m.base) {
	case "dang uy", "dang doan", "ban can su dang":
		return m.unit == "" && m.region == ""
	}
	return false
}

// partOfNext completes a bare party body m with the first later post's
// body that is not the Party's own: a party group is that body's ("Đảng
// đoàn Hội CCB Việt Nam"), a party committee that of its commune or
// district ("Bí thư Đảng ủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND
// phường A": "Đảng ủy phường A"), never "Đảng ủy Tỉnh ủy". With no such
// body it stays as written.
func partOfNext(text string, toks []token, m orgMatch, later []posMatch) orgMatch {
	for _, p := range later {
		n := p.org
		f := textvi.Fold(n.base)
		if !p.hasOrg || n.base == "" || strings.HasSuffix(f, " uy") || strings.HasPrefix(f, "ban thuong vu") || strings.HasPrefix(f, "ban chap hanh") || f == "trung uong dang" || f == "ban chap hanh trung uong" {
			continue // the Party's own bodies: a member of the province's board is no part of it
		}
		if textvi.Fold(m.base) != "dang uy" {
			m.base += " " + n.base
			m.region, m.unit, m.place, m.hasLevel = n.region, n.unit, n.place, n.hasLevel
			return m
		}
		if n.unit == "" || n.unit == "tinh" || n.unitAt <= n.i || n.unitAt >= len(toks) {
			return m
		}
		if at := strings.Index(n.base, " "+toks[n.unitAt].text+" "); at >= 0 {
			m.base += n.base[at:]
			m.region, m.unit, m.place, m.hasLevel = n.region, n.unit, n.place, true
		}
		return m
	}
	return m
}

// centralMemberAt reads the abbreviation of "Ủy viên Trung ương Đảng" at
// toks[k] ("UVTƯ", "UVTW", "UVT.Ư", with "Đảng" or not) and returns the
// token after it, or k.
func centralMemberAt(toks []token, k int) int {
	e := k
	switch {
	case k < len(toks) && (toks[k].is("UVTƯ") || toks[k].is("UVTW")):
		e = k + 1
	case k+2 < len(toks) && toks[k].is("UVT") && toks[k+1].is(".") && (toks[k+2].is("Ư") || toks[k+2].is("W")):
		e = k + 3
	default:
		return k
	}
	if e < len(toks) && toks[e].is("Đảng") {
		e++
	}
	return e
}

// centralCommittee is how a member's title names the Party's Central
// Committee: "Ủy viên Trung ương Đảng".
var centralCommittee = []phrase{newPhrase("Trung ương Đảng"), newPhrase("Trung ương")}

// centralShort is the Central Committee written short after a member's
// title: "Ủy viên TW Đảng" (TƯ folds as TW does not, so both are listed).
var centralShort = []phrase{newPhrase("TW Đảng"), newPhrase("TƯ Đảng")}

// centralDottedAt reads the Central Committee written short with a stop
// between its letters after a member's title ("Ủy viên T.Ư Đảng", "T.W
// Đảng") and returns how many tokens it covers, or 0.
func centralDottedAt(toks []token, k int) int {
	if k+3 < len(toks) && toks[k].is("T") && toks[k+1].is(".") && (toks[k+2].is("Ư") || toks[k+2].is("W")) && toks[k+3].is("Đảng") {
		return 4
	}
	return 0
}

// skipUnparsedOrg handles what follows a title when no organization rule
// matched: "Trung ương Đảng" is the Central Committee; other capitalized
// words are an organization the rules do not know, skipped so that the list
// of titles goes on ("…, Bí thư Tỉnh ủy").
func skipUnparsedOrg(text string, toks []token, k int, pm *posMatch) int {
	n := anyAt(centralShort, toks, k)
	if n == 0 {
		n = centralDottedAt(toks, k)
	}
	if n > 0 && foreignPartyTail(toks, k+n) > 0 {
		// "Ủy viên T.Ư Đảng nhân dân cách mạng Lào": the Lao party's
		// Centre, as written (round 40).
		n += foreignPartyTail(toks, k+n)
		pm.org = orgMatch{i: k, j: k + n, base: textOf(text, toks, k, k+n), hasLevel: true}
		pm.hasOrg = true
		pm.end = toks[k+n-1].end
		return k + n
	}
	if n > 0 {
		// "Ủy viên TW Đảng": the Central Committee written short.
		pm.org = orgMatch{i: k, j: k + n, base: "Trung ương Đảng", hasLevel: true}
		pm.hasOrg = true
		pm.end = toks[k+n-1].end
		return k + n
	}
	for _, p := range centralCommittee {
		if n := p.matchAt(toks, k); n > 0 && toks[k].capitalized() {
			pm.org = orgMatch{i: k, j: k + n, base: "Ban Chấp hành Trung ương", hasLevel: true}
			pm.hasOrg = true
			pm.end = toks[k+n-1].end
			return k + n
		}
	}
	for k < len(toks) && (toks[k].capitalized() || toks[k].lower() && k > 0 && toks[k-1].capitalized() && !isStopWord(toks[k].text)) {
		if toks[k].is("kiêm") {
			break // "Chủ tịch HĐQT kiêm TGĐ Công ty …": the next title, not a body (round 34)
		}
		if ok := isSurname(toks[k]); ok && toks[k].capitalized() && k+1 < len(toks) && toks[k+1].capitalized() {
			// "Thủ tướng Nguyễn Xuân Phúc": a name, not an organization;
			// but "vụ" in "Thường vụ Tỉnh ủy" is no "Vũ".
			break
		}
		k++
	}
	return k
}

// memberTitles are titles that name their body: a "Tỉnh ủy viên" is a
// member of the Tỉnh ủy.
var memberTitles = map[string]string{"tinh uy vien": "Tỉnh ủy", "thanh uy vien": "Thành ủy"}

// impliedBodies are titles that say their body when the text does not:
// the Prime Minister and deputies are of the Government.
var impliedBodies = map[string]string{"thu tuong": "Chính phủ", "pho thu tuong": "Chính phủ", "thuong truc ban bi thu": "Ban Bí thư"}

// stateOffices are the offices of the State and the Party that are posts
// without a body: the General Secretary, the President, the
// Vice-President, the Standing Deputy Prime Minister.
var stateOffices = map[string]bool{"tong bi thu": true, "chu tich nuoc": true, "pho chu tich nuoc": true, "pho thu tuong thuong truc": true}

// nameNext reports whether a person's name starts at toks[k]: a family
// name and another capitalized word.
func nameNext(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].capitalized() && (isSurname(toks[k]) || femaleNameAt(toks, k)) && toks[k+1].capitalized()
}

// hamletHeads are the titles of a hamlet's head, folded: posts with no
// body, as gold lists mark "Trưởng bản" (not read: it folds as "Trưởng
// Ban", a board's head).
var hamletHeads = map[string]bool{"xom truong": true, "truong xom": true, "thon truong": true, "truong thon": true, "truong ap": true}

// ownBodyTitles are titles that name the body they head ("Thanh tra", the
// inspectorate): written bare, without the body's place, they are still a
// post.
var ownBodyTitles = map[string]bool{"chanh thanh tra": true, "pho chanh thanh tra": true}

// officeNotHeld are the words before an office of the State that say the
// person named next does not hold it: "thừa ủy quyền của Chủ tịch nước,
// Chủ tịch UBND tỉnh …", "nguyên Phó Chủ tịch nước".
var officeNotHeld = map[string]bool{"của": true, "quyền": true, "nhiệm": true, "nguyên": true, "Nguyên": true}

// nameAt reads a personal name at toks[k]: two to five capitalized words that
// start no title and no organization, or one word of a name of the Central
// Highlands written with an apostrophe ("K’Mák", "H’Mai"), whole by itself
// (round 44). It returns the token index after it.
func nameAt(toks []token, k int) (int, bool) {
	j, words := k, 0
	for j < len(toks) && toks[j].capitalized() && !allCaps(toks[j].text) {
		if _, n := titleAt(toks, j); n > 0 {
			break
		}
		if h, n := headAt(toks, j); n > 0 && (!h.place || unitAt(toks, j+n)) && !lastNameWord(toks, k, j, h, n) {
			break // "Thanh tra tỉnh" ends a name; "Phạm Thị Thanh Trà" is one
		}
		j++
		words++
		if j == k+1 && j+1 < len(toks) && (toks[j].is("văn") || toks[j].is("thị")) && isSurname(toks[k]) && toks[j+1].capitalized() && !allCaps(toks[j+1].text) {
			// "Phan văn Mãi": the middle name written in lower case, as
			// pages do; the name is read and written with its capital
			// (round 44).
			j++
			words++
		}
		for j+1 < len(toks) && toks[j].is("-") && toks[j+1].word && toks[j+1].lower() && toks[j-1].end == toks[j].start && toks[j].end == toks[j+1].start && !titleAfterHyphen(toks, j+1) {
			// "Xẳn-ty-phạp Phôm-vi-hẳn": a Lao name, its syllables
			// joined by hyphens, each part one word of the name (round 40).
			j += 2
		}
	}
	return j, words >= 2 && words <= 5 || words == 1 && apostropheName(toks[k].text)
}

// apostropheName reports whether w is one word of a name of the Central
// Highlands' peoples joined across an apostrophe, as tokenize joins them
// ("K’Mák", "Y'Bhin"): a name by itself after "ông", "bà" or in a list of
// people, though it has no family name (round 44). A capital, the
// apostrophe and letters: "K’" alone or "'s" is none.
func apostropheName(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	a, an := utf8.DecodeRuneInString(w[n:])
	if a != '’' && a != '\'' {
		return false
	}
	l, _ := utf8.DecodeRuneInString(w[n+an:])
	return unicode.IsLetter(l)
}

// titleAfterHyphen reports whether the lower-case word at toks[k], after
// a name and a hyphen, opens a post rather than a syllable of the name:
// "Phạm Đình Thu-nguyên Phó Bí thư" (a former post), "A-Phó Chủ tịch".
func titleAfterHyphen(toks []token, k int) bool {
	if _, n := titleAt(toks, k); n > 0 {
		return true
	}
	if k+1 < len(toks) && (toks[k].is("nguyên") || toks[k].is("đương")) {
		return true
	}
	_, n := titleAt(toks, k+1)
	return n > 0
}

// lastNameWord reports whether a bare head of one word at toks[j] that
// names no body ends the name begun at toks[k]: "Phạm Đài -", "Trần Văn
// Hội,": a head that needs a name after it ("Đài", "Hội", "Sở") and is
// followed by neither a capitalized word nor a unit is the name's last
// word.
func lastNameWord(toks []token, k, j int, h orgHead, n int) bool {
	if n != 1 || h.complete || j == k || !isSurname(toks[k]) {
		return false
	}
	return j+1 == len(toks) || !toks[j+1].capitalized() && !unitAt(toks, j+1) && !toks[j+1].is("&")
}

// unitAt reports whether a local unit starts at toks[j] ("tỉnh", "huyện",
// "thành phố", "TP"), as a body of a place needs after its head.
func unitAt(toks []token, j int) bool {
	if j < len(toks) && toks[j].is("TP") {
		return true
	}
	for _, u := range localUnits {
		if u.matchAt(toks, j) > 0 && toks[j].lower() {
			return true
		}
	}
	return false
}

// allCaps reports whether a word of two or more letters is all capitals
// (an abbreviation such as "UBND", not a name).
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// rankBetweenTitles returns the length of a rank and its comma at toks[k]
// when a title follows them ("Đại tá, Giám đốc Công an tỉnh"): an officer's
// rank written among his posts parts none of them; or 0.
func rankBetweenTitles(toks []token, k int) int {
	if k >= len(toks) || !toks[k].capitalized() {
		return 0
	}
	for _, r := range ranks {
		if n := r.matchAt(toks, k); n > 0 && k+n+1 < len(toks) && toks[k+n].is(",") {
			if _, tn := titleAt(toks, k+n+1); tn > 0 {
				return n + 1
			}
		}
	}
	return 0
}

// lowerTitleBeforeBody reports whether a title written in lower case at
// toks[k] is followed right away by a body written short in capitals, a
// complete name ("chủ tịch UBND tỉnh A", "phó chủ tịch HĐND huyện B"): the
// title is a post even in running text (round 41).
func lowerTitleBeforeBody(toks []token, k int) bool {
	_, n := titleAtAnyCase(toks, k)
	if n == 0 || !toks[k].lower() || k+n >= len(toks) || !allCaps(toks[k+n].text) {
		return false
	}
	h, hn := headAt(toks, k+n)
	return hn > 0 && h.complete
}
