package importer

import (
	"strings"
	"testing"
)

// documentsOf lists the document codes Extract finds in text with their
// kind ("20/KH-UBND DOCUMENT_PLAN"), "; "-joined.
func documentsOf(text string) string {
	var got []string
	for _, d := range Extract(text, now).Documents {
		got = append(got, d.Code+" DOCUMENT_"+d.Kind)
	}
	return strings.Join(got, "; ")
}

// Round 9: the codes of official letters, a number, the issuer's letters and
// the department's after "số", with no kind letters.
func TestOfficialLetterCodes(t *testing.T) {
	checkDocuments(t, []textCase{
		{"Năm 2022, tỉnh đã có các văn bản: số 512/UBND-VX3 ngày 15/6/2022 và số 88/UBND-KT ngày 2/7/2022.", "512/UBND-VX3 DOCUMENT_OTHER; 88/UBND-KT DOCUMENT_OTHER"},
		{"Năm 2024, Sở đã trả lời tại số 230/SNV-TCBC ngày 3/4/2024.", "230/SNV-TCBC DOCUMENT_OTHER"},
		// Without "số" a slashed pair is no letter.
		{"Năm 2024, tỉnh đạt 12/UBND-KT trong bảng xếp hạng.", ""},
		// A code with kind letters keeps its kind.
		{"Năm 2024, thực hiện theo số 20/KH-UBND của tỉnh.", "20/KH-UBND DOCUMENT_PLAN"},
	})
}

// checkDocuments extracts each case's text and compares its document codes
// (documentsOf).
func checkDocuments(t *testing.T, tests []textCase) {
	t.Helper()
	for _, tt := range tests {
		if g := documentsOf(tt.text); g != tt.want {
			t.Errorf("%q: documents %q, want %q", tt.text, g, tt.want)
		}
	}
}
