package importer

import (
	"regexp"
	"strings"
)

// summaryHeadRe opens a paragraph that sums up a period's honours, which
// the gold lists mark as a record received, not the conferral the story
// tells: "Năm 2019, huyện A có 8 đơn vị được tặng Bằng khen …", "Trong
// năm qua, toàn tỉnh đã có …", "Giai đoạn 2015-2020, thị xã đã có …".
// The period, a comma, a few words naming the place, then "(đã) có".
var summaryHeadRe = regexp.MustCompile(`(?i)^\s*(?:(?:trong\s+)?năm\s+\d{4}|trong\s+năm(?:\s+qua)?|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4})\s*,\s*[^,.;:\d]{0,60}?\s(?:đã\s+)?có\s+\d`)

// summaryMoreRe continues a summary in the next paragraph: "Ngoài ra có
// 20 mẹ được phong tặng …".
var summaryMoreRe = regexp.MustCompile(`(?i)^\s*ngoài\s+ra,?\s+(?:còn\s+)?có\s+\d`)

// summaries returns the byte ranges of the paragraphs that sum up a
// period's honours, with the paragraphs that go on with "Ngoài ra có".
// The lead is none: it tells the story's own event ("Năm 2023, tỉnh A
// có 14 cá nhân được tặng Bằng khen …" alone is the conferral).
func summaries(text, lead string) [][2]int {
	var out [][2]int
	open := false
	for at, end := range lineSpans(text) {
		line := text[at:end]
		switch {
		case strings.TrimSpace(line) == "":
		case lead != "" && strings.Contains(lead, strings.TrimSpace(line)):
			open = false
		case summaryHeadRe.MatchString(line) || open && summaryMoreRe.MatchString(line):
			out = append(out, [2]int{at, end})
			open = true
		default:
			open = false
		}
	}
	return out
}
