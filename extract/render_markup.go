package extract

import (
	"bytes"
	"cmp"
	"net/url"
	"slices"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/htmlscan"
	"golang.org/x/net/html/atom"
)

// renderMarkup renders res as HTML from the page's markup, which the
// segmenter recorded when Options.KeepMarkup was set; it returns "" when
// it was not (Result.HTML then renders the blocks' text).
func renderMarkup(s *segmenter, res *Result, pageURL string) string {
	d := markupDoc(s, res, pageURL)
	if d == nil {
		return ""
	}
	return d.String()
}

// markupDoc prepares the document of res from the page's markup, nil when
// the segmenter did not record it.
//
// It reads the page once more, from the first block that may be written
// to the block after the last, and only the parts that matter there: the
// span of each kept block (and of each caption a figure may show), whose
// tokens become its inline markup, and the gaps next to them, where images
// and figures are.
func markupDoc(s *segmenter, res *Result, pageURL string) *htmlDoc {
	if s.src == nil {
		return nil
	}
	blocks := s.pageBlocks(res.Blocks) // the control blocks are never written
	if len(s.src.spans) != len(blocks) || len(blocks) != len(s.blockAt) {
		return nil
	}
	if pageURL == "" {
		pageURL = res.URL
	}
	d := &htmlDoc{title: res.Title, blocks: blocks, capped: s.capped}
	first, last := -1, -1
	for i := range blocks {
		if blocks[i].Kept || blocks[i].Reason == boilerplate.ReasonTitle {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return d
	}
	n := last + 2 - first // the blocks from first to the one after last
	d.lo, d.buf = first, getMarkupBuf()
	d.content, d.before, d.inside = make([][2]int32, n), make([][]figureOut, n), make([]bool, n)
	d.list, d.listTag, d.quote = make([]int32, n), make([]atom.Atom, n), make([]int32, n)
	for i := first; i <= last; i++ {
		if b := &blocks[i]; b.Kept && (b.Kind == boilerplate.KindListItem || b.Kind == boilerplate.KindQuote) {
			j := i - first
			d.list[j], d.listTag[j], d.quote[j] = s.groups(s.blockAt[i])
		}
	}
	base := ""
	if s.src.hasBase {
		base = s.src.base
	}
	ms := markupScan{
		page: s.src.page, spans: s.src.spans, blocks: blocks, doc: d,
		base: pageBase(pageURL, base), hidden: s.src.hidden, sr: s.src.sr, srCut: s.src.srCut,
		anchors: s.src.anchors, edits: s.src.edits, spaces: s.src.spaces,
	}
	ms.run(first, last)
	return d
}

// groups finds the list and the blockquote that hold node: the nearest
// ul, ol, dl or menu and the nearest blockquote among its ancestors (the
// node included), -1 when there is none.
func (s *segmenter) groups(node int32) (list int32, listTag atom.Atom, quote int32) {
	list, quote = -1, -1
	for steps := 0; node >= 0 && int(node) < len(s.nodes) && steps < 32; steps++ {
		nd := &s.nodes[node]
		switch nd.tag {
		case atom.Ul, atom.Ol, atom.Dl, atom.Menu, atom.Dir:
			if list < 0 {
				list, listTag = node, nd.tag
				if nd.tag == atom.Menu || nd.tag == atom.Dir {
					listTag = atom.Ul
				}
			}
		case atom.Blockquote:
			if quote < 0 {
				quote = node
			}
		}
		node = nd.parent
	}
	return list, listTag, quote
}

// markupScan reads the page between blocks' spans and inside them.
type markupScan struct {
	page   []byte
	spans  [][2]int32
	blocks []boilerplate.Block
	doc    *htmlDoc
	base   *url.URL
	// hidden, anchors and sr are the page ranges of hidden labels, of
	// permalinks and of screen-reader text (see sourceSpans.cutHidden);
	// the blocks' texts lack the first two, and the third in the blocks
	// of srCut. cutSR says
	// the block being read is one of those. from is where the part being
	// scanned begins.
	hidden, sr, anchors [][2]int32
	// edits are the bracketed links trimmed off headings; their '[' may
	// stand inside a text token, after the heading's words.
	edits [][2]int32
	srCut []int32
	// spaces are the word breaks the text path wrote between elements
	// (see sourceSpans.spaces); nextSpace is the first not yet passed,
	// lastText where the last text token written began.
	spaces    []int32
	nextSpace int
	lastText  int
	cutSR     bool
	from      int

	skip      int // depth inside elements whose content is not page text
	foreignAt int // skip depth at which <svg> or <math> opened, 0 outside
	inl       inlineBuilder
	fig       *figureBuild // the figure being read, nil outside one
	figDepth  int
	attrs     []attr
}

// figureBuild gathers a <figure>: its images and caption blocks.
type figureBuild struct {
	prev     int     // the block before the figure, -1 when none
	images   []int32 // events of its images
	captions []int
}

// run reads the part of the page from block first to the block after
// last: the spans of the blocks whose content is wanted and the gaps
// beside a block of the article. Each part starts and ends on a token
// boundary outside raw text, so a scanner can start on it; a figure is
// followed only while the gaps it spans are read.
func (m *markupScan) run(first, last int) {
	z := scanners.Get().(*htmlscan.Scanner)
	defer scanners.Put(z)
	defer z.Reset(nil)
	for k := first; k <= last+1; k++ {
		if k > first {
			to := len(m.page)
			if k < len(m.spans) {
				to = int(m.spans[k][0])
			}
			if m.fig != nil || m.nearArticle(k-1) || m.nearArticle(k) {
				m.scan(z, int(m.spans[k-1][1]), to, k, false)
			}
		}
		if k <= last && m.startBlock(k) {
			m.scan(z, int(m.spans[k][0]), int(m.spans[k][1]), k, true)
			m.endBlock(k)
		}
	}
	if m.fig != nil {
		m.dropFigure()
	}
}

// nearArticle reports whether the gaps beside block k may hold the
// article's images: k is part of it, or a caption, a byline or a
// dateline, which sit next to figures.
func (m *markupScan) nearArticle(k int) bool {
	if k < 0 || k >= len(m.blocks) {
		return false
	}
	b := &m.blocks[k]
	if b.Kept || b.Kind == boilerplate.KindCaption {
		return true
	}
	switch b.Reason {
	case boilerplate.ReasonTitle, boilerplate.ReasonCredit, boilerplate.ReasonDateline, boilerplate.ReasonCaption:
		return true
	}
	return false
}

// scan reads page[from:to], a block's span (inBlock) or the gap before
// block next.
func (m *markupScan) scan(z *htmlscan.Scanner, from, to, next int, inBlock bool) {
	if from < 0 || from >= to || to > len(m.page) {
		return
	}
	z.Reset(m.page[from:to])
	m.from = from
	m.skip, m.foreignAt = 0, 0 // block boundaries lie outside skipped content
	for {
		tt := z.Next()
		if tt == htmlscan.ErrorToken {
			return
		}
		if m.skipping(z, tt) {
			continue
		}
		if inBlock {
			m.blockToken(z, tt)
		} else {
			m.gapToken(z, tt, next)
		}
	}
}

// skipping keeps track of content that is not page text (scripts, styles,
// SVG, forms' buttons...) as the segmenter does, and reports whether the
// token lies in it. <picture> is not skipped here: its <img> is wanted.
func (m *markupScan) skipping(z *htmlscan.Scanner, tt htmlscan.TokenType) bool {
	switch tt {
	case htmlscan.StartTagToken, htmlscan.SelfClosingTagToken:
		a := z.TagAtom()
		selfClosing := tt == htmlscan.SelfClosingTagToken && classify(a) != tagBlock
		if skipped(a) && !selfClosing {
			m.skip++
			if (a == atom.Svg || a == atom.Math) && m.foreignAt == 0 {
				m.foreignAt = m.skip
			}
		}
		if m.foreignAt > 0 {
			z.NextIsNotRawText()
		}
		return m.skip > 0
	case htmlscan.EndTagToken:
		if m.skip > 0 {
			if skipped(z.TagAtom()) {
				m.skip--
				if m.skip < m.foreignAt {
					m.foreignAt = 0
				}
			}
			return true
		}
	case htmlscan.TextToken:
		return m.skip > 0
	}
	return false
}

func skipped(a atom.Atom) bool {
	return a == atom.Title || classify(a) == tagSkip && a != atom.Picture
}

// startBlock begins block k and reports whether its content is wanted:
// it is kept, or it is a caption a figure may show.
func (m *markupScan) startBlock(k int) bool {
	b := &m.blocks[k]
	if m.fig != nil && b.Kind == boilerplate.KindCaption {
		m.fig.captions = append(m.fig.captions, k)
		m.doc.inside[k-m.doc.lo] = true
	}
	if !b.Kept && b.Kind != boilerplate.KindCaption {
		return false
	}
	m.inl.reset(m.doc.buf, m.base)
	m.lastText = int(m.spans[k][0])
	_, m.cutSR = slices.BinarySearch(m.srCut, int32(k))
	return true
}

func (m *markupScan) endBlock(k int) {
	from, to := m.inl.finish(m.blocks[k].Kind == boilerplate.KindHeading)
	m.doc.content[k-m.doc.lo] = [2]int32{int32(from), int32(to)}
}

// blockToken adds a token inside a block's span to its content.
func (m *markupScan) blockToken(z *htmlscan.Scanner, tt htmlscan.TokenType) {
	switch tt {
	case htmlscan.TextToken:
		if !m.cut(z) {
			m.spaceBefore(m.from + z.Offset())
			m.inl.addText(m.beforeEdit(z))
		}
	case htmlscan.StartTagToken, htmlscan.SelfClosingTagToken:
		a := z.TagAtom()
		selfClosing := tt == htmlscan.SelfClosingTagToken
		switch {
		case a == atom.A:
			if !selfClosing {
				m.readAttrs(z)
				m.inl.openLink(attrValue(m.attrs, "href"))
			}
		case a == atom.Img:
			m.readAttrs(z)
			if src, alt, ok := imageAttrs(m.base, m.attrs); ok {
				m.inl.image(src, alt)
			}
		case a == atom.Br:
			m.inl.br()
		case inlineTag(a) != 0:
			if !selfClosing {
				m.inl.open(inlineTag(a))
			}
		case classify(a) == tagBlock || classify(a) == tagBoundary:
			m.inl.space = true
		}
	case htmlscan.EndTagToken:
		a := z.TagAtom()
		switch {
		case a == atom.A:
			m.inl.close(atom.A)
		case inlineTag(a) != 0:
			m.inl.close(inlineTag(a))
		case classify(a) == tagBlock:
			m.inl.space = true
		}
	}
}

// cut reports whether the text token z holds was cut from the block's
// text: a hidden label, a permalink, or screen-reader text the block
// lost.
func (m *markupScan) cut(z *htmlscan.Scanner) bool {
	if len(m.hidden) == 0 && len(m.anchors) == 0 && len(m.edits) == 0 && !m.cutSR {
		return false
	}
	off := m.from + z.Offset()
	return inRanges(m.hidden, off) || inRanges(m.anchors, off) || inRanges(m.edits, off) ||
		m.cutSR && inRanges(m.sr, off)
}

// spaceBefore parts the text token that begins at page offset off from
// the text before it when the text path wrote a word break between them
// (see spaceChips): the HTML's text then has the words of the text.
func (m *markupScan) spaceBefore(off int) {
	for m.nextSpace < len(m.spaces) && int(m.spaces[m.nextSpace]) <= off {
		if int(m.spaces[m.nextSpace]) > m.lastText {
			m.inl.space = true
		}
		m.nextSpace++
	}
	m.lastText = off
}

// beforeEdit returns the text of the text token z holds, without what of
// it a bracketed link trimmed off a heading takes: the heading's words
// and its "[" may share a token ("History [").
func (m *markupScan) beforeEdit(z *htmlscan.Scanner) []byte {
	t := z.Text()
	if len(m.edits) == 0 {
		return t
	}
	off, raw := m.from+z.Offset(), z.Raw()
	i, _ := slices.BinarySearchFunc(m.edits, int32(off), func(e [2]int32, off int32) int { return cmp.Compare(e[0], off) })
	if i == len(m.edits) || int(m.edits[i][0]) >= off+len(raw) {
		return t
	}
	// The '[' is the c-th from the end of the token, as written and as
	// decoded.
	c := bytes.Count(raw[int(m.edits[i][0])-off:], []byte("["))
	for j := len(t) - 1; j >= 0; j-- {
		if t[j] == '[' {
			if c--; c == 0 {
				return t[:j]
			}
		}
	}
	return t
}

// gapToken reads a token between blocks: figures and images. next is the
// block after the gap.
func (m *markupScan) gapToken(z *htmlscan.Scanner, tt htmlscan.TokenType, next int) {
	if tt != htmlscan.StartTagToken && tt != htmlscan.SelfClosingTagToken && tt != htmlscan.EndTagToken {
		return
	}
	switch a := z.TagAtom(); {
	case a == atom.Figure && tt == htmlscan.StartTagToken:
		if m.figDepth == 0 {
			m.fig = &figureBuild{prev: next - 1}
		}
		m.figDepth++
	case a == atom.Figure && tt == htmlscan.EndTagToken:
		if m.figDepth > 0 {
			m.figDepth--
			if m.figDepth == 0 && m.fig != nil {
				m.endFigure(next)
			}
		}
	case a == atom.Img && tt != htmlscan.EndTagToken:
		m.readAttrs(z)
		src, alt, ok := imageAttrs(m.base, m.attrs)
		switch {
		case !ok:
		case m.fig != nil:
			m.fig.images = append(m.fig.images, int32(m.doc.buf.emitImage(src, alt)))
		case m.articleSide(next-1, -1) && m.articleSide(next, +1):
			// An image between two blocks of the article is part of it.
			img := int32(m.doc.buf.emitImage(src, alt))
			m.doc.before[next-m.doc.lo] = append(m.doc.before[next-m.doc.lo], figureOut{images: []int32{img}})
		}
	}
}

// inArticle reports whether block k is part of the article as written:
// kept, or the headline the title stands for.
func (m *markupScan) inArticle(k int) bool {
	return k >= 0 && k < len(m.blocks) && (m.blocks[k].Kept || m.blocks[k].Reason == boilerplate.ReasonTitle)
}

// articleSide reports whether the first block from k on, going in step
// (-1 or +1), that is not a byline, a dateline or a caption is part of the
// article: a lead image sits between the headline and the first paragraph
// with a byline dropped beside it.
func (m *markupScan) articleSide(k, step int) bool {
	for n := 0; n < 4 && k >= 0 && k < len(m.blocks); n, k = n+1, k+step {
		switch m.blocks[k].Reason {
		case boilerplate.ReasonCredit, boilerplate.ReasonDateline, boilerplate.ReasonCaption:
			continue
		}
		return m.inArticle(k)
	}
	return false
}

// endFigure writes the figure that ended before block next when it has an
// image and belongs to the article: its caption is kept, or the blocks on
// both sides of it are, or on one side when its caption was judged inside
// the main content. Its caption is what of its caption blocks is kept or
// was dropped only for being a caption or a credit.
func (m *markupScan) endFigure(next int) {
	f := m.fig
	m.fig = nil
	// A caption dropped only for being one was judged inside the main
	// content: with the article on one side, the figure is part of it.
	keptCaption, captionInMain := false, false
	for _, k := range f.captions {
		keptCaption = keptCaption || m.blocks[k].Kept
		r := m.blocks[k].Reason
		captionInMain = captionInMain || r == boilerplate.ReasonCaption || r == boilerplate.ReasonCredit
	}
	before, after := m.articleSide(f.prev, -1), m.articleSide(next, +1)
	belongs := keptCaption || before && after || captionInMain && (before || after)
	if len(f.images) == 0 || !belongs {
		m.fig = f
		m.dropFigure()
		return
	}
	out := figureOut{images: f.images}
	for _, k := range f.captions {
		if b := &m.blocks[k]; b.Kept || b.Reason == boilerplate.ReasonCaption || b.Reason == boilerplate.ReasonCredit {
			out.captions = append(out.captions, k)
		} else {
			m.doc.inside[k-m.doc.lo] = false
		}
	}
	m.doc.before[next-m.doc.lo] = append(m.doc.before[next-m.doc.lo], out)
}

// dropFigure gives up the figure being read: its captions, if kept, are
// written in their place.
func (m *markupScan) dropFigure() {
	for _, k := range m.fig.captions {
		m.doc.inside[k-m.doc.lo] = false
	}
	m.fig, m.figDepth = nil, 0
}

// readAttrs copies the attributes of the current tag into m.attrs; their
// bytes are valid until the next token.
func (m *markupScan) readAttrs(z *htmlscan.Scanner) {
	buf := m.doc.buf
	buf.tagAt = buf.tagAt[:0]
	for more := z.HasAttr(); more; {
		var k, v []byte
		k, v, more = z.NextAttr()
		buf.tagAt = append(buf.tagAt, attr{key: k, val: v})
	}
	m.attrs = buf.tagAt
}

func attrValue(attrs []attr, key string) string {
	for _, at := range attrs {
		if string(at.key) == key {
			return string(at.val)
		}
	}
	return ""
}

// imageAttrs reads an image element: its URL (src, or the data-src of a
// lazily loaded image) and its alt text. Images without a usable URL, and
// 1-pixel trackers, are not ok.
func imageAttrs(base *url.URL, attrs []attr) (src, alt string, ok bool) {
	w, h := attrBytes(attrs, "width"), attrBytes(attrs, "height")
	if tiny(w) || tiny(h) {
		return "", "", false
	}
	for _, key := range [...]string{"src", "data-src", "data-lazy-src", "data-original"} {
		if v := attrBytes(attrs, key); len(v) > 0 {
			if src, ok = safeURL(base, string(v), imageSchemes); ok {
				break
			}
		}
	}
	if !ok {
		return "", "", false
	}
	alt = oneLine(attrValue(attrs, "alt"))
	if len(alt) > 500 {
		alt = clipUTF8(alt, 500)
	}
	return src, cleanText(alt), true
}

// tiny reports whether a width or height is 0 or 1 pixel.
func tiny(v []byte) bool { return len(v) == 1 && (v[0] == '0' || v[0] == '1') }

func attrBytes(attrs []attr, key string) []byte {
	for _, at := range attrs {
		if string(at.key) == key {
			return at.val
		}
	}
	return nil
}

// clipUTF8 cuts s to at most n bytes at a rune boundary.
func clipUTF8(s string, n int) string {
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
