package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// Shape of a shop's shipping and returns panel (see dropShippingPanels).
const (
	// shippingLabelWords bounds the words of the panel's label:
	// "Shipping & Returns", "Free delivery and returns".
	shippingLabelWords = 5
	// shippingPanelBlocks bounds the paragraphs read after the label.
	shippingPanelBlocks = 6
	// shippingLineWords and shippingPanelWords bound each paragraph of
	// the panel: sentences of terms, not a description's long prose.
	shippingLineWords  = 8
	shippingPanelWords = 60
)

// dropShippingPanels drops, on a product's page, the shop's shipping and
// returns terms that the reading kept: a label made of the words of
// shipping and returns alone ("Delivery & Returns", "Livraison et
// retours") followed, inside the element the label opens (see
// labelPanel), by the paragraphs of the terms (the costs, the delays,
// the days to send an item back). The same terms stand on every product
// of the shop, in the tab or the accordion beside the description, and
// are not the product's. A label followed by no paragraph in its
// element (a line of the buy box, "Free delivery and free returns",
// before the description) is a fact of the offer and stays, and so does
// a field's label ending in a colon ("Shipping:"), whose value is the
// product's.
func dropShippingPanels(s *segmenter) {
	blocks := s.blocks
	for i := range blocks {
		if !blocks[i].Kept || blocks[i].Features.Words > shippingLabelWords || !shippingLabel(blocks[i].Text) {
			continue
		}
		from, to := labelPanel(s, i)
		end := i + 1
		for end < len(blocks) && end <= i+shippingPanelBlocks && shippingTerms(&blocks[end]) {
			if n := int(s.blockAt[end]); n < from || n >= to {
				break
			}
			end++
		}
		if end == i+1 {
			continue
		}
		for j := i; j < end; j++ {
			blocks[j].Drop(boilerplate.ReasonLegal)
		}
	}
}

// labelPanelLevels bounds the elements labelPanel climbs.
const labelPanelLevels = 3

// labelPanel returns the nodes, from an element to the end of its
// subtree, of the element that block i labels: the largest of the few
// elements above the label whose text the label opens (no block before
// it lies inside). An accordion's item holds its label and its body; a
// line in a list of perks opens no element but its own.
func labelPanel(s *segmenter, i int) (int, int) {
	n := int(s.blockAt[i])
	if n < 0 {
		return 0, 0
	}
	panel, end := -1, -1
	for level := 0; level < labelPanelLevels; level++ {
		p := int(s.nodes[n].parent)
		if p < 0 {
			break
		}
		e := subtreeEnd(s, p)
		if i > 0 {
			if b := int(s.blockAt[i-1]); b >= p && b < e {
				break
			}
		}
		panel, end, n = p, e, p
	}
	if panel < 0 {
		return 0, 0
	}
	return panel, end
}

// shippingTerms reports whether b may be a paragraph of a shipping
// panel: kept, not a heading, a sentence or two long.
func shippingTerms(b *boilerplate.Block) bool {
	w := b.Features.Words
	return b.Kept && b.Kind != boilerplate.KindHeading && w >= shippingLineWords && w <= shippingPanelWords
}

// shippingLabel reports whether text is two words or more, each a word
// of shipping and returns (see shippingWord) or a conjunction, one at
// least naming shipping, delivery or returns, without a colon at its end.
func shippingLabel(text string) bool {
	text = strings.TrimSpace(text)
	if strings.HasSuffix(text, ":") {
		return false
	}
	words, core := 0, false
	for len(text) > 0 {
		i := strings.IndexAny(text, " /&+,\n\t")
		w := text
		if i >= 0 {
			w, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if w == "" {
			continue
		}
		words++
		switch shippingWord(w) {
		case shipNone:
			return false
		case shipCore:
			core = true
		}
	}
	return core && words >= 2
}

// Kinds of words of a shipping panel's label.
const (
	shipNone  = iota // not a word of such a label
	shipOther        // a conjunction or a qualifier: "and", "free", "policy"
	shipCore         // names shipping, delivery or returns
)

// shippingWord tells what w is in a shipping panel's label, in English,
// French, German, Spanish, Italian and Dutch; a count of days ("30-Day
// Return Policy") qualifies.
func shippingWord(w string) int {
	for _, c := range [...]string{"shipping", "delivery", "returns", "return", "exchanges", "livraison", "retours",
		"versand", "lieferung", "rückgabe", "rücksendung", "envío", "envíos", "devoluciones",
		"spedizione", "spedizioni", "resi", "verzending", "levering", "retourneren"} {
		if strings.EqualFold(w, c) {
			return shipCore
		}
	}
	for _, c := range [...]string{"and", "free", "policy", "et", "gratuite", "gratuits", "und", "y", "e", "en", "day", "days"} {
		if strings.EqualFold(w, c) {
			return shipOther
		}
	}
	if dayCount(w) {
		return shipOther
	}
	return shipNone
}

// dayCount reports whether w is a count of days written as one word:
// "30", "30-day", "14-Day".
func dayCount(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	return i > 0 && (i == len(w) || strings.EqualFold(w[i:], "-day"))
}
