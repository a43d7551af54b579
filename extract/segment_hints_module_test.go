package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestModuleHashNotRead: the hash a CSS-modules build appends to a class
// name is not read as words: "adKqa" does not make a table an advert nor
// "Nav3x" a menu, while the component's and the local name's words still
// count, and a BEM element, a lower-case word, is read.
func TestModuleHashNotRead(t *testing.T) {
	tests := []struct {
		name string
		want boilerplate.Hint
	}{
		{"mdx-table_root__adKqa", 0},
		{"AccordionTextItem_item__adF2E", boilerplate.HintContent}, // "text"
		{"Feature_card__Nav3x", 0},
		{"Feature_card__Nav3x extra", 0},
		{"Dates_date__u6aAD", 0},
		{"Header_header__hfMjL", boilerplate.HintHeader},
		{"SiteFooter_links__8raKK", boilerplate.HintFooter},
		{"Promo_box__3JdVh", boilerplate.HintBoilerplate},
		{"card__advert", boilerplate.HintBoilerplate}, // lower case: a BEM element
		{"card__ad-box", boilerplate.HintBoilerplate}, // "ad" then "box"
		{"card__Nav3xy", boilerplate.HintNav},         // six characters: not the hash
		{"card__Nav3x-more", boilerplate.HintNav},     // the name goes on
		{"x__Ad", boilerplate.HintBoilerplate},        // too short
	}
	for _, tt := range tests {
		got, _, _, _, _ := nameHints([]byte(tt.name))
		if got != tt.want {
			t.Errorf("nameHints(%q) = %v, want %v", tt.name, got, tt.want)
		}
		var c hintCache
		c.keys = make([]byte, 0, 64)
		got, _, _, _, _, _ = c.nameHints([]byte(tt.name), true)
		if got != tt.want {
			t.Errorf("cached class nameHints(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
