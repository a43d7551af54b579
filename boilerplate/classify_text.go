package boilerplate

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/runeclass"
	"github.com/winnowtext/winnow/recognize"
)

// TextOptions tune ClassifyText.
type TextOptions struct {
	// StopwordsKnown says that Features.Stopwords was counted with the
	// stopword list of the text's language, for blocks of MinStopwordWords
	// words or more, so stopword density is evidence. Without it the
	// classifier relies on shape alone.
	StopwordsKnown bool
	// Favor moves the classifier along the precision/recall trade-off.
	Favor Favor
	// Rows, when not nil, holds for each block the cells of the table
	// row it printed with tabs between them (a browser's copy of a
	// table), joined by " | ", or "" for a block that is no such row:
	// collapsed white space hides where the cells part. Rows[i] stands
	// for blocks[i]; a Rows shorter than the blocks says nothing of those
	// past its end.
	Rows []string
}

// MinStopwordWords is the fewest words a block needs for ClassifyText to
// weigh its stopword density: a line of a few words says little by its
// stopwords, so callers need not count them there.
const MinStopwordWords = 10

// textClass is a block's class in the jusText sense.
type textClass uint8

const (
	tcBad      textClass = iota // boilerplate
	tcShort                     // too short to judge alone: decided by its neighbours
	tcNearGood                  // prose-like but short: kept next to good blocks
	tcGood                      // article prose
)

// ClassifyText decides which blocks of plain text are main content. Blocks
// already dropped (by MarkRepeats) stay dropped. It sets Score, Kept and
// Reason of every block. Features must be filled (CountText, Stopwords,
// Position).
//
// Each block is first judged alone: the pattern recognisers, then its
// length, sentence punctuation, stopword density and case sort it into
// good, near-good, short or bad (as jusText does). A caption printed again
// beside its credit is dropped and runs of near-good blocks as long as a
// paragraph become good. Short and near-good blocks then take their class
// from their neighbours, so a sub-heading between two article paragraphs
// is kept and a run of short lines at the top or bottom is dropped; a
// numbered list that follows article text is kept, and so is a table
// next to it, printed a cell per line (articleTables) or a row per line
// between bars (barTables). Last, the main text is
// the densest runs of good blocks: good-looking blocks far from them, lists
// of teasers, and what follows a comments or related-content heading are
// dropped. A text with no good block at all, a note of a few sentences,
// keeps the blocks that read as prose.
func ClassifyText(blocks []Block, o TextOptions) {
	if len(blocks) == 0 {
		return
	}
	classes := make([]textClass, len(blocks))
	memo := recognize.GetMemo(len(blocks))
	defer recognize.PutMemo(memo)
	for i := range blocks {
		b := &blocks[i]
		if !b.Dropped() {
			if k := memo.Text(b.Text); k != recognize.None {
				b.Drop(Reason(k))
			}
		}
		if b.Dropped() {
			classes[i] = tcBad
			b.Score = -1
			continue
		}
		ends := endsSentence(b.Text)
		b.Score = textScore(b, o, ends)
		classes[i] = classOf(b, o, ends)
	}
	captions(blocks, classes)
	promoteRuns(blocks, classes)
	articleLists(blocks, classes)
	articleTables(blocks, classes)
	barTables(blocks, classes, o.Rows)
	smoothText(blocks, classes, o.Favor)
	numberedLists(blocks, classes)
	region(blocks, classes)
	teasers(blocks, classes)
	cutTail(blocks, classes)
	keepProseOfShortText(blocks, classes, o)
	for i := range blocks {
		b := &blocks[i]
		if b.Dropped() {
			continue
		}
		if classes[i] == tcGood {
			b.Kept = true
		} else {
			b.Kept = false
			if textLen(&b.Features) < 70 {
				b.Drop(ReasonTooShort)
			} else {
				b.Drop(ReasonLowDensity)
			}
		}
	}
}

// keepProseOfShortText keeps the prose of a text that has no good block:
// a note of a few sentences is the whole text, not chrome around nothing.
// The blocks that read as prose alone (near-good or good by their own
// features) and that no rule dropped are kept.
func keepProseOfShortText(blocks []Block, classes []textClass, o TextOptions) {
	if slices.Contains(classes, tcGood) {
		return
	}
	for i := range blocks {
		if b := &blocks[i]; !b.Dropped() && classOf(b, o, endsSentence(b.Text)) >= tcNearGood {
			classes[i] = tcGood
		}
	}
}

// textScore is a block's content score from its own features, about -1 for
// chrome to +1 for article prose; the explain view shows it. ends is
// endsSentence(b.Text).
func textScore(b *Block, o TextOptions, ends bool) float64 {
	f := &b.Features
	s := -0.6
	switch n := textLen(f); {
	case n >= 400:
		s += 0.9
	case n >= 200:
		s += 0.7
	case n >= 100:
		s += 0.45
	case n >= 50:
		s += 0.2
	}
	if ends {
		s += 0.25
	}
	if f.Sentences >= 2 {
		s += 0.15
	}
	if f.Words > 0 {
		upper := float64(f.Uppercase) / float64(f.Words)
		switch {
		case upper > 0.7 && f.Words >= 3:
			s -= 0.4 // Title Case menus and headlines
		case upper > 0.5:
			s -= 0.15
		}
		if o.StopwordsKnown && f.Words >= MinStopwordWords {
			sd := f.StopwordDensity()
			switch {
			case sd >= 0.3:
				s += 0.2
			case sd < 0.15 && f.Words >= 5:
				s -= 0.3
			}
		}
		if f.Digits*3 > f.Chars {
			s -= 0.3
		}
	}
	return s
}

// classOf sorts a block into a class by its own features; ends is
// endsSentence(b.Text).
func classOf(b *Block, o TextOptions, ends bool) textClass {
	f := &b.Features
	if f.Words == 0 {
		return tcBad
	}
	proseLike := f.Uppercase*2 <= f.Words+1 && f.Digits*4 < f.Chars
	if o.StopwordsKnown && f.Words >= MinStopwordWords {
		proseLike = proseLike && f.StopwordDensity() >= 0.2
	}
	sentence := ends || f.Sentences >= 2
	n := textLen(f)
	// The length a paragraph needs to count as good alone.
	good := 150
	switch o.Favor {
	case Precision:
		good = 220
	case Recall:
		good = 100
	}
	switch {
	case proseLike && sentence && (n >= good || n >= good*2/3 && f.Sentences >= 2):
		return tcGood
	case proseLike && n >= 400:
		return tcGood
	case proseLike && (sentence && n >= 60 || f.Words >= 16):
		return tcNearGood
	case n >= 200 && f.Words >= 30:
		return tcNearGood
	}
	return tcShort
}

// textLen is a block's length in characters, with words of scripts written
// without spaces (Han, Kana) counted as long as words of other scripts.
func textLen(f *Features) int {
	return max(f.Chars, f.Words*6)
}

// captions drops the caption of a photo printed twice: once glued to its
// credit ("© Agency / NameThe caption"), once alone before the next credit.
func captions(blocks []Block, classes []textClass) {
	for i := 1; i+1 < len(blocks); i++ {
		b := &blocks[i]
		if b.Dropped() || blocks[i-1].Reason != ReasonCredit || blocks[i+1].Reason != ReasonCredit {
			continue
		}
		head := b.Text
		if len(head) > 40 {
			head = head[:40]
			for len(head) > 0 && !utf8.RuneStart(b.Text[len(head)]) {
				head = head[:len(head)-1]
			}
		}
		if len(head) >= 20 && strings.Contains(blocks[i-1].Text, head) {
			b.Drop(ReasonCaption)
			classes[i] = tcBad
		}
	}
}

// promoteRuns makes good a run of consecutive near-good blocks that
// together are as long as a good paragraph: short paragraphs of one
// article, common in news written a sentence at a time.
func promoteRuns(blocks []Block, classes []textClass) {
	for i := 0; i < len(classes); {
		if classes[i] != tcNearGood {
			i++
			continue
		}
		j, total := i, 0
		for j < len(classes) && classes[j] == tcNearGood {
			total += textLen(&blocks[j].Features)
			j++
		}
		if total >= 250 && j-i >= 2 {
			for k := i; k < j; k++ {
				classes[k] = tcGood
			}
		}
		i = j
	}
}

// endsSentence reports whether text ends with terminal punctuation,
// possibly inside closing quotes or brackets.
func endsSentence(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(runeclass.TrimClosers(text))
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', ':':
		return true
	}
	return false
}

// smoothText gives short and near-good blocks the class their neighbours
// suggest: between good blocks they are content (sub-headings, short
// paragraphs), next to boilerplate they are chrome.
func smoothText(blocks []Block, classes []textClass, favor Favor) {
	// next[i]: the nearest good-or-bad class after i and how many blocks
	// away it is, as distance<<2 | class. The nearest before i is
	// followed in the second loop, which reads each class before it
	// changes it.
	next := make([]int32, len(classes))
	last, at := tcBad, len(classes)
	for i := len(classes) - 1; i >= 0; i-- {
		next[i] = int32(at-i)<<2 | int32(last)
		if c := classes[i]; c == tcGood || c == tcBad {
			last, at = c, i
		}
	}
	last, at = tcBad, -1
	for i, c := range classes {
		p, q := last, textClass(next[i]&3)
		near := i-at+int(next[i]>>2) <= maxGap+1
		if c == tcGood || c == tcBad {
			last, at = c, i
		}
		switch c {
		case tcNearGood:
			if p == tcGood && q == tcGood || favor != Precision && (p == tcGood || q == tcGood) {
				classes[i] = tcGood
			} else {
				classes[i] = tcBad
			}
		case tcShort:
			// Between article paragraphs, only a few short lines are
			// sub-headings; a long run is a menu or a list of links.
			if p == tcGood && q == tcGood && near || favor == Recall && (p == tcGood || q == tcGood) && near {
				classes[i] = tcGood
			} else {
				classes[i] = tcBad
			}
		}
	}
}

// smoothText packs a class into two bits.
var _ = [1]struct{}{}[tcGood>>2]

// maxGap is the most blocks a short line may be away from a good block and
// still count as its neighbour.
const maxGap = 6

// region keeps the main text: runs of blocks whose sum of scores is high,
// where good blocks count by their length and everything else against.
// The best run is the article; another run survives when it is worth a
// good part of the best one (an article split by a photo gallery or an
// inline teaser), and a good block outside every such run only when long.
func region(blocks []Block, classes []textClass) {
	type run struct {
		start, end int
		sum        float64
	}
	var runs []run
	cur := run{start: -1}
	sum, peak, peakEnd := 0.0, 0.0, -1
	flush := func() {
		if cur.start >= 0 && peak > 0 {
			runs = append(runs, run{cur.start, peakEnd, peak})
		}
	}
	for i := range blocks {
		b := &blocks[i]
		w := regionPenalty
		switch {
		case classes[i] == tcGood:
			w = float64(textLen(&b.Features))
		case b.Features.Chars < 40:
			w = regionPenalty / 2
		}
		if sum+w <= 0 {
			flush()
			cur.start, sum, peak, peakEnd = -1, 0, 0, -1
			continue
		}
		if cur.start < 0 {
			cur.start = i
		}
		sum += w
		if sum > peak {
			peak, peakEnd = sum, i
		}
	}
	flush()
	best := 0.0
	for _, r := range runs {
		best = max(best, r.sum)
	}
	keep := make([]bool, len(blocks))
	for _, r := range runs {
		if r.sum >= best*regionShare {
			for i := r.start; i <= r.end; i++ {
				keep[i] = true
			}
		}
	}
	for i := range blocks {
		if classes[i] == tcGood && !keep[i] && blocks[i].Features.Chars < 300 {
			classes[i] = tcBad
		}
	}
}

// Region tuning: the weight of a block that is not good, and the share of
// the best run another run needs to be kept.
const (
	regionPenalty = -80.0
	regionShare   = 0.5
)

// cutTail drops what follows the article: after a comments section starts
// (a comments heading or byline followed by more of them) or a short
// related-content heading, once most of the article has been read, the good
// blocks are readers' comments and teasers of other articles.
func cutTail(blocks []Block, classes []textClass) {
	total := 0
	for i := range blocks {
		if classes[i] == tcGood {
			total += textLen(&blocks[i].Features)
		}
	}
	before := 0
	for i := range blocks {
		b := &blocks[i]
		if classes[i] == tcGood {
			before += textLen(&b.Features)
			continue
		}
		if before < 500 {
			continue
		}
		cut := ReasonNone
		switch b.Reason {
		case ReasonComments:
			more := 0
			for j := i + 1; j < len(blocks) && more < 2; j++ {
				if blocks[j].Reason == ReasonComments {
					more++
				}
			}
			if more >= 2 || b.Features.Words >= 2 {
				cut = ReasonComments
			}
		case ReasonRelated:
			// An inline "Related" box sits inside the article, which
			// resumes right after it: no cut then.
			resumes := false
			for j := i + 1; j < len(blocks) && j <= i+2; j++ {
				resumes = resumes || classes[j] == tcGood
			}
			if b.Features.Words <= 6 && before*2 >= total && !resumes {
				cut = ReasonRelated
			}
		}
		if cut == ReasonNone {
			continue
		}
		for j := i + 1; j < len(blocks); j++ {
			if classes[j] == tcGood {
				classes[j] = tcBad
				blocks[j].Drop(cut)
			}
		}
		return
	}
}

// teasers drops lists of other articles: runs of at least minTeasers good
// blocks that each stand alone, each after a gap of two or more lines that
// holds a headline (a headline, then an author or a date, then the
// summary). An article's paragraphs follow one another, or stand between
// photo credits or single sub-headings.
func teasers(blocks []Block, classes []textClass) {
	var run []int
	flush := func() {
		if len(run) >= minTeasers {
			for _, i := range run {
				classes[i] = tcBad
				blocks[i].Drop(ReasonRelated)
			}
		}
		run = run[:0]
	}
	gapStart, headline := -1, false
	for i := range blocks {
		if classes[i] != tcGood {
			if gapStart < 0 {
				gapStart, headline = i, false
			}
			b := &blocks[i]
			if !b.Dropped() && b.Features.Words >= 4 && !endsSentence(b.Text) {
				headline = true
			}
			continue
		}
		alone := i+1 >= len(blocks) || classes[i+1] != tcGood
		if gapStart >= 0 && i-gapStart >= 2 && headline && alone {
			run = append(run, i)
		} else {
			flush()
		}
		gapStart = -1
	}
	flush()
}

// minTeasers is the fewest lone paragraphs that make a list of teasers.
const minTeasers = 4

// numberedLists keeps a numbered list that follows article text: items
// numbered one after another ("1) ...", "2. ..."), at least minListItems of
// them, the first within two blocks of a good block. A line between two
// items (a link, a price) belongs to the list too. Menus and teaser lists
// are not numbered in sequence.
func numberedLists(blocks []Block, classes []textClass) {
	for i := 0; i < len(blocks); i++ {
		n, ok := itemNumber(blocks[i].Text)
		if !ok || blocks[i].Dropped() {
			continue
		}
		if !(i >= 1 && classes[i-1] == tcGood || i >= 2 && classes[i-2] == tcGood) {
			continue
		}
		end, items := i, 1
		for j := i + 1; j < len(blocks) && j <= end+2; j++ {
			if m, ok := itemNumber(blocks[j].Text); ok && m == n+1 && !blocks[j].Dropped() {
				end, n = j, m
				items++
			}
		}
		if items < minListItems {
			continue
		}
		for j := i; j <= end; j++ {
			if !blocks[j].Dropped() {
				classes[j] = tcGood
			}
		}
		i = end
	}
}

// minListItems is the fewest items of a numbered list kept by numberedLists.
const minListItems = 3

// itemNumber returns the number of a numbered list item: "3) ", "3. ",
// "3 - ".
func itemNumber(text string) (int, bool) {
	n, i := 0, 0
	for i < len(text) && i < 3 && text[i] >= '0' && text[i] <= '9' {
		n = n*10 + int(text[i]-'0')
		i++
	}
	if i == 0 || i+1 >= len(text) || text[i+1] != ' ' {
		return 0, false
	}
	switch text[i] {
	case ')', '.', '-', ':':
		return n, true
	}
	return 0, false
}
