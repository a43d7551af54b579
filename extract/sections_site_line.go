package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// siteLineExtraWords is how many words a site line may add to the site's
// name: "From", "the free encyclopedia".
const siteLineExtraWords = 4

// dropSiteLine drops, on a documentation page, the line a wiki prints
// under the page's title to name the site ("From Example Wiki"): the
// first block after the title, unlinked, that holds the name the page's
// <title> prints after the headline ("Swap file - Example Wiki") and few
// other words. title is the page's headline, pageTitle its <title>.
func dropSiteLine(blocks []boilerplate.Block, title, pageTitle string) {
	site := titleTail(title, pageTitle)
	if site == "" {
		return
	}
	t := titleIndex(blocks)
	if t < 0 {
		return
	}
	for i := t + 1; i < len(blocks); i++ {
		b := &blocks[i]
		if !b.Kept {
			continue
		}
		f := &b.Features
		if b.Kind == boilerplate.KindParagraph && f.LinkWords == 0 &&
			f.Words <= len(strings.Fields(site))+siteLineExtraWords && strings.Contains(strings.ToLower(b.Text), site) {
			b.Drop(boilerplate.ReasonNavigation)
		}
		return
	}
}

// titleTail returns, lower-cased, what pageTitle prints after title and a
// separator ("Swap file - Example Wiki" after "Swap file": "example
// wiki"), "" when pageTitle does not start with title or adds nothing.
func titleTail(title, pageTitle string) string {
	title, pageTitle = strings.ToLower(strings.TrimSpace(title)), strings.ToLower(strings.TrimSpace(pageTitle))
	if title == "" || !strings.HasPrefix(pageTitle, title) {
		return ""
	}
	tail := strings.TrimLeft(pageTitle[len(title):], " -|–—:·•")
	if !hasLetter(tail) {
		return ""
	}
	return tail
}
