package extract

import (
	"bytes"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/ascii"
)

// A link that leaves the site is a reference the author chose: a source,
// a shop's offer, a tool. A site's own links are its menus and its
// related stories. The segmenter counts, in each block, the links whose
// address names another site (an absolute URL whose site label differs
// from the page's), so that the article model can keep a list of
// references that density alone would drop (see keepOffsiteLinks).

// siteLabel returns the label that names the site of a host: the label
// before the public suffix, "bbc" for www.bbc.co.uk and for bbc.com,
// "example" for blog.example.org. A second-level label that only says
// what kind of site it is (co, com, org, ...) is part of the suffix. It
// returns nil for a host without a dot. The public suffix list is not
// consulted: a site that sits under a suffix of its own (a hosting
// service's subdomains) is read as the hosting service's, so its links
// to other such sites are taken as its own, which keeps today's verdicts.
func siteLabel(host []byte) []byte {
	if i := bytes.IndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	host = bytes.TrimSuffix(host, []byte("."))
	dot := bytes.LastIndexByte(host, '.')
	if dot <= 0 {
		return nil
	}
	rest := host[:dot] // without the top-level domain
	label := rest
	if i := bytes.LastIndexByte(rest, '.'); i >= 0 {
		label = rest[i+1:]
		if genericSecondLevel(label) {
			rest = rest[:i]
			label = rest[bytes.LastIndexByte(rest, '.')+1:]
		}
	}
	return label
}

// genericSecondLevel reports whether a second-level label is a registry's
// kind of site (co.uk, com.au, gov.br, ac.jp) rather than a site's name.
func genericSecondLevel(label []byte) bool {
	switch string(label) {
	case "co", "com", "org", "net", "gov", "gob", "edu", "ac", "or", "ne", "go", "nic":
		return true
	}
	return false
}

// hrefHost returns the host of an absolute or protocol-relative http(s)
// address, nil for a relative one (which stays on the site) or another
// scheme.
func hrefHost(href []byte) []byte {
	if !mayBeAbsolute(href) {
		return nil
	}
	href = bytes.TrimSpace(href)
	i := hostStart(href)
	if i < 0 {
		return nil
	}
	href = href[i:]
	for i, c := range href {
		// The host ends at its path, query or fragment (bytes.IndexAny
		// built its set of bytes anew on each of the page's links).
		if hostEnd[c] {
			href = href[:i]
			break
		}
	}
	if i := bytes.LastIndexByte(href, '@'); i >= 0 {
		href = href[i+1:] // user info
	}
	return href
}

// hostStart returns where the host of href begins: after "https://" or
// "http://", in any case, or after "//"; -1 when href opens otherwise.
// The letters are compared by setting their case bit, which no other
// byte maps onto them.
func hostStart(href []byte) int {
	if len(href) >= 2 && href[0] == '/' && href[1] == '/' {
		return 2
	}
	if len(href) < len("http://") || href[0]|0x20 != 'h' || href[1]|0x20 != 't' || href[2]|0x20 != 't' || href[3]|0x20 != 'p' {
		return -1
	}
	if rest := href[4:]; rest[0]|0x20 == 's' {
		if len(rest) >= 4 && string(rest[1:4]) == "://" {
			return len("https://")
		}
	} else if string(rest[:3]) == "://" {
		return len("http://")
	}
	return -1
}

// hostEnd marks the bytes that end the host of an address: its path,
// query or fragment begins (a backslash is read as a slash by browsers).
var hostEnd = [256]bool{'/': true, '?': true, '#': true, '\\': true}

// mayBeAbsolute reports whether href may begin, after white space, with
// "http:", "https:" or "//"; false when its first byte rules that out.
// Most of a page's links are relative ("/news/...", "#top", "page.html"):
// their first byte answers without trimming the address.
func mayBeAbsolute(href []byte) bool {
	if len(href) == 0 {
		return false
	}
	switch c := href[0]; {
	case c == 'h' || c == 'H':
		return true
	case c == '/':
		return len(href) > 1 && href[1] == '/'
	case c >= utf8.RuneSelf:
		return true // perhaps Unicode white space, which TrimSpace trims
	}
	return asciiTrimmed[href[0]]
}

// asciiTrimmed marks the ASCII bytes that bytes.TrimSpace trims.
var asciiTrimmed = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// sameLabel reports whether a host's site label is label, ignoring the
// case of the host.
func sameLabel(host, label []byte) bool {
	l := siteLabel(host)
	return string(l) == string(label) || bytes.EqualFold(l, label)
}

// leavesSite reports whether a link to href leads to another site than
// the page's, whose site label is site. With the page's site unknown no
// link is said to leave it.
func leavesSite(href, site []byte) bool {
	if len(site) == 0 {
		return false
	}
	host := hrefHost(href)
	return len(host) > 0 && !sameLabel(host, site)
}

// pageSite returns the site label of the page at pageURL, lower-cased;
// nil when the URL names no host.
func pageSite(pageURL string) []byte {
	host := hrefHost([]byte(pageURL)) // in a copy of pageURL, lowered in place
	if host == nil {
		return nil
	}
	label := siteLabel(host)
	for _, c := range label {
		if c >= utf8.RuneSelf {
			return bytes.ToLower(label)
		}
	}
	if label == nil {
		return []byte{} // as bytes.ToLower gives it: the site is known to have no label
	}
	return ascii.AppendLower(label[:0], label)
}

// leavesSite reports whether a link to href leads to another site. The
// page's site is its URL's, or else the absolute canonical address the
// head gave (looked up once, at the first link).
func (s *segmenter) leavesSite(href []byte) bool {
	if !s.siteKnown {
		s.siteKnown = true
		s.site = pageSite(s.md.AbsoluteURL())
	}
	if len(s.site) == 0 {
		return false
	}
	host := hrefHost(href)
	if len(host) == 0 {
		return false
	}
	// A page's absolute links name a few hosts over and over (its own,
	// a CDN, a social network): the last host's verdict is kept.
	if string(host) == string(s.lastHost.host) {
		return s.lastHost.leaves
	}
	leaves := !sameLabel(host, s.site)
	s.lastHost.host = append(s.lastHost.host[:0], host...)
	s.lastHost.leaves = leaves
	return leaves
}

// hostVerdict is the host of the last absolute link that leavesSite
// judged and whether it leaves the site; an empty host is none.
type hostVerdict struct {
	host   []byte
	leaves bool
}

// knowSite sets the page's site from its URL; an empty URL leaves it to
// the canonical address (see leavesSite).
func (s *segmenter) knowSite(pageURL string) {
	if site := pageSite(pageURL); site != nil {
		s.site, s.siteKnown = site, true
	}
}
