package schema

import "testing"

// Slugs that a collision could make equal share a root, so their writers
// take the same lock.
func TestSlugRoot(t *testing.T) {
	for slug, want := range map[string]string{
		"hoi-nghi":          "hoi-nghi",
		"hoi-nghi-2":        "hoi-nghi",
		"hoi-nghi-2-3":      "hoi-nghi",
		"hoi-nghi-2024-nam": "hoi-nghi-2024-nam",
		"2024":              "2024",
		"2024-2":            "2024",
		"article":           "article",
	} {
		if got := slugRoot(slug); got != want {
			t.Errorf("slugRoot(%q) = %q, want %q", slug, got, want)
		}
	}
}
