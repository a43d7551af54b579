package extract

import (
	"slices"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// A region is an element whose content does not flow into the page's
// blocks, with everything it holds: hidden ones (script, style, noscript,
// template), whose text is not page text, and controls (button, svg, math,
// textarea; iframe, noembed, noframes and datalist, which browsers do not
// show but whose text HTML5 puts in the tree), whose text is not prose:
// it becomes a block of its own, dropped from the start.
//
// Where a region ends is where HTML5's tree construction ends the element,
// or text after it would be lost: a button is closed by the end tag of an
// element that holds it (a "<button>" whose "</button>" is missing ends
// with its paragraph or div) and by the next button; SVG and MathML are
// closed by the HTML start tags that break out of foreign content and by
// end tags of elements outside them. Raw text elements (script, style,
// iframe, textarea) end where the tokenizer ends their text.
//
// An iframe's srcdoc attribute is not read either, though a browser shows
// the document it holds: like a document the src attribute names (which
// is never fetched), it is a page of its own in a frame, what a page
// embeds rather than what it says. Pages put there what they sandbox:
// ad slots, social posts, video players' covers, sign-up forms. Reader
// views read the top document alone, and the corpora's truths are taken
// from it; reading srcdoc would also make a page's text depend on how an
// embed is delivered, and would nest documents in attribute values,
// escaped once for each level, for the segmenter to bound. Only a page
// whose own document keeps almost nothing has its largest srcdoc
// document read, as a page of its own (see srcdocFallBack).

// regionElem is an element open inside a region.
type regionElem struct {
	tag     atom.Atom
	foreign bool // an SVG or MathML element
	hidden  bool // its text is not page text
}

// regions is the segmenter's state inside a region.
type regions struct {
	open    []regionElem // the open elements of the region, its root first
	hidden  int          // how many of open are hidden
	text    []byte       // text of a control region, white space collapsed
	foreign bool         // the last start tag opened an SVG or MathML element

	// Control blocks wait for the block they sit in, so that blocks keep
	// the order of their text: pending holds their texts one after the
	// other, ends and roots where each ends and what made it.
	pending []byte
	ends    []int
	roots   []atom.Atom
	// heads marks the controls that are the whole text of a heading so
	// far: an accordion's or a tab's trigger printed as the heading of
	// its panel ("<h3><button>Specifications</button></h3>").
	heads []bool

	// The control blocks, kept apart from the page's blocks until these
	// are classified (see withControls): spans are their texts in the
	// arena, after how many of the page's blocks precede each.
	blocks []boilerplate.Block
	spans  [][2]int32
	after  []int
}

// inRegion reports whether the segmenter is inside a region.
func (s *segmenter) inRegion() bool { return len(s.rg.open) > 0 }

// inForeignContent reports whether the current node is an SVG or MathML
// element, where CDATA sections are text.
func (s *segmenter) inForeignContent() bool {
	return len(s.rg.open) > 0 && s.rg.open[len(s.rg.open)-1].foreign
}

// openedForeign reports whether the last start tag opened an SVG or MathML
// element, whose content is never raw text: an SVG <title> or <style> is
// an element like any other.
func (s *segmenter) openedForeign() bool { return s.rg.foreign }

// honoursSelfClosing reports whether "<a/>" closes itself here. In HTML
// the slash only closes void elements, which have no content anyway:
// "<button/>" and "<script/>" open elements. In SVG and MathML it closes
// any element.
func (s *segmenter) honoursSelfClosing(a atom.Atom, attrs []attr) bool {
	if a == atom.Svg || a == atom.Math {
		return true
	}
	if !s.inRegion() {
		return false
	}
	top := s.rg.open[len(s.rg.open)-1]
	return top.foreign && !integrationPoint(top.tag) && !breaksOut(a, attrs)
}

// openRegion starts a region at the start tag of a.
func (s *segmenter) openRegion(a atom.Atom, hidden bool) {
	s.rg.open = s.rg.open[:0]
	s.rg.hidden = 0
	s.rg.text = s.rg.text[:0]
	s.pushRegion(regionElem{tag: a, foreign: a == atom.Svg || a == atom.Math, hidden: hidden})
}

// pushRegion opens an element inside the region. Nesting beyond MaxDepth
// is flattened, as outside regions.
func (s *segmenter) pushRegion(e regionElem) {
	s.rg.foreign = e.foreign
	if len(s.rg.open) >= s.lim.MaxDepth {
		return
	}
	if e.hidden {
		s.rg.hidden++
	}
	s.rg.open = append(s.rg.open, e)
}

// popRegion closes the region's elements from index i up; i > 0.
func (s *segmenter) popRegion(i int) {
	for _, e := range s.rg.open[i:] {
		if e.hidden {
			s.rg.hidden--
		}
	}
	s.rg.open = s.rg.open[:i]
}

// closeRegion ends the region; a control region's text becomes a block.
func (s *segmenter) closeRegion() {
	root := s.rg.open[0]
	s.rg.open = s.rg.open[:0]
	s.rg.hidden = 0
	if s.capture == captureJSONLD {
		s.endCapture()
	}
	if root.hidden {
		return
	}
	text := trimSpaceNewline(s.rg.text)
	if len(text) == 0 || !hasLetterOrDigit(text) {
		return
	}
	s.rg.pending = append(s.rg.pending, text...)
	s.rg.ends = append(s.rg.ends, len(s.rg.pending))
	s.rg.roots = append(s.rg.roots, root.tag)
	s.rg.heads = append(s.rg.heads, root.tag == atom.Button && s.top().kind == boilerplate.KindHeading &&
		isSpaceOnly(s.buf))
	if isSpaceOnly(s.buf) {
		s.addControlBlocks()
	}
}

// regionStart handles a start tag inside a region. It reports false when
// the tag ended the region, and must then be handled as outside it.
func (s *segmenter) regionStart(a atom.Atom, attrs []attr, selfClosing bool) bool {
	s.rg.foreign = false
	open := s.rg.open
	if top := open[len(open)-1]; top.foreign && !integrationPoint(top.tag) {
		if !breaksOut(a, attrs) {
			if !selfClosing {
				s.pushRegion(regionElem{tag: a, foreign: true, hidden: a == atom.Script || a == atom.Style})
			} else {
				s.rg.foreign = true
			}
			return true
		}
		// An HTML tag such as <p> or <div> closes the foreign elements
		// down to the nearest HTML element or integration point.
		if !s.breakOutOfForeign() {
			return false
		}
	}
	if a == atom.Button {
		// A button start tag closes the open button.
		for i := len(s.rg.open) - 1; i >= 0; i-- {
			if e := s.rg.open[i]; e.tag == atom.Button && !e.foreign {
				if i == 0 {
					s.closeRegion()
					return false
				}
				s.popRegion(i)
				break
			}
		}
	}
	foreign := a == atom.Svg || a == atom.Math
	if selfClosing {
		s.rg.foreign = foreign
		return true
	}
	if c := classify(a); c == tagVoid || c == tagBreak || c == tagBoundary {
		return true
	}
	s.pushRegion(regionElem{tag: a, foreign: foreign, hidden: hidesText(a)})
	return true
}

// breakOutOfForeign closes the open SVG and MathML elements down to the
// nearest HTML element or integration point, as an HTML start tag that
// breaks out of foreign content does. It reports false when that closed
// the region, whose tag must then be handled as outside it.
func (s *segmenter) breakOutOfForeign() bool {
	open := s.rg.open
	i := len(open) - 1
	for i >= 0 && open[i].foreign && !integrationPoint(open[i].tag) {
		i--
	}
	if i < 0 {
		s.closeRegion()
		return false
	}
	s.popRegion(i + 1)
	return true
}

// regionEnd handles an end tag inside a region. It reports false when the
// tag ended the region and must then be handled as outside it too.
func (s *segmenter) regionEnd(a atom.Atom) bool {
	open := s.rg.open
	// The innermost open element of that name closes, with what it holds.
	// The search is bounded so that hostile nesting stays linear; the
	// root is always in reach. Below an HTML element, the search stops at
	// the first SVG or MathML element (an integration point such as an
	// SVG <title>, which HTML's rules count as special): an HTML end tag
	// does not close a foreign element of the same name, so
	// "<svg><title><a></title>" leaves the title open, as browsers do.
	htmlTop := !open[len(open)-1].foreign
	for i := len(open) - 1; i >= 0 && len(open)-i <= 256; i-- {
		if htmlTop && open[i].foreign {
			break
		}
		if open[i].tag == a {
			if i == 0 {
				s.closeRegion()
			} else {
				s.popRegion(i)
			}
			return true
		}
	}
	root, top := open[0], open[len(open)-1]
	switch {
	case root.tag == a:
		s.closeRegion()
		return true
	case a == atom.Body || a == atom.Html:
		// An unclosed region must not hide the rest of the page.
		s.closeRegion()
		return false
	case root.hidden:
		// Templates are a scope of their own; raw text has no end tags
		// but its own.
		return true
	case root.foreign && top.foreign:
		// In foreign content an end tag that matches no SVG or MathML
		// element is an HTML end tag: if its element is open outside,
		// it closes the region on the way. Inline elements are not
		// tracked outside regions; they are taken to be open, so that a
		// "<span><svg>" left unclosed ends with its span.
		if a == atom.Br || a == atom.P && !s.onStack(atom.P) {
			// HTML reads "</br>" as "<br>" and a "</p>" with no
			// paragraph open as "<p></p>": start tags that break out of
			// foreign content, so "<svg><script></p>text" shows text.
			return s.breakOutOfForeign()
		}
		// An end tag whose element is known not to be open outside (a
		// block element not on the stack, a link when none is open, an
		// inline element none of whose kind is open) is ignored there, as
		// HTML's "in body" rules ignore it.
		if classify(a) == tagBlock && !s.onStack(a) || a == atom.A && s.inLink == 0 ||
			classify(a) == tagInline && a != atom.A && s.inlineOpen[a&inlineSlots] == 0 {
			return true
		}
		s.closeRegion()
		return false
	case root.foreign:
		// HTML inside foreignObject and the like, which bound the scope
		// an end tag looks in: nothing outside closes.
		return true
	case closesThrough(a) && s.onStack(a):
		// The end tag of an element that holds the button (an SVG in
		// the button, left open, closes with it).
		s.closeRegion()
		return false
	}
	return true
}

// regionText handles text inside a region.
func (s *segmenter) regionText(t []byte) {
	if s.rg.hidden > 0 {
		return
	}
	room := s.lim.MaxBlockChars - len(s.rg.text)
	if room <= 0 {
		return
	}
	s.rg.text = appendCollapsed(s.rg.text, cutRunes(t, room))
}

// addControlBlocks makes the text of each control region closed since
// the last block a block of its own, dropped from the start: a button's
// label or an SVG's title is text the page shows, but not prose. They
// come right after the block the controls sat in.
func (s *segmenter) addControlBlocks() {
	from := 0
	for i, end := range s.rg.ends {
		text := s.rg.pending[from:end]
		from = end
		if s.blockCount() >= s.lim.MaxBlocks {
			s.truncated = true
			break
		}
		root := s.rg.roots[i]
		b := s.newBlock(root, 0)
		boilerplate.CountText(text, &b.Features)
		b.Kind = boilerplate.KindParagraph
		if s.rg.heads[i] {
			b.Kind = boilerplate.KindHeading
		}
		switch root {
		case atom.Iframe, atom.Noembed, atom.Noframes, atom.Datalist:
			// Content a browser never shows: what an iframe, noembed or
			// noframes holds is for browsers without them (and is raw
			// text, markup included); a datalist's options are choices
			// offered to a form field.
			b.Drop(boilerplate.ReasonHidden)
		default:
			b.Drop(boilerplate.ReasonInterface)
		}
		s.rg.blocks = append(s.rg.blocks, b)
		s.rg.spans = append(s.rg.spans, s.store(text))
		s.rg.after = append(s.rg.after, len(s.blocks))
	}
	s.rg.pending, s.rg.ends, s.rg.roots, s.rg.heads = s.rg.pending[:0], s.rg.ends[:0], s.rg.roots[:0], s.rg.heads[:0]
}

// withControls returns the page's blocks, classified, with the control
// blocks in their places among them and every block's Position its index.
// Control blocks join only now: they were dropped from the start, and the
// choice of main container and the classification of blocks by their
// neighbours should be what they would be without them. The blocks are
// merged in place, from the back, into blocks grown to hold them all.
func (s *segmenter) withControls(blocks []boilerplate.Block) []boilerplate.Block {
	ctl, after := s.rg.blocks, s.rg.after
	if len(ctl) == 0 {
		return blocks
	}
	i, j := len(blocks)-1, len(ctl)-1
	blocks = slices.Grow(blocks, len(ctl))[:len(blocks)+len(ctl)]
	for k := len(blocks) - 1; j >= 0; k-- {
		if i >= after[j] {
			blocks[k] = blocks[i]
			i--
		} else {
			blocks[k] = ctl[j]
			j--
		}
	}
	for k := range blocks {
		blocks[k].Features.Position = k
	}
	return blocks
}

// pageBlocks returns the page's own blocks of merged, a result of
// withControls: the blocks without the control blocks, in the order and
// at the indexes the segmenter gave them.
func (s *segmenter) pageBlocks(merged []boilerplate.Block) []boilerplate.Block {
	ctl := len(s.rg.blocks)
	if ctl == 0 || len(merged) != len(s.blockAt)+ctl {
		return merged
	}
	out := make([]boilerplate.Block, 0, len(s.blockAt))
	j := 0
	for k := range merged {
		if j < ctl && k == s.rg.after[j]+j {
			j++ // control block j stands after s.rg.after[j] page blocks
			continue
		}
		out = append(out, merged[k])
	}
	return out
}

// onStack reports whether an element a is open outside regions, searching
// as end does.
func (s *segmenter) onStack(a atom.Atom) bool {
	for i := len(s.stack) - 1; i > 0 && len(s.stack)-i < 256; i-- {
		if s.stack[i].tag == a {
			return true
		}
	}
	return false
}

// hidesText reports whether the text inside an element a is not page text.
func hidesText(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template:
		return true
	}
	return false
}

// integrationPoint reports whether a foreign element a holds HTML content:
// SVG's foreignObject, desc and title, MathML's text elements and
// annotation-xml.
func integrationPoint(a atom.Atom) bool {
	switch a {
	case atom.Foreignobject, atom.ForeignObject, atom.Desc, atom.Title,
		atom.Mi, atom.Mo, atom.Mn, atom.Ms, atom.Mtext, atom.AnnotationXml:
		return true
	}
	return false
}

// breaksOut reports whether an HTML start tag a ends foreign content.
func breaksOut(a atom.Atom, attrs []attr) bool {
	switch a {
	case atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center, atom.Code,
		atom.Dd, atom.Div, atom.Dl, atom.Dt, atom.Em, atom.Embed, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Head, atom.Hr, atom.I, atom.Img, atom.Li, atom.Listing,
		atom.Menu, atom.Meta, atom.Nobr, atom.Ol, atom.P, atom.Pre, atom.Ruby, atom.S,
		atom.Small, atom.Span, atom.Strong, atom.Strike, atom.Sub, atom.Sup, atom.Table,
		atom.Tt, atom.U, atom.Ul, atom.Var:
		return true
	case atom.Font:
		return hasAttr(attrs, "color") || hasAttr(attrs, "face") || hasAttr(attrs, "size")
	}
	return false
}

// closesThrough reports whether the end tag of an element a, open outside
// a button, closes the button on its way: HTML5 closes these elements when
// they are in scope, whatever is open inside them. A "</p>" does not: a
// button is a boundary of the scope it looks in.
func closesThrough(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol,
		atom.Pre, atom.Section, atom.Summary, atom.Ul, atom.Form, atom.Li, atom.Dd, atom.Dt,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table, atom.Tbody,
		atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Caption:
		return true
	}
	return false
}
