package relay_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/relay"
)

// A Time is RFC 3339; anything else is BAD_USER_INPUT saying so.
func TestUnmarshalTime(t *testing.T) {
	for _, tc := range []struct {
		in   any
		want string // in the message; "" when the value reads
	}{
		{"2024-07-03T08:30:00+07:00", ""},
		{"2024-07-03T01:30:00.123456Z", ""},
		{"2024-01-01", "is a date without a time"},
		{"yesterday", "is not a Time: a Time is RFC 3339"},
		{"", "is not a Time"},
		{"2024-07-03 08:30:00", "is not a Time"},
		{json.Number("1720000000"), "not a number"},
		{nil, "not null"},
		{strings.Repeat("9", 10000), "…"},
	} {
		got, err := relay.UnmarshalTime(tc.in)
		if tc.want == "" {
			if err != nil || got.IsZero() {
				t.Errorf("UnmarshalTime(%v) = %v, %v", tc.in, got, err)
			}
			continue
		}
		app, ok := apperr.As(err)
		if !ok || app.Code != apperr.BadUserInput || !strings.Contains(app.Message, tc.want) || !strings.Contains(app.Message, "RFC 3339") {
			t.Errorf("UnmarshalTime(%.20v) = %v, want BAD_USER_INPUT saying %q and RFC 3339", tc.in, err, tc.want)
		}
		if ok && len(app.Message) > 300 {
			t.Errorf("the message quotes all of a long value: %d bytes", len(app.Message))
		}
	}
	if s := marshal(relay.MarshalTime(time.Date(2024, 7, 3, 1, 30, 0, 0, time.UTC))); s != `"2024-07-03T01:30:00Z"` {
		t.Errorf("MarshalTime wrote %s", s)
	}
}

// An Upload is only ever a file of a multipart request.
func TestUnmarshalUpload(t *testing.T) {
	if _, err := relay.UnmarshalUpload(graphql.Upload{Filename: "a.png"}); err != nil {
		t.Errorf("a file: %v", err)
	}
	for _, v := range []any{"a.png", nil, map[string]any{"filename": "a.png"}} {
		_, err := relay.UnmarshalUpload(v)
		if app, ok := apperr.As(err); !ok || app.Code != apperr.BadUserInput || !strings.Contains(app.Message, "multipart") {
			t.Errorf("UnmarshalUpload(%v) = %v, want BAD_USER_INPUT pointing to multipart", v, err)
		}
	}
}

func marshal(m graphql.Marshaler) string {
	var b strings.Builder
	m.MarshalGQL(&b)
	return b.String()
}
