package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// dropAddressDefinitions drops the rows of definition lists whose
// definition is nothing but a web address printed as text, not as a link:
// the fields of a record that a template dumps for its scripts (a
// thumbnail's URL under "cat_thumb_Navy", a size guide's image), hidden
// from readers or shown in a debugging panel. A reader follows a link; an
// address spelled out without one, alone in a definition, is data. The
// term over such a definition goes with it.
func dropAddressDefinitions(s *segmenter) {
	blocks := s.blocks
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept || b.Features.LinkWords > 0 || !bareURL(b.Text) {
			continue
		}
		dl, part := definitionListOf(s, s.blockAt[i])
		if dl < 0 || part != inDefinition {
			continue
		}
		b.Drop(boilerplate.ReasonInterface)
		if i > 0 {
			if tdl, tpart := definitionListOf(s, s.blockAt[i-1]); tdl == dl && tpart == inTerm {
				blocks[i-1].Drop(boilerplate.ReasonInterface)
			}
		}
	}
}

// bareURL reports whether text is one absolute web address and nothing
// else.
func bareURL(text string) bool {
	text = strings.TrimSpace(text)
	if strings.ContainsAny(text, " \t\n\r") {
		return false
	}
	return strings.HasPrefix(text, "https://") || strings.HasPrefix(text, "http://") || strings.HasPrefix(text, "//")
}
