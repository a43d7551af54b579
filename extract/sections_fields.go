package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// typedFieldWords bounds the words of a field's line ("base: Duration").
const typedFieldWords = 4

// keepTypedFields takes back, on a documentation page, the lines that
// name a field or a parameter and its type, the type linked to its own
// page ("base: Duration", "timeout: Duration"), which the section rules
// drop as a menu's short links: a line of fewer than typedFieldWords
// words in the page's body, with a colon, that the link-list rule
// dropped though part of it is unlinked, and that a kept paragraph of
// prose follows (the field's description). A menu's entries are linked
// whole and follow one another.
func keepTypedFields(blocks []boilerplate.Block) {
	const layout = boilerplate.HintNav | boilerplate.HintHeader | boilerplate.HintFooter | boilerplate.HintAside |
		boilerplate.HintHidden
	for i := 0; i+1 < len(blocks); i++ {
		b := &blocks[i]
		f := &b.Features
		if b.Reason != boilerplate.ReasonLinkList || f.Hints&layout != 0 || f.Words >= typedFieldWords ||
			f.LinkWords == 0 || f.LinkWords >= f.Words || !strings.Contains(b.Text, ":") {
			continue
		}
		next := &blocks[i+1]
		if next.Kept && next.Kind == boilerplate.KindParagraph && next.Features.Sentences >= 1 && next.Features.LinkDensity() < 0.5 {
			b.Keep()
		}
	}
}
