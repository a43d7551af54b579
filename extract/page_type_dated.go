package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// datedHeading returns the index of the one top heading (<h1> or <h2>) of
// the page with a date line right under it, -1 when none or several have
// one. A blog post prints its date under its headline; a page of several
// dated headings is a list of posts or news. (A side box's lower heading
// over a row of years is no post.) loose is as for dateline.
func datedHeading(blocks []boilerplate.Block, loose bool) int {
	at := -1
	for i := 0; i+1 < len(blocks); i++ {
		b := &blocks[i]
		if b.Kind == boilerplate.KindHeading && (b.Tag == "h1" || b.Tag == "h2") && dateline(&blocks[i+1], loose) {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

// datedPageWords is the most words a page holds, chrome and all, that
// datedPost takes for a short post: a landing page with one dated
// section (a news box, a changelog) has more.
const datedPageWords = 300

// datedPost reports whether a small page that the model took for a
// service page or a listing is one dated post. A short post gives the
// model too few words to tell it from a landing page, whose sections are
// not dated, or, once a corruption hid the rest of the page (an unclosed
// <script> after the post), from a list of links.
func datedPost(blocks []boilerplate.Block) bool {
	words := 0
	for i := range blocks {
		words += blocks[i].Features.Words
	}
	return words <= datedPageWords && datedHeading(blocks, true) >= 0
}

// shortPostWords is the most words of a post that keepDatedPost keeps
// whole: a longer post has paragraphs enough for the classifier.
const shortPostWords = 80

// keepDatedPost keeps a short post under a dated headline when the
// reading kept under half of it (a link left open over its first
// paragraphs makes them read as a menu, the rest not): the blocks after
// the date line, as far as the element that holds both the headline and
// the first of them goes, when
// they hold at most shortPostWords words and the page kept no more than
// that elsewhere. Lines of dialogue, a photo's caption or a single short
// sentence are too short, or too thin beside a sidebar, for the
// classifier; under a dated headline they are the post. Blocks dropped
// for what they are (comments, sharing, hidden, repeated) stay dropped.
// A story's header, between its date and its body (a byline, a photo's
// caption), is left alone: the body after it is kept and long.
//
// The post ends, too, at the first block of the page's frame: a stray
// </div> can close the post's element and leave its text in the body,
// followed by the pager, the comments and the sidebar.
//
// dated says that datedPost read the page as a post: its date line may
// then be one the reading left outside its container (loose, as for
// dateline).
func keepDatedPost(s *segmenter, dated bool) {
	blocks := s.blocks
	h := datedHeading(blocks, dated)
	if h < 0 || h+2 >= len(blocks) {
		return
	}
	top := commonAncestor(s, int(s.blockAt[h]), int(s.blockAt[h+2]))
	words, kept, end := 0, 0, h+2
	for ; end < len(blocks) && holdsNode(s, top, int(s.blockAt[end])) && !endsPost(&blocks[end]); end++ {
		words += blocks[end].Features.Words
		if blocks[end].Kept {
			kept += blocks[end].Features.Words
		}
	}
	if words > shortPostWords || 2*kept >= words || keptWords(blocks) > shortPostWords {
		return
	}
	for i := h + 2; i < end; i++ {
		b := &blocks[i]
		switch b.Reason {
		case boilerplate.ReasonTooShort, boilerplate.ReasonLowDensity, boilerplate.ReasonLinkList, boilerplate.ReasonOutsideMain,
			boilerplate.ReasonCaption:
			b.Keep()
		}
	}
}

// dateline reports whether b is a bare date line: dropped as one, or, if
// loose, one to the recogniser (before the type's reading, a block outside
// the container the article reading chose has not been looked at).
func dateline(b *boilerplate.Block, loose bool) bool {
	return b.Reason == boilerplate.ReasonDateline ||
		loose && b.Features.Words <= 16 && recognize.Text(b.Text) == recognize.Dateline
}

// endsPost reports whether b, after a post, is of the page's frame: a menu,
// a pager or a row of links, comments, sharing, a button.
func endsPost(b *boilerplate.Block) bool {
	switch b.Reason {
	case boilerplate.ReasonNavigation, boilerplate.ReasonComments, boilerplate.ReasonSocial, boilerplate.ReasonInterface:
		return true
	case boilerplate.ReasonLinkList:
		return b.Features.LinkCount >= 2
	}
	return false
}
