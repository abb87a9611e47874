package apperr_test

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// docs/http.md keeps the one table of codes; it says what apperr's table
// says: every code, its HTTP status and whether it is retryable.
func TestDocsTableOfCodes(t *testing.T) {
	doc, err := os.ReadFile("../../docs/http.md")
	if err != nil {
		t.Fatal(err)
	}
	section := string(doc)
	section = section[strings.Index(section, "### Error codes"):]
	section = section[:strings.Index(section, "\n## ")]
	rows := map[string][]string{}
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows[strings.Trim(cells[0], "`")] = cells
	}
	for _, code := range apperr.Codes() {
		cells, ok := rows[code]
		if !ok {
			t.Errorf("docs/http.md has no row for %s", code)
			continue
		}
		delete(rows, code)
		class := apperr.ClassOf(code)
		status := cells[1]
		if class.Status == 200 {
			if status != "200" && status != "200/400" {
				t.Errorf("%s: docs say %q, apperr a GraphQL error (200 or 200/400)", code, status)
			}
		} else if !strings.HasPrefix(status, strconv.Itoa(class.Status)) {
			t.Errorf("%s: docs say %q, apperr %d", code, status, class.Status)
		}
		if retry := strings.HasPrefix(cells[3], "yes"); retry != class.Retryable {
			t.Errorf("%s: docs say retryable %q, apperr %v", code, cells[3], class.Retryable)
		}
	}
	for code := range rows {
		t.Errorf("docs/http.md documents %s, which apperr does not know", code)
	}
}
