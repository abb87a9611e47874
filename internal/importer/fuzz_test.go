package importer

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds the rules arbitrary text: any valid UTF-8 must extract
// without a panic and with spans that point into the text. The seeds (the
// test stories and odd shapes) run in every `go test`.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{
		"", "|", "\n\n|\n", "đồng chí", "Đồng chí Trưởng Ban", "ông Nguyễn", "Bằng khen của", "Bằng khen của Ban",
		"Chỉ thị số 1-/", "Ngày 99-99", "Ngày 31/12/9999", "12/12/", "Ban Ban Ban Tỉnh ủy Tỉnh ủy",
		"Trưởng Ban, Trưởng Ban, Trưởng Ban", "NGUYỄN VĂN A\nTHÔNG TIN", "Tin.\nBÀI, ẢNH: LÊ  MINH CHÂU\n", "Thông tin bạn đọc\nĐóng",
		"e\u0301 Hoa\u0300ng", "Sở Y tế tỉnh", "UBND huyện", "có thành tích và trong và trong Bằng khen của Bộ Y tế và Sở Y tế",
		"trao Bằng khen cho 23 tập thể và 23 cá nhân", "cho 20 tập thể, cá nhân", "12 tập thể được nhận Giấy khen", "huy hiệu 70 năm tuổi Đảng cho",
		"Ban Chấp hành Đảng bộ tỉnh (khoá XXII", "Ban Chấp hành Đảng bộ tỉnh (khoá XXII)", "Thứ Ba, 12/12/2023 08:30\nSáng 12/12, họp.",
		"(Vĩnh Long) –", "Vĩnh Long – Ban Thường vụ Tỉnh ủy", "ông Nguyễn Hương giang", "Đại biểu. (Ảnh: Hữu Thắng)|\nChí Kiên",
		"Tỉnh ủy viên, Giám đốc Sở", "Thủ tướng Nguyễn", "cho tập thể", "đã vinh dự được nhận Bằng khen",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		s := Extract(text, now)
		checkSpans(t, s)
	})
}
