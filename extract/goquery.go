package extract

import "github.com/PuerkitoBio/goquery"

// FromDocument extracts the main text of a page held as a goquery document.
// The whole document is read, whatever selection it was narrowed to; the
// document is not modified. A nil document, or one that holds no node (the
// zero goquery.Document), is ErrEmpty.
func FromDocument(doc *goquery.Document, opts Options) (*Result, error) {
	if doc == nil || doc.Selection == nil || len(doc.Nodes) == 0 {
		return nil, ErrEmpty
	}
	return FromNode(doc.Nodes[0], opts)
}
