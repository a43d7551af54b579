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
// frame (its menu, footer, a dialog) stays hidden. It returns the blocks
// it showed, for hideAgain, nil when there was none.
func revealTemplate(s *segmenter) []int {
	best, bestWords := -1, 0
	for n := range s.nodes {
		if t := s.nodes[n].tag; t != atom.Script && t != atom.Noscript || s.hintsAt[n]&templateLayout != 0 {
			continue
		}
		end := subtreeEnd(s, n)
		words, prose := 0, false
		for i := range s.blocks {
			if m := int(s.blockAt[i]); m >= n && m < end {
				f := &s.blocks[i].Features
				words += f.Words - f.LinkWords
				prose = prose || f.Sentences > 0 && f.LinkDensity() < 0.5
			}
		}
		// A sentence, or as many words as a result must keep (a post
		// that is a list).
		if (prose || words >= fallbackWords) && words > bestWords {
			best, bestWords = n, words
		}
	}
	if best < 0 {
		return nil
	}
	end := subtreeEnd(s, best)
	var shown []int
	for i := range s.blocks {
		if m := int(s.blockAt[i]); m >= best && m < end && s.blocks[i].Features.Hints.Has(boilerplate.HintHidden) {
			s.blocks[i].Features.Hints &^= boilerplate.HintHidden
			shown = append(shown, i)
		}
	}
	return shown
}

// hideAgain takes back what revealTemplate showed when no fallback kept
// anything: the blocks are left as they were.
func hideAgain(s *segmenter, shown []int) {
	for _, i := range shown {
		s.blocks[i].Features.Hints |= boilerplate.HintHidden
	}
}
