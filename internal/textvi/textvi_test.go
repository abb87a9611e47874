package textvi

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hội nghị sơ kết", "hoi-nghi-so-ket"},
		{"Vũ Duy Hoàng", "vu-duy-hoang"},
		{"Đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy", "dong-chi-truong-ban-tuyen-giao-tinh-uy"},
		{"ĐẢNG BỘ TỈNH THÁI NGUYÊN", "dang-bo-tinh-thai-nguyen"},
		{"Chỉ thị số 05-CT/TW", "chi-thi-so-05-ct-tw"},
		{"  Ban Bí thư  ", "ban-bi-thu"},
		{"Nguyễn Hương giang", "nguyen-huong-giang"},
		{"6 tháng đầu năm 2024", "6-thang-dau-nam-2024"},
		// Decomposed input (a combining acute after the vowel) slugs the same.
		{"Hoa\u0300ng", "hoang"},
		{"“Đẩy mạnh học tập”", "day-manh-hoc-tap"},
		{"北京", ""},
		{"", ""},
		{"---", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Vũ Duy Hoàng", "vu duy hoang"},
		{"VŨ DUY HOÀNG", "vu duy hoang"},
		{"vu duy hoang", "vu duy hoang"},
		{"Đồng chí", "dong chi"},
		{"Ủy viên Ban Thường vụ, Trưởng Ban", "uy vien ban thuong vu truong ban"},
		{"Kết luận số 01-KL/TW", "ket luan so 01 kl tw"},
		{"  nhiều   khoảng trắng\t\n", "nhieu khoang trang"},
		{"Bằng khen", "bang khen"},
		{"北京 市", "北京 市"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestValidSlug(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"hoi-nghi-so-ket", true},
		{"a", true},
		{"vu-duy-hoang-2", true},
		{"", false},
		{"-a", false},
		{"a-", false},
		{"a--b", false},
		{"Hoi", false},
		{"hội", false},
		{"a b", false},
	}
	for _, tt := range tests {
		if got := ValidSlug(tt.in); got != tt.want {
			t.Errorf("ValidSlug(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestNFC(t *testing.T) {
	if NFC("Hoa\u0300ng") != "Hoàng" {
		t.Errorf("NFC did not compose a decomposed grave accent")
	}
}

var slugShape = regexp.MustCompile(`^([a-z0-9]+(-[a-z0-9]+)*)?$`)

func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Hội nghị sơ kết", "Đ", "đ-Đ", "\xff\xfe", "a\u0301", "--x--", "北京", "Ǆ ǅ ǆ", "İstanbul", "ﬀ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Slug(s)
		if !slugShape.MatchString(got) {
			t.Fatalf("Slug(%q) = %q, not [a-z0-9-] words", s, got)
		}
		if got != "" && !ValidSlug(got) {
			t.Fatalf("Slug(%q) = %q, which ValidSlug rejects", s, got)
		}
	})
}

// Fold's table gives what the rule gives: every character below the
// table's bound, alone, after a letter, and among combining marks of
// several classes (which normalisation reorders), and mixed texts.
func TestFoldTable(t *testing.T) {
	marks := []string{"", "\u0301", "\u0323\u0302", "\u0302\u0323", "\u031b\u0303", "\u05b0\u0591"}
	for r := rune(0); r < foldTableSize; r++ {
		for _, m := range marks {
			for _, s := range []string{string(r) + m, "a" + string(r) + m + "b", string(r) + m + " " + string(r)} {
				if got, want := Fold(s), foldSlowly(s); got != want {
					t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
	for _, s := range []string{
		"Đồng chí VŨ DUY HOÀNG, Trưởng Ban Tuyên giáo Tỉnh ủy; Ｆｕｌｌ ǅ ﬁ 漢字 e\u0301 38-CT/TW",
		"Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024 của Ban Tuyên giáo Tỉnh ủy Thái Nguyên.",
		"한국어 Ελληνικά Кириллица עִבְרִית \xff\xfe ok",
	} {
		if got, want := Fold(s), foldSlowly(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Hội nghị sơ kết", "Đ", "a\u0301\u0323", "\xff\xfe", "北京", "Ǆ ǅ ǆ", "İstanbul", "ﬀ", "ệ\u0300"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldSlowly(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	s := strings.Repeat("Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024 của Ban Tuyên giáo Tỉnh ủy Thái Nguyên. ", 20)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Fold(s)
	}
}

// NFC's table gives what norm gives: every character below the table's
// bound alone, after a letter, before and after combining marks (which
// compose with it or are reordered), beside Hangul jamo (which compose
// with each other), and mixed texts.
func TestNFCTable(t *testing.T) {
	around := []string{"", "\u0301", "\u0323\u0302", "\u0302\u0323", "\u031b\u0303", "\u05b0\u0591", "\u1161", "\u11a8"}
	for r := rune(0); r < foldTableSize; r++ {
		for _, m := range around {
			for _, s := range []string{string(r) + m, "a" + string(r) + m + "b", m + string(r), "\u1100" + string(r), string(r) + m + " " + string(r)} {
				if got, want := NFC(s), norm.NFC.String(s); got != want {
					t.Fatalf("NFC(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
	for _, s := range []string{
		"Đồng chí VŨ DUY HOÀNG, Trưởng Ban Tuyên giáo Tỉnh ủy; Ｆｕｌｌ ǅ ﬁ 漢字 e\u0301 38-CT/TW",
		"Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024",
		"Ho\u0323\u0302i nghi\u0323 \u212b \u0344 \u0958 한국어 \u1100\u1161\u11a8 \xff\xfe ok",
	} {
		if got, want := NFC(s), norm.NFC.String(s); got != want {
			t.Errorf("NFC(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNFC(f *testing.F) {
	for _, s := range []string{"Hội nghị sơ kết", "Hoa\u0300ng", "a\u0323\u0302", "\xff\xfe", "\u212b", "\u1100\u1161\u11a8", "e\u0301\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NFC(s), norm.NFC.String(s); got != want {
			t.Fatalf("NFC(%q) = %q, want %q", s, got, want)
		}
	})
}

// NFC of text already in NFC, against norm's (the table saves about three
// quarters of the time).
func BenchmarkNFC(b *testing.B) {
	s := strings.Repeat("Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024 của Ban Tuyên giáo Tỉnh ủy Thái Nguyên. ", 20)
	for _, bb := range []struct {
		name string
		nfc  func(string) string
	}{{"table", NFC}, {"norm", norm.NFC.String}} {
		b.Run(bb.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				bb.nfc(s)
			}
		})
	}
}

// BaseLetter is Fold of one character, where that is one ASCII letter or
// digit.
func TestBaseLetter(t *testing.T) {
	for r := rune(0); r < foldTableSize+0x100; r++ {
		want := byte(0)
		if f := Fold(string(r)); len(f) == 1 && f[0] < utf8.RuneSelf {
			want = f[0]
		}
		if got := BaseLetter(r); got != want {
			t.Fatalf("BaseLetter(%q) = %q, want %q", r, got, want)
		}
	}
	for r, want := range map[rune]byte{'ồ': 'o', 'Ố': 'o', 'Đ': 'd', 'đ': 'd', 'y': 'y', '7': '7', '-': 0, '漢': 0} {
		if got := BaseLetter(r); got != want {
			t.Errorf("BaseLetter(%q) = %q, want %q", r, got, want)
		}
	}
}
