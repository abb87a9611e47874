package importer_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// The gold list of one corpus story: testdata/corpus/SET/NAME.json beside
// NAME.txt. docs/import.md ("Corpus and scores") defines the format and
// the matching rule; this file is that definition in code.

// goldStory is what a careful editor marks in one story.
type goldStory struct {
	Source        string          `json:"source"`    // the address of the published story we retold
	Published     string          `json:"published"` // YYYY-MM-DD or YYYY-MM or YYYY, as far as the page says
	Notes         string          `json:"notes,omitempty"`
	People        []goldName      `json:"people"`
	Positions     []goldPosition  `json:"positions"`
	Organizations []goldName      `json:"organizations"`
	Awards        []goldAward     `json:"awards"`
	Recipients    []goldRecipient `json:"recipients"`
	Documents     []string        `json:"documents"`
	Dates         []string        `json:"dates"`
}

// goldName is a person or an organization: its name as the editor would
// store it, and the other forms the story writes for the same one. In JSON
// a bare string is a name with no other form.
type goldName struct {
	Name string   `json:"name"`
	Also []string `json:"also,omitempty"`
}

func (g *goldName) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &g.Name)
	}
	type plain goldName
	return json.Unmarshal(b, (*plain)(g))
}

// goldPosition is a title a person holds (or is given) in an organization.
type goldPosition struct {
	Person       string `json:"person"`
	Title        string `json:"title"`
	Organization string `json:"organization"`
}

// goldAward is an award by its name without the issuer ("Bằng khen") and
// its issuer ("Thủ tướng Chính phủ"; empty when the story names none).
type goldAward struct {
	Name   string   `json:"name"`
	Issuer string   `json:"issuer"`
	Also   []string `json:"also,omitempty"`
}

// goldRecipient is who received an award: a named person or organization,
// or a count of bodies ("tập thể") or people ("cá nhân").
type goldRecipient struct {
	Award        string `json:"award"`
	Issuer       string `json:"issuer"`
	Person       string `json:"person,omitempty"`
	Organization string `json:"organization,omitempty"`
	Count        int    `json:"count,omitempty"`
	Kind         string `json:"kind,omitempty"` // "tập thể" | "cá nhân", none for a total across kinds
}

func (g *goldStory) check() error {
	for _, r := range g.Recipients {
		n := 0
		for _, set := range []bool{r.Person != "", r.Organization != "", r.Count > 0} {
			if set {
				n++
			}
		}
		if n != 1 {
			return fmt.Errorf("recipient %+v: want exactly one of person, organization, count", r)
		}
		if r.Count > 0 && r.Kind != "tập thể" && r.Kind != "cá nhân" && r.Kind != "" {
			return fmt.Errorf("recipient %+v: kind is %q, want \"tập thể\", \"cá nhân\" or none (a total across kinds)", r, r.Kind)
		}
	}
	// The person of a position or a recipient, and a recipient's award,
	// must be entries of their own kind, so that a labeller's slip is
	// caught before a score, not as a miss no rule can mend. (Bodies are
	// not checked: a foreign province or the Chính phủ of a Thủ tướng is
	// a position's organization without being marked as a body.)
	people, awards := map[string]bool{}, map[string]bool{}
	for _, p := range g.People {
		for _, n := range append([]string{p.Name}, p.Also...) {
			people[norm(n)] = true
		}
	}
	for _, a := range g.Awards {
		for _, n := range append([]string{a.Name}, a.Also...) {
			awards[norm(n)+"|"+norm(a.Issuer)] = true
		}
	}
	for _, p := range g.Positions {
		if !people[norm(p.Person)] {
			return fmt.Errorf("position %+v: the person is not among the people", p)
		}
	}
	for _, r := range g.Recipients {
		if !awards[norm(r.Award)+"|"+norm(r.Issuer)] {
			return fmt.Errorf("recipient %+v: that award with that issuer is not among the awards", r)
		}
		if r.Person != "" && !people[norm(r.Person)] {
			return fmt.Errorf("recipient %+v: the person is not among the people", r)
		}
	}
	for _, d := range g.Dates {
		if _, err := time.Parse(time.DateOnly, d); err != nil && !yearless.MatchString(d) {
			return fmt.Errorf("date %q: want YYYY-MM-DD, or --MM-DD when the page gives no year", d)
		}
	}
	return nil
}

// checkText checks g against its story's text: every person, under one of
// their forms, and every document code is written in it (compared as
// norm compares names; codes without their spaces). A name that is not in
// the text is a labeller's slip, which no rule can find. The eth a page
// typed for "Đ" ("2400/QÐ-UBND") is read as "Đ", as the importer reads it
// (round 40) and the Gold lists write it.
func (g *goldStory) checkText(text string) error {
	text = norm(ethAsDyet.Replace(text))
	for _, p := range g.People {
		if !slices.ContainsFunc(append([]string{p.Name}, p.Also...), func(n string) bool { return strings.Contains(text, norm(n)) }) {
			return fmt.Errorf("person %q is not written in the story", p.Name)
		}
	}
	bare := strings.ReplaceAll(text, " ", "")
	for _, d := range g.Documents {
		if !strings.Contains(bare, strings.ReplaceAll(norm(d), " ", "")) {
			return fmt.Errorf("document %q is not written in the story", d)
		}
	}
	return nil
}

// ethAsDyet turns the eth letters (U+00D0, U+00F0) a page typed for "Đ"
// and "đ" into them.
var ethAsDyet = strings.NewReplacer("\u00d0", "\u0110", "\u00f0", "\u0111")

// yearless is a gold date whose page gives no year ("--11-29", as in ISO
// 8601): it matches a found date of that day in any year.
var yearless = regexp.MustCompile(`^--[01][0-9]-[0-3][0-9]$`)

// toneMoves are the two ways of placing a tone mark that Vietnamese text
// mixes ("Uỷ" and "Ủy", "hoà" and "hòa", "khoá" and "khóa"): the older
// placement is rewritten to the newer, on both sides of a comparison.
var toneMoves = strings.NewReplacer(
	"oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
	"oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
	"uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy",
)

// norm is how names are compared: NFC, lower case, one tone placement,
// runs of spaces as one, no space around a hyphen or a slash, no trailing
// full stop.
func norm(s string) string {
	s = strings.ToLower(textvi.NFC(s))
	s = toneMoves.Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	for _, sep := range []string{"-", "–", "/"} {
		s = strings.ReplaceAll(s, " "+sep, sep)
		s = strings.ReplaceAll(s, sep+" ", sep)
	}
	s = strings.ReplaceAll(s, "–", "-")
	return strings.TrimRight(s, ".")
}

// orgAbbreviations are the short forms a story and the store use for the
// same body; an organization's name is compared with them written out.
var orgAbbreviations = []struct{ short, long string }{
	{"ubnd", "ủy ban nhân dân"}, {"hđnd", "hội đồng nhân dân"}, {"mttq", "mặt trận tổ quốc"},
	{"ubmttq", "ủy ban mặt trận tổ quốc"}, {"bch", "ban chấp hành"}, {"btv", "ban thường vụ"},
	{"ubkt", "ủy ban kiểm tra"}, {"đbqh", "đại biểu quốc hội"}, {"tư", "trung ương"}, {"tw", "trung ương"},
}

// orgNorm is norm for an organization: abbreviations written out, and the
// unit word before a trailing province dropped ("UBND tỉnh Sơn La" and the
// store's "Ủy ban nhân dân Sơn La" are one name; the province stays).
func orgNorm(s string) string {
	words := strings.Fields(norm(s))
	for i, w := range words {
		for _, a := range orgAbbreviations {
			if w == a.short {
				words[i] = a.long
			}
		}
	}
	s = strings.Join(words, " ")
	s = strings.ReplaceAll(s, "ủy ban ủy ban", "ủy ban") // "UBMTTQ" written out after "Ủy ban"
	for _, unit := range []string{" tỉnh ", " thành phố "} {
		if i := strings.LastIndex(s, unit); i > 0 {
			rest := s[i+len(unit):]
			if provinceNames[rest] {
				s = s[:i] + " " + rest
			}
		}
	}
	return s
}

// provinceNames are the provinces and centrally governed cities, lower case,
// for orgNorm: the unit word before one of them is dropped.
var provinceNames = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split("an giang,bà rịa - vũng tàu,bà rịa-vũng tàu,bắc giang,bắc kạn,bạc liêu,bắc ninh,bến tre,bình định,bình dương,bình phước,bình thuận,cà mau,cần thơ,cao bằng,đà nẵng,đắk lắk,đắk nông,điện biên,đồng nai,đồng tháp,gia lai,hà giang,hà nam,hà nội,hà tĩnh,hải dương,hải phòng,hậu giang,hòa bình,hồ chí minh,hưng yên,khánh hòa,kiên giang,kon tum,lai châu,lâm đồng,lạng sơn,lào cai,long an,nam định,nghệ an,ninh bình,ninh thuận,phú thọ,phú yên,quảng bình,quảng nam,quảng ngãi,quảng ninh,quảng trị,sóc trăng,sơn la,tây ninh,thái bình,thái nguyên,thanh hóa,thừa thiên huế,huế,tiền giang,trà vinh,tuyên quang,vĩnh long,vĩnh phúc,yên bái", ",") {
		m[p] = true
	}
	return m
}()

func TestGoldStoryCheck(t *testing.T) {
	for _, c := range []struct {
		name, json string
		ok         bool
	}{
		{"consistent", `{"people": [{"name": "Nguyễn Hương Giang", "also": ["Nguyễn Hương giang"]}],
			"positions": [{"person": "Nguyễn Hương giang", "title": "Giám đốc", "organization": "Sở Y tế"}],
			"awards": [{"name": "Danh hiệu Chiến sĩ thi đua cấp tỉnh", "issuer": "", "also": ["Chiến sĩ thi đua cấp tỉnh"]}],
			"recipients": [{"award": "Chiến sĩ thi đua cấp tỉnh", "issuer": "", "person": "Nguyễn Hương Giang"},
				{"award": "Danh hiệu Chiến sĩ thi đua cấp tỉnh", "issuer": "", "count": 116}]}`, true},
		{"a position's person not among the people", `{"people": ["Trần Hanh"],
			"positions": [{"person": "Trần Hạnh", "title": "Giám đốc"}]}`, false},
		{"a recipient's award not among the awards", `{"awards": [{"name": "Bằng khen", "issuer": "Thủ tướng Chính phủ"}],
			"recipients": [{"award": "Bằng khen", "issuer": "", "count": 5, "kind": "tập thể"}]}`, false},
		{"a recipient not among the people", `{"people": ["Trần Hanh"], "awards": [{"name": "Bằng khen", "issuer": ""}],
			"recipients": [{"award": "Bằng khen", "issuer": "", "person": "Lê Văn Bình"}]}`, false},
		{"a count of another kind", `{"awards": [{"name": "Bằng khen", "issuer": ""}],
			"recipients": [{"award": "Bằng khen", "issuer": "", "count": 5, "kind": "đơn vị"}]}`, false},
	} {
		var g goldStory
		if err := json.Unmarshal([]byte(c.json), &g); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if err := g.check(); (err == nil) != c.ok {
			t.Errorf("%s: check() = %v, want ok %v", c.name, err, c.ok)
		}
	}
}

func TestGoldStoryCheckText(t *testing.T) {
	const text = "Đồng chí Nguyễn Hương giang, Giám đốc Sở Y tế, công bố Quyết định số 1233/QĐ - TTg. HÀ MY"
	for _, c := range []struct {
		name, json string
		ok         bool
	}{
		{"every name and code written", `{"people": [{"name": "Nguyễn Hương Giang", "also": ["Nguyễn Hương giang"]}, "Hà My"],
			"documents": ["1233/QĐ-TTg"]}`, true},
		{"a person the story does not name", `{"people": ["Nguyễn Hương Giang", "Lê Văn Bình"]}`, false},
		{"a code the story does not write", `{"documents": ["1234/QĐ-TTg"]}`, false},
	} {
		var g goldStory
		if err := json.Unmarshal([]byte(c.json), &g); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if err := g.checkText(text); (err == nil) != c.ok {
			t.Errorf("%s: checkText() = %v, want ok %v", c.name, err, c.ok)
		}
	}
}
