package extract

import "bytes"

// sourceSpans records where in the page the markup of each block lies, so
// that Result.HTML can render the links, emphasis and images of the kept
// blocks after they are judged. Only extractions with Options.KeepMarkup
// pay for it: the segmenter holds a nil *sourceSpans otherwise, and the
// tokenizer loop tests that pointer once per token.
//
// The spans follow from when the segmenter flushes: block k's text is what
// the tokens after the token that flushed block k-1 (or ended a text-less
// run) and before the token that flushed block k put in its buffer. A span
// therefore starts and ends on token boundaries outside raw text, so a
// scanner may start reading at either end.
type sourceSpans struct {
	page  []byte
	start int // offset of the token being handled
	end   int // offset just after it
	from  int // where the text of the block being gathered may begin
	// spans holds [from, to) of each block, in block order.
	spans [][2]int32
	// base is the href of the page's first <base> element, which the
	// page's relative URLs resolve against.
	base    string
	hasBase bool
	// hidden and sr hold [from, to) of the hidden inline labels and of
	// the screen-reader elements, in page order; hiddenFrom and srFrom
	// are where the open ones began. srCut lists the blocks, in order,
	// that a reading cut the screen-reader text from.
	hidden, sr         [][2]int32
	hiddenFrom, srFrom int
	srCut              []int32
	// anchors holds [from, to) of the in-page links cut from blocks:
	// permalinks' glyphs, and the short links trimmed off the end of
	// headings (tail is the one that may be); anchorFrom is where the
	// open in-page link began.
	anchors    [][2]int32
	tail       [2]int32
	anchorFrom int
	// edits holds [from, to) of the bracketed links trimmed off the end
	// of headings (see trimEditLink), from the bracket's '[' to the end
	// of the block; bracket is where the last '[' of the block being
	// read lies in the page, -1 when none.
	edits   [][2]int32
	bracket int
	// spaces holds, in order, the page offsets where the text path wrote
	// a word break between two elements (see spaceChips): the text after
	// the break began there, or after it, in the element that began there.
	spaces []int32
	// texts holds, for the block being read, where each text token's
	// text begins in the block's buffer and in the page; split is where
	// the second half of a doubled label begins in the page (see
	// splitDoubled), -1 when none.
	texts [][2]int32
	split int
}

// newSourceSpans starts recording for page.
func newSourceSpans(page []byte) *sourceSpans {
	return &sourceSpans{page: page, spans: make([][2]int32, 0, min(len(page)/1024+16, 4096)), bracket: -1, split: -1}
}

// at notes the token about to be handled: it starts at start and is n
// bytes long.
func (m *sourceSpans) at(start, n int) { m.start, m.end = start, start+n }

// flushed is called at the end of every flush; blocks is the number of
// blocks made so far. A new block gets the span from the last flush to the
// token that flushed it, and the next block's text can only begin after
// that token.
func (m *sourceSpans) flushed(blocks int) {
	end := max(m.from, m.start)
	if blocks == len(m.spans)+2 && m.split > m.from && m.split < end {
		// A doubled label split in two (see splitDoubled): each half
		// gets its part of the page.
		m.spans = append(m.spans, [2]int32{int32(m.from), int32(m.split)}, [2]int32{int32(m.split), int32(end)})
	}
	for blocks > len(m.spans) { // two when a doubled label was split
		m.spans = append(m.spans, [2]int32{int32(m.from), int32(end)})
	}
	m.from, m.split, m.texts = m.end, -1, m.texts[:0]
}

// textAt notes that text from page offset page begins at offset at of
// the block's buffer.
func (m *sourceSpans) textAt(at, page int) {
	m.texts = append(m.texts, [2]int32{int32(at), int32(page)})
}

// splitDoubled notes where in the page the second half of a doubled
// label begins, when a text token begins it: at h of the block's text,
// or at h+1 after the space that parts the halves.
func (m *sourceSpans) splitDoubled(h int) {
	for _, t := range m.texts {
		if int(t[0]) == h || int(t[0]) == h+1 {
			m.split = int(t[1])
			return
		}
	}
}

// noteBase keeps the href of the first <base> element that has one.
func (m *sourceSpans) noteBase(attrs []attr) {
	if m.hasBase {
		return
	}
	for _, at := range attrs {
		if string(at.key) == "href" {
			m.base, m.hasBase = string(at.val), true
			return
		}
	}
}

// Text cut out of blocks. The segmenter leaves short hidden inline labels
// and permalinks' glyphs out of a block's text (see
// segment_hidden_inline.go and segment_anchor.go), and the readings
// of grids and forums cut screen-reader labels from the blocks they keep
// (see cutScreenReaderText). The markup of a block is read again from the
// page, so the page ranges of that text are recorded here, and the
// renderer skips their text: the HTML shows the words of the text.

// cutHidden records the hidden inline label that ends with the token
// being handled: from its start tag to that token.
func (m *sourceSpans) cutHidden() {
	m.hidden = append(m.hidden, [2]int32{int32(m.hiddenFrom), int32(m.end)})
}

// cutAnchor records the permalink that ends with the token being
// handled, whose glyph left the block's text.
func (m *sourceSpans) cutAnchor() {
	m.anchors = append(m.anchors, [2]int32{int32(m.anchorFrom), int32(m.end)})
}

// cutTail records the short in-page link trimmed off the end of a
// heading. A permalink's glyph after it was recorded first: the ranges
// stay in page order.
func (m *sourceSpans) cutTail() {
	m.anchors = append(m.anchors, m.tail)
	for i := len(m.anchors) - 1; i > 0 && m.anchors[i-1][0] > m.anchors[i][0]; i-- {
		m.anchors[i-1], m.anchors[i] = m.anchors[i], m.anchors[i-1]
	}
}

// noteBracket notes the last '[' of the text token being handled, whose
// text holds one: a heading's "[edit]" link may start there.
func (m *sourceSpans) noteBracket() {
	if i := bytes.LastIndexByte(m.page[m.start:m.end], '['); i >= 0 {
		m.bracket = m.start + i
	}
}

// cutEdit records the bracketed link trimmed off the end of the heading
// being flushed: from its '[' to the token that ends the block.
func (m *sourceSpans) cutEdit() {
	if m.bracket < m.from {
		return // its '[' was written as an entity
	}
	m.edits = append(m.edits, [2]int32{int32(m.bracket), int32(max(m.start, m.bracket+1))})
	m.bracket = -1
}

// srEnded records the screen-reader element that ends with the token
// being handled.
func (m *sourceSpans) srEnded() {
	m.sr = append(m.sr, [2]int32{int32(m.srFrom), int32(m.end)})
}

// inRanges reports whether offset off lies in one of ranges, which are
// in order and do not overlap.
func inRanges(ranges [][2]int32, off int) bool {
	i, j := 0, len(ranges)
	for i < j { // the first range that ends after off
		h := int(uint(i+j) >> 1)
		if int(ranges[h][1]) <= off {
			i = h + 1
		} else {
			j = h
		}
	}
	return i < len(ranges) && int(ranges[i][0]) <= off
}
