package meta

import (
	"net/url"
	"strings"
)

const maxURL = 4096

// checkURL returns s trimmed when it can become an http(s) URL: relative,
// protocol-relative or absolute http(s). Other schemes (data:, javascript:)
// and oversized values give "".
func checkURL(s string) string {
	s, _ = checkAbsURL(s)
	return s
}

// checkAbsURL is checkURL that also reports whether s is an absolute
// http(s) URL with a host (isHTTP).
func checkAbsURL(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxURL {
		return "", false
	}
	if plainHTTPURL(s) {
		return s, true
	}
	if plainPath(s) {
		return s, false
	}
	if simpleHTTPURL(s) {
		return s, true
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "", "http", "https":
		return s, isHTTP(u)
	}
	return "", false
}

// plainHTTPURL reports whether s is an absolute http(s) URL that url.Parse
// reads and String writes back unchanged, after ResolveReference against
// any base too (TestPlainHTTPURL): a lower-case scheme; a host of ASCII
// letters, digits, dots and hyphens, without user or port; a path, if any,
// of unreserved characters whose segments are neither dot segments nor
// empty, but for a trailing slash; a query, if any, of printable ASCII;
// no fragment. Most addresses a page gives are such, and are taken as
// they are without the allocations of parsing them.
func plainHTTPURL(s string) bool {
	tail, ok := afterHTTPHost(s)
	if !ok {
		return false
	}
	path, query, hasQuery := strings.Cut(tail, "?")
	if path != "" {
		if path[0] != '/' {
			return false // a port, a user, a fragment or another byte of the host
		}
		for segs := path[1:]; ; {
			seg, after, more := strings.Cut(segs, "/")
			if seg == "." || seg == ".." || seg == "" && more {
				return false
			}
			for i := range len(seg) {
				if !isURLUnreserved(seg[i]) {
					return false
				}
			}
			if !more {
				break
			}
			segs = after
		}
	}
	if hasQuery {
		if query == "" {
			return false
		}
		for i := range len(query) {
			if c := query[i]; c <= ' ' || c >= 0x7F || c == '#' {
				return false
			}
		}
	}
	return true
}

// PlainURLPath returns the path of s when s is a plain absolute http(s)
// URL (see plainHTTPURL), with a host: what url.Parse gives as its Path,
// found without parsing. ok is false for any other s.
func PlainURLPath(s string) (path string, ok bool) {
	if !plainHTTPURL(s) {
		return "", false
	}
	tail, _ := afterHTTPHost(s)
	path, _, _ = strings.Cut(tail, "?")
	return path, true
}

// plainPath reports whether s is a path from the root ("/img/a.jpg") that
// url.Parse reads without error and without a scheme or host: no second
// slash at the start, no control character, no escape to check. Most
// relative addresses a page gives are such.
func plainPath(s string) bool {
	if s == "" || s[0] != '/' || len(s) > 1 && s[1] == '/' {
		return false
	}
	return noControlOrEscape(s)
}

// simpleHTTPURL reports whether s is an absolute http(s) URL with a host
// that url.Parse reads without error: a lower-case scheme, a host of ASCII
// letters, digits, dots and hyphens, and after it a path, query or
// fragment with no control character and no escape to check. It is
// plainHTTPURL without the promise that String gives s back, which
// checkAbsURL does not need.
func simpleHTTPURL(s string) bool {
	tail, ok := afterHTTPHost(s)
	if !ok {
		return false
	}
	if tail != "" && tail[0] != '/' && tail[0] != '?' && tail[0] != '#' {
		return false // a port, a user, or another byte of the host
	}
	return noControlOrEscape(tail)
}

// noControlOrEscape reports whether s holds no control character, which
// url.Parse refuses, and no '%', whose escapes it checks.
func noControlOrEscape(s string) bool {
	for i := range len(s) {
		if c := s[i]; c < ' ' || c == 0x7f || c == '%' {
			return false
		}
	}
	return true
}

// pageBase is the URL relative addresses resolve against: a plain one
// (plainHTTPURL) is parsed only when an address needs it.
type pageBase struct {
	plain string   // a plain http(s) URL, not parsed yet
	u     *url.URL // the base parsed
}

// newPageBase returns the base of pageURL, else of canonical, as
// parseBase gives them: none unless absolute http(s).
func newPageBase(pageURL, canonical string) pageBase {
	for _, s := range [...]string{pageURL, canonical} {
		if t := strings.TrimSpace(s); plainHTTPURL(t) {
			return pageBase{plain: t}
		}
		if u := parseBase(s); u != nil {
			return pageBase{u: u}
		}
	}
	return pageBase{}
}

// url returns the base parsed, or nil if there is none.
func (b *pageBase) url() *url.URL {
	if b.u == nil && b.plain != "" {
		b.u = parseBase(b.plain)
	}
	return b.u
}

// hostname returns the base's host name, "" if there is none.
func (b *pageBase) hostname() string {
	if b.u == nil && b.plain != "" {
		return hostOf(b.plain)
	}
	if b.u != nil {
		return b.u.Hostname()
	}
	return ""
}

// afterHTTPHost returns what follows the host of s when s starts with a
// lower-case http(s) scheme and a host of ASCII letters, digits, dots and
// hyphens (isHostByte), the start plainHTTPURL and simpleHTTPURL share.
func afterHTTPHost(s string) (tail string, ok bool) {
	rest, ok := strings.CutPrefix(s, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "http://"); !ok {
			return "", false
		}
	}
	host := 0
	for host < len(rest) && isHostByte(rest[host]) {
		host++
	}
	if host == 0 {
		return "", false
	}
	return rest[host:], true
}

// isHostByte reports whether c is an ASCII letter or digit, '-' or '.'.
func isHostByte(c byte) bool {
	return isURLUnreserved(c) && c != '_' && c != '~'
}

// isURLUnreserved reports whether c is an unreserved character of RFC
// 3986: an ASCII letter or digit, '-', '.', '_' or '~'.
func isURLUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

// parseBase parses the page URL; nil unless it is absolute http(s).
func parseBase(pageURL string) *url.URL {
	if pageURL == "" {
		return nil
	}
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || !isHTTP(u) {
		return nil
	}
	return u
}

// resolve makes s absolute against b (which may be none) and returns it
// when the result is an http(s) URL with a host, else "".
func resolve(b *pageBase, s string) string {
	if s == "" {
		return ""
	}
	if plainHTTPURL(s) {
		return s
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	if base := b.url(); base != nil {
		u = base.ResolveReference(u)
	} else if u.Scheme == "" && strings.HasPrefix(s, "//") {
		u.Scheme = "https"
	}
	if !isHTTP(u) {
		return ""
	}
	return u.String()
}

func isHTTP(u *url.URL) bool {
	scheme := strings.ToLower(u.Scheme)
	return (scheme == "http" || scheme == "https") && u.Hostname() != ""
}

// hostOf returns the host name of an absolute URL, "" if there is none.
func hostOf(s string) string {
	if plainHTTPURL(s) {
		host := s[strings.Index(s, "//")+2:]
		if i := strings.IndexAny(host, "/?"); i >= 0 {
			host = host[:i]
		}
		return host
	}
	if u := parseBase(s); u != nil {
		return u.Hostname()
	}
	return ""
}

// AbsoluteURL returns the best absolute address the page gave for itself
// so far (canonical link, og:url, JSON-LD url), "" when none.
func (c *Collector) AbsoluteURL() string { return c.absURL.val }

// offerURL offers a canonical URL candidate; absolute ones are also kept
// apart to serve as the base when the caller does not know the page URL.
func (c *Collector) offerURL(s string, prio int) {
	s, abs := checkAbsURL(s)
	c.url.offer(s, prio)
	if abs { // parseBase(s) != nil, without parsing s again
		c.absURL.offer(s, prio)
	}
}
