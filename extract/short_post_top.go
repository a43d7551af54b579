package extract

import "github.com/winnowtext/winnow/boilerplate"

// dropAboveDatedPost drops what a small page read as an article kept
// above its dated headline (see datedHeading): a short post starts at its
// headline, and what stands above it is the site's frame, its name, its
// tagline, its menu. A page whose post a corruption hid (an unclosed
// <style> or <script> swallows the rest of the page) has nothing else
// to show, and a reading or a fallback would keep that frame for the
// post.
func dropAboveDatedPost(blocks []boilerplate.Block) {
	if !datedPost(blocks) {
		return
	}
	h := datedHeading(blocks, true)
	for i := range h {
		if b := &blocks[i]; b.Kept {
			b.Kept = false
			b.Drop(boilerplate.ReasonOutsideMain)
		}
	}
}
