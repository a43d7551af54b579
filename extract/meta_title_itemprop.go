package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/ascii"
)

// noteHeadline records the block that an element marked itemprop=headline
// starts, the microdata of the article's headline written on the element
// that prints it ("<h1 itemprop="headline">", "<div class="title"
// itemprop="headline">"): the first block at or after the element. The
// metadata collector reads the property only from a content attribute;
// finish hands it this block's text (see pageHeadline).
func (mc *markCapture) noteHeadline(block int32) {
	notePair(&mc.headlines, block)
}

// noteEntryTitle records the block that a heading classed as an entry's
// title starts (see entryTitleClass), as noteHeadline does.
func (mc *markCapture) noteEntryTitle(block int32) {
	notePair(&mc.entryTitles, block)
}

// notePair records block, plus one, in the first free place of pair.
func notePair(pair *[2]int32, block int32) {
	for i := range pair {
		if pair[i] == 0 {
			pair[i] = block + 1
			return
		}
	}
}

// pageHeadline returns the text of the block of the page's
// itemprop=headline element, "" when there is none. A listing marks each
// teaser's headline: when the first two differ, none is the page's.
func (mc *markCapture) pageHeadline(blocks []boilerplate.Block) string {
	return pairText(mc.headlines, blocks)
}

// pageEntryTitle is pageHeadline for the headings classed as an entry's
// title: a blog's index classes every post's heading so.
func (mc *markCapture) pageEntryTitle(blocks []boilerplate.Block) string {
	return pairText(mc.entryTitles, blocks)
}

// pairText returns the text of the block pair's first names, "" when it
// names none or its second names a block of other text.
func pairText(pair [2]int32, blocks []boilerplate.Block) string {
	first, second := int(pair[0])-1, int(pair[1])-1
	if first < 0 || first >= len(blocks) {
		return ""
	}
	text := blocks[first].Text
	if second >= 0 && (second >= len(blocks) || blocks[second].Text != text) {
		return ""
	}
	return text
}

// noteEntryTitle records the heading that opens with attrs when its
// class names it a post's title (see entryTitleClass).
func (s *segmenter) noteEntryTitle(attrs []attr, selfClosing bool) {
	if !selfClosing && entryTitleClass(attrs) {
		s.mc.noteEntryTitle(int32(len(s.blocks)))
	}
}

// entryTitleClass reports whether a heading's class names it the title of
// a post, as the microformats that blogging software writes do: hAtom's
// "entry-title" (WordPress and Blogger themes), h-entry's "p-name".
func entryTitleClass(attrs []attr) bool {
	for i := range attrs {
		if attrs[i].kind != attrClass {
			continue
		}
		return hasClassWord(attrs[i].val, "entry-title") || hasClassWord(attrs[i].val, "p-name")
	}
	return false
}

// hasClassWord reports whether the class attribute v holds the lower-case
// word w, in any case, as one of its space-separated words.
func hasClassWord(v []byte, w string) bool {
	for i := 0; i+len(w) <= len(v); i++ {
		if (i == 0 || isClassSpace(rune(v[i-1]))) && ascii.HasPrefixFold(v[i:], w) &&
			(i+len(w) == len(v) || isClassSpace(rune(v[i+len(w)]))) {
			return true
		}
	}
	return false
}
