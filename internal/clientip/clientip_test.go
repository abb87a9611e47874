package clientip

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestMiddleware(t *testing.T) {
	for _, tc := range []struct {
		name, trusted, remote, header, want string
	}{
		{"peer address", "", "203.0.113.7:5000", "", "203.0.113.7"},
		{"header ignored unless trusted", "", "203.0.113.7:5000", "192.0.2.1", "203.0.113.7"},
		{"trusted header, last hop", "X-Forwarded-For", "10.0.0.1:80", "192.0.2.1, 198.51.100.2", "198.51.100.2"},
		{"trusted header missing", "X-Forwarded-For", "10.0.0.1:80", "", "10.0.0.1"},
		{"trusted header garbage", "X-Forwarded-For", "10.0.0.1:80", "not-an-ip", "10.0.0.1"},
		{"ipv6 peer", "", "[2001:db8::1]:443", "", "2001:db8::1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			h := Middleware(tc.trusted, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				got = FromContext(r.Context())
			}))
			r := httptest.NewRequest(http.MethodPost, "/query", nil)
			r.RemoteAddr = tc.remote
			if tc.header != "" {
				r.Header.Set("X-Forwarded-For", tc.header)
			}
			h.ServeHTTP(httptest.NewRecorder(), r)
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	for addr, want := range map[string]string{
		"203.0.113.7":             "203.0.113.7",
		"::ffff:203.0.113.7":      "203.0.113.7",
		"2001:db8:1:2:aaaa::1":    "2001:db8:1:2::/64",
		"2001:db8:1:2:bbbb::9999": "2001:db8:1:2::/64",
		"":                        "",
	} {
		if got := Key(addr); got != want {
			t.Errorf("Key(%q) = %q, want %q", addr, got, want)
		}
	}
}
