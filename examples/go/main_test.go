package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/examples/internal/kittest"
	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

func TestMain(m *testing.M) { testnode.Main(m) }

// The Go kit, run against a real server on the demo content, shows every
// example: two different feed pages, the newest article, award recipients
// of both kinds, a search hit, and a draft created and deleted with an
// editor's token.
func TestKitAgainstServer(t *testing.T) {
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			s := kittest.Start(t, e)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			var out strings.Builder
			settings := Settings{PageSize: kittest.PageSize, Search: kittest.Search, Token: s.Token}
			if err := Run(ctx, NewClient(s.Endpoint, s.Token), settings, &out); err != nil {
				t.Fatalf("%v\noutput so far:\n%s", err, out.String())
			}
			s.Check(t, out.String())
		})
	}
}

// Date is newsgraph's Date scalar: "YYYY-MM-DD" both ways, null for the
// zero Date, and anything else refused.
func TestDateJSON(t *testing.T) {
	for _, tc := range []struct {
		json string
		want Date
		ok   bool
	}{
		{`"2024-07-03"`, Date{2024, time.July, 3}, true},
		{`null`, Date{}, true},
		{`"2024-07-03T00:00:00+07:00"`, Date{}, false},
		{`"2024-13-01"`, Date{}, false},
		{`"3/7/2024"`, Date{}, false},
		{`20240703`, Date{}, false},
	} {
		var d Date
		err := json.Unmarshal([]byte(tc.json), &d)
		if (err == nil) != tc.ok || d != tc.want {
			t.Errorf("unmarshal %s: %v, %v; want %v, ok %v", tc.json, d, err, tc.want, tc.ok)
			continue
		}
		if !tc.ok {
			continue
		}
		back, err := json.Marshal(d)
		if err != nil || string(back) != tc.json {
			t.Errorf("marshal %v: %s, %v; want %s", d, back, err, tc.json)
		}
	}
}
