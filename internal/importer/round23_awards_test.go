package importer

import (
	"fmt"
	"testing"
)

// Round 23: a count is read with any noun of bodies (villages, quarters,
// clubs, lineages) or of people (workers) it takes, and with several
// nouns parted by commas: of one kind it is of that kind, of both kinds
// of none (lines of our own).
func TestCountNounsRound23(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"villages and quarters are bodies",
			"Năm 2023, UBND tỉnh Yên Bái tặng Bằng khen cho 15 thôn, tổ dân phố đạt chuẩn văn hóa.",
			[]string{"Bằng khen của UBND tỉnh Yên Bái 2023 ← 15 tập thể"}},
		{"workers are people",
			"Năm 2023, LĐLĐ tỉnh Yên Bái tặng Bằng khen cho 25 lao động giỏi.",
			[]string{"Bằng khen của LĐLĐ tỉnh Yên Bái 2023 ← 25 cá nhân"}},
		{"nouns of both kinds, each described: a count of no kind",
			"Năm 2023, UBND tỉnh Yên Bái tặng Bằng khen cho 37 hội viên, dòng họ hiếu học, chi hội khuyến học tiêu biểu.",
			[]string{"Bằng khen của UBND tỉnh Yên Bái 2023 ← 37 tập thể, cá nhân"}},
		{"a noun after và starts another conferral, not the count's kind",
			"Năm 2023, UBND huyện Văn Chấn tặng danh hiệu Lao động tiên tiến cho 640 cá nhân và tập thể lao động tiên tiến cho 31 tập thể.",
			[]string{"Danh hiệu Lao động tiên tiến của UBND huyện Văn Chấn 2023 ← 640 cá nhân", "Danh hiệu Tập thể lao động tiên tiến của UBND huyện Văn Chấn 2023 ← 31 tập thể"}},
	})
}

// Round 23: a count that opens its clause, described at length before
// "được … tặng", receives what follows; words with a verb or a figure
// between are no description (lines of our own).
func TestDescribedCountBeforeRound23(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"families and clubs described before the award",
			"Năm 2023, Hội Khuyến học tỉnh Yên Bái tổ chức đại hội; 58 gia đình, dòng họ hiếu học, chi hội khuyến học tiêu biểu trong tỉnh tham dự đại hội được UBND tỉnh Yên Bái tặng Bằng khen.",
			[]string{"Bằng khen của UBND tỉnh Yên Bái 2023 ← 58 tập thể, cá nhân"}},
		{"a count whose clause ends before the award's",
			"Năm 2023, 58 hội viên tham dự đại hội; Hội Khuyến học tỉnh Yên Bái được UBND tỉnh Yên Bái tặng Bằng khen.",
			[]string{"Bằng khen của UBND tỉnh Yên Bái 2023 ← Hội Khuyến học Yên Bái"}},
	})
}

// Round 23: two bodies that give one award together ("UBND tỉnh A và
// LĐLĐ tỉnh A tặng bằng khen cho …") each give it, with all its
// recipients; a body inside another's name phrase is no co-giver (lines
// of our own).
func TestTwoGiversRound23(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"two bodies open the clause",
			"Năm 2023, UBND tỉnh Yên Bái và Tỉnh đoàn Yên Bái tặng Bằng khen cho 7 tập thể và 11 cá nhân.",
			[]string{"Bằng khen của UBND tỉnh Yên Bái 2023 ← 7 tập thể, 11 cá nhân", "Bằng khen của Tỉnh đoàn Yên Bái 2023 ← 7 tập thể, 11 cá nhân"}},
		{"the first body is the place of the ceremony, not a giver",
			"Năm 2023, tại Hội trường UBND tỉnh Yên Bái, Tỉnh đoàn Yên Bái tặng Bằng khen cho 7 tập thể.",
			[]string{"Bằng khen của Tỉnh đoàn Yên Bái 2023 ← 7 tập thể"}},
	})
}

// Round 23: bylines with what a page prints beside them: the outlet's
// address after the name ("Duy Hưng – Daidoanket.vn"), "Bình luận (0)"
// below the last line, the page's stamp after the name under the title
// (lines of our own).
func TestBylinesRound23(t *testing.T) {
	lead := "Ngày 3/4/2023, UBND tỉnh Yên Bái tặng Bằng khen cho 12 tập thể.\nBuổi lễ diễn ra tại Hội trường tỉnh.\n"
	checkBylines(t, []bylineCase{
		{"the outlet after the name", "Yên Bái khen thưởng 12 tập thể\n" + lead + "Minh Khôi – Baoyenbai.vn\n", "[Minh Khôi]", ""},
		{"comments below the byline", "Yên Bái khen thưởng 12 tập thể\n" + lead + "Thu Trang\nBình luận (2)\n", "[Thu Trang]", ""},
		{"the stamp after the name under the title", "Yên Bái khen thưởng 12 tập thể\nThu Trang Thứ hai, ngày 03/04/2023 09:15 AM (GMT+7)\n" + lead, "[Thu Trang]", "2023-04-03"},
		// A line of two names parted by a dash has no outlet: both are people.
		{"two writers", "Yên Bái khen thưởng 12 tập thể\n" + lead + "Minh Khôi – Thu Trang\n", "[Minh Khôi Thu Trang]", ""},
		// An address alone is no byline.
		{"an address alone", "Yên Bái khen thưởng 12 tập thể\n" + lead + "Baoyenbai.vn\n", "[]", ""},
	})
}

// bylineCase is a story, the names of its authors as fmt.Sprint prints
// them ("[A B]"), and the day its page says it was published ("" when
// the case does not say).
type bylineCase struct{ name, text, want, published string }

// checkBylines extracts each case's story and checks its authors and
// publication day; it returns the stories, for checks of their own.
func checkBylines(t *testing.T, tests []bylineCase) []Story {
	t.Helper()
	var stories []Story
	for _, tt := range tests {
		s := Extract(tt.text, now)
		var names []string
		for _, a := range s.Authors {
			names = append(names, a.Name)
		}
		if g := fmt.Sprint(names); g != tt.want {
			t.Errorf("%s: authors %s, want %s", tt.name, g, tt.want)
		}
		if tt.published != "" && (s.Published == nil || s.Published.Format("2006-01-02") != tt.published) {
			t.Errorf("%s: published %v, want %s", tt.name, s.Published, tt.published)
		}
		stories = append(stories, s)
	}
	return stories
}

// Round 23: a count before "nhận các" and the tiers of a badge receives
// them, recorded on the first tier as before "nhận" alone; "các" after
// one who gives changes nothing (lines of our own).
func TestReceivedTheTiersRound23(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"a count receives the listed tiers",
			"Năm 2023, Đảng bộ xã Minh Hòa có 14 đảng viên nhận các Huy hiệu 50, 45 và 40 năm tuổi Đảng.",
			[]string{"Huy hiệu 50 năm tuổi Đảng 2023 ← 14 cá nhân"}},
		{"one who presents the tiers receives none",
			"Năm 2023, đồng chí Hoàng Văn Tâm trao các Huy hiệu 50 và 40 năm tuổi Đảng cho 14 đảng viên.",
			[]string{"Huy hiệu 50 năm tuổi Đảng 2023 ← 14 cá nhân"}},
	})
}

// Round 23: "danh hiệu (cao quý) này" is the title the story named last,
// and those it is given to in an earlier ceremony are its recipients;
// with no title named before, the words name none (lines of our own).
func TestTitleReferredToRound23(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the title named before",
			"Năm 2023, tỉnh Yên Bái trao danh hiệu “Bà mẹ Việt Nam Anh hùng” cho 41 mẹ. Trước đó, UBND tỉnh đã tổ chức lễ trao tặng danh hiệu cao quý này cho 17 mẹ ở huyện Văn Chấn.",
			[]string{"Danh hiệu Bà mẹ Việt Nam Anh hùng 2023 ← 41 cá nhân", "Danh hiệu Bà mẹ Việt Nam Anh hùng 2023 ← 17 cá nhân"}},
		{"no title named before",
			"Năm 2023, tỉnh Yên Bái trao Bằng khen cho 41 tập thể. Trước đó, tỉnh đã trao danh hiệu này cho 17 cá nhân.",
			[]string{"Bằng khen 2023 ← 41 tập thể"}},
	})
}

// Round 23: a body named after a conferral's recipients that itself
// "tặng" in the next clause is that clause's giver, no recipient; a body
// in the list with no verb after it stays one (lines of our own).
func TestNextClauseGiverRound23(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the next clause's giver",
			"Năm 2023, UBND tỉnh Yên Bái tặng Bằng khen cho 15 cá nhân, Tỉnh đoàn Yên Bái tặng Bằng khen cho 40 đoàn viên.",
			[]string{"Bằng khen của UBND tỉnh Yên Bái 2023 ← 15 cá nhân", "Bằng khen của Tỉnh đoàn Yên Bái 2023 ← 40 cá nhân"}},
		{"a body of the list",
			"Năm 2023, UBND tỉnh Yên Bái tặng Bằng khen cho 15 cá nhân, Tỉnh đoàn Yên Bái và Sở Y tế tỉnh Yên Bái.",
			[]string{"Bằng khen của UBND tỉnh Yên Bái 2023 ← 15 cá nhân", "Bằng khen của UBND tỉnh Yên Bái 2023 ← Tỉnh đoàn Yên Bái", "Bằng khen của UBND tỉnh Yên Bái 2023 ← Sở Y tế Yên Bái"}},
	})
}
