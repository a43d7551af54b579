package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/ascii"
)

// editNoteWords is the longest an edit note runs, in words: "Last edited
// by a member on a date, edited 3 times in total."
const editNoteWords = 20

// editNoteOpenings are the openings of the note a forum engine prints
// under a post its writer changed: phpBB's "Last edited by X on date,
// edited 2 times in total", XenForo's "Last edited: date", vBulletin's
// "Last edited by X; date", Invision's "Edited date by X", in the
// languages those engines ship.
var editNoteOpenings = []string{
	"last edited", "edited by",
	"zuletzt bearbeitet", "zuletzt geändert von", "zuletzt editiert", "bearbeitet von",
	"dernière édition", "dernière modification par", "modifié par", "édité par",
	"última edición", "última modificación por", "editado por", "editado pela última vez",
	"última edição", "ultima modifica", "modificato da",
	"laatst bewerkt", "laatst gewijzigd door", "bewerkt door",
	"ostatnio edytowany", "ostatnio zmieniony",
	"последний раз редактировалось", "отредактировано",
}

// editNoteFirst holds the first bytes, in lower case, of the openings of
// edit notes: a line that begins otherwise is compared with none.
var editNoteFirst = func() (first [256]bool) {
	for _, w := range editNoteOpenings {
		first[w[0]] = true
	}
	first['e'] = true // "Edited May 22, 2024 by X"
	return first
}()

// dropEditNotes drops, whatever the reading, the edit notes (see
// editNote) and reaction lines (see reactionLine) inside the posts of a
// thread (see postItems): the engine's record of a change or of its
// readers' likes, no text of the post. A page without posts keeps
// them: an article's "Edited April 2024" dates its revision. runMin is
// the least number of posts of one shape that make a thread.
func dropEditNotes(s *segmenter, runMin int) {
	blocks := s.blocks
	found := false
	for i := range blocks {
		if blocks[i].Kept && postNote(&blocks[i]) {
			found = true
			break
		}
	}
	if !found {
		return // most pages: no post is worked out
	}
	item, ok := postItems(s, runMin)
	if !ok {
		return
	}
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept || !postNote(b) {
			continue
		}
		if at := s.blockAt[i]; at >= 0 && int(at) < len(item) && item[at] >= 0 {
			b.Drop(postNoteReason(b))
		}
	}
}

// postNoteReason is the reason a post note goes: an edit note dates a
// revision (ReasonDateline); a reaction line is the engine's counter of
// likes, a widget of the forum's interface (ReasonInterface).
func postNoteReason(b *boilerplate.Block) boilerplate.Reason {
	if editNote(b) {
		return boilerplate.ReasonDateline
	}
	return boilerplate.ReasonInterface
}

// postNote reports whether b is a note the engine prints under a post:
// its edit note (see editNote) or the count of who liked it (see
// reactionLine).
func postNote(b *boilerplate.Block) bool {
	return editNote(b) || reactionLine(b)
}

// editNote reports whether b is a short line that opens with an edit
// note's words (editNoteOpenings), or with "Edited" and a date or a
// time: "Edited May 22, 2024 by X", "edited Feb 12 at 21:50".
func editNote(b *boilerplate.Block) bool {
	f := &b.Features
	if f.Words == 0 || f.Words > editNoteWords || b.Kind == boilerplate.KindHeading || b.Kind == boilerplate.KindCode {
		return false
	}
	t := b.Text
	if f.Words <= editHeadWords && containsFold(t, "last edited by") {
		return true // a post's head whose dates a script prints: "wrote on last edited by X"
	}
	if !editNoteFirst[ascii.Lower(t[0])] {
		return false // most lines: no opening begins so
	}
	for _, w := range editNoteOpenings {
		if hasWordPrefixFold(t, w) {
			return true
		}
	}
	return hasWordPrefixFold(t, "edited") && hasDigit(t)
}

// editHeadWords is the longest, in words, a post's head line that holds
// an edit note after its first words runs.
const editHeadWords = 8
