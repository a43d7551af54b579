package meta

import (
	"math/rand/v2"
	"net/url"
	"testing"
)

// slowPlain reports what plainHTTPURL promises of s, asking net/url: s
// parses as an absolute http(s) URL with a host, and String gives s back,
// also after ResolveReference against a few bases.
func slowPlain(t *testing.T, s string) bool {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil || !isHTTP(u) || u.String() != s {
		return false
	}
	for _, b := range []string{"https://example.org/a/b/c?q=1", "http://example.com", "https://example.net/x/../y/"} {
		base, err := url.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		if got := base.ResolveReference(u).String(); got != s {
			return false
		}
	}
	return true
}

// TestPlainHTTPURL: plainHTTPURL accepts the absolute http(s) addresses
// net/url gives back unchanged and refuses those it would rewrite or
// read otherwise (an upper-case scheme, dot or empty segments, a port,
// a user, a fragment, escapes, non-ASCII, a relative address).
func TestPlainHTTPURL(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://example.com", true},
		{"https://example.com/", true},
		{"http://www.example.com/news/2024/03/a-walk-in-the-hills.html", true},
		{"https://example.com/a/b/", true},
		{"https://example.com/.../x", true},
		{"https://example.com/img_1~2.jpg?w=800&h=600&fit=crop,smart", true},
		{"https://example.com?page=2", true},
		{"https://cdn-1.example.co.uk/a.b.c", true},
		{"HTTPS://example.com/", false},   // a scheme in upper case is lowered
		{"https://example.com//a", false}, // an empty segment goes
		{"https://example.com/a/./b", false},
		{"https://example.com/a/../b", false},
		{"https://example.com/a/..", false},
		{"https://example.com/a/.", false},
		{"https://example.com:8080/a", false},
		{"https://user@example.com/a", false},
		{"https://example.com/a#top", false},
		{"https://example.com/a b", false},
		{"https://example.com/caf%C3%A9", false},
		{"https://example.com/café", false},
		{"https://example.com/a?", false},
		{"https://example.com/a?b=c d", false},
		{"https://[::1]/a", false},
		{"https:///a", false},
		{"https://", false},
		{"//example.com/a", false},
		{"/a/b", false},
		{"ftp://example.com/a", false},
		{"https://example.com/a;b", false},
		{"https://example.com/a:b", false},
		{"https://exa_mple.com/", false},
	}
	for _, tt := range tests {
		if got := plainHTTPURL(tt.url); got != tt.want {
			t.Errorf("plainHTTPURL(%q) = %v, want %v", tt.url, got, tt.want)
		}
		if plainHTTPURL(tt.url) && !slowPlain(t, tt.url) {
			t.Errorf("%q: net/url does not give it back", tt.url)
		}
	}
}

// TestPlainHTTPURLRandom checks on random addresses, made of the bytes
// that matter, that every address plainHTTPURL accepts is one net/url
// reads and writes back unchanged.
func TestPlainHTTPURLRandom(t *testing.T) {
	const alphabet = "aZ09-._~/?#:@%;=&+, !\"[]"
	rng := rand.New(rand.NewPCG(1, 2))
	accepted := 0
	for range 200000 {
		b := []byte("https://ex")
		for range rng.IntN(16) {
			b = append(b, alphabet[rng.IntN(len(alphabet))])
		}
		s := string(b)
		if plainHTTPURL(s) {
			accepted++
			if !slowPlain(t, s) {
				t.Fatalf("%q: accepted, but net/url does not give it back", s)
			}
		}
	}
	if accepted < 1000 {
		t.Fatalf("only %d random addresses accepted: the test tests little", accepted)
	}
}

// TestHostOfPlain: hostOf, which reads plain addresses without net/url,
// gives the host name net/url gives, for plain addresses and others.
func TestHostOfPlain(t *testing.T) {
	for _, s := range []string{"https://example.com", "https://example.com/", "http://a.example.com?x=1",
		"https://example.com/a/b?c=d", "https://example.com:8080/a", "//example.com/a", "https://example.com/a#b"} {
		want := ""
		if u := parseBase(s); u != nil {
			want = u.Hostname()
		}
		if got := hostOf(s); got != want {
			t.Errorf("hostOf(%q) = %q, want %q", s, got, want)
		}
	}
}
