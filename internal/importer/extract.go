package importer

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// mention is where a person was named, for the rules that look around a
// mention (who presented an award).
type mention struct {
	key        string
	start, end int // bytes
}

// maxEntities bounds what one story may yield of each kind, so that a
// pathological text (a megabyte of "Bằng khen của Bộ A1 … Bộ A9999") costs
// linear time; real stories name a few dozen.
const maxEntities = 500

// extractor accumulates what the rules find, paragraph by paragraph,
// de-duplicating by key and keeping the first span.
type extractor struct {
	s        *Story
	people   map[string]int // key → index in s.People
	orgs     map[string]int
	awards   map[string]int
	docs     map[string]int
	dates    map[string]bool
	mentions []mention
	// stateParts are where the parts countParts read start (round 38).
	stateParts map[int]bool
	// orgMentions are where organizations were named, keyed by Org.Key.
	orgMentions []mention
	// holders maps a position (folded title | organization key) to the
	// person of the story who holds it.
	holders map[string]string
	// awardNames maps the folded name of an award without its issuer
	// ("huan chuong lao dong hang ba") to the first award of that name.
	awardNames map[string]int
	// variants caches whether the story writes a name capitalized.
	variants map[string]bool
	// docDays are the years of the documents' dates by day and month,
	// when the story's year is unknown (dates.go).
	docDays map[[2]int]int
	// open is the list of recipients written one a line that the last
	// paragraph opened, if any.
	open openList
	// members is the body whose members the last paragraph announced,
	// one a line after it ("bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí
	// sau:"), with that paragraph's tokens; members.ok is false otherwise.
	members memberList
	// listedPosts are the posts the last paragraph gave to the people it
	// announced one a paragraph after it ("chỉ định 6 cán bộ giữ chức vụ
	// Phó Chủ tịch UBND tỉnh, gồm:"), while the paragraphs name them,
	// with that paragraph's tokens (the posts' indices are into them).
	listedPosts []posMatch
	listedToks  []token
	// counted is a post a dismissal or an appointment gave by a count
	// without naming its holders ("miễn nhiệm 5 Ủy viên UBND tỉnh …"),
	// for the sentences after it that repeat the verb with people only
	// (dismissedLater), while the count lasts.
	counted countedPost
	// province is the province bodies without one of their own take:
	// the story's, else the only one its text names bare (storyNamedProvince).
	province string
	// city is the province's capital a story of no province names
	// (storyCity).
	city string
	// places are the places of each lower unit the story names (onlyPlace).
	places map[string]string
	// shared are the counts shared by titles in quotes (recipientsOf,
	// sharedTotals).
	shared []sharedCount
	// storyToks are the whole story's tokens, read once by the few rules
	// that look past a paragraph (storyTokens).
	storyToks []token
}

// storyTokens returns the tokens of the whole story, tokenizing it on the
// first call only.
func (x *extractor) storyTokens() []token {
	if x.storyToks == nil {
		x.storyToks = tokenize(x.s.Text, 0)
	}
	return x.storyToks
}

func newExtractor(s *Story) *extractor {
	x := &extractor{s: s, people: map[string]int{}, orgs: map[string]int{}, awards: map[string]int{}, docs: map[string]int{}, dates: map[string]bool{}, holders: map[string]string{}, awardNames: map[string]int{}, variants: map[string]bool{}, open: openList{at: -1, award: -1}}
	if !s.YearKnown {
		x.docDays = docDays(s.Text)
	}
	x.province = bodiesProvince(s.Text)
	if x.province == "" {
		x.city = storyCity(s.Text)
	}
	return x
}

// credited reports whether toks[i] follows a credit's word and colon
// ("Ảnh: Báo Lai Châu", "Nguồn: Báo Khánh Hòa").
func credited(toks []token, i int) bool {
	return i >= 2 && toks[i-1].is(":") && (toks[i-2].fold == "anh" || toks[i-2].fold == "nguon")
}

// bodiesProvince is the province bodies without one of their own take: a
// dateline's, else the one the text names most after "tỉnh" or "Tỉnh ủy",
// else the centrally governed city it names most after "thành phố", "TP"
// or "Thành ủy" ("HĐND thành phố" in a story of Hải Phòng), else the one
// a headline starts with, else the one the text names bare
// (storyNamedProvince). A city named beside a province is not the story's
// ("Nhóm Thiện Nguyện thành phố Hồ Chí Minh" in a story of "tỉnh Cà
// Mau"), nor is a longer name that starts with a province's ("Thành ủy
// Điện Biên Phủ"), nor a province's capital of the same name ("TP Hải
// Dương" names the city, not its province).
func bodiesProvince(text string) string {
	if p := datelineProvince(text); p != "" {
		return p
	}
	text = withoutFooter(text)
	toks := tokenize(text, 0)
	count, homes, capitals := map[string]int{}, map[string]int{}, map[string]bool{}
	province, city, home := "", "", ""
	for i := 1; i < len(toks); i++ {
		p, n := provinceAt(toks, i)
		if n == 0 {
			continue
		}
		prev := toks[i-1]
		switch {
		case formerAt(toks, i+n):
			// "Tỉnh ủy Hải Dương (cũ)": a province merged into another,
			// not the story's.
		case homePlaceAt(toks, i):
			// "Quê quán: xã …, tỉnh Hà Tĩnh": a person's home, the
			// story's province only when the text names no other.
			if prev.fold == "tinh" {
				homes[p]++
				if home == "" || homes[p] > homes[home] {
					home = p
				}
			}
		case prev.fold == "tinh" && i > 1 && (toks[i-2].fold == "cac" || toks[i-2].fold == "nhung"):
			// "các tỉnh Bình Dương, Đồng Nai, Long An": provinces listed
			// after a plural are others, not the story's.
		case prev.fold == "tinh" || prev.fold == "uy" && i > 1 && toks[i-2].fold == "tinh":
			count[p] += 1000 // any mention as a province outweighs a city's
			if prev.fold == "tinh" && i > 2 && toks[i-2].fold == "ban" && toks[i-3].fold == "dia" {
				count[p] += 500 // "trên địa bàn tỉnh Yên Bái": the province's own ground weighs half a mention more
			}
			if province == "" || count[p] > count[province] {
				province = p
			}
		case i+n < len(toks) && toks[i+n].capitalized():
			// "Thành ủy Điện Biên Phủ": a longer city name.
		case centralCities[textvi.Fold(p)] == "":
			// "TP Hải Dương", "Thành ủy Bắc Kạn": a province's capital of
			// the same name names that city, not its province.
			if prev.fold == "pho" || prev.text == "TP" || prev.fold == "uy" {
				capitals[p] = true
			}
		case prev.fold == "pho" || prev.text == "TP" || prev.fold == "uy":
			count[p]++
			if city == "" || count[p] > count[city] {
				city = p
			}
		}
	}
	switch {
	case province != "":
		return province
	case city != "":
		return city
	}
	if p := headlineProvince(text); p != "" {
		return p
	}
	if p := storyNamedProvince(text); p != "" {
		return p
	}
	if p := paperSite(text); p != "" && !capitals[p] {
		// "(Baonghean.vn) - … UBND tỉnh …": the province whose paper
		// tells the story, when the text names none, nor its capital
		// ("Thành ủy Hà Tĩnh" names the city) (round 45).
		return p
	}
	if home == "" {
		return ""
	}
	if c := storyCity(text); homes[c] > 0 {
		// Two homes, one of them the province whose capital the story
		// names ("Thành ủy Kon Tum"): that one is the story's.
		return c
	}
	return home
}

// maxHomePlace bounds how far back a place looks for the word that makes
// it a person's home: a commune, a district and a province with commas.
const maxHomePlace = 14

// homePlaceAt reports whether the place at toks[i] is where a person comes
// from or lives, in a life told beside the name ("ông A (sinh năm 1950;
// Quê quán: xã B, huyện C, tỉnh D; …)", "quê ở tỉnh D", "nguyên quán",
// "trú tại", "thường trú"): the province of such a place is the person's,
// and says nothing of the bodies the story names bare. The place's clause
// ends at ; ( ) . so that a home does not reach the next clause.
func homePlaceAt(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxHomePlace; k-- {
		t := toks[k]
		if t.is(";") || t.is("(") || t.is(")") || t.is(".") {
			return false
		}
		if !t.word {
			continue
		}
		switch strings.ToLower(t.text) {
		case "quê":
			return true
		case "quán", "trú":
			// "nguyên quán", "trú quán", "trú tại", "thường trú", "cư trú".
			return true
		}
	}
	return false
}

// withoutFooter is text without the lines of a site's footer: the
// province of its address ("Tòa soạn: …, TP Nam Định, tỉnh Nam Định") is
// the paper's, not named by the story.
func withoutFooter(text string) string {
	lines := strings.Split(text, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if !isFooter(strings.TrimSpace(l)) {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

// storyCity is the province's capital of the same name the text names
// most after "thành phố", "TP" or "Thành ủy" ("TP Bắc Kạn"), not a
// centrally governed city: the city bare "Thành ủy" and "HĐND thành phố"
// are of when the story names no province.
func storyCity(text string) string {
	toks := tokenize(withoutFooter(text), 0)
	count := map[string]int{}
	city := ""
	for i := 2; i < len(toks); i++ {
		prev := toks[i-1]
		if !(prev.fold == "pho" && toks[i-2].fold == "thanh" || prev.text == "TP" || prev.fold == "uy" && toks[i-2].fold == "thanh") {
			continue
		}
		p, n := provinceAt(toks, i)
		if n == 0 || centralCities[textvi.Fold(p)] != "" || formerAt(toks, i+n) || i+n < len(toks) && toks[i+n].capitalized() {
			continue
		}
		count[p]++
		if city == "" || count[p] > count[city] {
			city = p
		}
	}
	return city
}

// formerAt reports whether toks[k] marks the place before it as one that
// no longer is: "cũ" or "(cũ)" ("Tỉnh ủy Hải Dương (cũ)").
func formerAt(toks []token, k int) bool {
	if k < len(toks) && toks[k].is("(") {
		k++
	}
	return k < len(toks) && toks[k].fold == "cu" && toks[k].lower()
}

// notProvinceBefore are the folded words after which a province's name is
// another place's: a street's or a lower unit's of the same name.
var notProvinceBefore = map[string]bool{"duong": true, "pho": true, "huyen": true, "quan": true, "xa": true, "phuong": true, "tran": true, "thon": true, "ap": true, "ban": true, "to": true}

// insideNameBefore reports whether a company's name ("Công ty …") runs
// up to toks[i] without a stop: a province written there ends the
// company's name ("Công ty cổ phần Cấp nước Ninh Thuận"). A hospital's
// name is read so too ("Bệnh viện Trung ương Thái Nguyên", "Bệnh viện Đa
// khoa Trung ương Cần Thơ", round 50): the province ends the hospital's
// name and is not the story's. So is a quoted name opened right after a
// word, a movement's or a campaign's ("phong trào thi đua “Nghệ An chung
// sức xây dựng nông thôn mới”", round 53), and a school's ("Trường Cao
// đẳng Bến Tre", as round 11 read Bắc Kạn's schools); a quote opened
// after a colon is speech, and its province is the story's.
func insideNameBefore(toks []token, i int) bool {
	if i >= 2 && isQuote(toks[i-1].text) && toks[i-2].word && toks[i-2].lower() {
		return true
	}
	for q := i - 2; q >= 0 && q >= i-10; q-- {
		if !toks[q+1].word {
			return false
		}
		if toks[q].fold == "cong" && toks[q+1].fold == "ty" {
			return true
		}
		if toks[q].text == "Bệnh" && toks[q+1].fold == "vien" {
			return true
		}
		if toks[q].text == "Trường" && q+1 < i && toks[q+1].capitalized() {
			return true // "Trường Cao đẳng Bến Tre": a school's name (round 53)
		}
	}
	return false
}

// storyNamedProvince is the province a story names without "tỉnh" before
// it, when it names one and no other ("tình hình kinh tế - xã hội của
// Quảng Bình", "Bắc Ninh: Chuyển biến tích cực …" in a headline): bare
// "Tỉnh ủy", "UBND tỉnh" are of it. A name inside a longer capitalized
// run (a person's, "Nguyễn Thái Bình") or a street's ("đường Hà Nội")
// names no province, nor one after a lower unit's word ("huyện Quảng
// Ninh", "phường Phú Thọ": places of the same name) or party committee's
// ("Thành ủy Bắc Kạn": the capital's; "Tỉnh ủy" is counted before this is
// asked), nor Hồ Chí Minh,
// a person's name as often as the city's.
func storyNamedProvince(text string) string {
	toks := tokenize(text, 0)
	found := ""
	for i := 0; i < len(toks); i++ {
		if i > 0 && (toks[i-1].capitalized() || notProvinceBefore[toks[i-1].fold] || toks[i-1].fold == "uy") {
			continue
		}
		p, n := provinceAt(toks, i)
		if n == 0 || i+n < len(toks) && toks[i+n].capitalized() || p == "Hồ Chí Minh" || homePlaceAt(toks, i) {
			continue
		}
		if insideNameBefore(toks, i) {
			i += n - 1 // "Công ty TNHH MTV Xổ số kiến thiết Ninh Thuận": the company's name, not the story's province (round 32)
			continue
		}
		if found != "" && found != p {
			return ""
		}
		found = p
		i += n - 1
	}
	return found
}

func (x *extractor) paragraph(p string, base int) {
	toks := tokenize(p, base)
	used := make([]bool, len(toks)+1)
	listed := x.open.award
	x.open = openList{at: -1, award: -1}
	if x.members.ok && !x.memberLine(toks, used) {
		x.members = memberList{}
	}
	x.peopleIn(toks, used)
	x.listMates(toks, used)
	x.listedHolder(toks)
	x.appointmentsIn(toks)
	x.reelectedToTerm(toks)
	x.postsListed(toks, used)
	docSpans := x.documentsIn(p, base, toks)
	x.orgsIn(toks, used)
	n := len(x.s.Awards)
	x.awardsIn(toks, docSpans)
	if x.open.award < 0 {
		x.open.at = -1 // the award of the list was not recorded
	}
	if listed >= 0 && len(x.s.Awards) == n && x.open.award < 0 {
		// A line of the list the paragraph before opened.
		x.open.award = listed
		x.listedLine(toks)
	}
	x.followOnLists(toks)
	x.datesIn(p, base)
	if m, ok := x.membersOpened(toks); ok {
		x.members = memberList{org: m, toks: toks, ok: true}
	}
}

// memberList is a body whose members are listed one a line.
type memberList struct {
	org  orgMatch
	toks []token // the paragraph that named org
	ok   bool
}

// membersOpened returns the body a paragraph ends by announcing its
// members, elected one a line after it: "… đã bầu Ban Thường vụ Tỉnh ủy
// gồm 15 đồng chí sau:", "bầu Ủy ban Kiểm tra gồm các đồng chí:".
func (x *extractor) membersOpened(toks []token) (orgMatch, bool) {
	e := len(toks) - 1
	if e < 3 || !toks[e].is(":") {
		return orgMatch{}, false
	}
	q := e
	if toks[q-1].is("sau") {
		q--
	}
	if q < 3 || comrade.matchAt(toks, q-2) == 0 {
		return orgMatch{}, false
	}
	q -= 2
	if q > 0 && (isDigits(toks[q-1].text) || toks[q-1].is("các")) {
		q--
	}
	if q < 1 || !toks[q-1].is("gồm") {
		return orgMatch{}, false
	}
	for b := q - 2; b > 0 && b >= q-12; b-- {
		if !toks[b-1].is("bầu") {
			continue
		}
		if m, ok := parseOrg(x.s.Text, toks, b, 0); ok && !m.generic && m.j == q-1 {
			return m, true
		}
	}
	return orgMatch{}, false
}

// memberLine reads a line of the members x.members announced: "1. Nguyễn
// Tiến Hải", a name alone after its number, an Ủy viên of the body. It
// reports whether the line was one.
func (x *extractor) memberLine(toks []token, used []bool) bool {
	k := 0
	if len(toks) > 2 && isDigits(toks[0].text) && (toks[1].is(".") || toks[1].is(")")) {
		k = 2
	}
	j, ok := nameAt(toks, k)
	if !ok || x.isPlace(toks, k, j) || j < len(toks) && !(j+1 == len(toks) && (toks[j].is(".") || toks[j].is(";") || toks[j].is(","))) {
		return false
	}
	name := textOf(x.s.Text, toks, k, j)
	key := x.addPerson(Person{Name: nameCase(name), Span: spanOf(x.s.Text, toks[k].start, toks[j-1].end)})
	x.addPosition(key, posMatch{title: "Ủy viên", org: x.members.org, hasOrg: true, start: toks[k].start, end: toks[j-1].end}, x.members.toks)
	x.mentions = append(x.mentions, mention{key, toks[k].start, toks[j-1].end})
	markUsed(used, k, j)
	return true
}

// comrade is how party and state news introduces a person: "đồng chí".
var comrade = newPhrase("đồng chí")

// partyMember introduces a member of the Party by name: "đảng viên A".
var partyMember = newPhrase("đảng viên")

// memberAge returns how many tokens at toks[k] say a party member is old,
// "cao tuổi", "lão thành": 2, else 0.
func memberAge(toks []token, k int) int {
	if k+1 < len(toks) && (toks[k].is("cao") && toks[k+1].is("tuổi") || toks[k].is("lão") && toks[k+1].is("thành")) {
		return 2
	}
	return 0
}

// peopleIn finds people: after "đồng chí", "ông", "bà", or a family name
// followed by a title; a title after those words alone refers back to the
// person of the story who holds it.
func (x *extractor) peopleIn(toks []token, used []bool) {
	text := x.s.Text
	// A list of people sharing one apposition ("ông A, ông B và ông C,
	// Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh …"): those without titles wait
	// for the titles of the last one.
	var chain []string
	chainNext := -1
	andNext := -1     // "ông A và B": B after the "và" of an introduced name
	byAuthor := false // the name at andNext is an author's, as the one before it
	for i := 0; i < len(toks); i++ {
		k := i
		trigger := false
		author := byAuthor && i == andNext
		if i >= andNext {
			byAuthor = false
		}
		switch {
		case i == andNext:
			trigger, byAuthor = true, author
		case comrade.matchAt(toks, i) > 0:
			k, trigger = i+2, true
		case kinAt(toks, i) > 0:
			k, trigger = i+kinAt(toks, i), true // "anh Võ Hoàng Vũ"
		case authorSlotAt(toks, i) > i:
			// "của tác giả Nhật Lân", "nhóm tác giả A – B – C", "Tác
			// giả: Bá Thăng": an author, often by a pen name (round 43).
			k, trigger, byAuthor = authorSlotAt(toks, i), true, true
		case heldTitleAt(toks, i) > i:
			k, trigger = heldTitleAt(toks, i), true // "“Nghệ nhân ưu tú” Lò Văn Lả" (round 46)
		case craftsmanAt(toks, i) > i:
			k, trigger = craftsmanAt(toks, i), true // "nghệ nhân Trần Khánh Cẩm"
		case tradeAt(toks, i) > i:
			k, trigger = tradeAt(toks, i), true // "Kiến trúc sư Nguyễn Văn A; Nhạc sĩ Trần Văn B" (round 41)
		case tradeAfterName(toks, i):
			trigger = true // "gồm các ông/bà: A, Diễn viên múa, …; B, …" (round 41)
		case toks[i].word && (toks[i].fold == "ong" || toks[i].fold == "ba") && (toks[i].text == "ông" || toks[i].text == "Ông" || toks[i].text == "bà" || toks[i].text == "Bà"):
			k, trigger = i+1, true
		case signerCellAt(toks, i):
			k, trigger = i+3, true // "| Người ký | Nguyễn Khắc Toàn |": a document's signer in its table of details
		case stampedIntroducer(toks[i]):
			k, trigger = i+1, true // "- 10-07-2014Ông Tống Thanh Hải được bầu …": a related story's link
		case rankAt(toks, i) > 0:
			k, trigger = i+rankAt(toks, i), true // "Đại tá Vũ Xuân Hùng"
		case partyMember.matchAt(toks, i) > 0 && (toks[i].lower() || toks[i].is("Đảng") && (i == 0 || !toks[i-1].word || toks[i-1].lower())) && i+2+memberAge(toks, i+2) < len(toks) && isSurname(toks[i+2+memberAge(toks, i+2)]) && toks[i+2+memberAge(toks, i+2)].capitalized() && !toks[i+2+memberAge(toks, i+2)].is("Đảng"):
			// "Huy hiệu 60 năm tuổi Đảng cho đảng viên Trần Xuân Thái";
			// "Đảng viên A, sinh năm 1929" opening a sentence; "đảng
			// viên cao tuổi A", "đảng viên lão thành A".
			k, trigger = i+2+memberAge(toks, i+2), true
		case deputy.matchAt(toks, i) > 0 && toks[i].lower() && i+2 < len(toks) && isSurname(toks[i+2]) && toks[i+2].capitalized():
			// "đại biểu Võ Văn Dũng được cho thôi làm nhiệm vụ": a
			// council's deputy introduced by name, in lower case (round 52).
			k, trigger = i+2, true
		case motherAt(toks, i) > 0:
			k, trigger = i+motherAt(toks, i), true // "Mẹ Hoàng Thị Xuân", "liệt sĩ Đào Văn Lan"
		case motherList(toks, i) > i && x.namesListed(toks, motherList(toks, i), used):
			continue
		case familiesList(toks, i) > i && x.namesListed(toks, familiesList(toks, i), used):
			continue // "thân nhân của 03 gia đình, gồm: A (ngụ …), B (…) và C (…)" (round 27)
		case i+2 < len(toks) && (toks[i].is("là") || i > 0 && partyMember.matchAt(toks, i-1) > 0) && toks[i+1].is(":") && x.itemNames(toks, i+2, used):
			// "… là: A, …; B, …", "… cho các đảng viên: A, Chi bộ X và B,
			// Chi bộ Y; C, …"
			continue
		case namesFrom(toks, i) > i:
			if e := x.bareNames(toks, namesFrom(toks, i), used); e > 0 {
				i = e - 1
				continue
			}
		}
		if trigger && k < len(toks) && (toks[k].is("Mẹ") || toks[k].is("mẹ") || toks[k].is("Việt")) {
			a := heroTitleEnd(toks, k)
			if a == k || !nameNext(toks, a) {
				continue // "Bà mẹ Việt Nam anh hùng", "Mẹ Việt Nam anh hùng": the title, not a name
			}
			k = a // "con của Bà mẹ Việt Nam anh hùng Trần Thị A": the name after the title (round 38)
		}
		if trigger {
			if _, n := titleAt(toks, k); n > 0 {
				pms, end := parseTitles(text, toks, k)
				if key, ok := x.holderOf(pms, toks); ok {
					x.s.People[x.people[key]].Mentions++
					x.mentions = append(x.mentions, mention{key, toks[i].start, toks[end-1].end})
					markUsed(used, i, end)
					i = end - 1
				}
				continue
			}
		}
		if !trigger {
			if key, end, ok := x.titledName(toks, i); ok {
				x.mentions = append(x.mentions, mention{key, toks[i].start, toks[end-1].end})
				markUsed(used, i, end)
				i = end - 1
				continue
			}
			if ok := isSurname(toks[i]) || femaleNameAt(toks, i); !ok || !toks[i].capitalized() || (i > 0 && toks[i-1].capitalized() && !degrees[toks[i-1].text]) {
				continue
			}
		}
		j, ok := nameAt(toks, k)
		if !ok && trigger && k == i+1 && j == k+1 && (toks[i].fold == "ong" || toks[i].fold == "ba") {
			// "ông Long được bổ nhiệm …" after "ông Trương Hải Long": a
			// person named earlier, called by the given name alone,
			// given a post by the passive "được" or "đã được" (round 32);
			// told otherwise ("Trước đó, ông Long giữ chức …") it is as
			// often a past career.
			if key := x.givenNameOf(toks[k]); key != "" && passiveAt(toks, j) {
				x.mentions = append(x.mentions, mention{key, toks[k].start, toks[k].end})
				markUsed(used, i, j)
				i = k
			}
			continue
		}
		if !ok || x.isPlace(toks, k, j) && !byAuthor || !trigger && townAfterCommittee(toks, k, j) || byAuthor && !authorName(toks, k, j) {
			continue
		}
		j = x.nameVariant(toks, k, j)
		var pms []posMatch
		end := j
		sep := j
		if a := bioAfter(toks, ageAfter(toks, j)); a > j && a+1 < len(toks) && (toks[a].is(",") || toks[a].is("-") || toks[a].is("–")) {
			sep = a // "ông A (52 tuổi) - Phó Bí thư Tỉnh ủy", "ông A (SN 1964), Phó Bí thư Tỉnh ủy": the age before the apposition
		}
		if sep+2 < len(toks) && toks[sep].is(",") {
			for _, r := range ranks {
				if n := r.matchAt(toks, sep+1); n > 0 && toks[sep+1].capitalized() && sep+1+n < len(toks) && toks[sep+1+n].is(",") {
					sep += 1 + n // "ông A, Đại tá, Chỉ huy trưởng …": the rank before the apposition
					break
				}
			}
		}
		if p := photoPlaceEnd(toks, sep); p > sep && p+1 < len(toks) && (toks[p].is(",") || toks[p].is("-") || toks[p].is("–")) && titleStarts(toks, p+1) {
			sep = p // "Ông A (thứ 4 từ trái qua), Phó Bí thư Tỉnh ủy": where A stands in the photo, then the apposition (round 44)
		}
		if b := bracketBioEnd(toks, sep); b > sep {
			sep = b // "ông A (sinh năm 1972, dân tộc Mạ, Phó Bí thư Huyện ủy …)": the posts after the life told in the bracket (round 44)
		}
		if sep+1 < len(toks) && (toks[sep].is(",") || toks[sep].is("-") || toks[sep].is("–") || toks[sep].is("kiêm") || toks[sep].is("(")) {
			// "ông A (Chính trị viên Ban chỉ huy quân sự huyện B)": the
			// apposition in parentheses too.
			pms, end = parseTitles(text, toks, sep+1)
			if len(pms) == 0 {
				end = j // no apposition: "đồng chí A (phải) giữ chức …" ends at the name
			}
		}
		if !trigger && len(pms) == 0 && !bornAfter(toks, k, j) {
			continue
		}
		name := nameCase(textOf(text, toks, k, j))
		key := x.addPerson(Person{Name: name, Span: spanOf(text, toks[k].start, toks[j-1].end)})
		for _, pm := range pms {
			if pm.hasOrg {
				x.addPosition(key, pm, toks)
			}
		}
		if trigger {
			if a := ageAfter(toks, j); len(pms) == 0 && a+1 < len(toks) && toks[a].is("và") && nameNext(toks, a+1) {
				andNext = a + 1 // "đảng viên A (sinh năm 1923) và B": B is introduced as A is
			}
			next := -1
			if len(pms) == 0 && j+1 < len(toks) && (toks[j].is(",") || toks[j].is("và")) {
				next = j + 1
				if toks[next].is("và") && next+1 < len(toks) {
					next++ // ", và ông C"
				}
				if !isIntroducer(toks, next) {
					next = -1
				}
			}
			if byAuthor && len(pms) == 0 && j+1 < len(toks) && (toks[j].is("–") || toks[j].is("-") || toks[j].is(",") || toks[j].is("và")) && toks[j+1].capitalized() {
				// "nhóm tác giả A – B – C": the names after an author's,
				// parted by dashes, are authors too (round 43).
				andNext = j + 1
			} else if a := closeNickname(toks, j); len(pms) == 0 && next < 0 && a+1 < len(toks) && (toks[a].is(",") || toks[a].is("và")) && bareFullNameAt(toks, a+1) {
				// "(ông A, B (Tư B), C (Út C)": a list of full names after
				// one "ông", each with no "ông" of its own, a nickname in
				// parentheses after any (round 40).
				andNext = a + 1
			}
			if len(pms) > 0 && chainNext == i {
				for _, c := range chain {
					for _, pm := range pms {
						if pm.hasOrg {
							x.addPosition(c, pm, toks)
						}
					}
				}
			}
			if next < 0 {
				chain = chain[:0]
			} else {
				chain = append(chain, key)
			}
			chainNext = next
		}
		x.mentions = append(x.mentions, mention{key, toks[k].start, toks[end-1].end})
		markUsed(used, i, end)
		i = end - 1
	}
}

// listMates reads the people of a list from the list's shape (round 42):
// a run of items parted by ",", "và" or ";" ("các ông: A (nguyên Bí thư
// …), B và C", "cho các đảng viên A (…), B (chi bộ X) và C (chi bộ Y)",
// "gồm: A, Bí thư …; B, Tỉnh trưởng …") whose items the other rules read
// as people, two of them or one after a plural introducer ("các ông",
// "các đồng chí", "các đảng viên", "gồm:"), makes people of its other
// items of the same shape: an item that opens with a full name, the name
// closing the item or followed by its bracket or its apposition. Their
// posts are read from the apposition as the first item's are. It reads no
// item that opens with a place, a body, a title or an award, none already
// read, and no list whose items are no people.
func (x *extractor) listMates(toks []token, used []bool) {
	for s := 0; s < len(toks); {
		e := stopAt(toks, s)
		x.listMatesIn(toks, s, e, used)
		s = e + 1
	}
}

// mateItem is one item of a list, toks[s:e]: its name at toks[k:j] (j is
// -1 when it opens with none), person when the other rules read it.
type mateItem struct {
	s, e, k, j int
	person     bool
}

// listMatesIn reads the lists of the sentence toks[s:e].
func (x *extractor) listMatesIn(toks []token, s, e int, used []bool) {
	if e-s < 4 {
		return
	}
	semi := false // ";" parts the items, "," the words of an item
	depth := 0
	for q := s; q < e; q++ {
		switch {
		case toks[q].is("("):
			depth++
		case toks[q].is(")"):
			depth--
		case depth == 0 && toks[q].is(";"):
			semi = true
		}
	}
	// The items, parted at the top level, outside brackets.
	var items []mateItem
	depth, b := 0, s
	for q := s; q <= e; q++ {
		if q < e {
			switch {
			case toks[q].is("("):
				depth++
				continue
			case toks[q].is(")"):
				depth--
				continue
			}
		}
		if q == e || depth == 0 && (toks[q].is(":") || toks[q].is(";") || !semi && (toks[q].is(",") || toks[q].is("và"))) {
			if q > b {
				items = append(items, mateItem{s: b, e: q})
			}
			b = q + 1
		}
	}
	mentionAt := func(k int) bool {
		m := sort.Search(len(x.mentions), func(m int) bool { return x.mentions[m].start >= toks[k].start })
		return m < len(x.mentions) && x.mentions[m].start == toks[k].start && x.mentions[m].end <= toks[e-1].end
	}
	for i := range items {
		it := &items[i]
		k := it.s
		if toks[k].is("và") && k+1 < it.e {
			k++
		}
		if comrade.matchAt(toks, k) > 0 {
			k += 2
		} else if isIntroducer(toks, k) {
			k++
		}
		it.k, it.j = k, -1
		if k >= it.e {
			continue
		}
		if mentionAt(k) {
			it.person = true
			it.j = k
			continue
		}
		if used[k] || !toks[k].capitalized() {
			continue
		}
		if j, ok := nameAt(toks, k); ok && j <= it.e {
			if _, known := x.people[textvi.Fold(nameCase(textOf(x.s.Text, toks, k, j)))]; known {
				// A person the story named before, listed again without
				// an introducer: a person item of the list.
				it.person, it.j = true, j
				continue
			}
		}
		if semi && !isSurname(toks[k]) {
			// "các ông: A, Bí thư …; Khăm Khẳn Chăn Thạ Vi Súc, Bí thư,
			// Tỉnh trưởng …": in a list parted by ";", a name of another
			// people, up to six words with no family name the list knows,
			// is a person when its item goes on with a post after a comma,
			// as the items read as people do.
			if j, _ := nameAt(toks, k); j-k >= 2 && j-k <= 6 && j+1 < it.e && toks[j].is(",") && !x.isPlace(toks, k, j) {
				if _, n := titleAt(toks, j+1); n > 0 {
					it.j = j
				}
			}
			continue
		}
		if !(isSurname(toks[k]) || middleNamed(toks, k)) {
			continue
		}
		j, ok := nameAt(toks, k)
		if !ok || j > it.e || x.isPlace(toks, k, j) || j-k < 2 || j-k > 4 || !isSurname(toks[k]) && j-k < 3 {
			continue
		}
		if j < it.e && !(toks[j].is("(") || toks[j].is(",") || toks[j].is("-") || toks[j].is("–")) && !homeAfter(toks, j, it.e) {
			continue // "A được bầu …": the name opens a clause, not an item
		}
		it.j = j
	}
	// The first item of a run may hold its person after the words that
	// open the list ("được trao cho các đảng viên A (…)"): a mention
	// inside it.
	firstPerson := func(it mateItem) (int, bool) {
		for q := it.s; q < it.e; q++ {
			if toks[q].is("(") {
				return 0, false
			}
			if q > it.s && mentionAt(q) {
				return q, true
			}
		}
		return 0, false
	}
	for a := 0; a < len(items); {
		// A run: an item holding a person, then items that open with a name.
		start, plural := -1, false
		if items[a].person {
			start = a
			plural = pluralOpener(toks, s, items[a].k)
		} else if q, ok := firstPerson(items[a]); ok {
			start = a
			plural = pluralOpener(toks, s, q)
		}
		if start < 0 {
			a++
			continue
		}
		z := a + 1
		people := 1
		for z < len(items) && (items[z].person || items[z].j > 0) {
			if items[z].person {
				people++
			}
			z++
		}
		if people >= 2 || plural {
			for _, it := range items[a+1 : z] {
				if !it.person {
					x.addListMate(toks, it, used)
				}
			}
		}
		a = z
	}
}

// homeAfter reports whether "ở" and a place's unit follow a list item's
// name at toks[j], before the item's end e: the person's home, told of
// the item as a bracket would ("gồm: A, B, C, cùng ở xã D; E ở xã F,
// huyện G; H", round 53).
func homeAfter(toks []token, j, e int) bool {
	return j+1 < e && toks[j].is("ở") && toks[j+1].lower() && (anyAt(localUnits, toks, j+1) > 0 || anyAt(hamlets, toks, j+1) > 0)
}

// pluralOpener reports whether the words before a list's first person,
// toks[s:q], end by a plural introducer: "các ông", "các bà", "các đồng
// chí", "các đảng viên", "các nghệ nhân", or "gồm", "là" before ":".
func pluralOpener(toks []token, s, q int) bool {
	if q > s && toks[q-1].is(":") {
		q--
		if q > s && (toks[q-1].is("gồm") || toks[q-1].is("là")) {
			return true
		}
	}
	for b := q - 1; b >= s && b >= q-3; b-- {
		if toks[b].is("các") || toks[b].is("Các") {
			w := b + 1
			return w < q && (isIntroducer(toks, w) || partyMember.matchAt(toks, w) > 0 || anyAt(craftsmen, toks, w) == 2)
		}
	}
	return false
}

// addListMate records the person an item of a list names, and the posts
// of its apposition.
func (x *extractor) addListMate(toks []token, it mateItem, used []bool) {
	k, j := it.k, it.j
	var pms []posMatch
	end := j
	if j+1 < it.e && (toks[j].is(",") || toks[j].is("(") || toks[j].is("-") || toks[j].is("–")) {
		pms, end = parseTitles(x.s.Text, toks, j+1)
		if len(pms) == 0 {
			end = j
		}
	}
	key := x.addPerson(Person{Name: nameCase(textOf(x.s.Text, toks, k, j)), Span: spanOf(x.s.Text, toks[k].start, toks[j-1].end)})
	for _, pm := range pms {
		if pm.hasOrg {
			x.addPosition(key, pm, toks)
		}
	}
	x.insertMention(mention{key, toks[k].start, toks[end-1].end})
	markUsed(used, k, end)
}

// bornAfter reports whether the full name at toks[k:j], of three or four
// words, is followed by the year the person was born or their age,
// between commas or in brackets ("…, là A, sinh năm 1989, của Câu lạc bộ
// …", "B (SN 1953) …", "C, 54 tuổi, …"): a birth or an age is told of a
// person, so the name is one without a title before or after it (round
// 42).
func bornAfter(toks []token, k, j int) bool {
	if j-k < 3 || j-k > 4 {
		return false
	}
	return bioAfter(toks, j) > j || ageAfter(toks, j) > j
}

// closeNickname returns the token after a nickname in parentheses at
// toks[j] ("Dương Văn A (10 Lùng),"), or j when there is none.
func closeNickname(toks []token, j int) int {
	if j >= len(toks) || !toks[j].is("(") {
		return j
	}
	for e := j + 1; e < len(toks) && e <= j+4; e++ {
		if toks[e].is(")") {
			return e + 1
		}
		if !toks[e].word {
			return j
		}
	}
	return j
}

// bareFullNameAt reports whether a full name of three or four
// capitalized syllables, its first a family name, none of them a title's
// or a body's, is written at toks[k] and closed by punctuation or "và".
func bareFullNameAt(toks []token, k int) bool {
	if k >= len(toks) || !isSurname(toks[k]) || !toks[k].capitalized() {
		return false
	}
	e := k
	for e < len(toks) && e < k+5 && toks[e].capitalized() && !allCaps(toks[e].text) {
		if _, n := titleAt(toks, e); n > 0 {
			return false
		}
		if _, n := headAt(toks, e); n > 0 {
			return false
		}
		e++
	}
	if e-k < 3 || e-k > 4 {
		return false
	}
	return e == len(toks) || toks[e].is(",") || toks[e].is("và") || toks[e].is("(") || toks[e].is(")") || toks[e].is(".") || toks[e].is(";")
}

// townAfterCommittee reports whether a name of two syllables, toks[k:j],
// comes right after a committee written "… ủy" ("Huyện ủy", "Thành ủy")
// with no introducer: the committee's town, not a person ("Bí thư Huyện
// ủy Triệu Sơn, Chủ nhiệm …"). A full name of three syllables there is
// a person ("Bí thư Huyện ủy Lê Văn Tám").
func townAfterCommittee(toks []token, k, j int) bool {
	return k >= 2 && j-k == 2 && toks[k-1].fold == "uy" && toks[k-1].lower() && toks[k-2].capitalized()
}

// kinAt returns the length of the word that introduces a person by name
// as a relative, an elder or a teacher is addressed ("anh Nguyễn Quốc
// Toản", "chị A", "cụ B", "thầy C", "cô D", "em E"), or by an honorary
// title written short ("NSƯT F"); or 0. "Anh Sơn" after "huyện" is a
// place.
func kinAt(toks []token, i int) int {
	switch toks[i].text {
	case "anh", "Anh", "chị", "Chị", "cụ", "Cụ", "thầy", "Thầy", "cô", "Cô", "em", "Em":
	case "NSND", "NSƯT", "NGND", "NGƯT", "NNND", "NNƯT", "TTND", "TTƯT", "ĐV":
		// An honorary title written short: "NSƯT Nguyễn Văn A"; a
		// Party member: "cho ĐV Vũ Sơn Hà".
	default:
		return 0
	}
	if i > 0 && placeWords[toks[i-1].text] || !nameNext(toks, i+1) {
		return 0
	}
	return 1
}

// heldTitleAt returns where the name starts after a State's honorary
// title written in full right before it, in quotes or not ("là “Nghệ
// nhân ưu tú” Lò Văn Lả và Điêu Văn Minh được phong tặng …", "Nghệ sĩ
// Nhân dân Lê Văn A"), or i: the title introduces its holder as its
// initials do ("NNƯT A", kinAt). It is a title held already, no
// conferral: the award readers do not tie it to the name (round 46).
// A title followed by a word in lower case or a count ("Nghệ nhân ưu tú
// cho 7 cá nhân") introduces no one.
func heldTitleAt(toks []token, i int) int {
	k := i
	quoted := k < len(toks) && isQuote(toks[k].text)
	if quoted {
		k++
	}
	if k >= len(toks) || !toks[k].capitalized() {
		return i
	}
	hn := honoraryAt(toks, k)
	if hn == 0 {
		return i
	}
	words := make([]string, 0, hn)
	for _, t := range toks[k : k+hn] {
		words = append(words, t.text)
	}
	if !stateTitle(strings.Join(words, " ")) {
		return i // an emulation title ("Chiến sĩ thi đua cơ sở A") is no one's before a name
	}
	k += hn
	if quoted {
		if k >= len(toks) || !isQuote(toks[k].text) {
			return i
		}
		k++
	}
	if !nameNext(toks, k) {
		return i
	}
	return k
}

// authorSlotAt returns the token after the words that name the author of
// a work or a story at toks[i], "tác giả", "nhóm tác giả", "tác giả bài
// viết", a colon after them read over ("của nhóm tác giả Thành Chung –
// Thành Cường", "Tác giả: Bá Thăng"), when a capitalized word follows;
// else i (round 43). An author is a person, named in full or by a pen
// name of two words with no family name.
func authorSlotAt(toks []token, i int) int {
	k := i
	if toks[k].fold == "nhom" && k+1 < len(toks) {
		k++
	}
	if k+1 >= len(toks) || toks[k].fold != "tac" || toks[k+1].fold != "gia" || !toks[k+1].lower() || k > i && !toks[k].lower() {
		return i
	}
	k += 2
	if k+1 < len(toks) && toks[k].is("bài") && toks[k+1].is("viết") {
		k += 2
	}
	if k < len(toks) && toks[k].is(":") {
		k++
	}
	if k+1 >= len(toks) || !toks[k].capitalized() || !toks[k+1].capitalized() {
		return i
	}
	return k
}

// authorName reports whether toks[k:j], read in an author's slot, is a
// name: two to four words, none an abbreviation in capitals, and not a
// paper's or a body's ("tác giả Báo Nghệ An" is none), the slot's last
// name closed by a mark, "và" or a word in lower case.
func authorName(toks []token, k, j int) bool {
	if j-k < 2 || j-k > 4 {
		return false
	}
	for q := k; q < j; q++ {
		if allCaps(toks[q].text) && len([]rune(toks[q].text)) > 1 {
			return false
		}
	}
	return j == len(toks) || !toks[j].word || toks[j].lower()
}

// craftsmen introduce a person by their art or trade: "nghệ nhân",
// "nghệ sĩ", "nhà giáo", "bác sĩ"; a teacher by "cô giáo", "thầy giáo",
// "giáo viên" (round 35).
var craftsmen = []phrase{newPhrase("nghệ nhân"), newPhrase("nghệ sĩ"), newPhrase("nhà giáo"), newPhrase("bác sĩ"),
	newPhrase("cô giáo"), newPhrase("thầy giáo"), newPhrase("giáo viên")}

// craftsmanAt returns where the name starts after "nghệ nhân" (or
// another of craftsmen) at toks[i] and the craft that may come between
// them, in lower case ("nghệ nhân thực hành tín ngưỡng thờ mẫu Lưu Thanh
// Thương"), or i.
func craftsmanAt(toks []token, i int) int {
	if anyAt(craftsmen, toks, i) != 2 || !toks[i].lower() {
		return i
	}
	for k := i + 2; k < len(toks) && k < i+10; k++ {
		if nameNext(toks, k) {
			return k
		}
		if !toks[k].lower() || isStopWord(toks[k].text) || toks[k].is("ở") {
			break
		}
	}
	return i
}

// trades are the arts and the learning a person is named by, written
// before the name or in the apposition after it: "Đạo diễn điện ảnh A",
// "Kiến trúc sư A", "Nhạc sĩ A", "Tiến sĩ A", "A, Diễn viên múa, …"
// (round 41). They are matched by their written words, tones and all
// ("nhà thơ", not "nhà thờ").
var trades = [][]string{
	{"đạo", "diễn"}, {"biên", "đạo"}, {"kiến", "trúc", "sư"}, {"nhạc", "sĩ"}, {"họa", "sĩ"}, {"hoạ", "sĩ"},
	{"nhà", "văn"}, {"nhà", "thơ"}, {"nhà", "báo"}, {"nhà", "nghiên", "cứu"}, {"nhiếp", "ảnh", "gia"},
	{"diễn", "viên"}, {"tiến", "sĩ"}, {"giáo", "sư"},
}

// tradeWordsAt returns how many tokens a trade covers at toks[i], or 0.
// Written capitalized it opens an item or a clause: it follows no word
// ("; Nhạc sĩ A", ": Kiến trúc sư A", ", Tiến sĩ A").
func tradeWordsAt(toks []token, i int) int {
	if !toks[i].lower() && (!toks[i].capitalized() || i > 0 && toks[i-1].word) {
		return 0
	}
	for _, tr := range trades {
		if i+len(tr) > len(toks) {
			continue
		}
		n := 0
		for n < len(tr) && toks[i+n].word && strings.ToLower(toks[i+n].text) == tr[n] {
			n++
		}
		if n == len(tr) {
			return n
		}
	}
	return 0
}

// tradeAt returns where the name starts after a trade at toks[i] and the
// field in lower case that may come between them ("Đạo diễn điện ảnh
// Nguyễn Văn A", "nhà nghiên cứu văn hóa Trần Văn B"), or after an
// academic degree written short ("TSKH Lê Văn C"), or i.
func tradeAt(toks []token, i int) int {
	if degrees[toks[i].text] && (i == 0 || !toks[i-1].word) && nameNext(toks, i+1) {
		return i + 1
	}
	n := tradeWordsAt(toks, i)
	if n == 0 {
		return i
	}
	for k := i + n; k < len(toks) && k < i+n+4; k++ {
		if nameNext(toks, k) {
			return k
		}
		if !toks[k].lower() || isStopWord(toks[k].text) || toks[k].is("ở") {
			break
		}
	}
	return i
}

// tradeAfterName reports whether a full name opens a list's item at
// toks[i], after ":" or ";", with its trade after a comma: "gồm các
// ông/bà: Lê Văn A, Diễn viên múa, …; Trần Văn B, nguyên diễn viên hát,
// …" (round 41).
func tradeAfterName(toks []token, i int) bool {
	if i == 0 || !(toks[i-1].is(":") || toks[i-1].is(";")) || !isSurname(toks[i]) || !toks[i].capitalized() {
		return false
	}
	j, ok := nameAt(toks, i)
	if !ok || j-i < 3 || j+1 >= len(toks) || !toks[j].is(",") {
		return false
	}
	k := j + 1
	if toks[k].is("nguyên") || toks[k].is("Nguyên") {
		k++
	}
	return k < len(toks) && tradeWordsAt(toks, k) > 0
}

// ageAfter returns the token after an age or a birth year in parentheses
// at toks[j] ("(52 tuổi)", "(SN 1964)", "(sinh năm 1964)", "(1964)"), or j.
func ageAfter(toks []token, j int) int {
	if j+2 >= len(toks) || !toks[j].is("(") {
		return j
	}
	k := j + 1
	if t := toks[k].text; len(t) == 6 && strings.EqualFold(t[:2], "SN") && isDigits(t[2:]) {
		k++ // "(SN1975)": the year written against its abbreviation
		if k < len(toks) && toks[k].is(")") {
			return k + 1
		}
		return j
	}
	switch {
	case toks[k].is("SN") || toks[k].is("sn"):
		k++
	case k+1 < len(toks) && toks[k].fold == "sinh" && toks[k+1].fold == "nam":
		k += 2
	}
	if k >= len(toks) || !isDigits(toks[k].text) {
		return j
	}
	n := len(toks[k].text)
	k++
	if k < len(toks) && toks[k].is("tuổi") && n <= 3 {
		k++
	} else if n != 4 {
		return j // a year has four digits; "(5)" is a note, not an age
	}
	if k < len(toks) && toks[k].is(")") {
		return k + 1
	}
	if e := lifeTold(toks, k); e > k {
		return e // "(sinh năm 1974, quê quán huyện Mỹ Lộc, tỉnh Nam Định)"
	}
	return j
}

// bracketBioEnd returns the comma before the posts when a bracket opens
// at toks[j] with a birth year and the life told after it ("(sinh năm
// 1972, dân tộc Mạ, Phó Bí thư Huyện ủy …)", "(SN 1980, Phó Chủ tịch
// …)"): the posts held are written in the bracket after the person's
// life, as they are after a name (round 44). It returns j when the bracket
// holds no birth year or nothing after it but the life (lifeTold reads
// that).
func bracketBioEnd(toks []token, j int) int {
	if j+4 >= len(toks) || !toks[j].is("(") {
		return j
	}
	k := j + 1
	switch {
	case toks[k].fold == "sinh" && toks[k+1].fold == "nam":
		k += 2
	case toks[k].is("SN") || toks[k].is("sn"):
		k++
	default:
		return j
	}
	if k+1 >= len(toks) || !isDigits(toks[k].text) || len(toks[k].text) != 4 || !toks[k+1].is(",") {
		return j
	}
	a := bioAfter(toks, k+1)
	if a+1 >= len(toks) || !toks[a].is(",") {
		return j
	}
	if !titleStarts(toks, a+1) {
		return j
	}
	return a
}

// maxLifeTold bounds the words of a life told after a birth year inside
// parentheses.
const maxLifeTold = 24

// lifeTold returns the token after the closing parenthesis when a life
// goes on at toks[k], after a birth year in parentheses, by where the
// person comes from or lives or their people (", quê quán huyện B, tỉnh
// C)", "; quê: xã B)", ", trú tại …)", ", dân tộc Tày)"), or k. The
// parentheses hold nothing else: no other parenthesis opens in them.
func lifeTold(toks []token, k int) int {
	if k+2 >= len(toks) || !(toks[k].is(",") || toks[k].is(";")) {
		return k
	}
	switch w := toks[k+1].fold; {
	case w == "que", w == "tru", w == "thuong" && toks[k+2].fold == "tru",
		w == "nguyen" && toks[k+2].fold == "quan", w == "dan" && toks[k+2].fold == "toc":
	default:
		return k
	}
	for q := k + 2; q < len(toks) && q <= k+maxLifeTold; q++ {
		switch {
		case toks[q].is(")"):
			return q + 1
		case toks[q].is("(") || toks[q].is("."):
			return k
		case toks[q].is(",") && q+1 < len(toks) && titleStarts(toks, q+1):
			return k // ", dân tộc Mạ, Phó Bí thư Huyện ủy …)": posts after the life (bracketBioEnd, round 44)
		}
	}
	return k
}

// titleStarts reports whether a title starts at toks[k].
func titleStarts(toks []token, k int) bool {
	_, n := titleAt(toks, k)
	return n > 0
}

// bioAfter returns the comma after a birth year, an age or a people
// written after a name between commas, at toks[j] (", sinh năm 1968, dân
// tộc Dao, Phó Bí thư …", ", 54 tuổi, Phó Bí thư …"), or j: the
// apposition follows it.
func bioAfter(toks []token, j int) int {
	for j+3 < len(toks) && toks[j].is(",") {
		k := j + 1
		switch {
		case toks[k].is("sinh") && toks[k+1].is("năm") && isDigits(toks[k+2].text) && len(toks[k+2].text) == 4:
			k += 3
		case isDigits(toks[k].text) && len(toks[k].text) <= 3 && toks[k+1].is("tuổi"):
			k += 2 // ", 54 tuổi, Phó Bí thư …": an age between commas
		case toks[k].is("dân") && toks[k+1].is("tộc") && toks[k+2].capitalized():
			for k += 2; k < len(toks) && toks[k].capitalized(); k++ {
			}
		default:
			return j
		}
		if k >= len(toks) || !toks[k].is(",") {
			return j
		}
		j = k
	}
	return j
}

// namesFrom returns where a list of people starts after the words that
// open it: "gồm: ông A, B", "là: A, B", "gồm:ông A, B" (spaces missing
// as pages write them), "các ông A, B", "Các đồng chí A, B", "Hai đồng
// chí A và B"; or i.
func namesFrom(toks []token, i int) int {
	k := i
	opened := false
	if (toks[k].is("gồm") || toks[k].is("là")) && k+1 < len(toks) && toks[k+1].is(":") {
		// "07 nghệ nhân được phong tặng … là: A, B, …" as "gồm:" does.
		k, opened = k+2, true
	}
	if k < len(toks) && (toks[k].is("các") || toks[k].is("Các") || countWords[strings.ToLower(toks[k].text)]) && isIntroducer(toks, k+1) {
		k, opened = k+1, true // "Hai đồng chí A và B", counted as "các" would
	}
	if !opened && k > 0 && toks[k].is("các") && toks[k-1].is("gồm") && anyAt(craftsmen, toks, k+1) == 2 && toks[k+1].lower() && nameNext(toks, k+3) {
		// "…, gồm các nghệ nhân A, B (C), …": the trade said once for
		// the whole list (round 38).
		return k + 3
	}
	if !opened {
		return i
	}
	switch {
	case comrade.matchAt(toks, k) > 0:
		k += 2
	case isIntroducer(toks, k):
		k++
		for k+1 < len(toks) && (toks[k].is(",") || toks[k].is("/")) && isIntroducer(toks, k+1) {
			k += 2 // "gồm các ông, bà: A, B và bà C": both words said once for the list (round 48)
		}
	}
	if k < len(toks) && toks[k].is(":") {
		k++
	}
	return k
}

// bareNames reads a list of two or more names without titles from toks[k]
// ("Nguyễn Văn A, Trần Văn B và Lê Thị C"), each a person, and returns the
// token after the last, or -1. A name followed by anything but ",", "và"
// or the end of the list (an apposition, a post in parentheses) is left
// to the other rules, and ends the list.
func (x *extractor) bareNames(toks []token, k int, used []bool) int {
	type span struct{ k, j, b int } // b: after the item, its other name in brackets
	var names []span
	weak := 0 // names with a family name the list lacks
	for k < len(toks) {
		j, ok := nameAt(toks, k)
		if !ok || x.isPlace(toks, k, j) {
			break
		}
		e := j // the name's end; j moves over its other name
		if b := otherNameAfter(toks, j); b > j {
			// "Quách Cà (Thích Tuệ Tĩnh)": the person's other name in
			// brackets, read over with the name (round 38).
			j = b
		}
		if !isSurname(toks[k]) && !apostropheName(toks[k].text) {
			// (A name of the Central Highlands with an apostrophe, "K’Mák",
			// is a sure one though it has no family name: round 44.)
			if len(names) == 0 || e-k > 3 || j == e && e-k != 3 {
				break
			}
			// "…, Quách Cà (Thích Tuệ Tĩnh), Cu Xân (Quỳnh Hoàng), …": a
			// name with a family name the list lacks, within a list, known
			// by its other name in brackets; it counts when two names or
			// more of the list are sure ones (round 38). So does a full
			// name of three words without brackets: "các đồng chí: Hồ Văn
			// Niên, Võ Ngọc Thành, Châu Ngọc Tuấn trúng cử …" (round 49).
			weak++
		}
		if j+1 < len(toks) && (toks[j].is(",") || toks[j].is("và") || toks[j].is(";") && isSurname(toks[j+1]) && toks[j+1].capitalized()) {
			// ";" parts the names too when the next is one: "gồm các ông:
			// A; B; C".
			if _, n := titleAt(toks, j+1); n > 0 {
				break // "…, B, Phó Bí thư Tỉnh ủy": B's own apposition
			}
			names = append(names, span{k, e, j})
			k = j + 1
			if toks[k].is("và") && k+1 < len(toks) {
				k++
			}
			if comrade.matchAt(toks, k) > 0 {
				k += 2
			} else if isIntroducer(toks, k) {
				k++
			}
			continue
		}
		if j == len(toks) || toks[j].is(".") || toks[j].is(";") || toks[j].lower() || toks[j].is("(") && j+1 < len(toks) && toks[j+1].lower() {
			// the last: "…, Lữ Thanh Hải.", "…, Nguyễn Viết Hoài (lĩnh
			// vực …)" with a note in lower case, not a post.
			names = append(names, span{k, e, j})
		}
		break
	}
	if len(names)-weak < 2 {
		return -1
	}
	for _, n := range names {
		key := x.addPerson(Person{Name: nameCase(textOf(x.s.Text, toks, n.k, n.j)), Span: spanOf(x.s.Text, toks[n.k].start, toks[n.j-1].end)})
		x.mentions = append(x.mentions, mention{key, toks[n.k].start, toks[n.j-1].end})
		markUsed(used, n.k, n.b)
	}
	return names[len(names)-1].b
}

// otherNames are the lower-case words that may open a person's other name
// in brackets: "(nghệ danh Minh Mẫn)", "(pháp danh Thích Tâm Đức)".
var otherNames = []phrase{newPhrase("nghệ danh"), newPhrase("pháp danh"), newPhrase("bút danh"), newPhrase("tên thật"), newPhrase("tức")}

// otherNameAfter returns the token after a person's other name in brackets
// at toks[j] ("(Thích Tuệ Tĩnh)", "(A Đốt)", "(nghệ danh Minh Mẫn)"): one
// to five capitalized words, no abbreviation, no title, no body; or j.
func otherNameAfter(toks []token, j int) int {
	if j+2 >= len(toks) || !toks[j].is("(") {
		return j
	}
	k := j + 1
	if n := anyAt(otherNames, toks, k); n > 0 && toks[k].lower() {
		k += n
	}
	s := k
	for k < len(toks) && toks[k].capitalized() && !allCaps(toks[k].text) {
		if _, n := titleAt(toks, k); n > 0 {
			return j
		}
		if _, n := headAt(toks, k); n > 0 {
			return j
		}
		k++
	}
	if k == s || k-s > 5 || k >= len(toks) || !toks[k].is(")") {
		return j
	}
	return k + 1
}

// itemNames reads a list after "là:" whose items, parted by ";", each
// start with a bare name or two and then where the person is ("Ba thầy,
// cô giáo là: A, Đồn Biên phòng X; B, bản Y, xã Z; C, …", "… là: A ở xã
// X; B, C ở xã Y; …"): each is a person. The list is read up to the
// first item that does not start with a name, when it has two names or
// more before it; it reports whether it was read.
func (x *extractor) itemNames(toks []token, k int, used []bool) bool {
	type span struct{ k, j int }
	var names []span
	e := stopAt(toks, k)
	placeAfter := func(j int) bool {
		return j == e || toks[j].is(",") || toks[j].is(";") || toks[j].is("ở") || toks[j].is("của")
	}
	weak := 0 // names with a family name the list lacks
	for k < e {
		if toks[k].is("và") && k+1 < e && (isSurname(toks[k+1]) || middleNamed(toks, k+1)) && k > 0 && toks[k-1].is(";") {
			k++ // "…; và C, …": the last item
		}
		if !isSurname(toks[k]) && !middleNamed(toks, k) {
			// "là: Châu Tuyết Vân, đội tuyển …; Phạm Tuấn Huy, …": a
			// full name of three words with a family name the list
			// lacks, an item's whole name before its comma, counts
			// when two names or more of the list are sure ones.
			if j, ok := nameAt(toks, k); ok && j-k == 3 && j < e && toks[j].is(",") && !x.isPlace(toks, k, j) {
				if _, n := titleAt(toks, j+1); n == 0 {
					names = append(names, span{k, j})
					weak++
					k = j
					for k < e && !toks[k].is(";") {
						k++ // the rest of the item: where the person is
					}
					k++
					continue
				}
			}
			break
		}
		j, ok := nameAt(toks, k)
		if !ok || x.isPlace(toks, k, j) {
			break
		}
		if !placeAfter(j) {
			return false // "A (Phó Bí thư …)": not this list
		}
		if _, n := titleAt(toks, j+1); n > 0 {
			return false // "A, Phó Bí thư …": an apposition the other rules read
		}
		names = append(names, span{k, j})
		for j < e && toks[j].is(",") && isSurname(toks[j+1]) {
			// "B, C ở xã Y": a second name of the item.
			j2, ok := nameAt(toks, j+1)
			if !ok || x.isPlace(toks, j+1, j2) {
				break
			}
			if !placeAfter(j2) {
				return false // "A, B, C (lĩnh vực …)": bare names the other rules read
			}
			names = append(names, span{j + 1, j2})
			j = j2
		}
		for k = j; k < e && !toks[k].is(";"); k++ {
			if !toks[k].is("và") || k+1 >= e || !isSurname(toks[k+1]) && !middleNamed(toks, k+1) {
				continue
			}
			// "A, Chi bộ X và B, Chi bộ Y": a second item joined by "và".
			if j2, ok := nameAt(toks, k+1); ok && !x.isPlace(toks, k+1, j2) && j2 < e && toks[j2].is(",") {
				if _, n := titleAt(toks, j2+1); n == 0 {
					names = append(names, span{k + 1, j2})
					k = j2
				}
			}
		}
		k++
	}
	if len(names)-weak < 2 {
		return false
	}
	for _, n := range names {
		key := x.addPerson(Person{Name: nameCase(textOf(x.s.Text, toks, n.k, n.j)), Span: spanOf(x.s.Text, toks[n.k].start, toks[n.j-1].end)})
		x.mentions = append(x.mentions, mention{key, toks[n.k].start, toks[n.j-1].end})
		markUsed(used, n.k, n.j)
	}
	return true
}

// rankedHolderAt returns where the name begins when a rank and a full
// name are written at toks[k] ("Đại tướng Phan Văn An"), the name followed
// by none of its own posts (no dash, bracket, or title after a comma),
// else k.
func rankedHolderAt(toks []token, k int) int {
	r := rankAt(toks, k)
	if r == 0 || k+r >= len(toks) || !isSurname(toks[k+r]) {
		return k
	}
	j, ok := nameAt(toks, k+r)
	if !ok {
		return k
	}
	if j < len(toks) && (toks[j].is("-") || toks[j].is("–") || toks[j].is("(")) {
		return k
	}
	if j+1 < len(toks) && toks[j].is(",") {
		if _, n := titleAt(toks, j+1); n > 0 {
			return k
		}
	}
	return k + r
}

// middleNamed reports whether a full name with a family name the list
// lacks starts at toks[k]: a capitalized word, "Văn" or "Thị", another
// ("Vì Văn Lặt", "Phương Thị Thanh").
func middleNamed(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].capitalized() && !allCaps(toks[k].text) && (toks[k+1].text == "Văn" || toks[k+1].text == "Thị") && toks[k+2].capitalized()
}

// motherAt returns the length of the word that introduces a mother of an
// honorary title or a fallen soldier by name: "Mẹ Hoàng Thị Xuân", "mẹ
// Đỗ Thị Điền", "Bà mẹ Nguyễn Thị Dừa", "liệt sĩ Đào Văn Lan", or 0.
func motherAt(toks []token, i int) int {
	switch {
	case i+2 < len(toks) && (toks[i].is("Bà") || toks[i].is("bà")) && (toks[i+1].is("mẹ") || toks[i+1].is("Mẹ")) && toks[i+2].capitalized():
		return 2
	case i+1 < len(toks) && (toks[i].is("Mẹ") || toks[i].is("mẹ")) && toks[i+1].capitalized():
		return 1
	case i+2 < len(toks) && toks[i].fold == "liet" && (toks[i+1].fold == "si" || toks[i+1].fold == "sy") && toks[i].lower() && toks[i+2].capitalized():
		return 2
	}
	return 0
}

// heroTitleEnd returns the token after the title "Việt Nam anh hùng" at
// toks[k], "mẹ" before it or not ("mẹ Việt Nam anh hùng"), or k.
func heroTitleEnd(toks []token, k int) int {
	a := k
	if a < len(toks) && (toks[a].is("Mẹ") || toks[a].is("mẹ")) {
		a++
	}
	if a+3 < len(toks) && toks[a].is("Việt") && toks[a+1].is("Nam") && toks[a+2].fold == "anh" && toks[a+3].fold == "hung" {
		return a + 4
	}
	return k
}

// motherList returns where the names start in "các Bà mẹ: A quê ở …, B …
// và C …" or "Các Mẹ gồm: …", or i.
func motherList(toks []token, i int) int {
	if i >= len(toks) || !toks[i].is("các") && !toks[i].is("Các") {
		return i
	}
	k := i + 1
	switch {
	case k+1 < len(toks) && (toks[k].fold == "ba") && toks[k+1].fold == "me" && toks[k+1].word:
		k += 2
	case k < len(toks) && (toks[k].is("mẹ") || toks[k].is("Mẹ")):
		k++
	default:
		return i
	}
	if k < len(toks) && toks[k].is("gồm") {
		k++
	}
	if k+1 < len(toks) && toks[k].is(":") {
		return k + 1
	}
	return i
}

// familiesList returns where the names start in "… của 03 gia đình, gồm:
// A (ngụ phường X), B …": the families a title honours listed by the name
// of their mother or their fallen, or i.
func familiesList(toks []token, i int) int {
	if i+1 >= len(toks) || !toks[i].is("gia") || !toks[i+1].is("đình") {
		return i
	}
	k := i + 2
	if k < len(toks) && toks[k].is(",") {
		k++
	}
	if k+2 < len(toks) && toks[k].is("gồm") && toks[k+1].is(":") {
		return k + 2
	}
	return i
}

// namesListed reads the names listed from toks[k], each perhaps followed by
// where she lived or her sons up to the next ",", "và" or ";" ("Đặng Thị
// Lý quê ở xã Ngọc Sơn, Nguyễn Thị Xin …"), up to the full stop; it
// reports whether it found any.
func (x *extractor) namesListed(toks []token, k int, used []bool) bool {
	found := false
	e := stopAt(toks, k)
	for k < e {
		if n := motherAt(toks, k); n > 0 {
			k += n
		}
		j, ok := nameAt(toks, k)
		if !ok || x.isPlace(toks, k, j) {
			return found
		}
		key := x.addPerson(Person{Name: nameCase(textOf(x.s.Text, toks, k, j)), Span: spanOf(x.s.Text, toks[k].start, toks[j-1].end)})
		x.mentions = append(x.mentions, mention{key, toks[k].start, toks[j-1].end})
		markUsed(used, k, j)
		found = true
		for k = j; k < e && !toks[k].is(",") && !toks[k].is(";") && !toks[k].is("và"); k++ {
		}
		for k < e && (toks[k].is(",") || toks[k].is(";") || toks[k].is("và")) {
			k++
		}
	}
	return found
}

// appointmentsIn gives the positions an appointment, election or
// dismissal names to the people it names for them: "kết quả bầu Phó Chủ
// tịch UBND tỉnh Sơn La … được phê chuẩn đối với ông A, ông B", "miễn
// nhiệm chức vụ Ủy viên UBND tỉnh … đối với ông C", "Các Phó Chủ tịch …
// được phê chuẩn là: ông D", "ông E được bầu giữ chức Chủ tịch HĐND tỉnh".
// A person dismissed from a post held it. The frame lasts to the end of
// its clause (; . ! ?) or the next frame.
func (x *extractor) appointmentsIn(toks []token) {
	if len(toks) == 0 {
		return
	}
	var frame []posMatch
	cue := false
	m := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= toks[0].start })
	give := func(key string) {
		for _, pm := range frame {
			if pm.hasOrg {
				x.addPosition(key, pm, toks)
			}
		}
	}
	// A counted post whose people are not named in its sentence ("phê
	// chuẩn kết quả bầu 4 Phó Chủ tịch UBND tỉnh …") goes to the next
	// sentence when that names them: "Đó là ông A, …; ông B, …", "Bốn
	// người này là …".
	var pending []posMatch
	var lastBody orgMatch    // the body of the last post given in the sentence
	var lastPosts []posMatch // and the posts
	counted, given := false, false
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.is(";") && cue && frame != nil && listGoesOn(toks, k+1) {
			continue // "đối với bà A, nguyên …; ông B, nguyên …": one list
		}
		if t.is(";") || t.is("!") || t.is("?") || t.is(".") && !(k > 0 && k+1 < len(toks) && isDigits(toks[k-1].text) && isDigits(toks[k+1].text)) {
			pending = nil
			lastBody, lastPosts = orgMatch{}, nil
			if t.is(".") && frame != nil && counted && !given {
				pending = frame
				x.keepCounted(frame, toks)
			}
			if t.is(".") && frame != nil && given && appointVerbAt(toks, k+1) && isIntroducer(toks, k+3) {
				// "… miễn nhiệm chức ủy viên UBND tỉnh đối với bà A, …; ông
				// B, …. Miễn nhiệm ông C, …": the next sentence names only
				// people, for the same post.
				cue = true
				k += 2
				continue
			}
			frame = nil
			if pending != nil && namesNext(toks, k+1) {
				frame, cue, counted, given = pending, false, false, false
			}
			continue
		}
		if e := x.dismissedLater(toks, k); e > k {
			k = e - 1
			continue
		}
		if postWordBefore(toks, k) {
			if e := x.postsRespectively(toks, k); e > k {
				frame = nil
				k = e - 1
				continue
			}
		}
		if appointCue(toks, k) && deputy.matchAt(toks, k) > 0 && toks[k].lower() {
			// "miễn nhiệm chức vụ đại biểu HĐND tỉnh đối với ông A", "cho
			// thôi làm nhiệm vụ đại biểu HĐND tỉnh …": a council's deputy.
			if m, ok := parseOrg(x.s.Text, toks, k+2, 0); ok && !m.generic && m.hasLevel {
				nf := []posMatch{{title: "Đại biểu", org: m, hasOrg: true, start: toks[k].start, end: toks[m.j-1].end}}
				if frame != nil && !given && joinedPostAt(toks, k) {
					// "miễn nhiệm chức danh Chủ tịch UBND tỉnh và cho thôi
					// làm nhiệm vụ đại biểu HĐND tỉnh đối với ông A": both
					// posts are A's.
					nf = append(append([]posMatch(nil), frame...), nf...)
				}
				frame = nf
				cue, counted, given = false, false, false
				k = m.j - 1
				continue
			}
		}
		if appointCue(toks, k) {
			if _, n := titleAt(toks, k); n > 0 || postWordBefore(toks, k) {
				pms, end := parseTitles(x.s.Text, toks, k)
				if len(pms) == 1 && !pms[0].hasOrg && (toks[k-1].is("chức") || toks[k-1].is("làm")) {
					// A title without its body: "<body> do ông A giữ chức
					// Chủ nhiệm", or the body of the post given before in
					// the sentence ("… giữ chức Phó Chủ tịch UBND tỉnh, và
					// ông B, …, làm Ủy viên").
					if body, ok := x.bodyOfHolder(toks, k, lastBody); ok {
						pms[0].org, pms[0].hasOrg = body, true
					}
				} else if len(pms) == 1 && !pms[0].hasOrg && countOpensSentence(toks, k) {
					// "… gồm Chủ tịch A và 4 Phó chủ tịch là các ông: …":
					// the body named before in the sentence.
					if body, ok := x.bodyEarlierIn(toks, k); ok {
						pms[0].org, pms[0].hasOrg = body, true
					}
				} else if _, tn := titleAtAnyCase(toks, k); len(pms) == 0 && tn > 0 && lastBody.base != "" && (toks[k-1].is("vụ") || toks[k-1].is("danh")) && toks[k-2].fold == "chuc" {
					// "miễn nhiệm chức vụ chủ tịch UBND tỉnh đối với ông A
					// và chức vụ phó chủ tịch đối với ông B": a new post of
					// the body named before in the sentence, for the
					// person named after it.
					pms = []posMatch{{title: collapseSpace(textOf(x.s.Text, toks, k, k+tn)), org: lastBody, hasOrg: true, start: toks[k].start, end: toks[k+tn-1].end}}
					end = k + tn
				}
				if actingGiven(toks, k) {
					for n := range pms {
						pms[n].title = "quyền " + pms[n].title // "giao quyền Chủ tịch UBND tỉnh … cho ông A": an acting post
					}
				}
				if anyOrg(pms) {
					for _, pm := range pms {
						if pm.hasOrg && pm.org.base != "" {
							lastBody = pm.org
						}
					}
					if frame != nil && !given && joinedPostAt(toks, k) {
						pms = append(append([]posMatch(nil), frame...), pms...) // "… và chức danh Ủy viên UBND tỉnh đối với ông A"
					}
					lastPosts = pms
					p := toks[k-1]
					counted = p.lower() && countWords[p.text] || isDigits(p.text)
					given = false
					frame, cue = pms, false
					if toks[k-1].is("chức") || actingHeld(toks, k) || toks[k-1].is("làm") || toks[k-1].is("là") || positionAt(toks, k) || (toks[k-1].is("danh") || toks[k-1].is("vụ")) && toks[k-2].is("chức") || reelected(toks, k) || becameAt(toks, k) || taskTaken(toks, k) {
						// "ông E được bầu giữ chức …", "bầu ông A vào chức
						// danh …", "ông B tái đắc cử …": the person before,
						// and those listed with them ("ông C, …, và ông D,
						// …, giữ chức vụ phó chủ tịch").
						if keys := x.peopleBefore(toks, k); len(keys) > 0 {
							for _, key := range keys {
								give(key)
							}
							frame = nil
						}
					}
					if toks[k-1].is("là") {
						frame = nil // "là ủy viên …": only the person right before holds it
					}
					k = end - 1
					continue
				}
			}
		}
		if lastPosts != nil && samePostAt(toks, k) {
			// "… trúng cử chức danh Phó Chủ tịch HĐND tỉnh, thay ông A được
			// miễn nhiệm chức danh trên": the post named before, for the
			// person before these words.
			if key, ok := x.personBefore(toks, k); ok {
				for _, pm := range lastPosts {
					if pm.hasOrg {
						x.addPosition(key, pm, toks)
					}
				}
			}
		}
		if frame != nil && t.lower() && k > 0 && (toks[k-1].is("các") || toks[k-1].lower() && countWords[toks[k-1].text] || isDigits(toks[k-1].text)) {
			if _, tn := titleAtAnyCase(toks, k); tn > 0 {
				// "kiện toàn chức danh Chủ tịch UBND tỉnh và bốn phó chủ
				// tịch UBND tỉnh, gồm các ông: A, B": the names after a
				// counted post are its holders (postsListed), not the
				// first post's.
				frame = nil
				continue
			}
		}
		if frame == nil {
			continue
		}
		if !cue {
			// "miễn nhiệm chức vụ … của ông A", "… của các ông: A, B".
			// "miễn nhiệm chức danh … đối ông A": "với" left out.
			cue = t.is("với") || t.is("đối") && isIntroducer(toks, k+1) || t.is("là") || t.is("cho") || t.is(":") || (t.is("của") || t.is("gồm")) && (isIntroducer(toks, k+1) || k+1 < len(toks) && toks[k+1].is("các"))
			continue
		}
		for m < len(x.mentions) && x.mentions[m].start < t.start {
			m++
		}
		if m < len(x.mentions) && x.mentions[m].start == t.start && toks[k-1].is("và") {
			if _, tn := titleAt(toks, k); tn > 0 {
				// "2 chức danh Phó Chủ tịch UBND tỉnh là A, B và Ủy viên
				// UBND tỉnh C": the last is named with a post of his own,
				// not the counted one.
				frame = nil
				continue
			}
		}
		if m < len(x.mentions) && x.mentions[m].start == t.start {
			give(x.mentions[m].key)
			given = true
		}
	}
	if frame != nil && !given && anyOrg(frame) && toks[len(toks)-1].is(":") {
		x.listedPosts, x.listedToks = frame, toks // "… giữ chức vụ Phó Chủ tịch UBND tỉnh, gồm:" and then one a paragraph
	}
}

// joinedPostAt reports whether the post at toks[k] is joined by "và" to
// a post named just before it, the two given by one verb to the people
// after both: "miễn nhiệm chức danh Chủ tịch UBND tỉnh và cho thôi làm
// nhiệm vụ đại biểu HĐND tỉnh đối với ông A", "… và chức danh Ủy viên
// UBND tỉnh đối với …" (round 47). The post's own verb ("nhiệm vụ",
// "chức vụ", "chức danh", after "cho thôi làm" or not) must stand
// between "và" and it.
func joinedPostAt(toks []token, k int) bool {
	j := k - 1
	if j < 1 || !(toks[j].is("vụ") || toks[j].is("danh")) || !(toks[j-1].is("nhiệm") || toks[j-1].is("chức")) {
		return false
	}
	j -= 2
	for _, w := range []string{"làm", "thôi", "cho"} {
		if j >= 0 && toks[j].is(w) {
			j--
		}
	}
	return j >= 0 && toks[j].is("và")
}

// listGoesOn reports whether the list of people a post is given to goes
// on at toks[k], after a ";": a list item (listItem), "và" read over
// ("…; và C, …"), or a name of any family (listItem wants a known one)
// with its post after the comma: "các ông: A, …; Mùa A B, Chủ tịch …;
// và C, Phó trưởng ban …" (round 46).
func listGoesOn(toks []token, k int) bool {
	if k < len(toks) && toks[k].is("và") {
		k++
	}
	if listItem(toks, k) {
		return true
	}
	if k >= len(toks) || !toks[k].capitalized() {
		return false
	}
	j, ok := nameAt(toks, k)
	if !ok || j+1 >= len(toks) || !toks[j].is(",") {
		return false
	}
	_, tn := titleAt(toks, j+1)
	return tn > 0
}

// countedPost is a post given by a count, its holders unnamed: the
// posts, the tokens of their paragraph, the verb's folded first word and
// how many holders are still to come.
type countedPost struct {
	posts []posMatch
	toks  []token
	verb  string
	left  int
}

// countValues are the counts written out, and their values.
var countValues = map[string]int{"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}

// keepCounted keeps a post given by a count after "miễn nhiệm", "bãi
// nhiệm" or "bổ nhiệm" whose sentence named none of its holders ("Kỳ họp
// đã miễn nhiệm 5 Ủy viên UBND tỉnh X, vì lý do …") for dismissedLater.
func (x *extractor) keepCounted(frame []posMatch, toks []token) {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= frame[0].start })
	if k < 3 || k >= len(toks) || !appointVerbAt(toks, k-3) {
		return
	}
	c := toks[k-1]
	n := countValues[strings.ToLower(c.text)]
	if isDigits(c.text) {
		n, _ = strconv.Atoi(c.text)
	}
	if n < 2 {
		return
	}
	x.counted = countedPost{posts: frame, toks: toks, verb: toks[k-3].fold, left: n}
}

// dismissedLater reads a sentence after a post given by a count (kept by
// keepCounted) that repeats its verb with people only: "Kỳ họp đã miễn
// nhiệm 5 Ủy viên UBND tỉnh X …. Với lý do nghỉ hưu, HĐND tỉnh miễn nhiệm
// ông A – nguyên Giám đốc Sở …, và ông B – …. Vì chuyển công tác, HĐND
// tỉnh cũng miễn nhiệm ông C …, ông D … và bà E …": each person named
// after the verb holds the counted post, until the count is used up
// (round 46). A sentence that names a post after the verb ("miễn nhiệm
// chức vụ …", "miễn nhiệm ông F, Phó Chủ tịch UBND tỉnh, khỏi chức vụ
// …" with the post given) is read as before. It returns the token that
// ends the sentence, or k when it reads nothing.
func (x *extractor) dismissedLater(toks []token, k int) int {
	c := &x.counted
	if c.left <= 0 || !appointVerbAt(toks, k) || toks[k].fold != c.verb || !isIntroducer(toks, k+2) {
		return k
	}
	end := k + 2
	for end < len(toks) && !toks[end].is(".") && !toks[end].is(";") {
		if appointCue(toks, end) {
			if _, n := titleAtAnyCase(toks, end); n > 0 {
				return k // the sentence names the post it gives
			}
		}
		end++
	}
	m := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= toks[k+2].start })
	gave := false
	for q := k + 2; q < end && c.left > 0; q++ {
		if !isIntroducer(toks, q) {
			continue
		}
		s := q + 1
		if comrade.matchAt(toks, q) > 0 {
			s = q + 2
		}
		for m < len(x.mentions) && x.mentions[m].start < toks[min(s, len(toks)-1)].start {
			m++
		}
		if s >= len(toks) || m == len(x.mentions) || x.mentions[m].start != toks[s].start {
			continue
		}
		for _, pm := range c.posts {
			if pm.hasOrg {
				x.addPosition(x.mentions[m].key, pm, c.toks)
			}
		}
		c.left--
		gave = true
	}
	if !gave {
		return k
	}
	return end
}

// listedHolder gives the posts a paragraph before announced (listedPosts)
// to the person this paragraph opens with ("Ông A, …"), and keeps them for
// the next paragraph; a paragraph that opens otherwise ends the list.
func (x *extractor) listedHolder(toks []token) {
	posts := x.listedPosts
	x.listedPosts = nil
	if posts == nil || len(toks) < 3 || !isIntroducer(toks, 0) {
		return
	}
	n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= toks[0].start })
	if n == len(x.mentions) || x.mentions[n].start > toks[2].start {
		return
	}
	for _, pm := range posts {
		if pm.hasOrg {
			x.addPosition(x.mentions[n].key, pm, x.listedToks)
		}
	}
	x.listedPosts = posts
}

// samePostAt reports whether "chức danh trên", "chức vụ trên", "chức
// vụ này" or "chức danh này" (the post just named) starts at toks[k].
func samePostAt(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].is("chức") && (toks[k+1].is("danh") || toks[k+1].is("vụ")) && (toks[k+2].is("trên") || toks[k+2].is("này"))
}

// actingGiven reports whether "giao quyền" comes right before toks[k]:
// the post after it is given to act in, to the person after "cho"; or
// "chức quyền" ("được giao giữ chức quyền Chủ tịch UBND tỉnh", round 27):
// the person before acts in it.
func actingGiven(toks []token, k int) bool {
	return k > 1 && toks[k-1].is("quyền") && (toks[k-2].is("giao") || actingHeld(toks, k))
}

// actingHeld reports whether "chức quyền" comes right before toks[k]: the
// post after it is one the person named before acts in.
func actingHeld(toks []token, k int) bool {
	return k > 1 && toks[k-1].is("quyền") && (toks[k-2].is("chức") || toks[k-2].is("giữ")) // "ông A giữ quyền chủ tịch UBND tỉnh"
}

// taskTaken reports whether "nhận nhiệm vụ" comes right before toks[k]:
// the post after it is the one the person named before takes up ("ông A
// (nhận nhiệm vụ Bí thư Tỉnh ủy)").
func taskTaken(toks []token, k int) bool {
	return k > 2 && toks[k-1].is("vụ") && toks[k-2].is("nhiệm") && toks[k-3].is("nhận")
}

// becameAt reports whether "trở thành" comes right before toks[k]: the
// post after it is the one the people named before it were elected to
// ("Kết quả bầu, ông A, …, và ông B, …, đã trở thành Phó Chủ tịch …").
func becameAt(toks []token, k int) bool {
	return k > 1 && toks[k-1].is("thành") && toks[k-2].is("trở")
}

// positionAt reports whether "ở vị trí" comes right before toks[k]: the
// post after it is held by the person named before ("được bầu thay ông A
// ở vị trí Bí thư Tỉnh ủy").
func positionAt(toks []token, k int) bool {
	return k > 2 && toks[k-1].is("trí") && toks[k-2].is("vị") && toks[k-3].is("ở")
}

// deputy is a council's member: "đại biểu HĐND tỉnh".
var deputy = newPhrase("đại biểu")

// namesNext reports whether the sentence from toks[k] starts by naming
// whom a counted post of the sentence before went to: "Đó là ông A",
// "Bốn người này là …", "Gồm các ông …" — "là" or "gồm" among its first
// words, before any name.
func namesNext(toks []token, k int) bool {
	for q := k; q < len(toks) && q < k+6; q++ {
		switch {
		case toks[q].is("là") || toks[q].is("gồm") || toks[q].is("Gồm"):
			return true
		case !toks[q].word || toks[q].capitalized() && q > k:
			return false
		}
	}
	return false
}

// dismissedFrom reports whether "miễn nhiệm đối với" comes right before
// toks[k], a "nguyên": the former post named next is the one the dismissal
// ends ("miễn nhiệm đối với nguyên Phó Chủ tịch UBND tỉnh A").
func dismissedFrom(toks []token, k int) bool {
	return k >= 4 && toks[k-1].is("với") && toks[k-2].is("đối") && toks[k-3].fold == "nhiem" && toks[k-4].fold == "mien"
}

// postWordBefore reports whether "chức vụ", "chức danh" or "giữ chức"
// comes right before toks[k]: the title after it is a post even in lower
// case ("giữ chức vụ bí thư Tỉnh ủy", "chức danh chủ tịch UBND tỉnh").
func postWordBefore(toks []token, k int) bool {
	if k < 2 || !toks[k].lower() {
		return false
	}
	p, q := toks[k-1], toks[k-2]
	// "miễn nhiệm phó chủ tịch UBND tỉnh đối với ông A": the dismissal
	// names the post as "chức vụ" would.
	// "được bầu làm phó chủ tịch UBND tỉnh", "bầu ông A, …, làm thành
	// viên UBND tỉnh", "vừa đắc cử bí thư Tỉnh ủy": an election names it
	// too.
	// "giao quyền chủ tịch UBND tỉnh cho ông A", "ông A giữ quyền chủ
	// tịch UBND tỉnh": an acting post, in lower case too.
	return (p.is("vụ") || p.is("danh")) && q.fold == "chuc" || p.is("chức") && (q.fold == "giu" || appointVerbAt(toks, k-3)) || p.is("quyền") && (q.is("giao") || q.is("giữ")) || p.is("nhiệm") && (q.fold == "mien" || q.fold == "bo") && q.lower() || p.is("là") ||
		p.is("làm") && (q.is("bầu") || q.is(",")) || p.is("bầu") || reelected(toks, k)
}

// listedAfterCue reports whether the title at toks[k] ends a list of
// posts and bodies, joined by commas and "và", opened by an election's
// cue: "bầu Ban Thường vụ Tỉnh ủy, Bí thư, Phó Bí thư, Ủy ban Kiểm tra và
// Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy khóa XIX": the post is elected, its
// body named, no office acting (round 48).
func listedAfterCue(toks []token, k int) bool {
	for items := 0; items < 8 && k > 1 && (toks[k-1].is("và") || toks[k-1].is(",")); items++ {
		e := k - 1 // the item before ends here
		found := -1
		for s := e - 1; s >= max(0, e-8); s-- {
			if toks[s].is(",") || toks[s].is("và") {
				break
			}
			item := false
			if _, n := titleAt(toks, s); n > 0 && s+n == e {
				item = true
			} else if _, n := headAt(toks, s); n > 0 && s+n <= e && (s+n == e || toks[s+n].capitalized()) {
				item = true // a body named in the list: "Ban Thường vụ Tỉnh ủy", "Ủy ban Kiểm tra"
			}
			if !item {
				continue
			}
			if appointCue(toks, s) {
				return true
			}
			if s > 0 && (toks[s-1].is(",") || toks[s-1].is("và")) {
				found = s
				break
			}
		}
		if found < 0 {
			return false
		}
		k = found
	}
	return false
}

// appointCue reports whether the title at toks[k] is the post of an
// appointment, election or dismissal: after "bầu", "bổ/miễn/bãi nhiệm",
// "chức vụ", "chức danh", "giữ chức", "bầu bổ sung", "làm", or "các".
func appointCue(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	p := toks[k-1]
	if p.is(",") && k > 2 && (toks[k-2].is("vụ") || toks[k-2].is("danh")) && toks[k-3].fold == "chuc" {
		return true // "miễn nhiệm chức vụ, Chủ tịch UBND tỉnh …": a comma after "chức vụ"
	}
	switch p.fold {
	case "bau", "sung", "lam":
		return p.lower()
	case "ra":
		return p.lower() && k > 1 && toks[k-2].fold == "bau" // "bầu ra 3 Phó Bí thư"
	case "thanh":
		return becameAt(toks, k) // "ông A, …, và ông B, …, đã trở thành Phó Chủ tịch UBND tỉnh"
	case "cac":
		return true
	case "nhiem":
		return k > 1 && (toks[k-2].fold == "mien" || toks[k-2].fold == "bo" || toks[k-2].fold == "bai")
	case "vu", "danh":
		return p.lower() && k > 1 && (toks[k-2].fold == "chuc" || p.fold == "vu" && toks[k-2].fold == "nhiem" && toks[k-2].lower())
	case "chuc":
		// "miễn nhiệm chức ủy viên UBND tỉnh"; "ông A tái đắc cử chức Chủ
		// nhiệm Ủy ban Kiểm tra Tỉnh ủy", "trúng cử chức Phó Bí thư"
		// (round 49).
		return k > 1 && toks[k-2].fold == "giu" || appointVerbAt(toks, k-3) || reelected(toks, k-1) || k > 2 && toks[k-2].is("cử") && toks[k-3].is("trúng")
	case "chuan":
		return p.lower() && k > 1 && toks[k-2].fold == "phe" // "phê chuẩn hai Phó Chủ tịch"
	case "y":
		return p.lower() && k > 1 && toks[k-2].fold == "chuan" // "chuẩn y 3 Phó Bí thư Tỉnh ủy"
	case "tri":
		return positionAt(toks, k)
	case "quyen":
		return actingGiven(toks, k)
	case "cu":
		return reelected(toks, k)
	case "la":
		// "ông A … là ủy viên UBND tỉnh": a post in lower case; "Ông B,
		// Chỉ huy trưởng …, là Ủy viên UBND tỉnh": in capitals too.
		return p.lower()
	}
	// A count of posts: "bầu bổ sung 02 Phó Chủ tịch", "là hai Phó Chủ tịch".
	if p.lower() && countWords[p.text] || isDigits(p.text) && len(p.text) <= 2 {
		if k > 1 && (toks[k-2].is("là") || appointCue(toks, k-1)) {
			return true
		}
	}
	return countOpensSentence(toks, k)
}

// countOpensSentence reports whether a count of posts right before the
// post at toks[k] has its holders named after "là" or "gồm" before any
// comma: "Ba Phó Bí thư Tỉnh ủy là các ông: A, …; B, …", "Hai Phó Bí
// thư Thành ủy … nhiệm kỳ 2020 - 2025 được bầu là ông A …" (the count
// opening the sentence), "… gồm Chủ tịch A và 4 Phó chủ tịch là các ông:
// B, C …", "3 tân Phó Chủ tịch UBND tỉnh gồm ông D …" (within it, the
// holders then introduced: "các", "ông", "bà", "đồng chí" or ":"; "năm"
// there is a year more often than five). A counted post without "là" or
// "gồm" ("Hai Phó Chủ tịch UBND tỉnh trao quà cho …") gives nothing
// (round 46).
func countOpensSentence(toks []token, k int) bool {
	if k < 1 || !toks[k].capitalized() {
		return false
	}
	c := k - 1
	if c > 0 && toks[c].is("tân") {
		c-- // "3 tân Phó Chủ tịch": the new ones
	}
	p := toks[c]
	if !(countWords[strings.ToLower(p.text)] && p.capitalized() || isDigits(p.text) && len(p.text) <= 2 || p.lower() && countWords[p.text] && !p.is("năm")) {
		return false
	}
	opens := c == 0 || toks[c-1].is(".") || toks[c-1].is("!") || toks[c-1].is("?")
	if !opens && p.capitalized() {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+16; q++ {
		switch {
		case toks[q].is("là") || toks[q].is("gồm"):
			if opens {
				return toks[q].is("là")
			}
			n := q + 1
			if n < len(toks) && toks[n].is("gồm") {
				n++ // "là gồm các ông"
			}
			return n < len(toks) && (toks[n].is("các") || toks[n].is(":") || isIntroducer(toks, n))
		case toks[q].is(",") || toks[q].is(";") || toks[q].is(".") || toks[q].is(":"):
			return false
		}
	}
	return false
}

// bodyEarlierIn returns the last body named in the sentence before
// toks[k], a part's body for a part ("Thường trực UBND tỉnh A": the UBND
// tỉnh A): the body of a counted post written without one ("Thường trực
// UBND tỉnh A hiện có 5 người, gồm Chủ tịch B và 4 Phó chủ tịch là các
// ông: …", round 46).
func (x *extractor) bodyEarlierIn(toks []token, k int) (orgMatch, bool) {
	s := k
	for s > 0 && !toks[s-1].is(".") && !toks[s-1].is(";") && !toks[s-1].is("!") && !toks[s-1].is("?") {
		s--
	}
	var last orgMatch
	found := false
	for b := s; b < k; b++ {
		m, ok := parseOrg(x.s.Text, toks, b, 0)
		if !ok || m.j > k {
			continue
		}
		if m.head.part {
			if in, ok := parseOrg(x.s.Text, toks, b+len(m.head.words), 0); ok && in.j == m.j {
				m = in
			}
		}
		if !m.generic && m.hasLevel {
			last, found = m, true
		}
		b = m.j - 1
	}
	return last, found
}

// appointVerbAt reports whether "miễn nhiệm", "bãi nhiệm" or "bổ nhiệm"
// starts at toks[k], in any case.
func appointVerbAt(toks []token, k int) bool {
	return k >= 0 && k+1 < len(toks) && toks[k+1].fold == "nhiem" && toks[k+1].lower() &&
		(toks[k].fold == "mien" || toks[k].fold == "bai" || toks[k].fold == "bo")
}

// reelected reports whether "đắc cử", "tái cử" or "trúng cử" comes right
// before toks[k]: "ông A tái đắc cử Bí thư Tỉnh ủy", "bà B trúng cử Phó
// Chủ tịch HĐND tỉnh" (round 54) name the post A or B was elected to.
func reelected(toks []token, k int) bool {
	return k > 1 && toks[k-1].is("cử") && (toks[k-2].is("đắc") || toks[k-2].is("tái") || toks[k-2].is("trúng"))
}

// countWords are the small numbers written out.
var countWords = map[string]bool{"hai": true, "ba": true, "bốn": true, "năm": true, "sáu": true, "bảy": true, "tám": true, "chín": true, "mười": true}

func anyOrg(pms []posMatch) bool {
	for _, pm := range pms {
		if pm.hasOrg {
			return true
		}
	}
	return false
}

// personBefore is the person whose mention ends a few words before
// toks[k] ("ông E được bầu giữ chức"), with only lower-case words between.
//
// The words between may also be a comma after the person's apposition
// ("ông A, nguyên Phó Chủ tịch …, giữ chức") and the office that decided
// ("ông A … được Thủ tướng phê chuẩn giữ chức").
func (x *extractor) personBefore(toks []token, k int) (string, bool) {
	if key, ok := x.relativeBefore(toks, k); ok {
		return key, true
	}
	became := becameAt(toks, k)
	floor := k - 12 // how far back to look; a post left between moves it
	for q := k - 1; q >= 0 && q >= floor; q-- {
		if became && q >= k-2 {
			continue // "trở thành"
		}
		n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].end > toks[q].start })
		if n < len(x.mentions) && x.mentions[n].end == toks[q].end {
			return x.mentions[n].key, true // a mention may end in lower case: "… Quân sự tỉnh"
		}
		if toks[q].lower() && frameWords[toks[q].text] || (toks[q].is(",") || toks[q].is("-") || toks[q].is("–")) && q < k-1 {
			continue // "bầu ông A - Chủ tịch UBND tỉnh - làm …": a dash closes the apposition as a comma does
		}
		if p := photoPlaceStart(toks, q); p >= 0 {
			q = p // "đồng chí A (phải) giữ chức …": where A stands in the photo
			continue
		}
		if p := ageBefore(toks, q); p >= 0 {
			// "ông A (sinh năm 1959), để làm Bí thư Tỉnh ủy": the age
			// between, read over as a whole with the life told after it
			// ("(sinh năm 1970, dân tộc Tày) được bầu làm …", round 44).
			floor -= q - p
			q = p
			continue
		}
		if toks[q].is("(") && q < k-1 {
			continue // "ông A (nhận nhiệm vụ Bí thư Tỉnh ủy)"
		}
		if toks[q].is(")") && q < k-1 && q > 0 {
			// "ông A (Phó Bí thư Thường trực Tỉnh ủy) được bầu giữ chức
			// …": the apposition in parentheses ends the mention.
			if n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].end > toks[q-1].start }); n < len(x.mentions) && x.mentions[n].end == toks[q-1].end {
				return x.mentions[n].key, true
			}
		}
		if p := termBefore(toks, q); p >= 0 {
			// "ông A, Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021, được bầu
			// …": the term of the post held, read over as a whole, so it
			// does not use up the words looked back over (round 43:
			// "bà A, Phó Bí thư …, Đại biểu HĐND tỉnh khóa XIX, nhiệm kỳ
			// 2021 - 2026, đã được bầu giữ chức …").
			floor -= q - p
			q = p
			continue
		}
		if p := asideBefore(toks, q); p >= 0 && q < k-1 {
			// "bầu bà A (tỷ lệ phiếu bầu đạt 98,18%) và bà B (…) giữ chức
			// …": an aside in brackets that names nobody and no post, a
			// vote's share or count, read over as a whole (round 43).
			floor -= q - p
			q = p
			continue
		}
		if p := voteShareBefore(toks, q); p >= 0 && q < k-1 {
			// "Đồng chí A - Phó Bí thư Tỉnh ủy, với 82% số phiếu tán
			// thành, được bầu giữ chức …": the vote's share between
			// commas, read over as a whole (round 50).
			floor -= q - p
			q = p
			continue
		}
		if p := x.postLeftBefore(toks, q); p >= 0 {
			// "ông A thôi giữ chức Chủ tịch UBND tỉnh để sang làm …": the
			// post he leaves, read over as a whole.
			floor -= q - p
			q = p
			continue
		}
		if p := deciderStart(x.s.Text, toks, q); p >= 0 {
			// "ông A được Cao Bằng miễn nhiệm chức vụ …": who decided,
			// read over as a whole.
			floor -= q - p
			q = p
			continue
		}
		if p := officeStart(toks, q); p >= 0 && p > 0 && (toks[p-1].is("được") || became && toks[p-1].is(",")) {
			// "ông B, Chủ tịch Liên đoàn Lao động tỉnh, đã trở thành …":
			// the post the person held, between commas, before the new one.
			q = p
			continue
		}
		return "", false
	}
	return "", false
}

// postLeftBefore returns where "thôi giữ chức" starts when the post it
// names ends at toks[q] ("A thôi giữ chức Chủ tịch Ủy ban Nhân dân tỉnh
// để sang làm Bí thư Tỉnh ủy": the post left, between the person and the
// one taken up), or -1.
func (x *extractor) postLeftBefore(toks []token, q int) int {
	for c := q - 1; c >= 2 && c >= q-12; c-- {
		if toks[c].fold == "chuc" && toks[c-1].fold == "giu" && toks[c-2].fold == "thoi" {
			if pms, end := parseTitles(x.s.Text, toks, c+1); len(pms) > 0 && end == q+1 {
				return c - 2
			}
			return -1
		}
	}
	return -1
}

// relativeBefore finds the person a relative clause that ends at toks[k]
// tells of: "ông A, người vừa được Đại hội … bầu làm Bí thư Tỉnh ủy",
// "ông B, …, người vừa được Ban Bí thư điều động làm …". The clause runs
// from ", người" to toks[k] without another comma.
func (x *extractor) relativeBefore(toks []token, k int) (string, bool) {
	for q := k - 1; q >= 2 && q >= k-20; q-- {
		if toks[q].is(",") || toks[q].is(";") || toks[q].is(".") {
			return "", false
		}
		if !toks[q].is("người") || !toks[q-1].is(",") || q+1 >= k || !toks[q+1].is("vừa") && !toks[q+1].is("được") && !toks[q+1].is("mới") {
			continue
		}
		n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].end > toks[q-2].start })
		if n < len(x.mentions) && x.mentions[n].end == toks[q-2].end {
			return x.mentions[n].key, true
		}
		return "", false
	}
	return "", false
}

// asideBefore returns where the brackets that close at toks[q] open when
// they hold an aside in lower case, words, figures and marks with no
// capitalized word ("(tỷ lệ phiếu bầu đạt 98,18%)", "(52 tuổi)"): told
// of the person before them, naming nobody and no post; or -1 (round 43).
func asideBefore(toks []token, q int) int {
	if !toks[q].is(")") {
		return -1
	}
	for p := q - 1; p >= 0 && p >= q-14; p-- {
		switch {
		case toks[p].is("("):
			if p < q-1 {
				return p
			}
			return -1
		case toks[p].is(")") || toks[p].capitalized() || toks[p].is(";"):
			return -1
		}
	}
	return -1
}

// voteShareBefore returns where an aside of a vote's share that ends at
// toks[q] opens, "với 82% số phiếu tán thành" after a comma: "với",
// then words in lower case, figures and marks with "phiếu" among them,
// no capitalized word; or -1 (round 50).
func voteShareBefore(toks []token, q int) int {
	if !toks[q].lower() {
		return -1
	}
	votes := false
	for p := q; p >= 1 && p >= q-10; p-- {
		t := toks[p]
		switch {
		case t.is("với") && toks[p-1].is(","):
			if votes && p < q {
				return p
			}
			return -1
		case t.is("phiếu"):
			votes = true
		case t.capitalized() || t.is(",") || t.is(";") || t.is(".") || t.is("(") || t.is(")"):
			return -1
		}
	}
	return -1
}

// termBefore returns where a term written "nhiệm kỳ 2016-2021" that
// ends at toks[q] starts, or -1.
func termBefore(toks []token, q int) int {
	if !isDigits(toks[q].text) {
		return -1
	}
	for p := q - 1; p >= 1 && p >= q-4; p-- {
		if toks[p].is("kỳ") && toks[p-1].is("nhiệm") {
			return p - 1
		}
		if !isDigits(toks[p].text) && !toks[p].is("-") && !toks[p].is("–") {
			return -1
		}
	}
	return -1
}

// termAfter returns the index after a term written "nhiệm kỳ 2020-2025"
// (or "nhiệm kỳ 2020 – 2025") that starts at toks[k], a comma before it
// read over, or k when none does.
func termAfter(toks []token, k int) int {
	p := k
	if p < len(toks) && toks[p].is(",") {
		p++
	}
	if p+2 >= len(toks) || !toks[p].is("nhiệm") || !toks[p+1].is("kỳ") || !isDigits(toks[p+2].text) {
		return k
	}
	e := p + 3
	if e+1 < len(toks) && (toks[e].is("-") || toks[e].is("–")) && isDigits(toks[e+1].text) {
		e += 2
	}
	return e
}

// ageBefore returns where an age or a birth year in parentheses that
// closes at toks[q] opens ("(sinh năm 1959)", "(52 tuổi)"), or -1.
func ageBefore(toks []token, q int) int {
	if !toks[q].is(")") {
		return -1
	}
	for p := q - 1; p >= 0 && p >= q-4-maxLifeTold; p-- {
		if toks[p].is("(") {
			if ageAfter(toks, p) == q+1 {
				return p
			}
			return -1
		}
	}
	return -1
}

// photoPlaceStart returns where the parentheses that close at toks[q]
// open when they tell where a person stands in a photo ("(phải)",
// "(thứ 2, trái sang)"), or -1.
func photoPlaceStart(toks []token, q int) int {
	if !toks[q].is(")") {
		return -1
	}
	for p := q - 1; p >= 0 && p >= q-6; p-- {
		switch {
		case toks[p].is("("):
			if p < q-1 {
				return p
			}
			return -1
		case toks[p].is(",") || isDigits(toks[p].text) || photoPlaces[toks[p].text]:
		default:
			return -1
		}
	}
	return -1
}

// deciderStart returns where the one who decided, named right
// after "được", starts when it ends at toks[q], or -1: a province ("được
// Cao Bằng miễn nhiệm"), a body ("được Ban Bí thư chỉ định") or its
// deputies ("được các đại biểu HĐND bầu giữ chức"), or two of them
// ("được Ban Chấp hành Đảng bộ tỉnh bầu và Ban Bí thư chuẩn y").
func deciderStart(text string, toks []token, q int) int {
	for p := q; p > 0 && p >= q-3; p-- {
		if _, pn := provinceAt(toks, p); pn > 0 && p+pn-1 == q && toks[p-1].is("được") {
			return p - 1
		}
	}
	for p := q; p > 0 && p >= q-8; p-- {
		b := p
		if p+2 <= q && toks[p].is("các") && toks[p+1].is("đại") && toks[p+2].is("biểu") {
			b = p + 3
		}
		if b > q || !toks[p-1].is("được") && !(toks[p-1].is("và") && p >= 3 && frameWords[toks[p-2].text]) {
			if b == q+1 && b > p && toks[p-1].is("được") {
				// "ông A tiếp tục được các đại biểu tín nhiệm bầu tái giữ
				// chức …": the deputies, their body left unsaid (round 43).
				return p - 1
			}
			continue
		}
		if m, ok := parseOrg(text, toks, b, 0); ok && m.j == q+1 {
			if toks[p-1].is("và") {
				// "được Ban Chấp hành Đảng bộ tỉnh bầu và Ban Bí thư
				// chuẩn y giữ chức …": two who decided.
				return deciderStart(text, toks, p-3)
			}
			return p - 1
		}
	}
	return -1
}

// photoPlaces are the words that tell where a person stands in a photo.
var photoPlaces = map[string]bool{"phải": true, "trái": true, "giữa": true, "thứ": true, "từ": true, "sang": true, "hàng": true, "đầu": true, "qua": true, "tính": true}

// photoPlaceEnd returns the token after the parentheses that open at
// toks[j] when they tell where a person stands in a photo ("(phải)",
// "(thứ 4 từ trái qua)"), or j: a caption writes them between the name
// and the apposition ("Ông A (thứ 4 từ trái qua), Phó Bí thư Tỉnh ủy, …"),
// and the posts after them are the person's (round 44).
func photoPlaceEnd(toks []token, j int) int {
	if j >= len(toks) || !toks[j].is("(") {
		return j
	}
	placed := false // a word of place: "(5)" alone is a note
	for q := j + 1; q < len(toks) && q <= j+7; q++ {
		switch {
		case toks[q].is(")"):
			if placed {
				return q + 1
			}
			return j
		case photoPlaces[toks[q].text]:
			placed = true
		case toks[q].is(",") || isDigits(toks[q].text):
		default:
			return j
		}
	}
	return j
}

// peopleBefore is the person personBefore finds before toks[k], with
// the people listed right before them: "ông A (SN 1960), Giám đốc Sở X, và
// ông B, Bí thư Huyện ủy Y, giữ chức vụ …", "Các đồng chí C, D tái đắc cử
// …" — mentions joined by ",", "và" and an introducer only.
func (x *extractor) peopleBefore(toks []token, k int) []string {
	key, ok := x.personBefore(toks, k)
	if !ok {
		return nil
	}
	keys := []string{key}
	semis := 0 // the keys joined by ";"
	// The mention personBefore found: the last one ending before toks[k].
	n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].end > toks[k].start }) - 1
	for ; n > 0; n-- {
		q := sort.Search(len(toks), func(q int) bool { return toks[q].start >= x.mentions[n].start }) - 1
		if q >= 0 && toks[q].is("chí") && q > 0 && toks[q-1].is("đồng") {
			q -= 2
		} else if q >= 0 && (toks[q].is("ông") || toks[q].is("bà")) {
			q--
		} else if q >= 1 && rankAt(toks, q-1) == 2 {
			q -= 2 // "…; Đại tá C, Giám đốc Công an tỉnh làm …": a rank before the name (round 49)
		}
		joined, semi := false, false
		for q >= 0 && (toks[q].is(",") || toks[q].is("và") || toks[q].is(";")) {
			semi = semi || toks[q].is(";")
			q, joined = q-1, true
		}
		prev := x.mentions[n-1]
		if joined && q > 0 && toks[q].is(")") && prev.end == toks[q-1].end {
			// "A (Chủ tịch Hội Nông dân tỉnh), B (…) được bầu …": the
			// mention of A ends with its post inside the brackets.
			q--
		} else if p := asideBefore(toks, q); joined && p > 0 && prev.end == toks[p-1].end {
			// "bà A (tỷ lệ phiếu bầu đạt 98%) và bà B …": A's aside
			// (round 43).
			q = p - 1
		}
		if !joined || q < 0 || prev.end != toks[q].end || prev.key == x.mentions[n].key {
			break
		}
		keys = append(keys, prev.key)
		if semi {
			semis = len(keys)
		}
	}
	if semis > 0 {
		// "Các ông A, …; B, …, được bầu giữ chức …": items parted by ";"
		// are one list only after a plural introducer ("các ông", "các
		// đồng chí"); else a clause ended there.
		s := sort.Search(len(toks), func(q int) bool { return toks[q].start >= x.mentions[n].start }) - 1
		if !pluralBefore(toks, s) {
			keys = keys[:semis-1]
		}
	}
	return keys
}

// pluralBefore reports whether "các ông", "các bà" or "các đồng chí"
// ends at toks[q], the words before a list's first name.
//
// A count opening the list with a colon is plural too: "Ba đồng chí: A,
// …; B, …; C, … được bầu giữ chức …" (round 27).
func pluralBefore(toks []token, q int) bool {
	counted := false
	if q >= 1 && toks[q].is(":") {
		q, counted = q-1, true
	}
	if q >= 2 && toks[q].is("bộ") && toks[q-1].is("cán") {
		// "bầu các cán bộ: A, …; B, …; C, … làm Ủy viên UBND tỉnh"
		// (round 49).
		return toks[q-2].is("các")
	}
	if q >= 2 && toks[q].is("chí") && toks[q-1].is("đồng") {
		q -= 1
	}
	if q < 1 || !(toks[q].fold == "ong" || toks[q].fold == "ba" || toks[q].fold == "dong") || !toks[q].word {
		return false
	}
	p := toks[q-1]
	return p.fold == "cac" || counted && (countWords[strings.ToLower(p.text)] || isDigits(p.text) && len(p.text) <= 2)
}

// postsRespectively reads posts in lower case sharing one body, then the
// people they go to in the same order: "miễn nhiệm chức danh chủ tịch, phó
// chủ tịch UBND tỉnh X đối với ông A và B" (A the chairman, B the deputy).
// It returns the token after the last name, or k when the sentence is not
// so written or the counts differ.
func (x *extractor) postsRespectively(toks []token, k int) int {
	type span struct{ i, j int }
	var posts []span
	q := k
	for {
		_, n := titleAtAnyCase(toks, q)
		if n == 0 || !toks[q].lower() {
			return k
		}
		posts = append(posts, span{q, q + n})
		q += n
		if q < len(toks) && (toks[q].is(",") || toks[q].is("và")) {
			q++
			continue
		}
		break
	}
	if len(posts) < 2 {
		return k
	}
	body, ok := parseOrg(x.s.Text, toks, q, 0)
	if !ok || body.generic || !body.hasLevel {
		return k
	}
	q = body.j
	for q < len(toks) && q < body.j+4 && !(toks[q].is("với") && toks[q-1].is("đối")) {
		q++
	}
	if q >= len(toks) || !toks[q].is("với") {
		return k
	}
	q++
	var names []span
	for len(names) < len(posts) && q < len(toks) {
		if comrade.matchAt(toks, q) > 0 {
			q += 2
		} else if isIntroducer(toks, q) {
			q++
		}
		j, ok := nameAt(toks, q)
		if !ok || !isSurname(toks[q]) {
			return k
		}
		names = append(names, span{q, j})
		q = j
		if len(names) < len(posts) {
			if q >= len(toks) || !(toks[q].is(",") || toks[q].is("và")) {
				return k
			}
			q++
		}
	}
	if len(names) != len(posts) || q < len(toks) && (toks[q].is(",") || toks[q].is("và")) && q+1 < len(toks) && isSurname(toks[q+1]) {
		return k // more people than posts: not one post each
	}
	for n, p := range posts {
		pm := posMatch{title: collapseSpace(textOf(x.s.Text, toks, p.i, p.j)), org: body, hasOrg: true, start: toks[p.i].start, end: toks[body.j-1].end}
		nm := names[n]
		key := x.addPerson(Person{Name: nameCase(textOf(x.s.Text, toks, nm.i, nm.j)), Span: spanOf(x.s.Text, toks[nm.i].start, toks[nm.j-1].end)})
		x.addPosition(key, pm, toks)
		x.insertMention(mention{key, toks[nm.i].start, toks[nm.j-1].end})
	}
	return q
}

// bodyOfHolder is the body of a title without one at toks[k], after
// "giữ chức" or "làm": the body right before "do ông A" when the person
// before the title is introduced so ("Ủy ban Kiểm tra Tỉnh ủy do ông A giữ
// chức Chủ nhiệm"), else last, the body of the post given before in the
// sentence.
func (x *extractor) bodyOfHolder(toks []token, k int, last orgMatch) (orgMatch, bool) {
	if _, ok := x.personBefore(toks, k); !ok {
		return orgMatch{}, false
	}
	n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].end > toks[k].start }) - 1
	if n >= 0 {
		q := sort.Search(len(toks), func(q int) bool { return toks[q].start >= x.mentions[n].start })
		if q >= 2 && isIntroducer(toks, q-1) && toks[q-2].is("do") {
			for b := max(q-15, 0); b <= q-3; b++ { // the longest name: "Ủy ban Kiểm tra Tỉnh ủy", not "Tỉnh ủy"
				if m, ok := parseOrg(x.s.Text, toks, b, 0); ok && m.j == q-2 && !m.generic && m.hasLevel {
					return m, true
				}
			}
		}
	}
	if last.base != "" {
		return last, true
	}
	if m, ok := x.countedSubject(toks, k); ok {
		return m, true
	}
	return orgMatch{}, false
}

// countedSubject returns the body that opens the sentence of toks[k] and
// is counted then by its members before the holder of the title at
// toks[k] is named: "Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ mới gồm 11 thành
// viên, ông A làm Chủ nhiệm" (round 49).
func (x *extractor) countedSubject(toks []token, k int) (orgMatch, bool) {
	s, _ := sentenceBounds(toks, k)
	m, ok := parseOrg(x.s.Text, toks, s, 0)
	if !ok || m.generic || !m.hasLevel || m.j >= k {
		return orgMatch{}, false
	}
	if h := textvi.Fold(strings.Join(m.head.words, " ")); h == "ban thuong vu" || h == "ban chap hanh" || h == "btv" || h == "bch" {
		return orgMatch{}, false // "Ban Thường vụ … gồm 15 đồng chí, ông A làm Bí thư": the committee's Bí thư, not the board's
	}
	for q := m.j; q+2 < k; q++ {
		if toks[q].is(",") || toks[q].is(";") {
			return orgMatch{}, false // the count must come first
		}
		if toks[q].is("gồm") && (isDigits(toks[q+1].text) || countWords[toks[q+1].text]) && (toks[q+2].is("thành") || toks[q+2].is("đồng") || toks[q+2].is("ủy") || toks[q+2].is("uỷ")) {
			for r := q + 3; r < k; r++ {
				if toks[r].is(",") {
					return m, r+1 < k && (isIntroducer(toks, r+1) || r+3 < k && toks[r+1].is("trong") && toks[r+2].is("đó"))
				}
			}
			return orgMatch{}, false
		}
	}
	return orgMatch{}, false
}

// frameWords are the words between a person and the post an election or
// approval gives them: "ông A được Thủ tướng phê chuẩn giữ chức", "ông B
// tiếp tục được bầu giữ chức danh". "ông C (54 tuổi) đang giữ chức": the post held
// now (round 38). Other words ("chúc mừng những người
// được bầu giữ chức") mean another subject.
var frameWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("được đã bầu bổ sung giữ chức danh vụ phê chuẩn cử làm tín nhiệm tiếp tục lại trúng vừa mới người cũng cùng miễn tái đắc vào là điều động điều về phân công thôi để nhận nhiệm ở vị trí sang chỉ định y giao quyền khỏi hiện đang") {
		m[w] = true
	}
	return m
}()

// officeStart returns where a title covering toks[q] starts, looking a few
// words back ("Thủ tướng Chính phủ"), or -1.
func officeStart(toks []token, q int) int {
	for p := q; p >= 0 && p >= q-4; p-- {
		if _, n := titleAt(toks, p); n > 0 && p+n > q {
			return p
		}
		if _, n := titleAt(toks, p); n > 0 && p+n <= q {
			if _, hn := headAt(toks, p+n); hn > 0 && p+n+hn > q {
				return p // "Thủ tướng Chính phủ"
			}
		}
	}
	return -1
}

// listItem reports whether toks[k] goes on a list of people with their
// appositions: "ông B, nguyên Giám đốc …", "bà C, Phó Giám đốc …", or a
// name without "ông" when an apposition follows it ("đối với các ông: A,
// nguyên Giám đốc …; B, nguyên Trưởng ban …").
func listItem(toks []token, k int) bool {
	n := k + 1
	switch {
	case comrade.matchAt(toks, k) > 0:
		n = k + 2
	case isIntroducer(toks, k):
	case k < len(toks) && isSurname(toks[k]) && toks[k].capitalized():
		n = k
	default:
		return false
	}
	j, ok := nameAt(toks, n)
	if ok && n > k && (j == len(toks) || toks[j].is(".")) {
		return true // the list's last name, without titles: "…; bà C."
	}
	if ok && n == k && (j == len(toks) || toks[j].is(".") || toks[j].is(";")) {
		return true // a bare name alone between ";": "gồm các ông: A; B; C."
	}
	if !ok || j+1 >= len(toks) || !toks[j].is(",") {
		return false
	}
	_, tn := titleAt(toks, j+1)
	return tn > 0 || toks[j+1].is("nguyên")
}

// degrees are the academic titles written before a name: "GS.TS Thái Văn
// Thành", "ThS Lê Thị Hoa".
var degrees = map[string]bool{"TS": true, "ThS": true, "GS": true, "PGS": true, "BS": true, "KS": true, "TSKH": true, "BSCKII": true, "BSCKI": true}

// ranks are the military and police ranks written before a name.
var ranks = []phrase{
	newPhrase("Đại tướng"), newPhrase("Thượng tướng"), newPhrase("Trung tướng"), newPhrase("Thiếu tướng"),
	newPhrase("Đại tá"), newPhrase("Thượng tá"), newPhrase("Trung tá"), newPhrase("Thiếu tá"),
	newPhrase("Đại úy"), newPhrase("Thượng úy"), newPhrase("Trung úy"), newPhrase("Thiếu úy"),
	newPhrase("Thượng sĩ"), newPhrase("Trung sĩ"), newPhrase("Hạ sĩ"), newPhrase("Binh nhất"), newPhrase("Binh nhì"),
}

// rankAt returns the length of a rank at toks[i] followed by a name, or 0.
func rankAt(toks []token, i int) int {
	if !toks[i].capitalized() {
		return 0
	}
	for _, r := range ranks {
		if n := r.matchAt(toks, i); n > 0 && i+n < len(toks) && toks[i+n].capitalized() {
			return n
		}
	}
	return 0
}

// isIntroducer reports whether a person is introduced at toks[k]: "đồng
// chí", "ông", "bà".
func isIntroducer(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k].text
	return comrade.matchAt(toks, k) > 0 || t == "ông" || t == "Ông" || t == "bà" || t == "Bà"
}

// signerCellAt reports whether toks[i] starts the signer's heading in the
// table of a document's details that law libraries print above its text,
// its cell closed: "| Người ký | Nguyễn Khắc Toàn |".
func signerCellAt(toks []token, i int) bool {
	return i+3 < len(toks) && toks[i].is("Người") && toks[i+1].is("ký") && toks[i+2].is("|")
}

// stampedIntroducer reports whether t is "Ông" or "Bà" run into the date
// before it, as a page lists its related stories: "- 10-07-2014Ông A được
// bầu làm …" (the date and the title of the link share one word).
func stampedIntroducer(t token) bool {
	rest := strings.TrimLeft(t.text, "0123456789")
	return len(rest) < len(t.text) && (rest == "Ông" || rest == "Bà")
}

// titledName reads "Chủ tịch UBND tỉnh Cao Tường Huy": titles, then a name
// that starts with a family name.
func (x *extractor) titledName(toks []token, i int) (string, int, bool) {
	_, tn := titleAt(toks, i)
	lowered := tn == 0 && centralMemberAt(toks, i) == i && lowerTitleBeforeBody(toks, i)
	if tn == 0 && centralMemberAt(toks, i) == i && !lowered {
		return "", 0, false
	}
	pms, k := parseTitles(x.s.Text, toks, i)
	if k >= len(toks) {
		return "", 0, false
	}
	if lowered && (!isSurname(toks[k]) || !toks[k].capitalized()) {
		// "đây là ủy viên UBND tỉnh Ninh Thuận, ông A": a title in lower
		// case gives its post only to a name written right after its
		// body (round 41).
		return "", 0, false
	}
	if len(pms) > 0 && i > 0 && (toks[i-1].is("nguyên") || toks[i-1].is("Nguyên")) && !dismissedFrom(toks, i-1) {
		pms[0].former = true // "miễn nhiệm Ủy viên đối với nguyên Giám đốc sở Nội vụ A": no longer held
	}
	if len(pms) > 0 && i > 0 && (toks[i-1].is("quyền") || toks[i-1].is("Quyền")) && !strings.HasPrefix(pms[0].title, "quyền ") {
		pms[0].title = "quyền " + pms[0].title // "quyền Chủ tịch UBND tỉnh A chủ trì": an acting post
	}
	if len(pms) > 1 && i > 1 && toks[i-1].is("mặt") && (toks[i-2].is("thay") || toks[i-2].is("Thay")) {
		// "Thay mặt Thủ tướng, Phó Thủ tướng thường trực A đã ký": the
		// first office is the one A acts for, not A's.
		pms = pms[1:]
	}
	if len(pms) == 1 && !pms[0].hasOrg && i > 0 && toks[i-1].is("gồm") {
		// "Lãnh đạo UBND tỉnh X hiện gồm Chủ tịch A và 6 Phó chủ tịch": the
		// body whose leaders are listed.
		if body, ok := x.bodyBefore(toks, i); ok {
			pms[0].org, pms[0].hasOrg = body, true
		}
	}
	if len(pms) > 0 && pms[len(pms)-1].hasOrg {
		// "Phó Chủ tịch UBND tỉnh - Nguyễn Minh Lâm", "Phó Chủ tịch HĐND
		// tỉnh Quảng Trị, ông Lê Bá Nguyên": the name after a dash, or
		// after a comma or "là" and "ông", "bà", "đồng chí".
		switch {
		case k+1 < len(toks) && (toks[k].is("-") || toks[k].is("–")) && toks[k].start > toks[k-1].end && isSurname(toks[k+1]):
			k++
		case k+2 < len(toks) && toks[k].is(",") && rankedHolderAt(toks, k+1) > k+1:
			// "Bộ trưởng Bộ Quốc phòng, Đại tướng A": the holder by his rank.
			k = rankedHolderAt(toks, k+1)
		case k+2 < len(toks) && (toks[k].is(",") || toks[k].is("là")) && isIntroducer(toks, k+1):
			// "Chủ tịch UBND tỉnh X là ông A" too.
			k += 2
			if comrade.matchAt(toks, k-1) > 0 {
				k++
			}
		}
	}
	if ok := isSurname(toks[k]); !ok {
		return "", 0, false
	}
	j, ok := nameAt(toks, k)
	if !ok {
		return "", 0, false
	}
	if writtenProvince(textOf(x.s.Text, toks, k, j)) {
		return "", 0, false // "Chủ tịch Hồ Chí Minh" in "ngày sinh …": a city's name, an occasion
	}
	j = x.nameVariant(toks, k, j)
	key := x.addPerson(Person{Name: nameCase(textOf(x.s.Text, toks, k, j)), Span: spanOf(x.s.Text, toks[k].start, toks[j-1].end)})
	end := j
	// More titles may follow the name: "… Trịnh Việt Hùng kiêm Phó Bí thư Tỉnh ủy".
	if j+1 < len(toks) && (toks[j].is(",") || toks[j].is("kiêm")) {
		if _, n := titleAt(toks, j+1); n > 0 {
			more, e := parseTitles(x.s.Text, toks, j+1)
			if !nextNamed(toks, e) {
				pms, end = append(pms, more...), e
			}
		}
	}
	for _, pm := range pms {
		if pm.hasOrg {
			x.addPosition(key, pm, toks)
		}
	}
	return key, end, true
}

// nextNamed reports whether titles ending at toks[e] lead to a name of
// their own: "Chủ tịch nước A, Phó Thủ tướng B", "Bí thư Tỉnh ủy – A,
// Phó Bí thư Tỉnh ủy - B": the titles after A are B's, not more of A's.
func nextNamed(toks []token, e int) bool {
	if e+1 < len(toks) && (toks[e].is("-") || toks[e].is("–")) {
		e++
	}
	if e >= len(toks) || !isSurname(toks[e]) || !toks[e].capitalized() {
		return false
	}
	_, ok := nameAt(toks, e)
	return ok
}

// isPlace reports whether the name at toks[k:j] is a place: a province
// ("Hà Nội" starts like a person's name), or a name after "tại", "tỉnh"….
func (x *extractor) isPlace(toks []token, k, j int) bool {
	if writtenProvince(textOf(x.s.Text, toks, k, j)) {
		return true
	}
	return k > 0 && placeWords[toks[k-1].text]
}

// nameVariant extends the name at toks[k:j] by the lower-case syllable
// after it when the story writes that name capitalized elsewhere:
// "Nguyễn Hương giang" is "Nguyễn Hương Giang".
func (x *extractor) nameVariant(toks []token, k, j int) int {
	if j >= len(toks) || j-k >= 5 || !toks[j].lower() || isStopWord(toks[j].text) {
		return j
	}
	proper := collapseSpace(textOf(x.s.Text, toks, k, j)) + " " + upperFirst(toks[j].text)
	if _, ok := x.people[textvi.Fold(proper)]; ok {
		return j + 1
	}
	known, ok := x.variants[proper]
	if !ok {
		known = strings.Contains(x.s.Text, proper)
		x.variants[proper] = known
	}
	if known {
		return j + 1
	}
	return j
}

// nameCase writes a name with each word capitalized, as names are.
func nameCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = upperFirst(w)
	}
	return strings.Join(words, " ")
}

func markUsed(used []bool, i, j int) {
	for ; i < j; i++ {
		used[i] = true
	}
}

// holderOf finds the person of the story who holds the titles of pms.
func (x *extractor) holderOf(pms []posMatch, toks []token) (string, bool) {
	for _, pm := range pms {
		if !pm.hasOrg {
			continue
		}
		o := x.resolve(pm.org, toks)
		if key, ok := x.holders[textvi.Fold(pm.title)+"|"+o.Key()]; ok {
			return key, true
		}
	}
	return "", false
}

// passiveAt reports whether "được" or "đã được" starts at toks[j].
func passiveAt(toks []token, j int) bool {
	if j < len(toks) && toks[j].is("đã") {
		j++
	}
	return j < len(toks) && toks[j].is("được")
}

// givenNameOf returns the key of the one person named so far whose name
// ends in the word t ("Long" of "Trương Hải Long"), or "" when none or
// more than one does.
func (x *extractor) givenNameOf(t token) string {
	key := ""
	for _, p := range x.s.People {
		f := p.Name
		if n := strings.LastIndexByte(f, ' '); n >= 0 {
			f = f[n+1:]
		} else {
			continue
		}
		if f != t.text {
			continue
		}
		if key != "" && key != p.Key() {
			return ""
		}
		key = p.Key()
	}
	return key
}

func (x *extractor) addPerson(p Person) string {
	key := p.Key()
	if i, ok := x.people[key]; ok {
		x.s.People[i].Mentions++
		return key
	}
	if len(x.s.People) >= maxEntities {
		return key
	}
	p.Mentions = 1
	x.people[key] = len(x.s.People)
	x.s.People = append(x.s.People, p)
	return key
}

// reelectedToTerm gives the post that ends a person's apposition, held in
// a term named, once more without the term when the apposition is
// followed by the person's re-election and no post ("ông A, Chủ tịch
// HĐND tỉnh khóa XIII, tái đắc cử nhiệm kỳ mới", "…, cũng tái cử nhiệm
// kỳ 2021-2026"): the post of the new term, whose name is not written
// (round 54).
func (x *extractor) reelectedToTerm(toks []token) {
	for k := 2; k+2 < len(toks); k++ {
		n := 0
		switch {
		case toks[k].is("tái") && toks[k+1].is("đắc") && toks[k+2].is("cử"):
			n = 3
		case toks[k].is("tái") && toks[k+1].is("cử"):
			n = 2
		}
		if n == 0 || k+n < len(toks) && (toks[k+n].is("chức") || startsTitle(toks, k+n)) {
			continue // "tái đắc cử Bí thư Tỉnh ủy": the post is written (appointmentsIn)
		}
		c := k - 1
		if toks[c].is("cũng") || toks[c].is("đều") || toks[c].is("được") {
			c--
		}
		if c < 1 || !toks[c].is(",") {
			continue
		}
		end := toks[c-1].end
		for i := range x.s.People {
			p := &x.s.People[i]
			for _, q := range p.Positions {
				if q.Org.Term == "" || q.Span.byte+len(q.Span.Text) != end {
					continue
				}
				o := q.Org
				for _, w := range []string{" " + o.Term, " (" + o.Term + ")"} {
					o.Base, o.Name = strings.TrimSuffix(o.Base, w), strings.TrimSuffix(o.Name, w)
				}
				o.Term = ""
				o = x.addOrg(o)
				if !holdsPost(p, q.Title, o) && len(p.Positions) < maxEntities {
					p.Positions = append(p.Positions, Position{Title: q.Title, Org: o, Span: q.Span})
				}
				break
			}
		}
	}
}

// startsTitle reports whether a title starts at toks[k], in any case.
func startsTitle(toks []token, k int) bool {
	_, n := titleAtAnyCase(toks, k)
	return n > 0
}

// holdsPost reports whether p already holds title in o.
func holdsPost(p *Person, title string, o Org) bool {
	for _, q := range p.Positions {
		if q.Org.Key() == o.Key() && textvi.Fold(q.Title) == textvi.Fold(title) {
			return true
		}
	}
	return false
}

func (x *extractor) addPosition(key string, pm posMatch, toks []token) {
	o := x.addOrgMatch(pm.org, toks)
	if pm.former {
		return // the body is the story's; the post is no longer held
	}
	i, ok := x.people[key]
	if !ok || len(x.s.People[i].Positions) >= maxEntities {
		return
	}
	p := &x.s.People[i]
	t := textvi.Fold(pm.title)
	for n, q := range p.Positions {
		if textvi.Fold(q.Title) == t && (q.Org.Term == "") != (o.Term == "") && councilTermless(q.Org) == councilTermless(o) {
			return // "Bí thư Tỉnh ủy" after "Bí thư Tỉnh ủy khóa XVII": the post named again without its term
		}
		if q.Org.Key() != o.Key() {
			continue
		}
		// "Phó Chủ tịch Thường trực UBND tỉnh" says more than the
		// "Phó Chủ tịch UBND tỉnh" a list gives the same person: one post.
		switch qt := textvi.Fold(q.Title); {
		case qt == t, strings.HasPrefix(qt, t+" "):
			return
		case strings.HasPrefix(t, qt+" "):
			p.Positions[n].Title, p.Positions[n].Span = pm.title, spanOf(x.s.Text, pm.start, pm.end)
			x.holders[t+"|"+o.Key()] = key
			return
		}
	}
	p.Positions = append(p.Positions, Position{Title: pm.title, Org: o, Span: spanOf(x.s.Text, pm.start, pm.end)})
	x.holders[textvi.Fold(pm.title)+"|"+o.Key()] = key
}

// councilTermless is termless for a council, whose unit word may be left
// out ("HĐND khóa 17" is "HĐND tỉnh khóa 17" in a story of a province).
func councilTermless(o Org) string {
	t := termless(o)
	base, region, _ := strings.Cut(t, "|")
	base = strings.TrimSuffix(base, " tinh")
	switch base {
	case "hdnd", "ubnd":
		return base + "|" + region
	case "hoi dong nhan dan":
		return "hdnd|" + region // "Chủ tịch Hội đồng Nhân dân tỉnh" after "Chủ tịch HĐND tỉnh khóa XVII": one post (round 54)
	case "uy ban nhan dan":
		return "ubnd|" + region
	}
	return t
}

// termNumber is the number of a term ("khóa 17", "khoá XVII": 17), or 0.
func termNumber(term string) int {
	f := strings.Fields(term)
	if len(f) != 2 || textvi.Fold(f[0]) != "khoa" {
		return 0
	}
	if n, err := strconv.Atoi(f[1]); err == nil {
		return n
	}
	return romanValue(f[1])
}

// romanValue is the value of a number written in Roman numerals ("XIV",
// "IV"), or 0 when s is none.
func romanValue(s string) int {
	values := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}
	n := 0
	for i := 0; i < len(s); i++ {
		v := values[s[i]]
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// termless is o's key without its term: "Tỉnh ủy Lạng Sơn khóa XVII" and
// "Tỉnh ủy Lạng Sơn" are one body of two entries.
func termless(o Org) string {
	base := strings.TrimSuffix(strings.TrimSuffix(o.Base, " ("+o.Term+")"), " "+o.Term)
	return textvi.Fold(base) + "|" + textvi.Fold(o.Region)
}

// addOrgSpan adds the body m and its mention, from its first word to its
// last.
func (x *extractor) addOrgSpan(m orgMatch, toks []token) Org {
	o := x.addOrgMatch(m, toks)
	x.orgMentions = append(x.orgMentions, mention{o.Key(), toks[m.i].start, toks[m.j-1].end})
	return o
}

// addOrgMatch records the body m names and, for a police unit, the force it
// belongs to: "Phòng CSGT, Công an tỉnh Bình Thuận" names the Công an tỉnh
// too.
func (x *extractor) addOrgMatch(m orgMatch, toks []token) Org {
	if m.implied {
		// "Thủ tướng Nguyễn Tấn Dũng": the post is of the Chính phủ, but
		// the story names no body.
		return x.resolve(m, toks)
	}
	o := x.addOrg(x.resolve(m, toks))
	if m.parent > m.i {
		if p, ok := parseOrg(x.s.Text, toks, m.parent, 0); ok && p.j == m.j {
			x.addOrg(x.resolve(p, toks))
		}
	}
	return o
}

// addOrg records o and returns the story's organization it is: a name that
// shortens one named before ("Ban Thường vụ Huyện ủy" after "Ban Thường vụ
// Huyện ủy Đại Từ") in the same region is that one.
func (x *extractor) addOrg(o Org) Org {
	if o.Base == "" {
		return o
	}
	if i, ok := x.orgs[o.Key()]; ok {
		return x.s.Orgs[i]
	}
	if len(x.s.Orgs) >= maxEntities {
		return o
	}
	base := textvi.Fold(o.Base)
	for _, e := range x.s.Orgs {
		if o.Term != "" && e.Term != "" && e.Region == o.Region && councilTermless(e) == councilTermless(o) && termNumber(e.Term) == termNumber(o.Term) && termNumber(o.Term) > 0 {
			// "HĐND tỉnh khóa XVII" after "HĐND khóa 17": one council of
			// one term, its number written two ways.
			x.orgs[o.Key()] = x.orgs[e.Key()]
			return e
		}
		if e.Term != "" && o.Term == "" {
			continue // "HĐND tỉnh" after "HĐND tỉnh khóa IX": the body without its term is an entry of its own
		}
		if e.Region == o.Region && o.Region != "" && cityWrittenShort(base, textvi.Fold(e.Base), textvi.Fold(o.Region)) {
			// "UBND thành phố", the story's city, after "UBND TP Hồ Chí
			// Minh": one body, its city written short before (round 44).
			x.orgs[o.Key()] = x.orgs[e.Key()]
			return e
		}
		if e.Region == o.Region && strings.HasPrefix(textvi.Fold(e.Base), base+" ") && !collectiveBase(e.Base) && !foreignPartyOnly(e.Base, o.Base) {
			x.orgs[o.Key()] = x.orgs[e.Key()]
			return e
		}
	}
	x.orgs[o.Key()] = len(x.s.Orgs)
	x.s.Orgs = append(x.s.Orgs, o)
	return o
}

// cityWrittenShort reports whether the folded base of a body of the
// story's city written bare ("ubnd thanh pho") and the folded base of one
// named with its city written short ("ubnd tp ho chi minh") are one body
// of the city region.
func cityWrittenShort(bare, named, region string) bool {
	head, ok := strings.CutSuffix(bare, " thanh pho")
	return ok && named == head+" tp "+region
}

// orgsIn finds the organizations the people rules did not: a name that says
// its level (or whose level the story implies), not a generic plural.
func (x *extractor) orgsIn(toks []token, used []bool) {
	for i := 0; i < len(toks); i++ {
		if used[i] {
			continue
		}
		m, ok := parseOrg(x.s.Text, toks, i, 0)
		if !ok && sharedBanAt(toks, i) {
			// "từng là Trưởng ban Nội chính Tỉnh ủy": a past post's party
			// board, its head in lower case inside the title (a council's
			// board, "Trưởng ban Dân tộc HĐND tỉnh", is read as before).
			m, ok = parseOrg(x.s.Text, toks, i, 1)
			ok = ok && partyCommitteeIn(toks, i, m.j)
		}
		if !ok && sharedPhongAt(toks, i) {
			// "từng là Trưởng phòng Tài chính huyện A": a past post's
			// department, its head in lower case inside the title, read
			// when it names its district or province.
			m, ok = parseOrg(x.s.Text, toks, i, 1)
			ok = ok && m.j > i+1 && m.hasLevel && !m.generic && (m.unit != "" || m.region != "")
		}
		if !ok && lowerPartyAt(toks, i) {
			// "đảng bộ xã Quang Sơn tổ chức lễ trao huy hiệu": a commune's
			// or a district's Party committee, its head in lower case, read
			// when it names its place (round 49).
			m, ok = parseOrg(x.s.Text, toks, i, 2)
			ok = ok && m.j > i+3 && m.hasLevel && !m.generic && m.unit != "" && m.place != ""
		}
		if !ok && renamedLowerAt(toks, i) {
			// "Phòng Văn hóa và Thông tin quận A (nay là phòng Văn hóa,
			// Khoa học và Thông tin quận A)": the body's present name, its
			// head in lower case, read when it names its district or
			// province.
			m, ok = parseOrg(x.s.Text, toks, i, 1)
			ok = ok && m.j > i+1 && m.hasLevel && !m.generic && (m.unit != "" || m.region != "")
		}
		if boards, next := boardsBeforeTail(x.s.Text, toks, i); boards != nil {
			// "tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy A": bodies
			// written one after another before one tail are each that
			// tail's (round 39).
			for _, b := range boards {
				o := x.addOrgMatch(b, toks)
				x.orgMentions = append(x.orgMentions, mention{o.Key(), toks[i].start, toks[i+2].end})
			}
			i = next - 1
			continue
		}
		if c, ok := jointOffice(x.s.Text, toks, i); ok {
			// "Văn phòng Đoàn Đại biểu Quốc hội và HĐND thành phố Đà Nẵng":
			// the office both serve is one body, read besides the bodies
			// it names (round 49).
			x.addOrgSpan(c, toks)
		}
		if boards, end := councilCommitteesOf(x.s.Text, toks, i); boards != nil {
			// "thành lập Ban Dân tộc của HĐND tỉnh", "các Ban kinh tế
			// ngân sách, Ban Pháp chế, Ban văn hóa xã hội của HĐND tỉnh
			// khóa VIII": a council's committees named before it, each
			// that council's (round 50).
			for _, b := range boards {
				o := x.addOrgMatch(b, toks)
				x.orgMentions = append(x.orgMentions, mention{o.Key(), toks[b.i].start, toks[b.i+1].end})
			}
			i = end - 1
			continue
		}
		if units, end := codedUnits(x.s.Text, toks, i); units != nil {
			// "Các tập thể Phòng PC03, PA06, PA07": police departments named
			// by their code, "Phòng" written once for the list; each is a
			// body (round 49).
			for _, b := range units {
				x.addOrgSpan(b, toks)
			}
			i = end - 1
			continue
		}
		if bodies, end := countedBodies(x.s.Text, toks, i); bodies != nil {
			// "4 tập thể Công ty Cơ điện Trường Hải, VINA MAZDA Trường Hải,
			// …": the bodies a count names one by one (round 51).
			for _, b := range bodies {
				x.addOrgSpan(b, toks)
			}
			i = end - 1
			continue
		}
		if !ok {
			continue
		}
		if credited(toks, i) {
			i = m.j - 1 // "Ảnh: Báo Lai Châu": a credit, no body of the story
			continue
		}
		if served, ok := servedBody(x.s.Text, toks, i, m); ok {
			m = served // "…; Chánh Văn phòng Tỉnh ủy Cà Mau;": the Tỉnh ủy, not its office
		}
		if pair, end := councilsOfTwo(x.s.Text, toks, m); pair != nil {
			// "HĐND hai tỉnh Hậu Giang và Sóc Trăng": one council each.
			for _, b := range pair {
				x.addOrgSpan(b, toks)
			}
			i = end - 1
			continue
		}
		m = sharedUnit(x.s.Text, toks, m)
		m = x.storyCommune(m)
		if m.assoc && !m.hasLevel && m.unit == "" && m.region == "" && x.province != "" {
			// "Hội Nhà báo nhận Cờ thi đua" in a story of a province: a
			// mass association known by its name, written bare, is the
			// province's (round 32).
			m.hasLevel = true
		}
		if c, ok := unitOfParent(x.s.Text, toks, m); ok {
			// "…; Phòng Hành chính - Quản trị, Văn phòng UBND tỉnh A;": a
			// unit named with its parent after a comma, one body; the
			// parent is read next as a body of its own.
			x.addOrgSpan(c, toks)
			i = m.j
			continue
		}
		if !m.generic && m.hasLevel && !isOffice(toks, i, m.j) {
			o := x.addOrgSpan(m, toks)
			for _, b := range alsoProvinces(toks, m.j) {
				if (m.unit != "tinh" && (m.unit != "" || m.place != "")) || o.Region == b {
					continue
				}
				// "Thường trực Tỉnh ủy, HĐND, UBND tỉnh Hà Giang, Tuyên
				// Quang": each body of the list is of every province.
				c := m
				if c.unit == "" && councilHead(c.head) {
					c.base += " tỉnh"
					c.unit = "tinh"
				}
				c.region = b
				x.addOrgMatch(c, toks)
			}
			if listed, end := districtsAfter(x.s.Text, toks, m); listed != nil {
				// "Đảng bộ T.P Thái Nguyên, huyện Phú Bình và Đồng Hỷ"
				for _, b := range listed {
					x.addOrgSpan(b, toks)
				}
				i = end - 1
				continue
			}
		}
		if listed, end := listedBodies(x.s.Text, toks, m); (m.generic || m.j < len(toks) && listCount(toks[m.j]) > 0) && listed != nil {
			// "Ban Thường vụ Huyện ủy các huyện: A, B, C": one body each.
			for _, b := range listed {
				x.addOrgSpan(b, toks)
			}
			i = end - 1
			continue
		}
		i = m.j - 1
	}
}

// boardsBeforeTail reads a party committee's boards written one after
// another before one tail, "Ban Chấp hành" at toks[i], then "," or "và",
// then "Ban Thường vụ", then either the committee ("Tỉnh ủy A", "Thành
// ủy") or "và (thôi) giữ chức (vụ)" with a title and the committee ("Ban
// Thường vụ và giữ chức Phó Bí thư Tỉnh ủy A"): each board is that
// committee's. Only a province's, a city's or a district's committee is
// read (the order "Ban Thường vụ, Ban Chấp hành Đảng bộ tỉnh" and an
// association's boards are not).
// It returns the boards still to record (the Ban Thường vụ followed by its
// committee is read as before) and where reading goes on, or nil.
func boardsBeforeTail(text string, toks []token, i int) ([]orgMatch, int) {
	isBoard := func(k int, second, third string) bool {
		return k+2 < len(toks) && toks[k].is("Ban") && toks[k+1].fold == second && toks[k+2].fold == third
	}
	if !isBoard(i, "chap", "hanh") || i+3 >= len(toks) || !toks[i+3].is(",") && !toks[i+3].is("và") {
		return nil, 0
	}
	s := i + 4 // "Ban Thường vụ"
	if !isBoard(s, "thuong", "vu") || s+3 >= len(toks) {
		return nil, 0
	}
	board := func(c orgMatch, name string) orgMatch {
		c.base = name + " " + c.base
		c.i = i
		c.head = orgHead{words: strings.Fields(name), complete: true}
		return c
	}
	committee := func(k int) (orgMatch, bool) {
		c, ok := parseOrg(text, toks, k, 0)
		if !ok || c.generic || c.i != k || !partyCommitteeIn(toks, k-1, min(k+2, len(toks))) {
			return orgMatch{}, false
		}
		return c, true
	}
	if c, ok := committee(s + 3); ok {
		// "Ban Chấp hành, Ban Thường vụ Tỉnh ủy A"
		return []orgMatch{board(c, "Ban Chấp hành")}, s
	}
	k := s + 3
	if !toks[k].is("và") {
		return nil, 0
	}
	k++
	if k < len(toks) && toks[k].is("thôi") {
		k++ // "thôi tham gia Ban Chấp hành, Ban Thường vụ và thôi giữ chức …"
	}
	if k+1 >= len(toks) || !toks[k].is("giữ") || !toks[k+1].is("chức") {
		return nil, 0
	}
	k += 2
	if k < len(toks) && toks[k].is("vụ") {
		k++
	}
	_, n := titleAt(toks, k)
	if n == 0 || k+n >= len(toks) {
		return nil, 0
	}
	c, ok := committee(k + n)
	if !ok {
		return nil, 0
	}
	// "Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy A"
	return []orgMatch{board(c, "Ban Chấp hành"), board(c, "Ban Thường vụ")}, s + 3
}

// lowerPartyAt reports whether toks[i] opens "đảng bộ" or "đảng ủy" in
// lower case right before a local unit and its capitalized name: "đảng
// bộ xã Quang Sơn" (round 49).
func lowerPartyAt(toks []token, i int) bool {
	return i+3 < len(toks) && toks[i].text == "đảng" && (toks[i+1].is("bộ") || toks[i+1].is("ủy")) && unitAt(toks, i+2) && toks[i+2].text != "TP" && toks[i+3].capitalized() && (i == 0 || !toks[i-1].is("các"))
}

// sharedPhongAt reports whether toks[i] is a lower-case "phòng" that ends a
// title ("Trưởng phòng", "Phó Trưởng phòng") and starts its body, a
// department named with a capital: "Trưởng phòng Nội vụ huyện A".
func sharedPhongAt(toks []token, i int) bool {
	if !toks[i].is("phòng") || i+1 >= len(toks) || !toks[i+1].capitalized() {
		return false
	}
	for k := max(i-3, 0); k < i; k++ {
		if t, n := titleAt(toks, k); n > 0 && k+n == i+1 && t.sharesHead && t.words[len(t.words)-1] == "phong" && (len(t.words) < 2 || t.words[len(t.words)-2] != "van") {
			return true
		}
	}
	return false
}

// renamedLowerAt reports whether toks[i] is a lower-case "phòng" right
// after "nay là" that starts a body named with a capital: "(nay là phòng
// Văn hóa, Khoa học và Thông tin quận A)", a body's present name.
func renamedLowerAt(toks []token, i int) bool {
	return toks[i].is("phòng") && i >= 2 && toks[i-1].is("là") && toks[i-2].is("nay") && i+1 < len(toks) && toks[i+1].capitalized()
}

// sharedBanAt reports whether toks[i] is a lower-case "ban" that ends a
// title and starts its body ("Trưởng ban Nội chính Tỉnh ủy").
func sharedBanAt(toks []token, i int) bool {
	if !toks[i].is("ban") {
		return false
	}
	for k := max(i-3, 0); k < i; k++ {
		if t, n := titleAt(toks, k); n > 0 && k+n == i+1 && t.sharesHead {
			return true
		}
	}
	return false
}

// alsoProvinces returns the further provinces of a list of bodies that
// ends at or after toks[j] in "tỉnh A, B, …" ("Thường trực Tỉnh ủy,
// HĐND, UBND tỉnh Hà Giang, Tuyên Quang;"), or nil. Two provinces must
// end the clause (";", "." or the text's end): "tỉnh A, B" before more
// words may be a province and a place of the sentence. Three or more,
// "HĐND tỉnh Quảng Trị, Quảng Ninh, Bình Định đã họp", are a list
// whatever follows (round 54).
func alsoProvinces(toks []token, j int) []string {
	for q := max(j-3, 0); q < len(toks) && q < j+12; q++ {
		if q >= j && (toks[q].is(";") || toks[q].is(".") || toks[q].is(":")) {
			return nil
		}
		if !toks[q].is("tỉnh") {
			continue
		}
		_, an := provinceAt(toks, q+1)
		c := q + 1 + an
		if an == 0 {
			return nil
		}
		var also []string
		for c+1 < len(toks) && toks[c].is(",") {
			b, bn := provinceAt(toks, c+1)
			if bn == 0 {
				break
			}
			also = append(also, b)
			c += 1 + bn
		}
		if len(also) >= 2 || len(also) == 1 && (c == len(toks) || toks[c].is(";") || toks[c].is(".")) {
			return also
		}
		return nil
	}
	return nil
}

// communeBodies are the bodies every commune has, written bare in a
// commune's own story ("Đảng ủy – HĐND – UBND – UBMTTQVN").
var communeBodies = map[string]bool{"Đảng ủy": true, "HĐND": true, "UBND": true, "Hội đồng nhân dân": true, "Ủy ban nhân dân": true, "UBMTTQVN": true}

// storyCommune places a commune's body written bare in a story that names
// no province and one commune, and no district or ward: it is that
// commune's ("Đảng ủy xã Bình Tân"). Else m.
func (x *extractor) storyCommune(m orgMatch) orgMatch {
	if x.province != "" || m.unit != "" || m.region != "" || m.place != "" || m.generic || !communeBodies[strings.Join(m.head.words, " ")] || m.base != strings.Join(m.head.words, " ") {
		return m
	}
	p := x.onlyPlace("xa")
	if p == "" || x.onlyPlace("huyen") != "" || x.onlyPlace("phuong") != "" || x.onlyPlace("quan") != "" {
		return m
	}
	m.base += " xã " + p
	m.unit, m.place, m.hasLevel = "xa", p, true
	return m
}

// partyCommitteeIn reports whether toks[i:j] names a Party committee of a
// place ("Tỉnh ủy", "Thành ủy", "Huyện ủy").
func partyCommitteeIn(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].fold == "uy" && (toks[k-1].is("Tỉnh") || toks[k-1].is("Thành") || toks[k-1].is("Huyện") || toks[k-1].is("Quận") || toks[k-1].is("Thị")) {
			return true
		}
	}
	return false
}

// sharedUnit places a council written bare in a list of bodies that
// share the unit of the last ("Tỉnh ủy, HĐND, UBND tỉnh Phú Yên",
// "Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam
// tỉnh Đồng Nai"): it is that place's, as the last body is. Else m.
func sharedUnit(text string, toks []token, m orgMatch) orgMatch {
	if !councilHead(m.head) || m.unit != "" || m.region != "" || m.hasLevel {
		return m
	}
	for k, n := m.j, 0; n < 4 && k+1 < len(toks) && (toks[k].is(",") || toks[k].is("và")); n++ {
		next, ok := parseOrg(text, toks, k+1, 0)
		if !ok || next.i != k+1 {
			break
		}
		if next.unit != "" {
			r := m.withLevel(next)
			if r.hasLevel && next.term != "" && councilHead(next.head) && r.term == "" {
				// "chức danh HĐND, UBND tỉnh khóa XVI": the councils
				// share the unit and the term written once after them
				// (round 32).
				r.term, r.bareTerm = next.term, next.bareTerm
			}
			return r
		}
		k = next.j
	}
	return m
}

// councilsOfTwo reads the bodies of several places named once, the head
// written once before a count, a unit word and the places' names: "HĐND
// hai tỉnh Hậu Giang và Sóc Trăng", "Hội đồng nhân dân 2 tỉnh Cao Bằng và
// Hà Nam", and (round 45, any head, any unit, any count the list has)
// "UBND 2 xã Mậu Đông và Quang Minh", "Đảng ủy 3 xã A, B và C". It
// returns one body each and the token after them, or nil. The count must
// be the number of names listed: "UBND 2 xã Mậu Đông" names one place and
// is left as it was read.
func councilsOfTwo(text string, toks []token, m orgMatch) ([]orgMatch, int) {
	k := m.j
	if m.unit != "" || m.region != "" || m.generic || k+4 >= len(toks) {
		return nil, 0
	}
	count := listCount(toks[k])
	if count < 2 {
		return nil, 0
	}
	unitLen := 0
	for _, u := range localUnits {
		if n := u.matchAt(toks, k+1); n > 0 && toks[k+1].lower() {
			unitLen = n
			break
		}
	}
	if unitLen == 0 {
		return nil, 0
	}
	province := toks[k+1].is("tỉnh")
	type place struct {
		name string
		i, j int
	}
	var places []place
	q := k + 1 + unitLen
	for {
		var e int
		name := ""
		if province {
			p, pn := provinceAt(toks, q)
			name, e = p, q+pn
		} else if q < len(toks) && toks[q].capitalized() {
			e = placeNameEnd(toks, q)
		}
		if e <= q {
			return nil, 0
		}
		places = append(places, place{name, q, e})
		if e+1 < len(toks) && (toks[e].is(",") || toks[e].is("và")) && len(places) < count {
			if toks[e].is(",") && len(places) == count-1 {
				return nil, 0 // the last one is joined by "và"
			}
			q = e + 1
			continue
		}
		q = e
		break
	}
	if len(places) != count {
		return nil, 0
	}
	end := q
	var out []orgMatch
	unit := textvi.Fold(textOf(text, toks, k+1, k+1+unitLen))
	for _, p := range places {
		c := m
		c.unit, c.unitAt, c.hasLevel, c.j = unit, k+1, true, end
		if province {
			c.base += " tỉnh"
			c.region = p.name
		} else {
			c.place = collapseSpace(textOf(text, toks, p.i, p.j))
			c.base += " " + textOf(text, toks, k+1, k+1+unitLen) + " " + c.place
		}
		out = append(out, c)
	}
	return out, end
}

// isOffice reports whether the organization at toks[i:j] names an office
// acting without a named holder: a title right before it and no name after
// it ("Thủ tướng Chính phủ phê chuẩn", "Chủ tịch UBND tỉnh tặng Bằng
// khen"). The office issues or decides; the body is not otherwise named.
func isOffice(toks []token, i, j int) bool {
	if j < len(toks) && toks[j].capitalized() {
		return false // a name (or more of the list) follows
	}
	if j+1 < len(toks) && toks[j].is("(") && toks[j+1].is("cũ") {
		return false // "Bí thư Huyện ủy Sơn Tịnh (cũ)": a post once held, no office acting
	}
	if j+1 < len(toks) && (toks[j].is(",") || toks[j].is(";")) {
		if _, n := titleAt(toks, j+1); n > 0 {
			return false // "Giám đốc Ban quản lý dự án …, Chủ tịch UBND …": a career's posts
		}
	}
	for k := max(i-4, 0); k < i; k++ { // the longest title: "Phó Chủ nhiệm", not "Chủ nhiệm"
		if t, n := titleAt(toks, k); n > 0 && k+n == i && !t.sharesHead {
			if k > 0 && (toks[k-1].is("nguyên") || toks[k-1].is("là")) || appointCue(toks, k) || listedAfterCue(toks, k) {
				return false // a post held or given ("khi đang là Phó Chủ nhiệm …"): a person holds it
			}
			if k > 0 && (toks[k-1].is(";") || toks[k-1].is(":")) {
				return false // "từng đảm nhận các vị trí: …; Bí thư Thành ủy Thái Nguyên.": a career's post
			}
			if k > 0 && toks[k-1].is(",") && careerBefore(toks, k-1) {
				return false // "đã từng giữ các chức vụ Giám đốc Sở …, Bí thư Thành ủy Nam Định.": the last of a career's posts
			}
			// Members are many ("các Ủy viên Ban Chấp hành"): that names the body.
			return t.words[0] != "uy" && t.words[0] != "thanh" && !(k > 0 && (toks[k-1].is("các") || toks[k-1].is("những")))
		}
	}
	return false
}

// careerBefore reports whether the clause before toks[k] lists posts held
// ("từng giữ các chức vụ …", "đã giữ chức vụ …"): a title after a comma in
// it is one more post, not an office acting.
func careerBefore(toks []token, k int) bool {
	for q := k - 1; q > 0 && q >= k-40; q-- {
		if toks[q].is(".") || toks[q].is(";") {
			return false
		}
		if toks[q].is("từng") || toks[q].is("vụ") && toks[q-1].fold == "chuc" {
			return true
		}
	}
	return false
}

// officeAt reads an office at toks[k]: a title and the organization it
// heads, with no holder named ("Chủ tịch UBND tỉnh"). It returns the token
// after it.
func officeAt(text string, toks []token, k int) (int, bool) {
	t, n := titleAt(toks, k)
	if n == 0 || t.sharesHead {
		return 0, false
	}
	m, ok := parseOrg(text, toks, k+n, 0)
	if !ok || m.generic || !isOffice(toks, k+n, m.j) {
		return 0, false
	}
	return m.j, true
}

// orgAt resolves the organization starting at byte offset b of toks.
func (x *extractor) orgAt(toks []token, b int) (Org, int, bool) {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].start >= b })
	if i == len(toks) || toks[i].start != b {
		return Org{}, 0, false
	}
	m, ok := parseOrg(x.s.Text, toks, i, 0)
	if !ok || m.generic {
		return Org{}, 0, false
	}
	return x.resolve(m, toks), m.j, true
}

// resolve turns a parsed organization into the story's: a body that names
// no province of its own is of the story's province.
func (x *extractor) resolve(m orgMatch, toks []token) Org {
	if m.base == "" {
		return Org{} // an office of the State: "Chủ tịch nước" has no body
	}
	if m.unit == "xa" && m.unitAt > 0 && toks[m.unitAt-1].is("Thị") {
		// "Phó Chủ tịch UBND Thị xã": a town written capitalized, not a
		// commune after a name ending in "Thị" (round 27).
		m.unit = "thi xa"
	}
	if m.place == "" && m.region == "" && (m.unit == "huyen" || m.unit == "quan" || m.unit == "phuong" || m.unit == "xa") {
		// "Đảng bộ phường", "HĐND huyện": the story's own ward or
		// district, when the story names one of that unit and no other.
		if p := x.onlyPlace(m.unit); p != "" {
			m.base += " " + p
			m.place = p
		}
	}
	if f := textvi.Fold(m.base); m.place == "" && m.region == "" && m.unit == "" && (f == "huyen uy" || f == "quan uy") {
		// "lãnh đạo Huyện ủy, HĐND, UBND huyện" in a story of "huyện
		// Thanh Hà": the district's Party committee written bare is of the
		// story's one district, as its councils are (round 34).
		if p := x.onlyPlace(strings.Fields(f)[0]); p != "" {
			m.base += " " + p
			m.place = p
		}
	}
	if p := laterCommitteePlace(toks, m); p != "" {
		// "tham gia Ban Chấp hành, Ban Thường vụ Thành ủy và giữ chức Phó
		// Bí thư Thành ủy Cần Thơ": the bare committee is the one its
		// sentence names in full after it (round 38).
		return m.resolve(x.s.Text, toks, p)
	}
	if m.place == "" && m.region == "" && x.city != "" && (m.unit == "thanh pho" || strings.HasSuffix(textvi.Fold(m.base), "thanh uy")) {
		// "Bí thư Thành ủy, Chủ tịch HĐND thành phố" in a story of "TP
		// Bắc Kạn": that city's.
		m.base += " " + x.city
		m.place = x.city
	}
	return m.resolve(x.s.Text, toks, x.clauseProvince(toks, m.i))
}

// laterCommitteePlace returns the province of the same party committee
// named in full later in the sentence of m, a province's or a city's
// committee written bare ("Ban Thường vụ Thành ủy và giữ chức Phó Bí thư
// Thành ủy Cần Thơ": "Cần Thơ"), or "".
func laterCommitteePlace(toks []token, m orgMatch) string {
	f := textvi.Fold(m.base)
	if m.place != "" || m.region != "" || m.unit != "" || m.j <= m.i || m.j > len(toks) || !strings.HasSuffix(f, "tinh uy") && !strings.HasSuffix(f, "thanh uy") {
		return ""
	}
	w := toks[m.j-2].fold // "tinh", "thanh"
	if toks[m.j-1].fold != "uy" {
		return ""
	}
	_, e := sentenceBounds(toks, m.i)
	for q := m.j; q+2 < e; q++ {
		if u := cityUnitAt(toks, q); w == "thanh" && u > 0 && q+u < e {
			// "bầu ông A, Phó Bí thư Thành ủy, làm Chủ tịch UBND TP Cần
			// Thơ": the city the sentence names next (round 38).
			if q+u+1 < e && toks[q+u].is(".") {
				u++ // "TP.Huế"
			}
			if p, n := provinceAt(toks, q+u); n > 0 && (q+u+n == len(toks) || !toks[q+u+n].capitalized()) {
				return p
			}
			continue // "TP Điện Biên Phủ": a city that is no province
		}
		if toks[q].fold != w || !toks[q].capitalized() || toks[q+1].fold != "uy" {
			continue
		}
		if p, n := provinceAt(toks, q+2); n > 0 {
			return p
		}
		return "" // the next of the same name is bare too
	}
	return ""
}

// cityUnitAt returns the length of the word for a city at toks[q], "TP"
// or "thành phố", or 0.
func cityUnitAt(toks []token, q int) int {
	switch {
	case toks[q].is("TP"):
		return 1
	case q+1 < len(toks) && toks[q].is("thành") && toks[q+1].is("phố"):
		return 2
	}
	return 0
}

// onlyPlace is the name of the one place of the folded unit ("phuong")
// the story names after that unit's word ("phường Bình Đông"), or "" when
// it names none or more than one.
func (x *extractor) onlyPlace(unit string) string {
	if x.places == nil {
		x.places = map[string]string{}
		for _, line := range strings.Split(x.s.Text, "\n") {
			x.linePlaces(line)
		}
	}
	if p := x.places[unit]; p != "-" {
		return p
	}
	return ""
}

// linePlaces adds the places one line of the story names to x.places.
func (x *extractor) linePlaces(line string) {
	toks := tokenize(line, 0)
	for i := 1; i+1 < len(toks); i++ {
		u := toks[i].fold
		if !toks[i].lower() || u != "huyen" && u != "quan" && u != "phuong" && u != "xa" || u == "xa" && toks[i-1].fold == "thi" {
			continue
		}
		e := placeNameEnd(toks, i+1)
		if e == i+1 || !toks[i+1].capitalized() && !isDigits(toks[i+1].text) {
			continue
		}
		if (u == "huyen" || u == "quan") && districtHolderAt(toks, i-1, i+1, e) {
			continue // "Chủ tịch UBND huyện Trần Văn Thảo;": a holder's name, no district's
		}
		p := collapseSpace(textOf(line, toks, i+1, e))
		if q, seen := x.places[u]; seen && q != p {
			p = "-" // two places of one unit: none is the story's own
		}
		x.places[u] = p
	}
}

// maxClause bounds how far back a body looks for the province of its clause.
const maxClause = 60

// clauseProvince is the province of the body at toks[i]: the last one its
// clause names before it ("đoàn công tác của tỉnh Vĩnh Long do Ban Thường
// vụ Tỉnh ủy dẫn đầu"), else the story's. A clause ends at ; . ! ? so that
// a province does not leak into the next one.
func (x *extractor) clauseProvince(toks []token, i int) string {
	if x.s.provinces < 2 {
		return x.province // no other province to find
	}
	for k := i - 1; k > 0 && k >= i-maxClause; k-- {
		t := toks[k]
		if t.is(";") || t.is("!") || t.is("?") || t.is("|") || t.is(".") && !(k+1 < len(toks) && isDigits(toks[k+1].text) && isDigits(toks[k-1].text)) {
			break
		}
		if !t.capitalized() || !provinceCue(toks[k-1]) || homePlaceAt(toks, k) {
			continue
		}
		if p, n := provinceAt(toks, k); n > 0 && k+n <= i {
			if k+n+1 < i && toks[k+n].is(",") && provinceOf(toks, k+n+1) {
				// "HĐND tỉnh Quảng Trị, Quảng Ninh, … kiện toàn HĐND,
				// UBND tỉnh": the clause names a list of provinces, and
				// a bare body after it is none of them (round 54).
				return ""
			}
			return p
		}
	}
	if p := x.sectionProvince(toks[i].start); p != "" {
		return p
	}
	return x.province
}

// sectionProvince is the province that opens the section of a story in
// which offset lies: a story of two provinces' news starts the second
// with a paragraph marked "*" ("* Trong chương trình kỳ họp thứ 11 HĐND
// tỉnh Bà Rịa - Vũng Tàu khóa V, …"), and a bare body in the paragraphs
// after it ("Sở Nông nghiệp và Phát triển nông thôn") is of that
// province, not the story's first (round 55). "" when no such paragraph
// is before offset or it names no province.
func (x *extractor) sectionProvince(offset int) string {
	at := strings.LastIndex(x.s.Text[:offset], "\n* ")
	if at < 0 {
		return ""
	}
	line := x.s.Text[at+1:]
	if e := strings.IndexByte(line, '\n'); e >= 0 {
		line = line[:e]
	}
	lt := tokenize(line, 0)
	for k := 1; k < len(lt); k++ {
		if lt[k].capitalized() && provinceCue(lt[k-1]) && !homePlaceAt(lt, k) {
			if p, n := provinceAt(lt, k); n > 0 {
				return p
			}
		}
	}
	return ""
}

// provinceOf reports whether a province's name starts at toks[k].
func provinceOf(toks []token, k int) bool {
	_, n := provinceAt(toks, k)
	return n > 0
}

// provinceCue reports whether a province's name after t names the
// province of a body: "tỉnh Vĩnh Long", "Tỉnh ủy Vĩnh Long".
func provinceCue(t token) bool {
	return t.fold == "tinh" || t.fold == "uy" || t.fold == "pho" || t.text == "TP"
}

// maxSentence bounds how far the rules look for a sentence's ends: no real
// sentence is longer, and a text without full stops must not make every
// award scan all of it.
const maxSentence = 300

// sentenceBounds returns the token range of the sentence around toks[i].
func sentenceBounds(toks []token, i int) (int, int) {
	end := func(k int) bool {
		t := toks[k]
		if t.is(";") || t.is("!") || t.is("?") || t.is("|") {
			return true
		}
		if t.is(".") {
			return !(k > 0 && k+1 < len(toks) && toks[k-1].word && toks[k+1].word && isDigits(toks[k-1].text) && isDigits(toks[k+1].text)) && !abbrevDot(toks, k)
		}
		return false
	}
	s := i
	for s > 0 && s > i-maxSentence && !end(s-1) {
		s--
	}
	e := i
	for e < len(toks) && e < i+maxSentence && !end(e) {
		e++
	}
	return s, e
}

// abbrevDot reports whether the full stop toks[k] is inside an
// abbreviation written without spaces ("T.Ư", "TP.HCM"): one or two
// capitals, the stop, a capital.
func abbrevDot(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) || toks[k-1].end != toks[k].start || toks[k].end != toks[k+1].start || !toks[k+1].capitalized() {
		return false
	}
	w := toks[k-1].text
	if n := utf8.RuneCountInString(w); n < 1 || n > 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// finish counts the authors' bylines as their mentions and drops names too
// long for the content model: no story names a person in 100 characters, so
// such a match is noise, and storing it would fail.
func (x *extractor) finish() {
	x.splitGenericOrders()
	x.dropTitleInsignia()
	x.dropGenericBadges()
	x.sharedTotals()
	x.splitRestatedTotals()
	x.dropStateSplitTotals()
	x.dropSplitLater()
	x.mergeBareAwards()
	x.collectivesAsBodies()
	x.respellProvinces()
	for i := range x.s.Authors {
		x.s.Authors[i].Mentions = 1
	}
	x.s.People = keep(x.s.People, func(p Person) bool { return utf8.RuneCountInString(p.Name) <= 100 })
	for i := range x.s.People {
		x.s.People[i].Positions = keep(x.s.People[i].Positions, func(q Position) bool { return utf8.RuneCountInString(q.Org.Name) <= 250 })
	}
	x.s.Authors = keep(x.s.Authors, func(p Person) bool { return utf8.RuneCountInString(p.Name) <= 100 })
	x.s.Orgs = keep(x.s.Orgs, func(o Org) bool { return utf8.RuneCountInString(o.Name) <= 250 })
	x.s.Awards = keep(x.s.Awards, func(a Award) bool {
		return utf8.RuneCountInString(a.Name) <= 250 && (a.Issuer == nil || utf8.RuneCountInString(a.Issuer.Name) <= 250)
	})
	x.s.Documents = keep(x.s.Documents, func(d Document) bool {
		return utf8.RuneCountInString(d.Code) <= 100 && (d.Issuer == nil || utf8.RuneCountInString(d.Issuer.Name) <= 250)
	})
}

// provinceSpellings maps each province the text names with a spelling of
// its own, one that differs from the lexicon's only by a hyphen or the
// spaces around it ("Thừa Thiên-Huế", "Bà Rịa-Vũng Tàu"), to the spelling
// the text uses most; a spelling as the lexicon writes it counts against
// it, and a tie keeps the lexicon's.
func provinceSpellings(text string) map[string]string {
	bare := func(s string) string {
		return strings.NewReplacer(" ", "", "-", "", "–", "").Replace(s)
	}
	count := map[string]map[string]int{}
	toks := tokenize(text, 0)
	for i := 0; i < len(toks); i++ {
		p, n := provinceAt(toks, i)
		if n < 2 {
			continue
		}
		written := collapseSpace(text[toks[i].start:toks[i+n-1].end])
		if bare(written) != bare(p) {
			i += n - 1
			continue
		}
		if count[p] == nil {
			count[p] = map[string]int{}
		}
		count[p][written]++
		i += n - 1
	}
	out := map[string]string{}
	for p, forms := range count {
		written := make([]string, 0, len(forms))
		for w := range forms {
			written = append(written, w)
		}
		sort.Strings(written)
		best, most := p, forms[p]
		for _, w := range written {
			if forms[w] > most {
				best, most = w, forms[w]
			}
		}
		if best != p {
			out[p] = best
		}
	}
	return out
}

// respellProvinces writes each province in the names of the story's bodies
// as the text spells it (provinceSpellings): "HĐND tỉnh Thừa Thiên-Huế"
// where the story writes the hyphen, though the lexicon has none.
func (x *extractor) respellProvinces() {
	spell := provinceSpellings(x.s.Text)
	if len(spell) == 0 {
		return
	}
	org := func(o *Org) {
		if o == nil {
			return
		}
		for from, to := range spell {
			o.Name = strings.ReplaceAll(o.Name, from, to)
			o.Base = strings.ReplaceAll(o.Base, from, to)
			o.Region = strings.ReplaceAll(o.Region, from, to)
		}
	}
	for i := range x.s.Orgs {
		org(&x.s.Orgs[i])
	}
	for i := range x.s.People {
		for j := range x.s.People[i].Positions {
			org(&x.s.People[i].Positions[j].Org)
		}
	}
	for i := range x.s.Awards {
		org(x.s.Awards[i].Issuer)
		for j := range x.s.Awards[i].Recipients {
			org(x.s.Awards[i].Recipients[j].Org)
		}
	}
	for i := range x.s.Documents {
		org(x.s.Documents[i].Issuer)
	}
}

// keep returns the elements of list that ok accepts.
func keep[T any](list []T, ok func(T) bool) []T {
	out := list[:0]
	for _, v := range list {
		if ok(v) {
			out = append(out, v)
		}
	}
	return out
}

// postsListed gives a post that lists its holders after a colon to each of
// them: "các Phó Chủ tịch: A, B và C", "2 Phó Chủ tịch gồm các ông: A và
// B", "5 Phó chủ tịch: A (Phó chủ tịch Thường trực) và các Phó chủ tịch: C,
// D". The body is the one named before it in the sentence ("Chủ tịch UBND
// tỉnh X và 2 Phó Chủ tịch …").
func (x *extractor) postsListed(toks []token, used []bool) {
	for k := 1; k < len(toks); k++ {
		p := toks[k-1]
		if p.is("có") {
			// "UBND thành phố Hải Phòng có Chủ tịch A và 6 Phó Chủ tịch
			// …": the body right before "có" has the post its name holds.
			if t, n := titleAt(toks, k); n > 0 && !t.sharesHead {
				if body, ok := x.bodyBefore(toks, k-1); ok && body.j == k-1 {
					q, at := k+n, k+n
					if q+2 < len(toks) && toks[q].is("là") && isIntroducer(toks, q+1) {
						// "UBND tỉnh X có Chủ tịch là ông A và 5 Phó Chủ
						// tịch …": "là" and the word for the person first.
						q, at = q+1, q+1+max(comrade.matchAt(toks, q+1), 1)
					}
					if _, ok := nameAt(toks, at); ok {
						k = x.holdersListed(toks, q, collapseSpace(textOf(x.s.Text, toks, k, k+n)), body, used) - 1
					}
				}
			}
			continue
		}
		named := false
		if k >= 3 && toks[k-2].is("chức") && (p.is("danh") || p.is("vụ")) {
			// "miễn nhiệm … 2 chức danh Phó Chủ tịch UBND tỉnh là A, B":
			// the count before the word for a post.
			p, named = toks[k-3], true
		}
		if k >= 3 && p.is("chí") && toks[k-2].is("đồng") && toks[k-3].is("các") || k >= 2 && (p.is("ông") || p.is("bà")) && toks[k-2].is("các") {
			// "Dự lễ có các đồng chí Ủy viên BTV Tỉnh ủy: A - …; B - …":
			// the people's word between "các" and the post.
			p = toks[k-2]
			if p.is("đồng") {
				p = toks[k-3]
			}
		}
		if k >= 2 && p.is("số") && toks[k-2].is("đủ") {
			// "bầu đủ số Phó Chủ tịch UBND tỉnh theo quy định, gồm các
			// ông: A; B; C": the full number, a count (round 55).
			p = toks[k-2]
			named = true
		}
		// "Các Phó Chủ tịch UBND tỉnh A: B, C": "các" may open the
		// sentence (round 54).
		if !(p.is("các") || p.is("Các") || p.is("đủ") || p.lower() && countWords[p.text] || isDigits(p.text) && len(p.text) <= 2) {
			continue
		}
		t, n := titleAt(toks, k)
		if n == 0 && toks[k].lower() && !named {
			// "bốn phó chủ tịch UBND tỉnh, gồm các ông: A, B": a count
			// before it makes the lower-case title a post; the list must
			// follow (checked below).
			t, n = titleAtAnyCase(toks, k)
		}
		if n == 0 || t.sharesHead {
			continue
		}
		e := listColon(toks, k+n+pastTermAt(toks, k+n))
		if e < 0 && named {
			if m, found := parseOrg(x.s.Text, toks, k+n, 0); found && !m.generic && m.hasLevel && m.j+1 < len(toks) && toks[m.j].is("là") {
				if _, ok := nameAt(toks, m.j+1); ok {
					k = x.holdersListed(toks, m.j+1, collapseSpace(textOf(x.s.Text, toks, k, k+n)), m, used) - 1
					continue
				}
			}
		}
		var body orgMatch
		ok := false
		if e < 0 {
			// "các Phó Bí thư Tỉnh ủy tỉnh này gồm các ông: A, B": the body
			// right after the post.
			m, found := parseOrg(x.s.Text, toks, k+n, 0)
			if !found || m.generic || !m.hasLevel {
				continue
			}
			if e = listColon(toks, m.j+asRuledAt(toks, m.j)); e < 0 {
				continue
			}
			body, ok = m, true
		} else {
			body, ok = x.bodyBefore(toks, k)
		}
		if !ok {
			continue
		}
		k = x.holdersListed(toks, e, collapseSpace(textOf(x.s.Text, toks, k, k+n)), body, used) - 1
	}
}

// listColon returns the token after the colon that opens a list of names
// at toks[q] (", gồm các ông:", ":"), or after "là các ông" ("6 Phó Chủ
// tịch là các ông A, B và C"), or -1.
func listColon(toks []token, q int) int {
	if q+3 < len(toks) && toks[q].is("là") && toks[q+1].is("các") {
		if n := comrade.matchAt(toks, q+2); (n > 0 || toks[q+2].is("ông") || toks[q+2].is("bà")) && toks[q+2+max(n, 1)].capitalized() {
			return q + 2 + max(n, 1)
		}
	}
	start := q
	for _, w := range []string{",", "gồm", "các", "ông"} {
		if q < len(toks) && (toks[q].is(w) || w == "ông" && (toks[q].is("bà") || toks[q].is("đồng"))) {
			q++
			if toks[q-1].is("đồng") && q < len(toks) && toks[q].is("chí") {
				q++
			}
		}
	}
	if q+1 < len(toks) && toks[q].is(":") {
		return q + 1
	}
	if q+1 < len(toks) && q > start && (toks[q-1].is("ông") || toks[q-1].is("bà") || toks[q-1].is("chí")) && grouped(toks, start, q) && isSurname(toks[q]) && toks[q+1].capitalized() {
		// "các Phó Chủ tịch gồm các ông A; B, C": "gồm" and the
		// word for the people open the list without a colon.
		return q
	}
	return -1
}

// grouped reports whether toks[start:q] open a list with "gồm" and then
// the word for the people ("gồm các ông", "gồm các đồng chí").
func grouped(toks []token, start, q int) bool {
	for k := start; k < q; k++ {
		if toks[k].is("gồm") {
			return true
		}
	}
	return false
}

// pastTermAt returns how many tokens at toks[k] say which term a post
// listed was held in, "khóa trước", "khóa mới": 2, else 0.
func pastTermAt(toks []token, k int) int {
	if k+1 < len(toks) && toks[k].fold == "khoa" && toks[k].lower() && (toks[k+1].is("trước") || toks[k+1].is("mới") || toks[k+1].is("cũ")) {
		return 2
	}
	return 0
}

// asRuledAt returns 3 when toks[k] opens "theo quy định" (as the rules
// fix), written between a post's body and the list of its holders ("đủ số
// Phó Chủ tịch UBND tỉnh theo quy định, gồm các ông: …"), else 0.
func asRuledAt(toks []token, k int) int {
	if k+2 < len(toks) && toks[k].is("theo") && toks[k+1].is("quy") && toks[k+2].is("định") {
		return 3
	}
	return 0
}

// bodyBefore returns the body named last before toks[k] in its sentence.
func (x *extractor) bodyBefore(toks []token, k int) (orgMatch, bool) {
	for q := k - 1; q >= 0 && q >= k-25; q-- {
		if toks[q].is(".") || toks[q].is(":") {
			break // ";" does not end it: "Chủ tịch UBND tỉnh X là ông A; 5 Phó Chủ tịch gồm các ông: …"
		}
		if m, ok := parseOrg(x.s.Text, toks, q, 0); ok && !m.generic && m.hasLevel && m.j <= k {
			return m, true
		}
	}
	return orgMatch{}, false
}

// holdersListed reads the names listed from toks[q], each holding title in
// body unless its parentheses give its own post, and returns the token
// after the list.
func (x *extractor) holdersListed(toks []token, q int, title string, body orgMatch, used []bool) int {
	for q < len(toks) {
		if isIntroducer(toks, q) {
			// "03 Phó Chủ tịch UBND tỉnh gồm: ông A, ông B và ông C":
			// each name with its own "ông".
			n := max(comrade.matchAt(toks, q), 1)
			if q+n < len(toks) && toks[q+n].capitalized() {
				q += n
			}
		}
		j, ok := nameAt(toks, q)
		if !ok || x.isPlace(toks, q, j) {
			break
		}
		pm := posMatch{title: title, org: body, hasOrg: true, start: toks[q].start, end: toks[j-1].end}
		end := j
		if j+1 < len(toks) && toks[j].is("(") {
			if pms, pe := parseTitles(x.s.Text, toks, j+1); len(pms) == 1 && pe < len(toks) && toks[pe].is(")") {
				// "Y Ngọc (Phó chủ tịch Thường trực)": the post is hers.
				own := pms[0]
				if !own.hasOrg {
					own.org, own.hasOrg = body, true
				}
				pm, end = own, pe+1
			}
		}
		key := x.addPerson(Person{Name: nameCase(textOf(x.s.Text, toks, q, j)), Span: spanOf(x.s.Text, toks[q].start, toks[j-1].end)})
		x.addPosition(key, pm, toks)
		x.insertMention(mention{key, toks[q].start, toks[end-1].end})
		markUsed(used, q, end)
		q = end
		if q+1 < len(toks) && (toks[q].is("-") || toks[q].is("–")) {
			// "…: A - Trưởng Ban Tuyên giáo Tỉnh ủy; B - …": a post of
			// the holder's own after a dash (read with the apposition),
			// then the list goes on.
			if pms, pe := parseTitles(x.s.Text, toks, q+1); len(pms) > 0 && pe < len(toks) && toks[pe].is(";") {
				q = pe
			}
		}
		if q+1 >= len(toks) || !(toks[q].is(",") || toks[q].is("và") || toks[q].is(";") && isSurname(toks[q+1]) && toks[q+1].capitalized()) {
			break // ";" parts the names too when the next is one: "A; B, C"
		}
		q++
		if q+1 < len(toks) && toks[q].is("các") {
			// "… và các Phó chủ tịch: C, D": the list goes on under that post.
			tn := 0
			if _, tn = titleAt(toks, q+1); tn == 0 {
				break
			}
			e := listColon(toks, q+1+tn)
			if e < 0 {
				break
			}
			title, q = collapseSpace(textOf(x.s.Text, toks, q+1, q+1+tn)), e
		}
	}
	return q
}

// insertMention records m in order of position, as the mentions are kept.
func (x *extractor) insertMention(m mention) {
	n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= m.start })
	if n < len(x.mentions) && x.mentions[n].start == m.start {
		return // already recorded
	}
	x.mentions = append(x.mentions, mention{})
	copy(x.mentions[n+1:], x.mentions[n:])
	x.mentions[n] = m
}

// delegationPhrases are the names of a province's delegation of the
// Quốc hội as a joint office writes them.
var delegationPhrases = []phrase{newPhrase("Đoàn Đại biểu Quốc hội"), newPhrase("Đoàn ĐBQH")}

// jointOffice reads the office a province's delegation of the Quốc hội
// shares with its council, and with its people's committee where they
// were merged: "Văn phòng Đoàn Đại biểu Quốc hội và HĐND thành phố Đà
// Nẵng", "Văn phòng đoàn ĐBQH và HĐND tỉnh Quảng Ngãi", "Văn phòng Đoàn
// ĐBQH –HĐND - UBND tỉnh Long An": one body, placed as its last council
// is (round 49).
func jointOffice(text string, toks []token, i int) (orgMatch, bool) {
	if i+4 >= len(toks) || toks[i].text != "Văn" || !toks[i+1].is("phòng") {
		return orgMatch{}, false
	}
	if i > 0 && toks[i-1].fold == "chanh" {
		return orgMatch{}, false // "Chánh Văn phòng Đoàn ĐBQH - HĐND tỉnh": a title's own office, no body
	}
	k := i + 2
	n := anyAt(delegationPhrases, toks, k)
	if n == 0 {
		return orgMatch{}, false
	}
	k += n
	joined := func(k int) bool {
		return k+1 < len(toks) && (toks[k].is("và") || toks[k].is("-") || toks[k].is("–"))
	}
	if !joined(k) || !toks[k+1].is("HĐND") {
		return orgMatch{}, false
	}
	k++
	if joined(k+1) && toks[k+2].is("UBND") {
		k += 2 // "HĐND - UBND tỉnh": the last council names the place
	}
	p, ok := parseOrg(text, toks, k, 0)
	if !ok || p.generic || !p.hasLevel || p.unit == "" && p.region == "" {
		return orgMatch{}, false
	}
	c := p
	c.i = i
	c.base = collapseSpace(textOf(text, toks, i, k)) + " " + p.base
	return c, true
}

// councilFields are the fields a council's committees are named by,
// folded: "Ban Dân tộc", "Ban Kinh tế - Ngân sách", "Ban Văn hóa - Xã
// hội", "Ban Pháp chế", "Ban Đô thị".
var councilFields = [][]string{
	{"dan", "toc"}, {"phap", "che"}, {"kinh", "te", "ngan", "sach"}, {"van", "hoa", "xa", "hoi"}, {"do", "thi"},
}

// councilFieldEnd returns the end of a council committee's field written
// from toks[k], a dash or "và" allowed between its words ("Kinh tế và
// ngân sách", "Văn hóa-xã hội"), or k.
func councilFieldEnd(toks []token, k int) int {
	for _, f := range councilFields {
		q, ok := k, true
		for n, w := range f {
			if n > 0 && q+1 < len(toks) && (toks[q].is("-") || toks[q].is("–") || toks[q].is("và")) && toks[q+1].fold == w {
				q++
			}
			if q >= len(toks) || toks[q].fold != w || !toks[q].word {
				ok = false
				break
			}
			q++
		}
		if ok {
			return q
		}
	}
	return k
}

// councilCommitteesOf reads a council's committees named bare, one or a
// list parted by commas or "và", then "của" and the council: "Ban Dân tộc
// của HĐND tỉnh", "các Ban kinh tế ngân sách, Ban Pháp chế, Ban văn hóa
// xã hội của HĐND tỉnh khóa VIII", after a word in lower case (a verb's
// object). Each is that council's, its term too;
// it returns them and the index of "của", where reading goes on, or nil
// (round 50). After a title ("Trưởng ban Pháp chế của HĐND tỉnh") the
// body is read with the post, as before.
func councilCommitteesOf(text string, toks []token, i int) ([]orgMatch, int) {
	if !toks[i].is("Ban") || i == 0 || !toks[i-1].lower() || toks[i-1].fold == "truong" || toks[i-1].fold == "pho" || toks[i-1].fold == "vien" {
		// Named as a verb's object only ("thành lập", "bầu … cho các"):
		// a board opening its sentence ("Ban Pháp chế của HĐND tỉnh … đã
		// khảo sát") stays round 36's guard.
		return nil, 0
	}
	type item struct{ i, j int }
	var items []item
	k := i
	for {
		if k+1 >= len(toks) || !toks[k].is("Ban") {
			return nil, 0
		}
		e := councilFieldEnd(toks, k+1)
		if e == k+1 {
			return nil, 0
		}
		items = append(items, item{k, e})
		k = e
		if k+1 < len(toks) && (toks[k].is(",") || toks[k].is("và")) && toks[k+1].is("Ban") {
			k++
			continue
		}
		break
	}
	if k+1 >= len(toks) || !toks[k].is("của") {
		return nil, 0
	}
	c, ok := parseOrg(text, toks, k+1, 0)
	if !ok || c.generic || c.i != k+1 || !councilHead(c.head) || !strings.HasPrefix(textvi.Fold(c.base), "hdnd") && !strings.HasPrefix(textvi.Fold(c.base), "hoi dong nhan dan") {
		return nil, 0
	}
	var out []orgMatch
	for _, it := range items {
		b := c
		b.i = it.i
		b.base = collapseSpace(textOf(text, toks, it.i, it.j)) + " " + c.base
		b.head = orgHead{words: []string{"Ban"}}
		out = append(out, b)
	}
	return out, k
}
