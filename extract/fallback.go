package extract

import "github.com/winnowtext/winnow/boilerplate"

// fallbackWords is the least text an extraction must keep; with less, the
// page falls back to a candidate container (see fallBack).
const fallbackWords = 15

// Fallbacks, as Result.Fallback names them.
const (
	FallbackMarked = "marked-article"  // the element markup names as the article or main content
	FallbackTitle  = "title-container" // the element that holds the page's title heading
)

// fallBack keeps the text of a candidate container when the extraction
// kept (almost) nothing of a page that has text: a post of three short
// lines of dialogue, a page of one sentence. The density model drops such
// text block by block because each block is short; the page's own markup
// still says where its content is. The candidates, in order: the largest
// element marked as the article or the main content (<article>, <main>,
// role=main, itemprop=articleBody), then the element holding the title
// heading. In the candidate, blocks are kept section by section (hidden
// blocks, navigation, recognised boilerplate and short links still go);
// outside it they stay dropped. It returns which fallback was used, "" for
// none. The whole page is no candidate: on WCXB it lost more on pages
// whose truth is empty than it won.
func fallBack(s *segmenter) string {
	blocks := s.blocks
	if keptWords(blocks) >= fallbackWords {
		return ""
	}
	words := subtreeWords(s)
	node, via := -1, ""
	for i := range s.nodes {
		if s.nodes[i].hints&boilerplate.HintArticle != 0 && words[i] > 0 && (node < 0 || words[i] > words[node]) {
			node, via = i, FallbackMarked
		}
	}
	if node < 0 {
		if t := titleIndex(blocks); t >= 0 {
			node, via = int(s.nodes[s.blockAt[t]].parent), FallbackTitle
		}
	}
	if node < 0 {
		return ""
	}
	end := subtreeEnd(s, node)
	candidate := make([]boilerplate.Block, 0, 16)
	var at []int
	for i := range blocks {
		if n := int(s.blockAt[i]); n >= node && n < end {
			candidate = append(candidate, blocks[i])
			at = append(at, i)
		}
	}
	clearVerdicts(candidate)
	keepSections(candidate, PageArticle)
	if keptWords(candidate) == 0 {
		return ""
	}
	for k, i := range at {
		blocks[i] = candidate[k]
	}
	return via
}

// subtreeWords returns the words of the blocks under each node.
func subtreeWords(s *segmenter) []int {
	words := make([]int, len(s.nodes))
	for i := range s.blocks {
		if !s.blocks[i].Features.Hints.Has(boilerplate.HintHidden) {
			words[s.blockAt[i]] += s.blocks[i].Features.Words
		}
	}
	for i := len(s.nodes) - 1; i > 0; i-- {
		words[s.nodes[i].parent] += words[i]
	}
	return words
}
