package synthetic

import (
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// The generator's slugs are those of the SlugMixin: the name's slug, or
// with the smallest free numeric suffix, even when a name's own slug looks
// like another's with a suffix ("Tin 2" against the second "Tin"). The
// generator resumes each base's search where it stopped; this compares it
// with searching from 2 every time, the rule itself.
func TestSlugTakesTheSmallestFreeSuffix(t *testing.T) {
	for _, tc := range []struct {
		name  string
		names []string
		want  []string
	}{
		{"repeats", []string{"Tin", "Tin", "Tin", "Tin"}, []string{"tin", "tin-2", "tin-3", "tin-4"}},
		{"a name that is a suffixed slug", []string{"Tin", "Tin 3", "Tin", "Tin", "Tin"}, []string{"tin", "tin-3", "tin-2", "tin-4", "tin-5"}},
		{"a suffixed slug taken by a name later", []string{"Tin", "Tin", "Tin 2", "Tin 3", "Tin"}, []string{"tin", "tin-2", "tin-2-2", "tin-3", "tin-4"}},
		{"kinds apart", []string{"Tin", "Tin"}, []string{"tin", "tin-2"}},
		{"interleaved bases", []string{"Tin", "Hà Nội", "Tin", "Hà Nội", "Tin", "Ha noi 2"}, []string{"tin", "ha-noi", "tin-2", "ha-noi-2", "tin-3", "ha-noi-2-2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := &generator{slugs: map[string]bool{}, suffixes: map[string]int{}}
			g.slug("person", "Tin") // another kind's slugs do not count
			for i, name := range tc.names {
				if got := g.slug("article", name); got != tc.want[i] {
					t.Errorf("slug %d of %q = %q, want %q", i, name, got, tc.want[i])
				}
			}
		})
	}
}

// A long run of draws gives the same slugs as searching from 2 each time.
func TestSlugMatchesTheRule(t *testing.T) {
	names := []string{"Tin", "Tin 2", "Tin 3", "Tin 2 2", "Tin 10", "Hà Nội", "Ha noi 4"}
	g := &generator{slugs: map[string]bool{}, suffixes: map[string]int{}}
	taken := map[string]bool{}
	for i := range 5000 {
		name := names[(i*7+i/3)%len(names)]
		want := textvi.Slug(name)
		for n := 2; taken[want]; n++ {
			want = textvi.Slug(name) + "-" + strconv.Itoa(n)
		}
		taken[want] = true
		if got := g.slug("article", name); got != want {
			t.Fatalf("draw %d, %q: slug %q, want %q", i, name, got, want)
		}
	}
}
