package extract

import "github.com/winnowtext/winnow/boilerplate"

// minPartBlocks is the least a part of a body holds (see keepBodyParts): a
// lone line in an element of the body's class is a box's call to action.
const minPartBlocks = 2

// keepBodyParts keeps, inside the main container (mask), the parts of an
// article's body that a box splits off from the rest: a CMS prints each
// section of the text as a sibling element of one class ("artikel-deel",
// "story-body"), and an inline newsletter box or advertisement between two
// of them leaves the part after it short and low in density. A part is
// an element that directly holds blocks (their ContainerID) and holds no
// kept paragraph of prose itself; it is taken back when another element
// of the same tag and first class name, under the same parent, holds a
// kept paragraph of prose (listProseWords or more), and the part is text:
// minPartBlocks or more paragraphs and headings, one a sentence, those
// dropped by density alone, with no negative hint and not mostly
// links.
func keepBodyParts(s *segmenter, mask []bool) {
	blocks := s.blocks
	type key struct {
		parent int32
		shape  uint32
		tag    uint32
	}
	keyOf := func(c int) (key, bool) {
		if c < 0 || c >= len(s.nodes) {
			return key{}, false
		}
		nd := &s.nodes[c]
		if nd.shape == 0 || nd.parent < 0 {
			return key{}, false
		}
		return key{nd.parent, nd.shape, uint32(nd.tag)}, true
	}
	var prose []key   // the kinds of element that hold the body's prose; few on a page
	var holders []int // the elements that hold it
	for i := range blocks {
		if !bodyProse(&blocks[i], mask[i]) {
			continue
		}
		c := blocks[i].Features.ContainerID
		if k, ok := keyOf(c); ok && !hasKey(holders, c) {
			holders = append(holders, c)
			if !hasKey(prose, k) {
				prose = append(prose, k)
			}
		}
	}
	if len(prose) == 0 {
		return
	}
	type part struct {
		blocks          int
		plain, sentence bool
		dropped         bool
	}
	parts := make(map[int]part)
	for i := range blocks {
		b := &blocks[i]
		c := b.Features.ContainerID
		k, ok := keyOf(c)
		if !ok || !hasKey(prose, k) || hasKey(holders, c) {
			continue
		}
		p, seen := parts[c]
		if !seen {
			p.plain = true
		}
		f := &b.Features
		p.blocks++
		p.plain = p.plain && mask[i] && (b.Kind == boilerplate.KindParagraph || b.Kind == boilerplate.KindHeading)
		p.sentence = p.sentence || b.Kind == boilerplate.KindParagraph && f.Sentences > 0
		if !b.Kept {
			p.dropped = true
			p.plain = p.plain && densityVerdict(b.Reason) && f.Hints&negativeHints == 0 && 2*f.LinkWords < f.Words
		}
		parts[c] = p
	}
	for i := range blocks {
		p, ok := parts[blocks[i].Features.ContainerID]
		if ok && p.dropped && p.plain && p.sentence && p.blocks >= minPartBlocks && !blocks[i].Kept {
			blocks[i].Keep()
		}
	}
}

// hasKey reports whether list holds k.
func hasKey[T comparable](list []T, k T) bool {
	for _, x := range list {
		if x == k {
			return true
		}
	}
	return false
}
