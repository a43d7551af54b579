package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// codeButtonWords bounds the words of a code block's button ("Copy",
// "Copy code").
const codeButtonWords = 2

// dropCodeButtons drops, on a documentation page, the label of the button
// a generator prints under a block of code, in the frame it wraps the
// code in ("Copy", "Copied!"), when the button is no <button> the
// segmenter would know: the block right after a code block, in the same
// container, of at most codeButtonWords words, unlinked, with no digit,
// colon or sentence end. The code's own caption or output says more.
func dropCodeButtons(blocks []boilerplate.Block) {
	for i := 1; i < len(blocks); i++ {
		b, code := &blocks[i], &blocks[i-1]
		f := &b.Features
		if !b.Kept || code.Kind != boilerplate.KindCode || b.Kind != boilerplate.KindParagraph ||
			f.ContainerID != code.Features.ContainerID || f.Words == 0 || f.Words > codeButtonWords ||
			f.LinkWords > 0 || f.Digits > 0 || strings.ContainsAny(b.Text, ":.?") {
			continue
		}
		b.Drop(boilerplate.ReasonInterface)
	}
}
