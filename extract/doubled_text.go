package extract

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
)

// Bounds of a doubled label (see doubledHalf): the fewest bytes of a half
// glued to its copy, the fewest words of a half spaced from it, and the
// most bytes of a half.
const (
	doubledGluedBytes = 4
	doubledSpacedWord = 2
	doubledMaxBytes   = 100
)

// doubledHalf returns the length of the first half of text when text is
// one label printed twice, "Get startedGet started" or "Best Overall Best
// Overall", and 0 otherwise. Site builders print a button's or a badge's
// label twice for a hover effect that rolls one copy out and the other in
// (the text roll of Webflow and Framer templates), or once for the eye and
// once for screen readers; both copies land in one block, where they
// escape the in-page repeats. Words repeat themselves too, so a label
// glued to its copy must be doubledGluedBytes bytes or more and must not
// join its copy inside a word, a letter to a letter of the same case
// ("couscous", "mahimahi") or a digit to a digit ("20202020"), and one spaced from its copy must have
// doubledSpacedWord words or more ("Walla Walla", "Bora Bora"). A label
// is short: a half of more than doubledMaxBytes bytes is prose, which
// may repeat itself on purpose.
func doubledHalf(text []byte) int {
	n := len(text)
	if n < 2*doubledGluedBytes || n > 2*doubledMaxBytes+1 {
		return 0
	}
	h := n / 2
	if n%2 == 0 && bytes.Equal(text[:h], text[h:]) {
		last, _ := utf8.DecodeLastRune(text[:h])
		first, _ := utf8.DecodeRune(text[h:])
		if unicode.IsDigit(last) && unicode.IsDigit(first) ||
			unicode.IsLetter(last) && unicode.IsLetter(first) && unicode.IsUpper(last) == unicode.IsUpper(first) {
			return 0
		}
		return h
	}
	if n%2 == 1 && text[h] == ' ' && bytes.Equal(text[:h], text[h+1:]) && bytes.Count(text[:h], []byte(" "))+1 >= doubledSpacedWord {
		return h
	}
	return 0
}

// addDoubledBlocks adds text, one label printed twice (see doubledHalf),
// as two blocks: the label, and its copy dropped as an in-page repeat
// (the other half of a hover roll, the screen readers' copy), so that the
// text prints the label once and the blocks keep every letter of the page.
func (s *segmenter) addDoubledBlocks(text []byte, h int) {
	if s.src != nil {
		s.src.splitDoubled(h)
	}
	s.addBlock(text[:h], min(s.linkChars, h), s.links)
	s.addBlock(bytes.TrimLeft(text[h:], " "), min(s.linkChars, h), 0)
	s.blocks[len(s.blocks)-1].Drop(boilerplate.ReasonRepeatedInPage)
}
