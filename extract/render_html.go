package extract

import (
	"slices"
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// HTML renders the kept blocks as clean HTML, a fragment to put inside an
// <article> or a <body>: the title as an <h1>, then headings, paragraphs,
// lists, quotes, code, tables and, when the extraction had
// Options.KeepMarkup, the links, emphasis, images and figures of the
// article, with URLs made absolute against the page's <base> or URL.
// Without KeepMarkup (and for FromText, FromNode and FromDocument) blocks
// hold their text only.
//
// The output is safe to embed by construction: it is written element by
// element from a fixed allow-list (headings, p, br, lists, quotes, pre,
// code, tables, figure, img, a and a few inline ones) with a fixed set of
// attributes (href on links, src and alt on images); links are http,
// https or mailto and images http or https, and text and attribute values
// are escaped. Nothing of the page's own markup (scripts, styles, event
// attributes, forms, frames, SVG, MathML) is copied.
//
// With KeepMarkup the HTML is rendered when the page is extracted, from
// the verdicts of that moment; without it, HTML renders Blocks as they are
// when called.
func (r *Result) HTML() string {
	if r.markup != "" {
		return r.markup
	}
	d := htmlDoc{title: r.Title, blocks: r.Blocks}
	return d.String()
}

// htmlDoc is what the renderer needs: the blocks, and what the page's
// markup adds to them when it was kept (buf is nil otherwise).
type htmlDoc struct {
	title  string
	blocks []boilerplate.Block

	buf *markupBuf // the events of the blocks' content and of figures' images
	// The slices below cover the blocks from lo on (the part of the page
	// that is read again), and before one more, for the end.
	lo      int
	content [][2]int32    // events of each block's content; empty renders its text
	list    []int32       // the list element holding each kept list item, -1 when none
	listTag []atom.Atom   // its tag: ul, ol or dl
	quote   []int32       // the blockquote holding each kept quote, -1 when none
	before  [][]figureOut // figures to write before each block
	inside  []bool        // blocks written inside a figure, not in their place
	capped  []int         // blocks whose text starts with the drop cap of the block before them
}

// figureOut is a figure to write: its images (events of buf) and the
// blocks of its caption.
type figureOut struct {
	images   []int32
	captions []int
}

// at returns the index of block i in the slices from the markup, -1 when
// they do not cover it.
func (d *htmlDoc) at(i int) int {
	if j := i - d.lo; j >= 0 && j < len(d.before) {
		return j
	}
	return -1
}

// String renders the document, and gives its buffers back.
func (d *htmlDoc) String() string {
	var w htmlText
	w.sb.Grow(d.sizeHint())
	d.write(&w)
	if d.buf != nil {
		d.buf.release()
		d.buf = nil
	}
	return w.sb.String()
}

// sizeHint guesses the length of the HTML: the kept text and some markup.
func (d *htmlDoc) sizeHint() int {
	n := len(d.title) + 64
	for i := range d.blocks {
		if d.blocks[i].Kept {
			n += len(d.blocks[i].Text) + 16
		}
	}
	return n + n/8
}

// group is the list, quote or table that kept blocks are being written
// into; the zero group is none.
type group struct {
	kind boilerplate.Kind
	tag  atom.Atom // ul, ol, dl, blockquote or table
	key  int32
	row  int // the row (container) of the open <tr>, -1 when none
}

// write writes the document into w: one top-level element a line.
func (d *htmlDoc) write(w htmlSink) {
	if t := oneLine(d.title); t != "" {
		w.start(atom.H1)
		w.writeString(cleanText(t))
		w.end(atom.H1)
		w.writeString("\n")
	}
	var g group
	closeGroup := func() {
		switch g.tag {
		case 0:
			return
		case atom.Table:
			if g.row >= 0 {
				w.end(atom.Tr)
			}
			w.end(atom.Tbody)
		}
		w.end(g.tag)
		w.writeString("\n")
		g = group{}
	}
	for i := 0; i <= len(d.blocks); i++ {
		j := d.at(i)
		if j >= 0 && len(d.before[j]) > 0 {
			closeGroup()
			for _, f := range d.before[j] {
				d.writeFigure(w, f)
				w.writeString("\n")
			}
		}
		if i == len(d.blocks) {
			break
		}
		b := &d.blocks[i]
		if !b.Kept || j >= 0 && d.inside[j] {
			continue
		}
		switch b.Kind {
		case boilerplate.KindListItem:
			key, tag := int32(-1), atom.Ul
			if j >= 0 && d.list[j] >= 0 {
				key, tag = d.list[j], d.listTag[j]
			} else if b.Tag == "dt" || b.Tag == "dd" {
				tag = atom.Dl
			}
			if g.kind != b.Kind || g.key != key || g.tag != tag {
				closeGroup()
				g = group{kind: b.Kind, tag: tag, key: key}
				w.start(tag)
			}
			item := atom.Li
			if tag == atom.Dl {
				item = atom.Dd
				if b.Tag == "dt" {
					item = atom.Dt
				}
			}
			d.element(w, item, i)
		case boilerplate.KindQuote:
			key := int32(b.Features.ContainerID)
			if j >= 0 {
				key = d.quote[j]
			}
			if g.kind != b.Kind || g.key != key {
				closeGroup()
				g = group{kind: b.Kind, tag: atom.Blockquote, key: key}
				w.start(atom.Blockquote)
			}
			d.element(w, atom.P, i)
		case boilerplate.KindTableCell:
			// A change of row element starts a new row, as in Markdown.
			if g.kind != b.Kind {
				closeGroup()
				g = group{kind: b.Kind, tag: atom.Table, row: -1}
				w.start(atom.Table)
				w.start(atom.Tbody)
			}
			if g.row != b.Features.ContainerID {
				if g.row >= 0 {
					w.end(atom.Tr)
				}
				g.row = b.Features.ContainerID
				w.start(atom.Tr)
			}
			cell := atom.Td
			if b.Tag == "th" {
				cell = atom.Th
			}
			d.element(w, cell, i)
		case boilerplate.KindCode:
			closeGroup()
			w.start(atom.Pre)
			w.start(atom.Code)
			w.writeString(cleanText(b.Text))
			w.end(atom.Code)
			w.end(atom.Pre)
			w.writeString("\n")
		case boilerplate.KindHeading:
			closeGroup()
			d.element(w, headingTag(b.Tag), i)
			w.writeString("\n")
		default:
			closeGroup()
			d.element(w, atom.P, i)
			w.writeString("\n")
		}
	}
	closeGroup()
}

// element writes block i as an element tag.
func (d *htmlDoc) element(w htmlSink, tag atom.Atom, i int) {
	w.start(tag)
	d.blockContent(w, i)
	w.end(tag)
}

// blockContent writes the content of block i: its inline markup when the
// page's markup was kept and yielded some, else its text with line breaks.
func (d *htmlDoc) blockContent(w htmlSink, i int) {
	if j := d.at(i); j >= 0 && d.content[j][1] > d.content[j][0] {
		if slices.Contains(d.capped, i) {
			// The page's markup of the paragraph lacks its drop cap.
			w.writeString(cleanText(d.blocks[i-1].Text))
		}
		d.buf.replay(w, int(d.content[j][0]), int(d.content[j][1]))
		return
	}
	writeLines(w, d.blocks[i].Text)
}

// writeFigure writes a figure: its images, then its caption blocks as one
// caption, a line break between them.
func (d *htmlDoc) writeFigure(w htmlSink, f figureOut) {
	w.start(atom.Figure)
	for _, e := range f.images {
		d.buf.replay(w, int(e), int(e)+1)
	}
	if len(f.captions) > 0 {
		w.start(atom.Figcaption)
		for n, k := range f.captions {
			if n > 0 {
				w.br()
			}
			d.blockContent(w, k)
		}
		w.end(atom.Figcaption)
	}
	w.end(atom.Figure)
}

// writeLines writes text, a <br> for each newline.
func writeLines(w htmlSink, text string) {
	first := true
	for line := range strings.SplitSeq(text, "\n") {
		if !first {
			w.br()
		}
		first = false
		if line = strings.TrimSpace(line); line != "" {
			w.writeString(cleanText(line))
		}
	}
}

// headingTag is the heading element of a block from tag: its own level,
// h2 at least, since the title is the <h1>.
func headingTag(tag string) atom.Atom {
	switch tag {
	case "h3":
		return atom.H3
	case "h4":
		return atom.H4
	case "h5":
		return atom.H5
	case "h6":
		return atom.H6
	}
	return atom.H2
}
