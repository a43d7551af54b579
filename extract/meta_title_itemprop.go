package extract

import "github.com/winnowtext/winnow/boilerplate"

// noteHeadline records the block that an element marked itemprop=headline
// starts, the microdata of the article's headline written on the element
// that prints it ("<h1 itemprop="headline">", "<div class="title"
// itemprop="headline">"): the first block at or after the element. The
// metadata collector reads the property only from a content attribute;
// finish hands it this block's text (see pageHeadline).
func (mc *markCapture) noteHeadline(block int32) {
	for i := range mc.headlines {
		if mc.headlines[i] == 0 {
			mc.headlines[i] = block + 1
			return
		}
	}
}

// pageHeadline returns the text of the block of the page's
// itemprop=headline element, "" when there is none. A listing marks each
// teaser's headline: when the first two differ, none is the page's.
func (mc *markCapture) pageHeadline(blocks []boilerplate.Block) string {
	first, second := int(mc.headlines[0])-1, int(mc.headlines[1])-1
	if first < 0 || first >= len(blocks) {
		return ""
	}
	text := blocks[first].Text
	if second >= 0 && (second >= len(blocks) || blocks[second].Text != text) {
		return ""
	}
	return text
}
