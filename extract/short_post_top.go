package extract

import "github.com/winnowtext/winnow/boilerplate"

// dropAboveDatedPost drops what a small page read as an article kept
// above its dated headline (see datedHeading): a short post starts at its
// headline, and what stands above it is the site's frame, its name, its
// tagline, its menu. A page whose post a corruption hid (an unclosed
// <style> or <script> swallows the rest of the page) has nothing else
// to show, and a reading or a fallback would keep that frame for the
// post. The frame holds no prose: a sentence kept above the heading says
// the heading is a side box's (a blog's "Archive" over its years) and the
// post is what stands above it.
func dropAboveDatedPost(blocks []boilerplate.Block) {
	if !datedPost(blocks) {
		return
	}
	h := datedHeading(blocks, true)
	if h < 0 || keptProse(blocks[:h]) {
		return
	}
	for i := range h {
		if b := &blocks[i]; b.Kept {
			b.Drop(boilerplate.ReasonOutsideMain)
		}
	}
}

// keptProse reports whether a kept block of blocks reads as a sentence
// (see proseLine).
func keptProse(blocks []boilerplate.Block) bool {
	for i := range blocks {
		if b := &blocks[i]; b.Kept && b.Kind != boilerplate.KindHeading && proseLine(b.Text, b.Features.Words) {
			return true
		}
	}
	return false
}
