package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// Layout prose: the least a paragraph says to be a section's lead rather
// than a label of the site's header (layoutProseWords words,
// layoutProseSentences sentences).
const (
	layoutProseWords     = 15
	layoutProseSentences = 1
)

// keepLayoutProse takes back, on a service page, the navigation verdicts
// of the leads of its sections that only a class name put in a header: a
// landing page prints each section's heading and its sentence of prose
// ("Turn feedback into issues that are routed to the right team.") in a
// "section-header" or "header-cta" element, often beside a link to the
// feature's own page, which keepSectionHeaders does not take back. A
// site's header holds labels and links; a paragraph of prose without a
// link is not one. What a <header> element or an element whose role is a
// landmark's holds keeps its verdict, and so does anything under a name
// for a menu, pagination or navigation: menus print prose in their
// panels (a mega menu's blurb, a filter's flyout explaining itself, a
// blog grid's teasers in a pagination container), and on the tune pages
// read as service pages every such paragraph was a menu's. A heading goes
// with the lead taken back right after it, and a block goes again when
// it is a form's control or a recognised kind of boilerplate.
func keepLayoutProse(s *segmenter) {
	blocks := s.blocks
	for i := range blocks {
		b := &blocks[i]
		if !layoutProse(b) || !namedLayoutOnly(s, int(s.blockAt[i])) ||
			boilerplate.RecognizeBlockMemo(b, s.recog) != boilerplate.ReasonNone {
			continue
		}
		b.Keep()
		if i == 0 {
			continue
		}
		h := &blocks[i-1]
		if h.Kind == boilerplate.KindHeading && h.Reason == boilerplate.ReasonNavigation && h.Features.LinkWords == 0 &&
			!isControl(h) && namedLayoutOnly(s, int(s.blockAt[i-1])) &&
			boilerplate.RecognizeBlockMemo(h, s.recog) == boilerplate.ReasonNone {
			h.Keep()
		}
	}
}

// layoutProse reports whether b is a paragraph of prose without links
// that the sections' reading dropped as navigation for a header's hint
// alone.
func layoutProse(b *boilerplate.Block) bool {
	f := &b.Features
	return b.Reason == boilerplate.ReasonNavigation && b.Kind == boilerplate.KindParagraph &&
		f.Hints&boilerplate.HintHeader != 0 &&
		f.Hints&(boilerplate.HintNav|boilerplate.HintFooter|boilerplate.HintAside|boilerplate.HintHidden) == 0 &&
		f.LinkWords == 0 && f.Words >= layoutProseWords && f.Sentences >= layoutProseSentences && !isControl(b)
}

// namedLayoutOnly reports whether every element from node n up that
// gives a header's or a menu's hint gives a header's by a word of its
// class or id: none is a <header>, none has a menu's hint (a <nav>, a
// role or a name), and none has a header's hint from its role alone.
func namedLayoutOnly(s *segmenter, n int) bool {
	for ; n >= 0; n = int(s.nodes[n].parent) {
		nd := &s.nodes[n]
		if nd.hints&(boilerplate.HintNav|boilerplate.HintHeader) == 0 {
			continue
		}
		if nd.hints&boilerplate.HintNav != 0 || nd.tag == atom.Header || nd.word == 0 {
			return false
		}
	}
	return true
}
