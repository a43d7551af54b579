package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// minNumberedRun is how many items numbered one after the other make a
// numbered list; maxNumberedGap is how many other blocks may stand between
// two of them (a picture's caption, a bare shop link).
const (
	minNumberedRun = 3
	maxNumberedGap = 2
)

// keepNumberedItems keeps, inside the main container (mask), the items of
// a numbered list written as paragraphs or headings: "1) Product name
// http://…", "2. Title ($30)". A listicle's items are its content, though
// each is mostly a link or too short for density to keep. Only the
// verdicts of density are taken back; a recognised kind of boilerplate
// stays dropped.
//
// Numbered headings are also read by themselves, other blocks left out:
// an item's section under its heading may hold any number of paragraphs
// ("9. Maxi Moving", its ratings, its review). A list may count up from
// one or down to it: a countdown ("10. Park Hotel", "9. ...") ranks as
// well.
func keepNumberedItems(blocks []boilerplate.Block, mask []bool) {
	for _, down := range []bool{false, true} {
		keepNumbered(blocks, mask, false, down)
		keepNumbered(blocks, mask, true, down)
	}
}

// keepNumbered is keepNumberedItems over every block inside the main
// container, or over its headings only, counting up from one or down.
func keepNumbered(blocks []boilerplate.Block, mask []bool, headings, down bool) {
	step := 1
	if down {
		step = -1
	}
	var run []int
	want, gap := 0, 0
	flush := func() {
		if len(run) >= minNumberedRun {
			for _, i := range run {
				b := &blocks[i]
				if densityVerdict(b.Reason) {
					b.Keep()
				}
			}
		}
		run, want, gap = run[:0], 0, 0
	}
	for i := range blocks {
		if !mask[i] || headings && blocks[i].Kind != boilerplate.KindHeading {
			continue
		}
		n, words, ok := numberedItem(blocks[i].Text)
		// A heading's number and its place in the run vouch for it, so
		// one word after the number will do ("1. TomboyX"); a paragraph
		// needs two, a bare "3) Thriller" being a page number or a label.
		ok = ok && (words >= 2 || headings && words >= 1)
		switch {
		case ok && len(run) > 0 && n == want:
			run = append(run, i)
			want, gap = n+step, 0
		case ok && (!down && n == 1 || down && n >= minNumberedRun):
			flush()
			run, want = append(run, i), n+step
		default:
			if gap++; gap > maxNumberedGap || ok {
				flush()
			}
		}
	}
	flush()
}

// itemNumber reads the number that opens a numbered item: one to three
// digits, then ")" or ".", a space, and at least two more words.
func itemNumber(text string) (int, bool) {
	n, words, ok := numberedItem(text)
	return n, ok && words >= 2
}

// numberedItem reads the number that opens a numbered item (one to three
// digits, then ")" or ".", and a space) and counts the words after it.
func numberedItem(text string) (n, words int, ok bool) {
	i := 0
	for i < len(text) && i < 3 && text[i] >= '0' && text[i] <= '9' {
		n = n*10 + int(text[i]-'0')
		i++
	}
	if i == 0 || i+1 >= len(text) || text[i] != ')' && text[i] != '.' {
		return 0, 0, false
	}
	rest := text[i+1:]
	switch {
	case rest[0] == ' ':
		rest = rest[1:]
	case strings.HasPrefix(rest, "\u00a0"): // "3.&nbsp;Title"
		rest = rest[len("\u00a0"):]
	default:
		return 0, 0, false
	}
	inWord := false
	for _, c := range []byte(rest) {
		if c == ' ' {
			inWord = false
		} else if !inWord {
			inWord = true
			words++
		}
	}
	return n, words, true
}

// keepListsWhole keeps, inside the main container, the items of a list
// whose items density mostly kept (recognised boilerplate in it, such as
// share buttons, is not counted): a step the reader needs ("Pack an
// overnight bag for the reception") is no less content for being a link,
// and a list is read whole. Only density's verdicts are taken back.
func keepListsWhole(blocks []boilerplate.Block, mask []bool) {
	type tally struct{ items, kept int }
	lists := make(map[int]tally)
	for i := range blocks {
		if b := &blocks[i]; mask[i] && b.Kind == boilerplate.KindListItem && (b.Kept || densityVerdict(b.Reason)) {
			t := lists[b.Features.ContainerID]
			t.items++
			if b.Kept {
				t.kept++
			}
			lists[b.Features.ContainerID] = t
		}
	}
	for i := range blocks {
		b := &blocks[i]
		if !mask[i] || b.Kind != boilerplate.KindListItem || b.Kept {
			continue
		}
		if t := lists[b.Features.ContainerID]; t.items >= minNumberedRun && 3*t.kept >= 2*t.items && densityVerdict(b.Reason) {
			b.Keep()
		}
	}
}

// densityVerdict reports whether r is a verdict of density alone, which
// the structure of the article may take back.
func densityVerdict(r boilerplate.Reason) bool {
	switch r {
	case boilerplate.ReasonLowDensity, boilerplate.ReasonLinkList, boilerplate.ReasonTooShort:
		return true
	}
	return false
}

// listOwnWords is the least an item of a list between paragraphs says
// outside its links to be kept with the list: a bare link is no step;
// listProseWords is the least each of the paragraphs around it holds.
const (
	listOwnWords   = 3
	listProseWords = 10
)

// keepListsBetween keeps, inside the main container, a list that stands
// between two kept paragraphs of the article (headings over the list
// aside): a checklist whose steps link to guides ("Research venues and
// ceremony locations (if you have no clue where to start, read this)") is
// the article's, whatever its link density. An item keeps its own verdict
// when it is only a link (fewer than listOwnWords words outside links);
// a list with an item dropped for a recognised kind of boilerplate, or
// under a negative hint (a related-links box), is not taken back.
func keepListsBetween(blocks []boilerplate.Block, mask []bool) {
	prose := func(k int) bool { return k >= 0 && k < len(blocks) && bodyProse(&blocks[k], mask[k]) }
	for i := 0; i < len(blocks); {
		if !mask[i] || blocks[i].Kind != boilerplate.KindListItem {
			i++
			continue
		}
		list := blocks[i].Features.ContainerID
		j, plain := i, true
		for ; j < len(blocks) && blocks[j].Kind == boilerplate.KindListItem && blocks[j].Features.ContainerID == list; j++ {
			b := &blocks[j]
			if !b.Kept && !densityVerdict(b.Reason) || b.Features.Hints&negativeHints != 0 {
				plain = false
			}
		}
		before := i - 1
		for before >= 0 && blocks[before].Kind == boilerplate.KindHeading {
			before--
		}
		if plain && j-i >= 2 && prose(before) && prose(j) {
			for k := i; k < j; k++ {
				b := &blocks[k]
				if densityVerdict(b.Reason) && b.Features.Words-b.Features.LinkWords >= listOwnWords {
					b.Keep()
				}
			}
		}
		i = j
	}
}

// keepOffsiteLinks keeps, inside the article's container and between its
// first and last paragraphs of prose, the blocks whose every link leads to
// another site: the sources an article cites ("[Reuters]"), the offers of a
// deals post ("Notebook for 832 euros"), the tools of a roundup. A site's
// menus and its related stories link to the site itself, and headings are
// left out (a linked heading is a teaser's title). Only density's
// verdicts are taken back, and a block under a negative hint (a box of
// partner links) keeps its verdict.
func keepOffsiteLinks(s *segmenter, mask []bool) {
	blocks := s.blocks
	first, last := bodySpan(blocks, mask)
	for i := first + 1; i < last; i++ {
		b := &blocks[i]
		if mask[i] && !b.Kept && densityVerdict(b.Reason) && b.Kind != boilerplate.KindHeading &&
			b.Features.LinkCount > 0 && b.Features.OffsiteLinks >= b.Features.LinkCount &&
			b.Features.Hints&negativeHints == 0 {
			b.Keep()
		}
	}
}
