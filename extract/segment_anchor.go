package extract

import (
	"bytes"

	"github.com/winnowtext/winnow/boilerplate"
)

// anchorLink is a link, open in the current block, to a place on the page
// itself ("#install"): documentation generators end every heading with one
// (a permalink, printed as "¶", "§", "#", a zero-width space or an icon),
// and some make the heading's whole text one.
type anchorLink struct {
	open  bool
	start int // where its text begins in the block's buffer
}

// startAnchor notes whether the link that starts with attrs leads to a
// place on the page.
func (s *segmenter) startAnchor(attrs []attr) {
	s.anchor = anchorLink{}
	for _, at := range attrs {
		if string(at.key) == "href" {
			if len(at.val) > 1 && at.val[0] == '#' {
				s.anchor = anchorLink{open: true, start: len(s.buf)}
				s.inPageLinks++
				if s.src != nil {
					s.src.anchorFrom = s.src.start
				}
			}
			return
		}
	}
}

// endAnchor ends the link to a place on the page, if one is open. A
// permalink's glyph (no letter or digit) leaves the text: it is no word of
// the page, and a "¶" or a zero-width space glued to a heading's last word
// makes another word of it. A heading that links to itself is no link
// away: its words are counted as its own, not as a link's.
func (s *segmenter) endAnchor() {
	a := s.anchor
	s.anchor.open = false
	if !a.open || a.start > len(s.buf) {
		return
	}
	if s.top().kind == boilerplate.KindHeading {
		s.anchoredHeads++
	}
	text := s.buf[a.start:]
	switch {
	case !hasLetterOrDigit(text):
		s.buf = s.buf[:a.start]
		if s.src != nil {
			s.src.cutAnchor()
		}
	case s.top().kind != boilerplate.KindHeading:
		return
	case hasLetterOrDigit(s.buf[:a.start]) && bytes.Count(bytes.TrimSpace(text), []byte(" ")) < maxTailAnchorWords:
		// A short link after the heading's words: "top", "back to
		// top", "link" (see trimTailAnchor).
		s.headTail = [2]int{a.start, len(s.buf)}
		if s.src != nil {
			s.src.tail = [2]int32{int32(s.src.anchorFrom), int32(s.src.end)}
		}
	}
	s.linkChars = max(s.linkChars-len(text), 0)
	s.links = max(s.links-1, 0)
}

// maxTailAnchorWords is the most words of an in-page link that
// trimTailAnchor takes off the end of a heading.
const maxTailAnchorWords = 3

// trimTailAnchor takes off the end of a heading's text the short link to
// a place on the page that follows its words, tail (where it starts and
// ends in the text): a manual's "NAME top" (a link back to the top of the
// page) or a "link" printed as a permalink. It stays when more of the
// heading follows it ("see Figure 2 for the setup").
func trimTailAnchor(text []byte, tail [2]int) []byte {
	if tail[1] == 0 || tail[1] < len(text) || tail[0] > len(text) {
		return text
	}
	head := bytes.TrimRight(text[:tail[0]], " \u00a0")
	if !hasLetterOrDigit(head) {
		return text
	}
	return head
}
