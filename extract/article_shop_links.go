package extract

import (
	"unicode"

	"github.com/winnowtext/winnow/boilerplate"
)

// shopLinkWordsMax is the most words of a shop's link line ("$150 at
// Amazon", "Buy now at Best Buy", "Shop the brand.").
const shopLinkWordsMax = 6

// shopLinksMin is the least shop link lines an article must print for
// them to be read as its cards' buttons.
const shopLinksMin = 2

// dropShopLinks drops, on the article reading, the shop link lines of a
// round-up: under each item, a line that is all one link to another
// site, a price and a shop's name or a call to buy there. They are the
// item's button; the item's name and blurb stay. The lines are counted
// whether the classifier kept them or not; one such line on a page may
// be the article's own pointer, and is left.
func dropShopLinks(blocks []boilerplate.Block) {
	n := 0
	for i := range blocks {
		if isShopLink(&blocks[i]) {
			n++
		}
	}
	if n < shopLinksMin {
		return
	}
	for i := range blocks {
		if blocks[i].Kept && isShopLink(&blocks[i]) {
			blocks[i].Drop(boilerplate.ReasonLinkList)
		}
	}
}

// isShopLink reports whether b, kept or not, is a line of a few words
// that are all one link to another site, with a price.
func isShopLink(b *boilerplate.Block) bool {
	f := &b.Features
	return b.Kind == boilerplate.KindParagraph && f.Words > 0 && f.Words <= shopLinkWordsMax &&
		f.LinkCount == 1 && f.OffsiteLinks == 1 && f.LinkWords == f.Words && f.Digits > 0 && hasCurrency(b.Text)
}

// hasCurrency reports whether text holds a currency sign.
func hasCurrency(text string) bool {
	for _, r := range text {
		if unicode.Is(unicode.Sc, r) {
			return true
		}
	}
	return false
}
