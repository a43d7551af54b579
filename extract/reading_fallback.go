package extract

import "github.com/winnowtext/winnow/boilerplate"

// FallbackArticle names, in Result.Fallback, the article reading taken
// when the reading of the page's type kept almost nothing (see
// starvedReading): the page's type was a wrong guess.
const FallbackArticle = "article"

// degradeReading takes back the article reading when the reading of the
// page's type kept almost nothing where the article reading kept prose
// (see starvedReading): the type was a wrong guess. article holds the
// verdicts extractArticle left, before the type's reading ran, mask its
// container (nil when none was chosen) and pageWide the hints the
// container inherits. It reports whether it did; with article nil (the
// page was read as an article) it does nothing.
func degradeReading(s *segmenter, article []verdict, mask []bool, pageWide boilerplate.Hint, stopwords bool) bool {
	if article == nil || !starvedReading(s.blocks, article, mask, pageWide, stopwords) {
		return false
	}
	restoreVerdicts(s.blocks, article)
	readArticle(s, mask)
	return true
}

// verdict is what a reading changes of a block: its verdict, score and
// hints. A reading changes nothing else, so a page's verdicts are enough
// to take a reading back, at a fifth of the blocks' size.
type verdict struct {
	reason boilerplate.Reason
	score  float64
	hints  boilerplate.Hint
	kept   bool
}

// saveVerdicts returns the verdicts of blocks.
func saveVerdicts(blocks []boilerplate.Block) []verdict {
	v := make([]verdict, len(blocks))
	for i := range blocks {
		b := &blocks[i]
		v[i] = verdict{reason: b.Reason, score: b.Score, hints: b.Features.Hints, kept: b.Kept}
	}
	return v
}

// restoreVerdicts gives blocks back the verdicts v that saveVerdicts saved.
func restoreVerdicts(blocks []boilerplate.Block, v []verdict) {
	for i := range blocks {
		b := &blocks[i]
		b.Reason, b.Score, b.Features.Hints, b.Kept = v[i].reason, v[i].score, v[i].hints, v[i].kept
	}
}

// starvedWords: a type's reading that keeps under starvedWords words
// kept almost nothing; it may have missed the page's content where the
// article reading found it (see starvedReading).
const starvedWords = 50

// readingProseWords is the least prose the article reading must keep
// beyond the type's reading for the page to fall back to it; and it must
// be more than readingProseShare times what the type's reading kept.
const (
	readingProseWords = 30
	readingProseShare = 2
)

// starvedReading reports whether the reading of the page's type (typed)
// kept almost nothing where the article reading (article) kept prose:
// the type was a wrong guess (an article taken for a listing, a page of
// prose taken for a product) and the page falls back to the article
// reading. The article reading's text counts only where it reads as
// prose (see proseBlock) and the type's reading missed it (see missed):
// a newsletter sign-up, a consent banner or a link list that the single
// container took in when the page had nothing else is no reason to
// prefer it, and neither are the reviews a product's reading drops. The article reading chose the container mask, whose blocks
// lost the hints pageWide it inherits; they count again here.
func starvedReading(typed []boilerplate.Block, article []verdict, mask []bool, pageWide boilerplate.Hint, stopwords bool) bool {
	kept := keptWords(typed)
	if kept >= starvedWords {
		return false
	}
	prose := 0
	for i := range article {
		b := &typed[i]
		if !article[i].kept || b.Kept || !missed(b.Reason) {
			continue
		}
		h := article[i].hints | b.Features.Hints&^pageWide
		if mask != nil && mask[i] {
			h |= pageWide & pageRegions
		}
		if proseBlock(b, h, stopwords) {
			prose += b.Features.Words
		}
	}
	return prose >= readingProseWords && prose > readingProseShare*kept
}

// missed reports whether a reading that dropped a block for reason r
// missed it rather than judged it: it fell outside the region the
// reading chose, or its density was too low there. A block the reading
// recognised (a caption, a repeat, a control, an author's note) was
// judged. Comments count as missed: the sections' reading drops as
// comments whatever lies under an element named so, the page's whole
// content as well; the comment hint on the block, which starvedReading
// checks, tells a product's reviews.
func missed(r boilerplate.Reason) bool {
	switch r {
	case boilerplate.ReasonNone, boilerplate.ReasonOutsideMain, boilerplate.ReasonComments:
		return true
	}
	return densityVerdict(r)
}

// pageRegions are the hints of the page's regions that a container of
// prose does not lie in. The class names an ancestor of the container
// carries (comment, boilerplate) are left out: the article reading does
// not count them either.
const pageRegions = boilerplate.HintForm | boilerplate.HintConsent | boilerplate.HintNav | boilerplate.HintHeader |
	boilerplate.HintFooter | boilerplate.HintAside | boilerplate.HintHidden

// proseBlockWords is the least a block of prose holds.
const proseBlockWords = 8

// proseNoise are the hints of the page's furniture: a form (a newsletter
// sign-up, a search), a consent banner, the header, navigation, footer and
// sidebars, comments and reviews, whatever their text.
const proseNoise = boilerplate.HintForm | boilerplate.HintConsent | boilerplate.HintNav | boilerplate.HintHeader |
	boilerplate.HintFooter | boilerplate.HintAside | boilerplate.HintBoilerplate | boilerplate.HintHidden |
	boilerplate.HintComment

// proseBlock reports whether b reads as prose: a paragraph of sentences,
// few links, stopwords as running text has them (when the page's
// language has a list), outside the page's furniture (h).
func proseBlock(b *boilerplate.Block, h boilerplate.Hint, stopwords bool) bool {
	f := &b.Features
	if f.Words < proseBlockWords || f.Sentences == 0 || f.LinkWords*4 >= f.Words || h&proseNoise != 0 {
		return false
	}
	return !stopwords || f.Stopwords*5 >= f.Words
}
