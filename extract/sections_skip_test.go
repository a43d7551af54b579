package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestSkipLinksDropped: a page read by sections drops its skip links
// (linked text that starts with "skip to" or "jump to"), but keeps prose that tells
// the reader to skip to a part, and a linked card title that is no skip
// link.
func TestSkipLinksDropped(t *testing.T) {
	block := func(text string, linked bool) boilerplate.Block {
		words := len(strings.Fields(text))
		f := boilerplate.Features{Words: words}
		if linked {
			f.LinkWords, f.LinkCount = words, 1
		}
		return boilerplate.Block{Text: text, Kind: boilerplate.KindParagraph, Features: f}
	}
	for _, c := range []struct {
		name string
		b    boilerplate.Block
		kept bool
	}{
		{"skip links run together", block("Skip to main contentSkip to footer", true), false},
		{"skip links of a shop", block("Skip to search results Skip to filters Skip to sort", true), false},
		{"lower case", block("skip to main content", true), false},
		{"a wiki's jump links", block("Jump to navigationJump to search", true), false},
		{"prose that jumps", block("Jump to the end of the list for the answers.", false), true},
		{"prose that skips", block("Skip to the third section if you already own the kit and know how to charge it.", false), true},
		{"a linked card title", block("Skipping stones on a quiet lake at dawn", true), true},
	} {
		blocks := []boilerplate.Block{c.b}
		keepSections(blocks, PageListing)
		if blocks[0].Kept != c.kept {
			t.Errorf("%s: kept %v (%q), want %v", c.name, blocks[0].Kept, blocks[0].Reason, c.kept)
		}
	}
}
