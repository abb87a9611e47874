// This file holds the rules that read lists of named recipients: what
// opens a list (", gồm:", "gồm có", "là:", "cho các tập thể sau:",
// group headings before a colon), its items and how they are parted
// (commas, "và", semicolons, lines of an open list, table cells), their
// numbering and dashes, brackets after a name (where a listed person
// lives), the people a list introduces by "ông", "bà", "đồng chí", a rank
// or a title, the mothers and Party members it lists, and the places
// written after the names of bodies.

package importer

import (
	"regexp"
	"sort"
	"strings"
)

// groupHeadings name a group of a list by its kind, before a colon.
var groupHeadings = []phrase{newPhrase("các tập thể"), newPhrase("các cá nhân"), newPhrase("tập thể"), newPhrase("cá nhân"), newPhrase("các đơn vị")}

// groupHeading returns where the group named at toks[q] begins, after its
// kind and colon, in a list of groups: "tặng Bằng khen cho các tập thể: A,
// B; các cá nhân: ông C, bà D" (q when none is).
func groupHeading(toks []token, q, e int) int {
	if n := anyAt(groupHeadings, toks, q); n > 0 && q+n+1 < e && toks[q+n].is(":") && toks[q+n+1].word {
		return q + n + 1
	}
	return q
}

// tableCells returns the cells of a line of a table, parted by "|" or by
// tabs, as ranges of toks, and whether the line is so parted; a number
// alone (the row's) is no cell.
func tableCells(text string, toks []token) ([][2]int, bool) {
	var cells [][2]int
	parted := false
	a := 0
	cut := func(k int) {
		if k > a && !(k == a+1 && isDigits(toks[a].text)) {
			cells = append(cells, [2]int{a, k})
		}
	}
	for k := range toks {
		switch {
		case toks[k].is("|"):
			parted = true
			cut(k)
			a = k + 1
		case k > 0 && strings.Contains(text[toks[k-1].end:toks[k].start], "\t"):
			parted = true
			cut(k)
			a = k
		}
	}
	cut(len(toks))
	return cells, parted
}

// numberedBareRe is a numbered item with no mark at its end: "2. Trạm
// Y tế xã A".
var numberedBareRe = regexp.MustCompile(`^\s*\d{1,2}[.)]\s+\S.*[^;,.:]\s*$`)

// numberedBare reports whether the line before the one at byte at is a
// numbered item with no mark at its end.
func numberedBare(text string, at int) bool {
	before := strings.TrimRight(text[:at], " \t\r\n")
	line := before[strings.LastIndexByte(before, '\n')+1:]
	return numberedBareRe.MatchString(line)
}

// peopleClauses reports whether the clauses from toks[q] to le, parted at
// e and at each semicolon after it, each open with a person ("cho ông A,
// Giám đốc Sở B; bà C, Trưởng phòng D; ông E, …"): the commas are each
// one's posts, and the clauses one list.
func peopleClauses(toks []token, q, e, le int) bool {
	if personIntroAt(toks, q) == 0 {
		return false
	}
	for k := e; k < le; k++ {
		if toks[k].is(";") && (k+1 >= le || personIntroAt(toks, k+1) == 0) {
			return false
		}
	}
	return true
}

// colonList reads the recipients listed after a colon that follows "cho"
// at toks[q], with what the colon may follow: "cho: A; B", "cho các tập
// thể sau: A; B", "cho 4 nhà giáo: ông A, bà B" (the count and each
// name). A colon that ends the paragraph opens a list written one item a
// line (openList). ok is false when no colon comes there.
func (x *extractor) colonList(toks []token, q, e int) ([]Recipient, bool) {
	var rs []Recipient
	k := q
	switch {
	case k+3 < e && (toks[k].is("các") || toks[k].is("những")) && (memberIntro.matchAt(toks, k+1) > 0 || comrade.matchAt(toks, k+1) > 0) && toks[k+3].is(":"):
		// "cho các đảng viên: A, Chi bộ B và C, Chi bộ D; E, …": the
		// members named after the colon, each with his cell (round 26).
		if rs := x.membersListed(toks, k+4, listEnd(toks, k+4)); len(rs) > 0 {
			return rs, true
		}
		return append(rs, x.listAfterColon(toks, k+4)...), true
	case k < e && (toks[k].is("các") || toks[k].is("những")):
		// "các tập thể, cá nhân sau", "các đơn vị": who the list holds.
		for k++; k < e && k < q+8 && (toks[k].lower() || toks[k].is(",")); k++ {
		}
	default:
		if c, next, ok := countAt(toks, k, e); ok {
			rs = append(rs, Recipient{Count: &c, Span: spanOf(x.s.Text, toks[k].start, toks[next-1].end)})
			k = next
			if k < e && (toks[k].is("sau") || toks[k].is("gồm")) {
				k++
			}
		}
	}
	if k >= len(toks) || !toks[k].is(":") {
		return nil, false
	}
	if k+1 == len(toks) {
		x.openAtEnd(toks, k+1, q)
		return rs, true
	}
	return append(rs, x.listAfterColon(toks, k+1)...), true
}

// membersListed reads the members a list names from toks[l] to e after
// "các đảng viên:" or "các đồng chí:", each name perhaps followed by his
// cell or branch up to the next "và" or ";" ("Lò Văn A, Chi bộ bản B và
// Cầm Thị C, Chi bộ bản D; Lường Văn E, …"). A name starts the list or
// follows "và", ";" or a comma right after another name; it is a person
// the people rules found there, or a bare name of two to five capitalized
// words (three or more when its first is no known surname) followed by
// ",", ";", "và" or the list's end. A body in the list is the member's
// own, no recipient.
func (x *extractor) membersListed(toks []token, l, e int) []Recipient {
	var rs []Recipient
	start := true
	for k := l; k < e; {
		if !start {
			start = toks[k].is(";") || toks[k].is("và")
			k++
			continue
		}
		start = false
		if m, ok := x.mentionAt(toks[k].start); ok {
			j := sort.Search(len(toks), func(j int) bool { return toks[j].start >= m.end })
			rs = append(rs, Recipient{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)})
			k, start = pastNameComma(toks, j, e)
			continue
		}
		j, ok := nameAt(toks, k)
		if !ok || j > e || x.isPlace(toks, k, j) || !isSurname(toks[k]) && j-k < 3 {
			continue
		}
		if j < e && !(toks[j].is(",") || toks[j].is(";") || toks[j].is("và")) {
			continue
		}
		key := x.addPerson(Person{Name: nameCase(textOf(x.s.Text, toks, k, j)), Span: spanOf(x.s.Text, toks[k].start, toks[j-1].end)})
		x.mentions = append(x.mentions, mention{key, toks[k].start, toks[j-1].end})
		sort.SliceStable(x.mentions, func(a, b int) bool { return x.mentions[a].start < x.mentions[b].start })
		rs = append(rs, Recipient{Person: key, Span: spanOf(x.s.Text, toks[k].start, toks[j-1].end)})
		k, start = pastNameComma(toks, j, e)
	}
	return rs
}

// pastNameComma returns where a list goes on after a name that ends
// before toks[j], and whether a name may start there: past the comma
// right after the name (which its mention may have taken).
func pastNameComma(toks []token, j, e int) (int, bool) {
	switch {
	case j > 0 && toks[j-1].is(","):
		return j, true
	case j < e && toks[j].is(","):
		return j + 1, true
	}
	return j, false
}

// listAfterColon reads the recipients listed from toks[l] to the full
// stop: parted by semicolons when the list has one, else by commas and
// "và".
func (x *extractor) listAfterColon(toks []token, l int) []Recipient {
	return x.recipientList(toks, l, listEnd(toks, l), true)
}

// listEnd is where the list starting at toks[l] ends: its full stop
// (stopAt), or a semicolon before a clause that gives another award ("cho
// các đồng chí: A - …; B - …; và trao Huân chương Hữu nghị cho …", round
// 40).
func listEnd(toks []token, l int) int {
	le := stopAt(toks, l)
	for k := l; k+1 < le; k++ {
		if !toks[k].is(";") {
			continue
		}
		v := k + 1
		if toks[v].is("và") && v+1 < le {
			v++
		}
		if toks[v].is("trao") || toks[v].is("tặng") || toks[v].is("truy") {
			return k
		}
	}
	return le
}

// openAtEnd opens a list written one item a line when its items, from
// toks[l], would start past the paragraph's end; the award is the one
// whose recipients are being read (at toks[i]).
func (x *extractor) openAtEnd(toks []token, l, i int) {
	if l >= len(toks) {
		x.open = openList{at: toks[i].start, award: -1}
	}
}

// openList is a list of recipients whose award's paragraph ends with a
// colon: its items are the lines that follow ("Cờ thi đua của Chính phủ
// cho:" / "- Nhân dân và cán bộ xã A;" / "- Nhân dân và cán bộ xã B.").
// at is where the list was opened while its award is still to be
// recorded; award is that award's index once it is, else -1.
type openList struct{ at, award int }

// listedLine reads one line of an open list: its recipients go to the
// list's award. A line that reads as none, or that ends with a full
// stop, closes the list.
func (x *extractor) listedLine(toks []token) {
	k := x.open.award
	x.open = openList{at: -1, award: -1}
	if len(toks) == 0 {
		return
	}
	if cells, ok := tableCells(x.s.Text, toks); ok {
		// A row of a table: "| 1 | Ông A | Giám đốc Sở B |". The first
		// cell that reads as recipients names the row's; a row with none
		// (the heading "| TT | Họ và tên | Chức vụ |") keeps the table
		// open.
		for _, c := range cells {
			if rs := x.recipientList(toks, c[0], c[1], true); len(rs) > 0 {
				x.addRecipients(k, rs[:1])
				break
			}
		}
		x.open.award = k
		return
	}
	q := skipNumbering(toks, 0, len(toks))
	if n := anyAt(groupHeadings, toks, q); n > 0 && q+n+1 == len(toks) && toks[q+n].is(":") {
		x.open.award = k // "Tập thể:", "b) Cá nhân:": a group's heading on its own line
		return
	}
	if q == 0 && numberedBare(x.s.Text, toks[0].start) {
		return // a list numbered with no marks goes on only with the next number
	}
	if rs := x.authorsNamed(toks, q); len(rs) > 0 {
		// "1. Tác phẩm A của nhóm tác giả B – C, đơn vị Báo D.": a
		// contest's winners are the work's authors, not the paper they
		// write for; the next numbered work goes on the list.
		x.addRecipients(k, rs)
		x.open.award = k
		return
	}
	rs := x.recipientList(toks, q, len(toks), true)
	if len(rs) == 0 && q == 0 {
		return
	}
	if dashed(toks, q) && len(rs) == 2 && rs[0].Org != nil && rs[1].Org != nil && commaBetween(x.s.Text, rs[0].Span, rs[1].Span) {
		// A dashed line is one item: the body after its comma is the
		// item's own ("- Trường THPT A, Sở Giáo dục và Đào tạo tỉnh B;").
		rs = rs[:1]
	}
	// A numbered item no rule reads ("3. Ban Quản lý rừng phòng hộ …;")
	// does not close the list.
	x.addRecipients(k, rs)
	if last := toks[len(toks)-1]; last.is(";") || last.is(",") || dashed(toks, q) || q > 0 && len(rs) > 0 && !last.is(".") {
		x.open.award = k // "1. Trường A" with no mark after it: the next line may be "2. …"
	}
}

// commaBetween reports whether only a comma parts two spans of text.
func commaBetween(text string, a, b Span) bool {
	e := a.byte + len(a.Text)
	return e <= b.byte && strings.TrimSpace(text[e:b.byte]) == ","
}

// dashed reports whether a line is an item marked by a dash ("- Sở A."),
// read up to toks[q]: a dashed list's lines end with a full stop or none as
// the writer pleases, so only a line that is no item closes it.
func dashed(toks []token, q int) bool {
	return q == 1 && (toks[0].is("-") || toks[0].is("+") || toks[0].is("–"))
}

// stopAt returns the full stop that ends the list starting at toks[l];
// one inside an abbreviation ("VP.UBND tỉnh") ends none.
func stopAt(toks []token, l int) int {
	le := l
	for le < len(toks) && le < l+maxSentence && !(toks[le].is(".") && !numbering(toks, le, l) && !abbrevDot(toks, le) && !degreeDot(toks, le)) && !toks[le].is("!") && !toks[le].is("?") {
		le++
	}
	return le
}

// degreeDot reports whether the full stop at toks[k] closes an academic
// title written before a name, which goes on the sentence: "gồm: PGS.TS.
// Lê Văn Bình – Hiệu trưởng …" (round 36).
func degreeDot(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) || !degrees[toks[k-1].text] || toks[k-1].end != toks[k].start {
		return false
	}
	return degrees[toks[k+1].text] || toks[k+1].capitalized() && isSurname(toks[k+1])
}

// numbering reports whether the full stop at toks[k] numbers an item of
// a list that starts at toks[l]: "1.Sở A; 2. Sở B".
func numbering(toks []token, k, l int) bool {
	if k-1 < l || k+1 >= len(toks) || !isDigits(toks[k-1].text) || len(toks[k-1].text) > 2 || !toks[k+1].capitalized() {
		return false
	}
	return k-1 == l || toks[k-2].is(";") || toks[k-2].is(":")
}

// followOnLists gives the recipients a sentence lists without naming the
// award to the award the story named last: "Bốn tập thể được tặng là: Sở
// A; Báo B; Hội C."
func (x *extractor) followOnLists(toks []token) {
	x.namedNextParagraph(toks)
	if n := len(x.s.Awards); n > 0 && x.s.Awards[n-1].Kind == AwardHonoraryTitle && len(toks) > 0 {
		// "Các Mẹ gồm: Mẹ A, sinh năm …; Mẹ B …": the mothers of the
		// honorary title named before.
		for k := range toks {
			if k > 0 && !toks[k-1].is(".") {
				continue // a sentence's start
			}
			if l := motherList(toks, k); l > k {
				x.addRecipients(n-1, x.mothersListed(toks, l, stopAt(toks, l)))
				return
			}
		}
	}
	if q := skipNumbering(toks, 0, len(toks)); len(x.s.Awards) > 0 && groupHeading(toks, q, len(toks)) > q {
		// "Tập thể: Trường A, Trạm Y tế xã B." and "Cá nhân: ông C, bà
		// D." in paragraphs of their own after "… tặng Bằng khen cho các
		// tập thể và cá nhân.": each group of those the last award named
		// goes to it, unless its sentence names an award of its own.
		l := groupHeading(toks, q, len(toks))
		e := stopAt(toks, l)
		for k := q; k < e; k++ {
			if x.awardAt(toks[k].start) {
				return
			}
		}
		x.addRecipients(len(x.s.Awards)-1, x.recipientList(toks, l, e, true))
		return
	}
	for k := 2; k+2 < len(toks); k++ {
		if !(toks[k].is("là") || toks[k].is("gồm")) || !(toks[k-1].is("tặng") || toks[k-1].is("nhận")) || !passiveGive(toks, k-1) {
			continue
		}
		// "9 nghệ nhân được phong tặng là các ông bà: Bà A; bà B …":
		// the class of those listed may come between "là" and the colon
		// (round 45), as it may after "gồm" (listClass).
		c := k + 1
		if l := listClass(toks, c, len(toks)); l > c && l < len(toks) && toks[l].is(":") {
			c = l
		}
		if !toks[c].is(":") || c+1 >= len(toks) {
			continue
		}
		if len(x.s.Awards) == 0 {
			return
		}
		s, _ := sentenceBounds(toks, k)
		for q := s; q < k; q++ {
			if x.awardAt(toks[q].start) {
				return // the sentence names its award: the award rules read it
			}
		}
		x.addRecipients(len(x.s.Awards)-1, x.recipientList(toks, c+1, stopAt(toks, c+1), true))
		return
	}
	x.countedLists(toks)
}

// listIntro reads what introduces a list of recipients after an award at
// toks[q]: ", gồm:", "gồm có", "là:". It returns the token after it, or q.
func listIntro(toks []token, q, e int) int {
	k := q
	if k < e && toks[k].is(",") {
		k++
	}
	switch {
	case k < e && toks[k].is("gồm"):
		k++
		if k < e && toks[k].is("có") {
			k++
		}
	case k+1 < e && toks[k].is("là") && toks[k+1].is(":"):
		k++
	default:
		return q
	}
	k = listClass(toks, k, e)
	if k < e && toks[k].is(":") {
		k++
	}
	return k
}

// decisionClauseEnd returns the comma before "gồm" that ends the decision
// an award at toks[q-1] was given by, written right after it: "… phong
// tặng Nghệ nhân Ưu tú theo Quyết định 13/QĐ-CTN ngày 8-3-2024 của Chủ
// tịch nước, gồm: A, B" (round 38). No "cho", no other award and no
// other comma come between; else q.
func (x *extractor) decisionClauseEnd(toks []token, q, e int) int {
	if k := x.giverClauseEnd(toks, q, e); k > q {
		return k
	}
	if q+2 >= e || !(toks[q].is("theo") || toks[q].is("tại")) || !(toks[q+1].is("Quyết") && toks[q+2].is("định") || toks[q+1].is("Nghị") && toks[q+2].is("quyết")) {
		return q
	}
	for k := q + 3; k+1 < e && k < q+30; k++ {
		if toks[k].is("cho") || x.awardAt(toks[k].start) {
			return q
		}
		if toks[k].is(",") {
			if toks[k+1].is("gồm") {
				return k
			}
			return q
		}
	}
	return q
}

// giverClauseEnd returns the comma before "gồm" that ends the clause of
// who gave an award at toks[q-1], written right after it: "4 nhà giáo
// đạt danh hiệu “Nhà giáo ưu tú” do Chủ tịch nước ký tặng, gồm: bà A, …;
// ông B" (round 45), as decisionClauseEnd reads a decision there. The
// clause opens with "do" and ends with a verb of giving; no "cho", no
// other award and no other comma come between; else q.
func (x *extractor) giverClauseEnd(toks []token, q, e int) int {
	if q+3 >= e || !toks[q].is("do") {
		return q
	}
	for k := q + 2; k+1 < e && k < q+16; k++ {
		if toks[k].is("cho") || x.awardAt(toks[k].start) {
			return q
		}
		if toks[k].is(",") {
			if toks[k+1].is("gồm") && (toks[k-1].is("tặng") || toks[k-1].is("trao") || toks[k-1].is("ký") || toks[k-1].is("thưởng")) {
				return k
			}
			return q
		}
	}
	return q
}

// listClasses name what the members of a list after "gồm" are: "gồm các
// nghệ nhân A, B", "gồm các đồng chí: C, D".
var listClasses = append([]phrase{newPhrase("đồng chí"), newPhrase("cá nhân"), newPhrase("tập thể"),
	newPhrase("đảng viên"), newPhrase("đơn vị"), newPhrase("mẹ"), newPhrase("ông"), newPhrase("bà")}, craftsmen...)

// listClass returns the token after "các" and a class of listClasses at
// toks[k] when a colon or a capitalized word follows them ("gồm các nghệ
// nhân Trần Văn A, …", round 38), or k.
func listClass(toks []token, k, e int) int {
	if k+2 >= e || !toks[k].is("các") {
		return k
	}
	n := anyAt(listClasses, toks, k+1)
	if n == 1 && k+4 < e && (toks[k+2].is("/") || toks[k+2].is(",")) && (toks[k+1].is("ông") && toks[k+3].is("bà") || toks[k+1].is("bà") && toks[k+3].is("ông")) {
		n = 3 // "gồm các ông/bà: A, …; B, …", "các ông, bà" (round 41)
	} else if n == 1 && k+3 < e && toks[k+1].is("ông") && toks[k+2].is("bà") && toks[k+3].is(":") {
		n = 2 // "là các ông bà: A; B" (round 45), before a colon only
	}
	if n == 0 || k+1+n >= e || !(toks[k+1+n].is(":") || toks[k+1+n].capitalized()) {
		return k
	}
	return k + 1 + n
}

// recipientList reads "đồng chí A, Sở B và 23 tập thể" from toks[q]; a list
// introduced by "gồm:" (semis) may also be parted by semicolons.
func (x *extractor) recipientList(toks []token, q, e int, semis bool) []Recipient {
	return x.listOf(toks, q, e, semis, false)
}

// listOf is recipientList; clauses reports a list whose items are the
// clauses of a sentence after "cho" (listClauses), which goes on past an
// item no rule reads.
func (x *extractor) listOf(toks []token, q, e int, semis, clauses bool) []Recipient {
	var out []Recipient
	if q >= e {
		return nil
	}
	if q+1 < e && toks[q].is("thân") && toks[q+1].is("nhân") {
		q += 2 // "cho thân nhân mẹ A và mẹ B": the relatives receive for the dead
		if q < e && toks[q].is("của") {
			q++
		}
	}
	if q+2 < e && toks[q].is("tổng") && (toks[q+1].is("số") || toks[q+1].is("cộng")) && countOpens(toks, q+2, e) {
		q += 2 // "cho tổng số 30 tập thể và cá nhân"
	}
	if q+2 < e && toks[q].is("hai") && toks[q+1].is("vợ") && toks[q+2].is("chồng") {
		q++ // "cho hai vợ chồng đảng viên A và B"
	}
	if q+2 < e && toks[q].is("vợ") && toks[q+1].is("chồng") && (personIntroAt(toks, q+2) > 0 || memberIntro.matchAt(toks, q+2) > 0) {
		q += 2 // "cho vợ chồng ông A và bà B": the couple, each named
	}
	if l := motherList(toks, q); l > q {
		return x.mothersListed(toks, l, stopAt(toks, l))
	}
	// A list parted by semicolons; an explicit list ("gồm: A, B, C")
	// without them is parted by commas.
	parted := semis && hasSemicolon(toks, q, e)
	named := false // the list names those a count counts
	inRun := false // the item before was read by bracketedItem
	for q < e {
		if semis {
			q = skipNumbering(toks, q, e)
		}
		if representative.matchAt(toks, q) > 0 {
			q += 2
		}
		if collective.matchAt(toks, q) > 0 && q+2 < e && x.placeCollective(toks, q+2, e) == q+2 {
			// "cho tập thể Sở Y tế", "tặng tập thể cán bộ, công chức
			// Thanh tra tỉnh": the body whose staff it names.
			if k := staffOf(toks, q+2, e); k < e && toks[k].capitalized() {
				q = k
			}
		}
		if k := groupHeading(toks, q, e); k > q {
			q = k // "…; các cá nhân: ông A, bà B": the list's next group
		}
		if k := peopleIntro(toks, q, e); k > q {
			// "… và các ông: A, Cán bộ Phòng X; B, Đội trưởng Đội Y": the
			// people named after it, each with his posts, parted by
			// semicolons when they are.
			q, named = k, true
			if le := stopAt(toks, q); hasSemicolon(toks, q, le) {
				semis, parted, e = true, true, max(e, le) // the sentence's clauses are the list's items
			}
		}
		if r, next, ok := x.bracketedItem(toks, q, e, inRun); ok {
			// "5 mẹ: Lý Thị Hưng (xã Bàu Lâm, huyện Xuyên Mộc), Trịnh Thị
			// Điểu (thị trấn Phước Bửu, …), …": each name with where she
			// lived in brackets (round 48).
			out = append(out, r)
			q, inRun = next, true
			continue
		}
		inRun = false
		r, next, ok := x.recipientAt(toks, q, e)
		if ok && r.Org != nil && semis && !parted && next < e && !endsItem(toks[next]) {
			// In a list after "gồm:" an item is a name and ends at a
			// comma: a body read short ("Ban Chỉ huy quân" of "Ban Chỉ
			// huy quân sự TP A") is no item the rules read.
			ok = false
		}
		if !ok && named && personIntroAt(toks, q) > 0 {
			// A person of the list the rules do not read as a name: the
			// list goes on with the next one.
			if n := nextPerson(toks, q, e); n > q {
				q = n
				continue
			}
		}
		if !ok && parted {
			if m, found := x.titledItem(toks, q, e); found {
				r, ok = Recipient{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)}, true
				next = sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.end })
			}
		}
		if !ok && parted && clauses {
			// The clauses of a list after "cho" go on past an item no
			// rule reads ("cho Liên hiệp các Tổ chức hữu nghị thành phố;
			// Hội Nhà báo thành phố"). Within an item the rules cannot
			// tell a list from one name ("Văn phòng Đoàn Đại biểu Quốc
			// hội và HĐND thành phố"): the item is skipped whole.
			if n := nextItem(toks, q, e); n > q {
				q = n
				continue
			}
		}
		if !ok {
			// A numbered list goes on past an item no rule reads: "…; 5.
			// Phòng Xây dựng chính quyền, Sở Nội vụ; 6. Sở Y tế".
			if n := nextItem(toks, q, e); semis && n > q && skipNumbering(toks, n, e) > n {
				q = n
				continue
			}
			// So does a list of bodies parted by commas, past a body no
			// rule reads that names its place ("gồm: Phòng Cảnh sát PCCC
			// Công an tỉnh A, Công an huyện B", "cho Trạm Kiểm lâm C
			// huyện D, Công an xã E"); one that names none is owned by
			// the next ("Phòng X, Công an tỉnh A"), no item.
			if n := x.pastUnread(toks, q, e); !parted && n > q {
				q = n
				continue
			}
			break
		}
		if r.Count != nil && next < e && toks[next].is("không") {
			break // "01 trường hợp không đủ điều kiện": not given it
		}
		out = append(out, r)
		q = next
		if q < e && toks[q].is(")") && strings.Contains(r.Span.Text, "(") {
			q++ // a mention that took the post in parentheses after the name: "ông A (Chính trị viên …)"
		}
		if r.Count != nil && q+1 < e {
			// "cho 2 cá nhân là đồng chí A - …, và đồng chí B", "cho 4
			// nhà giáo: ông A, bà B": the count, then each of them.
			if k := namedAfterCount(toks, q, e); k > q {
				if toks[k-1].is(":") {
					return append(out, x.listAfterColon(toks, k)...)
				}
				q, named = k, true
				continue
			}
			if (toks[q-1].is("ông") || toks[q-1].is("bà")) && toks[q].capitalized() {
				named = true // "cho 2 ông A - … và B - …": each named after the count
				continue
			}
			if r.Count.Collectives == nil && r.Count.Individuals != nil && toks[q].capitalized() && x.personNamedAt(toks[q].start) {
				// "cho 2 nghệ nhân A và B": persons counted, then each
				// named right after the count, with no word between
				// (round 53).
				named = true
				continue
			}
			if k := x.namedAfterPraise(toks, q, e); k > q {
				if toks[k-1].is(":") {
					return append(out, x.listAfterColon(toks, k)...)
				}
				q, named = k, true
				continue
			}
		}
		if q < e && toks[q].is("(") {
			// "Nhân dân và cán bộ xã Tân Hội (huyện Đức Trọng)", "ông A
			// (Chính trị viên Ban Chỉ huy quân sự huyện B)": where it is,
			// what he is.
			for c := q + 1; c < e && c < q+30; c++ {
				if toks[c].is(")") {
					q = c + 1
					break
				}
			}
		}
		if r.Person != "" && !parted && q < e && (toks[q].is("-") || toks[q].is("–") || toks[q].is(",") && !x.readsPersonAt(toks, q+1, e)) {
			// "đồng chí A - Ủy viên …, Bí thư … và đồng chí B", "đồng chí
			// A, Giám đốc Sở X và cho Sở Y": the person's titles run to
			// the next one; so does a body right after the name ("đảng
			// viên A, Đảng bộ phường B"), the person's own.
			if n := nextPerson(toks, q, e); n > q {
				q = n
				continue
			}
			if n := x.nextMention(toks, q, e); named && n > q {
				q = n // "cho 2 ông A - nguyên …, và B - nguyên …": a name the people rules found
				continue
			}
			if toks[q].is(",") && x.readsAt(toks, q+1, e) {
				break
			}
		}
		if r.Person != "" && !parted && q < e && q > 0 && toks[q-1].is(",") && toks[q-1].start < r.Span.byte+len(r.Span.Text) {
			// The name's mention took the comma after it: "ông A, bà B";
			// a body after it is the person's own.
			if x.readsAt(toks, q, e) && !x.readsPersonAt(toks, q, e) {
				break
			}
			continue
		}
		if parted && r.Person != "" && q+1 < e && toks[q].is(",") && x.readsPersonAt(toks, q+1, e) {
			// "…; ông A, ông B ở xã C; …": two people of one item.
			q++
			continue
		}
		if parted && r.Person != "" && q < e && !toks[q].is(";") && !toks[q].is("và") {
			// "1. Ông A - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; 2. Bà B":
			// the person's titles run to the semicolon, and the last one's
			// to "và" and the next person ("…; C, Cán bộ Đội X và Binh
			// nhì D").
			if n := nextItem(toks, q, e); n > q {
				q = n
				continue
			}
			if n := nextPerson(toks, q, e); n > q {
				q = n
				continue
			}
			break // the last person's titles end the list
		}
		if parted && r.Org != nil && q+1 < e && toks[q].is(",") && toks[q+1].lower() {
			// "Nhân dân và cán bộ xã Tân An, huyện Krông Búk; …": where it
			// is runs to the semicolon.
			if n := nextItem(toks, q, e); n > q {
				q = n
				continue
			}
			break
		}
		if q+1 < e && (toks[q].is(",") || toks[q].is("và") || toks[q].is("cùng") || parted && toks[q].is(";")) {
			// "A, B và C", "A cùng 3 doanh nghiệp", "A và cho B".
			q++
			if q+1 < e && (toks[q].is("và") || toks[q].is("cùng")) {
				q++
			}
			if q+2 < e && (toks[q].is("phong") || toks[q].is("truy")) && toks[q+1].is("tặng") && toks[q+2].is("cho") {
				q += 2 // "truy tặng … cho 5 mẹ và phong tặng cho 2 mẹ": one award, two givings
			}
			if q+1 < e && toks[q].is("cho") {
				q++
			}
			continue
		}
		break
	}
	return out
}

// listClauses returns the end of the clauses after the semicolon
// toks[e] that go on a list of recipients begun before it with one item
// (see partedIn): each starts
// with a name or a person's intro ("bà", "ông"), is short, and gives no
// award of its own (no verb of giving, "cho", nor an award's name); else
// e.
func listClauses(toks []token, e int) int {
	end := e
	for end < len(toks) && toks[end].is(";") {
		c := end + 1
		if c >= len(toks) || !(toks[c].capitalized() && toks[c].word || personIntroAt(toks, c) > 0) {
			break
		}
		_, f := sentenceBounds(toks, c)
		if f-c > 30 {
			break
		}
		for k := c; k < f; k++ {
			if toks[k].is("tặng") || toks[k].is("trao") || toks[k].is("cho") || toks[k].is("được") || awardKindAt(toks, k) {
				return end
			}
		}
		end = f
	}
	return end
}

// partedIn reports whether a comma or a colon parts toks[q:e]: a first
// clause that is a list of its own ("cho A, B cùng ba cá nhân: C; D"),
// whose items the rules of such lists read. A comma before where the item
// is ("cho Nhân dân và cán bộ xã A, huyện B; bà C, …") parts nothing.
func partedIn(toks []token, q, e int) bool {
	for k := q; k < e; k++ {
		if toks[k].is(":") || toks[k].is(",") && !placeAfter(toks, k+1, e) {
			return true
		}
	}
	return false
}

// placeAfter reports whether toks[k:e] is where something is and no more:
// a local unit and its name ("huyện Lệ Thủy", "tỉnh Quảng Bình").
func placeAfter(toks []token, k, e int) bool {
	n := anyAt(localUnits, toks, k)
	if n == 0 || !toks[k].lower() || k+n >= e {
		return false
	}
	for j := k + n; j < e; j++ {
		if !toks[j].capitalized() {
			return toks[j].is(",") && placeAfter(toks, j+1, e)
		}
	}
	return true
}

// awardKindAt reports whether an award's kind word is written at toks[k]
// ("Huân chương", "bằng khen").
func awardKindAt(toks []token, k int) bool {
	for _, a := range awardKinds {
		if a.words.matchAt(toks, k) > 0 {
			return true
		}
	}
	return false
}

// staffWords name the staff of a body: "cán bộ, công chức, viên chức và
// người lao động Sở A".
var staffWords = []phrase{newPhrase("cán bộ"), newPhrase("công chức"), newPhrase("viên chức"), newPhrase("nhân viên"), newPhrase("người lao động"), newPhrase("chiến sĩ"), newPhrase("đảng viên")}

// staffOf returns the token after the staff words at toks[k] (and "của"
// after them), or k.
func staffOf(toks []token, k, e int) int {
	q := k
	for q < e {
		n := 0
		for _, w := range staffWords {
			if n = w.matchAt(toks, q); n > 0 && toks[q].lower() {
				break
			}
		}
		if n == 0 {
			break
		}
		q += n
		if q+1 < e && (toks[q].is(",") || toks[q].is("và")) {
			q++
		}
	}
	if q > k && q < e && toks[q].is("của") {
		q++
	}
	return q
}

// pastUnread returns the next item a comma list reads after the bodies
// from toks[q] that no rule reads but that each name their place
// ("Ban Chỉ huy quân sự TP A, Đội CSGT Công an TP A, Công an xã B"),
// or q.
func (x *extractor) pastUnread(toks []token, q, e int) int {
	k := q
	for range 6 {
		n := nextComma(toks, k, e)
		if n <= k || !placed(toks, k, n-1) {
			return q
		}
		if x.readsAt(toks, n, e) {
			return n
		}
		k = n
	}
	return q
}

// titledItem returns the person an item of a list parted by semicolons
// names after titles, degrees and trades no rule reads as a person's
// introduction: "Đó là: Đạo diễn điện ảnh, NSND A; Kiến trúc sư, Tiến sĩ
// B; Nhà nghiên cứu văn hóa C" (round 45). The person is the first the
// story found in the item, only words and commas before it. Not read: an
// item with no person, one whose person comes after a figure, a bracket
// or other marks ("Trường A (Hiệu trưởng B)").
func (x *extractor) titledItem(toks []token, q, e int) (mention, bool) {
	for k := q; k < e && k < q+12; k++ {
		if toks[k].is(";") || !toks[k].word && !toks[k].is(",") || isDigits(toks[k].text) {
			return mention{}, false
		}
		if !toks[k].capitalized() {
			continue
		}
		if m, ok := x.mentionAt(toks[k].start); ok && m.end <= toks[e-1].end {
			return m, true
		}
	}
	return mention{}, false
}

// endsItem reports whether t ends an item of a list of names: ",", "và",
// "cùng", ";", ":", "(" or a full stop.
func endsItem(t token) bool {
	return t.is(",") || t.is("và") || t.is("cùng") || t.is(";") || t.is(":") || t.is("(") || t.is(".")
}

// hasSemicolon reports whether a semicolon parts toks[q:e].
func hasSemicolon(toks []token, q, e int) bool {
	for k := q; k < e; k++ {
		if toks[k].is(";") {
			return true
		}
	}
	return false
}

// peopleIntro returns the token after "các ông", "các bà", "các đồng
// chí" (and a colon) at toks[q], which introduce people named without
// them; else q.
func peopleIntro(toks []token, q, e int) int {
	if q+2 >= e || !(toks[q].is("các") || toks[q].is("Các")) {
		return q
	}
	k := q + 1
	switch {
	case toks[k].is("ông") || toks[k].is("bà"):
		k++
	case comrade.matchAt(toks, k) > 0, memberIntro.matchAt(toks, k) > 0, fallen.matchAt(toks, k) > 0:
		k += 2 // "các đồng chí:", "các đảng viên A, B", "truy tặng … cho các liệt sĩ A, B"
	default:
		return q
	}
	if k < e && toks[k].is(":") {
		k++
	}
	if k >= e || !toks[k].capitalized() {
		return q
	}
	return k
}

// nextComma returns the token after the next comma of toks[q:e] that
// parts a list, before any semicolon, colon or full stop; else q.
func nextComma(toks []token, q, e int) int {
	for k := q + 1; k+1 < e && k < q+20; k++ {
		switch t := toks[k]; {
		case t.is(","):
			return k + 1
		case t.is(";") || t.is(":") || t.is(".") && !abbrevDot(toks, k):
			return q
		}
	}
	return q
}

// placeWordsLower are the words that place a body, in lower case:
// "Công an huyện Đạ Huoai", "Đội CSGT Công an TP Bảo Lộc".
var placeUnits = map[string]bool{"tỉnh": true, "huyện": true, "xã": true, "phường": true, "quận": true, "TP": true, "thị": true, "thành": true}

// placed reports whether the words toks[q:k] name the place of a body
// ("… Công an tỉnh Lâm Đồng", "… huyện Đạ Huoai", "… Tỉnh ủy"): a
// body of a list that no rule reads but that stands alone.
func placed(toks []token, q, k int) bool {
	for p := q; p+1 < k; p++ {
		if placeUnits[toks[p].text] && toks[p+1].capitalized() {
			return true
		}
		if toks[p+1].fold == "uy" && (toks[p].fold == "tinh" || toks[p].fold == "huyen" || toks[p].fold == "thanh") && toks[p].capitalized() {
			return true
		}
	}
	return false
}

// nextPerson returns the start of the next recipient a list names after
// toks[q], past the titles of the person before: the word after ", " or
// "và" that introduces a person ("đồng chí", "ông", "bà", a rank), or
// what follows "và cho"; else q.
func nextPerson(toks []token, q, e int) int {
	for k := q + 1; k+1 < e && k < q+40; k++ {
		if t := toks[k]; t.is(";") || t.is(".") && !abbrevDot(toks, k) || t.is(":") {
			return q
		}
		if !(toks[k].is(",") || toks[k].is("và")) {
			continue
		}
		n := k + 1
		if n < e && toks[n].is("và") {
			n++
		}
		if n < e && personIntroAt(toks, n) > 0 {
			return n
		}
		if toks[k].is("và") && n+1 < e && toks[n].is("cho") {
			return n + 1 // "đồng chí A, Giám đốc Sở X và cho Sở Y"
		}
	}
	return q
}

// nextMention returns the start of the next person a list names after
// toks[q] by a mention the people rules found, right after "và" (round
// 26), before any semicolon, colon or full stop; else q.
func (x *extractor) nextMention(toks []token, q, e int) int {
	for k := q + 1; k+1 < e && k < q+40; k++ {
		if t := toks[k]; t.is(";") || t.is(".") && !abbrevDot(toks, k) || t.is(":") {
			return q
		}
		if toks[k].is("và") {
			if _, ok := x.mentionAt(toks[k+1].start); ok {
				return k + 1
			}
		}
	}
	return q
}

// mothersListed reads the people listed from toks[q] after "các Bà mẹ:",
// each perhaps followed by where she lived or her sons up to the next ",",
// "và" or ";".
func (x *extractor) mothersListed(toks []token, q, e int) []Recipient {
	// Items whose details have commas are parted by semicolons: "Mẹ A,
	// sinh năm 1897, ở xã B; Mẹ C, …".
	semis := nextItem(toks, q, e) > q
	sep := func(t token) bool { return t.is(";") || !semis && (t.is(",") || t.is("và")) }
	var out []Recipient
	for q < e && len(out) < maxEntities {
		r, next, ok := x.recipientAt(toks, q, e)
		if !ok || r.Person == "" {
			break
		}
		out = append(out, r)
		for q = next; q < e && !sep(toks[q]); q++ {
		}
		for q < e && (sep(toks[q]) || toks[q].is("và")) {
			q++
		}
	}
	return out
}

// skipNumbering skips the number or dash that starts an item of a list:
// "1.", "2)", "a)", "-", "+".
func skipNumbering(toks []token, q, e int) int {
	switch {
	case q+2 < e && (isDigits(toks[q].text) && len(toks[q].text) <= 2 || len([]rune(toks[q].text)) == 1 && toks[q].lower()) && (toks[q+1].is(".") || toks[q+1].is(")")) && toks[q+2].capitalized():
		return q + 2
	case q+1 < e && (toks[q].is("-") || toks[q].is("+") || toks[q].is("–")) && (toks[q+1].capitalized() || isDigits(toks[q+1].text) && countOpens(toks, q+1, e)):
		return q + 1 // "- Sở A;", and "- 02 tập thể;" a count on its own line
	}
	return q
}

// nextItem returns the token after the next semicolon before e, or q.
func nextItem(toks []token, q, e int) int {
	for k := q; k < e && k < q+60; k++ {
		if toks[k].is(";") {
			return k + 1
		}
	}
	return q
}

// personIntroAt returns the length of the words that introduce a person
// at toks[k]: "đồng chí", "ông", "bà", a rank ("Thiếu tá"), "mẹ", "đảng
// viên"; or 0.
func personIntroAt(toks []token, k int) int {
	if k >= len(toks) {
		return 0
	}
	switch {
	case comrade.matchAt(toks, k) > 0:
		return 2
	case toks[k].is("cá") && k+2 < len(toks) && toks[k+1].is("nhân") && !toks[k+2].is("cá") && personIntroAt(toks, k+2) > 0:
		// "trao bằng khen cho cá nhân ông Nguyễn Xuân Bình … và bằng
		// khen cho tập thể đội …": the class, then the person (round 51).
		return 2 + personIntroAt(toks, k+2)
	case toks[k].is("ông") || toks[k].is("bà") || toks[k].is("Ông") || toks[k].is("Bà"):
		if n := motherAt(toks, k); n > 0 {
			return n // "Bà mẹ Đỗ Thị Điền"
		}
		return 1
	case (toks[k].is("anh") || toks[k].is("chị")) && k+1 < len(toks) && toks[k+1].capitalized() && toks[k+1].word:
		return 1 // "cho anh Phạm Đình Duẩn, thợ lò …": the young are "anh", "chị" (round 49)
	case toks[k].is("em") && k+1 < len(toks) && toks[k+1].capitalized() && toks[k+1].word:
		return 1 // "truy tặng Bằng khen … cho em Hoàng Đức Hải": a child is "em" (round 53)
	case rankAt(toks, k) > 0:
		return rankAt(toks, k) // "Thiếu tướng Phạm Thế Tùng"
	case toks[k].lower() && lowerRankAt(toks, k) > 0:
		return lowerRankAt(toks, k) // "truy tặng Huân chương … cho thiếu tá Hà Văn Minh" (round 51)
	case motherAt(toks, k) > 0:
		return motherAt(toks, k) // "mẹ Đỗ Thị Điền"
	case memberIntro.matchAt(toks, k) > 0 && toks[k].lower() && k+2 < len(toks) && toks[k+2].capitalized():
		return 2 // "cho đảng viên Trần Xuân Thái"
	case memberIntro.matchAt(toks, k) > 0 && toks[k].lower() && k+5 < len(toks) && toks[k+2].is("(") && toks[k+3].text == "ĐV" && toks[k+4].is(")") && toks[k+5].capitalized():
		return 5 // "cho đảng viên (ĐV) Phạm Đình Thu", which names the abbreviation the story uses after it
	case toks[k].text == "ĐV" && k+1 < len(toks) && toks[k+1].capitalized():
		return 1 // "cho ĐV Vũ Sơn Hà"
	case teacher.matchAt(toks, k) > 0 && k+2 < len(toks) && isSurname(toks[k+2]) && toks[k+2].capitalized():
		return 2 // "gồm: Nhà giáo Trần Thị Hoa - Hiệu trưởng …" (round 36), not "Nhà giáo Ưu tú"
	case (toks[k].fold == "thay" || toks[k].fold == "co") && toks[k].word && k+2 < len(toks) && isSurname(toks[k+1]) && toks[k+1].capitalized() && toks[k+2].capitalized():
		return 1 // "- Thầy Võ Văn A, Hiệu trưởng …", "cô Lê Thị B": a teacher (round 45)
	case anyAt(craftsmen, toks, k) == 2 && toks[k].lower() && k+2 < len(toks) && isSurname(toks[k+2]) && toks[k+2].capitalized():
		return 2 // "cho bác sĩ Nguyễn Văn An", "là thầy giáo Lê Văn Bình" (round 37)
	case degrees[toks[k].text]:
		// "PGS.TS. Lê Văn Bình", "TS Trần Thị Hoa": academic titles, then
		// the name (round 36).
		n := k
		for n < len(toks) && degrees[toks[n].text] {
			n++
			if n < len(toks) && toks[n].is(".") {
				n++
			}
		}
		if n < len(toks) && isSurname(toks[n]) && toks[n].capitalized() {
			return n - k
		}
	}
	return 0
}

// lowerRankAt returns the length of a rank written in lower case at
// toks[k] before a surname ("thiếu tá Hà Văn Minh"), or 0: rankAt reads
// a capitalized one only.
func lowerRankAt(toks []token, k int) int {
	n := anyAt(ranks, toks, k)
	if n == 0 || k+n >= len(toks) || !isSurname(toks[k+n]) || !toks[k+n].capitalized() {
		return 0
	}
	return n
}

// teacher is "nhà giáo" written before a teacher's name.
var teacher = newPhrase("nhà giáo")

var memberIntro = newPhrase("đảng viên")

// fallen is "liệt sĩ", the dead an award is given to posthumously.
var fallen = newPhrase("liệt sĩ")

// titledMentionAt returns the person mention a list names after the
// titles it gives him, from toks[p]: "nguyên Phó Chủ tịch nước Đặng Thị
// Ngọc Thịnh", "Bí thư Chi bộ 3 Nguyễn Văn An". Only title and name words
// come between: no punctuation, no verb.
func (x *extractor) titledMentionAt(toks []token, p, e int) (mention, bool) {
	k := p
	if k < e && toks[k].is("nguyên") {
		k++ // former: the post is no longer held, the person is named all the same
	}
	if _, n := titleAt(toks, k); n == 0 || k >= e {
		return mention{}, false
	}
	for k < e && k < p+14 && (toks[k].word || toks[k].is("-")) {
		if m, ok := x.mentionAt(toks[k].start); ok {
			return m, true
		}
		k++
	}
	return mention{}, false
}

// residenceClosed returns the token past the brackets opened at toks[a]
// when they hold where a listed person lives ("(trú huyện B)", "(đã mất,
// trú xã D)") and close before toks[b] followed by ";" or ","; else a.
func residenceClosed(toks []token, a, b int) int {
	lived := false
	for k := a + 1; k < b && k <= a+14; k++ {
		switch {
		case toks[k].is("trú") || toks[k].is("ngụ") || toks[k].is("quê"):
			lived = true
		case toks[k].is("(") || toks[k].is(";"):
			return a
		case toks[k].is(")"):
			if lived && k+1 < b && (toks[k+1].is(";") || toks[k+1].is(",")) {
				return k + 1
			}
			return a
		}
	}
	return a
}

// authorsNamed reads the author slot of a line that lists a work under a
// prize, from toks[q]: the slot authorSlotAt finds ("(nhóm) tác giả") and
// the names after it that authorName accepts, parted by dashes, commas or
// "và" ("… của nhóm tác giả Thành A – Hoa B – Lê C, đơn vị Báo D"):
// authors are often named by a pen name with no family name, which the
// people rules read only in that slot (round 43). Each author is a
// person of the story and a recipient; the body after the names ("đơn vị
// Báo D") is not. Must not read: a line with no "tác giả", a name of one
// word or of more than four, words after the names that are no name.
func (x *extractor) authorsNamed(toks []token, q int) []Recipient {
	k := q
	for k < len(toks) && authorSlotAt(toks, k) == k {
		k++
	}
	if k >= len(toks) {
		return nil
	}
	k = authorSlotAt(toks, k)
	var rs []Recipient
	for k < len(toks) {
		n := 0
		for k+n < len(toks) && toks[k+n].capitalized() {
			n++
		}
		if !authorName(toks, k, k+n) {
			break
		}
		name := collapseSpace(textOf(x.s.Text, toks, k, k+n))
		key := x.addPerson(Person{Name: name, Span: spanOf(x.s.Text, toks[k].start, toks[k+n-1].end)})
		rs = append(rs, Recipient{Person: key, Span: spanOf(x.s.Text, toks[k].start, toks[k+n-1].end)})
		k += n
		if k+1 >= len(toks) || !(toks[k].is("–") || toks[k].is("-") || toks[k].is(",") || toks[k].is("và")) || !toks[k+1].capitalized() {
			break
		}
		k++
	}
	return rs
}

// authorIntro is "tác giả" written before a listed author's name.
var authorIntro = newPhrase("tác giả")

// bracketedShape returns, for an item of a list at toks[q] written "Name
// (…)" — a name with a bracket after it that opens in lower case: where
// she lives ("Lý Thị Hưng (xã Bàu Lâm, huyện Xuyên Mộc)", "Lương Thị Nang
// (phường 1)"), a pen name ("tác giả Nguyễn Văn Ninh (bút danh: Kiên
// Tâm)") — where the name starts and ends and the token past the
// bracket (round 48). The name is a mention the people rules found or
// two to five capitalized words whose first is a family name, after
// "mẹ", "ông", "bà" or "tác giả" or nothing. Not read: a bracket that
// opens in capitals ("Trường A (Hiệu trưởng B)": a name's head), one not
// closed before a semicolon or another bracket, an item that goes on
// past its bracket with other words.
func (x *extractor) bracketedShape(toks []token, q, e int) (a, b, past int, ok bool) {
	p, j, ok := x.bracketName(toks, q, e)
	if !ok || j+2 >= e || !toks[j].is("(") || !toks[j+1].word || !toks[j+1].lower() {
		return 0, 0, 0, false
	}
	for k := j + 2; k < e && k < j+25; k++ {
		switch {
		case toks[k].is(";") || toks[k].is("("):
			return 0, 0, 0, false
		case toks[k].is(")"):
			if k+1 < e && !(toks[k+1].is(",") || toks[k+1].is("và") || toks[k+1].is(";") || toks[k+1].is(".")) {
				return 0, 0, 0, false
			}
			return p, j, k + 1, true
		}
	}
	return 0, 0, 0, false
}

// bracketName returns where the name of a listed person at toks[q]
// starts and ends: a mention the people rules found, or two to five
// capitalized words whose first is a family name, after "các mẹ", "mẹ",
// "ông", "bà", "tác giả" or nothing.
func (x *extractor) bracketName(toks []token, q, e int) (p, j int, ok bool) {
	p = listClass(toks, q, e)
	if n := personIntroAt(toks, p); n > 0 {
		p += n
	} else if authorIntro.matchAt(toks, p) > 0 && toks[p].lower() {
		p += 2
	}
	if p >= e || !toks[p].capitalized() {
		return 0, 0, false
	}
	if m, found := x.mentionAt(toks[p].start); found {
		j = sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.end })
		return p, j, j <= e
	}
	if !isSurname(toks[p]) || x.readsAt(toks, p, e) {
		return 0, 0, false // a body or a place the recipient rules read ("Tổ Văn (trường A)")
	}
	j = p
	for j < e && j < p+6 && toks[j].capitalized() && toks[j].word && !allCaps(toks[j].text) {
		j++
	}
	return p, j, j-p >= 2 && j-p <= 5
}

// bracketedNext returns the start of the next item of a list after the
// item that ends at toks[past] ("," "và" ", và"), or past.
func bracketedNext(toks []token, past, e int) int {
	k := past
	if k < e && (toks[k].is(",") || toks[k].is(";")) {
		k++
	}
	if k < e && toks[k].is("và") {
		k++
	}
	if k == past || k >= e {
		return past
	}
	return k
}

// bracketedItem reads the item of a list at toks[q] written "Name (…)"
// (bracketedShape) when the list writes at least two items so: the item
// after it, or the one before it, has the same shape. The name is a
// person of the story (found by the people rules, or added here as the
// list names her) and a recipient; next is where the list goes on, or
// e when it ends with the item.
func (x *extractor) bracketedItem(toks []token, q, e int, inRun bool) (Recipient, int, bool) {
	a, b, past, ok := x.bracketedShape(toks, q, e)
	if !ok && inRun {
		// "…, Trần Lê Lan Anh và Thái Thị Hồng Thoa (môn bi sắt)": two
		// names joined by "và" share the last item's bracket.
		p, j, named := x.bracketName(toks, q, e)
		if !named || j+1 >= e || !toks[j].is("và") || x.readsAt(toks, p, e) && !x.readsPersonAt(toks, p, e) {
			return Recipient{}, q, false
		}
		if _, _, _, ok2 := x.bracketedShape(toks, j+1, e); !ok2 {
			return Recipient{}, q, false
		}
		a, b, past, ok = p, j, j, true
	}
	if !ok {
		return Recipient{}, q, false
	}
	next := bracketedNext(toks, past, e)
	if !inRun {
		if next == past {
			return Recipient{}, q, false
		}
		if _, _, _, ok2 := x.bracketedShape(toks, next, e); !ok2 {
			return Recipient{}, q, false
		}
	}
	var key string
	sp := spanOf(x.s.Text, toks[a].start, toks[b-1].end)
	if m, found := x.mentionAt(toks[a].start); found {
		key, sp = m.key, spanOf(x.s.Text, m.start, m.end)
	} else {
		key = x.addPerson(Person{Name: collapseSpace(textOf(x.s.Text, toks, a, b)), Span: sp})
	}
	if next == past {
		next = e
	}
	return Recipient{Person: key, Span: sp}, next, true
}
