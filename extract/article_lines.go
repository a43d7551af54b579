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

// keepShortBetween keeps, inside the article's body (bodySpan), a short
// paragraph that stands between two kept blocks of its own element: a
// line of a post ("Photos below.", "Best wishes, Andrew"), a listicle's
// "Price: $240" or "Best budget pick" between the item's paragraphs.
// Density drops it for its length, though its element's text runs on
// both sides of it; a label between an article's paragraph and a box
// ("Explore further") stands in another element and keeps its verdict, as
// does a line mostly of links or under a negative hint. Only density's
// verdicts are taken back.
func keepShortBetween(blocks []boilerplate.Block, mask []bool) {
	first, last := bodySpan(blocks, mask)
	for i := first + 1; i < last; i++ {
		b := &blocks[i]
		f := &b.Features
		if !mask[i] || b.Kept || b.Kind != boilerplate.KindParagraph || !densityVerdict(b.Reason) ||
			f.Hints&negativeHints != 0 || 2*f.LinkWords >= f.Words {
			continue
		}
		prev, next := &blocks[i-1], &blocks[i+1]
		if prev.Kept && next.Kept && mask[i-1] && mask[i+1] &&
			prev.Features.ContainerID == f.ContainerID && next.Features.ContainerID == f.ContainerID {
			b.Reason, b.Kept = boilerplate.ReasonNone, true
		}
	}
}
