package extract

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
}

// newSourceSpans starts recording for page.
func newSourceSpans(page []byte) *sourceSpans {
	return &sourceSpans{page: page, spans: make([][2]int32, 0, min(len(page)/1024+16, 4096))}
}

// at notes the token about to be handled: it starts at start and is n
// bytes long.
func (m *sourceSpans) at(start, n int) { m.start, m.end = start, start+n }

// flushed is called at the end of every flush; blocks is the number of
// blocks made so far. A new block gets the span from the last flush to the
// token that flushed it, and the next block's text can only begin after
// that token.
func (m *sourceSpans) flushed(blocks int) {
	for blocks > len(m.spans) { // two when a doubled label was split
		m.spans = append(m.spans, [2]int32{int32(m.from), int32(max(m.from, m.start))})
	}
	m.from = m.end
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
