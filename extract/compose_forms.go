package extract

import (
	"golang.org/x/net/html/atom"

	"github.com/winnowtext/winnow/boilerplate"
)

// composeWordsMax is the most words a form that holds a text area may
// print around it and still be read as a box to write in: its labels,
// buttons and the terms under them ("Your Answer", "Post as a guest",
// "Required, but never shown"). More is a page that a <form> wraps.
const composeWordsMax = 150

// noteCompose records, when a <textarea> opens, the innermost open
// <form> around it as a form to write in (a reply, an answer, a message).
func (s *segmenter) noteCompose() {
	for i := len(s.stack) - 1; i > 0; i-- {
		if s.stack[i].tag != atom.Form {
			continue
		}
		n := s.stack[i].node
		if k := len(s.composed); k == 0 || s.composed[k-1] != n {
			s.composed = append(s.composed, n)
		}
		return
	}
}

// dropComposeForms drops, on a question-and-answer page (one with a
// schema.org Question or Answer item), the text of the forms to write in
// that noteCompose recorded: the box under the answers where a reader
// posts one, with its labels, sign-up buttons and terms, is no part of
// what the page says. Elsewhere a form with a text area is a contact or
// comment form whose notes some readers count as the page's (measured:
// as many pages lost as gained). A form that holds more than
// composeWordsMax words, or half of the page's, wraps the page
// (ASP.NET's one form around everything) and is passed over.
func dropComposeForms(s *segmenter) {
	if len(s.composed) == 0 || !s.qaPosts {
		return
	}
	total := 0
	for i := range s.blocks {
		total += s.blocks[i].Features.Words
	}
	for _, f := range s.composed {
		n := int(f)
		end := subtreeEnd(s, n)
		lo, hi, words := -1, -1, 0
		for i := range s.blocks {
			if at := int(s.blockAt[i]); at >= n && at < end {
				if lo < 0 {
					lo = i
				}
				hi = i
				words += s.blocks[i].Features.Words
			}
		}
		if lo < 0 || words > composeWordsMax || 2*words > total {
			continue
		}
		for i := lo; i <= hi; i++ {
			if at := int(s.blockAt[i]); at >= n && at < end {
				s.blocks[i].Features.Hints |= boilerplate.HintForm
				s.blocks[i].Drop(boilerplate.ReasonInterface)
			}
		}
	}
}
