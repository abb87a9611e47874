package importer

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// prefixedDateRe finds "Ngày 3-7", "chiều 29/11", "ngày 12.5", "sáng 5/3/2024".
var prefixedDateRe = regexp.MustCompile(`(?i)(ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay\s+)?\(?(\d{1,2})\s*([-/.])\s*(\d{1,2})(?:\s*[-/.]\s*(\d{4}))?`)

// slashDateRe finds "12/12" and "12/12/2023" without a word before them.
var slashDateRe = regexp.MustCompile(`(\d{1,2})/(\d{1,2})(?:/(\d{4}))?`)

// dottedDateRe finds a full date written with dots or dashes and no word
// before it: "7.11.1917", "7-11-2017".
var dottedDateRe = regexp.MustCompile(`(\d{1,2})([.-])(\d{1,2})([.-])(\d{4})`)

// roundDateRe finds a day and month written with a dash or a dot after the
// round or the holiday they name: "Huy hiệu Đảng đợt 2-9", "dịp Quốc
// khánh 2-9", "đợt 7.11". (A slash needs no word before it: slashDateRe.)
var roundDateRe = regexp.MustCompile(`(?i)(?:đợt|dịp|quốc\s+khánh|kỷ\s+niệm|lễ)\s+(\d{1,2})\s*[-.]\s*(\d{1,2})`)

// roundAheadRe ends with the round a day and month name ("trao Huy hiệu
// Đảng đợt 2/9", "dịp 19/5"): a page tells of the round it hands over ahead
// of the day, so that day up to two months after the clock is this year's,
// not last year's (round 53).
var roundAheadRe = regexp.MustCompile(`(?i)(?:^|\s)(?:đợt|dịp)\s+(?:ngày\s+)?$`)

// namedAfterDayRe ends with a place named after a day, which is no date:
// "Quảng trường 26/3", "đường 30/4", "Sân vận động 19/8".
var namedAfterDayRe = regexp.MustCompile(`(?i)(?:^|\s)(?:quảng\s+trường|đường|phố|công\s+viên|sân\s+vận\s+động|cầu)\s+$`)

// parenDateRe finds a day and month alone in parentheses after what they
// date: "Ngày thành lập Đảng (3-2)", "Quốc khánh (2/9)".
var parenDateRe = regexp.MustCompile(`\((\d{1,2})\s*[-/]\s*(\d{1,2})\)`)

// countAfterRe begins what a fraction counts, no date: the people, "4/4
// thành viên Tổ thư ký", "21/23 cá nhân", "45/47 đại biểu"; the targets and
// criteria a place meets, "cả 12/12 chỉ tiêu", "hoàn thành 9/9 tiêu chí";
// the places that meet them, "24/24 xã"; a share of a century, "Sau 1/3
// thế kỷ hai tỉnh … hợp nhất" (round 55).
var countAfterRe = regexp.MustCompile(`^\s+(?i:thế\s+kỷ|thế\s+kỉ|thành\s+viên|cá\s+nhân|tập\s+thể|đại\s+biểu|đảng\s+viên|đơn\s+vị|người|chỉ\s+tiêu|tiêu\s+chí|nhiệm\s+vụ|xã|phường|thị\s+trấn|huyện|thôn|bản|hộ)(?:[^\p{L}]|$)`)

// gradeBeforeRe ends with the schooling a résumé gives as grades passed
// over the grades of the system, no date: "trình độ học vấn 12/12", "văn
// hóa: 10/10", "giáo dục phổ thông 12/12" (round 32); and the grade of a
// war invalid or a sick soldier out of four, "thương binh hạng 2/4",
// "bệnh binh hạng 1/3" (round 38).
var gradeBeforeRe = regexp.MustCompile(`(?i)(?:học\s+vấn|văn\s+hóa|văn\s+hoá|phổ\s+thông|(?:^|[^\p{L}])hạng)\s*:?\s*$`)

// dayBeforeRe ends with the word that makes what follows a date, whatever
// comes after it: "ngày 9/9 xã tổ chức".
var dayBeforeRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])ngày\s+$`)

// namedDayRe is a day and month with a dash, then the day's name in
// parentheses: the yearly days a story lists, "dịp kỷ niệm: 03-2 (Ngày
// thành lập Đảng Cộng sản Việt Nam), 19-5 (Ngày sinh Chủ tịch Hồ Chí
// Minh) … và 7-11 (Ngày kỷ niệm Cách mạng tháng Mười Nga)".
var namedDayRe = regexp.MustCompile(`(\d{1,2})\s*-\s*(\d{1,2})\s*\(\s*(?i:ngày)\s`)

// dayNamedRe is a yearly day's name, then its day and month with a dash:
// "Ngày Nhà giáo Việt Nam 20-11", "Ngày Thầy thuốc Việt Nam 27-2" (round
// 42). The name opens with a capital after "Ngày" and has at most six
// words.
var dayNamedRe = regexp.MustCompile(`[Nn]gày\s+\p{Lu}\p{L}*(?:\s+\p{L}+){0,5}?\s+(\d{1,2})\s*-\s*(\d{1,2})`)

// rangeEndRe is the end of a range whose year is also the start's: "từ
// 26/10 đến 28/10/2020", "26/10 - 28/10/2020".
var rangeEndRe = regexp.MustCompile(`^\s*(?:đến|tới|-|–)\s*(?:(?:hết\s+)?ngày\s+)?\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(\d{4})`)

// fullRangeRe is a range of two full dates: "(3/2/1930-3/2/2024)",
// "7.11.1917 – 7.11.2017", and dashed dates split by a slash:
// "(22-12-1944/22-12-2023)".
var fullRangeRe = regexp.MustCompile(`(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4})\s*([-–]|/)\s*(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4})`)

// dayYearsRe is a day and month written once before a range of years, an
// anniversary's: "ngày thành lập Đảng 3/2 (1930-2023)" is 3/2/1930 and
// 3/2/2023.
var dayYearsRe = regexp.MustCompile(`(\d{1,2})\s*[/-]\s*(\d{1,2})\s*\((\d{4})\s*[-–]\s*(\d{4})\)`)

// dayRangeRe is a range of days of one month, the month written once:
// "từ ngày 1 đến 15/12", "ngày 1 - 15/12/2024", "ngày 2 và 3/9".
var dayRangeRe = regexp.MustCompile(`(?i)ngày\s+(\d{1,2})\s*(?:đến|tới|-|–|và|,)\s*(?:(?:hết\s+)?ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`)

// wordedDateRe finds a date written in words: "ngày 21 tháng 6 năm
// 2025", "Ngày 3 tháng 2", the style of a document's own text.
var wordedDateRe = regexp.MustCompile(`(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,?\s*năm\s+(\d{4}))?`)

// headingDateRe is a paragraph that is only a full date in words, the end
// of a document's heading whose "ngày" a line break left on the line
// before: "10 tháng 01 năm 2025".
var headingDateRe = regexp.MustCompile(`(?i)^\s*(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s*năm\s+(\d{4})\s*$`)

// codeYearBeforeRe is a document's code with its year ("26/2015/NĐ-CP",
// "12/2019/QĐ-UBND") right before a date ("ngày" may be read with the
// date or before it): the date is that document's, of that year.
var codeYearBeforeRe = regexp.MustCompile(`\d+/((?:19|20)\d{2})/\p{Lu}[\p{L}-]*\s+(?i:ngày\s+)?$`)

// docDays maps the day and month of each full date in text to its year,
// leaving out a day written with two years. It is read only when the
// story's year is unknown, that is when every full date of the text is a
// document's ("Quyết định số 251/QĐ-TTg ngày 26/3/2024").
func docDays(text string) map[[2]int]int {
	days := map[[2]int]int{}
	for _, g := range anyFullDateRe.FindAllStringSubmatch(text, maxEntities) {
		d, _ := strconv.Atoi(g[1])
		m, _ := strconv.Atoi(g[3])
		y, _ := strconv.Atoi(g[4])
		k := [2]int{d, m}
		if old, ok := days[k]; ok && old != y {
			y = 0
		}
		days[k] = y
	}
	return days
}

// stampBeforeRe and stampAfterRe are a clock time beside a date, parted
// from it by "|": the page's time stamp, "(09:05 | 17/08/2021)",
// "14/12/2018 | 10:05", no date of the story.
var (
	stampBeforeRe = regexp.MustCompile(`\d{1,2}:\d{2}\s*\|\s*$`)
	stampAfterRe  = regexp.MustCompile(`^\s*\|\s*\d{1,2}:\d{2}`)
	// stampClockRe is a clock time after a date that closes its
	// parentheses: "(MTO 2 - 26/02/2020 23:28)", the site's tag and time
	// stamp (round 41).
	stampClockRe = regexp.MustCompile(`^\s+\d{1,2}:\d{2}\s*\)`)
)

// decisionYear is the year of the full dates, in sentences that say one
// of words, from which day d of month m of that year lies a month or less
// away: after the date when after is true, before it when false. When
// they all give one year, that is the short date's; else 0.
//
// Award decisions come before their ceremony (and the ceremony that
// hands a decision over, "trao Quyết định số 19-QĐNS/TW ngày 21/2/2011",
// after it): "Sáng ngày 22/3" of a story
// whose "Quyết định số 1364 … ngày 17/3/2025 … đã quyết định tặng Kỷ niệm
// chương" is 2025's, and a document that confers nothing ("triển khai
// Quyết định số 12/QĐ-UBND ngày 20/11/2019") gives no year. A decision
// that ratifies ("phê chuẩn") comes after what it ratifies: the session
// "Ngày 21/11" of a story whose "Quyết định 1550/QĐ-TTg ngày 15/12/2022
// phê chuẩn kết quả miễn nhiệm" is 2022's.
func decisionYear(text string, d, m int, words []string, after bool) int {
	year := 0
	for _, g := range anyFullDateRe.FindAllStringSubmatchIndex(text, maxEntities) {
		s := strings.LastIndexAny(text[:g[0]], ".\n") + 1
		e := strings.IndexAny(text[g[1]:], ".\n")
		if e < 0 {
			e = len(text) - g[1]
		}
		sentence := text[s : g[1]+e]
		if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(sentence, w) }) {
			continue
		}
		dd, _ := strconv.Atoi(text[g[2]:g[3]])
		dm, _ := strconv.Atoi(text[g[6]:g[7]])
		y, _ := strconv.Atoi(text[g[8]:g[9]])
		t, ok := validDate(y, m, d)
		doc, ok2 := validDate(y, dm, dd)
		if !ok || !ok2 {
			continue
		}
		from, to := doc, doc.AddDate(0, 1, 0)
		if !after {
			from, to = doc.AddDate(0, -1, 0), doc
		}
		if t.Before(from) || t.After(to) {
			continue
		}
		if year != 0 && year != y {
			return 0
		}
		year = y
	}
	return year
}

// priorDateRe is a full date the story tells as before its event:
// "Trước đó, ngày 29-5-2025, …".
var priorDateRe = regexp.MustCompile(`(?:Trước đó|trước đó),?\s+(?:vào\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`)

// afterPriorYear is the year of a short date written at byte at, before
// a date the story tells as earlier than its event ("Sáng 16-1, … tổ
// chức lễ truy tặng … Trước đó, ngày 29-5-2025, Phó Chủ tịch nước đã ký
// quyết định …"): where the story's year is that date's and the short
// date would fall before it, the event is the next year's (round 42).
// 0 when no such date follows.
//
// A ceremony that hands over ("trao", "chuyển trao") what a decision
// conferred comes after that decision, wherever the story writes it:
// "Ngày 5/1, Sở … tổ chức Lễ trao tặng danh hiệu …" of a story whose
// titles were "phong tặng … theo Quyết định số 12/QĐ-CTN ngày 9/9/2022"
// is 2023's, not 2022's (round 46). The short date's own sentence must
// tell of handing over (sentence), and the decision's of a conferral
// ("Quyết định" with "tặng" or "khen thưởng"); a meeting or session
// ("Ngày 5/1, HĐND họp …") is not moved by a decision of later that year.
func afterPriorYear(text, sentence string, at, year, d, m int) int {
	t, ok := validDate(year, m, d)
	if !ok {
		return 0
	}
	for _, g := range priorDateRe.FindAllStringSubmatchIndex(text, maxEntities) {
		if g[0] < at {
			continue
		}
		pd, _ := strconv.Atoi(text[g[2]:g[3]])
		pm, _ := strconv.Atoi(text[g[4]:g[5]])
		py, _ := strconv.Atoi(text[g[6]:g[7]])
		prior, ok := validDate(py, pm, pd)
		if ok && py == year && t.Before(prior) {
			return year + 1
		}
	}
	if !handsOverRe.MatchString(sentence) {
		return 0
	}
	for _, g := range anyFullDateRe.FindAllStringSubmatchIndex(text, maxEntities) {
		py, _ := strconv.Atoi(text[g[8]:g[9]])
		if py != year {
			continue
		}
		if !conferringDecision(sentenceAround(text, g[0], g[1])) || !decisionDate(text, g[0]) {
			continue
		}
		pd, _ := strconv.Atoi(text[g[2]:g[3]])
		pm, _ := strconv.Atoi(text[g[6]:g[7]])
		if decided, ok := validDate(py, pm, pd); ok && t.Before(decided) {
			return year + 1
		}
	}
	return 0
}

// handsOverRe is a sentence that hands over an award: "trao", "chuyển
// trao", "trao tặng", "trao danh hiệu".
var handsOverRe = regexp.MustCompile(`(?:^|[^\p{L}])(?i:trao)(?:[^\p{L}]|$)`)

// decisionDate reports whether the full date at byte at of text is a
// decision's own: after the decision's code ("Quyết định số 12/QĐ-CTN
// ngày 9/9/2022") or opening the sentence that tells of it ("Ngày
// 27/6/2024, Chủ tịch nước đã có Quyết định số …"), not an anniversary
// the decision names ("… nhân kỷ niệm … (03/02/1930 - 03/02/2026)").
func decisionDate(text string, at int) bool {
	before := text[max(0, at-80):at]
	if strings.HasSuffix(strings.TrimSpace(before), "ngày") && documentBeforeRe.MatchString(before) {
		return true
	}
	s := strings.LastIndexAny(text[:at], ".\n") + 1
	lead := strings.ToLower(strings.TrimSpace(text[s:at]))
	return lead == "" || lead == "ngày"
}

// conferringDecision reports whether sentence names a decision that
// confers an award: "Quyết định số 614/QĐ-CTN về việc phong tặng …",
// "… được tặng … theo Quyết định số …".
func conferringDecision(sentence string) bool {
	return strings.Contains(sentence, "Quyết định") && (strings.Contains(sentence, "tặng") || strings.Contains(sentence, "khen thưởng"))
}

// sameDayYear is the latest year of the full dates of paragraph p on day
// d of month m, or 0.
func sameDayYear(p string, d, m int) int {
	year := 0
	for _, g := range anyFullDateRe.FindAllStringSubmatch(p, maxEntities) {
		dd, _ := strconv.Atoi(g[1])
		mm, _ := strconv.Atoi(g[3])
		if y, _ := strconv.Atoi(g[4]); dd == d && mm == m && y >= 1900 {
			year = max(year, y)
		}
	}
	return year
}

// announces reports whether the sentence of paragraph p around p[start:end]
// tells of a decision announced ("lễ công bố các quyết định").
func announces(p string, start, end int) bool {
	s := strings.LastIndexAny(p[:start], ".\n") + 1
	e := strings.IndexAny(p[end:], ".\n")
	if e < 0 {
		e = len(p) - end
	}
	return strings.Contains(p[s:end+e], "công bố")
}

// sentenceAround is the sentence of paragraph p around p[start:end].
func sentenceAround(p string, start, end int) string {
	s, e := sentenceSpan(p, start, end)
	return p[s:e]
}

// sentenceSpan is where the sentence of p around p[start:end] begins and
// ends: after the last full stop or line break before start, up to the
// first one after end (or p's end).
func sentenceSpan(p string, start, end int) (int, int) {
	s := strings.LastIndexAny(p[:start], ".\n") + 1
	e := strings.IndexAny(p[end:], ".\n")
	if e < 0 {
		e = len(p) - end
	}
	return s, end + e
}

// firstSessionRe is a sentence that tells of the first session of a
// term: "Ngày 15/6, HĐND tỉnh A khóa VIII, nhiệm kỳ 2021-2026 họp kỳ họp
// thứ nhất", "Kỳ họp thứ Nhất HĐND tỉnh B khóa XIX nhiệm kỳ 2021 - 2026
// ngày 22/6".
var firstSessionRe = regexp.MustCompile(`(?i)(?:nhiệm\s+kỳ\s+(\d{4})\s*[-–]\s*(\d{4})[^.\n;]{0,80}?kỳ\s+họp\s+thứ\s+(?:nhất|1)(?:[^\p{L}\d]|$)|kỳ\s+họp\s+thứ\s+(?:nhất|1)(?:[^\p{L}\d][^.\n;]{0,80}?)?nhiệm\s+kỳ\s+(\d{4})\s*[-–]\s*(\d{4}))`)

// firstSessionYear is the first year of the term whose first session the
// sentence of a short date tells of (see firstSessionRe), or 0. A term
// runs five years. A first session held after a merger ("… kỳ họp thứ
// nhất, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026, … sau khi sáp nhập A và
// B") is the merged council's, in the middle of its term: 0 (round 52).
func firstSessionYear(sentence string) int {
	g := firstSessionRe.FindStringSubmatch(sentence)
	if g == nil {
		return 0
	}
	if f := textvi.Fold(sentence); strings.Contains(f, "sap nhap") || strings.Contains(f, "hop nhat") {
		return 0
	}
	a, b := g[1], g[2]
	if a == "" {
		a, b = g[3], g[4]
	}
	y1, _ := strconv.Atoi(a)
	y2, _ := strconv.Atoi(b)
	if y2-y1 != 5 {
		return 0
	}
	return y1
}

// firstOfTermRe is a sentence of a term's first session or conference
// that names the term: "… khóa XX … Hội nghị lần thứ nhất", "kỳ họp thứ
// nhất HĐND tỉnh khóa X".
var firstOfTermRe = regexp.MustCompile(`(?i)(?:hội\s+nghị\s+lần\s+thứ|kỳ\s+họp\s+thứ)\s+(?:nhất|1)(?:[^\p{L}\d]|$)`)

// termNamedRe is a term named with its roman numeral.
var termNamedRe = regexp.MustCompile(`(?:^|[^\p{L}])khóa\s+([IVXLC]+)(?:[^\p{L}]|$)`)

// termYearsRe is a term written with its years: "khóa XX, nhiệm kỳ
// 2020-2025", "khóa XX (nhiệm kỳ 2020 – 2025)".
var termYearsRe = regexp.MustCompile(`khóa\s+([IVXLC]+)\s*,?\s*(?:\(\s*)?nhiệm\s+kỳ\s+(\d{4})\s*[-–]\s*(\d{4})`)

// firstOfTermYear is the first year of the term whose first session or
// conference the sentence tells of, naming the term by its numeral only,
// when text writes that term with its five years ("khóa XX, nhiệm kỳ
// 2020-2025"), or 0.
func firstOfTermYear(text, sentence string) int {
	if f := textvi.Fold(sentence); !firstOfTermRe.MatchString(sentence) || strings.Contains(f, "sap nhap") || strings.Contains(f, "hop nhat") {
		return 0 // after a merger, the middle of a term (firstSessionYear)
	}
	g := termNamedRe.FindStringSubmatch(sentence)
	if g == nil {
		return 0
	}
	y := 0
	for _, m := range termYearsRe.FindAllStringSubmatch(text, -1) {
		if m[1] != g[1] {
			continue
		}
		y1, _ := strconv.Atoi(m[2])
		y2, _ := strconv.Atoi(m[3])
		if y2-y1 != 5 || y != 0 && y != y1 {
			return 0
		}
		y = y1
	}
	return y
}

// foundedYearsRe is the years an anniversary counts from a founding:
// "kỷ niệm 185 năm thành lập và 20 năm tái lập tỉnh Bắc Ninh".
var foundedYearsRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(\d{1,3})\s+năm\s+(?:ngày\s+)?(?:thành\s+lập|tái\s+lập)`)

// writtenDateRe is a full date anywhere in the text: "ngày 6/11/1996".
var writtenDateRe = regexp.MustCompile(`(?:^|[^\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[^\d/.-]|$)`)

// sentenceEndRe ends a sentence: a full stop before a space, a capital
// (a line glued to the next: "tỉnh Bắc Ninh.Có mặt") or the end, or a line
// break.
var sentenceEndRe = regexp.MustCompile(`\.(?:\s|\p{Lu}|$)|\n`)

// yearInRe is a year written anywhere: "1992", "5.2022".
var yearInRe = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)`)

// foundingYear is the year of day d of month m when sentence tells of
// an anniversary ("Tối 12/2, Lễ kỷ niệm 185 năm thành lập và 20 năm tái
// lập tỉnh Bắc Ninh") and text writes a full date elsewhere ("ngày
// 4/11/1831", "ngày 6/11/1996"): the latest anniversary that falls by next
// year, each count of years added to each full date's, and of the day d/m
// of that year, the year before or the next, the one nearest to it; or 0.
// A story of an anniversary often names no year of its own, only its
// history's (round 55); story.go's anniversaryYear reads the story's
// year from a known day's anniversary, not from the story's own dates.
func foundingYear(text, sentence string, d, m, now int) int {
	if !strings.Contains(textvi.Fold(sentence), "ky niem") {
		return 0
	}
	// The anniversary is the story's present: no year the text writes
	// comes after it ("kỷ niệm 30 năm tái lập tỉnh (5.1992 - 5.2022), 47
	// năm thống nhất đất nước (30.4.1975 - …)" is no 30th of 1975).
	last := 0
	for _, g := range yearInRe.FindAllStringSubmatch(text, -1) {
		if y, _ := strconv.Atoi(g[1]); y <= now+1 {
			last = max(last, y)
		}
	}
	var latest time.Time
	for _, a := range foundedYearsRe.FindAllStringSubmatch(sentence, -1) {
		n, _ := strconv.Atoi(a[1])
		for _, f := range writtenDateRe.FindAllStringSubmatch(text, -1) {
			fd, _ := strconv.Atoi(f[1])
			fm, _ := strconv.Atoi(f[2])
			fy, _ := strconv.Atoi(f[3])
			if t, ok := validDate(fy+n, fm, fd); ok && fy+n >= last && fy+n <= now+1 && t.After(latest) {
				latest = t
			}
		}
	}
	if latest.IsZero() {
		return 0
	}
	best, gap := 0, time.Duration(0)
	for y := latest.Year() - 1; y <= latest.Year()+1; y++ {
		t, ok := validDate(y, m, d)
		if !ok {
			continue
		}
		g := t.Sub(latest)
		if g < 0 {
			g = -g
		}
		if best == 0 || g < gap {
			best, gap = y, g
		}
	}
	return best
}

func validDate(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// datesIn finds the dates of paragraph p (at byte base), resolving those
// without a year against the story's year.
// reviewLaunchRe is a sentence's review of one year and launch of the
// next, after its day: "… tổng kết … năm 2023, đồng thời phát động …
// năm 2024".
var reviewLaunchRe = regexp.MustCompile(`^[^.;]{0,120}?tổng kết[^.;]{0,80}?năm (\d{4})[^.;]{0,40}?phát động[^.;]{0,80}?năm (\d{4})`)

func (x *extractor) datesIn(p string, base int) {
	n0 := len(x.s.Dates)
	defer func() {
		// In the order the paragraph writes them, whichever rule found
		// them: the first date of the lead is the event's.
		sort.SliceStable(x.s.Dates[n0:], func(a, b int) bool { return x.s.Dates[n0+a].Span.byte < x.s.Dates[n0+b].Span.byte })
	}()
	taken := map[int]bool{}
	add := func(start, end int, ds, ms, ys string) {
		if stampBeforeRe.MatchString(p[:start]) || stampAfterRe.MatchString(p[end:]) || stampClockRe.MatchString(p[end:]) || namedAfterDayRe.MatchString(p[:start]) {
			return
		}
		if ys == "" {
			if g := rangeEndRe.FindStringSubmatch(p[end:]); g != nil {
				ys = g[1]
			}
		}
		if ys == "" {
			// A document's date after its code, which writes its year:
			// "Nghị định số 26/2015/NĐ-CP ngày 9/3" is 9 March 2015.
			if g := codeYearBeforeRe.FindStringSubmatch(p[:start]); g != nil {
				ys = g[1]
			}
		}
		if ys == "" {
			// A conference that reviews one year and launches the next
			// ("Chiều 11/4, UBND huyện tổ chức hội nghị tổng kết công tác
			// thi đua năm 2023, đồng thời phát động phong trào thi đua năm
			// 2024") is held in the year it launches.
			if g := reviewLaunchRe.FindStringSubmatch(p[end:]); g != nil {
				if a, _ := strconv.Atoi(g[1]); strconv.Itoa(a+1) == g[2] {
					ys = g[2]
				}
			}
		}
		d, _ := strconv.Atoi(ds)
		m, _ := strconv.Atoi(ms)
		if ys == "" {
			// The paragraph writes the same day with its year: "Ngày
			// 12/8, tỉnh tổ chức Lễ kỷ niệm 25 năm ngày thành lập lại
			// tỉnh (12/8/1991-12/8/2016)" is 2016's, whatever the page's
			// stamp says (the latest year, an anniversary's).
			if y := sameDayYear(p, d, m); y != 0 {
				ys = strconv.Itoa(y)
			}
		}
		if ys == "" {
			// The first session of a council's term is held in the
			// term's first year: "Ngày 15/6, HĐND tỉnh A khóa VIII,
			// nhiệm kỳ 2021-2026 họp kỳ họp thứ nhất" is 2021's, whatever
			// other years the story names (round 26).
			if y := firstSessionYear(sentenceAround(p, start, end)); y != 0 {
				ys = strconv.Itoa(y)
			}
		}
		if ys == "" {
			// So is a term's first conference whose sentence names the
			// term ("… khóa XX đã báo cáo kết quả Hội nghị lần thứ nhất")
			// and whose years the story writes elsewhere ("khóa XX, nhiệm
			// kỳ 2020-2025"), whatever other years it names (round 53).
			if y := firstOfTermYear(x.s.Text, sentenceAround(p, start, end)); y != 0 {
				ys = strconv.Itoa(y)
			}
		}
		if ys == "" {
			// The sentence from the date on, up to a full stop before a
			// space or a capital: "5.1992" stops no sentence.
			sentence := p[start:]
			if g := sentenceEndRe.FindStringIndex(sentence); g != nil {
				sentence = sentence[:g[0]]
			}
			if y := foundingYear(x.s.Text, sentence, d, m, x.s.now.Year()); y != 0 {
				ys = strconv.Itoa(y)
			}
		}
		if ys == "" && !x.s.YearKnown {
			// No year in the text but a document's date: a short date of
			// the same day is that one ("Ngày 26/3, Thủ tướng ký Quyết
			// định số 251/QĐ-TTg ngày 26/3/2024").
			if y := x.docDays[[2]int{d, m}]; y != 0 {
				ys = strconv.Itoa(y)
			} else if y := decisionYear(x.s.Text, d, m, []string{"tặng", "khen thưởng", "trao"}, true); y != 0 {
				ys = strconv.Itoa(y)
			} else if y := decisionYear(x.s.Text, d, m, []string{"phê chuẩn"}, false); y != 0 {
				ys = strconv.Itoa(y)
			} else if announces(p, start, end) {
				// "Sáng nay 3/3, UBND tỉnh tổ chức lễ công bố các quyết
				// định …" of a story whose "Quyết định số 467/QĐ-TTg ngày
				// 28/2/2025 … phê chuẩn …": the ceremony that announces a
				// decision comes after it.
				if y := decisionYear(x.s.Text, d, m, []string{"phê chuẩn", "bổ nhiệm"}, true); y != 0 {
					ys = strconv.Itoa(y)
				}
			}
		}
		if ys == "" && x.s.Published == nil {
			if y := afterPriorYear(x.s.Text, sentenceAround(p, start, end), base+start, x.s.Year, d, m); y != 0 {
				ys = strconv.Itoa(y)
			}
		}
		y := x.s.Year
		if ys != "" {
			y, _ = strconv.Atoi(ys)
		}
		t, ok := validDate(y, m, d)
		if !ok {
			return
		}
		if x.s.Published != nil && t.Equal(*x.s.Published) && strings.HasSuffix(strings.TrimSpace(p[:start]), "(") && strings.TrimSpace(p[end:]) == ")" {
			// The page's own date in parentheses at the end of its title
			// ("… Chỉ thị số 18 của Ban Bí thư T.Ư Đảng (09/02/2023)"):
			// the stamp again, no date of the story.
			return
		}
		if ys == "" && x.s.Published != nil {
			// The story's own date gives the year, and a story reports
			// the past: "3/1" in a story of 5/1/2024 is 2024's, "21-1"
			// in one of 12/12/2023 is 2023's, "12/12" then too.
			// A date a few days after it is what the story announces
			// ("sẽ diễn ra", the anniversary "(3-2)" of a story of 30/1).
			if t, ok = validDate(x.s.Published.Year(), m, d); ok && t.After(x.s.Published.AddDate(0, 0, 10)) {
				t, ok = validDate(x.s.Published.Year()-1, m, d)
			}
			if !ok {
				return
			}
		} else if ys == "" && !x.s.YearKnown && t.After(x.s.now.AddDate(0, 0, 1)) && !(roundAheadRe.MatchString(p[:start]) && !t.After(x.s.now.AddDate(0, 2, 0))) {
			// No year anywhere: a story reports the past, so "8/12" read
			// in November is last December. The clock's day and the next
			// are not the future: the page's day in Vietnam (UTC+7) may be
			// a day past the clock's, and a page announces tomorrow's
			// round ("đợt ngày 7-11" on a page of 6 November).
			if t, ok = validDate(y-1, m, d); !ok {
				return
			}
		}
		if ys == "" && x.s.YearKnown && t.After(x.s.now.AddDate(0, 1, 0)) {
			// The year the text names most lies past the clock: a plan's
			// ("thông qua Nghị quyết về nhiệm vụ … năm 2020" in a story
			// of 9/12/2019). A story reports the past, and what it
			// announces comes within the month: the day is the year
			// before's, if that is not past the clock too (round 53).
			if u, ok := validDate(y-1, m, d); ok && !u.After(x.s.now.AddDate(0, 0, 1)) {
				t = u
			}
		}
		for i := start; i < end; i++ {
			taken[i] = true
		}
		key := t.Format(time.DateOnly)
		if x.dates[key] {
			// Found again before where this paragraph first gave it ("Ngày
			// 12/8, … (12/8/1991-12/8/2016)"): the earlier mention is the
			// date's, so the lead's first date stays the event's.
			for i := n0; i < len(x.s.Dates); i++ {
				if x.s.Dates[i].Date.Equal(t) && x.s.Dates[i].Span.byte > base+start {
					x.s.Dates[i].Span = spanOf(x.s.Text, base+start, base+end)
				}
			}
			return
		}
		x.dates[key] = true
		x.s.Dates = append(x.s.Dates, Date{Date: t, Span: spanOf(x.s.Text, base+start, base+end)})
	}
	for _, m := range fullRangeRe.FindAllStringSubmatchIndex(p, -1) {
		// Both ends, though each touches the other's dash.
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); isWordRune(r) || r == '/' {
				continue
			}
		}
		if p[m[4]:m[5]] != p[m[8]:m[9]] || p[m[16]:m[17]] != p[m[20]:m[21]] || after(p, m[1], isWordRune) {
			continue
		}
		if p[m[12]:m[13]] == "/" && (p[m[4]:m[5]] == "/" || p[m[16]:m[17]] == "/") {
			// A slash between two dates ("(22-12-1944/22-12-2023)") only
			// when the dates write none themselves (round 36).
			continue
		}
		add(m[0], m[11], p[m[2]:m[3]], p[m[6]:m[7]], p[m[10]:m[11]])
		add(m[14], m[1], p[m[14]:m[15]], p[m[18]:m[19]], p[m[22]:m[23]])
	}
	for _, m := range dayYearsRe.FindAllStringSubmatchIndex(p, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); isWordRune(r) || r == '/' {
				continue
			}
		}
		// The anniversary's day, then the day it remembers.
		add(m[0], m[5], p[m[2]:m[3]], p[m[4]:m[5]], p[m[8]:m[9]])
		add(m[0], m[5], p[m[2]:m[3]], p[m[4]:m[5]], p[m[6]:m[7]])
	}
	for _, m := range dayRangeRe.FindAllStringSubmatchIndex(p, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); isWordRune(r) {
				continue
			}
		}
		if dateGoesOn(p, m[1]) {
			continue
		}
		first, _ := strconv.Atoi(p[m[2]:m[3]])
		last, _ := strconv.Atoi(p[m[4]:m[5]])
		if first >= last {
			continue // "ngày 7-8-2025" is one date
		}
		ys := ""
		if m[8] >= 0 {
			ys = p[m[8]:m[9]]
		}
		// The last day's date first, then the first day's: the range's
		// start takes its month (and year).
		add(m[4], m[1], p[m[4]:m[5]], p[m[6]:m[7]], ys)
		add(m[0], m[3], p[m[2]:m[3]], p[m[6]:m[7]], ys)
	}
	// A document's heading may break its line after "ngày", leaving the
	// date in words alone on the next: "Bình Thuận, ngày" / "10 tháng 01
	// năm 2025".
	if m := headingDateRe.FindStringSubmatchIndex(p); m != nil {
		add(m[2], m[7], p[m[2]:m[3]], p[m[4]:m[5]], p[m[6]:m[7]])
	}
	for _, m := range wordedDateRe.FindAllStringSubmatchIndex(p, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); isWordRune(r) {
				continue
			}
		}
		if after(p, m[1], isWordRune) {
			continue
		}
		ys := ""
		if m[6] >= 0 {
			ys = p[m[6]:m[7]]
		}
		add(m[0], m[1], p[m[2]:m[3]], p[m[4]:m[5]], ys)
	}
	for _, m := range prefixedDateRe.FindAllStringSubmatchIndex(p, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); isWordRune(r) {
				continue
			}
		}
		if after(p, m[1], isWordRune) || after(p, m[1], func(r rune) bool { return r == '/' || r == '-' }) {
			continue
		}
		ys := ""
		if m[10] >= 0 {
			ys = p[m[10]:m[11]]
		}
		add(m[0], m[1], p[m[4]:m[5]], p[m[8]:m[9]], ys)
	}
	for _, m := range slashDateRe.FindAllStringSubmatchIndex(p, -1) {
		if taken[m[0]] {
			continue
		}
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); isWordRune(r) || r == '/' || r == '-' || r == '.' {
				continue
			}
		}
		if after(p, m[1], func(r rune) bool { return isWordRune(r) || r == '/' || r == '-' }) || countAfterRe.MatchString(p[m[1]:]) && !dayBeforeRe.MatchString(p[max(0, m[0]-16):m[0]]) {
			continue
		}
		ys := ""
		if m[6] >= 0 {
			ys = p[m[6]:m[7]]
		}
		if ys == "" && gradeBeforeRe.MatchString(p[max(0, m[0]-24):m[0]]) {
			continue // "trình độ học vấn 12/12": grades, no day
		}
		add(m[0], m[1], p[m[2]:m[3]], p[m[4]:m[5]], ys)
	}
	for _, m := range dottedDateRe.FindAllStringSubmatchIndex(p, -1) {
		if taken[m[0]] || p[m[4]:m[5]] != p[m[8]:m[9]] {
			continue
		}
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); isWordRune(r) || r == '/' || r == '-' || r == '.' {
				continue
			}
		}
		if dateGoesOn(p, m[1]) {
			continue
		}
		add(m[0], m[1], p[m[2]:m[3]], p[m[6]:m[7]], p[m[10]:m[11]])
	}
	for _, m := range roundDateRe.FindAllStringSubmatchIndex(p, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); isWordRune(r) {
				continue
			}
		}
		if taken[m[2]] || dateGoesOn(p, m[1]) {
			continue // "đợt 19-05-2024" is one full date, read above
		}
		add(m[2], m[1], p[m[2]:m[3]], p[m[4]:m[5]], "")
	}
	for _, m := range namedDayRe.FindAllStringSubmatchIndex(p, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); isWordRune(r) || r == '/' || r == '-' || r == '.' {
				continue
			}
		}
		// A yearly day is the story's year's, though it falls after the
		// story's date.
		ys := ""
		if x.s.YearKnown {
			ys = strconv.Itoa(x.s.Year)
		}
		add(m[0], m[5], p[m[2]:m[3]], p[m[4]:m[5]], ys)
	}
	for _, m := range dayNamedRe.FindAllStringSubmatchIndex(p, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); isWordRune(r) {
				continue
			}
		}
		if taken[m[2]] || dateGoesOn(p, m[1]) {
			continue // "Ngày … 20-11-1982": a full date, read above
		}
		// A yearly day is the story's year's, as namedDayRe's, or the
		// clock's when the text names none: the day a story's event
		// marks ("nhân kỷ niệm Ngày Nhà giáo Việt Nam 20-11") may be
		// days ahead of it.
		ys := strconv.Itoa(x.s.now.Year())
		if x.s.YearKnown {
			ys = strconv.Itoa(x.s.Year)
		}
		add(m[2], m[1], p[m[2]:m[3]], p[m[4]:m[5]], ys)
	}
	for _, m := range parenDateRe.FindAllStringSubmatchIndex(p, -1) {
		if taken[m[0]+1] {
			continue
		}
		add(m[0], m[1], p[m[2]:m[3]], p[m[4]:m[5]], "")
	}
}

// after reports whether the rune at byte i of s satisfies f.
// dateGoesOn reports whether the text goes on at p[end:] the date that
// ends there: a letter or a digit, "/", "-", or "." before a digit, so
// that "20-11" is not read out of "20-11-1982".
func dateGoesOn(p string, end int) bool {
	return after(p, end, func(r rune) bool {
		return isWordRune(r) || r == '/' || r == '-' || r == '.' && end+1 < len(p) && p[end+1] >= '0' && p[end+1] <= '9'
	})
}

func after(s string, i int, f func(rune) bool) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return f(r)
}
