package auth_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

func TestParseRole(t *testing.T) {
	for in, want := range map[string]auth.Role{"admin": auth.Admin, "EDITOR": auth.Editor, " viewer ": auth.Viewer} {
		if got, err := auth.ParseRole(in); err != nil || got != want {
			t.Errorf("ParseRole(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := auth.ParseRole("owner"); err == nil {
		t.Error(`ParseRole("owner") succeeded`)
	}
}

// BenchmarkAuthenticate measures what a token costs a request: one indexed
// read (lastUsedAt is written at most once a minute).
func BenchmarkAuthenticate(b *testing.B) {
	for _, e := range testdb.Engines() {
		b.Run(e.Name, func(b *testing.B) {
			db := e.Open(b)
			_, secret, err := auth.CreateToken(context.Background(), db.Client, "bench", auth.Editor)
			if err != nil {
				b.Fatal(err)
			}
			tokens := auth.NewTokens(db.Client)
			ctx := context.Background()
			for b.Loop() {
				if c, err := tokens.Bearer(ctx, "Bearer "+secret); err != nil || c == nil {
					b.Fatal(c, err)
				}
			}
		})
	}
}
