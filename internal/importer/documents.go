package importer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// Document kinds, as the content model spells them.
const (
	DocDirective  = "DIRECTIVE"
	DocResolution = "RESOLUTION"
	DocConclusion = "CONCLUSION"
	DocDecision   = "DECISION"
	DocRegulation = "REGULATION"
	DocPlan       = "PLAN"
	DocOther      = "OTHER"
)

// Document is a party or state document a story refers to.
type Document struct {
	Code       string // "05-CT/TW"
	Kind       string
	Title      string
	IssuedOn   *time.Time
	Issuer     *Org
	Span       Span
	start, end int // bytes of the whole reference, title included
}

// Key identifies a document: its folded code.
func (d Document) Key() string { return textvi.Fold(d.Code) }

var docKinds = map[string]string{
	"chi thi": DocDirective, "nghi quyet": DocResolution, "ket luan": DocConclusion,
	"quyet dinh": DocDecision, "quy dinh": DocRegulation, "ke hoach": DocPlan,
	"nghi dinh": DocOther, "thong tu": DocOther, "cong van": DocOther, "huong dan": DocOther,
	"de an": DocPlan, "chuong trinh": DocPlan,
	"to trinh": DocOther, "bao cao": DocOther, "thong bao": DocOther, "cong dien": DocOther, "van ban": DocOther, "thong tri": DocOther,
}

// codeKinds give the kind of a document written by its code alone
// ("(79/TTr-UBND)", "theo 1556/KH-UBND"): the code's kind letters.
var codeKinds = map[string]string{
	"CT": DocDirective, "NQ": DocResolution, "KL": DocConclusion, "QĐ": DocDecision, "QĐi": DocRegulation,
	"KH": DocPlan, "ĐA": DocPlan, "CTr": DocPlan,
	"TTr": DocOther, "BC": DocOther, "TB": DocOther, "CV": DocOther, "HD": DocOther, "CĐ": DocOther, "NĐ": DocOther, "TT": DocOther,
}

// bareCodeRe finds a document's code written without its kind word: a
// number (and a year), then the kind letters of codeKinds and its issuer,
// "2603/TTr-BNV", "219-QĐ/TU", "01/2024/NQ-HĐND".
var bareCodeRe = regexp.MustCompile(`\d{1,5}(?:/\d{4})?[/-](CT|NQ|KL|QĐi|QĐ|KH|ĐA|CTr|TTr|BC|TB|CV|HD|CĐ|NĐ|TT)[-/][\p{L}\d]*\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*`)

// letterCodeRe finds the code of an official letter after "số": a number,
// the issuer's letters and the letters (and digits) of the department that
// wrote it, "số 4011/UBND-VX2", "số 12/UBND-KT". Such codes carry no kind
// letters, so only "số" tells them from other slashed words.
var letterCodeRe = regexp.MustCompile(`\bsố\s+(\d{1,5}/\p{Lu}{2,6}-\p{Lu}{1,6}\d{0,2})`)

// datedCodeRe finds the code of a paper of any kind written after "số"
// and before its full date of issue: "Giấy báo tử số 6068/CS ngày
// 5-11-1977" (round 42). The date tells it from other slashed words.
var datedCodeRe = regexp.MustCompile(`\bsố\s+(\d{1,5}/\p{Lu}{1,6})\s+ngày\s+\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}`)

// docRe finds "Chỉ thị số 05-CT/TW", "Quyết định 2345/QĐ-UBND": a kind word,
// an optional "số", and a code with a digit, a separator and a letter.
//
// The Party's codes put a dash between the number and the kind ("04-ĐA/TU",
// "09-CTr/TU"), sometimes after a space ("Chỉ thị số 48 -CT/TW") or
// before one ("Chỉ thị số 18- CT/TW"): the code is stored without it; so is a space after the dash before the issuer's
// capitals ("Quyết định số 1903/QĐ- UBND").
var docRe = regexp.MustCompile(`(?i)(chỉ thị|nghị quyết|kết luận|quyết định|quy định|kế hoạch|nghị định|thông tư|công văn|hướng dẫn|đề án|chương trình|tờ trình|báo cáo|thông báo|công điện|văn bản|thông tri)\s+(?:số\s*)?(\d+(?: -\p{L}|(?-i:- \p{Lu}))?[\p{L}\d/.\-]*[-/][\p{L}\d/.\-]*\p{L}[\p{L}\d]*(?-i:- \p{Lu}{2,}(?:-\p{Lu}+)?)?)`)

// spacedDocRe finds a code whose number, kind letters and issuer's
// letters are parted by spaces around the slash or the dash, a dash that
// may be an en dash: "Hướng dẫn số 12/HD – UBND", "Kế hoạch số 07 /KH-
// UBND". docRe stops such a code at its first space; the code is stored
// without the spaces, the en dash as a dash.
var spacedDocRe = regexp.MustCompile(`(?i)(chỉ thị|nghị quyết|kết luận|quyết định|quy định|kế hoạch|nghị định|thông tư|công văn|hướng dẫn|đề án|chương trình|tờ trình|báo cáo|thông báo|công điện|văn bản|thông tri)\s+(?:số\s*)?(\d{1,5}(?:\s+/\s*|/\s+|/)(?-i:\p{Lu}\p{L}{0,3})(?:\s+[-–]\s*|[-–]\s+)(?-i:\p{Lu}{2,}(?:-\p{Lu}+)?))`)

// spacedCode is a code of spacedDocRe as docRe stores its codes.
func spacedCode(code string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(code), ""), "–", "-")
}

var issuedRe = regexp.MustCompile(`^\s*,?\s*ngày\s+(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})`)

// documentsIn finds documents in paragraph p (at byte base) and returns them;
// their issuers ("của Bộ Chính trị") are organizations of the story.
func (x *extractor) documentsIn(p string, base int, toks []token) []Document {
	var found []Document
	spaced := spacedDocRe.FindAllStringSubmatchIndex(p, -1)
	matches := slices.Clone(spaced)
	for _, m := range docRe.FindAllStringSubmatchIndex(p, -1) {
		if !slices.ContainsFunc(spaced, func(s []int) bool { return s[0] == m[0] }) {
			matches = append(matches, m)
		}
	}
	slices.SortFunc(matches, func(a, b []int) int { return a[0] - b[0] })
	for _, m := range matches {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); isWordRune(r) {
				continue
			}
		}
		code := strings.Replace(strings.ReplaceAll(p[m[4]:m[5]], "- ", "-"), " -", "-", 1)
		if slices.ContainsFunc(spaced, func(s []int) bool { return s[0] == m[0] }) {
			code = spacedCode(p[m[4]:m[5]])
		}
		d := Document{
			Code: code,
			Kind: docKinds[textvi.Fold(p[m[2]:m[3]])],
			Span: spanOf(x.s.Text, base+m[0], base+m[5]),
		}
		d.start, d.end = base+m[0], base+m[5]
		rest := m[5]
		if g := issuedRe.FindStringSubmatch(p[rest:]); g != nil {
			day, _ := strconv.Atoi(g[1])
			month, _ := strconv.Atoi(g[2])
			year, _ := strconv.Atoi(g[3])
			if t, ok := validDate(year, month, day); ok {
				d.IssuedOn = &t
			}
			rest += len(g[0])
		}
		after := strings.TrimLeft(p[rest:], " ")
		if strings.HasPrefix(after, "của ") {
			at := len(p) - len(after) + len("của ")
			if o, _, ok := x.orgAt(toks, base+at); ok {
				rest = at + len(o.Span.Text)
				o = x.addOrg(o)
				d.Issuer = &o
				after = strings.TrimLeft(p[rest:], " ")
			}
		}
		if strings.HasPrefix(after, "về ") {
			at := len(p) - len(after) + len("về ")
			title := docTitle(p[at:])
			d.Title = upperFirst(strings.Trim(title, "“”\" "))
			d.end = base + at + len(title)
		}
		found = append(found, d)
		if i, ok := x.docs[d.Key()]; ok {
			if x.s.Documents[i].Title == "" {
				x.s.Documents[i].Title = d.Title
			}
			if x.s.Documents[i].Issuer == nil {
				x.s.Documents[i].Issuer = d.Issuer
			}
			continue
		}
		if len(x.s.Documents) >= maxEntities {
			continue
		}
		x.docs[d.Key()] = len(x.s.Documents)
		x.s.Documents = append(x.s.Documents, d)
	}
	// Codes written without their kind word, outside the references above.
	var bare [][]int
	for _, m := range bareCodeRe.FindAllStringSubmatchIndex(p, -1) {
		bare = append(bare, m)
	}
	// An official letter's code is a bare code of the kind "công văn"; only
	// its code is kept (m[2:4] marks no kind letters).
	for _, m := range letterCodeRe.FindAllStringSubmatchIndex(p, -1) {
		bare = append(bare, []int{m[2], m[3], -1, -1})
	}
	for _, m := range datedCodeRe.FindAllStringSubmatchIndex(p, -1) {
		bare = append(bare, []int{m[2], m[3], -1, -1})
	}
	for _, m := range bare {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); isWordRune(r) || r == '/' || r == '-' || r == '.' {
				continue
			}
		}
		if after(p, m[1], func(r rune) bool { return isWordRune(r) || r == '/' }) {
			continue
		}
		inside := false
		for _, d := range found {
			if base+m[0] < d.end && base+m[1] > d.start {
				inside = true
			}
		}
		kind := DocOther
		if m[2] >= 0 {
			kind = codeKinds[p[m[2]:m[3]]]
		}
		d := Document{Code: p[m[0]:m[1]], Kind: kind, Span: spanOf(x.s.Text, base+m[0], base+m[1])}
		d.start, d.end = base+m[0], base+m[1]
		if _, ok := x.docs[d.Key()]; inside || ok || len(x.s.Documents) >= maxEntities {
			continue
		}
		found = append(found, d)
		x.docs[d.Key()] = len(x.s.Documents)
		x.s.Documents = append(x.s.Documents, d)
	}
	return found
}

// docTitle returns the title that starts s: a quotation, or the text up to
// the end of the clause.
func docTitle(s string) string {
	if strings.HasPrefix(s, "“") {
		if i := strings.Index(s, "”"); i > 0 {
			return s[:i+len("”")]
		}
	}
	if strings.HasPrefix(s, `"`) {
		if i := strings.Index(s[1:], `"`); i > 0 {
			return s[:i+2]
		}
	}
	end := len(s)
	for _, stop := range []string{";", ". ", "\n"} {
		if i := strings.Index(s, stop); i >= 0 && i < end {
			end = i
		}
	}
	t := strings.TrimRight(s[:end], ".")
	if utf8.RuneCountInString(t) > 300 {
		t = string([]rune(t)[:300])
	}
	return t
}
