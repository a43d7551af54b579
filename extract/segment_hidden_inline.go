package extract

import (
	"golang.org/x/net/html/atom"

	"github.com/winnowtext/winnow/boilerplate"
)

// Inline elements hidden from sight. A block-level element that the
// hidden attribute or an inline display:none or visibility:hidden hides
// becomes a node of its own with the hidden hint, and the classifier
// decides whether a script shows it (a tab, an accordion's panel) or not.
// An inline element so hidden has no node: its text would run into the
// visible text around it ("Sold out" beside the price, the second price of
// a currency switcher, a tag list a script never shows, a site's name
// kept for a script). Such a label is left out of the block, as a browser
// leaves it out of the page. A hidden inline element that holds more than
// a label is the rest of a teaser that a "Read more" toggle unfolds, the
// page's own prose: it stays, where it was. aria-hidden and the aria-modal
// dialog, which hide from screen readers only or until a script opens
// them, do not count.

// maxHiddenLabelWords is the most words a hidden inline element's text
// has to be left out as a label.
const maxHiddenLabelWords = 6

// hiddenInline holds the text of the inline element, if any, that markup
// hides, until its end says whether it is a label or prose.
type hiddenInline struct {
	open   bool
	tag    atom.Atom // the element's tag
	nested int       // elements of that tag open inside it
	depth  int       // the segmenter's stack depth when it opened
	text   []byte    // its text so far, as written
}

// start notes an inline element a opening at stack depth depth; hidden
// says markup hides it.
func (h *hiddenInline) start(a atom.Atom, hidden bool, depth int) {
	switch {
	case h.open && a == h.tag:
		h.nested++
	case !h.open && hidden:
		*h = hiddenInline{open: true, tag: a, depth: depth, text: h.text[:0]}
	}
}

// end reports whether the inline element a closing ends the hidden one,
// which is open.
func (h *hiddenInline) end(a atom.Atom) bool {
	if a != h.tag {
		return false
	}
	if h.nested > 0 {
		h.nested--
		return false
	}
	return true
}

// endHidden ends the hidden inline element, if one is open, when its end
// tag comes (closing is true), when the element that holds it ends, or when
// something other than inline text begins inside it (a block, a link, a
// line break): its text joins the block's unless it is a label (see
// maxHiddenLabelWords) that closes normally or with its parent.
func (s *segmenter) endHidden(closing bool) {
	h := &s.hin
	if !h.open {
		return
	}
	h.open = false
	if closing && hiddenWords(h.text) <= maxHiddenLabelWords {
		if s.src != nil {
			s.src.cutHidden()
		}
		return
	}
	if len(h.text) > 0 {
		page := -1
		if s.src != nil {
			page = s.src.hiddenFrom // where the element began
		}
		s.appendTextAt(h.text, page)
	}
}

// hiddenWords counts the words of a hidden inline element's text t: runs
// of bytes other than HTML white space (see spacedWords), or, for text
// in a script written without spaces (Han, Kana), as CountText counts
// them, one word per two characters, whichever is more. A hidden
// continuation of a Chinese teaser is one run of dozens of characters,
// not a one-word label.
func hiddenWords(t []byte) int {
	n := spacedWords(t)
	if n > maxHiddenLabelWords || !mayHoldCJK(t) {
		return n
	}
	var f boilerplate.Features
	boilerplate.CountText(t, &f)
	return max(n, f.Words)
}

// mayHoldCJK reports whether t holds a byte that leads the UTF-8 of
// U+3000 to U+9FFF (CJK punctuation, Kana, Han), the cheap test before
// counting its words again.
func mayHoldCJK(t []byte) bool {
	for _, c := range t {
		if c >= 0xE3 && c <= 0xE9 {
			return true
		}
	}
	return false
}

// spacedWords counts the runs of bytes other than HTML white space in t.
func spacedWords(t []byte) int {
	n, in := 0, false
	for _, c := range t {
		sp := isHTMLSpace(c)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// hidesInline reports whether attrs hide their element from sight: the
// hidden attribute, or display:none or visibility:hidden in its inline
// style (see hiddenStyle), as the differential coverage test reads them.
func hidesInline(attrs []attr) bool {
	for i := range attrs {
		switch attrs[i].kind {
		case attrHidden:
			return true
		case attrStyle:
			if hiddenStyle(attrs[i].val) {
				return true
			}
		}
	}
	return false
}
