package search

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

func TestParseQuery(t *testing.T) {
	for _, tc := range []struct {
		in    string
		terms []string
	}{
		{"Vũ Duy Hoàng", []string{"vu", "duy", "hoang"}},
		{"  ĐỒNG   CHÍ ", []string{"dong", "chi"}},
		{`"hoang" AND vu*`, []string{"hoang", "and", "vu"}},
		{"vu vu Vũ", []string{"vu"}},
		{"38-CT/TW", []string{"38", "ct", "tw"}},
		{"'*:^()", nil},
	} {
		q, err := ParseQuery(tc.in)
		if err != nil || !slices.Equal(q.Terms, tc.terms) {
			t.Errorf("ParseQuery(%q) = %q, %v; want %q", tc.in, q.Terms, err, tc.terms)
		}
	}
}

func TestSnippet(t *testing.T) {
	q, _ := ParseQuery("dong chi hoa")
	for _, tc := range []struct {
		texts []string
		want  string
	}{
		{[]string{"", "Đồng chí Hoàng <b>&</b> đồng chí Hòa."}, "<mark>Đồng</mark> <mark>chí</mark> <mark>Hoàng</mark> &lt;b&gt;&amp;&lt;/b&gt; <mark>đồng</mark> <mark>chí</mark> <mark>Hòa</mark>."},
		// The text matching more terms wins; the first on a tie.
		{[]string{"Không có gì.", "Chí"}, "<mark>Chí</mark>"},
		{[]string{}, ""},
	} {
		if got := Snippet(q, tc.texts...); got != tc.want {
			t.Errorf("Snippet(%q)\n got %q\nwant %q", tc.texts, got, tc.want)
		}
	}
	long := "một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín mười đồng chí kết thúc"
	got := Snippet(q, long)
	if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "<mark>đồng</mark> <mark>chí</mark> kết thúc") {
		t.Errorf("long snippet %q: want the last %d words after …", got, snippetWords)
	}
}

// Folding a text rune by rune, as snippets do, agrees with textvi.Fold.
func TestWordsFoldLikeFold(t *testing.T) {
	s := "Đồng chí VŨ DUY HOÀNG, Trưởng Ban Tuyên giáo; Ｆｕｌｌ ǅ ﬁ 漢字 e\u0301 38-CT/TW"
	for _, w := range words(s, nil) {
		word := s[w.from:w.to]
		want := textvi.Fold(word)
		if equal, _ := foldCompare(word, want); !equal {
			t.Errorf("%q does not fold to %q", word, want)
		}
		if len(want) > 1 {
			if equal, prefix := foldCompare(word, want[:len(want)-1]); equal || !prefix {
				t.Errorf("%q: %q is not a prefix of its folding", word, want[:len(want)-1])
			}
		}
	}
}

func TestFTSMatch(t *testing.T) {
	q, _ := ParseQuery(`Ban "tuyên" gi`)
	if got, want := ftsMatch(ftsQuery{Query: q}, ""), `"ban" AND "tuyen" AND "gi"*`; got != want {
		t.Errorf("prefix: %s, want %s", got, want)
	}
	f := ftsQuery{Query: q, last: []string{"gia", "giao"}}
	if got, want := ftsMatch(f, "title"), `{title} : ("ban" AND "tuyen" AND ("gia" OR "giao"))`; got != want {
		t.Errorf("expanded: %s, want %s", got, want)
	}
	if got, want := tsQuery(q), `'ban' & 'tuyen' & 'gi':*`; got != want {
		t.Errorf("tsquery: %s, want %s", got, want)
	}
}

// BenchmarkSnippet cuts the snippet of a person's name from an article
// whose summary lacks it and whose body names the person near its end,
// as a search page does for most of its body hits.
func BenchmarkSnippet(b *testing.B) {
	q, err := ParseQuery("Dương Xuân Hương")
	if err != nil {
		b.Fatal(err)
	}
	summary := "Hội nghị sơ kết công tác 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối năm của ngành giáo dục nghề nghiệp tỉnh."
	body := strings.Repeat("Hội nghị cũng thống nhất phương hướng, nhiệm vụ trọng tâm của giáo dục nghề nghiệp trong 6 tháng cuối năm, gắn với việc thực hiện Chỉ thị số 05-CT/TW. ", 10) +
		"Đồng chí Dương Xuân Hương nhấn mạnh, cần đổi mới phương thức tuyên truyền."
	b.ReportAllocs()
	for b.Loop() {
		Snippet(q, summary, body, "Sơ kết công tác giáo dục nghề nghiệp")
	}
}

// inWord's shortcuts for the Latin blocks Vietnamese is written in agree
// with the Unicode tables.
func TestInWordLatin(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if r < utf8.RuneSelf {
			want = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		}
		if got := inWord(r); got != want {
			t.Errorf("inWord(%U) = %v, want %v", r, got, want)
		}
	}
}

// nextWord's table of ASCII bytes splits texts into the words a rune-by-rune
// reading with inWord finds, whatever the script, punctuation or encoding.
func TestNextWordAgreesWithInWord(t *testing.T) {
	reference := func(s string) (ws []word) {
		from := -1
		for i, r := range s {
			switch in := inWord(r); {
			case in && from < 0:
				from = i
			case !in && from >= 0:
				ws, from = append(ws, word{from: from, to: i}), -1
			}
		}
		if from >= 0 {
			ws = append(ws, word{from: from, to: len(s)})
		}
		return ws
	}
	for _, s := range []string{
		"", " ", "a", "Đồng chí Dương Xuân Hương, Phó Bí thư Tỉnh ủy (khóa XX).",
		"“Nhà giáo Ưu tú” – 05-CT/TW; 12.5…", "Nguye\u0302\u0303n Va\u0306n", "x\xffy\xe1\x80", "…—「」", "ab12 cd_ef\tgh\n",
	} {
		if got, want := words(s, nil), reference(s); !slices.Equal(got, want) {
			t.Errorf("%q: words %v, want %v", s, got, want)
		}
	}
}
