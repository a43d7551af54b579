package evaluate

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// PageText turns an HTML page into whole-page text as a WET record would
// hold it: the visible text of the body, decoded to UTF-8 (Decode), one block per
// line. Script, style, noscript, template and the head are skipped; every
// block-level element boundary ends a line; white space is collapsed within
// a line and empty lines are dropped. This is the input of the text mode:
// the text an extractor gets when the markup is gone.
func PageText(raw []byte) string { return RenderPage.Render(raw) }

// pageLines returns the lines of PageText.
func pageLines(doc *html.Node) []string {
	var w lineWriter
	w.walk(doc)
	w.flush()
	return w.lines
}

// lineWriter gathers the text of the current line and the finished lines.
type lineWriter struct {
	cur   strings.Builder
	lines []string
}

func (w *lineWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
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
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
}

// flush ends the current line, keeping it when it holds any text.
func (w *lineWriter) flush() {
	line := strings.Join(strings.Fields(w.cur.String()), " ")
	w.cur.Reset()
	if line != "" {
		w.lines = append(w.lines, line)
	}
}

func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
		return true
	}
	return false
}

func blockLevel(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Br,
		atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Div, atom.Dl,
		atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup,
		atom.Hr, atom.Html, atom.Legend, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol,
		atom.Option, atom.P, atom.Pre, atom.Section, atom.Select, atom.Summary, atom.Table,
		atom.Tbody, atom.Td, atom.Textarea, atom.Tfoot, atom.Th, atom.Thead, atom.Tr, atom.Ul:
		return true
	}
	return false
}
