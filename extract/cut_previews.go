package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// Bounds of a cut preview (see dropCutPreviews): the fewest words of a
// preview, and the most blocks between it and its full text.
const (
	previewMinWords = 15
	previewReach    = 8
)

// dropCutPreviews drops the previews a page prints of a text it prints
// whole a few blocks on: an answer or a comment cut off mid-sentence over
// a "Continue reading" or "Show more" control, with the full text right
// after it for the script to reveal. The preview is a copy; the full text
// stays. A preview ends without a sentence's end (or with an ellipsis),
// and the later block opens with all of it and goes on.
func dropCutPreviews(blocks []boilerplate.Block) {
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept || b.Features.Words < previewMinWords || b.Kind == boilerplate.KindCode || b.Kind == boilerplate.KindHeading {
			continue
		}
		cut, ok := previewText(b.Text)
		if !ok {
			continue
		}
		for j := i + 1; j < len(blocks) && j <= i+previewReach; j++ {
			if f := &blocks[j]; f.Kept && len(f.Text) > len(b.Text) && strings.HasPrefix(f.Text, cut) {
				b.Drop(boilerplate.ReasonRepeatedInPage)
				break
			}
		}
	}
}

// previewText returns text without the ellipsis a cut preview may end on,
// ok false when text ends a sentence: a whole paragraph, no preview.
func previewText(text string) (string, bool) {
	t := strings.TrimRight(text, " ")
	for _, e := range [...]string{"…", "..."} {
		if strings.HasSuffix(t, e) {
			return strings.TrimRight(t[:len(t)-len(e)], " "), true
		}
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':', ';', ')', '"':
		return "", false
	}
	if strings.HasSuffix(t, "”") || strings.HasSuffix(t, "。") {
		return "", false
	}
	return t, true
}
