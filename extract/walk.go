package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// segmentNode walks a parsed tree and feeds the segmenter the same events
// the tokenizer would. The walk is iterative, so a deep tree cannot
// overflow the stack.
func segmentNode(root *html.Node, pageURL string, lim Limits, stop func() bool) *segmenter {
	s := newSegmenter(lim, 0)
	s.knowSite(pageURL)
	var attrs []attr
	n := root
	steps := 0
	for n != nil {
		steps++
		if steps&1023 == 0 && stop != nil && stop() {
			break
		}
		descend := false
		switch n.Type {
		case html.TextNode:
			s.text([]byte(validUTF8(n.Data)))
		case html.DocumentNode:
			descend = true
		case html.ElementNode:
			a := n.DataAtom
			if a == 0 {
				a = atom.Lookup([]byte(n.Data))
			}
			attrs = attrs[:0]
			for _, at := range n.Attr {
				attrs = append(attrs, newAttr([]byte(at.Key), []byte(validUTF8(at.Val))))
			}
			s.start(a, attrs, keysOf(attrs), n.FirstChild == nil && classify(a) != tagBlock)
			switch {
			case (a == atom.Noscript && s.parsesMarkup(a) || s.templateOpened) && rawTextOnly(n):
				// A tree parsed with scripting on holds a <noscript>'s
				// content as raw text, and any tree a template's: read
				// it as the markup it is.
				s.scan([]byte(validUTF8(n.FirstChild.Data)), stop)
				s.end(a)
			case n.FirstChild != nil:
				descend = true
			case classify(a) == tagBlock:
				s.end(a)
			}
		}
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		// Climb until a node has a next sibling, closing elements on the way.
		for n != nil && n != root && n.NextSibling == nil {
			n = n.Parent
			if n != nil && n.Type == html.ElementNode {
				s.end(elementAtom(n))
			}
		}
		if n == nil || n == root {
			break
		}
		n = n.NextSibling
	}
	s.finish()
	return s
}

// rawTextOnly reports whether n's only child is text.
func rawTextOnly(n *html.Node) bool {
	return n.FirstChild != nil && n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode
}

func elementAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// validUTF8 returns s with invalid UTF-8 replaced by U+FFFD: a tree parsed
// by the caller holds the bytes of the page as they were, and results must
// be UTF-8.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
