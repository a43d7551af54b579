package extract

import (
	"bytes"
	"net/url"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// maxInlineDepth bounds the inline elements open at once in a block's
// content; deeper ones only let their text through.
const maxInlineDepth = 16

// inlineOp is what an inlineEvent writes.
type inlineOp uint8

const (
	opStart inlineOp = iota // start tag
	opLink                  // <a href=attrs[a]>
	opImage                 // <img src=attrs[a] alt=attrs[a+1]>
	opBreak                 // <br>
	opEnd                   // end tag
	opText                  // text[a:b]
)

// inlineEvent is one step of a block's inline content, replayed into an
// htmlSink when the document is written.
type inlineEvent struct {
	op   inlineOp
	tag  atom.Atom
	a, b int32
}

// markupBuf holds the inline content of the blocks of one page (and the
// images of its figures) as events, with the scratch space of the scan.
// Buffers are pooled: a page costs no allocation here once they have grown.
type markupBuf struct {
	events []inlineEvent
	// merge is the first event a new text may merge with: texts of two
	// blocks, or of a block and an image, stay apart.
	merge int
	text  []byte
	attrs []string
	stack []openInline
	tagAt []attr
}

var markupBufs = sync.Pool{New: func() any { return new(markupBuf) }}

func getMarkupBuf() *markupBuf { return markupBufs.Get().(*markupBuf) }

// release empties m and returns it to the pool.
func (m *markupBuf) release() {
	clear(m.attrs)
	m.events, m.text, m.attrs, m.stack, m.tagAt = m.events[:0], m.text[:0], m.attrs[:0], m.stack[:0], m.tagAt[:0]
	m.merge = 0
	markupBufs.Put(m)
}

// replay writes events [from, to) into w.
func (m *markupBuf) replay(w htmlSink, from, to int) {
	for _, e := range m.events[from:to] {
		switch e.op {
		case opStart:
			w.start(e.tag)
		case opLink:
			w.link(m.attrs[e.a])
		case opImage:
			w.image(m.attrs[e.a], m.attrs[e.a+1])
		case opBreak:
			w.br()
		case opEnd:
			w.end(e.tag)
		case opText:
			w.writeText(m.text[e.a:e.b])
		}
	}
}

// emitText appends text, merged with the text event before it: two texts
// side by side parse back as one.
func (m *markupBuf) emitText(t []byte) {
	if n := len(m.events); n > m.merge && m.events[n-1].op == opText && int(m.events[n-1].b) == len(m.text) {
		m.text = append(m.text, t...)
		m.events[n-1].b = int32(len(m.text))
		return
	}
	a := len(m.text)
	m.text = append(m.text, t...)
	m.events = append(m.events, inlineEvent{op: opText, a: int32(a), b: int32(len(m.text))})
}

// emitImage appends an image and returns its event's index.
func (m *markupBuf) emitImage(src, alt string) int {
	m.attrs = append(m.attrs, src, alt)
	m.events = append(m.events, inlineEvent{op: opImage, tag: atom.Img, a: int32(len(m.attrs) - 2)})
	m.merge = len(m.events)
	return len(m.events) - 1
}

// inlineBuilder turns the tokens of one block's span into inline events.
// It collapses white space as the segmenter does, keeps the elements of
// inlineTag, links with a safe URL and images, and writes a well-formed
// tree whatever the nesting of the page: an end tag closes the elements
// opened after its own, and a link is never opened inside a link. An
// element, a line break or a space is written only when content follows
// it, so the content has no empty elements and no trailing breaks.
type inlineBuilder struct {
	buf   *markupBuf
	start int  // the block's first event
	space bool // white space seen since the last content
	empty bool // no content yet: leading space and breaks are dropped
	brs   int  // line breaks waiting for content
	base  *url.URL
}

// openInline is an element opened by the page. A ghost is not written (a
// link without a usable URL, an element already open), so that its end
// tag still matches it; written tells whether its start tag is out.
type openInline struct {
	tag     atom.Atom
	href    int32 // attrs index of a link's URL
	ghost   bool
	written bool
}

func (b *inlineBuilder) reset(buf *markupBuf, base *url.URL) {
	*b = inlineBuilder{buf: buf, start: len(buf.events), empty: true, base: base}
	buf.stack, buf.merge = buf.stack[:0], len(buf.events)
}

// content writes what waits for content: line breaks, a space, and the
// elements opened since the last content.
func (b *inlineBuilder) content() {
	m := b.buf
	for ; b.brs > 0; b.brs-- {
		m.events = append(m.events, inlineEvent{op: opBreak, tag: atom.Br})
	}
	if b.space && !b.empty {
		m.emitText(spaceText)
	}
	b.space, b.empty = false, false
	for i := range m.stack {
		o := &m.stack[i]
		if o.ghost || o.written {
			continue
		}
		o.written = true
		if o.tag == atom.A {
			m.events = append(m.events, inlineEvent{op: opLink, tag: atom.A, a: o.href})
		} else {
			m.events = append(m.events, inlineEvent{op: opStart, tag: o.tag})
		}
	}
}

// addText appends character data, collapsing runs of white space to one
// space and dropping soft hyphens, a run of other bytes at a time.
func (b *inlineBuilder) addText(t []byte) {
	for i := 0; i < len(t); {
		// A run goes on over single spaces between words, which need no
		// collapsing: most text is one run.
		j := i
		for j < len(t) {
			if c := t[j]; c == ' ' && j > i && j+1 < len(t) && !textBreak(t[j+1]) && !softHyphen(t, j+1) {
				j += 2
				continue
			}
			if textBreak(t[j]) || softHyphen(t, j) {
				break
			}
			j++
		}
		if j > i {
			b.content()
			b.emit(t[i:j])
		}
		switch {
		case j == len(t):
			return
		case softHyphen(t, j):
			j++ // U+00AD SOFT HYPHEN: a hyphenation hint, invisible
		case t[j] == 0:
			b.content()
			b.buf.emitText(replacementText) // as parsers read it
		default:
			b.space = true
		}
		i = j + 1
	}
}

// softHyphen reports whether t[i:] starts with U+00AD.
func softHyphen(t []byte, i int) bool { return t[i] == 0xC2 && i+1 < len(t) && t[i+1] == 0xAD }

// emit writes a run of text, its invalid UTF-8 replaced.
func (b *inlineBuilder) emit(t []byte) {
	if utf8.Valid(t) {
		b.buf.emitText(t)
		return
	}
	b.buf.emitText(bytes.ToValidUTF8(t, replacementText))
}

var (
	spaceText       = []byte{' '}
	replacementText = []byte("\uFFFD")
)

// textBreak reports whether c interrupts a run of text: white space or
// NUL.
func textBreak(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0)
}

// open opens an inline element: a ghost when one of its kind is open
// already or too many are.
func (b *inlineBuilder) open(tag atom.Atom) {
	if len(b.buf.stack) >= 4*maxInlineDepth {
		return
	}
	b.buf.stack = append(b.buf.stack, openInline{tag: tag, ghost: b.isOpen(tag) || b.depth() >= maxInlineDepth})
}

// openLink opens a link to href when it is a safe URL. Links do not nest:
// as in the HTML parser, a new link closes the one open.
func (b *inlineBuilder) openLink(href string) {
	b.close(atom.A)
	if len(b.buf.stack) >= 4*maxInlineDepth {
		return
	}
	o := openInline{tag: atom.A, ghost: true}
	if u, ok := safeURL(b.base, href, linkSchemes); ok && b.depth() < maxInlineDepth {
		b.buf.attrs = append(b.buf.attrs, u)
		o.href, o.ghost = int32(len(b.buf.attrs)-1), false
	}
	b.buf.stack = append(b.buf.stack, o)
}

// close closes the innermost open element of tag and those opened inside
// it; an end tag with no open element is ignored.
func (b *inlineBuilder) close(tag atom.Atom) {
	st := b.buf.stack
	for i := len(st) - 1; i >= 0; i-- {
		if st[i].tag == tag {
			b.closeFrom(i)
			return
		}
	}
}

// closeFrom closes the open elements from index i up.
func (b *inlineBuilder) closeFrom(i int) {
	st := b.buf.stack
	for j := len(st) - 1; j >= i; j-- {
		if st[j].written {
			b.buf.events = append(b.buf.events, inlineEvent{op: opEnd, tag: st[j].tag})
		}
	}
	b.buf.stack = st[:i]
}

func (b *inlineBuilder) isOpen(tag atom.Atom) bool {
	for _, o := range b.buf.stack {
		if o.tag == tag && !o.ghost {
			return true
		}
	}
	return false
}

// depth counts the elements open and not ghosts.
func (b *inlineBuilder) depth() int {
	n := 0
	for _, o := range b.buf.stack {
		if !o.ghost {
			n++
		}
	}
	return n
}

// image adds an image.
func (b *inlineBuilder) image(src, alt string) {
	b.content()
	b.buf.emitImage(src, alt)
}

// br adds a line break, written when content follows it.
func (b *inlineBuilder) br() {
	if !b.empty {
		b.brs++
		b.space = false
	}
}

// finish closes what is open and returns the block's events. In a heading
// a trailing "¶" (a documentation generator's permalink) goes, as the
// segmenter drops it from the heading's text.
func (b *inlineBuilder) finish(heading bool) (from, to int) {
	b.closeFrom(0)
	if heading {
		b.trimTail("¶")
	}
	return b.start, len(b.buf.events)
}

// trimTail removes suffix and the spaces before it from the end of the
// content, and the elements that are left empty.
func (b *inlineBuilder) trimTail(suffix string) {
	m := b.buf
	ev := m.events
	i := len(ev) - 1
	for i >= b.start && ev[i].op == opEnd {
		i--
	}
	if i < b.start || ev[i].op != opText {
		return
	}
	t := bytes.TrimRight(m.text[ev[i].a:ev[i].b], " ")
	if !bytes.HasSuffix(t, []byte(suffix)) {
		return
	}
	t = bytes.TrimRight(t[:len(t)-len(suffix)], " ")
	ev[i].b = ev[i].a + int32(len(t))
	if len(t) > 0 {
		return
	}
	// The text is gone: so are the elements that held only it, and the
	// space before them.
	ev = append(ev[:i], ev[i+1:]...)
	for i > b.start && i < len(ev) && (ev[i-1].op == opStart || ev[i-1].op == opLink) && ev[i].op == opEnd {
		ev = append(ev[:i-1], ev[i+1:]...)
		i--
	}
	m.events = ev
	if j := i - 1; j >= b.start && j < len(ev) && ev[j].op == opText {
		ev[j].b = ev[j].a + int32(len(bytes.TrimRight(m.text[ev[j].a:ev[j].b], " ")))
		if ev[j].b == ev[j].a {
			m.events = append(ev[:j], ev[j+1:]...)
		}
	}
}
