package extract

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/ascii"
	"github.com/winnowtext/winnow/internal/htmlscan"
	"github.com/winnowtext/winnow/internal/meta"
	"github.com/winnowtext/winnow/internal/swar"
	"github.com/winnowtext/winnow/recognize"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// node is one block-level element of the page in the segmenter's flat
// arena. Nodes are appended in document order, so a parent always has a
// lower index than its children.
type node struct {
	parent int32
	tag    atom.Atom
	depth  int32
	hints  boilerplate.Hint // hints of this element alone; see resolveHints
	// consent: the element's class or id names a cookie or consent banner.
	consent bool
	// review: the element's class or id names a customer review.
	review bool
	// word is the negative word of the element's class and id (see
	// nameWord), which resolveHints weighs over the whole page.
	word nameWord
	// author: the element's class or id names an author (see authorNames).
	author bool
	// panel: the element is hidden, and a control names it in
	// aria-controls or its role is tabpanel (see folds).
	panel bool
	// toggled: the element is hidden right after a short line that
	// toggles it, as the answers of an FAQ written without ARIA are
	// (see folds and afterToggle).
	toggled bool
	// choices counts the checkboxes directly in the element (see
	// filter_panels.go).
	choices uint16
	// quote: the element's class names a quotation (see quoteName).
	quote bool
	// shape is the first name of the element's class (see classShape).
	shape uint32
	// idShape is, for an element without a class, the stem of its id
	// before a trailing number (see idStemShape), 0 when none.
	idShape uint32
	// signed: the element, or an inline element in it, names an author
	// or a date in its class or id, or is a <time> (see postItems).
	signed bool
	// srOnly: the element's class shows it to screen readers alone
	// (see srOnlyName).
	srOnly bool
	// status: the element's role is a live region's (see statusRole).
	status bool
	// slide: the element is a carousel's slide that aria-hidden alone
	// hides (see carouselSlide).
	slide bool
	// ariaPanel: the element is hidden by aria-hidden alone, and a
	// control of a group of folded panels names it (see ariaPanel).
	ariaPanel bool
	// item is the kind of schema.org item the element's itemtype names
	// (see itemKindOf), for qaComments.
	item itemKind
	// inAnswer: the element, or one around it, has no itemtype and a
	// class or id that names an answer (see answerNamed). Carried down
	// when the node is made, so that asking costs no walk up the tree.
	inAnswer bool
	// controls counts the controls (links, buttons, fields) opened
	// directly in the element, and tabOut those of them that
	// tabindex="-1" takes out of the focus order (see noteControl).
	controls, tabOut uint16
}

// openElem is an entry of the stack of open block-level elements.
type openElem struct {
	tag     atom.Atom
	node    int32
	kind    boilerplate.Kind
	kindTag atom.Atom // element that decided kind, 0 when none
}

// attr is an attribute as the tokenizer hands it out: slices into its
// buffer, valid until the next token. Only the values that some reader
// of attributes needs are decoded: val is empty for the others (see
// readsValue). kind names the attribute for attrHints (see keyInfo).
type attr struct {
	key, val []byte
	kind     attrKind
}

// segmenter turns a stream of start tags, end tags and text into blocks of
// text and a tree of block-level nodes. One pass, no node per token: inline
// elements only change state, and text is copied once into the block buffer.
type segmenter struct {
	lim    Limits
	nodes  []node
	stack  []openElem
	blocks []boilerplate.Block
	// blockBuf is where blocks were built, once setTexts has given the
	// page its own copy; nil until then.
	blockBuf []boilerplate.Block
	blockAt  []int32            // node of each block
	arena    []byte             // the text of all blocks, one after the other
	spans    [][2]int32         // each block's text in arena; see setTexts
	hintsAt  []boilerplate.Hint // resolved hints of each node, with its ancestors'
	// titles are the metadata's title and <title> without the site's
	// name, set before resolveHints: see headlineBlock.
	titles [2]string
	sums   []float64 // see scratchSums

	buf       []byte // text of the current block, whitespace collapsed
	linkChars int    // bytes of buf that are inside links
	links     int    // links that started in the current block
	offsite   int    // of them, links to another site (see offsite.go)
	// linkAt holds the bytes inside links of each block, which setTexts
	// turns into its LinkWords once the block is measured.
	linkAt []int32
	// shingled holds the blocks' shingles from setTexts, where the blocks
	// are measured, to MarkRepeats.
	shingled *boilerplate.Shingled
	// site is the site label of the page (see siteLabel), nil while
	// unknown; siteKnown says it was looked for.
	site      []byte
	siteKnown bool
	lastHost  hostVerdict // the last link host judged (see leavesSite)
	inLink    int
	linkDepth int // stack depth where the open link started
	linkFrom  int // blocks before the open link (see segment_link_span.go)
	// cardLinks holds the blocks, from and to, of each link closed by
	// its end tag that wraps more than one (see noteCardLink).
	cardLinks [][2]int32
	// openEnds holds each block that a link left open ended with, and
	// the bytes inside links of it before that link (see
	// unlinkOpenProse).
	openEnds [][2]int32
	// linkBefore is the bytes inside links of the block the open link
	// started in, before it started (see segment_link_span.go).
	linkBefore int
	anchor     anchorLink // the open link, when it leads to a place on the page
	headTail   [2]int     // where the last in-page link after a heading's words starts and ends (see endAnchor)
	// inPageLinks counts the links to a place on the page, and
	// anchoredHeads the headings with one (see docs_judge.go).
	inPageLinks, anchoredHeads int
	inPre                      int
	chips                      chipGaps     // word breaks between inline elements; see segment_chips.go
	sr                         srSpans      // text only screen readers read; see segment_sr_only.go
	hin                        hiddenInline // an inline element hidden from sight; see segment_hidden_inline.go
	ctl                        controlSpans // blocks that an inline control fills; see segment_controls.go
	// templateOpened says the last start tag opened a client-side
	// template (see segment_template.go).
	templateOpened bool
	// composed holds the <form> nodes that hold a <textarea>, in
	// document order (see compose_forms.go).
	composed []int32
	// qaPosts says a node is a schema.org Question or Answer item (see
	// forum_qa_comments.go).
	qaPosts bool
	rg      regions // see segment_regions.go
	// inHead is whether the page is in its <head>; headDone whether the
	// body has begun: HTML5 begins it at the first element or text that
	// does not belong in the head (until then, even after </head>, a
	// <title> or <meta> goes into the head), and then ignores <head>.
	inHead     bool
	headDone   bool
	capture    captureKind
	captureBuf []byte
	truncated  bool // the block limit was reached
	// flattened says an element was flattened into its parent (see
	// start); closed remembers the last elements closed, for end tags
	// that close nothing (see segment_strays.go).
	flattened bool
	closed    closedRing
	// statuses says a node is a live region's (see node.status).
	statuses bool
	// tabOuts counts the controls taken out of the focus order (see
	// noteControl).
	tabOuts int

	md      meta.Collector
	mc      markCapture      // marked bylines and dates in the body; see segment_meta.go
	attrBuf []html.Attribute // attributes handed to md, reused
	// tagAttrs holds the attributes of the tags scan reads, reused from
	// page to page; nil while a scan has it (a nested scan makes its own).
	tagAttrs []attr
	// scanner is the scanner feeding the segmenter HTML, nil when it walks
	// a tree: markStart reads from its raw tag the value of an attribute
	// the scan left unread (see epochDate).
	scanner *htmlscan.Scanner
	names   *hintCache  // what class and id values say; nil until the first
	fold    folds       // disclosure controls and hidden panels; see folded.go
	embeds  []embedNode // the elements that hold an embedded post; see embeds.go
	signs   int         // marks of authorship met, at least the nodes signed (see postItems)
	framed  int         // words of the posts' frames that dropPostFrames dropped
	capped  []int       // the blocks that joinDropCaps gave their drop cap, in order
	// recog remembers what the recognisers said of the page's texts
	// while finish judges its blocks, more than once (see extractArticle,
	// sectionsFallBack); nil outside finish.
	recog *recognize.Memo

	src *sourceSpans // nil unless Options.KeepMarkup; see segment_source.go

	// inlineOpen counts the inline elements left open, by their atom's
	// low bits: an end tag in SVG or MathML closes the region only when
	// its element may be open outside it (see regionEnd). Two elements
	// that share a slot count for each other: then an end tag is taken to
	// close, as it was before counting.
	inlineOpen [inlineSlots + 1]uint16
}

// inlineSlots is the mask of the slots of segmenter.inlineOpen.
const inlineSlots = 63

// maxNodesPerBlock bounds the block-level elements of a page to this many
// per Limits.MaxBlocks: real pages have a few per block, markup bombs
// millions of empty ones. Elements beyond it are flattened into their
// parent, as elements beyond MaxDepth are.
const maxNodesPerBlock = 8

type captureKind uint8

const (
	captureNone captureKind = iota
	captureTitle
	captureJSONLD
)

func newSegmenter(lim Limits, pageBytes int) *segmenter {
	s := segmenters.Get().(*segmenter)
	built := s.blockBuf[:0]
	*s = segmenter{
		lim: lim, nodes: s.nodes[:0], stack: s.stack[:0], blockAt: s.blockAt[:0], linkAt: s.linkAt[:0],
		arena: s.arena[:0], spans: s.spans[:0], hintsAt: s.hintsAt[:0], sums: s.sums[:0], buf: s.buf[:0], captureBuf: s.captureBuf[:0],
		rg: regions{blocks: s.rg.blocks[:0], open: s.rg.open[:0], text: s.rg.text[:0], pending: s.rg.pending[:0], ends: s.rg.ends[:0],
			roots: s.rg.roots[:0], heads: s.rg.heads[:0], spans: s.rg.spans[:0], after: s.rg.after[:0]},
		fold: folds{controlled: s.fold.controlled[:0], panels: s.fold.panels[:0]}, embeds: s.embeds[:0], attrBuf: s.attrBuf[:0], tagAttrs: s.tagAttrs[:0],
		chips:    chipGaps{closeAt: -1, gapAt: -1, pending: s.chips.pending[:0], found: s.chips.found[:0]},
		sr:       srSpans{pending: s.sr.pending[:0], found: s.sr.found[:0]},
		hin:      hiddenInline{text: s.hin.text[:0]},
		ctl:      controlSpans{found: s.ctl.found[:0]},
		lastHost: hostVerdict{host: s.lastHost.host[:0]},
		mc:       markCapture{open: s.mc.open[:0], buf: s.mc.buf[:0], marks: s.mc.marks[:0]},
		md:       s.md, // empty: release reset it, keeping its memory
	}
	// About one block per kilobyte of HTML on news pages: sized so the
	// block slice rarely grows, and bounded so a huge page does not
	// reserve memory up front.
	n := min(pageBytes/1024+16, 4096)
	s.blocks = slices.Grow(built, n)
	s.blockAt = slices.Grow(s.blockAt, n)
	s.linkAt = slices.Grow(s.linkAt, n)
	s.nodes = slices.Grow(s.nodes, 2*n)
	s.nodes = append(s.nodes, node{parent: -1, tag: atom.Html})
	s.stack = append(s.stack, openElem{tag: atom.Html, node: 0})
	return s
}

// segmenters recycles the working memory of segmenters whose page is done
// (see release): the nodes, the arena of texts, the blocks as they are
// built. A page then allocates little beyond what its Result keeps.
var segmenters = sync.Pool{New: func() any { return new(segmenter) }}

// maxPooledBytes bounds the arena a released segmenter keeps for the next
// page: the memory of an unusually large page goes back to the collector.
const maxPooledBytes = 1 << 20

// release gives the segmenter's working memory back for another page. It
// is called once the Result is complete, and s is not used again: nothing
// the Result holds points into that memory (setTexts copied the blocks and
// their texts out of it).
func (s *segmenter) release() {
	if s.blockBuf == nil || cap(s.arena) > maxPooledBytes || cap(s.blockBuf) > maxPooledBlocks {
		return
	}
	clear(s.blockBuf) // the strings of this page's blocks
	clear(s.attrBuf)  // newSegmenter keeps it: no strings of this page stay
	// Nor slices of the page: the capacity, where scan left its tags.
	clear(s.tagAttrs[:cap(s.tagAttrs)])
	// newSegmenter keeps the marks' memory too, which a page's marks grew
	// in a few allocations each; their strings are cleared.
	clear(s.mc.open[:cap(s.mc.open)])
	clear(s.mc.marks[:cap(s.mc.marks)])
	s.mc = markCapture{open: s.mc.open[:0], buf: s.mc.buf[:0], marks: s.mc.marks[:0]}
	s.md.Reset() // keeps the memory its JSON-LD was decoded in
	// The control blocks were copied among the page's (withControls):
	// their memory is kept, without their strings, unless it grew large.
	if cap(s.rg.blocks) > maxPooledControls {
		s.rg.blocks = nil
	} else {
		clear(s.rg.blocks[:cap(s.rg.blocks)])
		s.rg.blocks = s.rg.blocks[:0]
	}
	s.src, s.shingled = nil, nil
	segmenters.Put(s)
}

// scratchSums returns two slices of n zeros, for sums over the nodes, in
// memory the segmenter reuses: the next call overwrites them.
func (s *segmenter) scratchSums(n int) (good, bad []float64) {
	s.sums = slices.Grow(s.sums[:0], 2*n)[:2*n]
	clear(s.sums)
	return s.sums[:n:n], s.sums[n:]
}

// maxPooledBlocks bounds the blocks a released segmenter keeps room for.
const maxPooledBlocks = 16384

// maxPooledControls bounds the control blocks a released segmenter keeps
// room for.
const maxPooledControls = 1024

func (s *segmenter) top() *openElem { return &s.stack[len(s.stack)-1] }

// start handles a start tag with attributes attrs, whose names among
// those it looks for are keys. selfClosing is true when the tag closes
// itself: no content and no end tag follow.
func (s *segmenter) start(a atom.Atom, attrs []attr, keys attrKeys, selfClosing bool) {
	s.templateOpened = false
	if s.inRegion() && s.regionStart(a, attrs, selfClosing) {
		return
	}
	s.rg.foreign = false
	if !s.headDone && !headContent(a) {
		s.inHead, s.headDone = false, true
	}
	if s.hin.open && (classify(a) != tagInline || a == atom.A) {
		s.endHidden(false)
	}
	var link linkAttrs // what the tests of a link read
	if a == atom.A && keys&keyHref != 0 {
		link = readLinkAttrs(attrs)
	}
	switch a {
	case atom.Head:
		if !s.headDone {
			s.inHead = true
		}
		return
	case atom.Title:
		if !s.headDone || len(s.nodes) < 3 {
			s.capture, s.captureBuf = captureTitle, s.captureBuf[:0]
		}
		return
	case atom.Html, atom.Meta, atom.Link, atom.Time:
		if (a != atom.Link || keys&keyItemprop != 0 || relCollected(attrs)) &&
			(a != atom.Meta || keys&keyItemprop != 0 && !unfiledItempropMeta(attrs) ||
				keys&keyItemprop == 0 && !metaPassedOver(attrs)) {
			s.md.Element(a.String(), s.metaAttrs(attrs))
		}
	case atom.A:
		if !selfClosing && keys&keyHref != 0 && !s.headingToggle(&link) {
			// A new link closes one left open, as the HTML parser's
			// adoption agency does: links do not nest.
			s.endLinkSpan(false)
			s.inLink, s.linkDepth = 1, len(s.stack)
			s.startLinkSpan()
			s.links++
			s.startAnchor(attrs)
			if s.leavesSite(link.href) {
				s.offsite++
			}
		}
	}
	if keys&(keyHref|keyControls) != 0 {
		s.fold.noteControls(attrs) // buttons are regions: before them
	}
	if isControlTag(a) && s.headDone && len(s.stack) > 0 {
		s.noteControl(keys&keyTabindex != 0 && tabbedOut(attrs)) // buttons are regions: before them
	}
	class := classify(a)
	s.templateOpened = a == atom.Script && s.templateScript(a, attrs)
	if s.bodyNoscript(a) || s.templateOpened {
		class = tagBlock
	}
	if class == tagSkip {
		if a == atom.Textarea && s.headDone {
			s.noteCompose()
		}
		if selfClosing {
			s.rg.foreign = a == atom.Svg || a == atom.Math
			return
		}
		if a == atom.Script && isJSONLD(attrs) {
			s.capture, s.captureBuf = captureJSONLD, s.captureBuf[:0]
		}
		// In the head, noframes is raw text like style.
		s.openRegion(a, hidesText(a) || !s.headDone)
		s.rg.foreign = a == atom.Svg || a == atom.Math
		return
	}
	if !s.headDone {
		return // <meta>, <link>, <base>
	}
	hints, itemprop, nameMark, consent, review, word, classSaid := s.attrHints(attrs)
	if isHeading(a) {
		hints &^= headingOwnHints(keys&keyID != 0)
		s.noteEntryTitle(attrs, selfClosing)
	}
	if isTablePart(a) {
		hints &^= boilerplate.HintHeader
	}
	if a == atom.Dialog && keys&keyOpen == 0 || s.templateOpened {
		// A <dialog> is not shown until a script opens it, a template
		// until a script renders it.
		hints |= boilerplate.HintHidden
	}
	answerName := nameMark&markAnswer != 0
	nameMark &^= markAnswer
	if nameMark&markKicker != 0 && !s.inHeading() {
		nameMark &^= markKicker // a kicker is read only inside a headline
	}
	if len(s.mc.open) > 0 || nameMark != 0 || a == atom.Time || keys&markKeys != 0 {
		// Elsewise no mark is open and none begins: most elements.
		s.markStart(a, class, attrs, keys, selfClosing, nameMark, link.authorPath)
	}
	// A mark of authorship is recorded on the element that carries it
	// when the element opens a node of its own (see push below), on the
	// element it stands in otherwise.
	// signs says yes only for one of these: most elements skip the call.
	signMark := nameMark &^ markKicker
	maySign := signMark != 0 || a == atom.Time || itemprop
	signed := len(s.stack) > 0 && (maySign && signs(a, attrs, signMark, itemprop, link.authorPath) ||
		link.profile())
	if signed {
		s.signs++
	}
	if signed && class != tagBlock {
		s.nodes[s.top().node].signed = true
	}
	if itemprop && a != atom.Meta && a != atom.Html && a != atom.Link && a != atom.Time && itempropFiled(attrs) {
		s.md.Element(a.String(), s.metaAttrs(attrs))
	}
	switch class {
	case tagBreak:
		s.appendBreak()
		return
	case tagBoundary:
		s.flush()
		return
	case tagVoid, tagInline:
		if a == atom.Img {
			s.imageAlt(attrs)
		}
		if a == atom.Input {
			s.noteChoice(attrs)
		}
		if class == tagInline && !selfClosing && a != atom.A { // links: inLink
			s.inlineOpen[a&inlineSlots]++
		}
		if class == tagInline && !selfClosing && s.inPre == 0 {
			s.chips.open(len(s.buf))
		}
		if class == tagInline && !selfClosing && a != atom.A {
			if s.sr.start(a, classSaid.srOnly, len(s.buf), len(s.stack)) && s.src != nil {
				s.src.srFrom = s.src.start
			}
		}
		if class == tagInline && !selfClosing && (s.hin.open || hints&boilerplate.HintHidden != 0) {
			wasOpen := s.hin.open
			s.hin.start(a, hints&boilerplate.HintHidden != 0 && hidesInline(attrs), len(s.stack))
			if !wasOpen && s.hin.open && s.src != nil {
				s.src.hiddenFrom = s.src.start
			}
		}
		if class == tagInline && !selfClosing {
			if hints&boilerplate.HintControl != 0 {
				s.ctl.start(a, s.buf, len(s.stack))
			} else {
				s.ctl.same(a)
			}
		}
		if s.inPre > 0 && class == tagInline && codeLine(attrs) {
			s.appendBreak() // a line of a listing that prints no newline
		}
		return
	}
	// A block-level element.
	if closesParagraph(a) {
		s.closeImplied(a)
	}
	s.flush()
	// Too deep, the text of an element flows into the ancestor at the
	// limit; past the block limit, or with so many elements that they
	// hold little text, no more nodes, so memory stays bounded by
	// MaxBlocks (withDefaults keeps the product from wrapping).
	if selfClosing || len(s.stack) >= s.lim.MaxDepth ||
		s.truncated || len(s.nodes) >= maxNodesPerBlock*s.lim.MaxBlocks {
		if signed {
			s.nodes[s.top().node].signed = true
		}
		s.flattened = s.flattened || !selfClosing
		return
	}
	parent := s.top()
	e := openElem{tag: a, kind: parent.kind, kindTag: parent.kindTag}
	if k, ok := blockKind(a); ok && (parent.kindTag == 0 || a != atom.P || parent.kind == boilerplate.KindHeading) {
		// A <p> inside a <li> or <blockquote> keeps the outer kind; inside
		// a heading (an unclosed <h2> around the article) it is a paragraph.
		e.kind, e.kindTag = k, a
	}
	if a == atom.Pre {
		s.inPre++
	}
	e.node = int32(len(s.nodes))
	if hidden := hints&boilerplate.HintHidden != 0; hidden || keys&keyRole != 0 {
		s.fold.notePanel(e.node, a, attrs, hidden, hidden && s.afterToggle(parent.node))
	}
	status := keys&keyRole != 0 && statusRole(attrs)
	slide := hints&boilerplate.HintHidden != 0 && carouselSlide(attrs)
	s.statuses = s.statuses || status
	var item itemKind
	if keys&keyItemtype != 0 {
		item = itemKindOf(attrs)
		s.qaPosts = s.qaPosts || item == itemPost
	}
	inAnswer := item == itemNone && answerName || parent.node >= 0 && s.nodes[parent.node].inAnswer
	s.nodes = append(s.nodes, node{parent: parent.node, tag: a, depth: int32(len(s.stack)), hints: tagHints(a) | hints, consent: consent, review: review, word: word,
		author: nameMark&markAuthor != 0, shape: classSaid.shape, idShape: classSaid.idShape, signed: signed, quote: classSaid.quote, srOnly: classSaid.srOnly,
		status: status, slide: slide, item: item, inAnswer: inAnswer})
	if f := classSaid.embed; f != 0 {
		s.embeds = append(s.embeds, embedNode{e.node, f})
	}
	s.stack = append(s.stack, e)
}

// bodyNoscript reports whether a is a <noscript> in the body. What a
// reader without scripts sees is page text (forums and single-page apps
// put their whole content there), so it is read as markup (see
// parsesMarkup), as a block of its own that its end tag closes.
func (s *segmenter) bodyNoscript(a atom.Atom) bool {
	return a == atom.Noscript && s.headDone
}

// parsesMarkup reports whether the content of the element a, whose start
// tag was just handled, is markup although the tokenizer would read it as
// raw text: SVG and MathML elements, and <noscript> outside the head,
// which the segmenter reads as a browser with scripting off does.
func (s *segmenter) parsesMarkup(a atom.Atom) bool {
	return s.openedForeign() || s.bodyNoscript(a) && !s.inRegion() || s.templateOpened
}

// closeImplied closes the elements that a start tag of a ends implicitly:
// an open <p> for most block elements, the previous <li>, <dt>/<dd>, cell or
// row.
func (s *segmenter) closeImplied(a atom.Atom) {
	var stopAt []atom.Atom
	var target []atom.Atom
	switch a {
	case atom.Li:
		target, stopAt = []atom.Atom{atom.Li}, []atom.Atom{atom.Ul, atom.Ol, atom.Menu, atom.Dir}
	case atom.Dt, atom.Dd:
		target, stopAt = []atom.Atom{atom.Dt, atom.Dd}, []atom.Atom{atom.Dl}
	case atom.Td, atom.Th:
		target, stopAt = []atom.Atom{atom.Td, atom.Th}, []atom.Atom{atom.Tr, atom.Table}
	case atom.Tr:
		target, stopAt = []atom.Atom{atom.Tr}, []atom.Atom{atom.Table, atom.Tbody, atom.Thead, atom.Tfoot}
	}
	// An open <p> directly on top is closed by any block start.
	if s.top().tag == atom.P {
		s.flush()
		s.pop()
	}
	if target == nil {
		return
	}
	for i := len(s.stack) - 1; i > 0 && len(s.stack)-i < 64; i-- {
		t := s.stack[i].tag
		if atomIn(t, stopAt) {
			return
		}
		if atomIn(t, target) {
			s.flush()
			for len(s.stack) > i {
				s.pop()
			}
			return
		}
	}
}

func atomIn(a atom.Atom, set []atom.Atom) bool {
	for _, x := range set {
		if a == x {
			return true
		}
	}
	return false
}

// end handles an end tag.
func (s *segmenter) end(a atom.Atom) {
	if s.inRegion() && s.regionEnd(a) {
		return
	}
	if len(s.mc.open) > 0 {
		s.markEnd(a)
	}
	switch a {
	case atom.Head:
		s.inHead = false
		return
	case atom.Title:
		s.endCapture()
		return
	case atom.A:
		if s.hin.open && s.hin.end(a) {
			s.endHidden(true)
		}
		if s.inPre == 0 {
			s.chips.close(len(s.buf))
		}
		if s.inLink > 0 {
			s.endLinkSpan(true)
			s.inLink = 0
			s.endAnchor()
		}
		s.ctl.end(a, len(s.buf))
		return
	case atom.Br:
		// HTML5 reads "</br>" as "<br>".
		s.appendBreak()
		return
	case atom.Body, atom.Html:
		// HTML5 closes no element at "</body>" or "</html>": what comes
		// after them (pages that print "</body></html>" mid-page, from a
		// template included twice, or text appended after the end) goes
		// on inside the elements still open.
		return
	}
	if classify(a) != tagBlock && !s.bodyNoscript(a) && !(a == atom.Script && s.onStack(a)) {
		if n := &s.inlineOpen[a&inlineSlots]; *n > 0 {
			*n--
		}
		if s.hin.open && s.hin.end(a) {
			s.endHidden(true)
		}
		if s.inPre == 0 {
			s.chips.close(len(s.buf))
		}
		if s.sr.end(a, len(s.buf)) && s.src != nil {
			s.src.srEnded()
		}
		s.ctl.end(a, len(s.buf))
		return
	}
	// Find the element on the stack; an end tag with no open element is
	// ignored. The search is bounded so hostile nesting stays linear.
	for i := len(s.stack) - 1; i > 0 && len(s.stack)-i < 256; i-- {
		if s.stack[i].tag == a {
			s.flush()
			for len(s.stack) > i {
				s.pop()
			}
			return
		}
	}
	s.strayEnd(a)
	if a == atom.P {
		// "</p>" with no open paragraph is an empty paragraph in HTML5:
		// the text on either side does not run together.
		s.flush()
	}
}

func (s *segmenter) pop() {
	e := s.top()
	s.closed.add(e.node, e.tag, len(s.nodes), len(s.blocks))
	if e.tag == atom.Pre && s.inPre > 0 {
		s.inPre--
	}
	s.stack = s.stack[:len(s.stack)-1]
	if s.sr.popped(len(s.stack)) && s.src != nil {
		s.src.srEnded()
	}
	s.ctl.popped(len(s.stack), len(s.buf))
	if len(s.stack) < s.linkDepth {
		// The element holding an unclosed link has ended: so has the link.
		s.endAnchor()
		s.endLinkSpan(false)
		s.inLink, s.linkDepth = 0, 0
	}
}

// wantsText reports whether text at this point is kept or captured, so
// that the scanner need not decode the content of scripts and styles.
func (s *segmenter) wantsText() bool {
	return s.capture != captureNone || (s.rg.hidden == 0 && !s.truncated)
}

// text handles character data, already unescaped.
func (s *segmenter) text(t []byte) { s.textOf(t, isSpaceOnly(t)) }

// textOf is text for t of which the caller knows whether it is white
// space alone (isSpaceOnly).
func (s *segmenter) textOf(t []byte, space bool) {
	if s.capture != captureNone {
		s.captureBuf = append(s.captureBuf, t...)
		if s.capture != captureTitle || !s.headDone {
			return
		}
		// A <title> in the body is metadata and page text both.
	}
	if s.inRegion() {
		s.regionText(t)
		return
	}
	if !s.headDone {
		// Text before or in the head ends it, unless it is white space.
		if space {
			return
		}
		s.inHead, s.headDone = false, true
	}
	if s.truncated {
		return
	}
	if len(s.mc.open) > 0 {
		s.markText(t)
	}
	if s.hin.open {
		s.hin.text = append(s.hin.text, t...) // see segment_hidden_inline.go
		return
	}
	if s.inPre == 0 && space {
		// Most text tokens are the markup's indentation.
		s.appendSpace(t)
		return
	}
	s.appendText(t)
}

// spaceText is text for a token t of HTML white space alone, as written
// in the page: decoding would only turn its "\r" into "\n", white space
// still. It reports false, having done nothing, where text reads more of
// t than that it is white space: in a capture, a region, a <pre> or a
// mark being read.
func (s *segmenter) spaceText(t []byte) bool {
	if s.capture != captureNone || s.inRegion() || s.inPre > 0 || len(s.mc.open) > 0 {
		return false
	}
	if s.headDone && !s.truncated {
		s.appendSpace(t)
	}
	return true
}

// appendText adds text t, the token being handled, to the block being
// read.
func (s *segmenter) appendText(t []byte) {
	page := -1
	if s.src != nil {
		page = s.src.start
	}
	s.appendTextAt(t, page)
}

// appendTextAt is appendText for text t that began at page offset page
// (-1 when the markup is not recorded).
func (s *segmenter) appendTextAt(t []byte, page int) {
	t = cutRunes(t, s.lim.MaxBlockChars-len(s.buf))
	before := len(s.buf)
	if s.inPre > 0 {
		s.buf = appendNoNUL(s.buf, t)
	} else {
		s.chips.text(s.buf, t, page)
		if s.src != nil && page >= 0 {
			s.src.textAt(len(s.buf), page)
		}
		s.buf = appendCollapsed(s.buf, t)
		if s.src != nil && bytes.IndexByte(t, '[') >= 0 {
			s.src.noteBracket()
		}
	}
	if s.inLink > 0 {
		s.linkChars += len(s.buf) - before
	}
}

// appendSpace is appendText for t of white space alone outside <pre>,
// written out (TestAppendSpaceMatchesAppendText): one space, unless the
// text is empty, at the block's size limit or already ends in white space.
func (s *segmenter) appendSpace(t []byte) {
	s.chips.space()
	if n := len(s.buf); len(t) > 0 && n > 0 && n < s.lim.MaxBlockChars && s.buf[n-1] != ' ' && s.buf[n-1] != '\n' {
		s.buf = append(s.buf, ' ')
		if s.inLink > 0 {
			s.linkChars++
		}
	}
}

// cutRunes returns t cut to at most room bytes at a rune boundary, so
// that a block stays valid UTF-8.
func cutRunes(t []byte, room int) []byte {
	if len(t) <= room {
		return t
	}
	if room <= 0 {
		return t[:0]
	}
	for room > 0 && !utf8.RuneStart(t[room]) {
		room--
	}
	return t[:room]
}

// appendNoNUL appends t to dst without its NUL bytes, which HTML drops from
// the body's text.
func appendNoNUL(dst, t []byte) []byte {
	for {
		i := bytes.IndexByte(t, 0)
		if i < 0 {
			return append(dst, t...)
		}
		dst = append(dst, t[:i]...)
		t = t[i+1:]
	}
}

// appendCollapsed appends t to dst with each run of white space made one
// space (none at the start of dst, none after a line break), and soft
// hyphens, which are hyphenation hints, and NUL bytes left out. The output
// is never longer than t, so dst grows once and bytes are stored, not
// appended.
func appendCollapsed(dst, t []byte) []byte {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	w := len(dst)
	dst = slices.Grow(dst, len(t))[:w+len(t)]
	for i := 0; i < len(t); {
		if i+8 <= len(t) {
			// Eight bytes at a time up to the first that may stop the
			// copy: a byte below '!' (white space, NUL and other
			// controls) or 0xC2. They are stored before they are
			// tested; w moves past those that stay. As the output is no
			// longer than what was read, the store stays inside dst.
			x := binary.LittleEndian.Uint64(t[i:])
			binary.LittleEndian.PutUint64(dst[w:], x)
			// The lowest byte flagged is exact: a borrow only reaches
			// the bytes above one below '!'.
			stop := (x-'!'*ones)&^x&highs | swar.Equal(x, 0xC2)
			if stop == 0 {
				i, w = i+8, w+8
				continue
			}
			k := bits.TrailingZeros64(stop) / 8
			i, w = i+k, w+k
			// White space after a word, most stops, is one space: after a
			// byte of this word (k > 0) or of the text before it that is
			// no space or line break. Any white space right after it
			// stops the next word at once and adds nothing.
			if htmlSpace[t[i]] && (k > 0 || w > 0 && dst[w-1] != ' ' && dst[w-1] != '\n') {
				dst[w] = ' '
				i, w = i+1, w+1
				continue
			}
		}
		c := t[i]
		i++
		if !collapseStop[c] {
			dst[w] = c
			w++
			continue
		}
		switch c {
		case 0xC2:
			if i < len(t) && t[i] == 0xAD {
				i++ // U+00AD SOFT HYPHEN: a hyphenation hint, invisible
			} else {
				dst[w] = c
				w++
			}
		case 0:
			// HTML drops NUL from the body's text.
		default: // white space
			if w > 0 && dst[w-1] != ' ' && dst[w-1] != '\n' {
				dst[w] = ' '
				w++
			}
			// The rest of the run adds nothing: the indentation of
			// markup is read here, not eight bytes at a time.
			for i < len(t) && isHTMLSpace(t[i]) {
				i++
			}
		}
	}
	return dst[:w]
}

// collapseStop marks the bytes at which appendCollapsed stops copying:
// HTML white space, NUL and the first byte of a soft hyphen.
var collapseStop = [256]bool{' ': true, '\n': true, '\t': true, '\r': true, '\f': true, 0: true, 0xC2: true}

// isHTMLSpace reports whether c is HTML white space.
func isHTMLSpace(c byte) bool {
	return htmlSpace[c]
}

// htmlSpace marks the bytes of HTML white space: one load tests a byte
// where a chain of comparisons took five for every byte that is not.
var htmlSpace = [256]bool{' ': true, '\n': true, '\t': true, '\r': true, '\f': true}

// isSpaceOnly reports whether t is only HTML white space. Runs of
// spaces, tabs and line feeds, the markup's indentation, are read eight
// bytes at a time, and so is the end of a run that is not a multiple of
// eight bytes long.
func isSpaceOnly(t []byte) bool {
	if len(t) > 0 && !htmlSpace[t[0]] {
		return false // most text that is not white space
	}
	i := 0
	for ; i+8 <= len(t); i += 8 {
		if !spaceWord(binary.LittleEndian.Uint64(t[i:])) {
			break // the rest a byte at a time
		}
	}
	if i > 0 && i+8 > len(t) && spaceWord(binary.LittleEndian.Uint64(t[len(t)-8:])) {
		return true // the last eight bytes, over those read, are white space too
	}
	for _, c := range t[i:] {
		if !htmlSpace[c] {
			return false
		}
	}
	return true
}

// spaceWord reports whether the eight bytes of x are all spaces, tabs or
// line feeds.
func spaceWord(x uint64) bool {
	const highs = 0x8080808080808080
	return swar.Equal(x, ' ')|swar.Equal(x, '\n')|swar.Equal(x, '\t') == highs
}

func (s *segmenter) appendBreak() {
	if s.inRegion() || !s.headDone {
		return
	}
	if n := len(s.buf); n > 0 {
		if s.buf[n-1] == ' ' {
			s.buf[n-1] = '\n'
		} else if s.buf[n-1] != '\n' {
			s.buf = append(s.buf, '\n')
		}
	}
}

// imageAlt keeps nothing of images today; alt text is rarely main text and
// often a duplicate of the caption. The hook exists so that a figure with
// no caption can later use it.
func (s *segmenter) imageAlt(attrs []attr) {}

func (s *segmenter) endCapture() {
	switch s.capture {
	case captureTitle:
		s.md.Title(strings.TrimSpace(collapseSpace(s.captureBuf)))
	case captureJSONLD:
		s.md.JSONLD(s.captureBuf)
	}
	s.capture = captureNone
}

// finish ends the page: a region left open ends with it, and the names'
// memory goes back to the pool.
func (s *segmenter) finish() {
	if s.inRegion() {
		s.closeRegion()
	}
	s.endLinkSpan(false)
	s.flush()
	if s.names != nil {
		s.names.reset()
		hintCaches.Put(s.names)
		s.names = nil
	}
}

// flush turns the text gathered so far into a block. Most calls find
// nothing gathered (every block-level tag flushes, and elements nest):
// those only reset the block's state.
func (s *segmenter) flush() {
	if s.hin.open {
		s.endHidden(true) // the element that held it ends
	}
	added, n := -1, 0
	if text := trimSpaceNewline(s.buf); len(text) > 0 {
		added, n = s.addText(text)
	}
	s.chips.flushed(added, n)
	s.sr.flushed(added, n)
	s.ctl.flushed(added, s.buf)
	if s.src != nil {
		s.src.flushed(len(s.blocks))
	}
	s.buf = s.buf[:0]
	s.linkChars, s.links, s.offsite = 0, 0, 0
	s.anchor.open = false // a link across blocks is no permalink
	s.headTail = [2]int{}
	if len(s.rg.ends) > 0 {
		s.addControlBlocks()
	}
}

// addText makes text, the block's text without the white space it ends
// with, into a block or two (see doubledHalf), unless it holds no letter
// or digit or the page is at its block limit. It returns the index of
// the first block added (-1 for none) and the length of the text kept.
func (s *segmenter) addText(text []byte) (added, n int) {
	if s.top().kind == boilerplate.KindHeading {
		// Documentation generators end headings with a permalink: "¶".
		text = bytes.TrimRight(bytes.TrimSuffix(text, []byte("¶")), " ")
		full := len(text)
		text, s.linkChars, s.links = trimEditLink(text, s.linkChars, s.links)
		if s.src != nil && len(text) < full {
			s.src.cutEdit()
		}
		if n := len(text); s.headTail[1] > 0 {
			text = trimTailAnchor(text, s.headTail)
			if s.src != nil && len(text) < n {
				s.src.cutTail()
			}
		}
	}
	added = -1
	if len(text) > 0 && hasLetterOrDigit(text) {
		if s.blockCount() >= s.lim.MaxBlocks {
			s.truncated = true
		} else if h := doubledHalf(text); h > 0 && s.blockCount()+1 < s.lim.MaxBlocks {
			s.addDoubledBlocks(text, h)
			added = len(s.blocks) - 2
		} else {
			s.addBlock(text, s.linkChars, s.links)
			added = len(s.blocks) - 1
		}
	}
	return added, len(text)
}

// trimSpaceNewline returns b without the spaces and line breaks it ends
// with, which are all the white space a block's collapsed text ends with.
// It is bytes.TrimRight(b, " \n") without the set built for each call:
// flush runs at every block-level tag, mostly over an empty buffer.
func trimSpaceNewline(b []byte) []byte {
	n := len(b)
	for n > 0 && (b[n-1] == ' ' || b[n-1] == '\n') {
		n--
	}
	return b[:n]
}

// addBlock adds a block of text held by the element on top of the stack,
// of which linkChars bytes are inside links that started links times.
func (s *segmenter) addBlock(text []byte, linkChars, links int) {
	e := s.top()
	sp := s.store(text)
	// Made in place: a block is large, and one built apart and appended
	// was copied twice.
	s.blocks = append(s.blocks, boilerplate.Block{})
	b := &s.blocks[len(s.blocks)-1]
	s.initBlock(b, e.tag, links)
	b.Features.Position = len(s.blocks) - 1
	b.Features.OffsiteLinks = s.offsite
	s.spans = append(s.spans, sp)
	s.blockAt = append(s.blockAt, e.node)
	s.linkAt = append(s.linkAt, int32(min(linkChars, int(sp[1]-sp[0]))))
}

// newBlock returns a block inside the element on top of the stack, its
// tag named tag, in which links links started, with the features its
// place gives it. Its text is measured later: see setTexts.
func (s *segmenter) newBlock(tag atom.Atom, links int) boilerplate.Block {
	var b boilerplate.Block
	s.initBlock(&b, tag, links)
	return b
}

// initBlock is newBlock for a zero block b.
func (s *segmenter) initBlock(b *boilerplate.Block, tag atom.Atom, links int) {
	e := s.top()
	b.Kind, b.Tag = e.kind, tag.String()
	if e.kindTag == 0 {
		b.Kind = boilerplate.KindParagraph
	}
	f := &b.Features
	f.LinkCount = links
	f.Depth = len(s.stack)
	f.ContainerID = int(s.nodes[e.node].parent)
}

// store copies text into the arena and returns where it is. Text is
// stored in Unicode's composed form (NFC), as readers and search indexes
// expect it: a page may write "য়" as two code points. The check costs one
// pass over bytes that are nearly always ASCII. A few characters grow in
// NFC (U+FB35 is two code points there), so the block is cut to
// MaxBlockChars again afterwards.
func (s *segmenter) store(text []byte) [2]int32 {
	start := len(s.arena)
	if !mayNeedNFC(text) || norm.NFC.QuickSpan(text) == len(text) {
		s.arena = append(s.arena, text...)
	} else {
		s.arena = norm.NFC.Append(s.arena, text...)
		s.arena = s.arena[:start+len(cutRunes(s.arena[start:], s.lim.MaxBlockChars))]
	}
	return [2]int32{int32(start), int32(len(s.arena))}
}

// mayNeedNFC reports whether text holds a byte from 0xCC up, other than
// in the General Punctuation marks from U+2002 to U+206F and the euro
// sign: every character that NFC may change (combining marks from U+0300,
// the scripts and compatibility forms above them) is written with one.
// ASCII, the accented Latin letters below U+0300 and those marks (quotes,
// dashes, the ellipsis), most of the web's text, are NFC already, and
// none combines with a neighbour; ASCII is turned away eight bytes at a
// time, and so are eight bytes without one from 0xCC up (the accented
// letters of Latin scripts, the no-break space).
func mayNeedNFC(text []byte) bool {
	const ones, lows, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	for i := 0; i < len(text); {
		if i+8 <= len(text) {
			x := binary.LittleEndian.Uint64(text[i:])
			// A byte from 0xCC up has its high bit set and its low seven
			// bits at 0x4C or more, which adding 0x34 carries into the
			// high bit (and no further: 0x7F+0x34 < 0x100).
			if x&highs == 0 || (x&lows+0x34*ones)&x&highs == 0 {
				i += 8
				continue
			}
		}
		c := text[i]
		switch {
		case c < 0xCC:
			i++
		case c == 0xE2 && i+2 < len(text) && nfcPunct(text[i+1], text[i+2]):
			i += 3
		default:
			return true
		}
	}
	return false
}

// nfcPunct reports whether 0xE2 followed by b1 and b2 encodes U+2002 to
// U+206F (General Punctuation but for the two quads, which NFC turns
// into spaces) or U+20AC, the euro sign.
func nfcPunct(b1, b2 byte) bool {
	return b1 == 0x80 && b2 >= 0x82 && b2 <= 0xBF || b1 == 0x81 && b2 >= 0x80 && b2 <= 0xAF || b1 == 0x82 && b2 == 0xAC
}

// blockCount is how many blocks the page has so far, control blocks
// included: together they are bounded by Limits.MaxBlocks.
func (s *segmenter) blockCount() int { return len(s.blocks) + len(s.rg.blocks) }

// setTexts gives every block its Text: one string holds the text of all
// blocks, and each Text is a slice of it, so a page costs one allocation
// for its text however many blocks it has. It then measures the page's
// blocks (see measure).
func (s *segmenter) setTexts() {
	all := string(s.arena)
	// The blocks move out of the recycled buffer into a slice of their
	// own, with room for the control blocks that withControls adds.
	s.blockBuf = s.blocks
	s.blocks = make([]boilerplate.Block, len(s.blockBuf), len(s.blockBuf)+len(s.rg.blocks))
	copy(s.blocks, s.blockBuf)
	for i, sp := range s.spans {
		s.blocks[i].Text = all[sp[0]:sp[1]]
	}
	for i, sp := range s.rg.spans {
		s.rg.blocks[i].Text = all[sp[0]:sp[1]]
	}
	s.arena, s.spans, s.rg.spans = s.arena[:0], s.spans[:0], s.rg.spans[:0]
	s.measure()
}

// measure fills the text measurements of the page's blocks (CountText)
// and their LinkWords. The shingles by which MarkRepeats compares blocks
// are computed in the same pass over each text and kept for it: read
// apart, the texts would be read twice. (Control blocks, which
// MarkRepeats does not see, are measured as they are made.)
func (s *segmenter) measure() {
	s.shingled = boilerplate.ShingleBlocks(s.blocks)
	for i, lc := range s.linkAt {
		if f, n := &s.blocks[i].Features, len(s.blocks[i].Text); lc > 0 && n > 0 {
			f.LinkWords = (f.Words*int(lc) + n/2) / n
		}
	}
}

func hasLetterOrDigit(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if isWordRune(r) {
			return true
		}
		i += size
	}
	return false
}

// collapseSpace returns the words of b, split at white space as
// strings.Fields splits them, joined by single spaces: in one copy,
// where the words were copied twice, into a string and then joined.
func collapseSpace(b []byte) string {
	var out strings.Builder
	out.Grow(len(b))
	space := false // white space since the last word
	for i := 0; i < len(b); {
		r, size := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b[i:])
		}
		if unicode.IsSpace(r) {
			space = out.Len() > 0
		} else {
			if space {
				out.WriteByte(' ')
				space = false
			}
			out.Write(b[i : i+size])
		}
		i += size
	}
	return out.String()
}

// attrHints reads the attributes that carry hints: class, id, role,
// itemprop, hidden, aria-hidden, aria-modal and style, and the names that
// forum and application frameworks give their parts in attributes of
// their own (data-role="memberSignature", component="post/signature",
// data-component), read as a class is: the signature a forum marks only
// so is a signature. It also reports
// whether the element has an itemprop (which makes it interesting to
// metadata), whether its class or id names a byline or a date, and whether
// they name a consent banner or a customer review (see nameHints), and
// their negative word (see nameWord).
func (s *segmenter) attrHints(attrs []attr) (boilerplate.Hint, bool, markKind, bool, bool, nameWord, classSays) {
	// What the attributes say is gathered in a struct, in memory: seven
	// results held in registers across the loop were saved and reloaded
	// for every attribute.
	var r struct {
		h               boilerplate.Hint
		itemprop        bool
		mark            markKind
		consent, review bool
		word            nameWord
		class           classSays
		classSeen       bool
		itemtype        []byte
		id              []byte
	}
	for i := range attrs {
		at := &attrs[i]
		switch at.kind {
		case attrItemtype:
			r.itemtype = at.val
		case attrClass, attrName:
			if at.kind == attrName && len(at.key) == 2 && r.id == nil { // the first id
				r.id = at.val
			}
			if s.names == nil {
				s.names = hintCaches.Get().(*hintCache)
			}
			isClass := !r.classSeen && at.kind == attrClass // the first class attribute counts
			nh, nm, nc, nr, nw, nclass := s.names.nameHints(at.val, isClass)
			if isClass {
				r.class, r.classSeen = nclass, true
			}
			r.h |= nh
			r.mark |= nm
			r.consent = r.consent || nc
			r.review = r.review || nr
			r.word = r.word.and(nw)
		case attrRole:
			var lower [32]byte
			switch string(ascii.AppendLower(lower[:0], at.val)) {
			case "navigation", "menu", "menubar", "toolbar":
				r.h |= boilerplate.HintNav
			case "contentinfo":
				r.h |= boilerplate.HintFooter
			case "complementary":
				r.h |= boilerplate.HintAside
			case "banner":
				r.h |= boilerplate.HintHeader
			case "main", "article":
				r.h |= boilerplate.HintArticle
			case "dialog", "alertdialog":
				r.h |= boilerplate.HintBoilerplate
			}
		case attrItemprop:
			r.itemprop = true
			if bytes.EqualFold(at.val, []byte("articleBody")) || bytes.EqualFold(at.val, []byte("text")) {
				r.h |= boilerplate.HintArticle
			}
		case attrHidden:
			r.h |= boilerplate.HintHidden
		case attrAriaModal:
			// A modal dialog covers the page once a script opens it:
			// a policy, a quick view, a sign-in form, not the page's
			// own text. (role=dialog alone also names sheets that
			// stay on the page: aria-modal="false".)
			if bytes.EqualFold(at.val, []byte("true")) {
				r.h |= boilerplate.HintHidden
			}
		case attrAriaHidden:
			if bytes.EqualFold(at.val, []byte("true")) {
				r.h |= boilerplate.HintHidden
			}
		case attrStyle:
			if hiddenStyle(at.val) {
				r.h |= boilerplate.HintHidden
			}
		case attrShownIf:
			// One of the states a script renders in turn (a
			// form's thanks, its error, a tooltip): in the page
			// as served, every state is written out. v-show
			// only folds a panel (an FAQ's answer) and is not
			// read so.
			r.h |= boilerplate.HintHidden
		}
	}
	if r.class.shape == 0 && r.itemtype != nil {
		// Elements without a class that microdata types alike
		// (schema.org's Comment, Answer) are of one shape.
		r.class.shape = classShape(r.itemtype)
	}
	if r.class.shape == 0 && r.id != nil {
		r.class.idShape = idStemShape(r.id)
	}
	return r.h, r.itemprop, r.mark, r.consent, r.review, r.word, r.class
}

// hiddenStyle reports whether an inline style hides the element:
// "display:none" or "visibility:hidden" in its opening, read without
// spaces and in lower case. Most styles hide nothing and no colon of
// theirs is followed by the first letter of "none" or "hidden" (see
// mayHide): they are not copied.
func hiddenStyle(style []byte) bool {
	if !mayHide(style) {
		return false
	}
	var compact [64]byte
	n := 0
	for _, c := range style {
		if c == ' ' || c == '\t' || c == '\n' {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		compact[n] = c
		n++
		if n == len(compact) {
			break
		}
	}
	st := compact[:n]
	return bytes.Contains(st, []byte("display:none")) || bytes.Contains(st, []byte("visibility:hidden"))
}

// mayHide reports whether a colon of style is followed, after spaces, by
// an "n" or an "h" in either case: hiddenStyle finds what it looks for
// only in a style where one is.
func mayHide(style []byte) bool {
	for {
		i := bytes.IndexByte(style, ':')
		if i < 0 {
			return false
		}
		style = style[i+1:]
		for len(style) > 0 && (style[0] == ' ' || style[0] == '\t' || style[0] == '\n') {
			style = style[1:]
		}
		if len(style) > 0 && (style[0]|0x20 == 'n' || style[0]|0x20 == 'h') {
			return true
		}
	}
}

func hasAttr(attrs []attr, key string) bool {
	for i := range attrs {
		at := &attrs[i]
		if string(at.key) == key {
			return true
		}
	}
	return false
}

func isJSONLD(attrs []attr) bool {
	for _, at := range attrs {
		if string(at.key) == "type" {
			var lower [64]byte
			return bytes.Contains(ascii.AppendLower(lower[:0], at.val), []byte("ld+json"))
		}
	}
	return false
}

// headingOwnHints are the layout hints that a heading's own class and id
// do not give it. A heading heads a section: "header" in its name
// ("section-header", "code-header", "card-header") says so and no more. A
// heading with an id is a section's, a target of the page's own links:
// what its class says of the layout is where it is put
// ("anchorWithStickyNavbar": below the menu bar), not what it is. Hints
// of the elements around a heading still apply to it. hasID says the
// heading has an id.
func headingOwnHints(hasID bool) boilerplate.Hint {
	if hasID {
		return boilerplate.HintNav | boilerplate.HintHeader | boilerplate.HintFooter | boilerplate.HintAside
	}
	return boilerplate.HintHeader
}

// isHeading reports whether a is a heading element, h1 to h6.
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}
