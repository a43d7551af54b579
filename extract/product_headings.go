package extract

import "github.com/winnowtext/winnow/boilerplate"

// dropBareHeadings drops, on a product's page, the kept headings below
// the product's name that head nothing the reading kept: "Complete the
// look", "Customers also viewed", "Featured products" over a carousel
// whose cards went as links, or over a grid a script fills in later. A
// heading's section runs to the next heading of its rank or a higher one,
// within the element that holds the heading and the block after it (the
// page's footer is no heading's section). It heads nothing when the
// section holds shown blocks the reading dropped and no kept block other
// than headings. A heading whose section is empty (a kicker over a
// heading, "Complete the look" over "Outfit inspiration") goes with the
// heading right after it when that one goes. Headings in the element
// that holds the product's name head the product's own parts, unless one
// closes the reading over links to other pages (see trailing.links), and a
// section without any block is not judged: specifications printed as
// pairs of headings ("Weight", "1.2 kg") have no text between them.
func dropBareHeadings(s *segmenter) {
	blocks := s.blocks
	t := titleIndex(blocks)
	if t < 0 || s.blockAt[t] < 0 {
		return
	}
	title := int(s.blockAt[t])
	// From the end, so that a heading's verdict is known before the
	// heading above it is judged.
	var after trailing
	for i := len(blocks) - 1; i > t; i-- {
		if rank := blockRank(&blocks[i]); rank != 0 && blocks[i].Kept && bareSection(s, i, rank, title, after.links()) {
			blocks[i].Drop(boilerplate.ReasonRelated)
		}
		after.add(&blocks[i])
	}
}

// trailing is what the blocks after a heading, other than headings, say
// of it (see trailingLinks): dropBareHeadings, which drops only headings,
// learns it block by block from the end.
type trailing struct {
	seen  bool               // a block that is no heading follows
	first boilerplate.Reason // the reason of the first such
	kept  bool               // one such is kept
}

// add puts b before the blocks t has seen.
func (t *trailing) add(b *boilerplate.Block) {
	if b.Kind == boilerplate.KindHeading {
		return
	}
	t.seen, t.first = true, b.Reason
	t.kept = t.kept || b.Kept
}

// links reports whether the heading before the blocks seen closes the
// reading over other pages' links: no block after it is kept but
// headings, and the first block after it went as links ("Recently viewed"
// over a link to another product, at the end of the element that holds
// the product's name). A heading there heads none of the product's parts.
func (t *trailing) links() bool {
	return t.seen && !t.kept && (t.first == boilerplate.ReasonLinkList || t.first == boilerplate.ReasonRelated)
}

// bareSection reports whether the heading at h, of the given rank, heads
// nothing kept (see dropBareHeadings).
//
// trailingLinks says whether the heading closes the reading over links
// (trailing.links).
func bareSection(s *segmenter, h, rank, title int, trailingLinks bool) bool {
	blocks := s.blocks
	// The element around the heading that holds the next block too (a
	// heading often stands in a wrapper of its own); a heading in the
	// element that holds the product's name heads a part of the product.
	if h+1 >= len(blocks) || s.blockAt[h] < 0 || s.blockAt[h+1] < 0 {
		return false
	}
	from := commonAncestor(s, int(s.blockAt[h]), int(s.blockAt[h+1]))
	end := subtreeEnd(s, from)
	if title >= from && title < end && !trailingLinks {
		return false
	}
	dropped := false
	j := h + 1
	for ; j < len(blocks); j++ {
		if n := int(s.blockAt[j]); n < from || n >= end {
			break
		}
		b := &blocks[j]
		if !b.Kept && b.Features.Hints.Has(boilerplate.HintHidden) {
			continue
		}
		r := blockRank(b)
		if r != 0 && r <= rank {
			break
		}
		if b.Kept && r == 0 {
			return false
		}
		dropped = dropped || !b.Kept
	}
	if dropped {
		return true
	}
	next := h + 1
	return j == next && next < len(blocks) && blocks[next].Reason == boilerplate.ReasonRelated && blockRank(&blocks[next]) != 0
}

// blockRank is the rank of a heading block (see headingRank), 0 for a
// block that is no heading.
func blockRank(b *boilerplate.Block) int {
	if b.Kind != boilerplate.KindHeading {
		return 0
	}
	return headingRank(b.Tag)
}
