package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropSiteLine: the line under a wiki page's title that names the site
// as its <title> does goes; a first paragraph that mentions the site among
// other words, a linked line and a line when the <title> names no site
// stay.
func TestDropSiteLine(t *testing.T) {
	tests := []struct {
		name, line, pageTitle string
		linked                bool
		want                  bool // kept
	}{
		{"site line", "From Fernhill Wiki", "Swap file - Fernhill Wiki", false, false},
		{"site line, bar", "From Fernhill Wiki, the garden handbook", "Swap file | Fernhill Wiki", false, false},
		{"prose naming the site", "Fernhill Wiki explains how a swap file gives the kernel room to move memory pages to disk.", "Swap file - Fernhill Wiki", false, true},
		{"linked", "From Fernhill Wiki", "Swap file - Fernhill Wiki", true, true},
		{"no site in the title", "From Fernhill Wiki", "Swap file", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := boilerplate.Block{Kind: boilerplate.KindHeading, Text: "Swap file", Reason: boilerplate.ReasonTitle}
			line := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: tt.line, Kept: true}
			line.Features.Words = len(strings.Fields(tt.line))
			if tt.linked {
				line.Features.LinkWords = line.Features.Words
			}
			blocks := []boilerplate.Block{title, line}
			dropSiteLine(blocks, "Swap file", tt.pageTitle)
			if blocks[1].Kept != tt.want {
				t.Errorf("kept %v, want %v", blocks[1].Kept, tt.want)
			}
		})
	}
}
