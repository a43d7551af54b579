package extract

import (
	"golang.org/x/net/html/atom"

	"github.com/winnowtext/winnow/boilerplate"
)

// maxDefinitionDepth bounds how far up from a block its definition list is
// looked for: a definition holds a paragraph, a list, a table, rarely more.
const maxDefinitionDepth = 8

// definitionPart says where in a definition list a block stands.
type definitionPart uint8

const (
	notDefinition definitionPart = iota
	inTerm                       // in a <dt>: a parameter's name, a function's signature
	inDefinition                 // in a <dd>: what the term means
)

// definitionListOf returns the nearest <dl> that holds the element n, and
// whether n is in one of its terms or its definitions; -1 when no <dl>
// holds it within maxDefinitionDepth elements.
func definitionListOf(s *segmenter, n int32) (int32, definitionPart) {
	part := notDefinition
	for step := 0; n >= 0 && step < maxDefinitionDepth; step++ {
		switch s.nodes[n].tag {
		case atom.Dl:
			return n, part
		case atom.Dt:
			if part == notDefinition {
				part = inTerm
			}
		case atom.Dd:
			if part == notDefinition {
				part = inDefinition
			}
		}
		n = s.nodes[n].parent
	}
	return -1, notDefinition
}

// keepDefinitionLists keeps, inside the main container (mask), the
// definition lists whose definitions are prose: a reference's parameters
// and options, an API's functions under their signatures, a glossary. Each
// term and each definition is short, so density drops them one by one
// where the reference begins after the guide's last long paragraph; but a
// definition that says what a term means in a sentence is the page's
// content, and so is its term. A list is kept when half of its
// definitions or more are sentences without links; a menu or a post's
// facts ("Published", "Author") is not. Only density's verdicts are taken
// back, blocks under a negative hint keep theirs, and a heading over a
// list taken back is kept with it.
func keepDefinitionLists(s *segmenter, mask []bool) {
	blocks := s.blocks
	type tally struct{ definitions, prose int }
	lists := make(map[int32]tally)
	var list []int32 // each block's list, -1 for none; nil until a block is in one (most pages)
	for i := range blocks {
		b := &blocks[i]
		if !mask[i] || b.Kind != boilerplate.KindListItem && b.Kind != boilerplate.KindCode && b.Kind != boilerplate.KindParagraph {
			continue
		}
		dl, part := definitionListOf(s, s.blockAt[i])
		if dl < 0 || part == notDefinition {
			continue
		}
		if list == nil {
			list = make([]int32, len(blocks))
			for j := range list {
				list[j] = -1
			}
		}
		list[i] = dl
		if part != inDefinition {
			continue
		}
		t := lists[dl]
		t.definitions++
		if f := &b.Features; f.Sentences >= 1 && f.Words >= 3 && 2*f.LinkWords < f.Words && f.Hints&negativeHints == 0 {
			t.prose++
		}
		lists[dl] = t
	}
	if list == nil {
		return
	}
	for i := range blocks {
		b := &blocks[i]
		if list[i] < 0 || b.Kept || !densityVerdict(b.Reason) || b.Features.Hints&negativeHints != 0 {
			continue
		}
		if t := lists[list[i]]; t.prose == 0 || 2*t.prose < t.definitions {
			continue
		}
		b.Keep()
		h := i - 1
		for h >= 0 && mask[h] && blocks[h].Kind == boilerplate.KindHeading && !blocks[h].Kept && densityVerdict(blocks[h].Reason) {
			blocks[h].Keep()
			h--
		}
	}
}
