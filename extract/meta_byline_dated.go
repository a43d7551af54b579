package extract

import (
	"strings"

	"github.com/winnowtext/winnow/recognize"
)

// datedBylineSeps separate the date that opens an unlabelled byline from
// the name after it.
var datedBylineSeps = [...]string{"•", "·", "|", "｜"}

// datedNames returns the author that a byline without a label names
// beside the date it opens or ends with, set apart by a separator ("Dec
// 26, 2025 • Jane Doe in Guides", "3 mars 2021 | Jeanne Dupont", "Jane Doe
// · Mar 3, 2021"), or "". Without a
// label, a name must have two words or more: one word after a date is
// more often the section ("Technology") than the writer. bodyAuthor reads
// such lines in the article's header only: after the article, a dated
// name is another story's teaser.
func datedNames(text string) string {
	cut, sep := -1, ""
	for _, s := range datedBylineSeps {
		if i := strings.Index(text, s); i > 0 && (cut < 0 || i < cut) {
			cut, sep = i, s
		}
	}
	if cut < 0 {
		return "" // most blocks: no date is read
	}
	before, after := strings.TrimSpace(text[:cut]), strings.TrimSpace(text[cut+len(sep):])
	if _, ok := recognize.ParseDate(before); !ok {
		if _, ok := recognize.ParseDate(after); !ok {
			return ""
		}
		before, after = after, before
	}
	names := bylineNames(after)
	for _, n := range splitNames(names) {
		if len(strings.Fields(n)) < 2 {
			return ""
		}
	}
	return names
}
