package extract

import (
	"bytes"
	"testing"

	"github.com/winnowtext/winnow/internal/ascii"
)

// hrefHostBefore is hrefHost as it was before its first byte ruled out
// relative links and before hostStart read the scheme, kept to test that
// the two agree.
func hrefHostBefore(href []byte) []byte {
	href = bytes.TrimSpace(href)
	switch {
	case ascii.HasPrefixFold(href, "https://"):
		href = href[len("https://"):]
	case ascii.HasPrefixFold(href, "http://"):
		href = href[len("http://"):]
	case bytes.HasPrefix(href, []byte("//")):
		href = href[2:]
	default:
		return nil
	}
	if i := bytes.IndexAny(href, "/?#\\"); i >= 0 {
		href = href[:i]
	}
	if i := bytes.LastIndexByte(href, '@'); i >= 0 {
		href = href[i+1:]
	}
	return href
}

// TestHrefHostAsBefore compares hrefHost with hrefHostBefore on written
// and on random addresses built from the pieces that matter.
func TestHrefHostAsBefore(t *testing.T) {
	hrefs := []string{
		"", "/", "//", "///x", "/news/a", "#top", "?q=1", "page.html", "mailto:a@b.c",
		"https://www.bbc.co.uk/news", "HTTP://Shop.Example", "  https://a.example/ ",
		"\u00a0https://a.example/x", "\u2003//cdn.example.net/x", "\thttp://x.org?q",
		"https://user@evil.example@shop.example/x", "https://a.example\\b", "h", "ht",
		"javascript:void(0)", "https://ex.com#frag", "https://éxample.fr/x", "\vhttps://x.y",
		"https://a.example.\u00a0", "//a.example ", "https:/a.example", "H", "\x00https://a.b",
	}
	pieces := []string{"h", "H", "http", "https", "HTTPS", "hTtP", "s", "S", "://", ":/", "htt", "\x08ttp", ":", "//", "/", "\\", "?", "#", "@",
		" ", "\t", "\v", "\u00a0", "\u0085", "\u3000", "a", "example", ".", "co", "uk", "é", ":8080", "x"}
	hrefs = append(hrefs, randomJoins(16, 50000, 8, pieces)...)
	for _, h := range hrefs {
		got, want := hrefHost([]byte(h)), hrefHostBefore([]byte(h))
		if !bytes.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("hrefHost(%q) = %q, was %q", h, got, want)
		}
	}
}

// TestSameLabelAsBefore compares sameLabel with what it was, a fold of
// the host's site label, on random hosts.
func TestSameLabelAsBefore(t *testing.T) {
	pieces := []string{"www.", "bbc", "BBC", ".co", ".uk", ".com", "example", "Example", ".", ":8080", "ex\u212aample", "é"}
	labels := [][]byte{[]byte("bbc"), []byte("example"), []byte("co"), nil}
	for _, joined := range randomJoins(16, 20000, 5, pieces) {
		b := []byte(joined)
		for _, l := range labels {
			if got, want := sameLabel(b, l), bytes.EqualFold(siteLabel(b), l); got != want {
				t.Errorf("sameLabel(%q, %q) = %v, was %v", b, l, got, want)
			}
		}
	}
}
