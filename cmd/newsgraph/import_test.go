package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

const fixture = "../../internal/importer/testdata/thai-nguyen-tuyen-giao-2024.txt"

func runImport(t testing.TB, input string, args ...string) (int, string, string) {
	t.Helper()
	stdin = strings.NewReader(input)
	var out, errs bytes.Buffer
	code := run(context.Background(), append([]string{"import"}, args...), &out, &errs)
	return code, out.String(), errs.String()
}

func TestImportCommand(t *testing.T) {
	db := "--database-url=sqlite:" + filepath.Join(t.TempDir(), "n.db")

	code, out, errs := runImport(t, "", db, "--dry-run", fixture)
	if code != 0 || !strings.Contains(out, "dry run; would create draft") || !strings.Contains(out, "created person       Vũ Duy Hoàng") {
		t.Fatalf("dry run: exit %d, out %q, err %q", code, out, errs)
	}

	code, out, errs = runImport(t, "", db, "--json", fixture)
	if code != 0 {
		t.Fatalf("import: exit %d, err %q", code, errs)
	}
	var rep struct {
		File    string
		Article struct {
			ID     int
			Status string
		}
		Entities []struct{ Kind, Name, Action string }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("--json output %q: %v", out, err)
	}
	if rep.File != fixture || rep.Article.ID == 0 || rep.Article.Status != "DRAFT" || len(rep.Entities) != 14 {
		t.Fatalf("report = %+v", rep)
	}

	// The same story on stdin: already there.
	story, _ := readStory(fixture)
	code, out, _ = runImport(t, story, db, "-")
	if code != 0 || !strings.Contains(out, "-: imported before as draft") {
		t.Fatalf("stdin re-import: exit %d, out %q", code, out)
	}
}

func TestImportCommandRefusesBadInput(t *testing.T) {
	db := "--database-url=sqlite:" + filepath.Join(t.TempDir(), "n.db")
	for name, input := range map[string]string{
		"empty":     "",
		"not UTF-8": "Ngày 3-7 \xff",
		"over 1 MB": strings.Repeat("x", 1<<20+1),
	} {
		code, out, errs := runImport(t, input, db, "-")
		if code == 0 || out != "" || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "newsgraph import: -: text: ") {
			t.Errorf("%s: exit %d, out %q, err %q; want a one-line error and a non-zero exit", name, code, out, errs)
		}
	}
	if code, _, _ := runImport(t, "", db); code != 2 {
		t.Errorf("no FILE: exit %d, want 2", code)
	}
}
