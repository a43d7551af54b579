package extract

import "github.com/winnowtext/winnow/boilerplate"

// keepSubheadings keeps, on an article, a subheading the classifier
// dropped for its few words (a density verdict) when kept text comes
// before it and the section it opens is kept: the first block under it
// that a reader reads, past a badge or two ("Best Overall", "Photo:",
// "Advertisement"), is kept prose or a kept item with few links. Such a
// heading ("Pros", "#3: Lisbon", "Where to stay in Osaka") is the
// article's, however short; one over teasers or links is not.
func keepSubheadings(blocks []boilerplate.Block) {
	seenKept := false
	for i := range blocks {
		b := &blocks[i]
		if b.Kept {
			seenKept = true
			continue
		}
		f := &b.Features
		if !seenKept || b.Kind != boilerplate.KindHeading || !densityVerdict(b.Reason) ||
			f.Hints&negativeHints != 0 || f.LinkWords*2 > f.Words || !hasLetter(b.Text) {
			continue
		}
		next := sectionStart(blocks, i+1)
		if next < 0 {
			continue
		}
		if n := &blocks[next]; n.Kept && n.Kind != boilerplate.KindHeading && n.Features.LinkWords*4 < n.Features.Words {
			b.Keep()
		}
	}
}

// sectionStart returns the index of the first block from i on that a
// reader of the section reads: past at most maxSectionBadges dropped
// captions, lines under sectionBadgeWords words or section lines (see
// sectionLine); -1 at the end of the page.
func sectionStart(blocks []boilerplate.Block, i int) int {
	for skipped := 0; i < len(blocks); i++ {
		b := &blocks[i]
		badge := !b.Kept && (b.Features.Words < sectionBadgeWords || b.Kind == boilerplate.KindCaption || sectionLine(b))
		if !badge || skipped == maxSectionBadges {
			return i
		}
		skipped++
	}
	return -1
}

// sectionLine reports whether b is a label a section prints over its
// text, dropped on its own evidence: an event's date and place ("Tech
// World: January 6, 2026 | Las Vegas"), a photo credit with its links, a
// row of shop buttons ("View Plans", "Links to ..."), a line that links
// the thing the section reviews; at most sectionLineWords words, under no
// negative hint. A line density found too sparse for prose is text of its
// own ("Find answers to your questions"), and a line that is one link
// whole ("Read the case study") leads away from the section: neither is
// a label.
func sectionLine(b *boilerplate.Block) bool {
	f := &b.Features
	if b.Kind != boilerplate.KindParagraph || f.Words > sectionLineWords || f.Hints&negativeHints != 0 ||
		f.LinkWords >= f.Words {
		return false
	}
	switch b.Reason {
	case boilerplate.ReasonTooShort, boilerplate.ReasonLinkList, boilerplate.ReasonDateline, boilerplate.ReasonCredit:
		return true
	}
	return false
}

// sectionLineWords is the most words a section line holds (see
// sectionLine).
const sectionLineWords = 9

// maxSectionBadges and sectionBadgeWords bound the labels a section may
// print between its heading and its text (see sectionStart).
const (
	maxSectionBadges  = 2
	sectionBadgeWords = 4
)
