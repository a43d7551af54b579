package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// Limits of a call box (see dropCallBoxes).
const (
	// callBoxWordsMax is the most words a call box may keep: a heading
	// and a sentence or two.
	callBoxWordsMax = 80
	// callBoxBlocksMax is the most blocks a call box may hold, its call
	// included.
	callBoxBlocksMax = 5
	// callWordsMax is the most words of the call itself: a button's or a
	// link's label ("Donate now", "Go to sign-up").
	callWordsMax = 4
	// callBoxesMax is the most call boxes a page may have: more are the
	// cards of a round-up (a product, its blurb, "Buy now"), which are
	// the article's items.
	callBoxesMax = 2
	// callBoxBodyMin is the least an article must keep before a call box:
	// a box above the body is a page's lead, its offer the page's
	// subject. callBoxShare is how many times a box's words the page must
	// keep outside it.
	callBoxBodyMin = 100
	callBoxShare   = 4
)

// callBox is an element whose kept blocks dropCallBoxes may drop: the
// blocks from to to, the element's node.
type callBox struct {
	from, to int
	node     int32
}

// dropCallBoxes drops, on the article reading, the boxes an article's
// publisher sets into or under it to ask something of its reader: a
// donation appeal, a membership offer, a newsletter, each a heading and
// a sentence or two in an element of its own that ends on the call, a
// lone button or link that the classifier dropped ("Donate now", "Become
// a member", "Subscribe"). The article's own paragraphs do not sit in a
// small element that ends on a bare call. A page with more such boxes
// than callBoxesMax is a round-up whose items each end on a shop's link:
// they are left.
func dropCallBoxes(s *segmenter, author string) {
	blocks := s.blocks
	total := keptWords(blocks)
	if total < callBoxBodyMin {
		return
	}
	var found [callBoxesMax]callBox
	n := 0
	for i := range blocks {
		if !isCall(&blocks[i]) || callRepeated(s, i) {
			continue
		}
		box, ok := callBoxOf(s, i)
		if !ok {
			continue
		}
		if n > 0 && found[n-1].node == box.node {
			continue
		}
		if n == callBoxesMax {
			return
		}
		found[n] = box
		n++
	}
	for _, box := range found[:n] {
		words, before := 0, 0
		for i := range blocks[:box.from] {
			if blocks[i].Kept {
				before += blocks[i].Features.Words
			}
		}
		for i := box.from; i <= box.to; i++ {
			if blocks[i].Kept {
				words += blocks[i].Features.Words
			}
		}
		if before < callBoxBodyMin || total-words < callBoxShare*words || namesAuthor(blocks[box.from:box.to], author) {
			continue
		}
		for i := box.from; i <= box.to; i++ {
			if blocks[i].Kept {
				blocks[i].Drop(boilerplate.ReasonSubscription)
			}
		}
	}
}

// isCall reports whether b is a dropped call to act: a few words that
// the classifier read as a control ("Donate now!", a form's button) or
// as a lone link.
func isCall(b *boilerplate.Block) bool {
	if b.Kept || b.Features.Words == 0 || b.Features.Words > callWordsMax || b.Kind != boilerplate.KindParagraph {
		return false
	}
	switch b.Reason {
	case boilerplate.ReasonInterface:
		return true
	case boilerplate.ReasonLinkList:
		return b.Features.LinkCount == 1 && b.Features.LinkWords == b.Features.Words
	}
	return false
}

// callBoxOf finds the box that the call, block c, closes: the nearest
// element around it that holds kept text, when the call is its last
// block, it holds at most callBoxBlocksMax blocks and keeps at most
// callBoxWordsMax words, none of them in links, and one of them a
// sentence.
func callBoxOf(s *segmenter, c int) (callBox, bool) {
	blocks := s.blocks
	for n := s.blockAt[c]; n > 0; n = s.nodes[n].parent {
		end := int32(subtreeEnd(s, int(n)))
		if c+1 < len(blocks) && s.blockAt[c+1] >= n && s.blockAt[c+1] < end {
			return callBox{}, false // the call does not close it
		}
		from := c
		for from > 0 && s.blockAt[from-1] >= n && s.blockAt[from-1] < end {
			from--
			if c-from >= callBoxBlocksMax {
				return callBox{}, false
			}
		}
		kept, parts, sentence := 0, 0, false
		for i := from; i < c; i++ {
			b := &blocks[i]
			if !b.Kept {
				continue
			}
			if b.Features.LinkWords > 0 || (b.Kind != boilerplate.KindParagraph && b.Kind != boilerplate.KindHeading) {
				return callBox{}, false
			}
			kept += b.Features.Words
			parts++
			sentence = sentence || (b.Kind == boilerplate.KindParagraph && b.Features.Sentences > 0)
		}
		if kept > callBoxWordsMax {
			return callBox{}, false
		}
		if kept > 0 {
			return callBox{from: from, to: c, node: n}, sentence && parts >= 2
		}
	}
	return callBox{}, false
}

// callRepeated reports whether the call, block c, is printed again on the
// page, as a block or a control: then it is the button of each of a
// page's cards ("Learn more", "Read our review"), not a box's own.
func callRepeated(s *segmenter, c int) bool {
	text := s.blocks[c].Text
	for i := range s.blocks {
		if i != c && strings.EqualFold(s.blocks[i].Text, text) {
			return true
		}
	}
	for i := range s.rg.blocks {
		if strings.EqualFold(s.rg.blocks[i].Text, text) {
			return true
		}
	}
	return false
}

// namesAuthor reports whether one of blocks names the article's author:
// the box is the author's card ("See full bio"), which DropAuthorCard
// judges.
func namesAuthor(blocks []boilerplate.Block, author string) bool {
	if author == "" {
		return false
	}
	for i := range blocks {
		if strings.Contains(blocks[i].Text, author) {
			return true
		}
	}
	return false
}
