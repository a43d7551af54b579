package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// Bounds of the lines keepOpeningLines takes back: a greeting is a line
// or two ("Hello friends,", "Hi all!") of at most openingWords words.
const (
	openingLines = 2
	openingWords = 6
)

// keepOpeningLines keeps the greeting that opens a post or a newsletter
// ("Hello friends,", "Hi everyone!"): up to openingLines short
// paragraphs of the same element as the body's first paragraph of prose
// (bodySpan), right before it, that start that element's text; a line of
// the run that is already kept ("Happy Sunday!") may stand among them. A
// salutation ends with a comma or an exclamation mark; density drops it
// for its length, though a reader view shows it at the top of the text.
// A line that links, holds digits (a date), stands under a negative hint
// or was dropped for a reason of its own keeps its verdict, and so does a
// run that follows other text of the same element (a dek or a byline
// kept apart).
func keepOpeningLines(blocks []boilerplate.Block, mask []bool) {
	first, _ := bodySpan(blocks, mask)
	if first < 0 {
		return
	}
	body := blocks[first].Features.ContainerID
	i := first
	for i > 0 && first-i < openingLines && mask[i-1] && blocks[i-1].Features.ContainerID == body {
		if b := &blocks[i-1]; !openingLine(b) && !(b.Kept && b.Kind == boilerplate.KindParagraph) {
			return
		}
		i--
	}
	if i == first || i > 0 && blocks[i-1].Features.ContainerID == body {
		return
	}
	for k := i; k < first; k++ {
		if !blocks[k].Kept {
			blocks[k].Keep()
		}
	}
}

// openingLine reports whether b is a salutation that only density
// dropped: a paragraph of at most openingWords words, no link, no digit,
// no negative hint, ending with a comma or an exclamation mark.
func openingLine(b *boilerplate.Block) bool {
	f := &b.Features
	if b.Kept || b.Kind != boilerplate.KindParagraph || !densityVerdict(b.Reason) || f.Words > openingWords ||
		f.LinkCount > 0 || f.Digits > 0 || f.Hints&negativeHints != 0 {
		return false
	}
	t := strings.TrimSpace(b.Text)
	return strings.HasSuffix(t, ",") || strings.HasSuffix(t, "!")
}
