package boilerplate

import (
	"strings"
	"unicode"

	"github.com/winnowtext/winnow/internal/runeclass"
)

// articleLists keeps a list printed inside the article: a run of short
// lines longer than smoothText's reach (maxGap) that stands between two
// good blocks and reads as list items rather than a menu. A menu's lines
// are a word or two each ("News", "Tests"); the items of a specification
// list, a schedule or an ingredient list run to several words, and few of
// them are bare labels or kickers in capitals (a teaser card's). A line a
// recogniser dropped (a share button, a "More from" heading, an ad label)
// shows the run is chrome.
func articleLists(blocks []Block, classes []textClass) {
	prev := -1 // the last good block
	for i := range classes {
		if classes[i] != tcGood {
			continue
		}
		if prev >= 0 && i-prev-1 > maxGap && introduced(blocks[prev:i]) && listLike(blocks[prev+1:i], classes[prev+1:i]) {
			for j := prev + 1; j < i; j++ {
				classes[j] = tcGood
			}
		}
		prev = i
	}
}

// listLike reports whether the blocks between two good blocks read as the
// items of a list (articleLists).
func listLike(blocks []Block, classes []textClass) bool {
	words, bare := 0, 0
	for i := range blocks {
		if classes[i] == tcBad {
			return false
		}
		w := blocks[i].Features.Words
		words += w
		if w <= 2 || shouted(blocks[i].Text) {
			bare++
		}
	}
	n := len(blocks)
	return words >= listItemWords*n && bare*listBareShare <= n
}

// introduced reports whether the run after blocks[0] opens with a list's
// lead-in: blocks[0], the good block before the run, or one of the run's
// first listIntroLines lines ends with a colon ("You will need:",
// "Specifications:"). A box of links to other articles dropped into the
// article opens with a heading of its own instead.
func introduced(blocks []Block) bool {
	for i := 0; i < len(blocks) && i <= listIntroLines; i++ {
		if strings.HasSuffix(runeclass.TrimClosers(blocks[i].Text), ":") {
			return true
		}
	}
	return false
}

// shouted reports whether text is written in capitals: a kicker over a
// teaser's headline, which a list item is not.
func shouted(text string) bool {
	letters := 0
	for _, r := range text {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 3
}

// List tuning: the fewest words an item has on average, and the inverse
// share of one- or two-word lines (and kickers) a list may hold.
const (
	listItemWords = 4
	listBareShare = 4
	// listIntroLines is how far into the run a list's lead-in may come
	// (a product name and its summary before "Features:").
	listIntroLines = 3
)
