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
// Copyright headers) without being the page's frame.
func RecognizeBlock(b *Block) Reason {
	if b.Kind == KindCode {
		return ReasonNone
	}
	return Recognize(b.Text)
}
