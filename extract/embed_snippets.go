package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/ascii"
)

// dropEmbedSnippets drops the kept blocks whose text is the HTML that a
// share box offers to copy: one <iframe> tag ('<iframe src="…/player/
// embed/…" width="100%" …>', with its end tag or not). Audio and video
// players print it under an "Embed" button beside each episode or clip;
// it is a tool to share the item, not what the page says. A block of
// preformatted code is left alone: a guide to embedding shows the tag
// as its example.
func dropEmbedSnippets(blocks []boilerplate.Block) {
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept || len(b.Text) < len("<iframe >") || b.Text[0] != '<' || b.Kind == boilerplate.KindCode || b.Tag == "pre" {
			continue
		}
		if embedSnippet(b.Text) {
			b.Drop(boilerplate.ReasonSocial)
		}
	}
}

// embedSnippet reports whether text is one <iframe> tag, with its end tag
// or not, and nothing else.
func embedSnippet(text string) bool {
	if !ascii.HasPrefixFold(text, "<iframe ") {
		return false
	}
	rest, _ := strings.CutSuffix(text, "</iframe>")
	rest = strings.TrimSpace(rest)
	return strings.HasSuffix(rest, ">") && strings.Count(rest, "<") == 1
}
