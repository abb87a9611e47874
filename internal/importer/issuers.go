package importer

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// The issuer of an award is the office or body in whose name it is
// conferred, as the text ties it (docs/import.md, "Gold lists", the
// bullet Issuers). awardsIn reads the tie written after the award's name
// ("… của Y", "Cờ thi đua Chính phủ"); the rules here read the ties of
// the award's sentence written before it: a mandate that opens the
// sentence, a decision of Y, and Y before a verb of giving.

// issuer is an award's issuer as a sentence ties it: a body of the story,
// or an office that is no body ("Chủ tịch nước", "Chủ tịch UBND tỉnh Lạng
// Sơn"); neither when the text ties none.
type issuer struct {
	org    *Org
	office string
}

// name is how the issuer is written after "của" in the award's name.
func (is issuer) name() string {
	if is.org != nil {
		return is.org.Name
	}
	return is.office
}

// levelAt reports whether toks[p] names a level of power rather than an
// office: "Nhà nước" and "Đảng" alone ("thay mặt Đảng, Nhà nước") and
// "lãnh đạo …" ("thay mặt lãnh đạo tỉnh"). A named state ("Nhà nước Cộng
// hòa Dân chủ Nhân dân Lào") is no level.
func levelAt(toks []token, p int) bool {
	next := func(k int) bool { return k < len(toks) && toks[k].capitalized() && toks[k].word }
	switch {
	case toks[p].fold == "nha" && p+1 < len(toks) && toks[p+1].fold == "nuoc":
		return !next(p + 2)
	case toks[p].fold == "dang" && toks[p].capitalized():
		// "Đảng bộ", "Đảng ủy", "Đảng đoàn" are bodies.
		return p+1 >= len(toks) || !toks[p+1].word || toks[p+1].is("và")
	case toks[p].fold == "lanh" && p+1 < len(toks) && toks[p+1].fold == "dao":
		return true
	}
	return false
}

// officeName reads an office at toks[k] ("Chủ tịch UBND tỉnh") and writes
// it as an organization is written: with the province the text names for
// its body ("Chủ tịch UBND tỉnh Khánh Hòa"). It returns the token after it.
func (x *extractor) officeName(toks []token, k int) (string, int, bool) {
	e, ok := officeAt(x.s.Text, toks, k)
	if !ok {
		return "", 0, false
	}
	_, n := titleAt(toks, k)
	m, ok := parseOrg(x.s.Text, toks, k+n, 0)
	if !ok || m.j != e {
		return collapseSpace(textOf(x.s.Text, toks, k, e)), e, true
	}
	return collapseSpace(textOf(x.s.Text, toks, k, k+n)) + " " + x.issuerBody(m, toks), e, true
}

// firstOfficeName reads an office whose title says its holder is the
// first of the body's ("Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí
// Minh") at toks[k], as officeName reads "Chủ tịch UBND tỉnh": it is the
// office that signs the body's awards (round 53). It returns the token
// after it.
func (x *extractor) firstOfficeName(toks []token, k int) (string, int, bool) {
	t, n := titleAt(toks, k)
	if n == 0 || t.sharesHead || !toks[k].capitalized() || k+n+2 >= len(toks) || !toks[k+n].is("thứ") || !toks[k+n+1].is("nhất") {
		return "", 0, false
	}
	if toks[k].fold == "pho" || k > 0 && toks[k-1].fold == "pho" {
		return "", 0, false // "Phó Chủ tịch thứ nhất Hội đồng …": a deputy, who presents
	}
	m, ok := parseOrg(x.s.Text, toks, k+n+2, 0)
	if !ok || m.generic {
		return "", 0, false
	}
	return collapseSpace(textOf(x.s.Text, toks, k, k+n+2)) + " " + x.issuerBody(m, toks), m.j, true
}

// minister is the office of a minister, written bare after "của".
var minister = newPhrase("Bộ trưởng")

// bareMinister reads "Bộ trưởng" at toks[k] with no body after it
// ("bằng khen của Bộ trưởng cho …") and writes it as an office is
// written: with the ministry when the story has named one and only one
// ("Bộ trưởng Bộ Tư pháp"), else as it stands. It returns the token after
// it.
func (x *extractor) bareMinister(toks []token, k int) (string, int, bool) {
	if minister.matchAt(toks, k) == 0 || !toks[k].capitalized() {
		return "", 0, false
	}
	e := k + len(minister)
	if e < len(toks) && toks[e].capitalized() {
		return "", 0, false // "Bộ trưởng Bộ Nội vụ": an office with its body
	}
	ministry := ""
	for _, o := range x.s.Orgs {
		if !strings.HasPrefix(o.Name, "Bộ ") || strings.HasPrefix(o.Name, "Bộ Chính trị") || strings.HasPrefix(o.Name, "Bộ Chỉ huy") {
			continue
		}
		if ministry != "" && ministry != o.Name {
			return "Bộ trưởng", e, true // two ministries: which one is not said
		}
		ministry = o.Name
	}
	if ministry == "" {
		return "Bộ trưởng", e, true
	}
	return "Bộ trưởng " + ministry, e, true
}

// issuerAt reads an issuer written at toks[p]: an office of the State
// ("Chủ tịch nước", "Thủ tướng Chính phủ"), the office of a body ("Chủ
// tịch UBND tỉnh"), or a body ("UBND tỉnh", "Ban Thường vụ Tỉnh ủy"). It
// returns the token after it.
func (x *extractor) issuerAt(toks []token, p int) (issuer, int, bool) {
	if p >= len(toks) {
		return issuer{}, 0, false
	}
	if offices, _, e, ok := foreignOfficesAt(toks, p); ok && len(offices) == 1 {
		// "Chủ tịch nước CHDCND Lào": a named state's office, not
		// Vietnam's that its first words spell.
		return issuer{office: offices[0]}, e, true
	}
	for _, q := range namedIssuers {
		if m := q.matchAt(toks, p); m > 0 && toks[p].capitalized() {
			return issuer{office: collapseSpace(textOf(x.s.Text, toks, p, p+m))}, p + m, true
		}
	}
	if name, e, ok := x.officeName(toks, p); ok {
		return issuer{office: name}, e, true
	}
	if name, e, ok := x.firstOfficeName(toks, p); ok {
		return issuer{office: name}, e, true
	}
	if t, n := titleAt(toks, p); n > 0 && !t.sharesHead && toks[p].capitalized() {
		// "Chủ tịch UBND tỉnh Yên Bái Nguyễn Văn An": the office whose
		// holder is named right after it; the name is no part of it.
		if m, ok := parseOrg(x.s.Text, toks, p+n, 0); ok && !m.generic {
			if _, ok := nameAt(toks, m.j); ok {
				return issuer{office: collapseSpace(textOf(x.s.Text, toks, p, p+n)) + " " + x.issuerBody(m, toks)}, m.j, true
			}
		}
	}
	if o, e, ok := x.orgAt(toks, toks[p].start); ok {
		return issuer{org: &o}, e, true
	}
	return issuer{}, 0, false
}

// stateOfficeAt reports whether an office of the State that confers
// ("Chủ tịch nước", "Thủ tướng Chính phủ") is written at toks[p].
func stateOfficeAt(toks []token, p int) bool {
	for _, q := range namedIssuers[:2] {
		if q.matchAt(toks, p) > 0 && toks[p].capitalized() {
			return true
		}
	}
	return false
}

// mandateAt reports whether a mandate is written at toks[b] and where its
// issuer starts: "thừa ủy quyền (của) Y", "thừa ủy nhiệm (của) Y", "thừa
// quyền Y", "thừa lệnh (của) Y" (by Y's order, round 52), "ủy quyền của
// Y", "thay mặt (cho) Y".
func mandateAt(toks []token, b int) (int, bool) {
	k := b
	if toks[k].fold == "thay" && k+1 < len(toks) && toks[k+1].fold == "mat" {
		k += 2
		if k < len(toks) && toks[k].is("cho") {
			k++
		}
		return k, k < len(toks)
	}
	thua := toks[k].fold == "thua"
	if thua {
		k++
	}
	switch {
	case k+1 < len(toks) && toks[k].fold == "uy" && (toks[k+1].fold == "quyen" || toks[k+1].fold == "nhiem"):
		k += 2
	case thua && k < len(toks) && (toks[k].fold == "quyen" || toks[k].fold == "lenh"):
		k++ // "Thừa quyền Chủ tịch nước", "thừa lệnh Chủ tịch nước"
	default:
		return 0, false
	}
	if k < len(toks) && toks[k].is("của") {
		k++
	} else if !thua {
		return 0, false // "được ủy quyền", "ủy quyền cho": no mandate of Y
	}
	return k, k < len(toks)
}

// mandate is a mandate of a sentence: the one or two offices it names, or
// none when it names a level ("thay mặt lãnh đạo Đảng, Nhà nước").
type mandate struct {
	issuers []issuer
	state   string // the foreign state whose offices these are, or ""
}

// mandateIn finds the last mandate written in toks[s:i]: "thừa ủy quyền
// của Y", "thay mặt Y", "được Y ủy quyền", with Y one office or two
// ("của Chủ tịch nước và Thủ tướng Chính phủ").
func (x *extractor) mandateIn(toks []token, s, i int) (mandate, bool) {
	var last mandate
	found := false
	for b := s; b < i; b++ {
		p, ok := mandateAt(toks, b)
		if !ok && toks[b].is("được") {
			// "được Chủ tịch nước ủy quyền": Y between "được" and the verb.
			if is, e, ok := x.issuerAt(toks, b+1); ok && e+1 < len(toks) && toks[e].fold == "uy" && (toks[e+1].fold == "quyen" || toks[e+1].fold == "nhiem") {
				last, found = mandate{issuers: []issuer{is}}, true
				b = e + 1
			}
			continue
		}
		if !ok || p >= i {
			continue
		}
		if offices, state, e, ok := foreignOfficesAt(toks, p); ok && givingAfter(toks, e, i) {
			// "thừa ủy nhiệm của Chủ tịch nước, Thủ tướng Lào": the
			// offices of the state named, never Vietnam's.
			m := mandate{state: state}
			for _, o := range offices {
				m.issuers = append(m.issuers, issuer{office: o})
			}
			last, found = m, true
			b = e - 1
			continue
		}
		if levelAt(toks, p) {
			last, found = mandate{}, true
			continue
		}
		is, e, ok := x.issuerAt(toks, p)
		if !ok {
			continue // "thay mặt các đảng viên": no mandate of an office
		}
		if !givingAfter(toks, e, i) || toks[b].fold == "thay" && receivingAfter(toks, e, i) {
			// "Thay mặt Sở Y tế, ông An nhận Bằng khen": who receives.
			continue
		}
		m := mandate{issuers: []issuer{is}}
		if e+1 < len(toks) && toks[e].is("và") {
			if is2, _, ok := x.issuerAt(toks, e+1); ok {
				m.issuers = append(m.issuers, is2)
			}
		} else if e+1 < len(toks) && toks[e].is(",") && stateOfficeAt(toks, e+1) {
			// "của Chủ tịch nước, Thủ tướng Chính phủ"; after a comma any
			// other office is the one who hands over ("Thừa ủy quyền của
			// Chủ tịch nước, Phó Chủ tịch UBND tỉnh trao …").
			is2, _, _ := x.issuerAt(toks, e+1)
			m.issuers = append(m.issuers, is2)
		}
		last, found = m, true
		b = e - 1
	}
	return last, found
}

// receivingAfter reports whether "nhận" (receive) is written in toks[b:i].
func receivingAfter(toks []token, b, i int) bool {
	for k := b; k < i; k++ {
		if toks[k].is("nhận") && !(k > 0 && (toks[k-1].is("chứng") || toks[k-1].is("công") || toks[k-1].is("xác"))) {
			return true // not "bằng chứng nhận", "công nhận", "xác nhận"
		}
	}
	return false
}

// stateOffice is the office of the State that confers an award of this
// name, as the convention splits two offices under one mandate: orders,
// medals and the State's honorary titles the Chủ tịch nước; "Bằng khen"
// and "Chiến sĩ thi đua toàn quốc" the Thủ tướng Chính phủ; "Cờ thi đua"
// the Chính phủ; "" for an award of any other kind.
func stateOffice(name string) string {
	f := textvi.Fold(strings.TrimPrefix(name, "Danh hiệu "))
	switch {
	case strings.HasPrefix(f, "huan chuong"), strings.HasPrefix(f, "huy chuong"), stateTitle(name):
		return "Chủ tịch nước"
	case strings.HasPrefix(f, "bang khen"), strings.HasPrefix(f, "chien si thi dua toan quoc"), strings.HasPrefix(f, "chien sy thi dua toan quoc"):
		return "Thủ tướng Chính phủ"
	case strings.HasPrefix(f, "co thi dua"):
		return "Chính phủ"
	}
	return ""
}

// forAward is the issuer the mandate gives the award named name: its
// office; of two offices, the one that confers the award's kind
// (stateOffice), else none.
func (m mandate) forAward(name string) issuer {
	switch len(m.issuers) {
	case 0:
		return issuer{}
	case 1:
		return m.issuers[0]
	}
	want := textvi.Fold(stateOffice(name))
	if want == "" {
		return issuer{}
	}
	if m.state != "" {
		want += " " + textvi.Fold(m.state) // "Chủ tịch nước Lào"
	}
	for _, is := range m.issuers {
		if textvi.Fold(is.name()) == want {
			return is
		}
	}
	if want == "chinh phu" {
		for _, is := range m.issuers {
			if textvi.Fold(is.name()) == "thu tuong chinh phu" {
				return issuer{office: "Chính phủ"} // the Government's flag, which its Prime Minister signs
			}
		}
	}
	return issuer{}
}

// decisionIn finds the issuer of a decision written in toks[s:i] that
// confers the awards after it: "theo (các) Quyết định (số …) (ngày …) của
// Y", "Quyết định … của Y (về việc) tặng …", "Y (vừa) ký Quyết định (số
// …) … tặng", "Y (ký) ban hành Quyết định … tặng". A decision that does
// something else ("Thực hiện Quyết định … của Y về phê duyệt …") ties
// nothing.
func (x *extractor) decisionIn(toks []token, s, i int) (issuer, bool) {
	var last issuer
	found := false
	for b := s; b+1 < i; b++ {
		if !(toks[b].fold == "quyet" && toks[b+1].fold == "dinh" && toks[b].word) {
			continue
		}
		if b > s && (toks[b-1].is("ký") || toks[b-1].is("hành") && b-1 > s && toks[b-2].is("ban")) {
			// The one who signs or issues it is written before the verb,
			// and the decision confers: "… tặng" follows it.
			if !givingAfter(toks, b+2, i) {
				continue
			}
			v := b - 1
			if toks[v].is("hành") {
				v--
				if v > s && toks[v-1].is("ký") {
					v-- // "Y ký ban hành Quyết định …": the one who signs it
				}
			}
			for v > s && (toks[v-1].is("vừa") || toks[v-1].is("đã") || toks[v-1].is("mới")) {
				v--
			}
			for p := max(s, v-12); p < v; p++ {
				if levelAt(toks, p) || p > 0 && toks[p-1].is("Phó") || toks[p].is("Phó") {
					continue
				}
				if t, n := titleAt(toks, p); n > 0 && !t.sharesHead {
					// "Chủ tịch UBND tỉnh Gia Lai Rah Lan Chung đã ký ban
					// hành Quyết định …": the office of the holder named
					// right before the verb, however the office reads.
					if m, ok := parseOrg(x.s.Text, toks, p+n, 0); ok && !m.generic {
						if ne, ok := nameAt(toks, m.j); ok && ne == v {
							last, found = issuer{office: collapseSpace(textOf(x.s.Text, toks, p, p+n)) + " " + x.issuerBody(m, toks)}, true
							break
						}
					}
				}
				is, e, ok := x.issuerAt(toks, p)
				if !ok {
					continue
				}
				if e == v && !x.inMention(toks[p].start) {
					last, found = is, true
					break
				}
				if is.office != "" && e < v {
					// "Chủ tịch nước Võ Văn Thưởng vừa ký Quyết định …
					// truy tặng": the office whose holder signs it.
					if ne, ok := nameAt(toks, e); ok && ne == v {
						last, found = is, true
						break
					}
				}
			}
			continue
		}
		theo := b > s && toks[b-1].fold == "theo" || b-1 > s && toks[b-1].is("các") && toks[b-2].fold == "theo"
		// "Quyết định số 219-QĐ/TU ngày 7-8-2025 của Ban Thường vụ Tỉnh ủy"
		for k := b + 2; k < i && k < b+16; k++ {
			if toks[k].is("tặng") || toks[k].is("trao") || toks[k].is("về") || toks[k].is("phê") {
				break
			}
			if !toks[k].is("của") {
				continue
			}
			if k+1 < i && !levelAt(toks, k+1) {
				if is, e, ok := x.issuerAt(toks, k+1); ok && (theo || confersAt(toks, e) || handedDecision(toks, s, b, e)) {
					last, found = is, true
				}
			}
			break
		}
	}
	return last, found
}

// handedDecision reports whether the decision at toks[b], of the issuer
// ending before toks[e], is handed over together with the awards it
// confers: "trao Quyết định của Tỉnh ủy và gắn huy hiệu 55, 50 tuổi Đảng
// cho 8 đảng viên", "công bố Quyết định của Y và trao tặng …" (round 49).
// A decision of Y that confers ties Y to the awards of its sentence
// (docs/import.md, "Gold lists", Issuers); the bare "trao" before the
// decision hands over the decision, not the award.
func handedDecision(toks []token, s, b, e int) bool {
	v := b - 1
	if v > s && toks[v].is("các") {
		v--
	}
	if v < s || !(toks[v].is("trao") || v > s && toks[v].is("bố") && toks[v-1].is("công")) {
		return false
	}
	if e+1 >= len(toks) || !toks[e].is("và") {
		return false
	}
	w := toks[e+1]
	return w.is("gắn") || w.is("trao") || w.is("tặng") || w.is("truy")
}

// givingWords are the verbs of conferring.
var givingWords = map[string]bool{"tặng": true, "trao": true, "truy": true, "phong": true, "khen": true}

// confersAt reports whether a verb of conferring is written at toks[e],
// perhaps after "về (việc)" or "biểu dương và": "… của Y tặng", "… của Y
// về việc khen thưởng", "… của Y biểu dương và tặng".
func confersAt(toks []token, e int) bool {
	if e < len(toks) && toks[e].is("về") {
		e++
		if e < len(toks) && toks[e].is("việc") {
			e++
		}
	}
	if e+2 < len(toks) && toks[e].is("biểu") && toks[e+1].is("dương") && (toks[e+2].is("và") || toks[e+2].is(",")) {
		e += 3
	}
	return e < len(toks) && givingWords[strings.ToLower(toks[e].text)]
}

// givingAfter reports whether a verb of conferring is written in
// toks[b:i].
func givingAfter(toks []token, b, i int) bool {
	for k := b; k < i; k++ {
		if givingWords[strings.ToLower(toks[k].text)] {
			return true
		}
	}
	return false
}

// tiedIssuer is the issuer the sentence around toks[i] ties to the award
// named name, written before it, by the convention: a mandate that opens
// the sentence (its clauses past semicolons included) wins; then the body
// or office before the verb of giving ("Y tặng", "được Y truy tặng", "đề
// nghị Y tặng"); then a decision of Y that confers it. ok reports a tie,
// even one that gives no issuer (a mandate of a level, or of two offices
// neither of which confers the award's kind): the official who then hands
// the award over is never its issuer.
func (x *extractor) tiedIssuer(toks []token, s, i int, name string) (issuer, bool) {
	if q := achieversAt(toks, s, i); q > 0 {
		i = q // "tặng thưởng 55 tập thể đạt danh hiệu …": the giver before the count
	}
	ms := s
	for n := 0; n < 6 && ms > 1 && toks[ms-1].is(";"); n++ {
		ms, _ = sentenceBounds(toks, ms-2)
	}
	if m, ok := x.mandateIn(toks, ms, i); ok {
		is := m.forAward(name)
		if is.org != nil {
			o := x.addOrg(*is.org)
			is.org = &o
		}
		return is, true
	}
	if o, ok := x.giver(toks, s, i); ok {
		return o.asGiver(), true
	}
	if by := x.officeGiver(toks, s, i); by != "" {
		return issuer{office: by}, true
	}
	if by := provinceGiver(toks, s, i); by != "" {
		return issuer{office: by}, true
	}
	if by := x.bareUnitGiver(toks, s, i); by != "" {
		return issuer{office: by}, true
	}
	is, ok := x.decisionIn(toks, s, i)
	if !ok && ms < s {
		// The decision's conferrals listed past semicolons: "công bố
		// Quyết định của Ban Thường vụ Tỉnh ủy về việc trao huy hiệu 45
		// năm tuổi Đảng cho …; trao huy hiệu 30 năm tuổi Đảng cho …".
		is, ok = x.decisionIn(toks, ms, i)
	}
	if ok {
		if is.org != nil {
			o := x.addOrg(*is.org)
			is.org = &o
		}
		return is, true
	}
	if is, ok := x.carriedGiver(toks, s, i, name); ok {
		return is, true
	}
	if is, ok := x.tierGiver(toks, s, i, name); ok {
		return is, true
	}
	if is, ok := x.listedGiver(toks, s, i, name); ok {
		return is, true
	}
	if is, ok := x.colonListGiver(toks, s, i, name); ok {
		return is, true
	}
	return issuer{}, false
}

// colonListGiver is the issuer of an award listed after a colon in the
// sentence of a giving: "Y quyết định tặng 131 Huy hiệu Đảng cho các
// đồng chí …, gồm: 7 đồng chí 60 năm tuổi Đảng, 24 đồng chí 50 năm tuổi
// Đảng …". A giver ties the awards of its own sentence, a colon-led list
// of them included (round 44); only a list in the next sentence ("…
// tặng Huy hiệu Đảng cho 206 đảng viên. Cụ thể: …") has none. The giving
// is read before the last colon of the sentence, its clauses past ";"
// included (a list's items parted by ";"), and the tie is the one the
// sentence gives the object right after its verb of giving. Not read: an
// item that is a clause of its own, with a verb of giving or receiving
// between the colon and the award ("…: 5 đảng viên nhận Huy hiệu 70 năm
// tuổi Đảng"), a colon with no giving before it.
func (x *extractor) colonListGiver(toks []token, s, i int, name string) (issuer, bool) {
	ms := s
	for n := 0; n < 6 && ms > 1 && toks[ms-1].is(";"); n++ {
		ms, _ = sentenceBounds(toks, ms-2)
	}
	colon := -1
	for c := i - 1; c > ms; c-- {
		if toks[c].is(":") {
			colon = c
			break
		}
		if toks[c].is("tặng") || toks[c].is("trao") || toks[c].is("nhận") || toks[c].is("được") {
			return issuer{}, false // a clause of its own: "5 đảng viên nhận Huy hiệu …"
		}
	}
	if colon < 0 {
		return issuer{}, false
	}
	for v := colon - 1; v > ms; v-- {
		if !(toks[v].is("tặng") || toks[v].is("trao")) || toks[v+1].is("tặng") || toks[v+1].is("thưởng") {
			continue
		}
		if is, ok := x.tiedIssuer(toks, ms, v+1, name); ok && is.name() != "" {
			return is, true
		}
		break
	}
	return issuer{}, false
}

// listedGiver is the issuer of the award at toks[i] listed after another
// award of one giving: the awards a verb of giving takes as its objects
// share the tie the sentence gives the first, whatever their kind and
// whether or not each has its recipients: "Y tặng A cho 5 tập thể và B
// cho 3 cá nhân", "được Y tặng A và danh hiệu B, C", "Y tặng thưởng 55
// tập thể đạt danh hiệu A và 150 B" (round 42). The award before is one
// the story recognised, in the sentence, ending right before the
// separator ("và", ",", "cùng"; its closing quote aside) or before its
// recipients ("cho …", with no other giving up to the separator); the
// tie is read for that award in turn, so a list carries its first
// award's.
func (x *extractor) listedGiver(toks []token, s, i int, name string) (issuer, bool) {
	c := i
	if c-1 > s && isDigits(toks[c-1].text) && len(toks[c-1].text) <= 4 {
		c-- // "và 150 Chiến sĩ thi đua cơ sở": a count of the title
	}
	if c-2 <= s || !(toks[c-1].is("và") || toks[c-1].is(",") || toks[c-1].is("cùng")) {
		return issuer{}, false
	}
	sep := c - 1
	for k := len(x.s.Awards) - 1; k >= 0 && k >= len(x.s.Awards)-6; k-- {
		a := x.s.Awards[k].Span
		if a.byte < toks[s].start {
			break
		}
		b := sort.Search(len(toks), func(b int) bool { return toks[b].start >= a.byte })
		e := sort.Search(len(toks), func(e int) bool { return toks[e].start >= a.byte+len(a.Text) })
		if b >= sep {
			continue
		}
		for e < sep && !toks[e].word && !toks[e].is(",") && !toks[e].is(";") {
			e++ // the closing quote of a quoted name
		}
		if e == sep || givenOnTo(toks, s, e, sep) {
			return x.tiedIssuer(toks, s, b, name)
		}
	}
	// The object before need not be an award the story recognised: "Sở A
	// đã tặng danh hiệu gia đình nhà giáo tiêu biểu cho 6 giáo viên và
	// danh hiệu “B” cho 34 giáo viên" is one giving of two objects, each
	// with its recipients, whatever the first is.
	c = sep - 1
	for c > s && !toks[c].is("cho") {
		c--
	}
	if c <= s || !givenOnTo(toks, s, c, sep) {
		return issuer{}, false
	}
	for v := c - 1; v > s && v >= c-10; v-- {
		if toks[v].is(";") || toks[v].is("cho") || toks[v].is(",") {
			break
		}
		if toks[v].is("tặng") || toks[v].is("trao") {
			if v+1 < c && !toks[v+1].is("tặng") {
				return x.tiedIssuer(toks, s, v+1, name)
			}
			break
		}
	}
	return issuer{}, false
}

// tierGiver is the giver of a sentence that gives an award to a count and
// then parts that count by tier: "Đảng bộ A trao tặng huy hiệu Đảng cho
// 153 đảng viên, trong số đó có 72 đảng viên được trao tặng huy hiệu 50
// năm tuổi Đảng; 24 đảng viên được tặng huy hiệu 40 năm tuổi Đảng"
// (round 39). The tier's award follows "<count> <class> được (trao, truy,
// phong) tặng", and "trong (số) đó" stands between the first clause's
// verb of giving and it, through ";" within the sentence.
func (x *extractor) tierGiver(toks []token, s, i int, name string) (issuer, bool) {
	k, _, ok := verbOfGiving(toks, s, i)
	if ok && k >= s+3 && toks[k-1].is("được") {
		k-- // "72 đảng viên được trao tặng …"
	} else if i-1 > s+3 && toks[i-1].is("nhận") {
		// "trong đó có 1 đảng viên (được) nhận Huy hiệu 75 năm tuổi
		// Đảng": the tier received (round 53).
		k = i - 1
		if toks[k-1].is("được") {
			k--
		}
	} else {
		return issuer{}, false
	}
	if !isDigits(toks[k-2].text) && !(k-3 >= s && isDigits(toks[k-3].text)) {
		return issuer{}, false
	}
	ms := s
	for n := 0; n < 6 && ms > 1 && toks[ms-1].is(";"); n++ {
		ms, _ = sentenceBounds(toks, ms-2)
	}
	within := -1
	for c := ms; c+1 < k; c++ {
		if toks[c].fold == "trong" && (toks[c+1].fold == "do" || c+2 < k && toks[c+1].fold == "so" && toks[c+2].fold == "do") {
			within = c
			break
		}
	}
	if within < 0 {
		return issuer{}, false
	}
	for t := ms; t < within; t++ {
		if !toks[t].is("tặng") || t+1 < len(toks) && toks[t+1].is("tặng") {
			continue
		}
		if is, ok := x.tiedIssuer(toks, ms, t+1, name); ok && is.name() != "" {
			return is, true
		}
		break
	}
	return issuer{}, false
}

// carriedGiver is the giver of the clause before the one at toks[s] when
// that clause opens with a verb of giving and no giver of its own: "được
// Chủ tịch nước quyết định tặng A cho 40 người; tặng B cho 6 gia đình;
// tặng C cho 3 cá nhân" (round 28). The clause before gives its giver on
// through each ";" when it confers ("tặng", "trao tặng"): a bare "trao"
// there only presents. The clause that carries it may write the bare
// "trao" ("Huyện ủy cũng trao tặng A cho 15 đảng viên; trao B cho 15 đảng
// viên": one subject, its verb shortened, round 42).
func (x *extractor) carriedGiver(toks []token, s, i int, name string) (issuer, bool) {
	// The clause of toks[i] and the one before it, within the sentence
	// at toks[s] (or the sentence before, where ";" ends one).
	cs := s
	for c := i - 1; c > s; c-- {
		if toks[c].is(";") {
			cs = c + 1
			break
		}
	}
	if cs < 2 || !toks[cs-1].is(";") {
		return issuer{}, false
	}
	k, _, ok := verbOfGiving(toks, cs-1, i)
	if !ok || k != cs {
		return issuer{}, false
	}
	ps := s
	if cs == s {
		ps, _ = sentenceBounds(toks, s-2)
	}
	for c := cs - 2; c > ps; c-- {
		if toks[c].is(";") {
			ps = c + 1
			break
		}
	}
	for t := ps; t < cs-1; t++ {
		if !toks[t].is("tặng") || toks[t+1].is("tặng") {
			continue
		}
		if is, ok := x.tiedIssuer(toks, min(s, ps), t+1, name); ok && is.name() != "" {
			return is, true
		}
		break
	}
	return issuer{}, false
}

// verbOfGiving finds the verb of giving that ends right before toks[i]
// ("tặng", "trao", "trao tặng", "truy tặng", "phong tặng", "xét tặng",
// "tặng thưởng", "quyết định tặng", "ra quyết định tặng", "ký quyết định
// (về việc) tặng") with the adverbs before it ("còn", "đã", "vừa",
// "cũng"), and returns its first token: the giver ends right before it.
// Verbs coordinated by "và" are one verb ("trao tặng và truy tặng": the
// giver stands before the first, round 42). bare reports a bare "trao",
// which one who only presents also writes.
func verbOfGiving(toks []token, s, i int) (v int, bare, ok bool) {
	k := i - 1
	if k > s && isDigits(toks[k].text) && len(toks[k].text) <= 4 {
		k-- // "tặng 45 Cờ Thi đua": a count of the awards
	}
	if k > s && toks[k].is("thưởng") && toks[k-1].is("tặng") {
		k--
	}
	if k <= s || !(toks[k].is("tặng") || toks[k].is("trao")) {
		return 0, false, false
	}
	bare = toks[k].is("trao")
	k = verbHead(toks, s, k)
	if !bare && k-2 > s && toks[k-1].is("và") && (toks[k-2].is("tặng") || toks[k-2].is("trao")) {
		// "Huyện ủy cũng trao tặng và truy tặng Huy hiệu …": the verb
		// before "và" opens the giving.
		k = verbHead(toks, s, k-2)
	}
	if k-1 > s && toks[k-1].is("việc") && toks[k-2].is("về") {
		k -= 2 // "ký quyết định về việc truy tặng"
	}
	if k-2 > s && toks[k-1].is("định") && (toks[k-2].is("quyết") || toks[k-2].is("Quyết")) {
		// "Bộ trưởng Bộ Giáo dục và Đào tạo Quyết định tặng bằng khen":
		// written capitalized too, it decides the giving and is no part of
		// the giver's name (round 55).
		k -= 2
		if k-1 > s && (toks[k-1].is("có") || toks[k-1].is("ra") || toks[k-1].is("ký")) {
			k-- // "Y đã có (ra, ký) quyết định tặng": the decision had, as made
		}
	} else if toks[k].is("về") {
		k += 2 // no decision before "về việc": the verb as it was
	}
	for k-1 > s && (toks[k-1].is("còn") || toks[k-1].is("đã") || toks[k-1].is("vừa") || toks[k-1].is("cũng")) {
		k--
	}
	return k, bare, true
}

// verbHead returns the first token of the verb of giving whose last
// token, "tặng" or "trao", is toks[k]: "trao tặng", "truy tặng", "phong
// tặng", "xét tặng".
func verbHead(toks []token, s, k int) int {
	if toks[k].is("tặng") && k-1 > s && (toks[k-1].is("trao") || toks[k-1].is("truy") || toks[k-1].is("phong") || toks[k-1].is("xét")) {
		k--
	}
	return k
}

// foreignOffice are the offices of a state that confer its awards, as a
// story writes them before the state's name ("Chủ tịch nước, Thủ tướng
// Lào"); longest first.
var foreignOffice = []phrase{newPhrase("Chủ tịch nước"), newPhrase("Thủ tướng Chính phủ"), newPhrase("Thủ tướng"), newPhrase("Chính phủ"), newPhrase("Nhà nước"), newPhrase("Quốc hội"), newPhrase("Tổng thống"), newPhrase("Quốc vương"), newPhrase("Nhà vua")}

// foreignState are the names of states other than Vietnam that confer
// awards on Vietnamese bodies and people, as the story's last word of the
// state: "Lào", "Cộng hòa Dân chủ Nhân dân Lào", "CHDCND Lào".
var foreignState = []phrase{newPhrase("Lào"), newPhrase("Campuchia"), newPhrase("Cam-pu-chia"), newPhrase("Trung Quốc"), newPhrase("Cuba"), newPhrase("Nga"), newPhrase("Liên bang Nga"), newPhrase("Hàn Quốc"), newPhrase("Nhật Bản"), newPhrase("Thái Lan"), newPhrase("Pháp"), newPhrase("Hoa Kỳ"), newPhrase("Mông Cổ"), newPhrase("Ấn Độ"), newPhrase("Triều Tiên"), newPhrase("Ba Lan"), newPhrase("Hungary"), newPhrase("Bulgaria"), newPhrase("Belarus")}

// stateForms are the words of a state's formal name before its own
// name, longest first.
var stateForms = []phrase{newPhrase("Cộng hòa Dân chủ Nhân dân"), newPhrase("Cộng hòa Nhân dân"), newPhrase("Cộng hòa"), newPhrase("Vương quốc")}

// foreignOfficesAt reads at toks[p] the offices of a named foreign state:
// one or more offices parted by commas or "và", then the state ("Chủ
// tịch nước, Thủ tướng Lào", "Chủ tịch nước Lào", "Nhà nước Cộng hòa Dân
// chủ Nhân dân Lào"). A named state is an issuer (docs/import.md, "Gold
// lists", Issuers), and every office of the list is that state's: it
// returns each written with the state ("Chủ tịch nước Lào", "Thủ tướng
// Lào"), the state as written, and the token after it.
func foreignOfficesAt(toks []token, p int) (offices []string, state string, end int, ok bool) {
	var heads []string
	k := p
	for k < len(toks) && len(heads) < 4 {
		m := 0
		for _, o := range foreignOffice {
			if m = o.matchAt(toks, k); m > 0 {
				break
			}
		}
		if m == 0 || !toks[k].capitalized() {
			break
		}
		heads = append(heads, joinTokens(toks, k, k+m))
		k += m
		if k+1 < len(toks) && (toks[k].is(",") || toks[k].is("và")) && toks[k+1].capitalized() {
			k++
			continue
		}
		break
	}
	if len(heads) == 0 {
		return nil, "", 0, false
	}
	if k+1 < len(toks) && toks[k].is("nước") && toks[k].lower() {
		// "Thủ tướng nước CHDCND Lào": "nước" before the state's name,
		// kept as written (round 40).
		if st, e, ok := foreignStateAt(toks, k+1); ok {
			for _, h := range heads {
				offices = append(offices, h+" "+toks[k].text+" "+st)
			}
			return offices, st, e, true
		}
	}
	if st, e, ok := foreignStateAt(toks, k); ok {
		for _, h := range heads {
			offices = append(offices, h+" "+st)
		}
		return offices, st, e, true
	}
	if m := anyAt(vietnamForms, toks, k); m > 0 && toks[k].capitalized() {
		// "Chủ tịch nước Cộng hòa XHCN Việt Nam": Vietnam named by its
		// formal name after the office; the office is Vietnam's own and is
		// written bare ("Chủ tịch nước", convention of round 40).
		state = joinTokens(toks, k, k+m)
		offices = append(offices, heads...)
		return offices, state, k + m, true
	}
	return nil, "", 0, false
}

// foreignStateAt reads a foreign state's name at toks[k]: its last word
// is a known state's, after at most a few words of its formal name
// ("Cộng hòa Dân chủ Nhân dân", "CHDCND", misspelt "CHDCNN"). It returns
// the state as written and the token after it.
func foreignStateAt(toks []token, k int) (string, int, bool) {
	from := k + anyAt(stateForms, toks, k) // "Cộng hòa Dân chủ Nhân dân", written in any case
	for e := from; e < len(toks) && e < k+8 && toks[e].word && toks[e].capitalized(); e++ {
		for _, st := range foreignState {
			m := st.matchAt(toks, e)
			if m == 0 || e+m < len(toks) && toks[e+m].word && toks[e+m].capitalized() {
				continue
			}
			return joinTokens(toks, k, e+m), e + m, true
		}
	}
	return "", 0, false
}

// vietnamForms are Vietnam's formal name, written out or by initials.
var vietnamForms = []phrase{newPhrase("Cộng hòa xã hội chủ nghĩa Việt Nam"), newPhrase("Cộng hòa XHCN Việt Nam"), newPhrase("CHXHCN Việt Nam"), newPhrase("CH XHCN Việt Nam")}

// joinTokens writes toks[i:j] with one space between words.
func joinTokens(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && toks[k].start > toks[k-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// issuerBody is the body of an office that confers an award, named as
// resolve names it but given the story's province only when the text
// names that province as one: "Chủ tịch UBND tỉnh … tặng Bằng khen" in a
// story that names "Bắc Kạn" only in "thành phố Bắc Kạn" and schools' names
// is the Chủ tịch of "UBND tỉnh".
func (x *extractor) issuerBody(m orgMatch, toks []token) string {
	if x.s.provinceNamed || m.base == "" {
		return x.resolve(m, toks).Name
	}
	if m.place == "" && m.region == "" && (m.unit == "huyen" || m.unit == "quan" || m.unit == "phuong" || m.unit == "xa") {
		// "Chủ tịch UBND huyện tặng giấy khen" in a story that names
		// "huyện Chư Prông" and no other district, nor its province: the
		// district the text names, as resolve reads it (round 27).
		if p := x.onlyPlace(m.unit); p != "" {
			m.base += " " + p
			m.place = p
		}
	}
	return m.resolve(x.s.Text, toks, "").Name
}

// provinceGiver is the province that confers the award at toks[i] when the
// story names it, not its people's committee nor an office of it, as the
// giver: "được tỉnh Quảng Trị tặng bằng khen", "Năm 2021, tỉnh Quảng Trị
// tặng Bằng khen cho …" (round 28). The province is written after "tỉnh"
// (or "thành phố" for a city of the centre, not a province's city of
// its name) that opens the sentence or a
// clause, or follows "được"; a bare "trao" only presents. It returns
// "tỉnh <province>" (or "thành phố <city>"), or "".
func provinceGiver(toks []token, s, i int) string {
	k, bare, ok := verbOfGiving(toks, s, i)
	if !ok || bare {
		return ""
	}
	for a := k - 2; a >= s && a >= k-6; a-- {
		name, e := provinceGiverAt(toks, a)
		if e != k {
			continue
		}
		if a > s && !toks[a-1].is("được") && !toks[a-1].is(",") {
			return ""
		}
		return name
	}
	return ""
}

// bareUnitGiver reads a province's unit written bare as the giver right
// before the verb of giving that ends before the award at toks[i], opening the sentence or a clause
// or after "được": "Thành phố quyết định tặng Bằng khen cho …", "được
// tỉnh tặng Bằng khen" (round 39). The unit is the one province (or city
// of the centre) the story names with that unit before it, as a giver
// writes it ("thành phố Hồ Chí Minh"), anywhere in the story; none, or
// two, give "". A bare "trao" only presents.
func (x *extractor) bareUnitGiver(toks []token, s, i int) string {
	k, bare, ok := verbOfGiving(toks, s, i)
	if !ok || bare {
		return ""
	}
	a, unit := k-1, ""
	switch {
	case a >= s && (toks[a].is("tỉnh") || toks[a].is("Tỉnh")):
		unit = "tỉnh"
	case a-1 >= s && (toks[a-1].is("thành") || toks[a-1].is("Thành")) && toks[a].is("phố"):
		a, unit = a-1, "thành phố"
	default:
		return ""
	}
	if a > s && !toks[a-1].is("được") && !toks[a-1].is(",") {
		return ""
	}
	found, all := "", x.storyTokens()
	for b := 0; b+1 < len(all); b++ {
		name, e := provinceGiverAt(all, b)
		if e == 0 || !strings.HasPrefix(name, unit+" ") {
			continue
		}
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	return found
}

// provinceGiverAt reads a province written at toks[a] as a giver names
// it: "tỉnh" (or "thành phố") and the province's name. It returns the
// province as written with its unit in lower case, and the token after
// it; or 0.
func provinceGiverAt(toks []token, a int) (string, int) {
	unit, b := "", a+1
	switch {
	case a >= len(toks):
		return "", 0
	case toks[a].is("tỉnh") || toks[a].is("Tỉnh"):
		unit = "tỉnh"
	case a+1 < len(toks) && (toks[a].is("thành") || toks[a].is("Thành")) && toks[a+1].is("phố"):
		unit, b = "thành phố", a+2
	default:
		return "", 0
	}
	name, n := provinceAt(toks, b)
	if n == 0 || unit == "thành phố" && !centreCities[name] {
		// "Thành phố Trà Vinh trao tặng …": the province's own city of
		// its name, which holds the ceremony, confers nothing.
		return "", 0
	}
	return unit + " " + name, b + n
}

// centreCities are the cities of the centre, provinces of their own,
// which "thành phố" names as a province's "tỉnh" does.
var centreCities = map[string]bool{"Hà Nội": true, "Hồ Chí Minh": true, "Hải Phòng": true, "Đà Nẵng": true, "Cần Thơ": true}

// mandateStory reports whether a story hands something over on another's
// behalf: "thừa ủy quyền", "ủy nhiệm", "thừa lệnh" anywhere in it.
func mandateStory(text string) bool {
	f := textvi.Fold(text)
	return strings.Contains(f, "uy quyen") || strings.Contains(f, "uy nhiem") || strings.Contains(f, "thua lenh")
}
