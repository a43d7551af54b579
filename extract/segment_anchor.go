package extract

import "github.com/winnowtext/winnow/boilerplate"

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
	text := s.buf[a.start:]
	switch {
	case !hasLetterOrDigit(text):
		s.buf = s.buf[:a.start]
	case s.top().kind != boilerplate.KindHeading:
		return
	}
	s.linkChars = max(s.linkChars-len(text), 0)
	s.links = max(s.links-1, 0)
}
