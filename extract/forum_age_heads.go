package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// ageHeadLine reports whether b is a post's head that names its author and
// how long ago the post was written: a short line with a link (the
// author's name, "marta_k 1 year ago", "pelle edited 1 year ago",
// "rover42 2 years ago", "alice to General · 3 hours ago", "bob 2 years
// ago#4"), which ends on a relative age. Engines that print a relative age
// print it in every post's head, where a reader of the saved page learns
// nothing from it: the age was the page's when it was saved. A calendar
// date ("bob March 3, 2024, 6:28am") is no age: it dates the post for
// good, and tells a reader of the saved thread who answered when, so the
// line stays.
// dropPostFrames drops such a line when half the posts of the thread or
// more print one.
func ageHeadLine(b *boilerplate.Block) bool {
	f := &b.Features
	if f.LinkWords == 0 || f.Words > templateLineWords || b.Kind == boilerplate.KindCode {
		return false
	}
	tail, ok := ageTail(b.Text)
	// A calendar date holds its year's four digits; an age does not.
	return ok && !recognize.HasYearDigits(tail) && recognize.Text(tail) == recognize.Dateline
}

// ageTail returns the end of text from its first word that opens with a
// digit, after at least one word before it (the name), without a post
// number glued to its end ("ago#4"); ok false when there is none.
func ageTail(text string) (tail string, ok bool) {
	text = strings.TrimSpace(text)
	for i := 1; i < len(text); i++ {
		if isDigit(text[i]) && text[i-1] == ' ' {
			tail = text[i:]
			break
		}
	}
	if tail == "" {
		return "", false
	}
	if j := strings.LastIndexByte(tail, '#'); j > 0 && j+1 < len(tail) && isDigits(tail[j+1:]) {
		tail = strings.TrimSpace(tail[:j])
	}
	return tail, tail != ""
}
