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
	z := scanners.Get().(*htmlscan.Scanner)
	defer scanners.Put(z)
	z.Reset(page)
	var attrs []attr
	for n := 0; ; n++ {
		if n&1023 == 1023 && stop != nil && stop() {
			break
		}
		z.AllowCDATA(s.inForeignContent())
		switch tt := z.Next(); tt {
		case htmlscan.ErrorToken:
			s.finish()
			z.Reset(nil)
			return s
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
			s.start(a, attrs, tt == htmlscan.SelfClosingTagToken && s.honoursSelfClosing(a, attrs))
			if s.openedForeign() {
				z.NextIsNotRawText()
			}
		case htmlscan.EndTagToken:
			s.end(z.TagAtom())
		}
	}
	s.finish()
	z.Reset(nil)
	return s
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
