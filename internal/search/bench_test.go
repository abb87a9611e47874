package search_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// BenchmarkSearch measures the first page of a two-word search through the
// full HTTP handler, one client at a time, on a database of 100,000 articles
// (NEWSGRAPH_BENCH_ARTICLES to change) of generated Vietnamese text, on every
// engine testdb knows. It reports p50 and p99 latency and the size of the
// index against the size of the text it indexes. Building the database takes
// minutes; it runs only with -bench:
//
//	NEWSGRAPH_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable \
//	  go test ./internal/search -run '^$' -bench Search -benchtime 400x -timeout 60m
func BenchmarkSearch(b *testing.B) {
	parent := b // the fixture lives as long as the whole benchmark
	n := 100_000
	if s := os.Getenv("NEWSGRAPH_BENCH_ARTICLES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatalf("NEWSGRAPH_BENCH_ARTICLES=%q: %v", s, err)
		}
	}
	for _, e := range testdb.Engines() {
		b.Run(e.Name, func(b *testing.B) {
			f := benchFixture(parent, e, n)
			queries := []string{
				"tuyen giao", "hoi nghi", "thai nguyen", "bang khen", "chi thi",
				"vu duy", "nong thon", "kinh te", "ban chap", "phong cach",
			}
			lat := make([]time.Duration, 0, b.N)
			perQuery := map[string][]time.Duration{}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				q := queries[i%len(queries)]
				started := time.Now()
				hits := f.search(b, q)
				d := time.Since(started)
				lat = append(lat, d)
				perQuery[q] = append(perQuery[q], d)
				if hits == 0 {
					b.Fatalf("%q found nothing", q)
				}
			}
			b.StopTimer()
			for _, q := range queries {
				ds := perQuery[q]
				sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
				if len(ds) > 0 {
					b.Logf("%-12s median %6.2f ms, max %6.2f ms", q, float64(ds[len(ds)/2].Microseconds())/1000, float64(ds[len(ds)-1].Microseconds())/1000)
				}
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(f.indexBytes)/float64(f.textBytes), "index/text")
			b.ReportMetric(float64(f.looseBytes)/float64(f.textBytes), "loose-index/text")
			b.ReportMetric(float64(f.textBytes)/1e6, "text-MB")
			b.ReportMetric(float64(n), "articles")
		})
	}
}

// fixture is a generated database behind the HTTP handler.
type fixture struct {
	h                     http.Handler
	textBytes, indexBytes int64
	looseBytes            int64 // the index before Compact
}

// search asks for the first page of q as a reader would and returns the
// number of hits on it.
func (f *fixture) search(b *testing.B, q string) int {
	query := `query($q: String!) { search(query: $q, first: 10) { edges { score snippet node { __typename ... on Article { title slug publishedAt } } } } }`
	vars := `{"q":"` + q + `"}`
	req := httptest.NewRequest(http.MethodGet, "/query?query="+url.QueryEscape(query)+"&variables="+url.QueryEscape(vars), nil)
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	body := rec.Body.String()
	if rec.Code != http.StatusOK || strings.Contains(body, `"errors"`) {
		b.Fatalf("search %q: %d %s", q, rec.Code, body)
	}
	return strings.Count(body, `"__typename"`)
}

// Building 100,000 articles takes minutes, and the benchmark function runs
// more than once: keep one fixture per engine.
var (
	fixturesMu sync.Mutex
	fixtures   = map[string]*fixture{}
)

func benchFixture(b *testing.B, e testdb.Engine, n int) *fixture {
	fixturesMu.Lock()
	defer fixturesMu.Unlock()
	if f, ok := fixtures[e.Name]; ok {
		return f
	}
	ctx := context.Background()
	// NEWSGRAPH_BENCH_SQLITE_URL and NEWSGRAPH_BENCH_POSTGRES_URL name a
	// database to keep between runs: generated once, reused after.
	url := os.Getenv("NEWSGRAPH_BENCH_" + strings.ToUpper(e.Name) + "_URL")
	if url == "" {
		url = e.URL(b)
	}
	db, err := database.Open(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	started := time.Now()
	have, err := db.Article.Query().Count(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var text int64
	if have == 0 {
		text, err = generate(ctx, db, n)
	} else {
		size := `sum(length(CAST(title AS BLOB)) + length(CAST(summary AS BLOB)) + length(CAST(body_text AS BLOB)))`
		if db.Dialect == "postgres" {
			size = `sum(octet_length(title) + octet_length(summary) + octet_length(body_text))`
		}
		err = db.SQL.QueryRowContext(ctx, `SELECT `+size+` FROM articles`).Scan(&text)
	}
	if err != nil {
		b.Fatal(err)
	}
	analyze := "ANALYZE"
	if db.Dialect == "postgres" {
		analyze = "VACUUM ANALYZE"
	}
	if _, err := db.SQL.ExecContext(ctx, analyze); err != nil {
		b.Fatal(err)
	}
	idx := search.New(db.Client)
	eng, err := idx.Engine()
	if err != nil {
		b.Fatal(err)
	}
	loose, err := eng.Size(ctx, db.SQL)
	if err != nil {
		b.Fatal(err)
	}
	if err := eng.Compact(ctx, db.SQL); err != nil {
		b.Fatal(err)
	}
	size, err := eng.Size(ctx, db.SQL)
	if err != nil {
		b.Fatal(err)
	}
	if db.Dialect == "postgres" {
		rows, err := db.SQL.QueryContext(ctx, `SELECT relname, pg_relation_size(oid), pg_total_relation_size(oid) FROM pg_class WHERE relname LIKE 'search_documents%' ORDER BY relname`)
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
			var name string
			var own, total int64
			rows.Scan(&name, &own, &total)
			b.Logf("%s: %.1f MB (%.1f MB with TOAST and indexes)", name, float64(own)/1e6, float64(total)/1e6)
		}
		rows.Close()
	}
	b.Logf("%s: %d articles, %.1f MB of text, index %.1f MB as written, %.1f MB compacted, built in %s",
		e.Name, n, float64(text)/1e6, float64(loose)/1e6, float64(size)/1e6, time.Since(started).Round(time.Second))
	f := &fixture{h: server.New(db.Client, server.Options{}), textBytes: text, indexBytes: size, looseBytes: loose}
	fixtures[e.Name] = f
	return f
}

// generate writes n articles of Vietnamese text through ent (so the index
// hooks write the index) and returns the bytes of text indexed.
func generate(ctx context.Context, db *database.DB, n int) (int64, error) {
	g := newTextGen(1)
	var total int64
	const perTx, perBulk = 2000, 200
	epoch := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for done := 0; done < n; {
		tx, err := db.Tx(ctx)
		if err != nil {
			return 0, err
		}
		for end := min(n, done+perTx); done < end; {
			var builders []*ent.ArticleCreate
			for ; done < end && len(builders) < perBulk; done++ {
				title := g.sentence(8, 14)
				summary := g.sentence(25, 45)
				var body strings.Builder
				for p := 0; p < 4+g.r.IntN(4); p++ {
					body.WriteString(g.sentence(30, 60))
					body.WriteString("\n")
				}
				total += int64(len(title) + len(summary) + body.Len())
				c := tx.Article.Create().SetTitle(title).SetSummary(summary).SetBodyText(body.String()).
					SetSlug("bai-" + strconv.Itoa(done+1))
				if g.r.IntN(10) > 0 {
					c.SetStatus(article.StatusPUBLISHED).SetPublishedAt(epoch.Add(time.Duration(done) * 25 * time.Minute))
				}
				builders = append(builders, c)
			}
			if err := tx.Article.CreateBulk(builders...).Exec(ctx); err != nil {
				tx.Rollback()
				return 0, fmt.Errorf("create articles: %w", err)
			}
		}
		if err := tx.Commit(); err != nil {
			return 0, err
		}
	}
	return total, nil
}

// textGen makes Vietnamese-looking text: words of a news vocabulary drawn
// with Zipf's law, as word frequencies in real text follow it, in sentences
// with capitals and punctuation. It is deterministic for a seed.
type textGen struct {
	r     *rand.Rand
	zipf  *rand.Zipf
	words []string
}

func newTextGen(seed uint64) *textGen {
	r := rand.New(rand.NewPCG(seed, seed))
	words := vocabulary()
	return &textGen{r: r, zipf: rand.NewZipf(r, 1.07, 2, uint64(len(words)-1)), words: words}
}

func (g *textGen) sentence(minWords, maxWords int) string {
	n := minWords + g.r.IntN(maxWords-minWords+1)
	var b strings.Builder
	for i := 0; i < n; i++ {
		w := g.words[g.zipf.Uint64()]
		if i == 0 {
			r := []rune(w)
			w = strings.ToUpper(string(r[0])) + string(r[1:])
		} else {
			b.WriteString(" ")
		}
		b.WriteString(w)
		if i > 0 && i < n-1 && g.r.IntN(12) == 0 {
			b.WriteString(",")
		}
	}
	b.WriteString(".")
	return b.String()
}

// vocabulary is the words of a few paragraphs of provincial news, most
// frequent first.
func vocabulary() []string {
	count := map[string]int{}
	var order []string
	for _, w := range strings.Fields(strings.ToLower(newsText)) {
		w = strings.Trim(w, ".,;:“”\"()-–")
		if w == "" {
			continue
		}
		if count[w] == 0 {
			order = append(order, w)
		}
		count[w]++
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	return order
}

const newsText = `Ngày 3-7, đồng chí Vũ Duy Hoàng, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Dự Hội nghị có lãnh đạo các sở, ngành của tỉnh; Ban Tuyên giáo, Trung tâm Chính trị các huyện, thành phố.
Đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy trao Bằng khen của Ban Tuyên giáo Trung ương cho đại diện tập thể, cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023.
6 tháng đầu năm 2024, ngành Tuyên giáo của tỉnh đã chủ động, tích cực tham mưu cho cấp ủy các cấp, thực hiện tốt các nhiệm vụ được giao như: Chủ động tham mưu cấp ủy các cấp chỉ đạo, hướng dẫn, đôn đốc việc quán triệt, tuyên truyền 14 nghị quyết, chỉ thị, kết luận của Đảng; thực hiện hiệu quả Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; công tác, chương trình phối hợp giữa ban tuyên giáo với các địa phương, đơn vị tiếp tục được quan tâm, nhất là trong khối nội chính, khoa giáo.
Tại hội nghị, đại diện một số đơn vị, địa phương đã đóng góp tham luận làm rõ những kết quả đạt được và đề xuất giải pháp tháo gỡ những khó khăn, hạn chế để làm tốt hơn nữa công tác tuyên giáo trong thời gian tới.
Phát biểu tại hội nghị, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan, địa phương, đơn vị trong tỉnh tiếp tục tập trung vào một số nhiệm vụ trọng tâm như: Phát huy vai trò, chức năng tham mưu cho cấp ủy các cấp trong công tác xây dựng Đảng trên các lĩnh vực chính trị, tư tưởng và đạo đức; đổi mới, nâng cao chất lượng, hiệu quả việc nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện các chỉ thị, nghị quyết, kết luận, quy định của Đảng; nâng cao chất lượng, hiệu quả công tác dư luận xã hội, định hướng, theo dõi, tổng hợp thông tin.
Nhân dịp này, nhiều tập thể, cá nhân có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023 và trong thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư về Đẩy mạnh công tác bảo hiểm y tế trong tình hình mới được nhận Bằng khen của Ban Tuyên giáo Trung ương và Ban Thường vụ Tỉnh ủy Thái Nguyên.
Sáng nay, Ban Chấp hành Đảng bộ tỉnh khóa XX tổ chức Hội nghị lần thứ mười lăm để thảo luận, cho ý kiến vào dự thảo báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030. Chương trình xây dựng nông thôn mới nâng cao và nông thôn mới kiểu mẫu tiếp tục được các huyện Phú Lương, Đại Từ, Định Hóa, Võ Nhai, Đồng Hỷ, Phú Bình và thành phố Sông Công, Phổ Yên triển khai đồng bộ.
Tốc độ tăng trưởng kinh tế của tỉnh ước đạt 6,5%, thu ngân sách nhà nước trên địa bàn đạt 95% dự toán; giá trị sản xuất công nghiệp, nông nghiệp, lâm nghiệp và thủy sản tăng khá; thu hút đầu tư trực tiếp nước ngoài đạt kết quả tích cực; chương trình chuyển đổi số, cải cách hành chính được đẩy mạnh, chỉ số năng lực cạnh tranh cấp tỉnh được cải thiện.
Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố tăng cường công tác phòng, chống thiên tai, tìm kiếm cứu nạn; bảo đảm an toàn hồ đập, an ninh trật tự, an toàn giao thông trong mùa mưa bão; chăm lo đời sống nhân dân, gia đình chính sách, người có công với cách mạng, học sinh, sinh viên và đồng bào dân tộc thiểu số vùng sâu, vùng xa.
Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên Cộng sản Hồ Chí Minh, Hội Nông dân, Hội Cựu chiến binh, Liên đoàn Lao động tỉnh phát động phong trào thi đua yêu nước, xây dựng khu dân cư văn hóa, giữ gìn bản sắc văn hóa dân tộc, phát triển du lịch cộng đồng gắn với sản phẩm chè đặc sản Tân Cương.
Các trường đại học, cao đẳng trên địa bàn tỉnh chuẩn bị tốt kỳ thi tốt nghiệp trung học phổ thông, tuyển sinh năm học mới; ngành y tế chủ động phòng, chống dịch bệnh, nâng cao chất lượng khám chữa bệnh, phát triển bảo hiểm y tế toàn dân; ngành văn hóa, thể thao tổ chức nhiều hoạt động kỷ niệm các ngày lễ lớn của đất nước.`
