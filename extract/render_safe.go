package extract

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// What Result.HTML may write is decided here, by allow-list: the renderer
// writes through an htmlSink, which names elements by atom and has one
// method per allowed attribute, and checks every element against the
// allow-list, so nothing of the page's own markup (scripts, styles, event
// handlers, forms, frames, foreign content) can reach the output, whatever
// the input.

// allowedElements are the only elements Result.HTML writes.
var allowedElements = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.P: true, atom.Br: true, atom.Ul: true, atom.Ol: true, atom.Li: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true,
	atom.Pre: true, atom.Code: true, atom.Kbd: true, atom.Table: true, atom.Tbody: true,
	atom.Tr: true, atom.Th: true, atom.Td: true, atom.Figure: true, atom.Figcaption: true,
	atom.Img: true, atom.A: true, atom.Em: true, atom.Strong: true, atom.Sub: true,
	atom.Sup: true, atom.Mark: true, atom.Del: true, atom.Ins: true, atom.Q: true,
}

// allowedAttrs are the only attributes Result.HTML writes, by element.
var allowedAttrs = map[atom.Atom][]string{
	atom.A:   {"href"},
	atom.Img: {"src", "alt"},
}

// allowedHTML reports whether Result.HTML may write element tag with an
// attribute attr ("" asks about the element alone).
func allowedHTML(tag atom.Atom, attr string) bool {
	if !allowedElements[tag] {
		return false
	}
	if attr == "" {
		return true
	}
	for _, a := range allowedAttrs[tag] {
		if a == attr {
			return true
		}
	}
	return false
}

// inlineTag maps an inline element of the page to the element that
// renders it, or 0 when its text flows through without markup.
func inlineTag(a atom.Atom) atom.Atom {
	switch a {
	case atom.Em, atom.I, atom.Cite, atom.Dfn, atom.Var:
		return atom.Em
	case atom.Strong, atom.B:
		return atom.Strong
	case atom.Code, atom.Tt, atom.Samp:
		return atom.Code
	case atom.Kbd, atom.Sub, atom.Sup, atom.Mark, atom.Ins, atom.Q:
		return a
	case atom.Del, atom.S, atom.Strike:
		return atom.Del
	}
	return 0
}

// linkSchemes and imageSchemes are the URL schemes a link or an image may
// have. Relative URLs are resolved against the page's base first, so a URL
// without a scheme is written only when the page has no URL.
var (
	linkSchemes  = []string{"http", "https", "mailto"}
	imageSchemes = []string{"http", "https"}
)

// safeURL resolves raw (an attribute value, character references already
// decoded) against base, which may be nil, and returns it when its scheme
// is one of schemes, or it is a relative reference and base is not an
// absolute URL. Like a browser it ignores leading and trailing spaces and
// control characters and tabs and newlines inside; unlike one, it rejects
// what net/url cannot parse. So "jAvAsCrIpT:", "java\tscript:", " javascript:" and "data:" are
// all refused.
func safeURL(base *url.URL, raw string, schemes []string) (string, bool) {
	raw = strings.TrimFunc(raw, func(r rune) bool { return r <= ' ' })
	if strings.ContainsAny(raw, "\t\n\r") {
		raw = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(raw)
	}
	if raw == "" || len(raw) > 4096 || !utf8.ValidString(raw) {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme == "" {
		// A relative URL is written only when there is no absolute base
		// to make it absolute; it has no scheme to run.
		if base != nil && base.IsAbs() || u.Opaque != "" {
			return "", false
		}
		return u.String(), true
	}
	for _, s := range schemes {
		if u.Scheme == s {
			if (s == "http" || s == "https") && u.Host == "" {
				return "", false
			}
			return u.String(), true
		}
	}
	return "", false
}

// pageBase is the URL relative links resolve against: the page's <base
// href> resolved against pageURL, else pageURL, when that gives an absolute
// http(s) URL. Without one, a base href that has no scheme (a path, as
// "/docs/") is used alone, and links stay relative to the site. It is nil
// when there is nothing to resolve against.
func pageBase(pageURL, baseHref string) *url.URL {
	var base *url.URL
	if u, err := url.Parse(strings.TrimSpace(pageURL)); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		base = u
	}
	if baseHref == "" {
		return base
	}
	b, err := url.Parse(strings.TrimSpace(baseHref))
	if err != nil {
		return base
	}
	if base != nil {
		b = base.ResolveReference(b)
	}
	if (b.Scheme == "http" || b.Scheme == "https") && b.Host != "" || base == nil && b.Scheme == "" && b.Opaque == "" {
		return b
	}
	return base
}

// cleanText makes text safe to hold in a text node that must parse back
// as it was written: NUL, which parsers drop or replace, becomes U+FFFD,
// carriage returns, which they turn into newlines, go, and invalid UTF-8
// is replaced.
func cleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.ContainsAny(s, "\x00\r") {
		s = strings.NewReplacer("\x00", "\uFFFD", "\r\n", "\n", "\r", "\n").Replace(s)
	}
	return s
}
