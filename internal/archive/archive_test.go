package archive_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/archive"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/media"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/synthetic"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

var ctx = context.Background()

// TestMain keeps the access log of every request out of test output.
func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelWarn})))
	testdb.Main(m)
}

// Content moved from SQLite to either engine through an archive, and back
// by copy, answers every query as before: ids, slugs, cursors, times,
// search results and hits' order, drafts, feedback, tokens' hashes, media.
func TestContentSurvivesACopyBetweenEngines(t *testing.T) {
	src := testdb.Engines()[0].Open(t)
	fill(t, src)
	mediaDir := t.TempDir()
	image := []byte("\x89PNG\r\n\x1a\n not really an image")
	if err := os.WriteFile(filepath.Join(mediaDir, "abc.png"), image, 0o644); err != nil {
		t.Fatal(err)
	}
	want := answers(t, src)

	for _, eng := range testdb.Engines() {
		t.Run(eng.Name, func(t *testing.T) {
			var file bytes.Buffer
			sums, err := archive.Export(ctx, src, &file, archive.ExportOptions{Media: media.NewStore(mediaDir, 0), Gzip: true, Version: "test"})
			if err != nil {
				t.Fatal(err)
			}
			dst, restored := eng.Open(t), t.TempDir()
			res, err := archive.Restore(ctx, dst, &file, archive.RestoreOptions{Media: media.NewStore(restored, 0)})
			if err != nil {
				t.Fatal(err)
			}
			if res.Checksums.Checksum != sums.Checksum || res.Rows == 0 {
				t.Errorf("restored %d rows with checksum %s, exported %s", res.Rows, res.Checksums.Checksum, sums.Checksum)
			}
			if got, err := os.ReadFile(filepath.Join(restored, "abc.png")); err != nil || !bytes.Equal(got, image) {
				t.Errorf("media file: %q, %v", got, err)
			}
			compare(t, "restored on "+eng.Name, want, answers(t, dst), eng.Name != "sqlite")

			back := testdb.Engines()[0].Open(t)
			copied, err := archive.Copy(ctx, dst, back, "test", nil)
			if err != nil {
				t.Fatal(err)
			}
			// The media files stay where they are: the tables sum the same.
			if !slices.Equal(copied.Checksums.Tables, res.Checksums.Tables) || len(copied.Checksums.Media) != 0 {
				t.Errorf("copied back %+v, restored %+v", copied.Checksums.Tables, res.Checksums.Tables)
			}
			compare(t, "copied back to SQLite", want, answers(t, back), eng.Name != "sqlite")

			// What is created afterwards gets a new id, in its type's range.
			var created struct {
				Data struct{ CreateTag struct{ ID string } }
			}
			post(t, dst, `mutation { createTag(input: {name: "Sau khi chuyển"}) { id } }`, nil, &created)
			if created.Data.CreateTag.ID == "" {
				t.Error("no tag created after the restore")
			}
		})
	}
}

// A damaged or truncated archive, or a database with content, is refused
// with a clear error, and the database is left as it was.
func TestBadArchivesLeaveTheDatabaseEmpty(t *testing.T) {
	src := testdb.Engines()[0].Open(t)
	fill(t, src)
	var plain bytes.Buffer
	if _, err := archive.Export(ctx, src, &plain, archive.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	good := plain.Bytes()
	// A letter of the first article's title changed, the length kept.
	tampered := bytes.Clone(good)
	at := bytes.Index(tampered, []byte(`"title":"`)) + len(`"title":"`)
	for ; tampered[at] < 'a' || tampered[at] > 'y'; at++ {
	}
	tampered[at]++
	for _, eng := range testdb.Engines() {
		t.Run(eng.Name, func(t *testing.T) {
			for _, tc := range []struct {
				name, want string
				data       []byte
			}{
				{"empty", "not a newsgraph archive", nil},
				{"not a tar", "not a newsgraph archive", []byte("hello, this is not an archive at all")},
				{"truncated", "", good[:len(good)*2/3]},
				{"a row changed", "damaged", tampered},
			} {
				dst := eng.Open(t)
				_, err := archive.Restore(ctx, dst, bytes.NewReader(tc.data), archive.RestoreOptions{})
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("%s: %v, want an error saying %q", tc.name, err, tc.want)
				}
				if n := rows(t, dst); n != 0 {
					t.Errorf("%s: the database was left with %d rows", tc.name, n)
				}
			}
			full := eng.Open(t)
			fill(t, full)
			if _, err := archive.Restore(ctx, full, bytes.NewReader(good), archive.RestoreOptions{}); !errors.Is(err, archive.ErrNotEmpty) {
				t.Errorf("restore into a database with content: %v, want ErrNotEmpty", err)
			}
		})
	}
}

// fill writes a small synthetic newsroom, with a token, a draft, feedback
// and revisions, into db.
func fill(t *testing.T, db *database.DB) {
	t.Helper()
	if _, err := synthetic.Load(ctx, db.Client, 0.001, 1, nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := auth.CreateToken(auth.System(ctx), db.Client, "desk", auth.Editor); err != nil {
		t.Fatal(err)
	}
	var created struct {
		Data struct{ CreateArticle struct{ ID string } }
	}
	post(t, db, `mutation { createArticle(input: {title: "Bản nháp", body: "Nội dung", eventDate: "2024-07-03"}) { id } }`, nil, &created)
	id := created.Data.CreateArticle.ID
	post(t, db, `mutation($id: ID!) { publishArticle(id: $id) { id } }`, map[string]any{"id": id}, nil)
	post(t, db, `mutation($id: ID!) { submitFeedback(articleId: $id, name: "Lan", email: "lan@example.vn", content: "Cảm ơn") { id } }`, map[string]any{"id": id}, nil)
}

// queries are answered before and after a copy; the second page uses the
// first page's cursor as the source answered it.
var queries = []string{
	`{ articles(first: 7, orderBy: {field: PUBLISHED_AT, direction: DESC}) { totalCount edges { cursor node { id slug title status publishedAt eventDate createdAt updatedAt category { name } tags { name } authors { fullName } mentionedPeople { slug } revisions(first: 5) { edges { node { version title } } } feedback(first: 5) { edges { node { name email content } } } } } pageInfo { endCursor hasNextPage } } }`,
	`{ search(query: "tỉnh", first: 20) { totalCount edges { cursor score snippet node { __typename ... on Article { id title } ... on Person { id fullName } ... on Organization { id name } ... on Award { id name } } } } }`,
	`{ awards(first: 10, orderBy: {field: YEAR, direction: DESC}) { edges { node { id name kind year awardedOn issuer { name parent { name } } recipients { __typename ... on Person { slug } ... on Organization { slug } } } } } }`,
	`{ organizations(first: 20) { edges { node { id slug name parent { slug } positions { title startDate endDate person { slug } } } } } }`,
	`{ apiTokens { name role } }`,
}

func answers(t *testing.T, db *database.DB) []string {
	t.Helper()
	var out []string
	for _, q := range queries {
		var a struct {
			Data   json.RawMessage
			Errors []any
		}
		post(t, db, q, nil, &a)
		out = append(out, string(a.Data))
	}
	// The second page of the feed, after the first page's last cursor.
	var first struct {
		Data struct {
			Articles struct{ PageInfo struct{ EndCursor string } }
		}
	}
	post(t, db, queries[0], nil, &first)
	var second struct{ Data json.RawMessage }
	post(t, db, `query($c: Cursor) { articles(first: 7, after: $c, orderBy: {field: PUBLISHED_AT, direction: DESC}) { edges { node { id slug } } } }`,
		map[string]any{"c": first.Data.Articles.PageInfo.EndCursor}, &second)
	return append(out, string(second.Data))
}

// compare compares answers as JSON. From SQLite to PostgreSQL, times keep
// the microseconds PostgreSQL keeps (SQLite keeps nanoseconds), and so
// does a cursor that carries one: micro compares them so.
func compare(t *testing.T, what string, want, got []string, micro bool) {
	t.Helper()
	for i := range want {
		want, got := normalize(t, want[i], micro), normalize(t, got[i], micro)
		if want != got {
			t.Errorf("%s: query %d answers\n%.2000s\nwant\n%.2000s", what, i, got, want)
		}
	}
}

// post sends one operation as an administrator and fails t on errors.
func post(t *testing.T, db *database.DB, query string, vars map[string]any, out any) {
	t.Helper()
	admin := &auth.Caller{TokenID: 1, Name: "admin", Role: auth.Admin}
	h := server.New(db.Client, server.Options{DB: db.SQL, Authenticate: func(context.Context, string) (*auth.Caller, error) { return admin, nil }})
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var a struct {
		Errors []struct{ Message string }
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil || len(a.Errors) > 0 {
		t.Fatalf("%s: %s", query, rec.Body)
	}
	if out != nil {
		if err := json.Unmarshal(rec.Body.Bytes(), out); err != nil {
			t.Fatal(err)
		}
	}
}

// rows counts the rows of the content's main tables.
func rows(t *testing.T, db *database.DB) int {
	total := 0
	for _, table := range []string{"articles", "persons", "organizations", "awards", "events", "api_tokens", "feedbacks"} {
		var n int
		if err := db.SQL.QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		total += n
	}
	return total
}

var (
	nanoseconds = regexp.MustCompile(`(\.\d{1,6})\d*Z"`)
	cursors     = regexp.MustCompile(`"cursor":"[^"]*"`)
)

func normalize(t *testing.T, answer string, micro bool) string {
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(answer)); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	if micro {
		s = nanoseconds.ReplaceAllStringFunc(s, func(m string) string {
			frac := strings.TrimRight(nanoseconds.FindStringSubmatch(m)[1], "0")
			return strings.TrimSuffix(frac, ".") + `Z"`
		})
		s = cursors.ReplaceAllString(s, `"cursor":""`)
	}
	return s
}
