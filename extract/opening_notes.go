package extract

import "github.com/winnowtext/winnow/boilerplate"

// A note to readers ("write to us at ...", "send us a tip") closes an
// article as a box of the site's; on a contact page it is the page: it
// stands right under the page's title, before the rest of the page's few
// lines (the office hours, the address). keepOpeningNotes keeps such a
// note when it follows the title heading directly, kept text of its
// container follows it, and the page keeps under openingNoteWords words
// besides it: an article that opens on an editor's note has its story
// after it. On a page that keeps nothing at all, even after its
// fallbacks, the first such note outside the page's chrome is kept: it
// is all the page says.

// openingNoteWords is the most kept words besides the note on a page
// that is the note's: a contact page's few lines.
const openingNoteWords = 40

// keepOpeningNotes keeps the reader's note that opens a short page (see
// above).
func keepOpeningNotes(blocks []boilerplate.Block) {
	note, only := -1, -1
	kept := 0
	for i := range blocks {
		b := &blocks[i]
		if b.Kept {
			kept += b.Features.Words
		}
		if b.Reason != boilerplate.ReasonEditorMessage || b.Features.Hints&negativeHints != 0 {
			continue
		}
		if only < 0 {
			only = i
		}
		if note < 0 && i > 0 && b.Features.Sentences > 0 && blocks[i-1].Reason == boilerplate.ReasonTitle {
			note = i
		}
	}
	if kept == 0 && only >= 0 {
		blocks[only].Keep()
		return
	}
	if note < 0 || kept >= openingNoteWords {
		return
	}
	elem := blocks[note].Features.ContainerID
	for j := note + 1; j < len(blocks); j++ {
		if blocks[j].Kept {
			if blocks[j].Features.ContainerID == elem {
				blocks[note].Keep()
			}
			return
		}
	}
}
