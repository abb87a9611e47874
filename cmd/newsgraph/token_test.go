package main

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

func TestTokenCommands(t *testing.T) {
	ctx := context.Background()
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			url := e.URL(t)
			newsgraph := func(args ...string) (string, string, int) {
				var stdout, stderr bytes.Buffer
				code := run(ctx, append(args, "--database-url", url), &stdout, &stderr)
				return stdout.String(), stderr.String(), code
			}

			out, errOut, code := newsgraph("token", "create", "--name", "desk: Lan", "--role", "editor")
			if code != 0 {
				t.Fatalf("create: exit %d: %s", code, errOut)
			}
			secret := strings.TrimSuffix(out, "\n")
			if !strings.HasPrefix(secret, "ngt_") || strings.ContainsAny(secret, " \n") {
				t.Fatalf("create printed %q, want the secret alone", out)
			}

			db, err := database.Open(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			tok := db.ApiToken.Query().OnlyX(auth.System(ctx))
			if tok.SecretHash != auth.Hash(secret) || tok.Name != "desk: Lan" || tok.Role != "EDITOR" {
				t.Errorf("stored token = %+v", tok)
			}
			if strings.Contains(tok.SecretHash, secret) {
				t.Error("the secret itself is stored")
			}

			if _, _, code := newsgraph("token", "create", "--name", "x", "--role", "owner"); code == 0 {
				t.Error("create with an unknown role succeeded")
			}

			out, _, code = newsgraph("token", "list")
			if code != 0 || !strings.Contains(out, "desk: Lan") || !strings.Contains(out, "EDITOR") || strings.Contains(out, secret) {
				t.Errorf("list: exit %d:\n%s", code, out)
			}

			var stdout, stderr bytes.Buffer
			if code := run(ctx, []string{"token", "revoke", "--database-url", url, strconv.Itoa(tok.ID)}, &stdout, &stderr); code != 0 {
				t.Fatalf("revoke: exit %d: %s", code, stderr.String())
			}
			if db.ApiToken.GetX(auth.System(ctx), tok.ID).RevokedAt == nil {
				t.Error("revoke left the token valid")
			}
		})
	}
}
