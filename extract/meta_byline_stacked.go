package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// Bounds of a stacked byline (see stackedName).
const (
	stackedNameReach = 8 // most blocks from the headline down to the name
	stackedDateReach = 3 // most blocks from the name down to its date
	stackedGapWords  = 8 // most words of a block between the two (a job title, a link)
)

// stackedName returns the author that a byline without a label names
// when the page sets the name and the date on lines of their own, one
// under the other, below the headline ("Jane Doe" / "Staff writer" /
// "March 3, 2021"): the block at i, a name of two words or more alone,
// close under the headline with at most one block of text between
// (a standfirst), with a block that is only a date at most
// stackedDateReach blocks after it and nothing but short lines between.
// It is datedNames for a byline split into blocks; as there, one word is
// more often a section than a writer. at is the headline's block; on a
// page without one (headline false), the first block of the article's
// text, and the name stands close above it.
func stackedName(blocks []boilerplate.Block, i, at int, headline bool) string {
	b := &blocks[i]
	near := i > at && i-at <= stackedNameReach
	if !headline {
		near = i < at && at-i <= stackedNameReach
	}
	if !near || b.Features.Words < 2 || b.Features.Words > 4 || b.Features.Digits > 0 {
		return ""
	}
	name := strings.TrimSpace(b.Text)
	if last, _ := utf8.DecodeLastRuneInString(name); !unicode.IsLetter(last) && last != '.' || !isPersonName(name) {
		return "" // "Harbour Plans•": an item of a list of tags
	}
	for _, w := range strings.Fields(name) {
		if gluePoints(w) > 1 {
			return "" // links set side by side: "Digital OrganizationOfficePapers"
		}
	}
	kept := 0
	for j := at + 1; j < i; j++ {
		if blocks[j].Kept {
			if kept++; kept > 1 {
				return "" // the article's text has begun: "Weekly Address" over a dateline is its sign-off
			}
		}
	}
	for j := i + 1; j <= i+stackedDateReach && j < len(blocks); j++ {
		next := &blocks[j]
		if next.Features.Hints&hintsOffHeader != 0 {
			return ""
		}
		if dateAlone(next) {
			return name
		}
		if next.Features.Words > stackedGapWords {
			return ""
		}
	}
	return ""
}

// dateAlone reports whether b is a date and nothing more: a few words
// with digits, a date among them ("Feb 16, 2026", "16. Februar 2026").
func dateAlone(b *boilerplate.Block) bool {
	if b.Features.Digits == 0 || b.Features.Words > 5 {
		return false
	}
	_, ok := recognize.ParseDate(b.Text)
	return ok
}
