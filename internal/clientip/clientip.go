// Package clientip owns where a request came from on the network: the client
// address that per-client limits key on. By default it is the peer address
// of the connection (r.RemoteAddr). Behind a reverse proxy every request
// comes from the proxy, so the operator names the header the proxy sets
// (such as X-Forwarded-For or X-Real-IP); only then is a header trusted,
// since any client can send one.
package clientip

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

type addrKey struct{}

// FromContext returns the client address a request's context carries, or ""
// when none was recorded.
func FromContext(ctx context.Context) string {
	s, _ := ctx.Value(addrKey{}).(string)
	return s
}

// Middleware records each request's client address in its context: from the
// header named trustedHeader when it is set and holds an address (the last
// one in a comma-separated list, the one the trusted proxy added), otherwise
// from r.RemoteAddr.
func Middleware(trustedHeader string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		addr := ""
		if trustedHeader != "" {
			addr = lastAddr(r.Header.Values(trustedHeader))
		}
		if addr == "" {
			addr = peer(r.RemoteAddr)
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), addrKey{}, addr)))
	})
}

// Key is the rate-limit key of addr: the address itself for IPv4, and its
// /64 network for IPv6, since one host commonly owns a whole /64.
func Key(addr string) string {
	ip, err := netip.ParseAddr(addr)
	if err != nil {
		return addr
	}
	ip = ip.Unmap()
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}

func peer(remoteAddr string) string {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		return remoteAddr
	}
	return host
}

func lastAddr(values []string) string {
	if len(values) == 0 {
		return ""
	}
	parts := strings.Split(values[len(values)-1], ",")
	s := strings.TrimSpace(parts[len(parts)-1])
	if ip, err := netip.ParseAddr(s); err == nil {
		return ip.String()
	}
	return ""
}
