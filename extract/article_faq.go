package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
)

// Bounds of keepDeclaredFAQ: how many of the declared questions the page
// must print, how many blocks an answer may run to, and how far before the
// first question the FAQ's own heading may be.
const (
	faqMinQuestions  = 2
	faqMaxAnswer     = 12
	faqHeadingBefore = 2
)

// keepDeclaredFAQ keeps the FAQ an article's page declares in its JSON-LD
// (an FAQPage whose Question nodes are named in questions) when the
// article's reading dropped it: sites print such an FAQ under the article,
// often outside the element that holds the body, where the single
// container leaves it as outside the main content. The structured data
// says the questions belong to the page's content, not to its chrome.
//
// A block whose text is one of the questions, dropped for where it sits
// or its density only, is kept with its answer (see faqAnswer): the blocks
// after it up to the next heading or question, each dropped for the same
// reasons, not hidden and not mostly links, minAnswerWords or more. The FAQ's heading, a heading at most faqHeadingBefore
// blocks before the first question with only prose between, comes with
// it. Nothing happens unless the page prints faqMinQuestions of the
// declared questions: a single matching line may be a teaser's title.
func keepDeclaredFAQ(blocks []boilerplate.Block, questions []string) {
	if len(questions) < faqMinQuestions {
		return
	}
	var found []int
	for i := range blocks {
		if blocks[i].Features.Words > 0 && isDeclaredQuestion(blocks[i].Text, questions) {
			found = append(found, i)
		}
	}
	if len(found) < faqMinQuestions {
		return
	}
	first := -1 // the first question kept with its answer
	for _, q := range found {
		if end := faqAnswer(blocks, q, questions); end > q && faqTakeBack(&blocks[q]) {
			for i := q + 1; i < end; i++ {
				faqTakeBack(&blocks[i])
			}
			if first < 0 {
				first = q
			}
		}
	}
	if first >= 0 {
		faqHeading(blocks, first)
	}
}

// faqAnswer returns the end (exclusive) of the answer printed after the
// question at q: the blocks up to the next heading or question, each kept
// or dropped for where it sits and not mostly links, not hidden. It
// returns q when they hold under minAnswerWords words: a question whose
// answer is folded away, or a line of a table of contents.
func faqAnswer(blocks []boilerplate.Block, q int, questions []string) int {
	if !blocks[q].Kept && !faqDroppedForPlace(&blocks[q]) {
		return q
	}
	words, end := 0, q+1
	for ; end < len(blocks) && end <= q+faqMaxAnswer; end++ {
		b := &blocks[end]
		if b.Kind == boilerplate.KindHeading || isDeclaredQuestion(b.Text, questions) ||
			b.Features.LinkWords*2 > b.Features.Words || b.Features.Hints&boilerplate.HintHidden != 0 ||
			!b.Kept && !faqDroppedForPlace(b) {
			break
		}
		words += b.Features.Words
	}
	if words < minAnswerWords {
		return q
	}
	return end
}

// faqHeading keeps the heading that opens the FAQ whose first question is
// at first, with the prose between them, when the reading dropped them
// for where they sit.
func faqHeading(blocks []boilerplate.Block, first int) {
	for i := first - 1; i >= 0 && i >= first-faqHeadingBefore; i-- {
		b := &blocks[i]
		if b.Kept || !faqDroppedForPlace(b) || b.Features.LinkWords*2 > b.Features.Words {
			return
		}
		if b.Kind == boilerplate.KindHeading {
			for j := i; j < first; j++ {
				faqTakeBack(&blocks[j])
			}
			return
		}
	}
}

// faqTakeBack keeps b when the reading dropped it only for where it sits
// or for its density, and reports whether b is kept.
func faqTakeBack(b *boilerplate.Block) bool {
	if b.Kept {
		return true
	}
	if !faqDroppedForPlace(b) || b.Features.Hints&boilerplate.HintHidden != 0 {
		return false
	}
	b.Keep()
	return true
}

// faqDroppedForPlace reports whether b was dropped for where it sits or
// its density rather than for what it says (a recogniser's verdict, a
// repeat, hidden markup).
func faqDroppedForPlace(b *boilerplate.Block) bool {
	switch b.Reason {
	case boilerplate.ReasonOutsideMain, boilerplate.ReasonLowDensity, boilerplate.ReasonTooShort:
		return true
	}
	return false
}

// isDeclaredQuestion reports whether text is one of questions, compared
// without regard to case or to how white space is spaced (see
// sameSpacedFold).
func isDeclaredQuestion(text string, questions []string) bool {
	if len(text) > maxQuestionText {
		return false
	}
	for _, q := range questions {
		if sameSpacedFold(text, q) {
			return true
		}
	}
	return false
}

// maxQuestionText bounds the text compared with the declared questions:
// a question is a line.
const maxQuestionText = 512

// sameSpacedFold reports whether a and b are the same text when runs of
// ASCII white space count as one space, leading and trailing ones not at
// all, and letters compare without regard to case. It does not allocate:
// every block of a page with an FAQ is compared with every question.
func sameSpacedFold(a, b string) bool {
	a, b = strings.Trim(a, asciiSpace), strings.Trim(b, asciiSpace)
	for a != "" && b != "" {
		as, bs := isHTMLSpace(a[0]), isHTMLSpace(b[0])
		if as != bs {
			return false
		}
		if as {
			a, b = strings.TrimLeft(a, asciiSpace), strings.TrimLeft(b, asciiSpace)
			continue
		}
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb && !strings.EqualFold(a[:na], b[:nb]) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

// asciiSpace is the white space collapseASCIISpace folds.
const asciiSpace = " \t\n\r\f"
