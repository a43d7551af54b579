package extract

import (
	"slices"

	"github.com/winnowtext/winnow/boilerplate"
)

// A post that one link wraps whole (a blog theme that makes the whole
// entry a link to its permalink, an <a> that HTML5 lets hold blocks)
// reads, counted as link text, as a teaser card: a heading over a few
// short lines, all linked. A teaser card is one of several, or stands
// beside the text it is a teaser for; a link around the page's only
// text is neither. unlinkSolePost gives such a link's words back to its
// blocks when the page has no other card link (see noteCardLink), the
// link wraps at least soleLinkMinBlocks blocks that are not headings,
// and the prose outside it, outside the page's chrome, is no more than
// the text inside it.

// soleLinkMinBlocks is the fewest blocks but headings in a link around
// the page's text: one linked paragraph is a teaser's blurb.
const soleLinkMinBlocks = 2

// soleLinkChrome are the hints of blocks that are not the page's text:
// the prose of menus, side columns, footers, comments and hidden boxes
// does not stand beside the post.
const soleLinkChrome = boilerplate.HintNav | boilerplate.HintHeader | boilerplate.HintFooter |
	boilerplate.HintAside | boilerplate.HintComment | boilerplate.HintBoilerplate | boilerplate.HintHidden

// soleLinkFrame are the hints of the page's frame that a link around the
// post never has: a name that says promo or share (HintBoilerplate) may
// be a broken page's wrapper left open around the post.
const soleLinkFrame = soleLinkChrome &^ boilerplate.HintBoilerplate

// unlinkSolePost sets LinkWords of the blocks of the page's only card
// link outside its chrome to zero when that link wraps the page's text
// (see above).
func unlinkSolePost(s *segmenter) {
	blocks := s.blocks
	from, to := -1, -1
	for _, c := range s.cardLinks {
		a, b := int(c[0]), min(int(c[1]), len(blocks))
		if a >= b || chromeSpan(blocks[a:b]) {
			continue // a tile of the menu, the footer's card: not beside the post
		}
		if from >= 0 {
			return
		}
		from, to = a, b
	}
	if from < 0 {
		return
	}
	inside, body := 0, 0
	for i := from; i < to; i++ {
		f := &blocks[i].Features
		if f.Hints&soleLinkFrame != 0 {
			return
		}
		if blocks[i].Kind != boilerplate.KindHeading {
			inside += f.Words
			body++
		}
	}
	if body < soleLinkMinBlocks {
		return
	}
	outside := 0
	for i := range blocks {
		f := &blocks[i].Features
		if i >= from && i < to || blocks[i].Kind == boilerplate.KindHeading || f.Hints&soleLinkChrome != 0 ||
			2*f.LinkWords >= f.Words {
			continue
		}
		if outside += f.Words; outside > inside {
			return
		}
	}
	for i := from; i < to; i++ {
		if f := &blocks[i].Features; i > from || f.LinkWords == f.Words {
			f.LinkWords, f.LinkCount = 0, 0
		}
	}
	s.cardLinks = slices.DeleteFunc(s.cardLinks, func(c [2]int32) bool { return int(c[0]) == from })
}

// chromeSpan reports whether every block of span is in the page's frame
// (see soleLinkFrame).
func chromeSpan(span []boilerplate.Block) bool {
	for i := range span {
		if span[i].Features.Hints&soleLinkFrame == 0 {
			return false
		}
	}
	return true
}

// A link left open that ends with the block it started in (its </a>
// missing, or a stray run of end tags closing the elements around it)
// stays a link: a menu item whose </a> is missing is one. A block of
// several sentences is no menu item: unlinkOpenProse gives the words of
// such a link back to its block when the block holds at least
// openProseWords words and openProseSentences sentences, as a forum post
// or a paragraph that the broken link runs over does.
const (
	openProseWords     = 25
	openProseSentences = 2
)

// unlinkOpenProse recomputes LinkWords of the blocks that a link left
// open ended with (see openEnds) when they read as prose.
func unlinkOpenProse(s *segmenter) {
	for _, e := range s.openEnds {
		i, before := int(e[0]), int(e[1])
		if i >= len(s.blocks) {
			continue
		}
		b := &s.blocks[i]
		f := &b.Features
		if f.Words < openProseWords || f.Sentences < openProseSentences || len(b.Text) == 0 {
			continue
		}
		f.LinkWords = (f.Words*min(before, len(b.Text)) + len(b.Text)/2) / len(b.Text)
		f.LinkCount = max(f.LinkCount-1, 0)
	}
}
