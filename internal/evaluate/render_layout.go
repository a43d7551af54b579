package evaluate

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// layKind is how a laid-out block stands apart from its neighbours.
type layKind uint8

const (
	layLine    layKind = iota // a line of its own (div, list item, table row, ...)
	layPara                   // a paragraph: a blank line around it
	layHeading                // a heading
	layPre                    // preformatted: its own line breaks, no wrapping
)

// A layBlock is one block of a page laid out as text by a browser or a
// text browser.
type layBlock struct {
	text   string // white space collapsed, or as in the source in pre
	kind   layKind
	depth  int    // list nesting
	bullet string // the marker of a list item's first block, or ""
	cont   bool   // continues the block before after a <br>
}

// layouter walks a page's tree into layBlocks.
type layouter struct {
	inner  bool // innerText: "•" bullets, tab-separated cells, hidden elements skipped
	cur    strings.Builder
	blocks []layBlock
	kinds  []layKind // the kinds of the open block elements, innermost last
	lists  []int     // per open list: the next item number, or -1 unordered
	bullet string    // the marker the next block gets
	cont   bool      // the next block follows a <br>
	pre    int       // depth inside pre
	cells  []string  // the cells of the open table row
	inCell int       // depth inside a table cell
}

// layout lays the page out as blocks; inner asks for innerText's
// conventions rather than a text browser's.
func layout(doc *html.Node, inner bool) []layBlock {
	l := &layouter{inner: inner}
	l.walk(doc)
	l.flush()
	return l.blocks
}

func (l *layouter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		l.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped(n.DataAtom) || l.inner && hiddenElement(n) {
			return
		}
	case html.DocumentNode:
		l.children(n)
		return
	default:
		return
	}
	if l.inCell > 0 && n.DataAtom != atom.Td && n.DataAtom != atom.Th {
		// Blocks inside a table cell stay on the row's line.
		if blockLevel(n.DataAtom) {
			l.cur.WriteByte(' ')
		}
		l.children(n)
		return
	}
	switch a := n.DataAtom; a {
	case atom.Br:
		l.flush()
		l.cont = true
	case atom.Ul, atom.Ol, atom.Menu:
		l.flush()
		next := -1
		if a == atom.Ol {
			next = 1
		}
		l.lists = append(l.lists, next)
		l.block(n, layLine)
		l.lists = l.lists[:len(l.lists)-1]
	case atom.Li:
		l.flush()
		l.bullet = l.marker()
		l.block(n, layLine)
		l.bullet = ""
	case atom.Tr:
		l.flush()
		l.cells = l.cells[:0]
		l.children(n)
		if row := strings.Join(l.cells, l.cellSep()); row != "" {
			l.emit(row, layLine)
		}
		l.cells = l.cells[:0]
	case atom.Td, atom.Th:
		l.inCell++
		l.children(n)
		l.inCell--
		if l.inCell == 0 {
			l.cells = append(l.cells, collapse(l.cur.String()))
			l.cur.Reset()
		}
	case atom.Pre:
		l.flush()
		l.pre++
		l.block(n, layPre)
		l.pre--
	case atom.P:
		l.flush()
		l.block(n, layPara)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		l.flush()
		l.block(n, layHeading)
	default:
		if blockLevel(a) {
			l.flush()
			l.block(n, layLine)
		} else {
			l.children(n)
		}
	}
}

func (l *layouter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		l.walk(c)
	}
}

// block lays out the children of a block element of kind k, ending it
// with its own text.
func (l *layouter) block(n *html.Node, k layKind) {
	l.kinds = append(l.kinds, k)
	l.children(n)
	l.flush()
	l.kinds = l.kinds[:len(l.kinds)-1]
}

// flush ends the current block, if it holds any text.
func (l *layouter) flush() {
	text := l.cur.String()
	l.cur.Reset()
	k := layLine
	if len(l.kinds) > 0 {
		k = l.kinds[len(l.kinds)-1]
	}
	if l.pre > 0 {
		text = strings.Trim(text, "\n")
	} else {
		text = collapse(text)
	}
	if strings.TrimSpace(text) != "" {
		l.emit(text, k)
	}
}

// emit appends a block of kind k, with the pending bullet and <br>.
func (l *layouter) emit(text string, k layKind) {
	l.blocks = append(l.blocks, layBlock{text: text, kind: k, depth: len(l.lists), bullet: l.bullet, cont: l.cont})
	l.bullet, l.cont = "", false
}

// marker returns the bullet of a new item of the innermost list.
func (l *layouter) marker() string {
	if len(l.lists) == 0 {
		return l.unordered()
	}
	last := &l.lists[len(l.lists)-1]
	if *last < 0 {
		return l.unordered()
	}
	m := strconv.Itoa(*last) + ". "
	*last++
	return m
}

func (l *layouter) unordered() string {
	if l.inner {
		return "• "
	}
	return "* "
}

func (l *layouter) cellSep() string {
	if l.inner {
		return "\t"
	}
	return " | "
}

// gap is the number of line breaks between blocks a and b: one, or two
// (a blank line) around a paragraph, and, in a text browser's dump,
// around headings and preformatted text too.
func gap(a, b layBlock, inner bool) int {
	if b.cont {
		return 1
	}
	two := func(k layKind) bool { return k == layPara || !inner && k != layLine }
	if two(a.kind) || two(b.kind) {
		return 2
	}
	return 1
}

// innerText is RenderInnerText: each block on its own line, a blank line
// around paragraphs, list items after their bullet.
func innerText(blocks []layBlock) string {
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			b.WriteString("\n\n"[:gap(blocks[i-1], bl, true)])
		}
		b.WriteString(bl.bullet)
		b.WriteString(bl.text)
	}
	return b.String()
}

// hiddenElement reports whether a browser would not render n: the hidden
// attribute, or display:none in its inline style.
func hiddenElement(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(s, "display:none") {
				return true
			}
		}
	}
	return false
}

// collapse replaces each run of white space with one space and trims the
// ends.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
