package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
)

// dropCapWords is the least words of the paragraph a drop cap opens: a
// lone letter before a short line is a label ("A", "Q") or an index entry.
const dropCapWords = 5

// joinDropCaps gives an opening paragraph back its first letter when the
// page prints that letter as a drop cap in an element of its own
// (<div class="dropcap">D</div><p>uring the ...), which makes it a block
// of one letter that is dropped as too short, and leaves the paragraph
// starting in the middle of a word. The letter is an upper-case one,
// perhaps after an opening quotation mark, outside any link; the block
// right after it is a kept paragraph of prose that starts with a
// lower-case letter. The letter's own block is dropped: its text is now
// the paragraph's. It returns the paragraphs that took a letter, in order
// (nil when none did), for the markup to write the letter too. No letter
// joins a paragraph that would then be longer than maxChars bytes
// (Limits.MaxBlockChars).
func joinDropCaps(blocks []boilerplate.Block, maxChars int) (capped []int) {
	for i := 0; i+1 < len(blocks); i++ {
		initial, next := &blocks[i], &blocks[i+1]
		if !next.Kept || next.Kind != boilerplate.KindParagraph || next.Features.Words < dropCapWords ||
			!dropCap(initial) || !startsLower(next.Text) || len(initial.Text)+len(next.Text) > maxChars {
			continue
		}
		next.Text = initial.Text + next.Text
		next.Features.Chars += utf8.RuneCountInString(initial.Text)
		if initial.Kept {
			initial.Drop(boilerplate.ReasonTooShort)
		}
		capped = append(capped, i+1)
	}
	return capped
}

// dropCap reports whether b is a drop cap on its own: one upper-case
// letter, perhaps after an opening quotation mark, not in a link.
func dropCap(b *boilerplate.Block) bool {
	if b.Features.LinkWords > 0 || len(b.Text) > 8 {
		return false
	}
	r, size := utf8.DecodeRuneInString(b.Text)
	switch r {
	case '"', '\'', '“', '‘', '„', '«', '‹', '¿', '¡':
		r, size2 := utf8.DecodeRuneInString(b.Text[size:])
		return unicode.IsUpper(r) && size+size2 == len(b.Text)
	}
	return unicode.IsUpper(r) && size == len(b.Text)
}

// startsLower reports whether text starts with a lower-case letter.
func startsLower(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLower(r)
}
