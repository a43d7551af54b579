package extract

import "github.com/winnowtext/winnow/boilerplate"

// keepClosingLines keeps the short lines that close the article's text:
// the sign-off of a post ("x Anna", "Cheers, Tom"), a last wish ("Have a
// good Sunday"), printed as paragraphs of the same element as the body's
// last paragraph of prose (bodySpan), right after it. The run ends at the
// first block of another element or kind, or dropped for a reason of its
// own, or that links or holds digits (a date line "Posted 01-04-2024"):
// what follows the body in another element (tags, share bars, teasers)
// keeps its verdict. Only density's verdicts are taken back.
func keepClosingLines(blocks []boilerplate.Block, mask []bool) {
	_, last := bodySpan(blocks, mask)
	if last < 0 {
		return
	}
	body := blocks[last].Features.ContainerID
	for i := last + 1; i < len(blocks) && mask[i]; i++ {
		b := &blocks[i]
		f := &b.Features
		if f.ContainerID != body || b.Kind != boilerplate.KindParagraph {
			return
		}
		if b.Kept {
			continue
		}
		if !densityVerdict(b.Reason) || f.Hints&negativeHints != 0 || f.LinkCount > 0 || f.Digits > 0 {
			return
		}
		b.Reason, b.Kept = boilerplate.ReasonNone, true
	}
}
