package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html"
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
// The output is safe to embed by construction: it is written from new
// nodes of a fixed allow-list of elements (headings, p, br, lists, quotes,
// pre, code, tables, figure, img, a and a few inline ones) and attributes
// (href on links, src and alt on images), links are http, https or mailto
// and images http or https, and text is escaped. Nothing of the page's own
// markup (scripts, styles, event attributes, forms, frames, SVG, MathML)
// is copied.
//
// With KeepMarkup the HTML is rendered when the page is extracted, from
// the verdicts of that moment; without it, HTML renders Blocks as they are
// when called.
func (r *Result) HTML() string {
	if r.markup != "" {
		return r.markup
	}
	d := htmlDoc{title: r.Title, blocks: r.Blocks}
	return renderNodes(d.build(), d.sizeHint())
}

// htmlDoc is what the renderer needs: the blocks, and what the page's
// markup adds to them when it was kept (nil slices otherwise).
type htmlDoc struct {
	title  string
	blocks []boilerplate.Block

	// The slices below cover the blocks from lo on (the part of the page
	// that is read again), and before one more, for the end.
	lo      int
	content []*html.Node   // inline content of each block as a holder's children; nil renders the text
	list    []int32        // the list element holding each kept list item, -1 when none
	listTag []atom.Atom    // its tag: ul, ol or dl
	quote   []int32        // the blockquote holding each kept quote, -1 when none
	before  [][]*html.Node // figures to write before each block
	inside  []bool         // blocks written inside a figure, not in their place
}

// at returns the index of block i in the slices from the markup, -1 when
// they do not cover it.
func (d *htmlDoc) at(i int) int {
	if j := i - d.lo; j >= 0 && j < len(d.before) {
		return j
	}
	return -1
}

// build makes the nodes of the document: its top-level elements, each
// followed by a newline. Block content moves into the tree, so a document
// is built once.
func (d *htmlDoc) build() []*html.Node {
	var top []*html.Node
	if t := oneLine(d.title); t != "" {
		h := elem(atom.H1)
		h.AppendChild(textNode(t))
		top = append(top, h)
	}
	// The container open for the blocks that follow, if they fit it.
	var (
		open     *html.Node // ul, ol, dl, blockquote or the table's tbody
		openKind boilerplate.Kind
		openKey  int32
		row      *html.Node
		rowKey   int
	)
	for i := 0; i <= len(d.blocks); i++ {
		j := d.at(i)
		if j >= 0 && len(d.before[j]) > 0 {
			top = append(top, d.before[j]...)
			open = nil
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
			if open == nil || openKind != b.Kind || openKey != key || open.DataAtom != tag {
				open, openKind, openKey = elem(tag), b.Kind, key
				top = append(top, open)
			}
			item := atom.Li
			if tag == atom.Dl {
				item = atom.Dd
				if b.Tag == "dt" {
					item = atom.Dt
				}
			}
			open.AppendChild(d.fill(elem(item), i))
		case boilerplate.KindQuote:
			key := int32(b.Features.ContainerID)
			if j >= 0 {
				key = d.quote[j]
			}
			if open == nil || openKind != b.Kind || openKey != key {
				open, openKind, openKey = elem(atom.Blockquote), b.Kind, key
				top = append(top, open)
			}
			open.AppendChild(d.fill(elem(atom.P), i))
		case boilerplate.KindTableCell:
			// A change of row element starts a new row, as in Markdown.
			if open == nil || openKind != b.Kind {
				table := elem(atom.Table)
				open, openKind, row = elem(atom.Tbody), b.Kind, nil
				table.AppendChild(open)
				top = append(top, table)
			}
			if row == nil || rowKey != b.Features.ContainerID {
				row, rowKey = elem(atom.Tr), b.Features.ContainerID
				open.AppendChild(row)
			}
			cell := atom.Td
			if b.Tag == "th" {
				cell = atom.Th
			}
			row.AppendChild(d.fill(elem(cell), i))
		case boilerplate.KindCode:
			pre, code := elem(atom.Pre), elem(atom.Code)
			code.AppendChild(textNode(b.Text))
			pre.AppendChild(code)
			top, open = append(top, pre), nil
		case boilerplate.KindHeading:
			top, open = append(top, d.fill(elem(headingTag(b.Tag)), i)), nil
		default:
			top, open = append(top, d.fill(elem(atom.P), i)), nil
		}
	}
	nodes := make([]*html.Node, 0, 2*len(top))
	for _, n := range top {
		nodes = append(nodes, n, &html.Node{Type: html.TextNode, Data: "\n"})
	}
	return nodes
}

// sizeHint guesses the length of the HTML: the kept text and some markup.
func (d *htmlDoc) sizeHint() int {
	n := len(d.title) + 256
	for i := range d.blocks {
		if d.blocks[i].Kept {
			n += len(d.blocks[i].Text) + 16
		}
	}
	return n + n/4
}

// renderNodes writes nodes as HTML; size is a guess of its length.
func renderNodes(nodes []*html.Node, size int) string {
	var sb strings.Builder
	sb.Grow(size)
	for _, n := range nodes {
		html.Render(&sb, n)
	}
	return sb.String()
}

// fill gives el the content of block i: its inline markup when the page's
// markup was kept and yielded some, else its text with line breaks.
func (d *htmlDoc) fill(el *html.Node, i int) *html.Node {
	if j := d.at(i); j >= 0 && d.content[j] != nil && d.content[j].FirstChild != nil {
		moveChildren(el, d.content[j])
		return el
	}
	appendLines(el, d.blocks[i].Text)
	return el
}

// appendLines appends text to el, a <br> for each newline.
func appendLines(el *html.Node, text string) {
	for n, line := range strings.Split(text, "\n") {
		if n > 0 {
			el.AppendChild(elem(atom.Br))
		}
		if line = strings.TrimSpace(line); line != "" {
			el.AppendChild(textNode(line))
		}
	}
}

// moveChildren moves the children of from to the end of to.
func moveChildren(to, from *html.Node) {
	for c := from.FirstChild; c != nil; {
		next := c.NextSibling
		from.RemoveChild(c)
		to.AppendChild(c)
		c = next
	}
}

func textNode(s string) *html.Node { return &html.Node{Type: html.TextNode, Data: cleanText(s)} }

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
