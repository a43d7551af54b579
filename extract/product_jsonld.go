package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/meta"
)

// Bounds of addProductDescription: the most words a product's reading
// may have kept for the page to count as showing too little of the
// product, and the least words the JSON-LD description must have.
const (
	thinProductWords    = 60
	productDescMinWords = 15
)

// addProductDescription adds, on a product's page whose reading kept
// under thinProductWords words, the description of the product the
// page's JSON-LD declares (md.ProductDescription) when no block of the
// page shows it: the shop's scripts write it into the page once they
// run, and what the page holds before is the buy box (a price, a size
// selector). The description becomes blocks of its own, one a
// paragraph, kept after the product's title (or before the first kept
// block); they have the tag "script" and the hint
// boilerplate.HintJSONLDBody, which say where their text came from.
// They join the page's blocks as control blocks do (see withControls),
// so the markup rendering, which writes the page's own elements, leaves
// them out.
func addProductDescription(s *segmenter, md *meta.Metadata) {
	if md.ProductDescription == "" || keptWords(s.blocks) >= thinProductWords {
		return
	}
	desc := meta.ProductText(md.ProductDescription)
	if len(strings.Fields(desc)) < productDescMinWords || shownOnPage(s.blocks, desc) {
		return
	}
	at, container := titleIndex(s.blocks), -1
	if at >= 0 {
		container = s.blocks[at].Features.ContainerID
		at++
	} else {
		at = 0
		for at < len(s.blocks) && !s.blocks[at].Kept {
			at++
		}
	}
	// Control blocks stand in the order of s.rg.after.
	k := sort.Search(len(s.rg.after), func(i int) bool { return s.rg.after[i] > at })
	for line := range strings.Lines(desc) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		b := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: line, Tag: "script", Kept: true}
		boilerplate.CountText(line, &b.Features)
		b.Features.Hints = boilerplate.HintJSONLDBody
		b.Features.ContainerID = container
		s.rg.blocks = slices.Insert(s.rg.blocks, k, b)
		s.rg.after = slices.Insert(s.rg.after, k, at)
		k++
	}
}

// shownOnPage reports whether a block of the page shows a paragraph of
// desc: the opening of one of its paragraphs is a block's text or in it.
func shownOnPage(blocks []boilerplate.Block, desc string) bool {
	for line := range strings.Lines(desc) {
		probe := strings.TrimSpace(line)
		if len(probe) < 20 {
			continue
		}
		if len(probe) > 60 {
			probe = probe[:60]
		}
		for i := range blocks {
			if strings.Contains(blocks[i].Text, probe) {
				return true
			}
		}
	}
	return false
}
