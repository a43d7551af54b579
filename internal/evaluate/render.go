package evaluate

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// A Rendering is one way of turning an HTML page into whole-page text.
// Text that reaches a cleaner was rendered by someone else's tool, each in
// its own way, so the text mode is scored on several: a cleaner that holds
// on one rendering only has learnt that rendering.
type Rendering uint8

const (
	// RenderPage is PageText: a line per block element, white space
	// collapsed, as a Common Crawl WET record holds it.
	RenderPage Rendering = iota
	// RenderBlocks is the text of the tree as x/net/html holds it, the
	// source's white space and line breaks included, with a line break at
	// the start and at the end of each block element (as a naive text
	// dump of the DOM gives it).
	RenderBlocks
	// RenderWrapped is RenderPage with every line hard-wrapped at 80
	// columns and no blank line between blocks: a paragraph comes as
	// fragments of about 80 characters.
	RenderWrapped
	// RenderDump is a text browser's dump (lynx -dump, w3m -dump,
	// html2text): blocks separated by a blank line, wrapped at 80 columns
	// inside a left margin of three spaces, list items bulleted with a
	// hanging indent, the cells of a table row on one line between bars.
	RenderDump
	// RenderInnerText is a browser's copy of the page (innerText): a line
	// per block, a blank line around paragraphs, the cells of a table row
	// on one line separated by tabs, list items with bullets, hidden
	// elements left out.
	RenderInnerText
	numRenderings
)

var renderingNames = [numRenderings]string{"page", "blocks", "wrapped", "dump", "innertext"}

// Renderings lists every rendering, RenderPage first.
func Renderings() []Rendering {
	out := make([]Rendering, numRenderings)
	for i := range out {
		out[i] = Rendering(i)
	}
	return out
}

// String returns the rendering's name: page, blocks, wrapped, dump or
// innertext.
func (r Rendering) String() string {
	if r < numRenderings {
		return renderingNames[r]
	}
	return fmt.Sprintf("Rendering(%d)", uint8(r))
}

// ParseRendering parses a rendering's name (String).
func ParseRendering(s string) (Rendering, error) {
	for i, n := range renderingNames {
		if s == n {
			return Rendering(i), nil
		}
	}
	return 0, fmt.Errorf("unknown rendering %q (want %s)", s, strings.Join(renderingNames[:], ", "))
}

// Render turns an HTML page into whole-page text the way r does.
func (r Rendering) Render(raw []byte) string {
	return RenderAll(raw, []Rendering{r})[0]
}

// RenderAll renders an HTML page each way of rs, parsing it once; the
// texts come in the order of rs. A page that does not parse renders empty.
func RenderAll(raw []byte, rs []Rendering) []string {
	out := make([]string, len(rs))
	doc, err := html.Parse(Decode(raw))
	if err != nil {
		return out
	}
	var lines []string // PageText's lines, shared by the renderings built on them
	for i, r := range rs {
		switch r {
		case RenderPage, RenderWrapped:
			if lines == nil {
				lines = pageLines(doc)
			}
			if r == RenderPage {
				out[i] = strings.Join(lines, "\n")
			} else {
				out[i] = wrapLines(lines, wrapWidth)
			}
		case RenderBlocks:
			out[i] = blockText(doc)
		case RenderDump:
			out[i] = dumpText(layout(doc, false))
		case RenderInnerText:
			out[i] = innerText(layout(doc, true))
		}
	}
	return out
}

// RenderedInputs returns, for each rendering of rs, the whole-page text of
// every page of c in page order: RenderedInputs(c, rs)[i][j] is page j
// rendered the way rs[i] does.
func RenderedInputs(c *Corpus, rs []Rendering) [][][]byte {
	out := make([][][]byte, len(rs))
	for i := range out {
		out[i] = make([][]byte, len(c.Pages))
	}
	for j := range c.Pages {
		for i, text := range RenderAll(c.Pages[j].HTML, rs) {
			out[i][j] = []byte(text)
		}
	}
	return out
}

// blockText is RenderBlocks: every text node as it is, and a line break
// at each block element's start and end.
func blockText(doc *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped(n.DataAtom) {
				return
			}
		case html.DocumentNode:
		default:
			return
		}
		block := n.Type == html.ElementNode && blockLevel(n.DataAtom)
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(doc)
	return b.String()
}
