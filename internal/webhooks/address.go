package webhooks

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// Policy is what an operator allows webhook endpoints to be. The zero
// Policy allows only public addresses.
type Policy struct {
	// AllowPrivate lets endpoints be at loopback, private, link-local,
	// unspecified, multicast and other non-public addresses: a receiver
	// on the same host or network, as in development.
	AllowPrivate bool
}

// ErrForbiddenAddress is why a connection to an endpoint was refused: its
// address is not public and the policy does not allow private ones.
var ErrForbiddenAddress = errors.New("the address is not public; --webhook-allow-private lets newsgraph connect to it")

// forbiddenPrefixes are the ranges that are not the public internet, beyond
// what netip.Addr's predicates name (loopback, private, link-local,
// multicast, unspecified).
var forbiddenPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, and broadcast
	netip.MustParsePrefix("64:ff9b::/96"),    // NAT64: an IPv4 address inside
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("fec0::/10"),       // site-local (deprecated)
}

// Allowed reports whether p lets newsgraph connect to ip: any address
// under AllowPrivate, else only a public one. An IPv4 address written as
// IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
func (p Policy) Allowed(ip netip.Addr) bool {
	if p.AllowPrivate {
		return true
	}
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() || ip.IsMulticast() {
		return false
	}
	for _, pre := range forbiddenPrefixes {
		if pre.Contains(ip) {
			return false
		}
	}
	return true
}

// control is the dialer's check of every address it connects to, after
// name resolution: a name that resolved to a public address when the
// endpoint was registered and to a private one now (DNS rebinding) is
// refused here.
func (p Policy) control(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %q is not an IP address and port", ErrForbiddenAddress, address)
	}
	if !p.Allowed(ap.Addr()) {
		return fmt.Errorf("%s: %w", ap.Addr().Unmap(), ErrForbiddenAddress)
	}
	return nil
}

// lookupTimeout bounds the name resolution of CheckURL.
const lookupTimeout = 3 * time.Second

// CheckURL reads an endpoint URL as an admin gave it and returns it
// cleaned up, or BAD_USER_INPUT on field: it must be absolute http or
// https with a host, and, unless p allows private addresses, its host must
// not be or resolve to one. A name that does not resolve now is accepted:
// every connection is checked again (control).
func (p Policy) CheckURL(ctx context.Context, field, raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || raw == "" {
		return "", apperr.Invalid(field, "%q is not a URL: give an absolute http or https URL, such as https://hooks.example.vn/newsgraph", raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", apperr.Invalid(field, "%q is not an http or https URL", raw)
	}
	host := u.Hostname()
	if host == "" {
		return "", apperr.Invalid(field, "%q names no host", raw)
	}
	if len(u.String()) > 2000 {
		return "", apperr.Invalid(field, "the URL is longer than 2000 characters")
	}
	if p.AllowPrivate {
		return u.String(), nil
	}
	refuse := func(ip netip.Addr) error {
		return apperr.Invalid(field, "%s is at %s, which is not a public address: webhooks go to public addresses unless the operator sets --webhook-allow-private", host, ip.Unmap())
	}
	if ip, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		if !p.Allowed(ip) {
			return "", refuse(ip)
		}
		return u.String(), nil
	}
	lower := strings.ToLower(strings.TrimSuffix(host, "."))
	if lower == "localhost" || strings.HasSuffix(lower, ".localhost") {
		return "", apperr.Invalid(field, "%s is this machine: webhooks go to public addresses unless the operator sets --webhook-allow-private", host)
	}
	lctx, cancel := context.WithTimeout(ctx, lookupTimeout)
	defer cancel()
	ips, err := net.DefaultResolver.LookupNetIP(lctx, "ip", host)
	if err != nil {
		return u.String(), nil // not resolvable now; the dialer checks each connection
	}
	for _, ip := range ips {
		if !p.Allowed(ip) {
			return "", refuse(ip)
		}
	}
	return u.String(), nil
}
