package extract

import "github.com/winnowtext/winnow/boilerplate"

// keepReferenceParts takes back, on a documentation page (after
// keepSections), six parts of a reference that the section rules drop,
// and drops the announcements printed outside its main element (see
// dropOutsideMain):
//   - the terms of its definition lists (a parameter's name, an
//     exception's type) that link to themselves or to their own page, and
//     so read as a menu's links, when the list's definitions are prose (see
//     keepDefinitionLists);
//   - the short definitions of kept terms (see keepTermValues);
//   - its "See also" sections, the heading and its links (see
//     keepSeeAlso);
//   - the bare links of its lists of readings, and the sections that are
//     lists of links (see keepReferenceLinkLists);
//   - the header cells of its tables that read as a control's label
//     ("Description", "Download"): a header cell names a column;
//   - a section heading whose name is also a control's label
//     ("Description", "Download", "Expand") when prose follows it: a
//     tab's label stands over no prose of its own.
func keepReferenceParts(s *segmenter) {
	blocks := s.blocks
	body := make([]bool, len(blocks))
	const layout = boilerplate.HintNav | boilerplate.HintHeader | boilerplate.HintFooter | boilerplate.HintAside |
		boilerplate.HintHidden
	for i := range blocks {
		body[i] = blocks[i].Features.Hints&layout == 0
	}
	keepDefinitionLists(s, body)
	keepTermValues(s, body)
	keepSeeAlso(blocks, body)
	keepReferenceLinkLists(blocks, body)
	dropOutsideMain(blocks)
	for i := range blocks {
		b := &blocks[i]
		if b.Reason == boilerplate.ReasonDateline && b.Kind == boilerplate.KindTableCell && body[i] {
			// A table's value that reads as a date ("7 días", "3
			// days"): a retention, a timeout, a release.
			b.Keep()
			continue
		}
		if b.Reason != boilerplate.ReasonInterface || !body[i] {
			continue
		}
		if b.Tag == "th" {
			// A parameter table's column: "Description", "Default".
			b.Keep()
			continue
		}
		if b.Kind != boilerplate.KindHeading {
			continue
		}
		if j := i + 1; j < len(blocks) && blocks[j].Kept && blocks[j].Kind != boilerplate.KindHeading &&
			blocks[j].Features.Sentences >= 1 && 2*blocks[j].Features.LinkWords < blocks[j].Features.Words {
			b.Keep()
		}
	}
}

// Thresholds of dropOutsideMain: the words the page's main element must
// hold, and how many times the words kept outside it.
const (
	mainMinWords = 50
	mainShare    = 10
)

// dropOutsideMain drops, when the page's main element (<main>, <article>,
// role=main) holds nearly all of the kept text, the kept blocks outside
// it: a documentation site prints its announcements ("New: ...", a course
// to sign up for) in a bar between its header and its main element, with
// no markup that names it a banner. When the main element holds less,
// it is a part of the content (one section set in an <article>) and
// nothing is dropped.
func dropOutsideMain(blocks []boilerplate.Block) {
	in, out := 0, 0
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept {
			continue
		}
		if b.Features.Hints.Has(boilerplate.HintArticle) {
			in += b.Features.Words
		} else {
			out += b.Features.Words
		}
	}
	if in < mainMinWords || mainShare*out > in {
		return
	}
	for i := range blocks {
		b := &blocks[i]
		if b.Kept && !b.Features.Hints.Has(boilerplate.HintArticle) {
			b.Drop(boilerplate.ReasonOutsideMain)
		}
	}
}

// keepTermValues keeps, on a documentation page, the short definition
// that follows a kept term of the same list: a reference's facts ("All
// Implemented Interfaces: Limiter", "See also: parse", "Since: 3.1") read
// as a link or a date alone, but the term names what they are.
func keepTermValues(s *segmenter, body []bool) {
	blocks := s.blocks
	for i := 1; i < len(blocks); i++ {
		b, t := &blocks[i], &blocks[i-1]
		if b.Kept || !body[i] || !t.Kept || !densityVerdict(b.Reason) && b.Reason != boilerplate.ReasonDateline {
			continue
		}
		dl, part := definitionListOf(s, s.blockAt[i])
		if dl < 0 || part != inDefinition {
			continue
		}
		if tdl, tpart := definitionListOf(s, s.blockAt[i-1]); tdl == dl && tpart == inTerm {
			b.Keep()
		}
	}
}
