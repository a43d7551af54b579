package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestNameHints(t *testing.T) {
	tests := []struct {
		name string
		want boilerplate.Hint
	}{
		{"", 0},
		{"article-body", boilerplate.HintContent},
		{"site-nav main-menu", boilerplate.HintNav | boilerplate.HintContent},
		{"shareButtons", boilerplate.HintBoilerplate},
		{"ad", boilerplate.HintBoilerplate},
		{"address", 0},
		{"canvas-wrapper", 0},
		{"CommentList", boilerplate.HintComment},
		{"footer__copyright", boilerplate.HintFooter},
		{"x1 y2 z", 0},
		{"author-bio", boilerplate.HintBoilerplate},
		{"biography", 0},
		{"hauptnavigation", boilerplate.HintNav},
		{"kommentare", boilerplate.HintComment},
		{"wp-caption-text", boilerplate.HintFigure | boilerplate.HintContent},
		{"photo_credit", boilerplate.HintFigure},
		{"artikel-text", boilerplate.HintContent},
		{"social-links", boilerplate.HintBoilerplate},
		{"social-media-embed", 0},
		{"embedded-social ad", boilerplate.HintBoilerplate}, // the ad still counts
	}
	for _, tt := range tests {
		if got, _, _ := nameHints([]byte(tt.name)); got != tt.want {
			t.Errorf("nameHints(%q) = %v, want %v", tt.name, got.Names(), tt.want.Names())
		}
	}
}
