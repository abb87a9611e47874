package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/buildinfo"

	"github.com/newsgraph/newsgraph/internal/testdb"
)

// A database that cannot be reached stops serve with one line that names the
// host and never the password.
func TestServeUnreachableDatabase(t *testing.T) {
	tests := []struct{ url, host string }{
		{"postgres://newsgraph:s3cr3t-pass@127.0.0.1:1/newsgraph", "127.0.0.1:1"},
		{"sqlite:/nonexistent-dir/sub/newsgraph.db", "/nonexistent-dir/sub/newsgraph.db"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"serve", "--addr", "127.0.0.1:0", "--database-url", tt.url}, &stdout, &stderr)
		msg := stderr.String()
		if code == 0 {
			t.Fatalf("%s: serve exited 0", tt.url)
		}
		if strings.Count(strings.TrimRight(msg, "\n"), "\n") != 0 {
			t.Errorf("%s: want one line, got %q", tt.url, msg)
		}
		if !strings.Contains(msg, tt.host) || strings.Contains(msg, "s3cr3t") || strings.Contains(msg, "goroutine") {
			t.Errorf("%s: message %q should name %s and no password or stack", tt.url, msg, tt.host)
		}
	}
}

func TestSchemaPrintsTheSDL(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"schema"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, want := range []string{"union AwardRecipient = Person | Organization", "type Query", "article(slug: String!): Article", "interface Node"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("SDL lacks %q", want)
		}
	}
}

func TestVersion(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"version"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if want := "newsgraph " + buildinfo.Read().String() + "\n"; stdout.String() != want {
		t.Errorf("printed %q, want %q", stdout.String(), want)
	}
}

// seed loads the demo content once; a second run adds nothing.
func TestSeedIsIdempotent(t *testing.T) {
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			url := e.URL(t)
			for i, want := range []string{"loaded the demo content", "the demo content is already there"} {
				var stdout, stderr bytes.Buffer
				if code := run(context.Background(), []string{"seed", "--database-url", url}, &stdout, &stderr); code != 0 {
					t.Fatalf("seed #%d exit %d: %s", i+1, code, stderr.String())
				}
				if !strings.Contains(stdout.String(), want) {
					t.Errorf("seed #%d said %q, want %q", i+1, stdout.String(), want)
				}
			}
		})
	}
}

func TestUnknownCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"frobnicate"}, &stdout, &stderr); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
}
