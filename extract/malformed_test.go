package extract

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// malformedArticle is a page whose article a browser shows whole however
// its markup is mangled below: a navigation bar, three paragraphs in an
// <article> inside two wrappers, a sidebar of links and a footer.
const malformedArticle = `<!DOCTYPE html><html lang="en"><head><title>Harbour wall | Coast Courier</title></head>
<body><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="wrap"><div class="main"><article class="post">
<h1>Harbour works begin after years of delay</h1>
<p>Work on the new harbour wall began on Monday, three years after the project was first approved by the regional council.</p>
<p>The contractor said that the wall would protect the old quays from winter storms, which have flooded the fish market twice.</p>
<p>Residents welcomed the news but asked for the road along the shore to stay open during the works, as it leads to the school.</p>
</article></div><aside class="sidebar"><ul><li><a href="/a">Most read: ferry timetable changes</a></li><li><a href="/b">Most read: new school opens</a></li></ul></aside></div>
<footer class="site-footer"><p>© 2024 Coast Courier. All rights reserved.</p></footer>
</body></html>`

// TestMalformedMarkup mangles the markup of malformedArticle in ways that
// browsers (and the HTML5 parser of golang.org/x/net/html) recover from,
// as real pages do, and asserts that FromBytes still returns the article
// and agrees with FromNode on the tree that the HTML5 parser builds.
func TestMalformedMarkup(t *testing.T) {
	paragraphs := []string{"Work on the new harbour wall began", "The contractor said", "Residents welcomed the news"}
	unwanted := []string{"Most read", "All rights reserved", "Sport"}
	cases := []struct {
		name   string
		mangle func(string) string
	}{
		{"as written", func(s string) string { return s }},
		{"</body></html> printed mid-article", func(s string) string {
			return strings.Replace(s, "</p>\n<p>The contractor", "</p></body></html>\n<p>The contractor", 1)
		}},
		{"</html> printed twice", func(s string) string {
			return strings.Replace(s, "<h1>", "</html><h1>", 1)
		}},
		{"upper-case tags", func(s string) string {
			for _, tag := range []string{"p", "article", "div", "nav", "aside", "footer", "h1", "ul", "li", "body"} {
				s = strings.ReplaceAll(s, "<"+tag, "<"+strings.ToUpper(tag))
				s = strings.ReplaceAll(s, "</"+tag+">", "</"+strings.ToUpper(tag)+">")
			}
			return s
		}},
		{"unquoted attributes", func(s string) string {
			for _, v := range []string{"menu", "wrap", "main", "post", "sidebar", "site-footer", "en"} {
				s = strings.ReplaceAll(s, `="`+v+`"`, "="+v)
			}
			return s
		}},
		{"optional end tags left out", func(s string) string {
			return strings.NewReplacer("</p>", "", "</li>", "").Replace(s)
		}},
		{"no html, head or body tags", func(s string) string {
			return strings.NewReplacer(`<html lang="en">`, "", "<head>", "", "</head>", "", "<body>", "", "</body>", "", "</html>", "").Replace(s)
		}},
		{"stray end tags before the article", func(s string) string {
			return strings.Replace(s, `<div class="wrap">`, `</div></section></article><div class="wrap">`, 1)
		}},
		{"unclosed inline elements", func(s string) string {
			return strings.Replace(s, "Work on", "<b>Work</b> <em>on", 1)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := c.mangle(malformedArticle)
			res, err := FromBytes([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkHolds(t, res.Text, paragraphs, unwanted)
			doc, err := html.Parse(bytes.NewReader([]byte(page)))
			if err != nil {
				t.Fatal(err)
			}
			tree, err := FromNode(doc, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := verdicts(res), verdicts(tree); got != want {
				t.Errorf("FromBytes and FromNode disagree:\n%s\n---\n%s", got, want)
			}
		})
	}
}

// verdicts lists each block of res with its verdict and its depth below
// the shallowest block, one a line: where the segmenter puts a block in
// the tree decides which container holds it, and so its verdict. (The
// HTML5 parser adds the <body> a page leaves out, one level more for
// every block.)
func verdicts(res *Result) string {
	top := -1
	for _, bl := range res.Blocks {
		if top < 0 || bl.Features.Depth < top {
			top = bl.Features.Depth
		}
	}
	var b strings.Builder
	for _, bl := range res.Blocks {
		fmt.Fprintf(&b, "%v %s depth %d: %s\n", bl.Kept, bl.Reason, bl.Features.Depth-top, bl.Text)
	}
	return b.String()
}
