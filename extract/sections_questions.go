package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// Bounds of keepAskedQuestions: the words of a question a button asks and
// of the answer that must follow it.
const (
	minQuestionWords = 3
	minAnswerWords   = 8
)

// keepAskedQuestions keeps the questions of an FAQ that its accordion
// prints as buttons, on a page read by its sections (a service page, a
// collection's guide under its cards): a control's label is dropped as
// interface, but a button that asks a question of a few words, right
// before the kept answer it unfolds (a sentence of some length, or a
// lead-in to a list; not a heading or another button), is the question of
// that answer. blocks are the page's blocks
// with the control blocks among them (see withControls).
func keepAskedQuestions(blocks []boilerplate.Block) {
	for i := 0; i+1 < len(blocks); i++ {
		q, a := &blocks[i], &blocks[i+1]
		if q.Tag != "button" || q.Reason != boilerplate.ReasonInterface || q.Features.Words < minQuestionWords ||
			!strings.HasSuffix(strings.TrimSpace(q.Text), "?") {
			continue
		}
		if !a.Kept || a.Tag == "button" || a.Kind == boilerplate.KindHeading ||
			(a.Features.Sentences < 1 || a.Features.Words < minAnswerWords) && !leadsInList(blocks, i+1) {
			continue
		}
		q.Keep()
	}
}

// leadsInList reports whether blocks[i] is a kept lead-in of a few words
// ending in a colon, followed by a kept list item: an answer that lists
// ("Our services can help your organization:" and its points).
func leadsInList(blocks []boilerplate.Block, i int) bool {
	a := &blocks[i]
	return i+1 < len(blocks) && a.Features.Words >= minQuestionWords &&
		strings.HasSuffix(strings.TrimSpace(a.Text), ":") &&
		blocks[i+1].Kept && blocks[i+1].Kind == boilerplate.KindListItem
}
