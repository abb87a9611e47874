package importer

import (
	"reflect"
	"testing"
)

// TestBodiesPostsRound24 covers the rules of round 24 for bodies, posts
// and people: each case fails without its rule, but for those that say
// where a rule must not fire.
func TestBodiesPostsRound24(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a post glued to its body at a change of case",
			"Năm 2010, ông Lê Văn Ba, Phó Bí thưTỉnh ủy Kon Tum, dự lễ.",
			"Tỉnh ủy Kon Tum",
			"Lê Văn Ba: Phó Bí thư @ Tỉnh ủy Kon Tum"},
		{"a unit word glued to its province, the name written apart",
			"Năm 2010, ông Lê Văn Ba giữ chức Chủ tịch Ủy ban nhân dân tỉnhKon Tum.",
			"Ủy ban nhân dân tỉnh Kon Tum",
			"Lê Văn Ba: Chủ tịch @ Ủy ban nhân dân tỉnh Kon Tum"},
		{"two lower-case syllables run together",
			"Năm 2010, ông Lê Văn Ba giữ chức Phó Chủ tịch Ủy ban nhân dântỉnh Kon Tum.",
			"Ủy ban nhân dân tỉnh Kon Tum",
			"Lê Văn Ba: Phó Chủ tịch @ Ủy ban nhân dân tỉnh Kon Tum"},
		{"a syllable glued to one starting with its vowel",
			"Năm 2010, ông Lê Văn Ba, Phó Bí thư Tỉnhủy Kon Tum, dự lễ.",
			"Tỉnh ủy Kon Tum",
			"Lê Văn Ba: Phó Bí thư @ Tỉnh ủy Kon Tum"},
		{"a council's short name in brackets, then the level it serves",
			"Năm 2012, bà Lê Thị Ba, Phó Chủ tịch Hội đồng Thi đua Khen thưởng (TĐKT) Trung ương, dự lễ.",
			"Hội đồng Thi đua Khen thưởng Trung ương",
			"Lê Thị Ba: Phó Chủ tịch @ Hội đồng Thi đua Khen thưởng Trung ương"},
		{"the ministry of public security, its last syllable in lower case",
			"Năm 2024, dự lễ có ông Đỗ Văn Cường, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an; ông Lê Văn Ba.",
			"Bộ Chính trị; Bộ Công an",
			"Đỗ Văn Cường: Bộ trưởng @ Bộ Công an; Đỗ Văn Cường: Ủy viên @ Bộ Chính trị"},
		{"a province's police stays a force, not a ministry",
			"Năm 2024, Công an tỉnh Kon Tum được khen.",
			"Công an tỉnh Kon Tum",
			skip},
	})
}

// TestGluedWords shows where a run of letters is cut, and where it must not
// be: foreign names and words written in ASCII stay whole.
func TestGluedWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"thưTỉnh", []string{"thư", "Tỉnh"}},
		{"dântỉnh", []string{"dân", "tỉnh"}},
		{"Tỉnhủy", []string{"Tỉnh", "ủy"}},
		{"kỳ2004", []string{"kỳ", "2004"}},
		{"độclập", []string{"độc", "lập"}},
		{"dântỉnhKon", []string{"dân", "tỉnh", "Kon"}},
		{"tỉnhKon", []string{"tỉnh", "Kon"}},
		{"McDonald", []string{"McDonald"}},
		{"Khămbun", []string{"Khămbun"}},
		{"choTrường", []string{"choTrường"}},
		{"Nguyễn", []string{"Nguyễn"}},
		{"nghiêng", []string{"nghiêng"}},
		{"quốc", []string{"quốc"}},
		{"giữa", []string{"giữa"}},
		{"QĐ", []string{"QĐ"}},
		{"2303", []string{"2303"}},
	} {
		var got []string
		for _, tok := range tokenize(c.in, 0) {
			got = append(got, tok.text)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
