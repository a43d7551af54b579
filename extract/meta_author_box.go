package extract

import (
	"slices"
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// bioWords is the least number of words of an author box's biography.
const bioWords = 15

// bioBoxName returns the name an author box after the article gives,
// found by its shape when no class marks it: a short block that reads as
// a person's name ("Jane Doe"), then, within two blocks (a job title may
// stand between), a paragraph of a biography that opens with the name or
// its first word ("Jane is a reporter who ..."). It reads the blocks from
// from on, outside navigation, footers and comments, and returns ""
// without such a box.
func bioBoxName(blocks []boilerplate.Block, from int) string {
	for i := from; i < len(blocks); i++ {
		b := &blocks[i]
		if b.Features.Hints&hintsOffHeader != 0 || b.Features.Words > 4 || !bioFollows(blocks, i) {
			continue
		}
		name := strings.TrimSpace(b.Text)
		if !isPersonName(name) || len(strings.Fields(name)) < 2 {
			continue
		}
		first, _, _ := strings.Cut(name, " ")
		if slices.Contains(articleWords[:], strings.ToLower(first)) {
			continue // a section's heading: "The Network Today"
		}
		for j := i + 1; j <= i+2 && j < len(blocks); j++ {
			if bio := &blocks[j]; isBioSized(bio) && (hasWordPrefixFold(bio.Text, name) || hasWordPrefixFold(bio.Text, first)) {
				return name
			}
		}
	}
	return ""
}

// bioFollows reports whether one of the two blocks after blocks[i] is long
// enough to be a biography (see isBioSized). It is tested before the name:
// a page of thousands of short lines (a table, a list of links) has few
// of them, and the name's test costs more.
func bioFollows(blocks []boilerplate.Block, i int) bool {
	for j := i + 1; j <= i+2 && j < len(blocks); j++ {
		if isBioSized(&blocks[j]) {
			return true
		}
	}
	return false
}

// isBioSized reports whether b may be an author box's biography by its
// length and place: bioWords words or more, outside navigation, footers
// and comments.
func isBioSized(b *boilerplate.Block) bool {
	return b.Features.Words >= bioWords && b.Features.Hints&hintsOffHeader == 0
}

// articleWords are the articles that open a heading and never a name, in
// the recognisers' languages.
var articleWords = [...]string{"the", "a", "an", "der", "die", "das", "ein", "eine", "le", "la",
	"les", "un", "une", "el", "los", "las", "una", "il", "lo", "gli", "het", "een", "o", "os", "as", "um", "uma"}
