package meta

import (
	"net/url"
	"strings"
	"testing"
)

// refCheckAbsURL is checkAbsURL as it was before its shortcuts: net/url
// asked of every address but the plain absolute ones.
func refCheckAbsURL(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxURL {
		return "", false
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

// refResolve is resolve over a base parsed at once, as Finish did.
func refResolve(pageURL, canonical, s string) (string, string) {
	base := parseBase(pageURL)
	if base == nil {
		base = parseBase(canonical)
	}
	host := ""
	if base != nil {
		host = base.Hostname()
	}
	if s == "" {
		return "", host
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", host
	}
	if base != nil {
		u = base.ResolveReference(u)
	} else if u.Scheme == "" && strings.HasPrefix(s, "//") {
		u.Scheme = "https"
	}
	if !isHTTP(u) {
		return "", host
	}
	return u.String(), host
}

var urlCases = []string{
	"", "/", "//", "/a", "//a", "///a", "/a/b.jpg", "/a b", "/a%20b", "/a%zz", "/a\x7f", "/a\x01", "/a?q=%zz", "/a#%zz",
	"/a#f", "/a:b", "a:b", "a/b", "./a", "../a", "?q", "#f", " /a ", "/\u00e9", "https://example.com/a", "HTTP://Example.com",
	"https://example.com:8080/a", "http://user@example.com/", "https://example.com/a/../b", "mailto:x@y", "javascript:x",
	"data:image/png;base64,xx", "https://", "http://[::1]/", "https://ex ample.com/", "//cdn.example.com/i.png",
	"https://e.com/w_600,h_400/a b.jpg?x=1&y=[2]#top", "https://e.com?q", "https://e.com#f#g", "https://e.com/a%2", "https://e.com/\x01",
	"https://e.com:/", "https://e.com@x/", "https://-/", "http://..//", "https://e.com/ü", "https://e.com\\x",
}

func TestCheckAbsURLShortcuts(t *testing.T) {
	for _, s := range urlCases {
		checkURLShortcuts(t, s, "https://example.org/p/q", "")
	}
}

func checkURLShortcuts(t *testing.T, s, pageURL, canonical string) {
	t.Helper()
	gotS, gotAbs := checkAbsURL(s)
	wantS, wantAbs := refCheckAbsURL(s)
	if gotS != wantS || gotAbs != wantAbs {
		t.Fatalf("checkAbsURL(%q) = %q, %v; want %q, %v", s, gotS, gotAbs, wantS, wantAbs)
	}
	base := newPageBase(pageURL, canonical)
	host := base.hostname()
	got := resolve(&base, s)
	want, wantHost := refResolve(pageURL, canonical, s)
	if got != want || host != wantHost {
		t.Fatalf("resolve(%q, %q, %q) = %q, host %q; want %q, host %q", pageURL, canonical, s, got, host, want, wantHost)
	}
}

func FuzzURLShortcuts(f *testing.F) {
	for _, s := range urlCases {
		f.Add(s, "https://example.org/p/q", "")
		f.Add(s, "", s)
		f.Add("/x", s, "https://example.com/c")
	}
	f.Fuzz(func(t *testing.T, s, pageURL, canonical string) {
		checkURLShortcuts(t, s, pageURL, canonical)
		checkPlainURLPath(t, s)
		checkPlainURLPath(t, pageURL)
	})
}

// PlainURLPath gives the Path url.Parse gives, for the URLs it accepts.
func checkPlainURLPath(t *testing.T, s string) {
	t.Helper()
	path, ok := PlainURLPath(s)
	if !ok {
		return
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.Path != path {
		t.Fatalf("PlainURLPath(%q) = %q; url.Parse: %+v, %v", s, path, u, err)
	}
}

func TestPlainURLPath(t *testing.T) {
	for _, s := range append(urlCases, "https://e.com", "https://e.com?q=1", "https://e.com/?q=/a", "http://e.com/a/b/", "https://e.com/a?") {
		checkPlainURLPath(t, s)
	}
	if p, ok := PlainURLPath("https://e.com/a/b?x=/y"); !ok || p != "/a/b" {
		t.Errorf("PlainURLPath = %q, %v", p, ok)
	}
}
