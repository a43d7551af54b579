package extract

import (
	"sync"
	"unicode"

	"github.com/winnowtext/winnow/internal/htmlscan"
)

// scanners recycles htmlscan.Scanners, whose buffers grow to fit the
// pages they read; the pool holds no state between calls.
var scanners = sync.Pool{New: func() any { return htmlscan.New(nil) }}

// segmentHTML scans page (UTF-8) and feeds the segmenter. No tree is
// built: the scanner hands out slices into the page or its own buffers,
// and only text that becomes a block is copied.
func segmentHTML(page []byte, lim Limits, stop func() bool) *segmenter {
	s := newSegmenter(lim, len(page))
	s.scan(page, stop)
	s.flush()
	return s
}

// scan feeds the segmenter the tokens of markup, which is a page or, for
// a tree parsed with scripting on, the raw text of a <noscript>.
func (s *segmenter) scan(markup []byte, stop func() bool) {
	z := scanners.Get().(*htmlscan.Scanner)
	defer scanners.Put(z)
	defer z.Reset(nil)
	z.Reset(markup)
	var attrs []attr
	for n := 0; ; n++ {
		if n&1023 == 1023 && stop != nil && stop() {
			return
		}
		switch tt := z.Next(); tt {
		case htmlscan.ErrorToken:
			return
		case htmlscan.TextToken:
			if s.wantsText() {
				s.text(z.Text())
			}
		case htmlscan.StartTagToken, htmlscan.SelfClosingTagToken:
			a := z.TagAtom()
			attrs = attrs[:0]
			for more := z.HasAttr(); more; {
				var k, v []byte
				k, v, more = z.NextAttr()
				attrs = append(attrs, attr{key: k, val: v})
			}
			// "<div/>" opens a div in HTML; the slash only closes void and
			// foreign elements.
			s.start(a, attrs, tt == htmlscan.SelfClosingTagToken && classify(a) != tagBlock)
			if s.parsesMarkup(a) {
				z.NextIsNotRawText()
			}
		case htmlscan.EndTagToken:
			s.end(z.TagAtom())
		}
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
