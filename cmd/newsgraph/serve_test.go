package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// An invalid setting stops `newsgraph serve` before it opens anything, with
// one line that names the flag and its variable.
func TestServeRefusesInvalidSettingsInOneLine(t *testing.T) {
	cases := []struct {
		env, value string
		args       []string
		want       string
	}{
		{"NEWSGRAPH_MAX_COMPLEXITY", "lots", nil, "newsgraph serve: --max-complexity (NEWSGRAPH_MAX_COMPLEXITY) = \"lots\""},
		{"NEWSGRAPH_PLAYGROUND", "maybe", nil, "newsgraph serve: --playground (NEWSGRAPH_PLAYGROUND) = \"maybe\""},
		{"", "", []string{"--cache-max-age", "-5s"}, "newsgraph serve: --cache-max-age (NEWSGRAPH_CACHE_MAX_AGE) = \"-5s\""},
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			if c.env != "" {
				t.Setenv(c.env, c.value)
			}
			t.Setenv("DATABASE_URL", "sqlite:"+t.TempDir()+"/never-opened.db")
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"serve"}, c.args...), &stdout, &stderr)
			if code != 1 || !strings.HasPrefix(stderr.String(), c.want) || strings.Count(stderr.String(), "\n") != 1 {
				t.Errorf("exit %d, stderr %q", code, stderr.String())
			}
		})
	}
}
