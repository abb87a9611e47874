// This file holds the rules that read counts of recipients: a count of
// bodies and people ("23 tập thể và 23 cá nhân", "20 tập thể, cá nhân"),
// numbers in words ("một tập thể và bốn cá nhân"), households and
// families, totals and their splits ("(gồm 10 tập thể và 20 cá nhân)",
// "trong đó có …", a total restated later), counts of awards given, a
// count shared by titles in quotes, lists opened by a count ("39 tập thể
// … gồm:") and the names that follow a count ("Đó là …", "là A, B").

package importer

import (
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// staffNouns are the people of a unit an award's count may go to, past
// those individual counts: "cho cán bộ, sĩ quan của đơn vị", "cho
// nguyên thủ trưởng các đơn vị".
var staffNouns = []phrase{newPhrase("sĩ quan"), newPhrase("chiến sĩ"), newPhrase("thủ trưởng"), newPhrase("quân nhân"),
	newPhrase("cán bộ"), newPhrase("công chức"), newPhrase("viên chức"), newPhrase("người lao động")}

// awardsCounted reads the count of an award given, written before its
// name, as the count of its recipients when they are named after "cho"
// only by what they are: "trao 98 Huy chương Quân kỳ Quyết thắng cho cán
// bộ, sĩ quan của đơn vị" is 98 people (round 26); of bodies ("cho các
// đơn vị"), as many bodies. Who receives must be a plain noun of people
// or bodies: a name, a count of its own or anything else is left to the
// other rules.
func (x *extractor) awardsCounted(toks []token, s, i, end, e int) []Recipient {
	c := countedBefore(toks, i)
	if c == i || c-1 < s || !(toks[c-1].is("trao") || toks[c-1].is("tặng") || toks[c-1].is("thưởng")) {
		return nil
	}
	n, err := strconv.Atoi(toks[c].text)
	if err != nil || n < 2 || end >= e || !toks[end].is("cho") {
		return nil
	}
	k := end + 1
	for k < e && (toks[k].is("các") || toks[k].is("những") || toks[k].is("nguyên")) {
		k++
	}
	if _, _, ok := countAt(toks, k, e); ok || k >= e {
		return nil
	}
	matches := func(ps []phrase) bool {
		return slices.ContainsFunc(ps, func(p phrase) bool { return p.matchAt(toks, k) > 0 })
	}
	cnt := Count{Total: n}
	switch {
	case matches(individual) || matches(staffNouns):
		cnt.Individuals = &n
	case matches(collectives):
		cnt.Collectives = &n
	default:
		return nil
	}
	return []Recipient{{Count: &cnt, Span: spanOf(x.s.Text, toks[c].start, toks[c].end)}}
}

// splitByGiving replaces a count by its parts in parentheses after it
// when each part says how it is given and they add up to it: "cho 337
// mẹ (65 mẹ được trao tặng, 272 mẹ được truy tặng)" is 65 and 272
// (round 26). Each part is a count of the total's kind, then words up to
// "," ";" "và" or ")" that give ("tặng", "phong", "truy").
func (x *extractor) splitByGiving(toks []token, rs []Recipient, e int) []Recipient {
	if len(rs) == 0 || rs[len(rs)-1].Count == nil {
		return rs
	}
	r := rs[len(rs)-1]
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= r.Span.byte+len(r.Span.Text) })
	if k >= e || !toks[k].is("(") {
		return rs
	}
	var parts []Recipient
	sum := 0
	for q := k + 1; q < e; {
		c, next, ok := countAt(toks, q, e)
		if !ok || (c.Individuals == nil) != (r.Count.Individuals == nil) || (c.Collectives == nil) != (r.Count.Collectives == nil) {
			return rs
		}
		gives := false
		j := next
		for ; j < e && j < next+8 && !(toks[j].is(",") || toks[j].is(";") || toks[j].is("và") || toks[j].is(")")); j++ {
			gives = gives || toks[j].is("tặng") || toks[j].is("phong") || toks[j].is("truy")
		}
		if !gives || j >= e {
			return rs
		}
		parts = append(parts, Recipient{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)})
		sum += c.Total
		if toks[j].is(")") {
			break
		}
		q = j + 1
	}
	if len(parts) < 2 || sum != r.Count.Total {
		return rs
	}
	return append(rs[:len(rs)-1:len(rs)-1], parts...)
}

// splitRestatedTotals replaces an award's count by its parts when a
// later sentence of the story, within 150 tokens, restates the total
// after "tổng (số)" and splits it by how each part is given: "… cho 44
// mẹ. … Trong tổng 44 mẹ lần này, 11 mẹ được trao tặng, 33 mẹ được truy
// tặng." is 11 and 33 (round 32). The parts read as splitByGiving's, up
// to the sentence's end, and must add up to the total. The story is
// tokenized only when an award has a count (storyTokens).
func (x *extractor) splitRestatedTotals() {
	for ai := range x.s.Awards {
		for ri := 0; ri < len(x.s.Awards[ai].Recipients); ri++ {
			r := x.s.Awards[ai].Recipients[ri]
			if r.Count == nil || r.Count.Total < 2 {
				continue
			}
			if parts := restatedSplit(x.s.Text, x.storyTokens(), r); len(parts) > 0 {
				rs := slices.Concat(x.s.Awards[ai].Recipients[:ri:ri], parts, x.s.Awards[ai].Recipients[ri+1:])
				x.s.Awards[ai].Recipients = rs
				ri += len(parts) - 1
			}
		}
	}
}

// restatedSplit returns the parts a later sentence splits r's count into,
// as splitRestatedTotals reads them, or nil.
func restatedSplit(text string, toks []token, r Recipient) []Recipient {
	same := func(c Count) bool {
		return (c.Individuals == nil) == (r.Count.Individuals == nil) && (c.Collectives == nil) == (r.Count.Collectives == nil)
	}
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= r.Span.byte+len(r.Span.Text) })
	for t := k; t < len(toks) && t < k+150; t++ {
		if toks[t].fold != "tong" {
			continue
		}
		q := t + 1
		if q < len(toks) && toks[q].is("số") {
			q++
		}
		_, e := sentenceBounds(toks, q)
		c, next, ok := countAt(toks, q, e)
		if !ok || c.Total != r.Count.Total || !same(c) {
			continue
		}
		for next < e && next < q+8 && !toks[next].is(",") {
			next++ // "… 44 mẹ lần này,"
		}
		if next >= e {
			return nil
		}
		var parts []Recipient
		sum := 0
		for p := next + 1; p < e; {
			c, nx, ok := countAt(toks, p, e)
			if !ok || !same(c) {
				return nil
			}
			gives := false
			j := nx
			for ; j < e && j < nx+8 && !(toks[j].is(",") || toks[j].is("và")); j++ {
				gives = gives || toks[j].is("tặng") || toks[j].is("phong") || toks[j].is("truy")
			}
			if !gives {
				return nil
			}
			parts = append(parts, Recipient{Count: &c, Span: spanOf(text, toks[p].start, toks[nx-1].end)})
			sum += c.Total
			if j >= e {
				break
			}
			p = j + 1
		}
		if len(parts) < 2 || sum != r.Count.Total {
			return nil
		}
		return parts
	}
	return nil
}

// splitIntro opens the split of a total by kind: "(gồm …", ", gồm …",
// ", trong đó (có) …".
var splitIntro = []phrase{newPhrase("gồm"), newPhrase("gồm có"), newPhrase("trong đó có"), newPhrase("trong đó")}

// splitTotal replaces a total across kinds by its split when the split
// follows it: "cho 30 tập thể, cá nhân (gồm 10 tập thể và 20 cá nhân)",
// "… 30 tập thể và cá nhân, trong đó có 10 tập thể và 20 cá nhân": the
// parts are the award's recipients, not the total.
func (x *extractor) splitTotal(toks []token, rs []Recipient, e int) []Recipient {
	if len(rs) == 0 {
		return rs
	}
	// A count split by state into parts that add up to it ("cho 405 bà
	// mẹ, gồm 88 mẹ còn sống và 317 mẹ đã qua đời"): the parts replace
	// it, and the parts the list after it read already (round 38).
	for j, r := range rs {
		if r.Count == nil {
			continue
		}
		q := splitAfter(toks, r)
		if q < 0 {
			continue
		}
		parts := x.countParts(toks, q, stopAt(toks, q), r.Count.Total)
		if parts == nil {
			continue
		}
		last := parts[len(parts)-1].Span
		out := append(append([]Recipient{}, rs[:j]...), parts...)
		for _, o := range rs[j+1:] {
			if o.Count != nil && o.Span.byte >= parts[0].Span.byte && o.Span.byte < last.byte+len(last.Text) {
				continue
			}
			out = append(out, o)
		}
		return out
	}
	r := rs[len(rs)-1]
	if r.Count == nil || r.Count.Collectives != nil || r.Count.Individuals != nil {
		return rs
	}
	q := splitAfter(toks, r)
	if q < 0 {
		return rs
	}
	end := stopAt(toks, q)
	c, next, ok := countAt(toks, q, end)
	if !ok || c.Total != r.Count.Total || c.Collectives == nil || c.Individuals == nil {
		return rs
	}
	split := Recipient{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}
	return append(rs[:len(rs)-1:len(rs)-1], split)
}

// splitAfter returns the token after what opens a split right after the
// count r ("(gồm", ", trong đó có", a colon after them), or -1.
func splitAfter(toks []token, r Recipient) int {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= r.Span.byte+len(r.Span.Text) })
	if k < len(toks) && toks[k].is("Việt") {
		k = heroTitleEnd(toks, k) // "cho 584 bà mẹ Việt Nam anh hùng, trong đó 13 mẹ …" (round 48)
	}
	if k >= len(toks) || !(toks[k].is("(") || toks[k].is(",")) {
		return -1
	}
	n := 0
	for _, p := range splitIntro {
		if m := p.matchAt(toks, k+1); m > n {
			n = m
		}
	}
	if n == 0 {
		return -1
	}
	q := k + 1 + n
	if q < len(toks) && toks[q].is(":") {
		q++
	}
	return q
}

// countParts reads two counts or more from toks[q], parted by "và" or a
// comma, each with what it says of those it counts ("gồm 88 mẹ còn sống
// và 317 mẹ đã qua đời"), and returns them when they add up to total: a
// total of one kind split by state, whose parts are the recipients
// (round 38). Else nil.
func (x *extractor) countParts(toks []token, q, e, total int) []Recipient {
	var parts []Recipient
	sum := 0
	for q < e {
		c, next, ok := countAt(toks, q, e)
		if !ok {
			break
		}
		parts = append(parts, Recipient{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)})
		sum += c.Total
		q = e
		for k := next; k+1 < e && k < next+6; k++ {
			if toks[k].is(";") || toks[k].is("(") || toks[k].is(")") || isDigits(toks[k].text) {
				break
			}
			if toks[k].is("và") || toks[k].is(",") {
				if _, _, ok := countAt(toks, k+1, e); ok {
					q = k + 1
					break
				}
			}
		}
	}
	if len(parts) < 2 || sum != total {
		return nil
	}
	if x.stateParts == nil {
		x.stateParts = map[int]bool{}
	}
	for _, r := range parts {
		x.stateParts[r.Span.byte] = true
	}
	return parts
}

// dropStateSplitTotals drops an award's count that another sentence split
// into parts of a state (countParts): "cho 405 mẹ; trong đó có 88 mẹ còn
// sống" in the lead, then "cho 405 bà mẹ, gồm 88 mẹ còn sống và 317 mẹ
// đã qua đời": the parts are the recipients, not the total (round 38).
func (x *extractor) dropStateSplitTotals() {
	if len(x.stateParts) == 0 {
		return
	}
	for ai := range x.s.Awards {
		sum := 0
		for _, r := range x.s.Awards[ai].Recipients {
			if r.Count != nil && x.stateParts[r.Span.byte] {
				sum += r.Count.Total
			}
		}
		if sum == 0 {
			continue
		}
		x.s.Awards[ai].Recipients = keep(x.s.Awards[ai].Recipients, func(r Recipient) bool {
			return r.Count == nil || x.stateParts[r.Span.byte] || r.Count.Total != sum
		})
	}
}

// namingNext opens a sentence that names those the sentence before
// counted: "Đó là …", "Cụ thể: …", "Cụ thể là …".
var namingNext = []phrase{newPhrase("Đó là"), newPhrase("Cụ thể là"), newPhrase("Cụ thể"), newPhrase("Gồm"), newPhrase("Bao gồm")}

// namedNext reads the people and bodies named in the sentence after one
// that ends with a count of an award's recipients: "… tặng Bằng khen cho
// 3 tập thể. Đó là Trường A, Trạm B và Phòng C." Counts there are
// another list's (tiers, kinds), not names. A count that is the subject
// of the award at toks[i], the only recipient before it, is named next as
// well: "9 văn nghệ sĩ … được tặng Bằng khen …, kèm theo tiền thưởng. Đó
// là: A; B; …" (round 41).
func (x *extractor) namedNext(toks []token, rs []Recipient, i, e int) []Recipient {
	if len(rs) == 0 || rs[len(rs)-1].Count == nil || e+1 >= len(toks) || !toks[e].is(".") {
		return nil
	}
	last := rs[len(rs)-1].Span
	subject := len(rs) == 1 && last.byte+len(last.Text) <= toks[i].start
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= last.byte+len(last.Text) })
	if k != e && !citationTo(toks, k, e) && !subject && !ownPlace(toks, k, e) {
		return nil // the count does not end the sentence
	}
	n := anyAt(namingNext, toks, e+1)
	if n == 0 {
		total := rs[len(rs)-1].Count.Total
		if n = countNamedNext(toks, e+1, total); n == 0 {
			return nil
		}
		if ps := x.peopleIntroduced(toks, e+1+n, stopAt(toks, e+1+n)); len(ps) == total {
			// "Sáu người ấy là ông A, (sinh năm 1950, …) với 24 năm
			// theo nghề; ông B (…) và ông C …": each introduced by "ông",
			// "bà", between the clauses that tell of them, as many as
			// counted.
			return ps
		}
	}
	l := e + 1 + n
	if l < len(toks) && toks[l].is(":") {
		l++
	} else if !toks[l-1].is("là") {
		return nil // "Cụ thể" and "Gồm" before a colon only
	}
	var out []Recipient
	for _, r := range x.recipientList(toks, l, stopAt(toks, l), true) {
		if r.Count == nil {
			out = append(out, r)
		}
	}
	return out
}

// peopleIntroduced returns the people toks[l:le] name after "ông",
// "bà", "anh", "chị" or "đồng chí", each once.
func (x *extractor) peopleIntroduced(toks []token, l, le int) []Recipient {
	var out []Recipient
	seen := map[string]bool{}
	for k := l; k < le; k++ {
		if personIntroAt(toks, k) == 0 {
			continue
		}
		if r, ok := x.personAfter(toks, k, le); ok && !seen[r.Person] {
			seen[r.Person] = true
			out = append(out, r)
		}
	}
	return out
}

// namedNextParagraph reads a paragraph that opens with "N người ấy là"
// after one that ends with a count of N recipients ("… cho 6 cá nhân của
// tỉnh.¶Sáu người ấy là ông A, (sinh năm 1950, …); ông B …"): the people
// it introduces go to the count's award, when they are as many as counted
// (round 50).
func (x *extractor) namedNextParagraph(toks []token) {
	if len(toks) < 5 || toks[0].start == 0 || !toks[1].is("người") {
		return // not "N người ấy là" (countNamedNext): the story's tokens are not needed
	}
	st := x.storyTokens()
	q := sort.Search(len(st), func(q int) bool { return st[q].start >= toks[0].start })
	if q < 2 || q >= len(st) || st[q].start != toks[0].start || !st[q-1].is(".") {
		return
	}
	end := q - 1
	if end >= 2 && ownPlace(st, end-2, end) {
		end -= 2
	}
	total := 0
	for b := end - 1; b >= 0 && b >= end-4; b-- {
		if c, k, ok := countAt(st, b, end); ok && k == end && isDigits(st[b].text) {
			total = c.Total
			break
		}
	}
	n := countNamedNext(toks, 0, total)
	if total == 0 || n == 0 {
		return
	}
	ps := x.peopleIntroduced(toks, n, stopAt(toks, n))
	if len(ps) != total {
		return
	}
	for ai := len(x.s.Awards) - 1; ai >= 0; ai-- {
		for _, r := range x.s.Awards[ai].Recipients {
			if r.Count != nil && r.Count.Total == total {
				x.addRecipients(ai, ps)
				return
			}
		}
	}
}

// ownPlace reports whether toks[k:e] only say whose those counted are,
// up to the sentence's end: "cho 6 cá nhân của tỉnh." (round 50).
func ownPlace(toks []token, k, e int) bool {
	if e-k != 2 || !toks[k].is("của") {
		return false
	}
	switch toks[k+1].fold {
	case "tinh", "huyen", "xa", "phuong", "nganh":
		return toks[k+1].lower()
	}
	return false
}

// countNamedNext returns the length of "Sáu người ấy là", "6 người đó
// là" at toks[k], opening a sentence that names those the sentence
// before counted, when its number is that count (round 50); or 0.
func countNamedNext(toks []token, k, total int) int {
	if k+4 >= len(toks) || !toks[k+1].is("người") || !(toks[k+2].is("ấy") || toks[k+2].is("này") || toks[k+2].is("đó")) || !toks[k+3].is("là") {
		return 0
	}
	v, err := strconv.Atoi(toks[k].text)
	if err != nil {
		v = numberWord(toks[k])
	}
	if v != total || v == 0 {
		return 0
	}
	return 4
}

// citationTo reports whether toks[k:e] only cite what those counted did,
// up to the sentence's end: "cho 06 cá nhân đã có nhiều cống hiến, hy
// sinh vì sự nghiệp giải phóng dân tộc" (round 34), in words and commas
// without a verb of giving.
func citationTo(toks []token, k, e int) bool {
	if k < e && toks[k].is("đã") {
		k++
	}
	if e-k < 2 || e-k > 30 || !toks[k].is("có") {
		return false
	}
	for q := k + 1; q < e; q++ {
		if !toks[q].word && !toks[q].is(",") || toks[q].is("được") || toks[q].is("cho") {
			return false
		}
	}
	return !hasVerb(toks, k+1, e)
}

// among is "trong đó có", "trong số đó (chỉ) có": those a count counts,
// some of them named.
var among = []phrase{newPhrase("trong đó có"), newPhrase("trong số đó có"), newPhrase("trong số đó chỉ có"), newPhrase("trong đó chỉ có")}

// amongThem reads the people and bodies named after a count of recipients
// as some of those it counts: "cho 183 mẹ trên địa bàn thành phố; trong
// số đó chỉ có mẹ A hiện còn sống", "cho 7 cá nhân, trong đó có ông B".
func (x *extractor) amongThem(toks []token, rs []Recipient, e int) []Recipient {
	if len(rs) == 0 || rs[len(rs)-1].Count == nil {
		return nil
	}
	last := rs[len(rs)-1].Span
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= last.byte+len(last.Text) })
	for ; k < len(toks) && k <= e+1; k++ {
		if n := anyAt(among, toks, k); n > 0 && toks[k-1].is(",") || n > 0 && toks[k-1].is(";") {
			var out []Recipient
			for _, r := range x.recipientList(toks, k+n, stopAt(toks, k+n), false) {
				if r.Count == nil {
					out = append(out, r)
				}
			}
			return out
		}
		if !toks[k].word && !toks[k].is(",") && !toks[k].is(";") {
			return nil
		}
	}
	return nil
}

// honouring is what an occasion's clause names its recipients with: ", để
// vinh danh 40 cựu chiến binh", ", tôn vinh 12 cá nhân".
var honouring = []phrase{newPhrase("để vinh danh"), newPhrase("vinh danh"), newPhrase("để tôn vinh"), newPhrase("tôn vinh")}

// badgesCounted reads the number right before a Party badge of a tier at
// toks[i], an item of a list after the members given the badges
// ("… đảng viên …; trong đó có 1 Huy hiệu 75 năm tuổi Đảng, 2 Huy hiệu 70
// năm tuổi Đảng"): as many members as badges. The members are named in
// the sentence before the list, within 80 tokens (a list of nine tiers);
// the last item may follow "và" ("…, 37 Huy hiệu 40 năm và 19 Huy hiệu 30
// năm tuổi Đảng", round 32).
func badgesCounted(toks []token, s, i int) (Count, bool) {
	if i < 2 || i-1 < s || badge.matchAt(toks, i) == 0 || !isDigits(toks[i-1].text) || len(toks[i-1].text) > 3 {
		return Count{}, false
	}
	if p := toks[i-2]; !(p.is(",") || p.is(";") || p.is(":") || p.is("có") || p.is("gồm") || p.is("và")) {
		return Count{}, false
	}
	if tiers, _ := badgeTiers(toks, i+len(badge)); len(tiers) == 0 {
		return Count{}, false
	}
	for k := i - 2; k >= 0 && k > i-80 && !(toks[k].is(".") && !abbrevDot(toks, k)); k-- {
		if partyMember.matchAt(toks, k) > 0 {
			n, _ := strconv.Atoi(toks[i-1].text)
			if n == 0 {
				return Count{}, false
			}
			return Count{Total: n, Individuals: &n}, true
		}
	}
	return Count{}, false
}

// sharedCount is a count shared by titles in quotes: where it begins, in
// bytes, and the titles, folded.
type sharedCount struct {
	at     int
	titles []string
}

// quoteOpen returns the opening quote of the name whose closing quote is
// toks[c], within a short name, or -1.
func quoteOpen(toks []token, c int) int {
	if c < 0 || c >= len(toks) || !isQuote(toks[c].text) {
		return -1
	}
	for q := c - 1; q >= 0 && q > c-25; q-- {
		if isQuote(toks[q].text) {
			return q
		}
	}
	return -1
}

// sharedTotals drops the count shared by titles in quotes ("danh hiệu
// “A” và “B” cho 623 cá nhân", recorded on the first) when the story
// gives one of the titles a count of its own ("… 07 nghệ nhân được phong
// tặng B"): the shared count is then the titles' total, which the text
// splits in part, and the parts are marked, not the total.
func (x *extractor) sharedTotals() {
	for _, sc := range x.shared {
		first, shared, own := -1, -1, false
		for ai := range x.s.Awards {
			f := textvi.Fold(x.s.Awards[ai].Name)
			if !slices.ContainsFunc(sc.titles, func(t string) bool { return strings.Contains(f, t) }) {
				continue
			}
			for ri, r := range x.s.Awards[ai].Recipients {
				if r.Count == nil {
					continue
				}
				if r.Span.byte >= sc.at && r.Span.byte < sc.at+40 && shared < 0 {
					first, shared = ai, ri // the count right after the titles
				} else {
					own = true
				}
			}
		}
		if shared >= 0 && own {
			x.s.Awards[first].Recipients = slices.Delete(x.s.Awards[first].Recipients, shared, shared+1)
		}
	}
}

// countOpens reports whether a count of recipients starts at toks[q].
func countOpens(toks []token, q, e int) bool {
	_, _, ok := countAt(toks, q, e)
	return ok
}

// countEndsItem reports whether the paragraph ends, from toks[q], with
// a count alone: "…: 02 tập thể", the item of a numbered list of awards
// whose recipients are the lines that follow.
func countEndsItem(toks []token, q int) bool {
	_, next, ok := countAt(toks, q, len(toks))
	if !ok {
		return false
	}
	for next < len(toks) && (toks[next].is(":") || toks[next].is(";") || toks[next].is(",")) {
		next++
	}
	return next == len(toks)
}

// families are what a count of households counts: "2 gia đình", "15 hộ
// gia đình".
var families = []phrase{newPhrase("gia đình"), newPhrase("hộ gia đình"), newPhrase("hộ")}

// familiesBefore returns how many tokens from toks[q] count families
// before a count the gold lists take ("cho 2 gia đình, 12 cá nhân"):
// households are no collective and no individual, so the list goes on
// past them to the count after. It returns 0 when no such count follows.
func familiesBefore(toks []token, q, e int) int {
	if q >= e || !isDigits(toks[q].text) {
		return 0
	}
	for _, f := range families {
		m := f.matchAt(toks, q+1)
		if m == 0 || q+1+m >= e || !(toks[q+1+m].is(",") || toks[q+1+m].is("và")) {
			continue
		}
		if _, _, ok := countAt(toks, q+2+m, e); ok {
			return 2 + m
		}
	}
	return 0
}

// countedLists gives the award the story named last each list a later
// sentence opens with a count and a colon, the count included: "Theo
// quyết định, 39 tập thể … gồm: Trường A; Trường B", "Huyện X có 5
// trường hợp: bà A (SN 1890), bà B", "… mỗi địa phương có 1 trường hợp,
// gồm: bà C". A sentence that names its own award is the award rules'.
func (x *extractor) countedLists(toks []token) {
	if len(x.s.Awards) == 0 {
		return
	}
	for k := 1; k < len(toks); k++ {
		if x.mothersNamedAlone(toks, k) {
			continue
		}
		l := k + 1 // where the list's items start
		if !toks[k].is(":") {
			// "12 mẹ được truy tặng gồm các mẹ A (phường 1), B (phường
			// 2) …": "gồm các" and the class of those listed, then their
			// names, opens a list as a colon does (round 48).
			switch {
			case !toks[k-1].is("gồm"):
				continue
			case listClass(toks, k, len(toks)) > k:
				l = listClass(toks, k, len(toks))
			case countedRightBefore(toks, k-1) && x.orgNamedAt(toks, k):
				// "4 tập thể gồm Trường A (huyện B), Trường C (huyện D)
				// cùng 43 cá nhân được nhận Bằng khen …": the count, "gồm"
				// and a body named right after it list those the award
				// named later in the sentence goes to (round 49); with no
				// award named there, nothing is read.
				if a := x.awardLaterIn(toks, k); a >= 0 {
					x.addRecipients(a, x.listOf(toks, k, stopAt(toks, k), false, false))
				}
				continue
			default:
				continue
			}
		}
		s, _ := sentenceBounds(toks, k)
		c := k
		for c > s && c > k-4 && (toks[c-1].is("gồm") || toks[c-1].is("có") || toks[c-1].is("là") || toks[c-1].is("sau") || toks[c-1].is("như") || toks[c-1].is("thể") && c-2 > s && toks[c-2].is("cụ") || toks[c-1].is(",")) {
			if toks[c-1].is("thể") {
				c--
			}
			c--
		}
		// The count ends where the introducer starts: "39 tập thể có
		// thành tích … gồm:" is read from the count to the colon.
		var count []Recipient
		had := false // "có" right before the count: "tỉnh A có 3 nhà giáo, gồm:"
		for q := s; q < c && count == nil; q++ {
			if n, next, ok := countAt(toks, q, c); ok && (next == c || c < k && next < c && (!hasVerb(toks, next, c) || (q == s || toks[q-1].is("có")) && passiveOnly(toks, next, c))) {
				count = []Recipient{{Count: &n, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}}
				had = q > s && toks[q-1].is("có")
			}
		}
		if count == nil {
			continue
		}
		named := false
		for q := s; q < k; q++ {
			named = named || x.awardAt(toks[q].start)
		}
		if l == len(toks) {
			// "Trong 570 nhà giáo được phong tặng Nhà giáo Ưu tú, tỉnh A
			// có 3 nhà giáo, gồm:" ending its paragraph: a place's share,
			// its people listed one a line after it (round 45), of the
			// award the sentence names again, else of the award named
			// last.
			if a := x.awardRetold(toks, s, k); had && !named && x.open.award < 0 {
				x.addRecipients(a, count)
				x.open = openList{at: -1, award: a}
			}
			continue
		}
		if named {
			// The award rules gave the count to the award the sentence
			// names: the names after the colon are those it counts
			// ("Nhận Huy hiệu 75 năm tuổi Đảng có 2 đảng viên: ông A,
			// …, và ông B, …"), and go to the same award (round 38).
			if a := x.countedAward(count[0].Span); a >= 0 {
				x.addRecipients(a, x.listOf(toks, l, stopAt(toks, l), true, true))
			}
			continue
		}
		// Items parted by semicolons go on past one no rule reads, as
		// the clauses after "cho" do. The list goes to the award whose
		// name the count writes again ("06 Nghệ nhân nhân dân trong số
		// đó gồm: …", round 48), else to the mothers' title when it
		// counts mothers, else to the award named last.
		x.addRecipients(x.listedAward(toks, s, c), append(count, x.listOf(toks, l, stopAt(toks, l), true, true)...))
	}
}

// mothersNamedAlone reads the mothers a clause names after "là mẹ" when
// what comes before "là" speaks of the mothers given the title ("Trong
// các mẹ được vinh danh đợt này, chỉ còn 2 người đang sống là mẹ A và
// B", "Người mẹ VNAH được phong tặng lần này là mẹ C, quê ở …; …"),
// with no count of its own: the names go to the mothers' title, as Gold
// lists mark them, and the count of the living (a part of the total
// with no other part given) is not marked (round 49). It reports whether
// toks[k] opened such a list. Not read: a clause that names no mothers
// or no giving before "là" ("Bí thư chi bộ là mẹ A"), a story without
// the mothers' title.
func (x *extractor) mothersNamedAlone(toks []token, k int) bool {
	if !(toks[k].is("là") && k+2 < len(toks) && toks[k+1].is("mẹ") && toks[k+2].capitalized() && toks[k+2].word) {
		return false
	}
	s, e := sentenceBounds(toks, k)
	cs := s
	for c := k - 1; c > s; c-- {
		if toks[c].is(";") {
			cs = c + 1
			break
		}
	}
	before := " " + textvi.Fold(textOf(x.s.Text, toks, cs, k)) + " "
	if !(strings.Contains(before, " me ") || strings.Contains(before, " nguoi ")) || !(strings.Contains(before, " duoc ") || strings.Contains(before, " song ")) {
		return false
	}
	a := -1
	for i := len(x.s.Awards) - 1; i >= 0; i-- {
		if strings.Contains(textvi.Fold(x.s.Awards[i].Name), "me viet nam anh hung") {
			a = i
			break
		}
	}
	if a < 0 {
		return false
	}
	ce := e
	for c := k + 1; c < e; c++ {
		if toks[c].is(";") {
			ce = c
			break
		}
	}
	var rs []Recipient
	for _, r := range x.listOf(toks, k+1, ce, false, false) {
		if r.Person != "" {
			rs = append(rs, r)
		}
	}
	x.addRecipients(a, rs)
	return len(rs) > 0
}

// passiveOnly reports whether toks[q:e] is only a passive giving with no
// award named: "được truy tặng", "được phong tặng", "được trao giải"
// and a comma ("10 tác giả được truy tặng, gồm: …", round 48).
func passiveOnly(toks []token, q, e int) bool {
	if q >= e || !toks[q].is("được") {
		return false
	}
	k := q + 1
	for k < e && (toks[k].is("phong") || toks[k].is("truy") || toks[k].is("trao")) {
		k++
	}
	if k < e && toks[k].is("tặng") {
		k++
	}
	if k < e && toks[k].is(",") {
		k++
	}
	return k == e && k > q+1
}

// listedAward is the award a list opened by a count in toks[s:e] goes
// to, when the sentence names none: the award whose name it writes
// again, else the State's title for mothers when the count counts
// mothers ("12 mẹ được truy tặng gồm …"), else the award named last
// (round 48).
func (x *extractor) listedAward(toks []token, s, e int) int {
	if i, ok := x.awardWrittenAgain(toks, s, e); ok {
		return i
	}
	if strings.Contains(" "+textvi.Fold(textOf(x.s.Text, toks, s, e))+" ", " me ") {
		for i := len(x.s.Awards) - 1; i >= 0; i-- {
			if strings.Contains(textvi.Fold(x.s.Awards[i].Name), "me viet nam anh hung") {
				return i
			}
		}
	}
	return len(x.s.Awards) - 1
}

// awardRetold is the last award whose name the words toks[s:e] write
// again ("… được phong tặng nhà giáo Ưu tú lần này"), or else the award
// named last (round 45).
func (x *extractor) awardRetold(toks []token, s, e int) int {
	if i, ok := x.awardWrittenAgain(toks, s, e); ok {
		return i
	}
	return len(x.s.Awards) - 1
}

// awardWrittenAgain is the last award whose name, its "Danh hiệu" and
// issuer aside, the words toks[s:e] write again.
func (x *extractor) awardWrittenAgain(toks []token, s, e int) (int, bool) {
	text := " " + textvi.Fold(textOf(x.s.Text, toks, s, e)) + " "
	for i := len(x.s.Awards) - 1; i >= 0; i-- {
		name, _, _ := strings.Cut(strings.TrimPrefix(textvi.Fold(x.s.Awards[i].Name), "danh hieu "), " cua ")
		if strings.Contains(text, " "+name+" ") {
			return i, true
		}
	}
	return 0, false
}

// countedAward is the award of the last few that a count spanning sp
// went to, or -1.
func (x *extractor) countedAward(sp Span) int {
	for i := len(x.s.Awards) - 1; i >= 0 && i >= len(x.s.Awards)-8; i-- {
		for _, r := range x.s.Awards[i].Recipients {
			if r.Count != nil && r.Span.byte == sp.byte && r.Span.Text == sp.Text {
				return i
			}
		}
	}
	return -1
}

// namedAfterCount returns the token after what introduces the names of
// those a count at toks[..q] counts: "là", "gồm (có)", "sau:", ":";
// else q.
func namedAfterCount(toks []token, q, e int) int {
	k := q
	if k < e && toks[k].is(",") {
		k++
	}
	switch {
	case k < e && toks[k].is("là"):
		k++
	case k+1 < e && toks[k].is("đó") && toks[k+1].is("là"):
		k += 2 // "cho 3 cá nhân, đó là: ông A, bà B"
	case k < e && toks[k].is("gồm"):
		k++
		if k < e && toks[k].is("có") {
			k++
		}
	case k < e && toks[k].is("sau"):
		k++
		if k >= e || !toks[k].is(":") {
			return q
		}
	case k < e && (toks[k].is("của") || toks[k].is("thuộc")):
		// "cho 6 cá nhân của tỉnh Tiền Giang: bà A, …; ông B, …": where
		// those counted are from, then each of them after the colon.
		c := k + 1
		for c < e && c < k+8 && toks[c].word {
			c++
		}
		if c == k+1 || c >= e || !toks[c].is(":") {
			return q
		}
		k = c
	}
	if k < e && toks[k].is(":") {
		k++
	}
	if k == q || k >= e {
		return q
	}
	return k
}

// namedAfterPraise returns where those a count counts are named after
// what they did, from toks[q]: "cho 02 tập thể có thành tích xuất sắc
// trong công tác năm 2019 là A, B"; else q. Only words come between.
func (x *extractor) namedAfterPraise(toks []token, q, e int) int {
	if q >= e || !toks[q].lower() || toks[q].is("là") {
		return q
	}
	for k := q + 1; k+1 < e && k < q+20 && toks[k].word; k++ {
		if toks[k].is("là") {
			if x.readsAt(toks, k+1, e) {
				return k + 1
			}
			return q
		}
		if toks[k].is("gồm") {
			// "cho 2 cá nhân tham gia cách mạng từ năm 1935 về trước gồm:
			// ông A (…); ông B (…)": a list after the colon.
			c := k + 1
			if c < e && toks[c].is("có") {
				c++
			}
			if c+1 < e && toks[c].is(":") && x.readsAt(toks, c+1, e) {
				return c + 1
			}
			return q
		}
		if toks[k].is("tặng") || toks[k].is("trao") || toks[k].is("cho") {
			return q
		}
	}
	return q
}

// numberWords are the numbers a story writes in words before what it
// counts: "một tập thể và bốn cá nhân", "hai cá nhân".
var numberWords = map[string]int{"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}

// numberWord is the number t writes in words, or 0.
func numberWord(t token) int {
	if !t.word || len(t.text) > 6 {
		return 0
	}
	return numberWords[strings.ToLower(t.text)]
}

// countAt reads a count of recipients at toks[q], before toks[e]: "23 tập
// thể", "5 cá nhân", "23 tập thể và 23 cá nhân", "20 tập thể, cá nhân".
func countAt(toks []token, q, e int) (Count, int, bool) {
	digits := func(s string) int {
		v := 0
		for _, r := range s {
			v = v*10 + int(r-'0')
		}
		return v
	}
	// num reads a number at toks[k] and returns it and the token after it.
	num := func(k int) (int, int, bool) {
		if k < e {
			if v := numberWord(toks[k]); v > 0 {
				return v, k + 1, true // "cho một tập thể và bốn cá nhân"
			}
		}
		// "1.500" and "2,5" are one number; "Năm 2024, 15 tập thể" two.
		if k >= e || !isDigits(toks[k].text) || len(toks[k].text) > 5 || k > 0 && toks[k-1].end == toks[k].start && (toks[k-1].is(".") || toks[k-1].is(",") && k > 1 && isDigits(toks[k-2].text)) {
			return 0, k, false
		}
		v := digits(toks[k].text)
		if k+2 < e && len(toks[k].text) <= 3 && toks[k+1].is(".") && len(toks[k+2].text) == 3 && isDigits(toks[k+2].text) && toks[k].end == toks[k+1].start && toks[k+1].end == toks[k+2].start {
			return v*1000 + digits(toks[k+2].text), k + 3, true // "1.780 cá nhân"
		}
		if k+2 < e && toks[k+1].is("/") && isDigits(toks[k+2].text) && len(toks[k+2].text) <= 5 && toks[k].end == toks[k+1].start && toks[k+1].end == toks[k+2].start && digits(toks[k+2].text) >= v {
			// "cho 21/23 cá nhân": those of the considered who receive it.
			return v, k + 3, v > 0
		}
		return v, k + 1, v > 0
	}
	ind := func(k int) int {
		for _, p := range individual {
			if n := p.matchAt(toks, k); n > 0 && k+n <= e {
				return n
			}
		}
		if k < e && toks[k].is("người") && (k+1 == e || toks[k+1].is("được") || toks[k+1].is("nhận") || toks[k+1].is("vinh") || !toks[k+1].word) {
			// "159 người được trao tặng Huy hiệu …": a count of people, but
			// only before its verb or the end of a clause, for "3 người
			// con" and "100 người dân" count no recipients.
			return 1
		}
		if k+3 < e && toks[k].is("người") && (toks[k+1].is("trong") || toks[k+1].is("trên")) && (toks[k+2].is("cả") && toks[k+3].is("nước") || toks[k+2].is("toàn") && toks[k+3].is("quốc")) {
			// "cho 547 người trong cả nước", "300 người trên toàn quốc":
			// people counted across the nation, the scope after them
			// (round 45); "người" before other words still counts none.
			return 1
		}
		if k < e && (toks[k].is("mẹ") || toks[k].is("Mẹ")) {
			return 1 // "cho 4 Mẹ": the mothers of an honorary title
		}
		if comradeShort(toks, k, e) {
			return 3 // "gồm 3 đ/c 65 tuổi Đảng": "đồng chí" written short (round 49)
		}
		if k+1 < e && (toks[k].is("ông") || toks[k].is("bà")) && toks[k+1].capitalized() && !toks[k+1].is("Mẹ") {
			// "cho 2 ông A - … và B - …": the people counted, then named
			// (round 26).
			return 1
		}
		if k+1 < e && (toks[k].is("bà") || toks[k].is("Bà")) && (toks[k+1].is("mẹ") || toks[k+1].is("Mẹ")) {
			return 2
		}
		if k+1 < e && toks[k].is("thầy") && toks[k+1].is("cô") {
			if k+2 < e && toks[k+2].is("giáo") {
				return 3 // "80 thầy cô giáo"
			}
			return 2 // "80 thầy cô"
		}
		if k+3 < e && toks[k].is("thầy") && toks[k+1].is(",") && toks[k+2].is("cô") && toks[k+3].is("giáo") {
			return 4 // "80 thầy, cô giáo"
		}
		return 0
	}
	col := func(k int) int {
		for _, p := range collectives {
			if n := p.matchAt(toks, k); n > 0 && k+n <= e {
				return n
			}
		}
		return 0
	}
	a, q1, ok := num(q)
	if !ok {
		return Count{}, q, false
	}
	joined := func(k int) bool { return k < e && (toks[k].is(",") || toks[k].is("và")) }
	// A count of several nouns of one kind is of that kind, of nouns of
	// both kinds of no kind: "22 làng, khu dân cư", "18 cơ quan, đơn vị,
	// doanh nghiệp", "142 hội viên, dòng họ hiếu học, chi hội khuyến học"
	// (a word or two may describe each).
	if k, cols, inds := nounsAfter(toks, q1, e, col, ind); cols+inds > 1 {
		switch {
		case inds == 0:
			return Count{Total: a, Collectives: &a}, k, true
		case cols == 0:
			return Count{Total: a, Individuals: &a}, k, true
		}
		return Count{Total: a}, k, true
	}
	if n := col(q1); n > 0 {
		k := q1 + n
		if joined(k) {
			if m := ind(k + 1); m > 0 {
				return Count{Total: a}, k + 1 + m, true // "20 tập thể, cá nhân"
			}
			if b, k2, ok := num(k + 1); ok {
				if m := ind(k2); m > 0 {
					return Count{Total: a + b, Collectives: &a, Individuals: &b}, k2 + m, true
				}
			}
		}
		return Count{Total: a, Collectives: &a}, k, true
	}
	if n := ind(q1); n > 0 {
		k := q1 + n
		if joined(k) {
			if b, k2, ok := num(k + 1); ok {
				if m := col(k2); m > 0 {
					return Count{Total: a + b, Collectives: &b, Individuals: &a}, k2 + m, true
				}
			}
		}
		return Count{Total: a, Individuals: &a}, k, true
	}
	return Count{}, q, false
}

// nounsAfter reads the nouns a count counts at toks[q], parted by ",", each maybe with up to two lower-case words describing it; it
// returns the token after the last noun and how many nouns of bodies
// and of people it read.
func nounsAfter(toks []token, q, e int, col, ind func(int) int) (end, cols, inds int) {
	k, fams := q, 0
	done := func() (int, int, int) {
		if fams > 0 && cols+inds > 0 {
			return end, cols + fams, inds + fams // families beside bodies: no kind
		}
		return end, cols, inds
	}
	for {
		if n := col(k); n > 0 {
			cols++
			k += n
		} else if n := ind(k); n > 0 {
			inds++
			k += n
		} else if n := households(toks, k, e); n > 0 {
			fams++
			k += n
		} else {
			break
		}
		end = k
		for d := 0; d <= 2; d++ {
			// Not "và": "1.780 cá nhân và tập thể lao động tiên tiến cho
			// 88 tập thể" starts another conferral.
			if k+d+1 < e && toks[k+d].is(",") && (col(k+d+1) > 0 || ind(k+d+1) > 0 || households(toks, k+d+1, e) > 0) {
				k += d + 1
				break
			}
			if d == 2 || k+d >= e || !toks[k+d].word || toks[k+d].text != strings.ToLower(toks[k+d].text) {
				return done()
			}
		}
	}
	return done()
}

// describedCountBefore reads a count that opens its clause and is
// described at length before the verb at toks[p]: "142 gia đình, dòng
// họ hiếu học, chi hội khuyến học tiêu biểu trong tỉnh tham dự đại hội
// được UBND tỉnh tặng …". The words between tell who they are, not what
// they did, so they hold no verb and no figure.
func (x *extractor) describedCountBefore(toks []token, s, p int) []Recipient {
	for q := max(s, p-30); q < p; q++ {
		if q > s && !toks[q-1].is(";") && !toks[q-1].is(",") || !isDigits(toks[q].text) && numberWord(toks[q]) == 0 {
			continue // the count in figures or in words ("Năm nghệ nhân thuộc loại hình … được trao tặng", round 53)
		}
		c, next, ok := countAt(toks, q, p)
		if !ok || next >= p || hasVerb(toks, next, p) {
			continue
		}
		plain, contributed := true, anyAt(contributions, toks, next) > 0
		for k := next; k < p && plain; k++ {
			plain = toks[k].word && toks[k].text == strings.ToLower(toks[k].text) && !isDigits(toks[k].text) ||
				contributed && contributionWord(toks[k])
		}
		if plain {
			return []Recipient{{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}}
		}
	}
	return nil
}

// contributions open what those counted gave, not what they did: "9 văn
// nghệ sĩ có nhiều đóng góp tích cực vào sự nghiệp phát triển Văn học
// nghệ thuật tỉnh Thừa Thiên Huế giai đoạn 1975-2010 được tặng …" (round
// 41). Their field and its span of years may be named.
var contributions = []phrase{newPhrase("có nhiều đóng góp"), newPhrase("có đóng góp"), newPhrase("đã có nhiều đóng góp"),
	newPhrase("có nhiều cống hiến"), newPhrase("có công")}

// contributionWord reports whether t may stand in a contribution's
// citation: a word, capitalized or not, or a year and the dash of a span
// ("1975-2010").
func contributionWord(t token) bool {
	return t.word || t.is("-") || isDigits(t.text) && len(t.text) == 4
}

// households reads "gia đình" or "hộ gia đình" at toks[k]: a family is
// neither a body nor a person, so a count of families alone counts no
// recipients (the gold lists leave most out), but a count of families
// and bodies ("142 gia đình, dòng họ, chi hội khuyến học") is of no kind.
func households(toks []token, k, e int) int {
	for _, p := range []phrase{newPhrase("hộ gia đình"), newPhrase("gia đình")} {
		if n := p.matchAt(toks, k); n > 0 && k+n <= e {
			return n
		}
	}
	return 0
}

// counts reports whether count c already says what d says, split: "10
// tập thể" is in "10 tập thể, 13 cá nhân" (a list's "10 tập thể được
// tặng … gồm:" after the lead's count).
func counts(c, d Count) bool {
	same := func(a, b *int) bool { return a != nil && b != nil && *a == *b }
	switch {
	case d.Collectives != nil && d.Individuals == nil:
		return same(c.Collectives, d.Collectives)
	case d.Individuals != nil && d.Collectives == nil:
		return same(c.Individuals, d.Individuals)
	}
	return splitOf(c, d)
}

// headlineCounts gives the counts of a decision the lead tells without
// naming its award ("… vừa ký Quyết định khen thưởng 13 tập thể và 7 cá
// nhân …") to the one award of the story, named only in the headline
// ("Tặng Bằng khen cho tập thể, cá nhân …", round 40). Guards: the story
// names that one award and no other, in its title line, with no count of
// its own; the count follows "khen thưởng" in the lead.
func (x *extractor) headlineCounts() {
	if len(x.s.Awards) != 1 || !x.s.TitleGiven || x.s.Lead == "" {
		return
	}
	a := &x.s.Awards[0]
	if a.Span.byte >= len(x.s.Title) {
		return
	}
	for _, r := range a.Recipients {
		if r.Count != nil {
			return
		}
	}
	text := x.s.Text
	from := strings.Index(text, x.s.Lead)
	if from < 0 || from < len(x.s.Title) {
		return
	}
	to := from + len(x.s.Lead)
	toks := x.storyTokens()
	e := sort.Search(len(toks), func(k int) bool { return toks[k].start >= to })
	for k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= from }); k+2 < e; k++ {
		if !toks[k].is("khen") || !toks[k+1].is("thưởng") {
			continue
		}
		if c, end, ok := countAt(toks, k+2, e); ok {
			x.addRecipients(0, []Recipient{{Count: &c, Span: spanOf(text, toks[k+2].start, toks[end-1].end)}})
		}
		return
	}
}

// dropSplitLater drops an award's count when a later sentence of the
// story counts the same award's recipients in parts that add up to it:
// "… phong tặng và truy tặng danh hiệu A cho 570 cá nhân. Cụ thể, Quyết
// định số 1 phong tặng danh hiệu A cho 561 nghệ nhân …; còn Quyết định
// số 2 truy tặng danh hiệu A cho 9 cá nhân …": the text gives the split,
// and the parts are the recipients, not the total (round 46; as
// splitRestatedTotals, without "tổng"). The parts are two or more of the
// award's counts in the first sentence (ended by a full stop or a line's
// end) after the total's, within 600 bytes, that splits it by decision:
// it names a decision ("Quyết định") for each of two parts at least.
// Other counts of that sentence ("(Kon Tum có 30 người)") may be left out
// of the sum. A count of collectives is split only by counts of
// collectives, and individuals by individuals. A split by state within
// one decision ("Cụ thể, 57 mẹ được phong tặng … và 262 mẹ được truy
// tặng …") keeps its total: the gold lists mark it beside its parts
// (heldout23's Long An, heldout43's Phú Yên).
func (x *extractor) dropSplitLater() {
	text := x.s.Text
	sentenceOf := func(at int) (int, int) {
		s := max(strings.LastIndex(text[:at], ". "), strings.LastIndex(text[:at], "\n")) + 1
		e := len(text)
		for _, sep := range []string{". ", ".\n", "\n"} {
			if i := strings.Index(text[at:], sep); i >= 0 {
				e = min(e, at+i)
			}
		}
		return s, e
	}
	for ai := range x.s.Awards {
		rs := x.s.Awards[ai].Recipients
		var counts []Recipient
		for _, r := range rs {
			if r.Count != nil {
				counts = append(counts, r)
			}
		}
		if len(counts) < 3 {
			continue
		}
		sort.SliceStable(counts, func(i, j int) bool { return counts[i].Span.byte < counts[j].Span.byte })
		drop := map[int]bool{}
		for i, r := range counts {
			if r.Count.Total < 2 {
				continue
			}
			_, end := sentenceOf(r.Span.byte)
			var parts []int
			start := -1
			for _, c := range counts[i+1:] {
				if c.Span.byte < end || c.Span.byte > r.Span.byte+600 {
					continue
				}
				s, e := sentenceOf(c.Span.byte)
				if start >= 0 && s != start {
					break
				}
				if start < 0 && strings.Count(text[s:e], "Quyết định") < 2 {
					break // not split by decision
				}
				start = s
				if (c.Count.Collectives != nil) == (r.Count.Collectives != nil) && c.Count.Total < r.Count.Total {
					parts = append(parts, c.Count.Total)
				}
			}
			if len(parts) < 2 || len(parts) > 10 {
				continue
			}
			for m := 1; m < 1<<len(parts); m++ {
				if bits.OnesCount(uint(m)) < 2 {
					continue
				}
				sum := 0
				for b, p := range parts {
					if m&(1<<b) != 0 {
						sum += p
					}
				}
				if sum == r.Count.Total {
					drop[r.Span.byte] = true
					break
				}
			}
		}
		if len(drop) > 0 {
			x.s.Awards[ai].Recipients = keep(rs, func(r Recipient) bool { return r.Count == nil || !drop[r.Span.byte] })
		}
	}
}

// comradeShort reports whether "đ/c", "đồng chí" written short, stands at
// toks[k] (before e), its three tokens unspaced.
func comradeShort(toks []token, k, e int) bool {
	return k+2 < e && (toks[k].is("đ") || toks[k].is("Đ")) && toks[k+1].is("/") && toks[k+2].is("c") && toks[k].end == toks[k+1].start && toks[k+1].end == toks[k+2].start
}

// countedRightBefore reports whether a count of recipients ends right
// before toks[g] ("4 tập thể gồm …").
func countedRightBefore(toks []token, g int) bool {
	for q := max(0, g-4); q < g; q++ {
		if _, next, ok := countAt(toks, q, g); ok && next == g {
			return true
		}
	}
	return false
}

// orgNamedAt reports whether an organization of the story is named at
// toks[k].
func (x *extractor) orgNamedAt(toks []token, k int) bool {
	if !toks[k].capitalized() {
		return false
	}
	_, _, ok := x.orgAt(toks, toks[k].start)
	return ok
}

// awardLaterIn is the award named first after toks[k] in its sentence,
// found by its name as the text writes it there (an award named again
// keeps the span of its first mention), or -1.
func (x *extractor) awardLaterIn(toks []token, k int) int {
	_, e := sentenceBounds(toks, k)
	e = min(e, len(toks))
	for q := k + 1; q < e; q++ {
		if !toks[q].capitalized() && !toks[q].lower() {
			continue
		}
		at := textvi.Fold(x.s.Text[toks[q].start:toks[e-1].end])
		best, n := -1, 0
		for i, a := range x.s.Awards {
			if f := textvi.Fold(a.Name); strings.HasPrefix(at, f) && len(f) > n {
				best, n = i, len(f)
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}
