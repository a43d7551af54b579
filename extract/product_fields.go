package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// fieldDumpMinKeys is the least number of key labels a product's page
// must show for dropFieldDumps to read them as a dump of the shop's
// fields rather than a field that happens to be named so.
const fieldDumpMinKeys = 3

// fieldValueMaxWords bounds the words of a value dropFieldDumps drops
// with its key: a field's value, not a paragraph of the description.
const fieldValueMaxWords = 40

// dropFieldDumps drops, on a product's page, the fields a shop's template
// prints under their machine names ("retail_price_tier1:",
// "shipping_chunk-1:", "section_bg_color:"), each with the value
// printed after it: the custom fields of a shop's database, written into
// a list that the site's style sheet hides or that only its scripts
// read. A key joined by underscores is a name for a program, not a
// label for a shopper; the specifications a shopper reads are labelled
// in words ("Weight:", "Fabric:") and stay. At least fieldDumpMinKeys
// such keys must be kept, so that one odd label does not take its
// value with it.
func dropFieldDumps(s *segmenter) {
	blocks := s.blocks
	keys := 0
	for i := range blocks {
		if blocks[i].Kept && machineKey(blocks[i].Text) {
			keys++
		}
	}
	if keys < fieldDumpMinKeys {
		return
	}
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept || !machineKey(b.Text) {
			continue
		}
		b.Drop(boilerplate.ReasonHidden)
		if j := i + 1; j < len(blocks) && fieldValue(s, i, j) {
			blocks[j].Drop(boilerplate.ReasonHidden)
		}
	}
}

// fieldValue reports whether block j is the value printed after the key
// in block i: kept, short, not a heading nor a key itself, and in an
// element beside the key's (a <dd> after its <dt>, a cell after its
// label's) or inside it.
func fieldValue(s *segmenter, i, j int) bool {
	b := &s.blocks[j]
	if !b.Kept || b.Kind == boilerplate.KindHeading || b.Features.Words > fieldValueMaxWords || machineKey(b.Text) {
		return false
	}
	ki, vj := s.blockAt[i], s.blockAt[j]
	if ki < 0 || vj < 0 {
		return false
	}
	return s.nodes[ki].parent == s.nodes[vj].parent || s.nodes[vj].parent == ki
}

// machineKey reports whether text is a field's key written as a program
// names it, followed by a colon: its first word made of ASCII letters,
// digits, underscores and hyphens, with an underscore between two of
// its characters ("retail_price_tier1:", "tab_Care Instructions:").
func machineKey(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) < 4 || len(t) > 60 || t[len(t)-1] != ':' {
		return false
	}
	word := t[:len(t)-1]
	if sp := strings.IndexByte(word, ' '); sp >= 0 {
		word = word[:sp]
	}
	under := false
	for k := 0; k < len(word); k++ {
		c := word[k]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-':
		case c == '_':
			if k == 0 || k == len(word)-1 {
				return false
			}
			under = true
		default:
			return false
		}
	}
	return under
}
