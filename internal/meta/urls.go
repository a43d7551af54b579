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
	s, _ = checkParsedURL(s)
	return s
}

// checkParsedURL is checkURL that also returns s parsed, nil when s is "".
func checkParsedURL(s string) (string, *url.URL) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxURL {
		return "", nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", nil
	}
	switch strings.ToLower(u.Scheme) {
	case "", "http", "https":
		return s, u
	}
	return "", nil
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

// resolve makes s absolute against base (which may be nil) and returns it
// when the result is an http(s) URL with a host, else "".
func resolve(base *url.URL, s string) string {
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	if base != nil {
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
	s, u := checkParsedURL(s)
	c.url.offer(s, prio)
	if u != nil && isHTTP(u) { // parseBase(s) != nil, without parsing s again
		c.absURL.offer(s, prio)
	}
}
