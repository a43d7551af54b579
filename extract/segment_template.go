package extract

import (
	"bytes"

	"github.com/winnowtext/winnow/internal/ascii"
	"golang.org/x/net/html/atom"
)

// A client-side template is a <script> whose type names markup the page's
// script renders: "text/template", "text/x-handlebars-template",
// "text/ng-template", "text/html". Some sites ship the article itself
// that way, inside the element marked as the article's body, and render it
// when the page loads; most templates hold widgets (a dialog, a comment
// form, a card to fill in). The segmenter reads a template in the body as
// the markup it is, under a hidden element: its blocks are dropped as
// hidden like any element the page hides, unless the hiding is
// disbelieved because the template holds nearly all of the page's prose
// or of the element marked as the article's body (see resolveHints and
// revealsMarked), which is the page whose article ships in one.

// templateScript reports whether a start tag a with attrs opens a
// client-side template in the body, outside any region.
func (s *segmenter) templateScript(a atom.Atom, attrs []attr) bool {
	if a != atom.Script || !s.headDone || s.inRegion() {
		return false
	}
	for _, at := range attrs {
		if string(at.key) == "type" {
			return isTemplateType(at.val)
		}
	}
	return false
}

// isTemplateType reports whether a script's type attribute names a
// template of markup: a text/ type that is HTML or says template, tmpl,
// handlebars or mustache.
func isTemplateType(typ []byte) bool {
	typ = bytes.TrimSpace(typ)
	if !ascii.HasPrefixFold(typ, "text/") {
		return false
	}
	// Compared in any ASCII case, without the lower-cased copy each
	// <script type="text/javascript"> cost: no other character lowers
	// to a letter of these names (see containsFold).
	sub := typ[len("text/"):]
	if len(sub) == len("html") && ascii.HasPrefixFold(sub, "html") {
		return true
	}
	for _, w := range [...]string{"template", "tmpl", "handlebars", "mustache"} {
		if containsFold(sub, w) {
			return true
		}
	}
	return false
}
