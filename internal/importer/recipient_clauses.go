// This file holds the rules that read the verbs and clauses that tie
// recipients to an award: the one who "(vinh dự) (được) nhận / đón nhận /
// được tặng" it, passive forms ("được trao tặng", "được truy tặng"),
// those "chúc mừng" names, those who "đạt" a title, what is said of
// those counted before the verb (praised, achieved, working at, their
// level, "là …"), the subject, hosts and bodies that open the sentence,
// the places of people, and what opens a sentence or follows a name
// (a time, a round, an occasion, "là một trong").

package importer

import (
	"sort"
	"strings"
)

// pastRound returns the end of a round written at toks[q] after an
// award's name in quotes, "lần thứ 2", "lần 3", perhaps with its year
// ("lần thứ 2 năm 2022", "lần II, năm 2021"), when "cho" follows it; else q.
func pastRound(toks []token, q, e int) int {
	if q+1 >= e || !toks[q].is("lần") {
		return q
	}
	k := q + 1
	if toks[k].is("thứ") {
		k++
	}
	if k >= e || !(isDigits(toks[k].text) || strings.Trim(toks[k].text, "IVX") == "" || toks[k-1].is("thứ") && ordinalWord(toks[k])) {
		return q
	}
	k++
	if k < e && toks[k].is(",") {
		k++
	}
	if k+1 < e && toks[k].is("năm") && isDigits(toks[k+1].text) {
		k += 2
	}
	if k < e && toks[k].is("cho") {
		return k
	}
	return q
}

// ordinalWord reports whether t is an ordinal written as a word after
// "lần thứ": "lần thứ nhất", "lần thứ hai" (round 50).
func ordinalWord(t token) bool {
	switch t.fold {
	case "nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi":
		return t.lower()
	}
	return false
}

// pastOccasion reads past the occasion opened at toks[q] ("nhân kỷ niệm
// …"): to the "cho" that names the recipients (its index, no count), or
// to a count after a clause that honours them (that count and where it
// ends). The occasion ends at a comma or the sentence's end otherwise.
func pastOccasion(toks []token, q, e int) (int, Count, int, bool) {
	for k := q + 2; k < e; k++ {
		if toks[k].is("cho") {
			return k, Count{}, 0, false
		}
		if toks[k].is(",") {
			if n := anyAt(honouring, toks, k+1); n > 0 {
				if c, next, ok := countAt(toks, k+1+n, e); ok {
					return k + 1 + n, c, next, true
				}
			}
			break
		}
	}
	return q, Count{}, 0, false
}

// timeOpened returns where a sentence from toks[s] begins after the time
// that opens it, "Ngày 3/4/2023, ", "Sáng 12-5, " (s when none does).
func timeOpened(toks []token, s, c int) int {
	switch toks[s].fold {
	case "ngay", "sang", "chieu", "toi", "trua", "hom":
	default:
		return s
	}
	for k := s + 1; k < c && k <= s+9; k++ {
		if toks[k].is(",") {
			return k + 1
		}
		if toks[k].word && !isDigits(toks[k].text) && toks[k].fold != "ngay" && toks[k].fold != "thang" && toks[k].fold != "nam" && toks[k].fold != "nay" {
			return s
		}
	}
	return s
}

// oneOf is "là một trong", before a count of which the subject is one.
var oneOf = newPhrase("là một trong")

// oneOfDigit is oneOf with the one written as a digit (round 31).
var oneOfDigit = newPhrase("là 1 trong")

// namedEndingAt is the person or body whose mention in the sentence from
// toks[s] ends at byte end, as a recipient; none when no mention does.
func (x *extractor) namedEndingAt(toks []token, s, end int) []Recipient {
	for _, m := range x.mentions {
		if m.end == end && m.start >= toks[s].start {
			if _, ok := x.people[m.key]; ok {
				return []Recipient{{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)}}
			}
		}
	}
	for _, m := range x.orgMentions {
		if m.end == end && m.start >= toks[s].start {
			o := x.s.Orgs[x.orgs[m.key]]
			o.Span = spanOf(x.s.Text, m.start, m.end)
			return []Recipient{{Org: &o, Span: o.Span}}
		}
	}
	return nil
}

// praised reports whether toks[q:e] only praises those counted before
// it: "80 thầy, cô giáo tiêu biểu nhận …", "12 tập thể xuất sắc được tặng …".
//
// So is "trong số đó" after the praise: "3 điển hình xuất sắc trong số
// đó được nhận …", a part of those counted before.
func praised(toks []token, q, e int) bool {
	if e-q == 5 && toks[q+2].is("trong") && toks[q+3].is("số") && toks[q+4].is("đó") {
		e -= 3
	}
	if e-q >= 4 && (toks[e-2].is("toàn") && (toks[e-1].is("quốc") || toks[e-1].is("tỉnh")) || toks[e-2].is("cả") && toks[e-1].is("nước")) {
		e -= 2 // the scope of the praise: "… tiêu biểu toàn quốc"
	}
	if e-q >= 3 && toks[e-1].is("nhất") {
		e-- // "… xuất sắc nhất cả nước" (round 31)
	}
	if e-q > 2 && e-q <= 8 {
		// What they are before the praise: "69 cán bộ hội thanh niên Việt
		// Nam tiêu biểu toàn quốc đã được trao …", words without a verb.
		for k := q; k < e-2; k++ {
			if !toks[k].word || toks[k].is("của") {
				return false
			}
		}
		if hasVerb(toks, q, e-2) {
			return false
		}
		q = e - 2
	}
	return e-q == 2 && (toks[q].is("tiêu") && toks[q+1].is("biểu") || toks[q].is("xuất") && toks[q+1].is("sắc"))
}

// achieved reports whether toks[q:e] cite what those counted right before
// achieved, in words without a break: "33 cá nhân có thành tích hiến máu
// từ 20 lần trở lên được nhận …" (round 31).
func achieved(toks []token, q, e int) bool {
	if e-q < 4 || e-q > 14 || cite.matchAt(toks, q) == 0 {
		return false
	}
	for k := q; k < e; k++ {
		if !toks[k].word || toks[k].is("được") || toks[k].is("nhận") || toks[k].is("tặng") {
			return false
		}
	}
	return true
}

// workingAt reports whether toks[q:e] say where those counted right
// before work, in words and commas without a verb of giving: "17 đồng
// chí đang công tác tại các cơ quan, đơn vị Bộ CHQS tỉnh được nhận …"
// (round 34).
func workingAt(toks []token, q, e int) bool {
	if q < e && toks[q].is("đang") {
		q++
	}
	if e-q < 4 || e-q > 16 || !toks[q].is("công") || !toks[q+1].is("tác") || !(toks[q+2].is("tại") || toks[q+2].is("ở")) {
		return false
	}
	for k := q + 3; k < e; k++ {
		if !toks[k].word && !toks[k].is(",") || toks[k].is("được") || toks[k].is("là") {
			return false
		}
	}
	return !hasVerb(toks, q+3, e)
}

// levelOfCounted reports whether toks[q:e] is the one word of the level
// of those counted right before: "1 tập thể xã được nhận Cờ thi đua", "3
// tập thể huyện được tặng …" (round 28).
func levelOfCounted(toks []token, q, e int) bool {
	if e-q != 1 {
		return false
	}
	switch toks[q].text {
	case "xã", "phường", "huyện", "quận", "tỉnh":
		return q > 0 && toks[q-1].fold == "the" && q > 1 && toks[q-2].fold == "tap"
	}
	return false
}

// describedAs reports whether toks[q:e] say what those counted right
// before are, after "là", in words without a verb or a break: "16 tập
// thể, 60 cá nhân là đồng bào dân tộc thiểu số được tỉnh tặng …" (round
// 28). A longer stretch tells more than what they are.
func describedAs(toks []token, q, e int) bool {
	if q >= e || !toks[q].is("là") || e-q < 2 || e-q > 10 {
		return false
	}
	for k := q + 1; k < e; k++ {
		if !toks[k].word || toks[k].is("là") || toks[k].is("được") {
			return false
		}
	}
	return !hasVerb(toks, q+1, e)
}

// hasVerb reports whether toks[q:e] tells an act rather than describing
// those counted ("có thành tích xuất sắc trong phong trào thi đua"): a
// count followed by what they did is no list's head.
func hasVerb(toks []token, q, e int) bool {
	for k := q; k < e; k++ {
		if toks[k].is("tặng") || toks[k].is("nhận") || toks[k].is("trao") || toks[k].is("bị") || toks[k].is(":") {
			return true
		}
	}
	return false
}

// namesTitlesOnly reports whether the "danh hiệu" at toks[i] names the
// titles a council or a rule is about, not one conferred: "Hội đồng xét
// tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú tỉnh", "Nghị định …
// quy định về xét tặng danh hiệu …", "Việc xét tặng danh hiệu … được thực
// hiện 3 năm một lần".
func namesTitlesOnly(toks []token, i int) bool {
	if i < 3 || !toks[i-2].is("xét") || !toks[i-1].is("tặng") {
		return false
	}
	return toks[i-3].fold == "dong" && i >= 4 && toks[i-4].fold == "hoi" || toks[i-3].is("về") && i >= 4 && toks[i-4].is("định") || toks[i-3].fold == "viec"
}

// passiveGive reports whether the "tặng" or "nhận" at toks[k] is what
// those listed after it are given or proposed for: "được tặng", "được
// trao tặng", "được đề nghị xét tặng", "được truy tặng", "được phong tặng".
func passiveGive(toks []token, k int) bool {
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		switch t := toks[b]; {
		case t.is("được") || t.is("Được"): // "Được đề nghị tặng thưởng … là A"
			return true
		case t.is("trao") || t.is("xét") || t.is("nghị") || t.is("đề") || t.is("truy") || t.is("phong"):
		default:
			return false
		}
	}
	return false
}

// orgSpanning reports whether an organization is named by toks[a:b]
// exactly: "hai cá nhân Văn phòng UBND tỉnh được …", "3 cán bộ Sở Tư pháp
// nhận …" (round 33), the body those counted belong to.
func (x *extractor) orgSpanning(toks []token, a, b int) bool {
	from, to := toks[a].start, toks[b-1].end
	n := sort.Search(len(x.orgMentions), func(n int) bool { return x.orgMentions[n].start >= from })
	for ; n < len(x.orgMentions) && x.orgMentions[n].start == from; n++ {
		if x.orgMentions[n].end == to {
			return true
		}
	}
	return false
}

// namedAfterCount reads the people a count names right after it, its body
// between: "2 phóng viên Báo Vĩnh Long là Hà Ngọc Trảng- Cao Thị Huyền"
// from toks[a] (after the count) to toks[b] (round 52). Every word after
// "là" must belong to a person named, the others being "-", "–", "," or
// "và"; else nil.
func (x *extractor) namedAfterCount(toks []token, a, b int) []Recipient {
	k := a
	for k < b && !toks[k].is("là") {
		k++
	}
	if k+1 >= b || k > a && !x.orgSpanning(toks, a, k) {
		return nil
	}
	var out []Recipient
	for q := k + 1; q < b; {
		if toks[q].is("-") || toks[q].is("–") || toks[q].is(",") || toks[q].is("và") {
			q++
			continue
		}
		r, ok := x.personAfter(toks, q, b)
		if e, named := nameAt(toks, q); !ok && named && e <= b {
			// A name with no cue of its own ("là Hà Ngọc Trảng- Cao Thị
			// Huyền"): the count of people says the names after "là" are
			// people's.
			sp := spanOf(x.s.Text, toks[q].start, toks[e-1].end)
			r, ok = Recipient{Person: x.addPerson(Person{Name: collapseSpace(sp.Text)}), Span: sp}, true
		}
		if !ok {
			return nil
		}
		out = append(out, r)
		for q < b && toks[q].start < r.Span.byte+len(r.Span.Text) {
			q++
		}
	}
	return out
}

// receiver is the recipient that "(vinh dự) (được) nhận / đón nhận / được
// tặng" the award at toks[i]: a count, person or organization that ends
// right before those words.
func (x *extractor) receiver(toks []token, s, i int) []Recipient {
	if q := achieversAt(toks, s, i); q > 0 {
		c, next, _ := countAt(toks, q, i-1)
		return []Recipient{{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}}
	}
	p := i
	if p-2 > s && (toks[p-1].is("các") || toks[p-1].is("những")) && (toks[p-2].is("nhận") || toks[p-2].is("tặng")) {
		p-- // "26 đảng viên nhận các Huy hiệu 55, 50 và 30 năm tuổi Đảng"
	}
	if p-2 > s && toks[p-1].is("thưởng") && toks[p-2].is("tặng") {
		p-- // "được đề nghị tặng thưởng Huân chương …"
	}
	if p-3 > s && toks[p-1].is("thưởng") && toks[p-2].is("khen") && toks[p-3].is("nhận") {
		p -= 2 // "cũng được nhận khen thưởng Huân chương …" (round 41)
	}
	honoured := p == i && i-4 > s && honouredAs(toks, i)
	if honoured {
		p = i - 2 // "28 bác sĩ được tôn vinh là Thầy thuốc Ưu tú": "tôn vinh" as "tặng" (round 46)
	}
	if !honoured && (p-1 <= s || !(toks[p-1].is("nhận") || toks[p-1].is("tặng") || toks[p-1].is("trao") && p-2 > s && toks[p-2].is("được") || toks[p-1].is("đạt") && prizeReached(toks, p))) {
		return nil // "được trao Huy hiệu": who received
	}
	received := !honoured && (toks[p-1].is("nhận") || toks[p-1].is("đạt")) // "28 thầy thuốc trẻ đạt giải thưởng A" (round 41): those who reach a prize receive it
	p--
	if received && p-2 > s && toks[p-1].is("bầu") && toks[p-2].is("được") {
		p-- // "được bầu nhận khen thưởng …": voted to receive it (round 41)
	}
	if p-1 > s && (toks[p-1].is("đón") || toks[p-1].is("trao") || toks[p-1].is("truy") || toks[p-1].is("phong")) {
		p--
	}
	if p-3 > s && toks[p-1].is("xét") && toks[p-2].is("nghị") && toks[p-3].is("đề") {
		p-- // "7 cá nhân được đề nghị xét tặng danh hiệu …": proposed, as "đề nghị tặng" (round 52)
	}
	if p-2 > s && toks[p].is("truy") && (toks[p-1].is("và") || toks[p-1].is(",")) && toks[p-2].is("tặng") {
		p -= 2 // "78 đảng viên được tặng và truy tặng Huy hiệu 65 năm tuổi Đảng"
		if p-1 > s && toks[p-1].is("trao") {
			// "21 đảng viên được trao tặng, truy tặng Huy hiệu …" (round
			// 36). Not a title's "phong tặng và truy tặng": its count is a
			// running total ("Thị xã có 582 Mẹ được phong tặng và truy
			// tặng …") or the sum of counts given apart (heldout13's "9
			// nghệ nhân": 7 and 2).
			p--
		}
	}
	passive, proposed := false, false
	for _, ph := range namedIssuers {
		// "5 cá nhân được Chủ tịch nước trao tặng": the issuer between.
		if b := p - len(ph); b-1 > s && ph.matchAt(toks, b) == len(ph) && toks[b-1].is("được") {
			p = b
			break
		}
	}
	for b := p - 2; b > s && b >= p-10 && toks[b].word; b-- {
		// "12 tập thể được Phó Thủ tướng Trần Lưu Quang tặng", "… được
		// Chủ tịch UBND tỉnh tặng": an office, or its holder, between;
		// "14 tập thể được UBND tỉnh trình Thủ tướng Chính phủ tặng": a
		// body that proposes it to the office.
		if toks[b-1].is("được") {
			if _, tn := titleAt(toks, b); tn > 0 {
				p = b
			} else if _, _, ok := x.issuerAt(toks, b); ok {
				p = b
			} else if _, e := provinceGiverAt(toks, b); e == p {
				p = b // "16 tập thể được tỉnh Ninh Thuận tặng" (round 28)
			}
			break
		}
	}
	for b := p - 1; b-2 > s && b >= p-8; b-- {
		// "chọn 05 tập thể đề nghị Chính phủ tặng Cờ thi đua" (round
		// 31): the body or office proposed to give it, between.
		if toks[b-2].is("đề") && toks[b-1].is("nghị") {
			if _, e, ok := x.issuerAt(toks, b); ok && e == p {
				p = b
			}
			break
		}
	}
	if p-2 > s && toks[p-2].is("đề") && toks[p-1].is("nghị") {
		p -= 2 // "1 tập thể, 4 cá nhân (được) đề nghị tặng …": proposed for it
		proposed = true
	}
	if p-1 > s && toks[p-1].is("được") {
		p--
		passive = true
	}
	if passive && p-1 > s && (toks[p-1].is("cùng") || toks[p-1].is("đều") || toks[p-1].is("cũng")) {
		p-- // "A và B cùng được tặng …", "các đơn vị đều được tặng …", "B cũng được tặng …"
	}
	if c := x.memberCellBefore(toks, s, p); c > 0 && !received && !passive && !proposed && toks[p].is("tặng") {
		// "đồng chí A chi bộ B tặng huy hiệu 40 năm tuổi Đảng": a member
		// named with their cell before a bare "tặng" receives it, its
		// "được" left out (round 43).
		p, passive = c, true
	}
	if !received && !passive && !proposed {
		return nil // "đồng chí A trao tặng Huy hiệu …": who gives, not who receives
	}
	if p-2 > s && toks[p-2].is("vinh") && toks[p-1].is("dự") {
		p -= 2
	}
	if p-1 > s && (toks[p-1].is("đã") || toks[p-1].is("vừa")) {
		p-- // "… vừa được nhận bằng khen …" (round 52)
	}
	if p <= s {
		return nil
	}
	if received && toks[p].is("đón") && toks[p-1].is("và") {
		// "Tỉnh ủy, HĐND, UBND tỉnh A đã long trọng tổ chức Lễ kỷ niệm …
		// và đón nhận Huân chương …": the bodies that hold the ceremony.
		hosts := x.hostsBefore(toks, s, p-1)
		if len(hosts) > 1 && forceDayBefore(toks, s, p-1) {
			// "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh tổ chức Lễ kỷ niệm 80
			// năm Ngày truyền thống Lực lượng vũ trang tỉnh … và đón nhận
			// Huân chương …" (round 51): the province's joint leadership
			// holds the day of a force, which receives; none of them.
			return nil
		}
		return hosts
	}
	if (received || passive && !proposed) && toks[p-1].is(",") {
		// "Mẹ A, trú tại xã …, nhận danh hiệu …", "ông A, Giám đốc Sở
		// Y tế, nhận Bằng khen …", "đảng viên A, 95 tuổi, sinh hoạt tại
		// Chi bộ B, được trao Huy hiệu …": the sentence's subject, past
		// its apposition.
		if rs := x.subjectBefore(toks, s, p-1); rs != nil || !(received && toks[p].is("đón")) {
			return rs
		}
		// "Sáng 11/10, Hội A tổ chức kỷ niệm 90 năm ngày thành lập, đón
		// nhận Huân chương …" (round 31): the body that holds the
		// ceremony, when nothing is given between.
		for k := p - 2; k > s; k-- {
			if toks[k].is("trao") || toks[k].is("tặng") || toks[k].is("cho") || toks[k].is("nhận") {
				return nil
			}
		}
		return x.hostsBefore(toks, s, p-1)
	}
	if c := cellAfterComma(toks, s, p); c > 0 && (received || passive) {
		p = c // "đảng viên A, chi bộ khối 4 được nhận …": the one named before the cell (round 39)
	}
	if toks[p-1].is(")") {
		// "đảng viên A (Chi bộ khu phố 3) vinh dự nhận …", "38 mẹ ở 10 quận,
		// huyện (quận 3, …, huyện Củ Chi) được truy tặng …" (up to 40
		// tokens since round 40): the one who receives it is named before
		// what the parentheses add.
		for c := p - 2; c > s && c >= p-40; c-- {
			if toks[c].is("(") {
				p = c
				break
			}
		}
	}
	if c := placeOfPerson(toks, s, p); c > 0 && (received || passive) {
		p = c // "đảng viên A ở xã B được trao huy hiệu …" (round 30)
	} else if c := cellOfMember(toks, s, p); c > 0 && (received || passive) {
		p = c
	}
	endByte := toks[p-1].end
	// A count ends there: "12 tập thể", "23 tập thể và 23 cá nhân", "5
	// tập thể của tỉnh Nghệ An".
	// The earliest count that ends there: "1 tập thể, 12 cá nhân", not "12
	// cá nhân".
	for q := max(s, p-20); q < p; q++ {
		if !isDigits(toks[q].text) && numberWord(toks[q]) == 0 {
			continue
		}
		if c, next, ok := countAt(toks, q, p); ok && next < p && (received || passive) {
			if named := x.namedAfterCount(toks, next, p); named != nil {
				// "2 phóng viên Báo A là B- C vừa được nhận …": the count
				// and the ones it names (round 52).
				return append([]Recipient{{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}}, named...)
			}
		}
		if c, next, ok := countAt(toks, q, p); ok && q < p-12 && (achieved(toks, next, p) || workingAt(toks, next, p)) {
			// A long citation: the count ends further back (round 31).
			return []Recipient{{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}}
		} else if q < p-12 {
			continue
		}
		if c, next, ok := countAt(toks, q, p); ok && (next == p || next < p && toks[next].is("của") && ofPlace(toks, next+1, p) || next < p && x.orgSpanning(toks, next, p) || c.Total > 1 && ofNamedPlace(toks, next, p) || praised(toks, next, p) || achieved(toks, next, p) || describedAs(toks, next, p) || levelOfCounted(toks, next, p) || workingAt(toks, next, p)) {
			if c.Total == 1 && q-2 >= s && toks[q-1].is("là") {
				// "THACO là một đơn vị được nhận …": the one named before
				// "là" receives, if the rules know it; "một đơn vị" only
				// says what it is, no count (round 52).
				return x.namedEndingAt(toks, s, toks[q-2].end)
			}
			rs := []Recipient{{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}}
			if b := q - len(oneOf); b > s && (oneOf.matchAt(toks, b) > 0 || oneOfDigit.matchAt(toks, b) > 0) {
				// "Trường A là một trong 3 đơn vị được tặng …": one of
				// those counted, named before; "ông A ở xã B, huyện C
				// vinh dự là 1 trong 21 nông dân …" (round 31): past the
				// honour and the place.
				if b-2 > s && toks[b-2].is("vinh") && toks[b-1].is("dự") {
					b -= 2
				}
				if c := placeOfPerson(toks, s, b); c > 0 {
					b = c
				}
				rs = append(x.namedEndingAt(toks, s, toks[b-1].end), rs...)
			}
			return rs
		}
	}
	if rs := x.describedCountBefore(toks, s, p); rs != nil && (passive || received) {
		return rs
	}
	if proposed && !passive {
		return nil // "UBND tỉnh đề nghị tặng …": who proposes
	}
	if name, n := provinceAt(toks, s); n > 0 && s+n == p {
		// "Yên Bái nhận Huân chương Độc lập": a province that is the
		// whole subject stands for its people as one.
		sp := spanOf(x.s.Text, toks[s].start, toks[p-1].end)
		return []Recipient{{Org: &Org{Name: name, Base: name, Span: sp}, Span: sp}}
	}
	for q := s; q+2 < p && q < s+12; q++ {
		// "Tại đại hội, tỉnh A vinh dự đón nhận Cờ thi đua …", "Tỉnh A
		// đón nhận Huân chương …" (a headline): the province named with
		// its unit, the whole subject after any opening clause, stands for
		// its people as one; written as the text writes it.
		if q > s && !toks[q-1].is(",") || !(toks[q].fold == "tinh" || toks[q].fold == "thanh" && toks[q+1].fold == "pho") {
			continue
		}
		u := q + 1
		if toks[q].fold == "thanh" {
			u++
		}
		if _, n := provinceAt(toks, u); n > 0 && u+n == p {
			sp := spanOf(x.s.Text, toks[q].start, toks[p-1].end)
			name := textOf(x.s.Text, toks, q, p)
			return []Recipient{{Org: &Org{Name: name, Base: name, Span: sp}, Span: sp}}
		}
	}
	for q := max(s, p-16); q < p; q++ {
		// "Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh A vinh dự
		// được Chủ tịch nước tặng thưởng …": a place's people as one.
		if x.placeCollective(toks, q, p) == p {
			rs := []Recipient{x.collectiveRecipient(toks, q, p)}
			if q-1 > s && toks[q-1].is(",") {
				// "Ủy ban MTTQ tỉnh A, Nhân dân và cán bộ huyện B cũng
				// được …": the bodies listed before it (round 41).
				rs = append(x.itemsBefore(toks, s, q-1), rs...)
			}
			return rs
		}
	}
	n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= toks[s].start })
	for ; n < len(x.mentions) && x.mentions[n].start < endByte; n++ {
		if m := x.mentions[n]; m.end == endByte {
			if _, ok := x.people[m.key]; ok {
				rs := x.peopleListBefore(toks, n)
				if bs := x.bodyBeforePeople(toks, s, rs[0].Span.byte); len(bs) > 0 {
					return append(bs, rs...)
				}
				return append(x.clauseBefore(toks, s, rs[0].Span.byte), rs...)
			}
		}
	}
	n = sort.Search(len(x.orgMentions), func(n int) bool { return x.orgMentions[n].start >= toks[s].start })
	for ; n < len(x.orgMentions) && x.orgMentions[n].start < endByte; n++ {
		if m := x.orgMentions[n]; m.end == endByte {
			if k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.start }); k > s && toks[k-1].is("của") {
				// "A là đảng viên đầu tiên của Đảng bộ tỉnh được trao
				// tặng …": the body the one who receives belongs to.
				return nil
			}
			return x.orgListBefore(toks, s, n)
		}
	}
	return nil
}

// homeUnits are the units of a place a person lives in, after "ở".
var homeUnits = []phrase{newPhrase("xã"), newPhrase("phường"), newPhrase("thị trấn"), newPhrase("thôn"), newPhrase("xóm"), newPhrase("ấp"), newPhrase("khu phố"), newPhrase("huyện"), newPhrase("quận")}

// placeOfPerson returns where the place a person lives in starts, "ở" and
// a unit's name written right before toks[p] ("đảng viên A ở xã B được
// trao …"), or 0: the one who receives is named before it.
func placeOfPerson(toks []token, s, p int) int {
	commas := 0
	for c := p - 2; c > s && c >= p-16; c-- {
		if toks[c].is(",") && (toks[c+1].capitalized() || anyAt(homeUnits, toks, c+1) > 0) {
			// "ông A ở thôn B, xã C, D được tặng …" (round 31): the
			// place written down to its commune and district.
			commas++
			continue
		}
		if !toks[c].word || c < p-8 && commas == 0 {
			return 0
		}
		if toks[c].is("ở") && anyAt(homeUnits, toks, c+1) > 0 && toks[c-1].capitalized() {
			return c
		}
	}
	return 0
}

// cellOfMember returns where the cell a party member belongs to starts,
// told right before toks[p] with "(đang) sinh hoạt tại" ("đồng chí A,
// đang sinh hoạt tại chi bộ ấp 3, xã B được trao Huy hiệu …", "đồng chí
// C đang sinh hoạt tại chi bộ ấp 6, xã D được trao …", round 51), or 0:
// the member who receives is named before it. Nothing given or received
// may come between.
func cellOfMember(toks []token, s, p int) int {
	for c := p - 3; c > s && c >= p-20; c-- {
		if toks[c].is(";") || toks[c].is(".") || toks[c].is("được") || toks[c].is("nhận") || toks[c].is("trao") || toks[c].is("tặng") {
			return 0
		}
		if !(toks[c].is("sinh") && toks[c+1].is("hoạt") && (toks[c+2].is("tại") || toks[c+2].is("ở"))) {
			continue
		}
		if c-1 > s && toks[c-1].is("đang") {
			c--
		}
		if c-1 > s && toks[c-1].is(",") {
			c--
		}
		return c
	}
	return 0
}

// bodyBeforePeople returns the bodies listed before "và đồng chí" (or
// "ông", "bà") and the person named at byte b, a place in parentheses
// between: "Trường THPT A (TP B) và đồng chí C, … được đề nghị tặng …".
func (x *extractor) bodyBeforePeople(toks []token, s, b int) []Recipient {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= b })
	if k-2 <= s || !(toks[k-1].is("chí") && k-3 > s && toks[k-2].is("đồng") || toks[k-1].is("ông") || toks[k-1].is("bà")) {
		return nil
	}
	if toks[k-1].is("chí") {
		k--
	}
	k--
	if !toks[k-1].is("và") {
		return nil
	}
	k--
	if toks[k-1].is(")") {
		for c := k - 2; c > s && c >= k-8; c-- {
			if toks[c].is("(") {
				k = c
				break
			}
		}
	}
	end := toks[k-1].end
	n := sort.Search(len(x.orgMentions), func(n int) bool { return x.orgMentions[n].start >= toks[s].start })
	for ; n < len(x.orgMentions) && x.orgMentions[n].start < end; n++ {
		if x.orgMentions[n].end == end {
			return x.orgListBefore(toks, s, n)
		}
	}
	return nil
}

// clauseBefore returns the bodies listed in the clause before the
// semicolon that opens the sentence at toks[s], when the person named at
// byte b opens it ("ông" or "bà" before the name) and the clause is that
// list alone: "Ủy ban Mặt trận Tổ quốc Việt Nam TP A, Nhân dân và cán bộ
// quận B; ông C, Phó Chủ tịch UBND TP A cũng được bầu nhận …" (round 41).
func (x *extractor) clauseBefore(toks []token, s, b int) []Recipient {
	k := s
	if k < len(toks) && personIntroAt(toks, k) > 0 && toks[k].start < b {
		k += personIntroAt(toks, k)
	}
	if s < 2 || !toks[s-1].is(";") || k >= len(toks) || toks[k].start != b && toks[s].start != b {
		return nil
	}
	s0, _ := sentenceBounds(toks, s-2)
	items := x.itemsBefore(toks, s0, s-1)
	if len(items) == 0 || items[0].Span.byte != toks[s0].start {
		return nil // the clause says more than the list
	}
	return items
}

// itemsBefore returns the bodies and places' people listed, parted by
// commas or "và", that end right before toks[p] in the sentence at
// toks[s]: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh A, Nhân dân và cán bộ
// huyện B" (round 41). Each item is a body the rules found or a place's
// people (placeCollective); the list ends at anything else.
func (x *extractor) itemsBefore(toks []token, s, p int) []Recipient {
	var out []Recipient
	for p > s && len(out) < maxEntities {
		start := -1
		for q := max(s, p-16); q < p; q++ {
			if x.placeCollective(toks, q, p) == p {
				out = append([]Recipient{x.collectiveRecipient(toks, q, p)}, out...)
				start = q
				break
			}
		}
		if start < 0 {
			end := toks[p-1].end
			n := sort.Search(len(x.orgMentions), func(n int) bool { return x.orgMentions[n].start >= toks[s].start })
			for ; n < len(x.orgMentions) && x.orgMentions[n].start < end; n++ {
				if m := x.orgMentions[n]; m.end == end {
					o := x.s.Orgs[x.orgs[m.key]]
					o.Span = spanOf(x.s.Text, m.start, m.end)
					out = append([]Recipient{{Org: &o, Span: o.Span}}, out...)
					start = sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.start })
					break
				}
			}
		}
		if start < 0 || start-1 <= s || !(toks[start-1].is(",") || toks[start-1].is("và")) {
			return out
		}
		p = start - 1
	}
	return out
}

// orgListBefore returns the organization of org mention n and those listed
// before it in the sentence at toks[s], parted only by "," or "và": "Cụ
// thể, A và B được trao Huân chương Lao động hạng I".
func (x *extractor) orgListBefore(toks []token, s, n int) []Recipient {
	var out []Recipient
	for {
		m := x.orgMentions[n]
		o := x.s.Orgs[x.orgs[m.key]]
		o.Span = spanOf(x.s.Text, m.start, m.end)
		out = append([]Recipient{{Org: &o, Span: o.Span}}, out...)
		if n == 0 || len(out) >= maxEntities {
			return out
		}
		prev := x.orgMentions[n-1]
		if prev.start < toks[s].start {
			return out
		}
		a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= prev.end })
		b := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.start })
		if b-a != 1 || !(toks[a].is(",") || toks[a].is("và")) {
			return out
		}
		if venueAt(toks, sort.Search(len(toks), func(k int) bool { return toks[k].start >= prev.start })) {
			return out // "tại hội trường UBND thành phố, Công ty A tổ chức": the venue's body hosts nothing (round 33)
		}
		n--
	}
}

// venueAt reports whether the body whose name starts at toks[p] is where
// something takes place: "tại UBND xã", "tại hội trường UBND thành phố".
func venueAt(toks []token, p int) bool {
	if p > 0 && toks[p-1].is("tại") {
		return true
	}
	return p > 2 && toks[p-2].is("hội") && toks[p-1].is("trường") && toks[p-3].is("tại")
}

// forceDayBefore reports whether the ceremony told before toks[c] is the
// tradition day of a force or trade named in capitals ("Ngày truyền thống
// Lực lượng vũ trang tỉnh", "Ngày truyền thống Công an nhân dân"), not
// the anniversary of its hosts' province ("ngày tái lập tỉnh").
func forceDayBefore(toks []token, s, c int) bool {
	for k := s; k+2 < c; k++ {
		if toks[k].is("truyền") && toks[k+1].is("thống") && toks[k+2].capitalized() && toks[k+2].word {
			return true
		}
	}
	return false
}

// hostsBefore returns the bodies listed as the subject of the sentence
// at toks[s] ("Sáng 30/9, Tỉnh ủy, HĐND, UBND tỉnh A") when they "(đã)
// (long trọng) tổ chức" something, before toks[c]; else nil.
func (x *extractor) hostsBefore(toks []token, s, c int) []Recipient {
	n := sort.Search(len(x.orgMentions), func(n int) bool { return x.orgMentions[n].start >= toks[s].start })
	if n >= len(x.orgMentions) || x.orgMentions[n].start > toks[min(s+14, c)].start {
		return nil
	}
	for n+1 < len(x.orgMentions) {
		a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= x.orgMentions[n].end })
		b := sort.Search(len(toks), func(k int) bool { return toks[k].start >= x.orgMentions[n+1].start })
		if b-a != 1 || !(toks[a].is(",") || toks[a].is("và")) {
			break
		}
		n++
	}
	a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= x.orgMentions[n].end })
	for k := a; k < c && k <= a+4; k++ {
		if toks[k].is("tổ") && k+1 < c && toks[k+1].is("chức") {
			return x.orgListBefore(toks, s, n)
		}
		if !(toks[k].is("đã") || toks[k].is("long") || toks[k].is("trọng") || toks[k].is("thể")) {
			return nil
		}
	}
	return nil
}

// subjectBefore is the person who opens the sentence at toks[s] and whose
// apposition runs, comma to comma, to toks[c], with no verb of giving or
// receiving in it; else nil.
func (x *extractor) subjectBefore(toks []token, s, c int) []Recipient {
	n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= toks[s].start })
	if n >= len(x.mentions) {
		return nil
	}
	m := x.mentions[n]
	if g, ok := x.congratulated(toks, s, c); ok {
		m = g // "… chúc mừng đảng viên A, nguyên …, được trao tặng …" (round 34)
	} else if _, ok := x.people[m.key]; !ok || m.start > toks[min(timeOpened(toks, s, c)+6, c)].start {
		return nil // "Mẹ A", "Năm 2020, ông A": the name opens it
	}
	a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.end })
	if a > 0 && toks[a-1].is(",") && toks[a-1].start < m.end {
		a-- // the mention took the comma after the name
	}
	if a > c || !toks[a].is(",") || c-a > 25 {
		return nil
	}
	for k := a; k < c; k++ {
		if t := toks[k]; t.is("nhận") || t.is("trao") || t.is("tặng") || t.is("được") || t.is(";") {
			return nil
		}
	}
	return []Recipient{{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)}}
}

// congratulated returns the person named right after "chúc mừng" in
// toks[s:c], past the words that introduce him ("chúc mừng đảng viên A"):
// in "Lãnh đạo tỉnh chúc mừng đảng viên A, nguyên Phó Chánh Văn phòng,
// được trao tặng Huy hiệu …" (a caption), the one congratulated is the
// subject of what follows his apposition (round 34).
func (x *extractor) congratulated(toks []token, s, c int) (mention, bool) {
	for k := s; k+2 < c && k < s+20; k++ {
		if !toks[k].is("chúc") || !toks[k+1].is("mừng") {
			continue
		}
		q := k + 2
		for _, b := range []int{q, q + personIntroAt(toks, q)} {
			if b >= c {
				continue
			}
			n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= toks[b].start })
			if n < len(x.mentions) && x.mentions[n].start == toks[b].start {
				if _, ok := x.people[x.mentions[n].key]; ok {
					return x.mentions[n], true
				}
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// ofPlace reports whether toks[k:p] names a place: "tỉnh Nghệ An",
// "huyện Đại Từ", or the story's own: "tỉnh", "huyện".
func ofPlace(toks []token, k, p int) bool {
	if k >= p || !placeWords[toks[k].text] {
		return false
	}
	if k+1 == p && toks[k].lower() && placeUnits[toks[k].text] {
		return true // "5 thầy thuốc của tỉnh được phong tặng …": the story's province
	}
	for q := k + 1; q < p; q++ {
		if !toks[q].capitalized() && !toks[q].is("-") {
			return false
		}
	}
	return k+1 < p
}

// achieversAt returns where a count starts that a verb of giving or
// recognising gives the title at toks[i] as those who reach it: "tặng
// thưởng 55 tập thể đạt danh hiệu …", "công nhận 12 tập thể đạt danh hiệu
// …" (round 29); or 0. A count that "đạt" the title with no such verb
// before it reports who holds it, and is not read.
func achieversAt(toks []token, s, i int) int {
	if i-3 <= s || !toks[i-1].is("đạt") {
		return 0
	}
	for q := max(s+1, i-8); q < i-1; q++ {
		if !isDigits(toks[q].text) {
			continue
		}
		if _, next, ok := countAt(toks, q, i-1); ok && next == i-1 && (toks[q-1].is("tặng") || toks[q-1].is("thưởng") || toks[q-1].is("nhận") && q-2 >= s && toks[q-2].is("công")) {
			return q
		}
		return 0
	}
	return 0
}

// ofNamedPlace reports whether toks[k:p], after a count, is the place or
// body they belong to, by its name alone, after their praise if any: "9
// cá nhân tiêu biểu của Hà Nội vinh dự nhận …", "7 công nhân của Bắc Ninh
// nhận …" (round 29): "của" and one to four capitalized words. The caller
// reads it for a count of more than one: "1 cá nhân của A được trao …"
// heads the story of one the story names. "ở" or "tại" (perhaps with the
// place's unit: "ở tỉnh Gia Lai") says where they are as "của" does: "22
// cá nhân ở Đắk Lắk được tặng thưởng …" (round 35). A province's name
// right after them, with no "của", is theirs too: "4 nghệ sĩ Bạc Liêu vừa
// được … phong tặng" (round 55).
func ofNamedPlace(toks []token, k, p int) bool {
	for n := 0; n < 2 && k+2 < p && (toks[k].is("tiêu") && toks[k+1].is("biểu") || toks[k].is("xuất") && toks[k+1].is("sắc")); n++ {
		k += 2
	}
	if _, n := provinceAt(toks, k); n > 0 && k+n == p {
		return true
	}
	if k < p && (toks[k].is("ở") || toks[k].is("tại")) && countedUnits(toks, k+1, p) {
		return true // "38 mẹ ở 10 quận, huyện (…) được truy tặng …" (round 40)
	}
	if k < p && (toks[k].is("ở") || toks[k].is("tại")) {
		if k+2 < p && toks[k+1].lower() && placeUnits[toks[k+1].text] {
			k++ // "ở tỉnh Gia Lai": the unit before the name
		}
	} else if k >= p || !toks[k].is("của") {
		return false
	}
	if p-k-1 < 1 || p-k-1 > 4 {
		return false
	}
	for q := k + 1; q < p; q++ {
		if !toks[q].capitalized() {
			return false
		}
	}
	return true
}

// countedUnits reports whether toks[k:p] count the places those counted
// come from: a number, then local units in lower case parted by commas or
// "và" ("10 quận, huyện", "5 xã và thị trấn"), up to p.
func countedUnits(toks []token, k, p int) bool {
	if k+1 >= p || !isDigits(toks[k].text) {
		return false
	}
	for q := k + 1; q < p; q++ {
		switch {
		case q > k+1 && (toks[q].is(",") || toks[q].is("và")) && q+1 < p:
		case toks[q].lower() && (placeUnits[toks[q].text] || toks[q].is("trấn") && toks[q-1].is("thị")):
		case toks[q].lower() && anyAt(hamlets, toks, q) > 0:
			q += anyAt(hamlets, toks, q) - 1 // "25 mẹ ở 6 tổ dân phố": the places below a commune count too
		default:
			return false
		}
	}
	return true
}

// peopleListBefore returns the person of mention n and those listed before
// it: "đồng chí A - …; B - … và đồng chí C - … được trao tặng": mentions
// parted only by ",", ";", "và" and the words that introduce a person.
func (x *extractor) peopleListBefore(toks []token, n int) []Recipient {
	var out []Recipient
	for {
		m := x.mentions[n]
		if _, ok := x.people[m.key]; ok {
			out = append([]Recipient{{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)}}, out...)
		}
		if n == 0 || len(out) >= maxEntities {
			return out
		}
		prev := x.mentions[n-1]
		if prev.end <= toks[0].start {
			return out // the list may cross ";" but not the paragraph
		}
		// The words between the two mentions.
		a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= prev.end })
		b := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.start })
		if a < b && toks[a].is("(") {
			// "bà A (trú huyện B); ông C (trú xã D) được trao …" (round
			// 31): each one named with where they live in brackets, the
			// list's items apart by ";" or ",".
			a = residenceClosed(toks, a, b)
		}
		if a == b || b-a > 4 {
			return out
		}
		for k := a; k < b; k++ {
			t := toks[k]
			if !(t.is(",") || t.is(";") || t.is("và") || t.is("ông") || t.is("bà") || t.fold == "dong" || t.fold == "chi") {
				return out
			}
		}
		n--
	}
}

// givers drops from rs a body that gives in a clause of its own right
// after it: "UBND tỉnh A tặng bằng khen cho 32 cá nhân, LĐLĐ tỉnh tặng
// bằng khen cho 201 tập thể, cá nhân" (the second body gives; it is no
// recipient of the first's award).
func (x *extractor) givers(rs []Recipient) []Recipient {
	out := rs[:0]
	for _, r := range rs {
		if r.Org != nil {
			after := strings.TrimLeft(x.s.Text[min(len(x.s.Text), r.Span.byte+len(r.Span.Text)):], " ")
			for _, adv := range []string{"đã ", "cũng ", "còn ", "vừa "} {
				after = strings.TrimPrefix(after, adv)
			}
			if strings.HasPrefix(after, "tặng ") || strings.HasPrefix(after, "trao tặng ") || strings.HasPrefix(after, "quyết định tặng ") {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// cellAfterComma returns where the comma before a party cell that ends at
// toks[p] stands ("đảng viên A, chi bộ khối 4 được nhận …": the cell is the
// member's, not the recipient), or 0.
func cellAfterComma(toks []token, s, p int) int {
	for c := p - 3; c > s+1 && c >= p-8; c-- {
		if toks[c].fold == "chi" && toks[c+1].fold == "bo" && toks[c-1].is(",") && hamletEnd(toks, c+2) == p {
			return c - 1
		}
	}
	return 0
}

// memberCellBefore returns where the party cell written right before
// toks[p] starts when a person's mention ends right before it: "đồng chí
// Nguyễn Văn A chi bộ Mỹ Thạch tặng …", "… chị bộ trường THCS B tặng …"
// (the misspelling folds alike), the cell's name of one to five words
// with no mark between (round 43); or 0. Not read: a cell with no person
// before it ("chi bộ B tặng …"), or one parted by a comma (cellAfterComma
// reads that form).
func (x *extractor) memberCellBefore(toks []token, s, p int) int {
	for c := p - 3; c > s && c >= p-7; c-- {
		if toks[c].fold != "chi" || toks[c+1].fold != "bo" {
			continue
		}
		for k := c + 2; k < p; k++ {
			if !toks[k].word {
				return 0
			}
		}
		n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].end >= toks[c-1].end })
		if n < len(x.mentions) && x.mentions[n].end == toks[c-1].end {
			return c
		}
		return 0
	}
	return 0
}
