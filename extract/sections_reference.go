package extract

import "github.com/winnowtext/winnow/boilerplate"

// minReferenceWords is the length, in words, from which keepReferenceCopies
// judges a block: shorter lines (a type, "Required", "Returns") repeat
// whatever the page.
const minReferenceWords = 4

// keepReferenceCopies takes back, on a documentation page, the copies that
// a reference prints on purpose: the description of a parameter that
// several endpoints or methods share is printed under each of them. Such a
// copy stands apart from its kept original, with kept text between them
// that the page prints once (the next endpoint's summary, its return
// value), where a page printed twice (a version for small screens, a
// hidden tab) repeats everything between its two copies. Only exact
// copies dropped as repeats, shown and outside the page's layout (menus,
// sidebars, header, footer), are taken back. It runs after the repeats
// are dropped (boilerplate.DropRepeatedParagraphs).
func keepReferenceCopies(blocks []boilerplate.Block) {
	first := make(map[string]int) // the first block that holds each text
	copied := make([]bool, len(blocks))
	found := false
	for i := range blocks {
		b := &blocks[i]
		if b.Features.Words < minReferenceWords {
			continue
		}
		if o, ok := first[b.Text]; ok {
			copied[o] = true
			copied[i] = true
			found = found || b.Reason == boilerplate.ReasonRepeatedInPage
			continue
		}
		first[b.Text] = i
	}
	if !found {
		return
	}
	// own[i] counts the kept blocks before i that the page prints once.
	own := make([]int, len(blocks)+1)
	for i := range blocks {
		own[i+1] = own[i]
		if !copied[i] && blocks[i].Kept && blocks[i].Features.Words >= minReferenceWords {
			own[i+1]++
		}
	}
	const layout = boilerplate.HintNav | boilerplate.HintHeader | boilerplate.HintFooter | boilerplate.HintAside |
		boilerplate.HintHidden
	for i := range blocks {
		b := &blocks[i]
		if b.Reason != boilerplate.ReasonRepeatedInPage || b.Features.Words < minReferenceWords ||
			b.Features.Hints&layout != 0 {
			continue
		}
		if o := first[b.Text]; o < i && blocks[o].Kept && own[i] > own[o+1] {
			b.Keep()
		}
	}
}
