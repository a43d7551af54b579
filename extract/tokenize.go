package extract

import (
	"bytes"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// segmentHTML runs the tokenizer over page (UTF-8) and feeds the segmenter.
// No tree is built: the tokenizer hands out slices into its own buffer and
// only text that becomes a block is copied.
func segmentHTML(page []byte, lim Limits, stop func() bool) *segmenter {
	s := newSegmenter(lim)
	z := html.NewTokenizer(bytes.NewReader(page))
	z.SetMaxBuf(0)
	var attrs []attr
	for n := 0; ; n++ {
		if n&1023 == 1023 && stop != nil && stop() {
			break
		}
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			s.flush()
			return s
		case html.TextToken:
			s.text(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs = attrs[:0]
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs = append(attrs, attr{key: k, val: v})
			}
			// "<div/>" opens a div in HTML; the slash only closes void and
			// foreign elements.
			s.start(a, attrs, tt == html.SelfClosingTagToken && classify(a) != tagBlock)
		case html.EndTagToken:
			name, _ := z.TagName()
			s.end(atom.Lookup(name))
		}
	}
	s.flush()
	return s
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
