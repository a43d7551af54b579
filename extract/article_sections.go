package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// markCommentSections gives the comments hint to the blocks under a
// heading that announces comments ("Comments", "12 Kommentare", "Leave a
// reply"): up to the next heading of the same or a higher rank. Sites name
// their comment threads in every way, and when the thread outweighs the
// article in prose, the container of the comments would be taken for the
// article. Headings deeper than the announcing one (the commenters' names)
// stay inside the section. What the recognisers say of the headings is
// remembered in memo (nil for none), which the classifier reads after.
func markCommentSections(blocks []boilerplate.Block, memo *recognize.Memo, answered func(int) bool) {
	for i := 0; i < len(blocks); i++ {
		h := &blocks[i]
		if h.Kind != boilerplate.KindHeading || h.Features.Words > 8 || askingHeading(h) ||
			memo.Text(h.Text) != recognize.Comments {
			continue
		}
		end := headedSectionEnd(blocks, i)
		if answered != nil && i+1 < end && answered(i+1) {
			// "3 respuestas" over a Q&A's answers: a word that counts a
			// blog's replies in many languages counts answers too.
			continue
		}
		for j := i + 1; j < end; j++ {
			blocks[j].Features.Hints |= boilerplate.HintComment
		}
		i = end - 1
	}
}

// askingHeading reports whether heading h asks a question of three words
// or more ("Comment choisir son barbecue ?", "Comment ça marche ?"): a
// section that answers it, not a thread that a word of it ("comment")
// announces. "Comments?" and "Any comments?" stay announcements.
func askingHeading(h *boilerplate.Block) bool {
	text := strings.TrimSpace(h.Text)
	return h.Features.Words >= 3 && (strings.HasSuffix(text, "?") || strings.HasSuffix(text, "？"))
}

// headingRank is the level of a heading element, 1 for h1 to 6 for h6;
// headings of other elements (a <div> that a <h2> made a heading) rank 6.
func headingRank(tag string) int {
	if len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' {
		return int(tag[1] - '0')
	}
	return 6
}

// captionsTellStory reports whether the page tells its story in figures:
// four captions or more that read as prose (a sentence, fifteen words,
// few links), holding at least half of the page's prose. Then captions
// are content, not descriptions of pictures.
func captionsTellStory(blocks []boilerplate.Block) bool {
	var captions, captionWords, proseWords int
	for i := range blocks {
		f := &blocks[i].Features
		if f.Sentences == 0 || f.Words < 15 || f.LinkDensity() >= 0.3 || f.Hints.Has(boilerplate.HintHidden) {
			continue
		}
		proseWords += f.Words
		if blocks[i].Kind == boilerplate.KindCaption || f.Hints.Has(boilerplate.HintFigure) {
			captions++
			captionWords += f.Words
		}
	}
	return captions >= 4 && 2*captionWords >= proseWords
}

// answerNamed returns whether block i of s stands in an element whose
// class or id names an answer ("answer", "answers-list"): a Q&A page's
// answers, which a heading counts as a blog counts its comments. Each
// node knows it (node.inAnswer): asking costs no walk up the tree.
func answerNamed(s *segmenter) func(int) bool {
	return func(i int) bool {
		if i >= len(s.blockAt) {
			return false
		}
		n := s.blockAt[i]
		return n >= 0 && int(n) < len(s.nodes) && s.nodes[n].inAnswer
	}
}
