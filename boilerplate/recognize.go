package boilerplate

import (
	"time"

	"github.com/winnowtext/winnow/recognize"
)

// Recognize returns the reason to drop a block of text for when the
// pattern recognisers find it a kind of boilerplate, or ReasonNone: each
// kind of recognize.Text is the reason of the same name. The classifier
// asks it of every block; the recognisers themselves are package
// recognize.
func Recognize(text string) Reason { return Reason(recognize.Text(text)) }

// Byline returns the author's name when text is a byline ("By Jane Doe"),
// else "".
//
// Deprecated: Byline is recognize.Byline, where the code lives now that the
// recognisers have a package of their own.
func Byline(text string) string { return recognize.Byline(text) }

// ParseDate finds the first calendar date in the opening of text.
//
// Deprecated: ParseDate is recognize.ParseDate, where the code lives now
// that the recognisers have a package of their own.
func ParseDate(text string) (time.Time, bool) { return recognize.ParseDate(text) }

// RecognizeBlock is Recognize for a block of a page: a line of a code
// listing (a <pre>) is never judged by the boilerplate phrases, since
// code quotes any word ("email": null, "last4": "4242", share(),
// Copyright headers) without being the page's frame, and an unlinked
// table cell of a few words is not taken for a share button.
func RecognizeBlock(b *Block) Reason { return RecognizeBlockMemo(b, nil) }

// RecognizeBlockMemo is RecognizeBlock with what the recognisers said of
// a text remembered in memo, which a page's passes over its blocks share:
// a page prints its short lines (menu items, "Reply", "Share") many
// times, and its blocks are judged again when the page is read another
// way. A nil memo remembers nothing.
func RecognizeBlockMemo(b *Block, memo *recognize.Memo) Reason {
	if b.Kind == KindCode {
		return ReasonNone
	}
	r := Reason(memo.Text(b.Text))
	if r == ReasonSocial && b.Kind == KindTableCell && b.Features.LinkWords == 0 && b.Features.Words >= minCellSentence {
		// A table's cell that opens with a share verb but links
		// nowhere describes a row ("Print the commands without
		// running them"): a share button is a link or a button.
		return ReasonNone
	}
	return r
}

// minCellSentence is the length, in words, from which an unlinked table
// cell that RecognizeBlock would take for a share button is a row's text.
const minCellSentence = 4
