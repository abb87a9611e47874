package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/importer"
)

// batchStories makes n distinct stories from the importer's test stories:
// story k is test story k mod 6 with its people renamed (family, middle and
// given names drawn by k), its province changed (one of 20) and its number
// at the end, so each has its own text, people and provincial bodies, as a
// year of a provincial desk's stories would.
func batchStories(t testing.TB, n int) []string {
	t.Helper()
	var bases []string
	for _, glob := range []string{"../../internal/importer/testdata/*.txt", "../../internal/importer/testdata/heldout/*.txt"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			bases = append(bases, string(b))
		}
	}
	if len(bases) == 0 {
		t.Fatal("no test stories")
	}
	families := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	middles := []string{"Văn", "Thị", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Ngọc", "Xuân", "Hồng", "Duy"}
	givens := []string{"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Khánh", "Lan", "Long", "Mai", "Nam", "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vinh", "Yến"}
	provinces := []string{"Thái Nguyên", "Bắc Kạn", "Quảng Ninh", "Phú Thọ", "Tuyên Quang", "Lạng Sơn", "Cao Bằng", "Hà Giang", "Lào Cai", "Yên Bái",
		"Sơn La", "Điện Biên", "Lai Châu", "Hòa Bình", "Bắc Giang", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Nam Định"}
	out := make([]string, n)
	for k := range out {
		text := bases[k%len(bases)]
		story := importer.Extract(text, time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC))
		for j, p := range append(story.People, story.Authors...) {
			name := families[(k+j)%len(families)] + " " + middles[(k/3+j)%len(middles)] + " " + givens[(k/7+3*j)%len(givens)]
			if strings.ToUpper(p.Span.Text) == p.Span.Text {
				text = strings.ReplaceAll(text, p.Span.Text, strings.ToUpper(name))
			}
			text = strings.ReplaceAll(text, p.Name, name)
		}
		to := provinces[(k/len(bases))%len(provinces)]
		for _, from := range provinces[:4] {
			text = strings.ReplaceAll(text, from, to)
		}
		out[k] = fmt.Sprintf("%s\nTin số %d.\n", strings.TrimRight(text, "\n"), k+1)
	}
	return out
}

// writeBatch writes stories as a JSON Lines file, every third with a title
// and every other with a publication date.
func writeBatch(t testing.TB, path string, stories []string) {
	t.Helper()
	var b strings.Builder
	for k, text := range stories {
		s := map[string]string{"text": text, "url": fmt.Sprintf("https://example.org/tin/%d", k+1)}
		if k%3 == 0 {
			s["title"] = fmt.Sprintf("Tin số %d", k+1)
		}
		if k%2 == 0 {
			s["publishedAt"] = "2024-12-02"
		}
		line, _ := json.Marshal(s)
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestImportBatch(t *testing.T) {
	dir := t.TempDir()
	db := "--database-url=sqlite:" + filepath.Join(dir, "n.db")
	stories := batchStories(t, 4)
	folder := filepath.Join(dir, "in")
	os.MkdirAll(filepath.Join(folder, "more"), 0o755)
	jsonl := `{"text": ` + quote(stories[0]) + `, "title": "Hội nghị sơ kết", "author": "Lê Minh Châu", "publishedAt": "2024-07-04T08:00:00+07:00", "url": "https://example.org/1"}
not json at all

{"text": ""}
{"text": ` + quote(stories[1]) + `, "publishedAt": "4/7/2024"}
{"text": ` + quote(stories[1]) + `, "titel": "a typo"}
{"text": ` + quote(stories[1]) + `}
`
	os.WriteFile(filepath.Join(folder, "a.jsonl"), []byte(jsonl), 0o644)
	os.WriteFile(filepath.Join(folder, "b.txt"), []byte(stories[2]), 0o644)
	os.WriteFile(filepath.Join(folder, "more", "c.txt"), []byte(stories[3]), 0o644)
	os.WriteFile(filepath.Join(folder, "more", "d.txt"), []byte("  \n"), 0o644)
	os.WriteFile(filepath.Join(folder, "notes.md"), []byte("not a story"), 0o644)

	code, out, errs := runImport(t, "", db, folder)
	a := filepath.Join(folder, "a.jsonl")
	for _, want := range []string{
		a + ":1: created draft ",
		a + ":2: failed: not a story: ",
		a + ":4: failed: text: the story is empty",
		a + `:5: failed: publishedAt: "4/7/2024" is neither`,
		a + `:6: failed: not a story: json: unknown field "titel"`,
		a + ":7: created draft ",
		filepath.Join(folder, "b.txt") + ": created draft ",
		filepath.Join(folder, "more", "c.txt") + ": created draft ",
		filepath.Join(folder, "more", "d.txt") + ": failed: text: the story is empty",
		"9 stories: 4 imported, 0 skipped (imported before), 5 failed; entities: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code != 1 || errs != "newsgraph import: 5 of 9 stories failed (see the lines above)\n" {
		t.Errorf("exit %d, stderr %q; want 1 and one line", code, errs)
	}
	if strings.Contains(out, "notes.md") {
		t.Error("a file that is neither .txt nor .jsonl was read")
	}

	// Again: the good ones are skipped, the bad ones still fail.
	_, out, _ = runImport(t, "", db, folder)
	if !strings.Contains(out, "9 stories: 0 imported, 4 skipped (imported before), 5 failed; entities: 0 created, 0 linked") {
		t.Errorf("second run:\n%s", out)
	}

	// What came with the story: title, author, publication date.
	code, out, _ = runImport(t, "", db, "--json", a)
	var first struct {
		Where   string
		Article struct {
			ID    int
			Title string
		}
		Existing bool
	}
	json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &first)
	if first.Where != a+":1" || first.Article.Title != "Hội nghị sơ kết" || !first.Existing {
		t.Errorf("--json first line %q", strings.SplitN(out, "\n", 2)[0])
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var sum struct{ Summary batchSummary }
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &sum); err != nil || sum.Summary.Stories != 6 || sum.Summary.Failed != 4 || sum.Summary.Skipped != 2 || code != 1 {
		t.Errorf("--json summary %q (exit %d)", lines[len(lines)-1], code)
	}
	d, err := openMigrated(context.Background(), strings.TrimPrefix(db, "--database-url="))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx := auth.System(context.Background())
	art := d.Client.Article.GetX(ctx, first.Article.ID)
	authors := art.QueryAuthors().AllX(ctx)
	if art.PublishedAt == nil || !art.PublishedAt.Equal(time.Date(2024, 7, 4, 1, 0, 0, 0, time.UTC)) || !hasAuthor(authors, "Lê Minh Châu") {
		t.Errorf("article %q: publishedAt %v, authors %v", art.Title, art.PublishedAt, authors)
	}

	// --review leaves them pending: nothing of the content graph is written.
	db2 := "--database-url=sqlite:" + filepath.Join(dir, "r.db")
	code, out, _ = runImport(t, "", db2, "--review", filepath.Join(folder, "more"))
	if code != 1 || !strings.Contains(out, ": left for review as import ") || !strings.Contains(out, "2 stories: 1 left for review, 0 skipped") {
		t.Errorf("--review: exit %d\n%s", code, out)
	}
}

func hasAuthor(people []*ent.Person, name string) bool {
	for _, p := range people {
		if p.FullName == name {
			return true
		}
	}
	return false
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// BenchmarkImportBatch imports 1,000 stories (batchStories) from a JSON
// Lines file into a new SQLite database with `newsgraph import`, as
// docs/import.md reports:
//
//	go test ./cmd/newsgraph -run XXX -bench ImportBatch -benchtime 1x
func BenchmarkImportBatch(b *testing.B) {
	dir := b.TempDir()
	file := filepath.Join(dir, "stories.jsonl")
	writeBatch(b, file, batchStories(b, 1000))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		db := "--database-url=sqlite:" + filepath.Join(dir, fmt.Sprintf("n%d.db", i))
		started := time.Now()
		code, out, errs := runImport(b, "", db, file)
		if code != 0 {
			b.Fatalf("exit %d: %s\n%s", code, errs, out)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		b.Logf("%s (%.0f stories/s)", lines[len(lines)-1], 1000/time.Since(started).Seconds())
	}
}
