package extract

import (
	"slices"

	"github.com/winnowtext/winnow/boilerplate"
)

// Shape of a product's specifications: a table of specRows rows or more,
// each a label of at most specLabelWords words and a value of at most
// specValueWords words; a group's label between rows ("Memory", "Display")
// has at most specGroupWords words.
const (
	specRows       = 3
	specLabelWords = 6
	specValueWords = 30
	specGroupWords = 4
)

// keepProductSpecs keeps a product's specifications: the rows of label
// and value ("Weight" / "2 oz", "Material" / "Aluminium") that a shop
// prints as a table, a definition list or rows of <div>s, after the
// product's name. Each row holds a word or two, so density drops them
// one by one, and the table often stands beside or below the description
// that won the choice of container, or in a tab that a script hides until
// a reader opens it ("Specifications", "Details"): a shop does not print
// a table of its product's facts to hide it for good. A run of specRows
// rows or more is kept, with the heading over it and the labels of its
// groups, unless markup speaks against it (navigation, a footer, an
// aside, comments, a form). A link or a control (a variant to choose, a
// card's "Add to cart") ends the run, and a run whose labels come back is
// a comparison of several products, not the facts of this one.
func keepProductSpecs(s *segmenter) {
	blocks := s.blocks
	t := titleIndex(blocks)
	if t < 0 {
		return
	}
	for i := t + 1; i < len(blocks); {
		rows, end, compared := specRun(s, i)
		if rows < specRows || compared {
			i = max(end, i+1)
			continue
		}
		for j := i; j < end; {
			if !specRow(s, j) {
				keepSpec(&blocks[j]) // a group's label
				j++
				continue
			}
			if specKeepable(&blocks[j]) && specKeepable(&blocks[j+1]) {
				keepSpec(&blocks[j])
				keepSpec(&blocks[j+1])
			}
			j += 2
		}
		if h := i - 1; h > t && blocks[h].Kind == boilerplate.KindHeading {
			keepSpec(&blocks[h])
		}
		i = end
	}
}

// specRun reads the rows of specifications from block i (see specRow),
// passing over the labels of groups between them. It returns how many rows
// it read, the index of the block after them, and whether a label comes
// back: the same labels row after row ("Bit count", "Bit count") compare
// products side by side, they do not describe one.
func specRun(s *segmenter, i int) (rows, end int, compared bool) {
	var labels map[string]bool // made at the second row
	first := ""
	for i+1 < len(s.blocks) {
		switch {
		case rows > 0 && s.controlBefore(i):
			// A button between rows: the rows are cards with their
			// buttons ("Add to cart"), not a table.
			return rows, i, compared
		case specRow(s, i):
			l := s.blocks[i].Text
			switch rows {
			case 0:
				first = l
			case 1:
				labels = map[string]bool{first: true}
				fallthrough
			default:
				compared = compared || labels[l]
				labels[l] = true
			}
			rows++
			i += 2
		case rows > 0 && specGroupLabel(&s.blocks[i]) && specRow(s, i+1):
			i++
		default:
			return rows, i, compared
		}
	}
	return rows, i, compared
}

// specRow reports whether blocks i and i+1 are a row of specifications: a
// short label and a short value, neither a link nor a control nor hidden
// nor under a negative hint, that stand alone in an element of their own
// (a table's row, a <div> around the pair) or are a term and its
// definition.
func specRow(s *segmenter, i int) bool {
	blocks := s.blocks
	if i+1 >= len(blocks) {
		return false
	}
	l, v := &blocks[i], &blocks[i+1]
	if !specPart(l, specLabelWords) || !specPart(v, specValueWords) || s.controlBefore(i+1) {
		return false
	}
	a, b := s.blockAt[i], s.blockAt[i+1]
	if dl, part := definitionListOf(s, a); dl >= 0 && part == inTerm {
		if dl2, part2 := definitionListOf(s, b); dl2 == dl && part2 == inDefinition {
			return true
		}
	}
	row := commonAncestor(s, int(a), int(b))
	if row == 0 {
		return false
	}
	return (i == 0 || !holdsNode(s, row, int(s.blockAt[i-1]))) &&
		(i+2 >= len(blocks) || !holdsNode(s, row, int(s.blockAt[i+2])))
}

// holdsNode reports whether node n is node outer or inside it; it walks up
// from n, so it costs the depth of the tree at most.
func holdsNode(s *segmenter, outer, n int) bool {
	for n >= 0 && s.nodes[n].depth > s.nodes[outer].depth {
		n = int(s.nodes[n].parent)
	}
	return n == outer
}

// specPart reports whether b can be a label or a value of a row of
// specifications: some text of at most words words, no link, no control,
// nothing that markup speaks against.
func specPart(b *boilerplate.Block, words int) bool {
	f := &b.Features
	return f.Words >= 1 && f.Words <= words && f.LinkWords == 0 && !isControl(b) &&
		f.Hints&negativeHints == 0 && b.Kind != boilerplate.KindHeading
}

// specGroupLabel reports whether b can name a group of rows of
// specifications: a heading or a caption of a few words, without links.
func specGroupLabel(b *boilerplate.Block) bool {
	f := &b.Features
	return (b.Kind == boilerplate.KindHeading || b.Kind == boilerplate.KindCaption) &&
		f.Words >= 1 && f.Words <= specGroupWords && f.LinkWords == 0 &&
		f.Hints&negativeHints == 0
}

// keepSpec keeps b, a part of a product's specifications, unless it was
// dropped for what it is rather than for where it stands or how dense it
// is (a repeat, the title, a recognised kind of boilerplate).
func keepSpec(b *boilerplate.Block) {
	if !b.Kept && specKeepable(b) {
		b.Keep()
	}
}

// specKeepable reports whether b, a part of a product's specifications,
// is kept or may be.
func specKeepable(b *boilerplate.Block) bool {
	if b.Kept {
		return true
	}
	if b.Features.Hints&negativeHints != 0 {
		return false
	}
	return densityVerdict(b.Reason) || b.Reason == boilerplate.ReasonOutsideMain || b.Reason == boilerplate.ReasonHidden
}

// controlBefore reports whether a control (a button, a form's field) stands
// between page blocks k-1 and k.
func (s *segmenter) controlBefore(k int) bool {
	_, ok := slices.BinarySearch(s.rg.after, k)
	return ok
}
