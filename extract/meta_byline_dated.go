package extract

import (
	"strings"

	"github.com/winnowtext/winnow/recognize"
)

// datedBylineSeps separate the date that opens an unlabelled byline from
// the name after it.
var datedBylineSeps = [...]string{"•", "·", "|", "｜"}

// datedNames returns the author that a byline without a label names
// after the date it opens with, set apart by a separator ("Dec 26, 2025 •
// Jane Doe in Guides", "3 mars 2021 | Jeanne Dupont"), or "". Without a
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
	if _, ok := recognize.ParseDate(strings.TrimSpace(text[:cut])); !ok {
		return ""
	}
	names := bylineNames(strings.TrimSpace(text[cut+len(sep):]))
	for _, n := range splitNames(names) {
		if len(strings.Fields(n)) < 2 {
			return ""
		}
	}
	return names
}
