package extract

import (
	"fmt"
	"strings"
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
		if got, _, _, _ := nameHints([]byte(tt.name)); got != tt.want {
			t.Errorf("nameHints(%q) = %v, want %v", tt.name, got.Names(), tt.want.Names())
		}
	}
}

// The cache answers as nameHints does, for names seen again, for names
// whose slot another took, for names too long to remember and after a
// reset, and it never holds more name bytes than its bound.
func TestHintCacheMatchesNameHints(t *testing.T) {
	names := []string{"", "article-body", "onetrust-consent-sdk", "nav-menu", "byline", "post-date",
		"cookie-recipe-card", strings.Repeat("x", 300) + " footer"}
	for i := range 2000 {
		names = append(names, fmt.Sprintf("grid-col-%d sidebar-%d", i, i%7), fmt.Sprintf("card__title--%d", i))
	}
	c := hintCaches.Get().(*hintCache)
	defer hintCaches.Put(c)
	for pass := range 3 {
		for _, n := range names {
			h, m, k, w := c.nameHints([]byte(n))
			wh, wm, wk, ww := nameHints([]byte(n))
			if h != wh || m != wm || k != wk || w != ww {
				t.Fatalf("pass %d: cache says %v %v %v %v for %q, nameHints %v %v %v %v", pass, h, m, k, w, n, wh, wm, wk, ww)
			}
		}
		if len(c.keys) > hintCacheKeyBytes {
			t.Fatalf("cache holds %d name bytes, bound %d", len(c.keys), hintCacheKeyBytes)
		}
		if pass == 1 {
			c.reset()
		}
	}
}

// A name's negative word is the one word that gave it a negative hint;
// names with none, or with different ones, have no word to weigh.
func TestNameWord(t *testing.T) {
	_, _, _, widget := nameHints([]byte("widget"))
	_, _, _, sidebar := nameHints([]byte("sidebar"))
	if widget == 0 || sidebar == 0 || widget == sidebar {
		t.Fatalf("widget %d, sidebar %d: want two different words", widget, sidebar)
	}
	tests := []struct {
		name string
		want nameWord
	}{
		{"pb-widget pb-widget-text-editor", widget},
		{"widget-container", widget},
		{"SidebarLeft", sidebar},
		{"sidebar widget", severalWords},
		{"entry-content", 0},
		{"social-embed", 0},
	}
	for _, tt := range tests {
		if _, _, _, got := nameHints([]byte(tt.name)); got != tt.want {
			t.Errorf("nameHints(%q) word = %d, want %d", tt.name, got, tt.want)
		}
	}
	if wordHints[widget] != boilerplate.HintAside {
		t.Errorf("wordHints[widget] = %v, want aside", wordHints[widget].Names())
	}
}
