package extract

import "github.com/winnowtext/winnow/boilerplate"

// startWords is the least a kept sentence holds to open the article's
// body before its first paragraph of prose (see bodyStart).
const startWords = 5

// bodyStart returns where the article's body starts, given first, the
// first kept paragraph of prose (listProseWords and more) inside the main
// container (mask): an earlier kept paragraph of the container with a
// sentence of startWords words or more and no link opens the body
// instead. A post of short lines announces its list or its sections in a
// sentence shorter than a paragraph of prose ("A quieter week. Five
// things worth your time:"), and the structure between that sentence and
// the first long paragraph (the list it announces, a release's headings)
// is the body's as much as what follows.
func bodyStart(blocks []boilerplate.Block, mask []bool, first int) int {
	for i := 0; i < first; i++ {
		f := &blocks[i].Features
		if mask[i] && blocks[i].Kept && blocks[i].Kind == boilerplate.KindParagraph && f.Words >= startWords &&
			f.LinkWords == 0 && f.Sentences >= 1 {
			return i
		}
	}
	return first
}
