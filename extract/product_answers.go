package extract

import "github.com/winnowtext/winnow/boilerplate"

// toggledDepth bounds how far up from a block its toggled panel is looked
// for: an answer's paragraphs sit a few levels inside the panel.
const toggledDepth = 6

// keepToggledAnswers keeps, on a product's page, the answers of an FAQ or
// an accordion that a script unfolds without ARIA (see afterToggle), with
// the questions before them: "Is it waterproof?", "Can it go in the
// dishwasher?" are questions about the product, and their answers its
// facts. A panel is kept when it holds more prose than not (good and bad
// as in resolveHints, by boilerplate.Quality) and no negative hint but
// hiding covers it; only hiding's and density's verdicts are taken back.
// On other pages such an FAQ (a blog's, a shop's help) is as often the
// page's extra as its content, and stays folded.
func keepToggledAnswers(s *segmenter, hasStopwords bool) {
	blocks := s.blocks
	t := titleIndex(blocks)
	for i := max(t+1, 0); i < len(blocks); {
		p := toggledPanelOf(s, s.blockAt[i])
		if p < 0 {
			i++
			continue
		}
		end, prose := proseSpan(s, i, p, negativeHints, hasStopwords)
		if prose {
			for j := i; j < end; j++ {
				keepAnswer(&blocks[j])
			}
			if q := i - 1; q > t && blocks[q].Features.Words <= toggleMaxWords && blocks[q].Features.Hints&negativeHints == 0 {
				keepAnswer(&blocks[q])
			}
		}
		i = end
	}
}

// proseSpan returns the end of the run of blocks from block from on that
// the element panel holds, and whether the run is a panel of prose: it
// holds more prose than not (good and bad as in resolveHints, by
// boilerplate.Quality measured without hints) and none of its blocks
// carries a hint of forbidden.
func proseSpan(s *segmenter, from int, panel int32, forbidden boilerplate.Hint, hasStopwords bool) (end int, prose bool) {
	blocks := s.blocks
	var good, bad float64
	negative := false
	for end = from; end < len(blocks) && holdsNode(s, int(panel), int(s.blockAt[end])); end++ {
		b := &blocks[end]
		bare := *b
		bare.Features.Hints = 0
		g := float64(b.Features.Chars) * min(boilerplate.Quality(&bare, hasStopwords), 1)
		good += g
		bad += float64(b.Features.Chars) - g
		negative = negative || b.Features.Hints&forbidden != 0
	}
	return end, good > bad && !negative
}

// toggledPanelOf returns the toggled panel (see node.toggled) that holds
// node n within toggledDepth levels, -1 when none does.
func toggledPanelOf(s *segmenter, n int32) int32 {
	for step := 0; n >= 0 && step < toggledDepth; step++ {
		if s.nodes[n].toggled {
			return n
		}
		n = s.nodes[n].parent
	}
	return -1
}

// keepAnswer keeps b, a question or an answer of a product's FAQ, when
// hiding or density dropped it.
func keepAnswer(b *boilerplate.Block) {
	if !b.Kept && (b.Reason == boilerplate.ReasonHidden || densityVerdict(b.Reason) || b.Reason == boilerplate.ReasonOutsideMain) {
		b.Keep()
	}
}
