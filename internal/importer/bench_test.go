package importer

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkExtract reads the fixture story.
func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile("testdata/thai-nguyen-tuyen-giao-2024.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract(string(text), now)
	}
}

// BenchmarkExtractMegabyte reads the largest text an import accepts, made of
// one pathological pattern without a full stop: the rules must stay linear.
func BenchmarkExtractMegabyte(b *testing.B) {
	for _, unit := range []string{
		"Bằng khen của Bộ Y tế và Sở Y tế ",
		"Chỉ thị số 05-CT/TW của Bộ Chính trị ",
		"đồng chí Nguyễn Văn An, Trưởng Ban Tuyên giáo Tỉnh ủy, ",
		"Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể và ông Lê Văn An, ",
		"kết quả bầu Phó Chủ tịch UBND tỉnh đối với ông Nguyễn Văn An, ông Lê Văn Bình, ",
		"Huy hiệu 40 năm và 30 năm tuổi Đảng: 5 đồng chí, ",
	} {
		text := strings.Repeat(unit, MaxText/len(unit))
		b.Run(strings.Fields(unit)[0], func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Extract(text, now)
			}
		})
	}
}
