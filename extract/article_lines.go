package extract

import "github.com/winnowtext/winnow/boilerplate"

// keepClosingLines keeps the short lines that close the article's text:
// the sign-off of a post ("x Anna", "Cheers, Tom"), a last wish ("Have a
// good Sunday"), printed as paragraphs of the same element as the body's
// last paragraph of prose (bodySpan), right after it. The run ends at the
// first block of another element or kind, or dropped for a reason of its
// own, or that links or holds digits (a date line "Posted 01-04-2024"):
// what follows the body in another element (tags, share bars, teasers)
// keeps its verdict. A box of another element that was recognised as
// one set inside a body (a newsletter's sign-up, an advertisement, see
// inlineBox) does not end the run: a newsletter signs off after the
// sign-up box its platform puts in the body ("See you next Sunday, Ana").
// Only density's verdicts are taken back.
func keepClosingLines(blocks []boilerplate.Block, mask []bool) {
	_, last := bodySpan(blocks, mask)
	if last < 0 {
		return
	}
	body := blocks[last].Features.ContainerID
	for i := last + 1; i < len(blocks) && mask[i]; i++ {
		b := &blocks[i]
		f := &b.Features
		if f.ContainerID != body && inlineBox(b) {
			continue // a box inside the body; the body's lines may go on after it
		}
		if f.ContainerID != body || b.Kind != boilerplate.KindParagraph {
			return
		}
		if b.Kept {
			continue
		}
		if !densityVerdict(b.Reason) || f.Hints&negativeHints != 0 || f.LinkCount > 0 || f.Digits > 0 {
			return
		}
		b.Keep()
	}
}

// maxShortRun bounds the run of short blocks keepShortBetween takes back
// between two kept blocks: an item's sub-heading and its line, not a box.
const maxShortRun = 3

// keepShortBetween keeps, inside the article's body (bodySpan), a run of
// up to maxShortRun short paragraphs and headings that stands between two
// kept blocks of its own element: a line of a post ("Photos below.",
// "Best wishes, Andrew"), a listicle's "Price: $240" between the item's
// paragraphs, a meal plan's "Post-workout supplement" over "Drink within
// 30 minutes after your workout". Density drops such lines for their
// length, though their element's text runs on both sides of them. A label
// between an article's paragraph and a box ("Explore further") stands in
// another element and keeps its verdict, and a run with a block mostly of
// links, under a negative hint or dropped for a reason of its own is left
// as it is. Only density's verdicts are taken back.
func keepShortBetween(blocks []boilerplate.Block, mask []bool) {
	first, last := bodySpan(blocks, mask)
	for i := first + 1; i < last; i++ {
		if blocks[i].Kept || !blocks[i-1].Kept || !mask[i-1] {
			continue
		}
		elem := blocks[i-1].Features.ContainerID
		j, plain := i, true
		for ; j < last && !blocks[j].Kept; j++ {
			plain = plain && mask[j] && shortLineOf(&blocks[j], elem)
		}
		if plain && j-i <= maxShortRun && mask[j] && blocks[j].Features.ContainerID == elem {
			for k := i; k < j; k++ {
				blocks[k].Keep()
			}
		}
		i = j
	}
}

// shortLineOf reports whether b, a dropped block, is a paragraph or a
// heading of element elem that only density dropped, with fewer than half
// its words in links and no negative hint.
func shortLineOf(b *boilerplate.Block, elem int) bool {
	f := &b.Features
	return f.ContainerID == elem && (b.Kind == boilerplate.KindParagraph || b.Kind == boilerplate.KindHeading) &&
		densityVerdict(b.Reason) && f.Hints&negativeHints == 0 && 2*f.LinkWords < f.Words
}

// inlineBox reports whether b was dropped as a part of a box that sites
// set inside an article's body: a newsletter's or a subscription's
// sign-up, a note from the editors, an advertisement, or their buttons,
// recognised by their text or by a class that names them.
func inlineBox(b *boilerplate.Block) bool {
	if !b.Kept && b.Features.Hints&boilerplate.HintBoilerplate != 0 {
		return true
	}
	switch b.Reason {
	case boilerplate.ReasonNewsletter, boilerplate.ReasonSubscription, boilerplate.ReasonEditorMessage,
		boilerplate.ReasonAdvertisement, boilerplate.ReasonInterface:
		return true
	}
	return false
}
