package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// templateLayout are the hints of a template's place that say it renders
// the page's frame (a menu, a dialog, a footer), not its post.
const templateLayout = boilerplate.HintNav | boilerplate.HintHeader | boilerplate.HintFooter |
	boilerplate.HintAside | boilerplate.HintComment | boilerplate.HintBoilerplate | boilerplate.HintForm |
	boilerplate.HintConsent

// revealTemplate shows, on a page that kept (almost) nothing, the
// client-side template (a <script type="text/template">, see
// segment_template.go) or the <noscript> that holds the most unlinked
// words, and a sentence or fallbackWords of them: the post a script
// renders when the page loads, or shows to readers without scripts.
// resolveHints shows a template only when it holds nearly all of the
// page's or the article's text, which a short post beside a large frame
// does not, and a <noscript> only when it holds much of the page's prose,
// which a post that is a list of short items does not. One in the page's
// frame (its menu, footer, a dialog) stays hidden. It returns the node
// it showed (-1 for none) and the blocks it showed, for hideAgain.
// With inContent, only a template in an element named as the content
// (see namedContent) is shown.
func revealTemplate(s *segmenter, inContent bool) (int, []int) {
	best, bestWords := -1, 0
	for n := range s.nodes {
		if t := s.nodes[n].tag; t != atom.Script && t != atom.Noscript || s.hintsAt[n]&templateLayout != 0 ||
			inContent && !namedContent(s.hintsAt[n]) {
			continue
		}
		end := subtreeEnd(s, n)
		words, all, prose := 0, 0, false
		for i := range s.blocks {
			if m := int(s.blockAt[i]); m >= n && m < end {
				f := &s.blocks[i].Features
				words += f.Words - f.LinkWords
				all += f.Words
				prose = prose || f.Sentences > 0 && f.LinkDensity() < 0.5
			}
		}
		// A sentence, or as many words as a result must keep (a post
		// that is a list), or nearly all the text of the element named
		// as the content around it (three short lines of dialogue, even
		// in one link, as a broken tag leaves them).
		if (prose || words >= fallbackWords || all > 0 && fillsContent(s, n, end)) && max(words, 1) > bestWords {
			best, bestWords = n, max(words, 1)
		}
	}
	if best < 0 {
		return -1, nil
	}
	end := subtreeEnd(s, best)
	var shown []int
	for i := range s.blocks {
		if m := int(s.blockAt[i]); m >= best && m < end && s.blocks[i].Features.Hints.Has(boilerplate.HintHidden) {
			s.blocks[i].Features.Hints &^= boilerplate.HintHidden
			shown = append(shown, i)
		}
	}
	return best, shown
}

// hideAgain takes back what revealTemplate showed when no fallback kept
// anything: the blocks are left as they were.
func hideAgain(s *segmenter, shown []int) {
	for _, i := range shown {
		s.blocks[i].Features.Hints |= boilerplate.HintHidden
	}
}

// templateFallBack reads, on a page that kept some text but under
// fallbackPageWords, the client-side template or <noscript> that holds a
// post (see revealTemplate) when what the page kept is its frame: the
// nearest element around the template that is named as the content (the
// post's column) holds under fallbackWords of kept text outside the
// template (its heading), and the rest kept stands beside it (a side
// column's call to action, an unnamed footer's address lines, which may
// reach fallbackWords on their own). The frame stays kept. It returns
// FallbackTemplate, or "" when there is no such template or it yields no
// text.
func templateFallBack(s *segmenter) string {
	if !contentTemplate(s) {
		return ""
	}
	tmpl, shown := revealTemplate(s, true)
	if tmpl >= 0 && keptBeside(s, tmpl) && readCandidate(s, tmpl) {
		return FallbackTemplate
	}
	hideAgain(s, shown)
	return ""
}

// keptBeside reports whether the nearest element around node tmpl that is
// named as the content (see namedContent) holds under fallbackWords of
// kept text outside tmpl: the page's kept text stands beside the
// template's column, not in it. It is false when no such element is
// around tmpl.
func keptBeside(s *segmenter, tmpl int) bool {
	col := contentAround(s, tmpl)
	if col < 0 {
		return false
	}
	end, tend := subtreeEnd(s, col), subtreeEnd(s, tmpl)
	n := 0
	for i := range s.blocks {
		if m := int(s.blockAt[i]); s.blocks[i].Kept && m >= col && m < end && (m < tmpl || m >= tend) {
			n += s.blocks[i].Features.Words
		}
	}
	return n < fallbackWords
}

// contentTemplate reports whether the page has a client-side template or
// a <noscript> in an element named as the content, outside its frame: a
// cheap test before revealTemplate reads their blocks.
func contentTemplate(s *segmenter) bool {
	for n := range s.nodes {
		if t := s.nodes[n].tag; (t == atom.Script || t == atom.Noscript) && s.hintsAt[n]&templateLayout == 0 && namedContent(s.hintsAt[n]) {
			return true
		}
	}
	return false
}

// contentAround returns the nearest element around node n that is named
// as the content (see namedContent), -1 when there is none.
func contentAround(s *segmenter, n int) int {
	col := int(s.nodes[n].parent)
	for col >= 0 && !namedContent(s.nodes[col].hints) {
		col = int(s.nodes[col].parent)
	}
	return col
}

// fillsContent reports whether template node n, whose subtree ends at
// node end, holds revealedShare or more of the words of the nearest
// element around it named as the content: the column the page's script
// fills with it, however short the post.
func fillsContent(s *segmenter, n, end int) bool {
	col := contentAround(s, n)
	if col < 0 {
		return false
	}
	cend := subtreeEnd(s, col)
	in, all := 0, 0
	for i := range s.blocks {
		m := int(s.blockAt[i])
		if m < col || m >= cend {
			continue
		}
		all += s.blocks[i].Features.Words
		if m >= n && m < end {
			in += s.blocks[i].Features.Words
		}
	}
	return in > 0 && float64(in) >= revealedShare*float64(all)
}
