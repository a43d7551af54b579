package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestSiteLabel(t *testing.T) {
	tests := []struct{ host, want string }{
		{"www.bbc.co.uk", "bbc"},
		{"bbc.com", "bbc"},
		{"blog.example.org", "example"},
		{"shop.example.com.au", "example"},
		{"amzn.to", "amzn"},
		{"news.example.org:8080", "example"},
		{"example.org.", "example"},
		{"localhost", ""},
		{"", ""},
		{".", ""},
		{"co.uk", "co"},
	}
	for _, tt := range tests {
		if got := string(siteLabel([]byte(tt.host))); got != tt.want {
			t.Errorf("siteLabel(%q) = %q, want %q", tt.host, got, tt.want)
		}
	}
}

func TestLeavesSite(t *testing.T) {
	tests := []struct {
		href, page string
		want       bool
	}{
		{"https://www.shop.example/item?id=1", "https://news.example.org/deals", true},
		{"HTTP://Shop.Example/item", "https://news.example.org/deals", true},
		{"//cdn.other.net/x", "https://news.example.org/deals", true},
		{"https://user@shop.example/x", "https://news.example.org/", true},
		{"https://www.example.org/about", "https://news.example.org/deals", false},
		{"https://example.co.uk/about", "https://news.example.org/deals", false}, // the same name
		{"/deals/other", "https://news.example.org/deals", false},
		{"mailto:desk@shop.example", "https://news.example.org/deals", false},
		{"#top", "https://news.example.org/deals", false},
		{"https://shop.example/", "", false}, // the page's site unknown
	}
	for _, tt := range tests {
		if got := leavesSite([]byte(tt.href), pageSite(tt.page)); got != tt.want {
			t.Errorf("leavesSite(%q) on %q = %v, want %v", tt.href, tt.page, got, tt.want)
		}
	}
}

// dealsPage is an article whose list of offers, every item a link, stands
// between its paragraphs; base is where the offers link to.
func dealsPage(head, base string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Deals of the week</title><meta property="og:type" content="article">` + head + `</head><body>`)
	b.WriteString(`<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/deals">Deals</a></li></ul></nav>`)
	b.WriteString(`<article><h1>Deals of the week: a notebook, a camera and cheap films</h1>`)
	b.WriteString(`<p>Every Friday we gather the offers that caught our eye during the week, from shops large and small, and say what we think of them.</p>`)
	b.WriteString(`<p>The notebook is the one to watch: a quad-core processor and a fast graphics card for much less than it cost in the spring.</p><ul>`)
	for i, name := range []string{"Travel notebook with a quad-core processor for 832 euros", "Compact camera with a zoom lens for 199 euros", "Streaming films to rent for 99 cents each"} {
		fmt.Fprintf(&b, `<li><a href="%s/offer/%d">%s</a></li>`, base, i, name)
	}
	b.WriteString(`</ul><p>The films are only cheap until Sunday, and the notebook may sell out before then, as it did the last time the shop lowered its price.</p>`)
	b.WriteString(`<p>We will be back next week with more offers, and with a review of the camera once we have taken it on a long walk.</p></article>`)
	b.WriteString(`<footer><p>Copyright the news site. All rights reserved.</p></footer></body></html>`)
	return b.String()
}

func TestOffsiteLinksKept(t *testing.T) {
	const offer = "Compact camera with a zoom lens for 199 euros"
	tests := []struct {
		name, url, head, base string
		want                  bool
	}{
		{"offers in another shop", "https://news.example.org/deals/42", "", "https://www.shop.example", true},
		{"the site known from its canonical link", "", `<link rel="canonical" href="https://news.example.org/deals/42">`, "https://www.shop.example", true},
		{"links to the site itself", "https://news.example.org/deals/42", "", "https://news.example.org", false},
		{"relative links", "https://news.example.org/deals/42", "", "", false},
		{"the site unknown", "", "", "https://www.shop.example", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := dealsPage(tt.head, tt.base)
			res, err := FromBytes([]byte(page), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(res.Text, offer); got != tt.want {
				t.Errorf("offer kept = %v, want %v; text:\n%s", got, tt.want, res.Text)
			}
			if !strings.Contains(res.Text, "The films are only cheap until Sunday") {
				t.Errorf("the article's paragraphs are missing:\n%s", res.Text)
			}
			root, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			fromTree, err := FromNode(root, Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if fromTree.Text != res.Text {
				t.Errorf("FromNode text differs:\n%s\nFromBytes:\n%s", fromTree.Text, res.Text)
			}
		})
	}
}

// TestLeavesSiteRemembersHost checks that the segmenter's verdicts, which
// keep the last host judged, are leavesSite's for every link of a run
// that repeats and alternates hosts, and that a segmenter taken anew for
// another page judges that page's site.
func TestLeavesSiteRemembersHost(t *testing.T) {
	hrefs := []string{
		"https://www.altro.example.it/q", "https://news.example.org/a", "https://news.example.org/b", "https://cdn.shop.example/x",
		"https://cdn.shop.example/y", "/relative", "https://news.example.org/c", "//cdn.shop.example/z",
		"HTTPS://News.Example.org/d", "https://news.example.org/e", "#top", "https://www.altro.example.it/p",
	}
	for _, page := range []string{"https://news.example.org/deals", "https://www.shop.example/item", "https://altro.example.it/"} {
		s := newSegmenter(Limits{}.withDefaults(), 0)
		s.knowSite(page)
		site := pageSite(page)
		for _, h := range hrefs {
			if got, want := s.leavesSite([]byte(h)), leavesSite([]byte(h), site); got != want {
				t.Errorf("on %q: leavesSite(%q) = %v, want %v", page, h, got, want)
			}
		}
		segmenters.Put(s) // the next page may be given this one
	}
}
