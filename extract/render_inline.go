package extract

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxInlineDepth bounds the inline elements open at once in a block's
// content; deeper ones only let their text through.
const maxInlineDepth = 16

// inlineBuilder turns the tokens of one block's span into inline nodes
// under a holder node. It collapses white space as the segmenter does,
// keeps the elements of inlineTag, links with a safe URL and images, and
// makes a well-formed tree whatever the nesting of the page: an end tag
// closes the elements opened after its own, and a link is never opened
// inside a link, so the tree parses back as it was written.
type inlineBuilder struct {
	holder *html.Node
	stack  []openInline
	space  bool // white space seen since the last text was written
	empty  bool // nothing written yet: leading space is dropped
	base   *url.URL
	// text holds what text the current node gets next: it becomes a node
	// only when an element follows or the node ends, so that text split
	// by markup that is not written costs one node, not one per piece.
	text []byte
}

// openInline is an element opened by the page; node is nil when the
// element is not written (a link without a usable URL, an element already
// open), so that its end tag still matches it.
type openInline struct {
	tag  atom.Atom
	node *html.Node
}

func (b *inlineBuilder) reset(base *url.URL) {
	b.holder = &html.Node{Type: html.DocumentNode}
	b.stack = b.stack[:0]
	b.space, b.empty, b.base = false, true, base
	b.text = b.text[:0]
}

// place makes the gathered text a node of the current node; call it
// before the current node changes or gets an element.
func (b *inlineBuilder) place() {
	if len(b.text) > 0 {
		appendText(b.cur(), validText(b.text))
		b.text = b.text[:0]
	}
}

// cur is the node that text and new elements go into.
func (b *inlineBuilder) cur() *html.Node {
	for i := len(b.stack) - 1; i >= 0; i-- {
		if b.stack[i].node != nil {
			return b.stack[i].node
		}
	}
	return b.holder
}

// addText appends character data, collapsing runs of white space to one
// space and dropping soft hyphens, a run of other bytes at a time.
func (b *inlineBuilder) addText(t []byte) {
	for i := 0; i < len(t); {
		j := i
		for j < len(t) && !textBreak(t[j]) {
			j++
		}
		if j > i {
			if b.space && !b.empty {
				b.text = append(b.text, ' ')
			}
			b.space, b.empty = false, false
			b.text = append(b.text, t[i:j]...)
		}
		if j == len(t) {
			return
		}
		switch c := t[j]; {
		case c == 0xC2:
			if j+1 < len(t) && t[j+1] == 0xAD {
				j++ // U+00AD SOFT HYPHEN: a hyphenation hint, invisible
			} else {
				if b.space && !b.empty {
					b.text = append(b.text, ' ')
				}
				b.space, b.empty = false, false
				b.text = append(b.text, c)
			}
		case c == 0:
			b.space, b.empty = false, false
			b.text = append(b.text, "\uFFFD"...) // as parsers read it
		default:
			b.space = true
		}
		i = j + 1
	}
}

// textBreak reports whether c interrupts a run of text: white space, NUL,
// or the first byte of a soft hyphen.
func textBreak(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0) || c == 0xC2
}

// validText is t as a string, invalid UTF-8 replaced; addText has taken
// out what parsers change (NUL, carriage returns).
func validText(t []byte) string {
	if utf8.Valid(t) {
		return string(t)
	}
	return strings.ToValidUTF8(string(t), "\uFFFD")
}

// appendText adds s to parent, merging it with a text node before it: two
// adjacent text nodes would parse back as one.
func appendText(parent *html.Node, s string) {
	if last := parent.LastChild; last != nil && last.Type == html.TextNode {
		last.Data += s
		return
	}
	parent.AppendChild(&html.Node{Type: html.TextNode, Data: s})
}

// pendingSpace writes the space that separates what comes next from the
// text before it.
func (b *inlineBuilder) pendingSpace() {
	if b.space && !b.empty {
		b.text = append(b.text, ' ')
	}
	b.space = false
	b.place()
}

// open opens an inline element: not written when one of its kind is open
// already or too many are.
func (b *inlineBuilder) open(tag atom.Atom) {
	if len(b.stack) >= 4*maxInlineDepth {
		return
	}
	var n *html.Node
	if !b.isOpen(tag) && b.depth() < maxInlineDepth {
		b.pendingSpace()
		n = elem(tag)
		b.cur().AppendChild(n)
	}
	b.stack = append(b.stack, openInline{tag: tag, node: n})
}

// openLink opens a link to href when it is a safe URL. Links do not nest:
// as in the HTML parser, a new link closes the one open.
func (b *inlineBuilder) openLink(href string) {
	b.close(atom.A)
	if len(b.stack) >= 4*maxInlineDepth {
		return
	}
	var n *html.Node
	if u, ok := safeURL(b.base, href, linkSchemes); ok && b.depth() < maxInlineDepth {
		b.pendingSpace()
		n = elem(atom.A, html.Attribute{Key: "href", Val: u})
		b.cur().AppendChild(n)
	}
	b.stack = append(b.stack, openInline{tag: atom.A, node: n})
}

// close closes the innermost open element of tag and those opened inside
// it; an end tag with no open element is ignored.
func (b *inlineBuilder) close(tag atom.Atom) {
	for i := len(b.stack) - 1; i >= 0; i-- {
		if b.stack[i].tag == tag {
			b.place()
			b.stack = b.stack[:i]
			return
		}
	}
}

func (b *inlineBuilder) isOpen(tag atom.Atom) bool {
	for _, o := range b.stack {
		if o.tag == tag && o.node != nil {
			return true
		}
	}
	return false
}

// depth counts the elements written and still open.
func (b *inlineBuilder) depth() int {
	n := 0
	for _, o := range b.stack {
		if o.node != nil {
			n++
		}
	}
	return n
}

// inline adds a void element (an image).
func (b *inlineBuilder) inline(n *html.Node) {
	b.pendingSpace()
	b.cur().AppendChild(n)
	b.empty = false
}

// br adds a line break, unless nothing precedes it.
func (b *inlineBuilder) br() {
	if b.empty {
		return
	}
	b.space = false
	b.place()
	b.cur().AppendChild(elem(atom.Br))
}

// finish closes what is open and returns the holder, without empty
// elements or trailing line breaks.
func (b *inlineBuilder) finish() *html.Node {
	b.place()
	b.stack = b.stack[:0]
	prune(b.holder)
	trimTrailingSpace(b.holder)
	return b.holder
}

// trimTrailingSpace removes the space that ends the last text of n, left
// when an element after it turned out empty.
func trimTrailingSpace(n *html.Node) {
	last := n
	for last.LastChild != nil {
		last = last.LastChild
	}
	if last.Type == html.TextNode {
		last.Data = strings.TrimRight(last.Data, " ")
		if last.Data == "" {
			last.Parent.RemoveChild(last)
			prune(n)
		}
	}
}

// prune removes elements left without content (but images and line
// breaks) and line breaks that end n's content, and merges the texts this
// brings together.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom != atom.Img && c.DataAtom != atom.Br {
			prune(c)
			if c.FirstChild == nil {
				n.RemoveChild(c)
			}
		}
		c = next
	}
	for n.LastChild != nil && n.LastChild.DataAtom == atom.Br && n.LastChild.Type == html.ElementNode {
		n.RemoveChild(n.LastChild)
	}
	// Removing an element can leave texts side by side, which would parse
	// back as one: join each run once.
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode || c.NextSibling == nil || c.NextSibling.Type != html.TextNode {
			continue
		}
		var sb strings.Builder
		sb.WriteString(c.Data)
		for next := c.NextSibling; next != nil && next.Type == html.TextNode; next = c.NextSibling {
			sb.WriteString(next.Data)
			n.RemoveChild(next)
		}
		c.Data = sb.String()
	}
}

// trimPilcrow removes the "¶" permalink that documentation generators end
// headings with, as the segmenter does for the heading's text.
func trimPilcrow(holder *html.Node) {
	last := holder
	for last.LastChild != nil {
		last = last.LastChild
	}
	if last.Type != html.TextNode {
		return
	}
	t := strings.TrimRight(last.Data, " ")
	if !strings.HasSuffix(t, "¶") {
		return
	}
	last.Data = strings.TrimSuffix(t, "¶")
	trimTrailingSpace(holder)
}
